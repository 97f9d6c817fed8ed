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
