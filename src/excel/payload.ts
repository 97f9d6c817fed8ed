// Payload arithmetic for Office requests: Excel on the web rejects a request or response over
// ~5 MB, so reads and writes go in blocks sized by bytes, never by a fixed number of rows.

/** Bytes of cell data we let one sync carry: 10 % under the 5 MB limit, room for the request envelope. */
export const SYNC_BUDGET = 4.5 * 1024 * 1024;

/** UTF-8 length of the JSON Office sends for a value (strings in JSON are not \u-escaped). */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

/**
 * Splits rows [0, count) into consecutive blocks that fill batches of `budget` bytes, the first
 * one topping up a batch that already holds `used` bytes. `rowBytes(i)` is row i's size; a single
 * row over budget gets a block of its own.
 */
export function blocksBySize(
  count: number,
  rowBytes: (i: number) => number,
  budget: number,
  used = 0,
): { start: number; rows: number; bytes: number }[] {
  const blocks: { start: number; rows: number; bytes: number }[] = [];
  let start = 0;
  let size = 0;
  let room = Math.max(0, budget - used);
  for (let i = 0; i < count; i++) {
    const b = rowBytes(i);
    if (size + b > room && (i > start || room < budget)) {
      if (i > start) blocks.push({ start, rows: i - start, bytes: size });
      start = i;
      size = 0;
      room = budget;
    }
    size += b;
  }
  if (count > start) blocks.push({ start, rows: count - start, bytes: size });
  return blocks;
}
