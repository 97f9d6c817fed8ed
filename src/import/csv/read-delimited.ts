// CSV / TSV text (bank exports, Alipay, WeChat Pay, JD Pay bills) → payments.
import type { ImportFormat, ReaderContext, ReaderOutput } from "../types";
import { sniffDelimiter, splitRows } from "./split-rows";
import { readTable } from "./read-table";

export function readDelimited(text: string, format: ImportFormat, ctx: ReaderContext): ReaderOutput & { format: ImportFormat } {
  const rows = splitRows(text, sniffDelimiter(text));
  return readTable(rows, format, ctx);
}
