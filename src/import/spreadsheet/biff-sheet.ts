// One worksheet substream of a BIFF5/BIFF8 Workbook stream → cells in a GridBuilder.
// Cell records: LABELSST (shared string), LABEL/RSTRING (inline text), RK/MULRK (compressed
// numbers), NUMBER, FORMULA (+ STRING for a text result), BOOLERR. BLANK/MULBLANK hold no value.
import type { CellValue } from "../../core/table/grid";
import { decode8 } from "./biff-globals";
import type { BiffGlobals } from "./biff-globals";
import { EndOfRecord, RT, SegmentReader, readUnicodeString, type BiffRecord } from "./biff-stream";
import type { GridBuilder } from "./grid-builder";

const ERRORS: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

const scratch = new DataView(new ArrayBuffer(8));

/**
 * Decodes an RK number: bit 1 says a 30-bit signed integer, otherwise the upper 30 bits of a
 * double; bit 0 says the value was multiplied by 100 (how Excel packs amounts like 515.02).
 */
export function decodeRk(rk: number): number {
  let value: number;
  if (rk & 2) {
    value = rk >> 2;
  } else {
    scratch.setUint32(0, 0, true);
    scratch.setUint32(4, (rk & 0xfffffffc) >>> 0, true);
    value = scratch.getFloat64(0, true);
  }
  return rk & 1 ? value / 100 : value;
}

function f64(r: SegmentReader): number {
  const b = r.bytes(8);
  return new DataView(b.buffer).getFloat64(0, true);
}

function numberValue(n: number): CellValue {
  return Number.isFinite(n) ? n : "#NUM!";
}

/**
 * Reads the substream whose BOF is `records[start]` into `builder`; returns warnings for records
 * that were cut short. Charts embedded in the sheet (nested BOF…EOF) are skipped.
 */
export function readSheetRecords(
  records: readonly BiffRecord[],
  start: number,
  globals: BiffGlobals,
  builder: GridBuilder,
): { warnings: string[]; missingStrings: { row: number; col: number; index: number }[] } {
  const warnings: string[] = [];
  const missingStrings: { row: number; col: number; index: number }[] = [];
  const fmt = (xf: number): string => globals.xfFormats[xf] ?? "General";
  const text = (r: SegmentReader): string =>
    globals.biff === 8 ? readUnicodeString(r, false) : decode8(r.bytes(Math.min(r.u16(), r.remaining())), globals.codepage);
  let pendingFormula: { row: number; col: number; xf: number } | undefined;
  let depth = 0;

  for (let i = start; i < records.length; i += 1) {
    const rec = records[i]!;
    if (rec.type === RT.BOF) {
      depth += 1;
      continue;
    }
    if (rec.type === RT.EOF) {
      depth -= 1;
      if (depth <= 0) return { warnings, missingStrings };
      continue;
    }
    if (depth !== 1) continue;
    const r = SegmentReader.at(records, i);
    try {
      switch (rec.type) {
        case RT.LABELSST: {
          const [row, col, xf] = [r.u16(), r.u16(), r.u16()];
          const index = r.u32();
          const value = globals.sst[index];
          if (value === undefined) missingStrings.push({ row, col, index });
          else builder.set(row, col, value, fmt(xf));
          break;
        }
        case RT.LABEL:
        case RT.RSTRING: {
          const [row, col, xf] = [r.u16(), r.u16(), r.u16()];
          builder.set(row, col, text(r), fmt(xf));
          break;
        }
        case RT.NUMBER: {
          const [row, col, xf] = [r.u16(), r.u16(), r.u16()];
          builder.set(row, col, numberValue(f64(r)), fmt(xf));
          break;
        }
        case RT.RK: {
          const [row, col, xf] = [r.u16(), r.u16(), r.u16()];
          builder.set(row, col, decodeRk(r.u32()), fmt(xf));
          break;
        }
        case RT.MULRK: {
          const row = r.u16();
          const first = r.u16();
          const count = Math.floor((rec.data.length - 6) / 6);
          for (let k = 0; k < count; k += 1) {
            const xf = r.u16();
            builder.set(row, first + k, decodeRk(r.u32()), fmt(xf));
          }
          break;
        }
        case RT.BOOLERR: {
          const [row, col, xf] = [r.u16(), r.u16(), r.u16()];
          const value = r.u8();
          const isError = r.u8() === 1;
          builder.set(row, col, isError ? (ERRORS[value] ?? "#N/A") : value !== 0, fmt(xf));
          break;
        }
        case RT.FORMULA: {
          const [row, col, xf] = [r.u16(), r.u16(), r.u16()];
          const result = r.bytes(8);
          pendingFormula = undefined;
          if (result[6] === 0xff && result[7] === 0xff) {
            // Not a number: byte 0 says string (in the next STRING record), boolean, error or "".
            if (result[0] === 0) pendingFormula = { row, col, xf };
            else if (result[0] === 1) builder.set(row, col, result[2] !== 0, fmt(xf));
            else if (result[0] === 2) builder.set(row, col, ERRORS[result[2]!] ?? "#N/A", fmt(xf));
          } else {
            builder.set(row, col, numberValue(new DataView(result.buffer).getFloat64(0, true)), fmt(xf));
          }
          break;
        }
        case RT.STRING:
          if (pendingFormula) {
            builder.set(pendingFormula.row, pendingFormula.col, text(r), fmt(pendingFormula.xf));
            pendingFormula = undefined;
          }
          break;
      }
    } catch (e) {
      if (!(e instanceof EndOfRecord)) throw e;
      warnings.push(`cell record 0x${rec.type.toString(16)} at offset ${rec.offset} is cut short`);
    }
  }
  warnings.push("the sheet has no EOF record (truncated)");
  return { warnings, missingStrings };
}
