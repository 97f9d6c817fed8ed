// Excel date serials from spreadsheet exports. TODO(core): the core's date module owns this once
// it lands. Serial 60 is the phantom 1900-02-29 of the 1900 date system; it has no real date.
import type { IsoDate } from "../../core/model";

export function serialToIsoDate(serial: number): IsoDate | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466 || Math.floor(serial) === 60) return undefined;
  const days = Math.floor(serial) - (serial > 60 ? 1 : 0);
  const ms = Date.UTC(1899, 11, 31) + days * 86400000;
  return new Date(ms).toISOString().slice(0, 10);
}
