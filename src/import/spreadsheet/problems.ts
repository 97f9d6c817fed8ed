// The one problem these readers raise: the file (or one part of it) cannot be read. The detail
// names what broke, in the user's language, so support can tell a truncated file from a locked one.
import { makeProblem, type Lang, type Problem } from "../../core/problems";
import type { SpreadsheetOptions, SpreadsheetResult } from "./types";

/** A detail in both languages; the reader picks one. */
export interface Detail {
  en: string;
  zh: string;
}

/** Builds a `file-unreadable` problem for the whole file (row 0) or one cell. */
export function unreadable(
  lang: Lang,
  sheet: string,
  detail: Detail,
  at: { row?: number; column?: string; raw?: string } = {},
): Problem {
  return makeProblem({ sheet, row: at.row ?? 0, column: at.column ?? "" }, "file-unreadable", at.raw ?? "", {
    detail: lang === "zh-CN" ? detail.zh : detail.en,
    lang,
  });
}

/** The message of an unknown thrown value, for details. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Reports a damaged part of the file; `sheet` defaults to the file name. */
export type Fail = (detail: Detail, sheet?: string) => void;

/**
 * Runs a reader so that it never throws: whatever it could read is kept, and anything thrown
 * becomes a `file-unreadable` problem (both the .xls and the .xlsx reader go through here).
 */
export function readGuarded(
  bytes: Uint8Array,
  options: SpreadsheetOptions,
  readInto: (bytes: Uint8Array, options: SpreadsheetOptions, result: SpreadsheetResult, fail: Fail) => void,
): SpreadsheetResult {
  const lang: Lang = options.lang ?? "en";
  const file = options.fileName ?? "workbook";
  const result: SpreadsheetResult = { grids: [], problems: [], date1904: false, sheets: [] };
  const fail: Fail = (detail, sheet = file) => {
    result.problems.push(unreadable(lang, sheet, detail));
  };
  try {
    readInto(bytes, options, result, fail);
  } catch (e) {
    fail({ en: `unexpected damage: ${errorText(e)}`, zh: `文件意外损坏：${errorText(e)}` });
  }
  return result;
}
