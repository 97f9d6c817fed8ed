// Test helper: builds BIFF8 (and BIFF5) Workbook streams record by record, so each record type
// the reader supports has a test. Only what the tests need; not a general writer.
import { concat } from "./cfb-writer";

export function u16(n: number): Uint8Array {
  return new Uint8Array([n & 0xff, (n >> 8) & 0xff]);
}
export function u32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n >>> 0, true);
  return b;
}
export function f64(n: number): Uint8Array {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setFloat64(0, n, true);
  return b;
}
export function utf16(s: string): Uint8Array {
  const b = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i += 1) {
    b[i * 2] = s.charCodeAt(i) & 0xff;
    b[i * 2 + 1] = s.charCodeAt(i) >> 8;
  }
  return b;
}
export function latin1(s: string): Uint8Array {
  return new Uint8Array([...s].map((c) => c.charCodeAt(0)));
}
const wide = (s: string): boolean => [...s].some((c) => c.charCodeAt(0) > 0xff);

/** A record: type, length, body. */
export function rec(type: number, ...body: Uint8Array[]): Uint8Array {
  const data = concat(body);
  return concat([u16(type), u16(data.length), data]);
}

/** XLUnicodeString (cch u16) or ShortXLUnicodeString (cch u8); compressed when it fits Latin-1. */
export function xlString(s: string, short = false): Uint8Array {
  const high = wide(s);
  return concat([short ? new Uint8Array([s.length]) : u16(s.length), new Uint8Array([high ? 1 : 0]), high ? utf16(s) : latin1(s)]);
}

/** An SST entry with optional formatting runs and phonetic (ExtRst) bytes to be skipped. */
export function sstString(s: string, extra: { runs?: number; ext?: number } = {}): Uint8Array {
  const high = wide(s);
  const flags = (high ? 1 : 0) | (extra.runs ? 8 : 0) | (extra.ext ? 4 : 0);
  return concat([
    u16(s.length),
    new Uint8Array([flags]),
    extra.runs ? u16(extra.runs) : new Uint8Array(0),
    extra.ext ? u32(extra.ext) : new Uint8Array(0),
    high ? utf16(s) : latin1(s),
    new Uint8Array((extra.runs ?? 0) * 4).fill(0x11),
    new Uint8Array(extra.ext ?? 0).fill(0x22),
  ]);
}

export const RT = {
  BOF: 0x0809, EOF: 0x000a, CODEPAGE: 0x0042, DATEMODE: 0x0022, FILEPASS: 0x002f, WINDOW1: 0x003d,
  FORMAT: 0x041e, XF: 0x00e0, BOUNDSHEET: 0x0085, SST: 0x00fc, CONTINUE: 0x003c, LABELSST: 0x00fd,
  LABEL: 0x0204, NUMBER: 0x0203, RK: 0x027e, MULRK: 0x00bd, FORMULA: 0x0006, STRING: 0x0207,
  BOOLERR: 0x0205, BLANK: 0x0201, MULBLANK: 0x00be,
} as const;

const cellHead = (row: number, col: number, xf: number): Uint8Array => concat([u16(row), u16(col), u16(xf)]);

export const cells = {
  labelSst: (row: number, col: number, xf: number, index: number) => rec(RT.LABELSST, cellHead(row, col, xf), u32(index)),
  label: (row: number, col: number, xf: number, s: string) => rec(RT.LABEL, cellHead(row, col, xf), xlString(s)),
  number: (row: number, col: number, xf: number, n: number) => rec(RT.NUMBER, cellHead(row, col, xf), f64(n)),
  rk: (row: number, col: number, xf: number, rk: number) => rec(RT.RK, cellHead(row, col, xf), u32(rk)),
  mulrk: (row: number, first: number, items: [xf: number, rk: number][]) =>
    rec(RT.MULRK, u16(row), u16(first), ...items.flatMap(([xf, rk]) => [u16(xf), u32(rk)]), u16(first + items.length - 1)),
  formulaNumber: (row: number, col: number, xf: number, n: number) =>
    rec(RT.FORMULA, cellHead(row, col, xf), f64(n), u16(0), u32(0), u16(3), new Uint8Array([0x1e, 1, 0])),
  formulaSpecial: (row: number, col: number, xf: number, kind: number, value = 0) =>
    rec(RT.FORMULA, cellHead(row, col, xf), new Uint8Array([kind, 0, value, 0, 0, 0, 0xff, 0xff]), u16(0), u32(0), u16(3), new Uint8Array([0x1e, 1, 0])),
  string: (s: string) => rec(RT.STRING, xlString(s)),
  boolerr: (row: number, col: number, xf: number, value: number, isError: boolean) =>
    rec(RT.BOOLERR, cellHead(row, col, xf), new Uint8Array([value, isError ? 1 : 0])),
  blank: (row: number, col: number, xf: number) => rec(RT.BLANK, cellHead(row, col, xf)),
  mulblank: (row: number, first: number, xfs: number[]) => rec(RT.MULBLANK, u16(row), u16(first), ...xfs.map(u16), u16(first + xfs.length - 1)),
};

