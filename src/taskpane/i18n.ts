// All task-pane text, in en-US and zh-CN, in one place so the two never drift apart.
export type UiLang = "en" | "zh-CN";

export const STRINGS = {
  en: {
    title: "Settle",
    tagline: "Customer settlement and reconciliation",
    loading: "Starting…",
    standaloneBanner:
      "Running outside Excel. Open an .xlsx workbook to reconcile it here; nothing leaves this computer.",
    excelBanner: "Connected to Excel",
    openFile: "Open an .xlsx workbook…",
    openSample: "Open the sample workbook",
    apiSupported: "ExcelApi 1.9 supported",
    apiMissing: "This version of Excel lacks ExcelApi 1.9. Update Office to use Settle.",
    fileLoaded: "Workbook loaded",
    sheets: "Sheets",
    working: "Working…",
    error: "Something went wrong",
    language: "中文",
    preview: "Preview reconciliation",
    apply: "Apply: write the result tabs",
    applyDownload: "Apply and download the result",
    download: "Download",
    applied: "Written",
    sheetsUsed: "Settlements from “{s}”, payments from “{p}”",
    auto: "Matched",
    suggested: "Suggested",
    ambiguous: "Ambiguous",
    manual: "Manual",
    open: "Open settlements",
    unapplied: "Unapplied payments",
    exceptions: "Exceptions",
    problems: "Cells that could not be read",
    allocated: "Matched amount",
    colStatus: "Status",
    colSettlements: "Settlements",
    colPayments: "Payment rows",
    colAmount: "Amount",
    colWhy: "Why",
    moreInTabs: "Showing the first {n}; the tabs list them all.",
    nothingToShow: "No matches found.",
    sourceUnchanged: "Your sheets are not changed: results go to new tabs.",
  },
  "zh-CN": {
    title: "Settle 结算对账",
    tagline: "客户结算与对账",
    loading: "正在启动…",
    standaloneBanner: "当前未在 Excel 中运行。打开 .xlsx 工作簿即可在此对账，数据不会离开本机。",
    excelBanner: "已连接 Excel",
    openFile: "打开 .xlsx 工作簿…",
    openSample: "打开示例工作簿",
    apiSupported: "支持 ExcelApi 1.9",
    apiMissing: "此版本的 Excel 不支持 ExcelApi 1.9，请更新 Office 后使用 Settle。",
    fileLoaded: "已加载工作簿",
    sheets: "工作表",
    working: "处理中…",
    error: "出错了",
    language: "English",
    preview: "预览对账结果",
    apply: "应用：写入结果工作表",
    applyDownload: "应用并下载结果",
    download: "下载",
    applied: "已写入",
    sheetsUsed: "结算单取自“{s}”，收款取自“{p}”",
    auto: "已匹配",
    suggested: "建议匹配",
    ambiguous: "存在歧义",
    manual: "人工匹配",
    open: "未结清结算单",
    unapplied: "未核销收款",
    exceptions: "异常",
    problems: "无法读取的单元格",
    allocated: "已核销金额",
    colStatus: "状态",
    colSettlements: "结算单",
    colPayments: "收款行",
    colAmount: "金额",
    colWhy: "依据",
    moreInTabs: "仅显示前 {n} 条，完整列表见结果工作表。",
    nothingToShow: "没有找到匹配。",
    sourceUnchanged: "您的工作表不会被修改，结果写入新的工作表。",
  },
} as const;

export type Strings = { [K in keyof (typeof STRINGS)["en"]]: string };

/** Picks the UI language from an Office or browser locale tag ("zh-CN", "zh-Hans", "en-US" …). */
export function pickLang(locale: string | undefined): UiLang {
  return locale && /^zh\b/i.test(locale) ? "zh-CN" : "en";
}

export function strings(lang: UiLang): Strings {
  return STRINGS[lang];
}
