// Recovery for a zip whose central directory is lost (a download cut short: the directory sits
// at the end of the file). Walks the local file headers from the front instead, and inflates
// each part as far as its bytes go, so the rows before the break can still be read.
import { Inflate } from "fflate";

const LOCAL_HEADER = 0x04034b50;

/** A part found by its local header. */
export interface LocalEntry {
  name: string;
  method: number;
  /** Where the (compressed) data starts. */
  start: number;
  /** Where it ends: the declared size, else the next header, else the end of the file. */
  end: number;
}

function u16(b: Uint8Array, o: number): number {
  return (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (u16(b, o) + u16(b, o + 2) * 0x10000) >>> 0;
}

/** Every local header in the bytes, in order. */
export function scanLocalHeaders(bytes: Uint8Array): LocalEntry[] {
  const entries: LocalEntry[] = [];
  let i = 0;
  while (i + 30 <= bytes.length) {
    if (u32(bytes, i) !== LOCAL_HEADER) {
      i += 1;
      continue;
    }
    const flags = u16(bytes, i + 6);
    const size = u32(bytes, i + 18);
    const nameLen = u16(bytes, i + 26);
    const start = i + 30 + nameLen + u16(bytes, i + 28);
    const name = new TextDecoder().decode(bytes.subarray(i + 30, Math.min(i + 30 + nameLen, bytes.length)));
    const known = (flags & 8) === 0 && size > 0 && start + size <= bytes.length;
    const last = entries[entries.length - 1];
    if (last && last.end > i) last.end = i; // a size-less previous part ends where this one starts
    entries.push({ name, method: u16(bytes, i + 8), start, end: known ? start + size : bytes.length });
    i = known ? start + size : Math.max(start, i + 4);
  }
  return entries;
}

/**
 * The part's bytes, inflated as far as possible (a cut-short deflate stream gives its first
 * part). `complete` is false when the data ended early. Output is capped at `limit` bytes.
 */
export function inflatePartial(bytes: Uint8Array, entry: LocalEntry, limit: number): { data: Uint8Array; complete: boolean } {
  const raw = bytes.subarray(Math.min(entry.start, bytes.length), entry.end);
  if (entry.method === 0) return { data: raw.subarray(0, limit), complete: true };
  if (entry.method !== 8) throw new Error(`compression method ${entry.method} is not supported`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  let complete = true;
  const inflater = new Inflate((chunk) => {
    if (total < limit) chunks.push(chunk.subarray(0, limit - total));
    total += chunk.length;
  });
  try {
    for (let o = 0; o < raw.length && total < limit; o += 65536) inflater.push(raw.subarray(o, o + 65536), false);
    inflater.push(new Uint8Array(0), true);
  } catch {
    complete = false;
  }
  const data = new Uint8Array(Math.min(total, limit));
  let o = 0;
  for (const c of chunks) {
    data.set(c.subarray(0, data.length - o), o);
    o += c.length;
  }
  return { data, complete: complete && total <= limit };
}
