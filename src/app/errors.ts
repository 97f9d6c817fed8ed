// Coded, explained errors at the workbook edge (DESIGN.md §6): the pane maps the code, the CLI
// prints the message. Office and ExcelJS failures both end up here, never as a console line.
import type { Lang } from "../core/problems";

export const WORKBOOK_ERROR_CODES = [
  "cell-edit-mode",
  "sheet-missing",
  "sheet-exists",
  "payload-too-large",
  "sheet-protected",
  "source-changed",
  "input-not-found",
  "state-unreadable",
  "host-error",
] as const;

export type WorkbookErrorCode = (typeof WORKBOOK_ERROR_CODES)[number];

const MESSAGES: Record<WorkbookErrorCode, { en: string; "zh-CN": string }> = {
  "cell-edit-mode": {
    en: "Excel is busy: a cell is being edited. Press Enter or Esc to leave the cell, then try again.",
    "zh-CN": "Excel 正处于单元格编辑状态。请按 Enter 或 Esc 退出编辑后重试。",
  },
  "sheet-missing": {
    en: "Sheet “{detail}” was not found. It may have been renamed or deleted; choose the sheet again.",
    "zh-CN": "找不到工作表“{detail}”，可能已被重命名或删除，请重新选择工作表。",
  },
  "sheet-exists": {
    en: "A sheet named “{detail}” already exists. Settle never overwrites a sheet: choose another name.",
    "zh-CN": "已存在名为“{detail}”的工作表。Settle 不会覆盖已有工作表，请换一个名称。",
  },
  "payload-too-large": {
    en: "Excel refused a request as too large ({detail}). Try again; if it persists, split the sheet.",
    "zh-CN": "Excel 拒绝了过大的请求（{detail}）。请重试；如仍失败，请拆分工作表。",
  },
  "sheet-protected": {
    en: "Sheet “{detail}” is protected. Unprotect it (Review › Unprotect Sheet) and try again.",
    "zh-CN": "工作表“{detail}”受保护。请先撤销保护（审阅 › 撤销工作表保护）后重试。",
  },
  "source-changed": {
    en: "The source sheets changed since the preview ({detail}). Preview again before applying.",
    "zh-CN": "预览后源工作表已被修改（{detail}），请重新预览后再应用。",
  },
  "input-not-found": {
    en: "No {detail} sheet was found by its header. Choose the sheet in the pane (or name it with --settlements / --payments).",
    "zh-CN": "未能根据表头找到{detail}工作表，请在任务窗格中选择工作表（命令行可用 --settlements / --payments 指定）。",
  },
  "state-unreadable": {
    en: "Settle's saved settings in this workbook cannot be read ({detail}). Defaults are used.",
    "zh-CN": "无法读取本工作簿中保存的 Settle 设置（{detail}），将使用默认设置。",
  },
  "host-error": {
    en: "The workbook host reported an error ({detail}).",
    "zh-CN": "工作簿宿主报告了错误（{detail}）。",
  },
};

/** A failure the user can act on; `message` is English, `messageZh` Chinese. */
export class WorkbookError extends Error {
  readonly code: WorkbookErrorCode;
  readonly detail: string;
  readonly messageZh: string;

  constructor(code: WorkbookErrorCode, detail = "") {
    super(workbookErrorMessage(code, "en", detail));
    this.name = "WorkbookError";
    this.code = code;
    this.detail = detail;
    this.messageZh = workbookErrorMessage(code, "zh-CN", detail);
  }

  /** The message in the user's language. */
  messageIn(lang: Lang): string {
    return lang === "zh-CN" ? this.messageZh : this.message;
  }
}

export function workbookErrorMessage(code: WorkbookErrorCode, lang: Lang, detail = ""): string {
  return MESSAGES[code][lang].replaceAll("{detail}", detail);
}

export function isWorkbookError(err: unknown): err is WorkbookError {
  return err instanceof WorkbookError;
}
