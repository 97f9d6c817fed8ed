// CSV / TSV text (bank exports, Alipay, WeChat Pay, JD Pay bills) → payments.
import type { ImportFormat, ReaderContext, ReaderOutput } from "../types";
import { sniffDelimiter, splitRows } from "./split-rows";
import { readTable } from "./read-table";
import { isHtmlTable, readHtmlTable } from "./read-html-table";

export function readDelimited(text: string, format: ImportFormat, ctx: ReaderContext): ReaderOutput & { format: ImportFormat } {
  if (isHtmlTable(text.slice(0, 4096))) return readHtmlTable(text, format, ctx);
  const rows = splitRows(text, sniffDelimiter(text));
  return readTable(rows, format, ctx);
}
