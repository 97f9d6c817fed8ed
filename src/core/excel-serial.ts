// Excel date serials ↔ calendar dates, in integer arithmetic (no Date, so no time zone can shift a day).
//
// 1900 system (Windows default): serial 1 = 1900-01-01. Lotus 1-2-3 wrongly treated 1900 as a leap
// year and Excel kept the bug for compatibility: serial 60 is the phantom 1900-02-29, which does not
// exist, and every serial from 61 on is one day "ahead" (serial 61 = 1900-03-01).
// 1904 system (old Mac workbooks, `date1904`): serial 0 = 1904-01-01, no phantom day.
import type { IsoDate } from "./model";

export type SerialSystem = 1900 | 1904;

/** Excel's last date, 9999-12-31, in the 1900 system. */
export const MAX_SERIAL_1900 = 2958465;
/** The phantom 1900-02-29 of the 1900 system. */
export const PHANTOM_SERIAL = 60;

/** Days from 1970-01-01 to a civil date (proleptic Gregorian; Howard Hinnant's algorithm). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date for a count of days from 1970-01-01. */
export function civilFromDays(days: number): { y: number; m: number; d: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** True when y-m-d is a real calendar date. */
export function isValidDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  const lengths = [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= (lengths[m - 1] ?? 0);
}

export function formatIsoDate(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const EPOCH_1900 = daysFromCivil(1899, 12, 31); // serial 0 = "1900-01-00"
const EPOCH_1904 = daysFromCivil(1904, 1, 1);

/**
 * The calendar date of a serial (the time of day, the fraction, is dropped). Undefined for the
 * phantom 1900-02-29, for serials before day 1 and after 9999-12-31.
 */
export function serialToIsoDate(serial: number, system: SerialSystem = 1900): IsoDate | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const day = Math.floor(serial);
  let days: number;
  if (system === 1904) {
    if (day < 0 || day > MAX_SERIAL_1900 - 1462) return undefined;
    days = EPOCH_1904 + day;
  } else {
    if (day < 1 || day > MAX_SERIAL_1900 || day === PHANTOM_SERIAL) return undefined;
    days = EPOCH_1900 + (day > PHANTOM_SERIAL ? day - 1 : day);
  }
  const { y, m, d } = civilFromDays(days);
  return formatIsoDate(y, m, d);
}

/** The serial of a calendar date ("YYYY-MM-DD"), as Excel numbers it. Undefined for invalid dates or dates before the system's epoch. */
export function isoDateToSerial(iso: IsoDate, system: SerialSystem = 1900): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isValidDate(y, m, d)) return undefined;
  const days = daysFromCivil(y, m, d);
  if (system === 1904) return days >= EPOCH_1904 ? days - EPOCH_1904 : undefined;
  const serial = days - EPOCH_1900;
  if (serial < 1) return undefined;
  return serial >= PHANTOM_SERIAL ? serial + 1 : serial;
}
