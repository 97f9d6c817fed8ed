// Imported bank / platform payments written as a sheet (`settle import --into book.xlsx`), with
// headers the payment reader recognises, so the sheet can be reconciled right after.
import type { Lang } from "../core/problems";
import type { Payment, PaymentMethod, PaymentStatus } from "../core/model";
import { toDecimalString } from "../core/money";
import type { TabSpec, WorkbookPort } from "./port";
import { WorkbookError } from "./errors";

const HEADERS: Record<Lang, string[]> = {
  en: ["Date", "Payer", "Account", "Amount", "Currency", "Dr/Cr", "Reference", "Memo", "Method", "Status", "Source"],
  "zh-CN": ["交易日期", "付款方", "对方账号", "金额", "币种", "收/支", "交易流水号", "摘要", "支付方式", "交易状态", "来源"],
};

/** Words that read back as the same status through the table reader (payment-words.ts). */
const STATUS: Record<PaymentStatus, Record<Lang, string>> = {
  ok: { en: "completed", "zh-CN": "交易成功" },
  pending: { en: "pending", "zh-CN": "处理中" },
  refunded: { en: "refunded", "zh-CN": "退款成功" },
  "partially-refunded": { en: "partially refunded", "zh-CN": "部分退款" },
  closed: { en: "closed", "zh-CN": "交易关闭" },
  failed: { en: "failed", "zh-CN": "失败" },
  reversed: { en: "reversed", "zh-CN": "冲正" },
};

const METHOD: Record<PaymentMethod, Record<Lang, string>> = {
  bank: { en: "bank transfer", "zh-CN": "银行转账" },
  card: { en: "card", "zh-CN": "银行卡" },
  alipay: { en: "Alipay", "zh-CN": "支付宝" },
  wechat: { en: "WeChat Pay", "zh-CN": "微信支付" },
  cash: { en: "cash", "zh-CN": "现金" },
  other: { en: "other", "zh-CN": "其他" },
};

const DIRECTION = { in: { en: "Cr", "zh-CN": "收入" }, out: { en: "Dr", "zh-CN": "支出" }, neutral: { en: "neutral", "zh-CN": "不计收支" } } as const;

export function importedPaymentsTab(name: string, payments: readonly Payment[], lang: Lang): TabSpec {
  const kinds = ["date", "text", "text", "money", "text", "text", "text", "text", "text", "text", "text"] as const;
  return {
    name,
    columns: HEADERS[lang].map((header, i) => ({ header, kind: kinds[i] ?? "text", width: i === 1 || i === 7 ? 28 : 14 })),
    rows: payments.map((p) => [
      p.date || null,
      p.payer,
      p.payerAccount ?? "",
      toDecimalString(p.amount),
      p.currency,
      DIRECTION[p.direction][lang],
      p.reference ?? "",
      p.memo ?? "",
      METHOD[p.method][lang],
      STATUS[p.status][lang],
      `${p.source.sheet}#${p.source.row}`,
    ]),
    freezeHeader: true,
  };
}

/**
 * Adds the sheet; refuses when a sheet of that name exists, because it may be the user's own
 * data and Settle never overwrites a user's sheet.
 */
export async function writeImportedPayments(port: WorkbookPort, name: string, payments: readonly Payment[], lang: Lang): Promise<void> {
  if ((await port.listSheets()).some((s) => s.name === name)) throw new WorkbookError("sheet-exists", name);
  await port.writeTab(importedPaymentsTab(name, payments, lang));
  await port.flush();
}
