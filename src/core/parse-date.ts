// Dates as workbooks and exports hold them: Excel serials (1900 / 1904 systems), ISO with or without
// a time, 2024/10/17, 2024年10月17日, 20241017, 17.10.2024, 10/17/2024, 17 Oct 2024. The result is a
// calendar date string "YYYY-MM-DD", never a Date: a time zone must never move a booking to another day.
// Day-first vs month-first is never guessed: it comes from an option or from the column's other values.
import {
  MAX_SERIAL_1900, PHANTOM_SERIAL, formatIsoDate, isValidDate, serialToIsoDate,
} from "./excel-serial";
import type { SerialSystem } from "./excel-serial";
import { toHalfWidth } from "./half-width";
import type { IsoDate } from "./model";
import type { CellValue } from "./table/grid";

/** How a date with the year last is read: "auto" decides per value and reports ambiguity. */
export type DateOrder = "auto" | "dmy" | "mdy" | "ymd";

export interface ParseDateOptions {
  /** Order of day and month in "a/b/yyyy" and "a.b.yyyy" dates; from the user or `inferDateOrder`. Default "auto". */
  order?: DateOrder;
  /** The workbook's date system for serial numbers. Default 1900. */
  serialSystem?: SerialSystem;
}

export type DateProblemCode = "date-unreadable" | "date-impossible" | "date-ambiguous" | "date-missing";

export type DateResult =
  | {
      ok: true;
      value: IsoDate;
      /** The time of day when the cell gave one ("12:00:00"); informative only. */
      time?: string;
    }
  | { ok: false; code: DateProblemCode; detail: string };

const fail = (code: DateProblemCode, detail: string): DateResult => ({ ok: false, code, detail });

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
};

/** Parses one cell (serial number or text) into a calendar date. Data first, options last. */
export function parseDate(raw: CellValue | undefined, options: ParseDateOptions = {}): DateResult {
  if (raw === null || raw === undefined) return fail("date-missing", "empty");
  if (typeof raw === "boolean") return fail("date-unreadable", "TRUE/FALSE is not a date");
  if (typeof raw === "number") return fromNumber(raw, options.serialSystem ?? 1900);
  const text = toHalfWidth(raw).replace(/\u00a0/g, " ").trim();
  if (text === "") return fail("date-missing", "empty");
  return fromText(text, options.order ?? "auto");
}

function fromNumber(n: number, system: SerialSystem): DateResult {
  if (!Number.isFinite(n)) return fail("date-unreadable", "not a finite number");
  // 20241017 typed as a number: far beyond the last serial (9999-12-31), so it cannot be one.
  if (Number.isInteger(n) && n >= 10000101 && n <= 99991231) return fromText(String(n), "ymd");
  if (system === 1900 && Math.floor(n) === PHANTOM_SERIAL) {
    return fail("date-impossible", "serial 60 is Excel's phantom 1900-02-29");
  }
  const iso = serialToIsoDate(n, system);
  if (iso === undefined) {
    return fail("date-unreadable", n < 1 || n > MAX_SERIAL_1900 ? "number outside Excel's date range" : "not a date serial");
  }
  const fraction = n - Math.floor(n);
  if (fraction === 0) return { ok: true, value: iso };
  const seconds = Math.round(fraction * 86400) % 86400;
  return { ok: true, value: iso, time: clock(Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60) };
}

function clock(h: number, m: number, s: number): string {
  return [h, m, s].map((x) => String(x).padStart(2, "0")).join(":");
}

/** Splits "date time" (ISO "T", a space, an optional zone) and keeps the time as written. */
function splitTime(text: string): { date: string; time?: string } | undefined {
  const m = /^(.*?)(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:[AaPp][Mm])?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)$/.exec(text);
  if (!m) return { date: text };
  const [h, min, s] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (h > 23 || min > 59 || s > 59) return undefined;
  return { date: (m[1] ?? "").trim(), time: clock(h, min, s) };
}

function fromText(input: string, order: DateOrder): DateResult {
  const parts = splitTime(input);
  if (!parts) return fail("date-impossible", "time of day out of range");
  const ymd = readParts(parts.date.replace(/\s*(星期|周)[一二三四五六日天]$/, ""), order);
  if (!ymd.ok) return ymd;
  return parts.time === undefined ? ymd : { ...ymd, time: parts.time };
}

function check(y: number, m: number, d: number): DateResult {
  if (!isValidDate(y, m, d)) return fail("date-impossible", `${y}-${m}-${d}`);
  return { ok: true, value: formatIsoDate(y, m, d) };
}

function readParts(text: string, order: DateOrder): DateResult {
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (m) return check(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return check(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})$/.exec(text);
  if (m) return dayMonth(Number(m[1]), Number(m[3]), Number(m[4]), order);
  // 17 Oct 2024 / 17-Oct-2024 / Oct 17, 2024
  m = /^(\d{1,2})[\s-]*([A-Za-z]{3,9})\.?[\s,-]*(\d{4})$/.exec(text);
  if (m && MONTHS[(m[2] ?? "").toLowerCase()]) return check(Number(m[3]), MONTHS[(m[2] ?? "").toLowerCase()] ?? 0, Number(m[1]));
  m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (m && MONTHS[(m[1] ?? "").toLowerCase()]) return check(Number(m[3]), MONTHS[(m[1] ?? "").toLowerCase()] ?? 0, Number(m[2]));
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2}$/.test(text)) return fail("date-unreadable", "two-digit year");
  return fail("date-unreadable", "not a date format");
}

function dayMonth(a: number, b: number, y: number, order: DateOrder): DateResult {
  if (order === "dmy") return check(y, b, a);
  if (order === "mdy") return check(y, a, b);
  if (order === "ymd") return fail("date-unreadable", "the year is last but the column is year-first");
  const asDmy = isValidDate(y, b, a);
  const asMdy = isValidDate(y, a, b);
  if (asDmy && asMdy && a !== b) return fail("date-ambiguous", `${a}/${b}`);
  if (asDmy) return check(y, b, a);
  if (asMdy) return check(y, a, b);
  return fail("date-impossible", `${a}/${b}/${y}`);
}

/**
 * Column evidence: the order of "a/b/yyyy" dates decided from all values of a column. A value with
 * a first number over 12 proves day-first; a second number over 12 proves month-first. Returns
 * "auto" when nothing proves either or when values contradict each other.
 */
export function inferDateOrder(values: Iterable<CellValue | undefined>): DateOrder {
  let dmy = 0, mdy = 0;
  for (const v of values) {
    if (typeof v !== "string") continue;
    const m = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})/.exec(toHalfWidth(v).trim());
    if (!m) continue;
    const a = Number(m[1]), b = Number(m[3]);
    if (a > 12 && b <= 12) dmy += 1;
    else if (b > 12 && a <= 12) mdy += 1;
  }
  if (dmy > 0 && mdy === 0) return "dmy";
  if (mdy > 0 && dmy === 0) return "mdy";
  return "auto";
}
