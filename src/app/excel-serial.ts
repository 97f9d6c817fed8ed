// Excel's 1900 date system, in the app layer because both adapters need it on their way out
// (ISO dates → serials with a date format) and the ExcelJS adapter on its way in (Date → serial).

const MS_PER_DAY = 86_400_000;
/** Serial 25569 is 1970-01-01; serials below 61 sit before Excel's phantom 1900-02-29 (serial 60). */
const UNIX_EPOCH_SERIAL = 25569;

/** "2024-10-17" → 45582. Dates before 1900-03-01 shift by one because of the phantom leap day. */
export function isoToSerial(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const serial = ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  return serial < 61 ? serial - 1 : serial;
}

/**
 * ExcelJS hands date cells back as UTC `Date`s built as (serial − 25569) days from 1970 with no
 * phantom-day correction, so the exact inverse is a plain subtraction (time of day kept).
 */
export function exceljsDateToSerial(date: Date): number {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  // Float noise from the millisecond round trip (e.g. 45582.000000001) is not a time of day.
  return Math.round(serial * 1e9) / 1e9;
}

/** A moment as an ISO timestamp → serial with time of day, for the Settle Log's time column. */
export function timestampToSerial(timestamp: string): number {
  const ms = Date.parse(timestamp);
  if (Number.isNaN(ms)) throw new RangeError(`not a timestamp: ${timestamp}`);
  return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}
