// A tab's columns as written once in both languages; the header shown is the workbook's language.
import type { Lang } from "../../core/problems";
import type { ColumnSpec } from "../port";

export interface TabColumn {
  en: string;
  zh: string;
  kind: ColumnSpec["kind"];
  width: number;
}

export function columnsIn(columns: readonly TabColumn[], lang: Lang): ColumnSpec[] {
  return columns.map((c) => ({ header: lang === "zh-CN" ? c.zh : c.en, kind: c.kind, width: c.width }));
}
