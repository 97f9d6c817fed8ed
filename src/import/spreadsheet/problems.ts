// The one problem these readers raise: the file (or one part of it) cannot be read. The detail
// names what broke, in the user's language, so support can tell a truncated file from a locked one.
import { makeProblem, type Lang, type Problem } from "../../core/problems";

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
