// Chinese banks often ship "Excel" downloads that are really an HTML table saved as .xls. Rows are
// cut at <tr>, cells at <td>/<th>, tags are dropped, entities decoded; the same table reading as CSV
// then applies. Unclosed <td>/<tr> (common in these files) do no harm because we cut, not nest.
import { decodeEntities } from "../markup/parse-markup";
import type { ImportFormat, ReaderContext, ReaderOutput } from "../types";
import { readTable } from "./read-table";
import type { TableRow } from "./table-plan";

/** True when the text is an HTML page holding a table. */
export function isHtmlTable(head: string): boolean {
  return /<table[\s>]/i.test(head) && /<t[dh][\s>]/i.test(head) && /^\s*(<!doctype html|<html|<meta|<head|<table|<\?xml[^>]*>\s*<html)/i.test(head);
}

function cellText(raw: string): string {
  return decodeEntities(raw.replace(/<br\s*\/?>/gi, " ").replace(/<[^>]*>/g, ""))
    .replace(/\u00a0/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function htmlRows(text: string): TableRow[] {
  const rows: TableRow[] = [];
  const starts = [...text.matchAll(/<tr[\s>]/gi)].map((m) => m.index ?? 0);
  let line = 1;
  let counted = 0;
  starts.forEach((start, k) => {
    for (let i = counted; i < start; i++) if (text.charCodeAt(i) === 10) line++;
    counted = start;
    const end = starts[k + 1] ?? text.length;
    const body = text.slice(start, end).replace(/<\/table[\s\S]*$/i, "");
    const parts = body.split(/<t[dh](?=[\s>])[^>]*>/i).slice(1);
    rows.push({ line, cells: parts.map(cellText) });
  });
  return rows;
}

export function readHtmlTable(text: string, format: ImportFormat, ctx: ReaderContext): ReaderOutput & { format: ImportFormat } {
  return readTable(htmlRows(text), format, ctx);
}
