// Dates as bank CSVs write them. TODO(core): replace with the core's parseDate when it lands;
// this covers the layouts of the exports Settle reads: 2024-01-05[ 12:00:00], 2024/1/5,
// 20240105, 05.01.2024, 05/01/2024 (order decided per column), 05-01-2024, 2024年1月5日,
// and MM/DD with no year (card statements: the year comes from the title and wraps at year end).
import type { IsoDate } from "../../core/model";
import { isoDate } from "../common/calendar";

export type DateOrder = "dmy" | "mdy";

export interface DateResult {
  date?: IsoDate;
  /** "impossible" when the layout was recognised but the date does not exist. */
  error?: "unreadable" | "impossible" | "missing";
}

/** Decides D/M vs M/D for a column: a first part over 12 means day-first, a second part over 12 month-first. */
export function inferDateOrder(values: string[]): DateOrder {
  for (const v of values) {
    const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}/.exec(v);
    if (!m) continue;
    if (Number(m[1]) > 12) return "dmy";
    if (Number(m[2]) > 12) return "mdy";
  }
  return "dmy";
}

/** English month abbreviations ("05 Jan 2024", "Jan 5, 2024", "05-JAN-24"). */
const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

function year2(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

/** Reads one date cell. `yearHint` gives the statement's year and month for MM/DD cells. */
export function parseCellDate(raw: string, order: DateOrder, yearHint?: { year: number; month: number }): DateResult {
  const t = raw.replace(/[\t`'"]/g, "").trim();
  if (!t || /^[-/]+$/.test(t)) return { error: "missing" };
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:$|[\sT])/.exec(t);
  if (m) return check(isoDate(Number(m[1]), Number(m[2]), Number(m[3])));
  m = /^(\d{4})(\d{2})(\d{2})(?:$|[\sT]|\d{6}$)/.exec(t);
  if (m) return check(isoDate(Number(m[1]), Number(m[2]), Number(m[3])));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:$|[\s,T])/.exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    // A dot is always day-first (German); slash and dash follow the column's order.
    const dayFirst = t.includes(".") || order === "dmy";
    return check(dayFirst ? isoDate(year2(m[3] as string), b, a) : isoDate(year2(m[3] as string), a, b));
  }
  m = /^(\d{1,2})[\s-]([A-Za-z]{3})[A-Za-z]*\.?[\s-](\d{4}|\d{2})(?:$|[\s,T])/.exec(t);
  if (m && MONTHS[(m[2] as string).toLowerCase()]) return check(isoDate(year2(m[3] as string), MONTHS[(m[2] as string).toLowerCase()] as number, Number(m[1])));
  m = /^([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{1,2}),?\s+(\d{4})(?:$|[\s,T])/.exec(t);
  if (m && MONTHS[(m[1] as string).toLowerCase()]) return check(isoDate(Number(m[3]), MONTHS[(m[1] as string).toLowerCase()] as number, Number(m[2])));
  m = /^(\d{1,2})[/-](\d{1,2})$/.exec(t);
  if (m && yearHint) {
    const month = Number(m[1]);
    // A statement for January lists December purchases of the year before.
    const year = month > yearHint.month ? yearHint.year - 1 : yearHint.year;
    return check(isoDate(year, month, Number(m[2])));
  }
  return { error: "unreadable" };
}

function check(date: IsoDate | undefined): DateResult {
  return date ? { date } : { error: "impossible" };
}

/** Year and month a statement covers, from a title like "…对账单（… 2024年01月）". */
export function statementMonth(preamble: string): { year: number; month: number } | undefined {
  const m = /(\d{4})\s*年\s*(\d{1,2})\s*月/.exec(preamble) ?? /(\d{4})[-/](\d{1,2})/.exec(preamble);
  return m ? { year: Number(m[1]), month: Number(m[2]) } : undefined;
}
