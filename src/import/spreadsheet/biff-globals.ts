// The workbook globals substream of a BIFF5/BIFF8 Workbook stream: sheet list, code page, date
// system, number formats and cell styles (XF), and the shared string table (SST).
import { codepageDecoder } from "./codepage";
import { formatCode } from "./number-format";
import { EndOfRecord, RT, SegmentReader, readRichString, readUnicodeString, type BiffRecord } from "./biff-stream";

/** One BOUNDSHEET record: a sheet and where its substream starts. */
export interface BoundSheet {
  name: string;
  /** Stream offset of the sheet's BOF record. */
  offset: number;
  state: "visible" | "hidden" | "veryHidden";
  /** 0 worksheet, 1 macro sheet, 2 chart, 6 VBA module. */
  kind: number;
}

export interface BiffGlobals {
  /** 8 for BIFF8 (Excel 97–2003), 5 for BIFF5/7 (Excel 5/95). */
  biff: 5 | 8;
  codepage: number;
  date1904: boolean;
  sst: string[];
  /** Number format code per XF (cell style) index. */
  xfFormats: string[];
  sheets: BoundSheet[];
  activeTab: number;
  /** The file is password-protected (FILEPASS): its records are encrypted. */
  encrypted: boolean;
  /** Index (in the record list) just after the globals' EOF. */
  end: number;
  /** What could not be read, for the caller's problems. */
  warnings: string[];
}

const STATES = ["visible", "hidden", "veryHidden"] as const;

/** Decodes 8-bit text in the workbook's code page (BIFF5); Latin-1 when the page is unknown. */
export function decode8(bytes: Uint8Array, codepage: number): string {
  const decoder = codepageDecoder(codepage);
  if (decoder) return decoder.decode(bytes);
  let out = "";
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

/** Reads a BIFF5 byte string: length (u8 or u16) then bytes in the code page. */
export function readByteString(r: SegmentReader, shortLength: boolean, codepage: number): string {
  const n = shortLength ? r.u8() : r.u16();
  return decode8(r.bytes(Math.min(n, r.remaining())), codepage);
}

export function readGlobals(records: readonly BiffRecord[]): BiffGlobals {
  const g: BiffGlobals = {
    biff: 8,
    codepage: 1252,
    date1904: false,
    sst: [],
    xfFormats: [],
    sheets: [],
    activeTab: 0,
    encrypted: false,
    end: records.length,
    warnings: [],
  };
  const bof = records[0];
  if (!bof || bof.type !== RT.BOF || bof.data.length < 4) {
    g.warnings.push("the Workbook stream does not start with a BOF record (BIFF2–4 or damaged)");
    g.end = 0;
    return g;
  }
  const version = bof.data[0]! | (bof.data[1]! << 8);
  g.biff = version === 0x0500 ? 5 : 8;
  if (version !== 0x0600 && version !== 0x0500) g.warnings.push(`unexpected BIFF version 0x${version.toString(16)}; read as BIFF8`);
  const customFormats = new Map<number, string>();
  const xfIds: number[] = [];

  for (let i = 1; i < records.length; i += 1) {
    const rec = records[i]!;
    const r = SegmentReader.at(records, i);
    try {
      switch (rec.type) {
        case RT.EOF:
          g.end = i + 1;
          g.xfFormats = xfIds.map((id) => formatCode(id, customFormats));
          return g;
        case RT.FILEPASS:
          g.encrypted = true;
          break;
        case RT.CODEPAGE:
          g.codepage = r.u16();
          break;
        case RT.DATEMODE:
          g.date1904 = r.u16() === 1;
          break;
        case RT.WINDOW1:
          r.skip(10);
          g.activeTab = r.u16();
          break;
        case RT.FORMAT: {
          const id = r.u16();
          customFormats.set(id, g.biff === 8 ? readUnicodeString(r, false) : readByteString(r, true, g.codepage));
          break;
        }
        case RT.XF:
          r.u16(); // font index
          xfIds.push(r.u16());
          break;
        case RT.BOUNDSHEET: {
          const offset = r.u32();
          const state = STATES[r.u8() & 3] ?? "visible";
          const kind = r.u8();
          const name = g.biff === 8 ? readUnicodeString(r, true) : readByteString(r, true, g.codepage);
          g.sheets.push({ name, offset, state, kind });
          break;
        }
        case RT.SST:
          g.sst = readSst(r, g.warnings);
          break;
      }
    } catch (e) {
      if (!(e instanceof EndOfRecord)) throw e;
      g.warnings.push(`record 0x${rec.type.toString(16)} at offset ${rec.offset} is cut short`);
    }
    if (g.encrypted) break; // nothing after FILEPASS can be read without the password
  }
  g.xfFormats = xfIds.map((id) => formatCode(id, customFormats));
  if (!g.encrypted) g.warnings.push("the workbook globals have no EOF record (truncated)");
  return g;
}

/** The shared strings; a table cut short keeps the strings read so far. */
function readSst(r: SegmentReader, warnings: string[]): string[] {
  r.u32(); // total references, not needed
  const unique = r.u32();
  const strings: string[] = [];
  try {
    for (let k = 0; k < unique; k += 1) {
      if (r.remaining() === 0) break; // some writers overstate the count
      strings.push(readRichString(r));
    }
  } catch (e) {
    if (!(e instanceof EndOfRecord)) throw e;
    warnings.push(`the shared string table ends after ${strings.length} of ${unique} strings`);
  }
  return strings;
}
