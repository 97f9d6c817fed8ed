// Excel serials for the adapters' edges that the core's calendar-date conversion (core/excel-serial)
// does not cover: ExcelJS's Date objects on the way in, and timestamps with a time of day.

const MS_PER_DAY = 86_400_000;
/** Serial 25569 is 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;

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
