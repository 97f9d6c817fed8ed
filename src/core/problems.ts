// Every cell Settle could not read becomes a Problem: never a silent 0, never a dropped row.
// Codes are a closed list; their messages (zh-CN and en-US) live here and only here.

export type Lang = "en" | "zh-CN";

/** The closed list of problem codes. Add a code here and its messages below, nowhere else. */
export const PROBLEM_CODES = [
  "amount-unreadable",
  "amount-ambiguous",
  "amount-missing",
  "date-unreadable",
  "date-impossible",
  "date-ambiguous",
  "date-missing",
  "customer-missing",
  "ref-missing",
  "ref-duplicate",
  "currency-unknown",
  "header-not-found",
  "column-missing",
  "row-unreadable",
  "file-unreadable",
  "encoding-uncertain",
  "format-unknown",
  "balance-mismatch",
  "payment-duplicate",
  "status-unknown",
  "direction-unknown",
  "amount-conflict",
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** One thing that could not be read, pointing at the exact cell. */
export interface Problem {
  /** Sheet name (or file name for an imported file). */
  sheet: string;
  /** 1-based sheet row / file line; 0 when the problem concerns the whole sheet. */
  row: number;
  /** Column letter ("C") or field name for non-tabular files; "" for whole-row problems. */
  column: string;
  code: ProblemCode;
  /** The raw text of the cell, as the user typed it. */
  raw: string;
  /** Human message in the language asked for. */
  message: string;
  /** Extra detail for the message template (e.g. the expected format). */
  detail?: string;
}

type Messages = Record<ProblemCode, { en: string; "zh-CN": string }>;

/** Message templates; `{raw}` and `{detail}` are filled in. Each says what to do. */
export const PROBLEM_MESSAGES: Messages = {
  "amount-unreadable": {
    en: "Amount “{raw}” cannot be read as a number. Type a number such as 1234.56.",
    "zh-CN": "金额“{raw}”无法识别为数字，请填写如 1234.56 的数值。",
  },
  "amount-ambiguous": {
    en: "Amount “{raw}” is ambiguous ({detail}). Set the column's decimal separator or type it without thousands separators.",
    "zh-CN": "金额“{raw}”有歧义（{detail}），请指定该列的小数点符号，或去掉千位分隔符。",
  },
  "amount-missing": {
    en: "The amount is empty. Fill it in or delete the row.",
    "zh-CN": "金额为空，请补填或删除该行。",
  },
  "date-unreadable": {
    en: "Date “{raw}” cannot be read. Use a date such as 2024-10-17.",
    "zh-CN": "日期“{raw}”无法识别，请使用如 2024-10-17 的日期。",
  },
  "date-impossible": {
    en: "Date “{raw}” does not exist in the calendar. Correct it.",
    "zh-CN": "日期“{raw}”不存在，请更正。",
  },
  "date-ambiguous": {
    en: "Date “{raw}” could be day-first or month-first. Set the date order for this column.",
    "zh-CN": "日期“{raw}”无法判断是日/月还是月/日，请为该列指定日期顺序。",
  },
  "date-missing": {
    en: "The date is empty. Fill it in.",
    "zh-CN": "日期为空，请补填。",
  },
  "customer-missing": {
    en: "The customer / payer name is empty. Fill it in so the row can be matched.",
    "zh-CN": "客户/付款方名称为空，请补填以便核对。",
  },
  "ref-missing": {
    en: "The settlement number is empty. Fill it in so the row can be identified.",
    "zh-CN": "结算单号为空，请补填以便识别。",
  },
  "ref-duplicate": {
    en: "Settlement number “{raw}” appears more than once ({detail}). Make each number unique.",
    "zh-CN": "结算单号“{raw}”重复出现（{detail}），请保证单号唯一。",
  },
  "currency-unknown": {
    en: "Currency “{raw}” is not a known ISO code. Use a code such as CNY, USD or EUR.",
    "zh-CN": "币种“{raw}”无法识别，请使用 CNY、USD、EUR 等代码。",
  },
  "header-not-found": {
    en: "No header row was found ({detail}). Add a header row or choose the columns in the pane.",
    "zh-CN": "未找到表头行（{detail}），请添加表头或在任务窗格中手动指定列。",
  },
  "column-missing": {
    en: "Required column “{detail}” was not found. Add it or map it in the pane.",
    "zh-CN": "缺少必需的列“{detail}”，请添加该列或在任务窗格中指定。",
  },
  "row-unreadable": {
    en: "This row cannot be read ({detail}). Check it and run again.",
    "zh-CN": "该行无法读取（{detail}），请检查后重新运行。",
  },
  "file-unreadable": {
    en: "The file cannot be read ({detail}). Check it is the original export, not renamed or damaged, and choose it again.",
    "zh-CN": "文件无法读取（{detail}），请确认是原始导出文件、未被改名或损坏后重新选择。",
  },
  "encoding-uncertain": {
    en: "The text encoding was guessed as {detail}. Check the names look right, or choose the encoding.",
    "zh-CN": "文件编码推测为 {detail}，请检查中文是否显示正确，或手动指定编码。",
  },
  "format-unknown": {
    en: "The file format was not recognised ({detail}). Choose the format.",
    "zh-CN": "无法识别文件格式（{detail}），请手动指定格式。",
  },
  "balance-mismatch": {
    en: "Opening balance plus transactions does not equal the closing balance ({detail}). Some lines may be missing: export the full period again.",
    "zh-CN": "期初余额加本期发生额不等于期末余额（{detail}），可能缺少交易行，请重新导出完整期间的流水。",
  },
  "payment-duplicate": {
    en: "This payment looks like a duplicate of {detail}. It is counted once; delete the extra row if it is one.",
    "zh-CN": "该笔收款疑似与 {detail} 重复，只计一次；如确属重复请删除多余的行。",
  },
  "status-unknown": {
    en: "Status “{raw}” is not one Settle knows, so the payment is held as pending and not matched. Use 交易成功 / Success, 交易关闭 / Closed, 退款成功 / Refunded or 失败 / Failed.",
    "zh-CN": "交易状态“{raw}”无法识别，该笔款项暂按“处理中”处理、不参与核对。请使用 交易成功、交易关闭、退款成功、失败 等状态。",
  },
  "direction-unknown": {
    en: "Direction “{raw}” is neither in (收 / 贷 / Credit) nor out (支 / 借 / Debit); the amount's own sign was used. Correct the cell.",
    "zh-CN": "收支方向“{raw}”不是 收/贷/Credit 或 支/借/Debit，已按金额本身的正负处理，请更正该单元格。",
  },
  "amount-conflict": {
    en: "Both the income and the expense amount are filled ({raw}). Keep only one of them on this row.",
    "zh-CN": "收入和支出金额同时填写（{raw}），请在该行只保留其中一个。",
  },
};

/** Fills a message template in the chosen language. */
export function problemMessage(code: ProblemCode, lang: Lang, raw = "", detail = ""): string {
  return PROBLEM_MESSAGES[code][lang].replaceAll("{raw}", raw).replaceAll("{detail}", detail);
}

/** Builds a problem with its message; the one way problems are made, so none lacks a message. */
export function makeProblem(
  at: { sheet: string; row: number; column: string },
  code: ProblemCode,
  raw: string,
  options: { detail?: string; lang?: Lang } = {},
): Problem {
  const detail = options.detail ?? "";
  const p: Problem = { ...at, code, raw, message: problemMessage(code, options.lang ?? "en", raw, detail) };
  if (detail) p.detail = detail;
  return p;
}
