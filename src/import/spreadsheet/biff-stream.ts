// BIFF record plumbing: walking the records of the Workbook stream, and reading strings that a
// record and its CONTINUE records share. The tricky part of BIFF8: a string's characters may be
// split across records, and each continuation re-states (in its first byte) whether the rest of
// the characters are 1-byte (compressed Latin-1) or 2-byte (UTF-16LE).

export const RT = {
  FORMULA: 0x0006,
  EOF: 0x000a,
  DATEMODE: 0x0022,
  FILEPASS: 0x002f,
  CONTINUE: 0x003c,
  WINDOW1: 0x003d,
  CODEPAGE: 0x0042,
  BOUNDSHEET: 0x0085,
  MULRK: 0x00bd,
  MULBLANK: 0x00be,
  RSTRING: 0x00d6,
  XF: 0x00e0,
  SST: 0x00fc,
  LABELSST: 0x00fd,
  BLANK: 0x0201,
  NUMBER: 0x0203,
  LABEL: 0x0204,
  BOOLERR: 0x0205,
  STRING: 0x0207,
  RK: 0x027e,
  FORMAT: 0x041e,
  BOF: 0x0809,
} as const;

/** One record: its type, where it starts in the stream, and its body. */
export interface BiffRecord {
  type: number;
  offset: number;
  data: Uint8Array;
}

/** Thrown when a record body ends before what it declares; caught per record. */
export class EndOfRecord extends Error {}

/**
 * The records from `start` on. Stops at the end of the stream; a record whose declared length
 * runs past the end is returned cut short and ends the walk (`truncated` is set).
 */
export function readRecords(stream: Uint8Array, start: number): { records: BiffRecord[]; truncated: boolean } {
  const records: BiffRecord[] = [];
  let o = start;
  while (o + 4 <= stream.length) {
    const type = stream[o]! | (stream[o + 1]! << 8);
    const len = stream[o + 2]! | (stream[o + 3]! << 8);
    const end = o + 4 + len;
    records.push({ type, offset: o, data: stream.subarray(o + 4, Math.min(end, stream.length)) });
    if (end > stream.length) return { records, truncated: true };
    o = end;
  }
  return { records, truncated: o < stream.length };
}

/** A cursor over a record body plus the bodies of the CONTINUE records after it. */
export class SegmentReader {
  private seg = 0;
  private pos = 0;

  constructor(private readonly segments: readonly Uint8Array[]) {}

  /** Reader over `records[index]` and the CONTINUE records directly after it. */
  static at(records: readonly BiffRecord[], index: number): SegmentReader {
    const segs: Uint8Array[] = [];
    const first = records[index];
    if (first) segs.push(first.data);
    for (let i = index + 1; i < records.length && records[i]!.type === RT.CONTINUE; i += 1) segs.push(records[i]!.data);
    return new SegmentReader(segs);
  }

  private current(): Uint8Array | undefined {
    while (this.seg < this.segments.length && this.pos >= this.segments[this.seg]!.length) {
      this.seg += 1;
      this.pos = 0;
    }
    return this.segments[this.seg];
  }

  u8(): number {
    const s = this.current();
    if (!s) throw new EndOfRecord("record ends early");
    const v = s[this.pos]!;
    this.pos += 1;
    return v;
  }

  u16(): number {
    return this.u8() | (this.u8() << 8);
  }

  u32(): number {
    return (this.u16() + this.u16() * 0x10000) >>> 0;
  }

  skip(n: number): void {
    let left = n;
    while (left > 0) {
      const s = this.current();
      if (!s) throw new EndOfRecord("record ends early");
      const take = Math.min(left, s.length - this.pos);
      this.pos += take;
      left -= take;
    }
  }

  /** Bytes left in this record and its CONTINUE records. */
  remaining(): number {
    let n = 0;
    for (let i = this.seg; i < this.segments.length; i += 1) n += this.segments[i]!.length - (i === this.seg ? this.pos : 0);
    return Math.max(0, n);
  }

  /** `n` raw bytes (may span segments). */
  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 1) out[i] = this.u8();
    return out;
  }

  /**
   * `count` characters, 2-byte when `highByte`. When the current segment ends before the last
   * character, the next segment starts with an option byte whose bit 0 re-states the width.
   */
  chars(count: number, highByte: boolean): string {
    const pieces: string[] = [];
    let left = count;
    let wide = highByte;
    while (left > 0) {
      let s = this.segments[this.seg];
      if (!s || this.pos >= s.length) {
        // The characters go on in the next CONTINUE record, which starts with an option byte.
        this.seg += 1;
        this.pos = 0;
        s = this.segments[this.seg];
        if (!s || s.length === 0) throw new EndOfRecord("string continues past the last CONTINUE record");
        wide = (s[0]! & 1) === 1;
        this.pos = 1;
      }
      const avail = s.length - this.pos;
      const n = Math.min(left, wide ? avail >> 1 : avail);
      if (n === 0) {
        this.pos = s.length; // an odd stray byte at the end of a segment
        continue;
      }
      const chunk = s.subarray(this.pos, this.pos + (wide ? n * 2 : n));
      pieces.push(wide ? decodeUtf16(chunk) : decodeLatin1(chunk));
      this.pos += chunk.length;
      left -= n;
    }
    return pieces.join("");
  }
}

function decodeUtf16(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode(bytes[i]! | (bytes[i + 1]! << 8));
  return out;
}

function decodeLatin1(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 1) out += String.fromCharCode(bytes[i]!);
  return out;
}

/** Reads a BIFF8 XLUnicodeRichExtendedString (SST entries): runs and phonetic data are skipped. */
export function readRichString(r: SegmentReader): string {
  const cch = r.u16();
  const flags = r.u8();
  const runs = flags & 0x08 ? r.u16() : 0;
  const ext = flags & 0x04 ? r.u32() : 0;
  const text = r.chars(cch, (flags & 1) === 1);
  r.skip(runs * 4);
  r.skip(ext);
  return text;
}

/** Reads a BIFF8 XLUnicodeString (cch u16) or ShortXLUnicodeString (cch u8). */
export function readUnicodeString(r: SegmentReader, shortLength: boolean): string {
  const cch = shortLength ? r.u8() : r.u16();
  const flags = r.u8();
  const runs = flags & 0x08 ? r.u16() : 0;
  const ext = flags & 0x04 ? r.u32() : 0;
  const text = r.chars(cch, (flags & 1) === 1);
  r.skip(Math.min(runs * 4, r.remaining()));
  r.skip(Math.min(ext, r.remaining()));
  return text;
}