/** RK of an amount with at most two decimals stored as integer × 100 (how Excel packs 515.02). */
export function rkCents(value: number): number {
  return ((Math.round(value * 100) << 2) | 3) >>> 0;
}
/** RK of a plain 30-bit integer. */
export function rkInt(value: number): number {
  return ((value << 2) | 2) >>> 0;
}
/** RK of a double whose low 34 bits are zero (e.g. 1.5, 0.25). */
export function rkDouble(value: number): number {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, value, true);
  return b.getUint32(4, true) & 0xfffffffc;
}

export interface SheetSpec {
  name: string;
  state?: 0 | 1 | 2;
  /** 0 worksheet, 2 chart. */
  kind?: number;
  records: Uint8Array[];
}

export interface BookSpec {
  biff?: 8 | 5;
  codepage?: number;
  date1904?: boolean;
  formats?: [id: number, code: string][];
  /** Number format id of each XF, in order. */
  xfFormatIds?: number[];
  /** SST body (after the two counts) and the bodies of its CONTINUE records. */
  sst?: { count: number; segments: Uint8Array[] };
  sheets: SheetSpec[];
  activeTab?: number;
  encrypted?: boolean;
}

/** Builds a Workbook (BIFF8) or Book (BIFF5) stream. */
export function buildWorkbookStream(spec: BookSpec): Uint8Array {
  const biff5 = spec.biff === 5;
  const text = (s: string, short: boolean): Uint8Array => (biff5 ? concat([short ? new Uint8Array([s.length]) : u16(s.length), latin1(s)]) : xlString(s, short));
  const sheetStreams = spec.sheets.map((sh) =>
    concat([rec(RT.BOF, u16(biff5 ? 0x0500 : 0x0600), u16(sh.kind === 2 ? 0x20 : 0x10), u32(0), u32(0)), ...sh.records, rec(RT.EOF)]),
  );
  const globals = (offsets: number[]): Uint8Array => {
    const parts: Uint8Array[] = [rec(RT.BOF, u16(biff5 ? 0x0500 : 0x0600), u16(0x0005), u32(0), u32(0))];
    if (spec.encrypted) parts.push(rec(RT.FILEPASS, u16(1), new Uint8Array(52)));
    parts.push(rec(RT.CODEPAGE, u16(spec.codepage ?? (biff5 ? 1252 : 1200))));
    parts.push(rec(RT.WINDOW1, new Uint8Array(10), u16(spec.activeTab ?? 0), u16(0), u16(1), u16(600)));
    if (spec.date1904) parts.push(rec(RT.DATEMODE, u16(1)));
    for (const [id, code] of spec.formats ?? []) parts.push(rec(RT.FORMAT, u16(id), text(code, biff5)));
    for (const id of spec.xfFormatIds ?? [0]) parts.push(rec(RT.XF, u16(0), u16(id), new Uint8Array(biff5 ? 12 : 16)));
    spec.sheets.forEach((sh, i) => {
      parts.push(rec(RT.BOUNDSHEET, u32(offsets[i] ?? 0), new Uint8Array([sh.state ?? 0, sh.kind ?? 0]), text(sh.name, true)));
    });
    if (spec.sst) {
      const [first, ...rest] = spec.sst.segments;
      parts.push(rec(RT.SST, u32(spec.sst.count), u32(spec.sst.count), first ?? new Uint8Array(0)));
      for (const seg of rest) parts.push(rec(RT.CONTINUE, seg));
    }
    parts.push(rec(RT.EOF));
    return concat(parts);
  };
  const length = globals(spec.sheets.map(() => 0)).length;
  const offsets: number[] = [];
  let o = length;
  for (const s of sheetStreams) {
    offsets.push(o);
    o += s.length;
  }
  return concat([globals(offsets), ...sheetStreams]);
}
