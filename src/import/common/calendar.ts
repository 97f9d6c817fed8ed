// Calendar checks for the structured formats (CAMT, MT940, OFX), whose dates have one fixed
// syntax each; free-form dates in CSV exports go through the core's parseDate instead.
import type { IsoDate } from "../../core/model";

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** "YYYY-MM-DD" when the parts form a real calendar date, otherwise undefined. */
export function isoDate(year: number, month: number, day: number): IsoDate | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Reads the leading "YYYY-MM-DD" / "YYYYMMDD" of a date or date-time as written (no zone shift). */
export function leadingIsoDate(raw: string | undefined): IsoDate | undefined {
  if (!raw) return undefined;
  const m = /^\s*(\d{4})-?(\d{2})-?(\d{2})/.exec(raw);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}
