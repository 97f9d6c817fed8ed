// Dates in bank CSVs: the core's parseDate reads every layout (ISO, 2024/1/5, 20240105, 2024年1月5日,
// 05.01.2024, 05/01/2024 in the column's order, 5 Jan 2024). Two things are import-specific and
// stay here: the column order when no value proves it (exports are day-first unless a value shows
// otherwise: PayPal ES "2/1/2020" is 2 January), and MM/DD with no year on card statements, whose
// year comes from the statement title and wraps at the year end.
import type { IsoDate } from "../../core/model";
import { inferDateOrder as inferCoreOrder, parseDate } from "../../core/parse-date";
import { isoDate } from "../common/calendar";

export type DateOrder = "dmy" | "mdy";

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

export interface DateResult {
  date?: IsoDate;
  error?: "unreadable" | "impossible" | "missing";
}

/** D/M vs M/D for a column: the core's evidence, or day-first when nothing proves either. */
export function inferDateOrder(values: string[]): DateOrder {
  return inferCoreOrder(values) === "mdy" ? "mdy" : "dmy";
}

/** Reads one date cell. `yearHint` gives the statement's year and month for MM/DD cells. */
export function parseCellDate(raw: string, order: DateOrder, yearHint?: { year: number; month: number }): DateResult {
  const t = raw.replace(/[\t`'"]/g, "").trim();
  if (!t || /^[-/]+$/.test(t)) return { error: "missing" };
  const m = /^(\d{1,2})[/-](\d{1,2})$/.exec(t);
  if (m && yearHint) {
    const month = Number(m[1]);
    // A statement for January lists December purchases of the year before.
    const year = month > yearHint.month ? yearHint.year - 1 : yearHint.year;
    const date = isoDate(year, month, Number(m[2]));
    return date ? { date } : { error: "impossible" };
  }
  // Fast path for the canonical layout of most exports (big files spend most time here).
  const iso = ISO_DATE_TIME.exec(t);
  if (iso && (iso[4] === undefined || (Number(iso[4]) < 24 && Number(iso[5]) < 60 && Number(iso[6] ?? 0) < 60))) {
    const date = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date ? { date } : { error: "impossible" };
  }
  const r = parseDate(t, { order });
  if (r.ok) return { date: r.value };
  return { error: r.code === "date-impossible" ? "impossible" : r.code === "date-missing" ? "missing" : "unreadable" };
}

/** Year and month a statement covers, from a title like "…对账单（… 2024年01月）". */
export function statementMonth(preamble: string): { year: number; month: number } | undefined {
  const m = /(\d{4})\s*年\s*(\d{1,2})\s*月/.exec(preamble) ?? /(\d{4})[-/](\d{1,2})/.exec(preamble);
  return m ? { year: Number(m[1]), month: Number(m[2]) } : undefined;
}
