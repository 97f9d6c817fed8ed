// One worksheet part → Grid. Cells may lack their `r` reference (then they follow the previous
// cell / row), rows may be sparse, formulas give their cached `<v>` result.
import type { CellValue, Grid } from "../../core/table/grid";
import { columnLetter } from "../../core/table/grid";
import type { Lang, Problem } from "../../core/problems";
import { GridBuilder } from "./grid-builder";
import { unreadable } from "./problems";
import { unescapeOoxml } from "./xlsx-workbook";
import { scanXml } from "./xml-scan";

/** What a worksheet needs from the rest of the workbook. */
export interface SheetContext {
  sheet: string;
  sharedStrings: readonly string[];
  /** Number format code per cell style index. */
  styleFormats: readonly string[];
  date1904: boolean;
  lang: Lang;
  maxRows?: number;
}

/** "BC12" → { row: 11, col: 54 } (0-based); undefined when it is not a cell reference. */
export function parseCellRef(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of (m[1] ?? "").toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Serial day number of an ISO date-time (`t="d"` cells), in the workbook's date system. */
function isoToSerial(text: string, date1904: boolean): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(text.trim());
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), 0);
  const seconds = Number(m[6] ?? 0);
  const days = (ms - Date.UTC(1899, 11, 30)) / 86_400_000 + seconds / 86_400;
  return date1904 ? days - 1462 : days;
}

/** Cell-level problems listed one by one per sheet; beyond this, one summary (a damaged table can break every cell). */
export const MAX_CELL_PROBLEMS = 20;

interface CellState {
  row: number;
  col: number;
  type: string;
  style: number;
  v: string[];
  inline: string[];
  hasInline: boolean;
}

export function readWorksheet(xml: string, ctx: SheetContext): { grid: Grid; problems: Problem[] } {
  const builder = new GridBuilder(ctx.sheet, ctx.maxRows);
  const problems: Problem[] = [];
  let inSheetData = false;
  let missingStrings = 0;
  let row = -1;
  let col = -1;
  let cell: CellState | undefined;
  let inV = false;
  let inT = false;
  let phonetic = 0;

  const finish = (c: CellState): void => {
    const format = ctx.styleFormats[c.style] ?? ctx.styleFormats[0] ?? "General";
    const at = { row: c.row + 1, column: columnLetter(c.col + 1) };
    const v = c.v.join("");
    let value: CellValue = null;
    switch (c.type) {
      case "s": {
        const index = Number(v);
        const text = v.trim() === "" ? undefined : ctx.sharedStrings[index];
        if (text === undefined && v !== "" && ++missingStrings <= MAX_CELL_PROBLEMS) {
          problems.push(unreadable(ctx.lang, ctx.sheet, {
            en: `shared string ${v} is missing from the file`,
            zh: `共享字符串 ${v} 在文件中缺失`,
          }, { ...at, raw: v }));
        }
        value = text ?? null;
        break;
      }
      case "str":
      case "e":
        value = v === "" && c.hasInline ? unescapeOoxml(c.inline.join("")) : v === "" ? null : unescapeOoxml(v);
        break;
      case "inlineStr":
        value = c.hasInline ? unescapeOoxml(c.inline.join("")) : v === "" ? null : v;
        break;
      case "b":
        value = v === "" ? null : v.trim() === "1" || v.trim().toLowerCase() === "true";
        break;
      case "d":
        value = v === "" ? null : (isoToSerial(v, ctx.date1904) ?? v);
        break;
      default: {
        if (v.trim() === "") {
          value = c.hasInline ? unescapeOoxml(c.inline.join("")) : null;
        } else {
          const n = Number(v);
          // A number that does not parse stays as its text, so the reader flags it rather than reading 0.
          value = Number.isFinite(n) ? n : v;
        }
      }
    }
    builder.set(c.row, c.col, value, c.type === "d" && format === "General" ? "yyyy-mm-dd hh:mm:ss" : format);
  };

  scanXml(xml, {
    open(name, attrs, selfClosing) {
      if (name === "sheetData") {
        inSheetData = !selfClosing;
      } else if (!inSheetData) {
        return;
      } else if (name === "row") {
        const r = Number(attrs.r);
        row = Number.isInteger(r) && r >= 1 ? r - 1 : row + 1;
        col = -1;
      } else if (name === "c") {
        const ref = attrs.r === undefined ? undefined : parseCellRef(attrs.r);
        if (ref) {
          if (row < 0) row = ref.row;
          col = ref.col;
        } else {
          if (row < 0) row = 0;
          col += 1;
        }
        const style = Number(attrs.s ?? "0");
        cell = {
          row: ref ? ref.row : row,
          col,
          type: attrs.t ?? "n",
          style: Number.isInteger(style) && style >= 0 ? style : 0,
          v: [],
          inline: [],
          hasInline: false,
        };
        if (selfClosing) cell = undefined; // a styled empty cell: no value
      } else if (cell) {
        if (name === "v") inV = !selfClosing;
        else if (name === "is") cell.hasInline = true;
        else if (name === "rPh") phonetic += selfClosing ? 0 : 1;
        else if (name === "t") inT = !selfClosing;
      }
    },
    close(name) {
      if (name === "sheetData") inSheetData = false;
      else if (name === "v") inV = false;
      else if (name === "t") inT = false;
      else if (name === "rPh") phonetic = Math.max(0, phonetic - 1);
      else if (name === "c" && cell) {
        finish(cell);
        cell = undefined;
      }
    },
    text(text) {
      if (!cell) return;
      if (inV) cell.v.push(text);
      else if (inT && phonetic === 0 && cell.hasInline) cell.inline.push(text);
    },
  });
  if (cell || inSheetData) {
    // The part ends inside the cell table: the last cell may be cut short, so it is not used.
    problems.push(unreadable(ctx.lang, ctx.sheet, {
      en: "the worksheet ends early (damaged or truncated); rows after the break are missing",
      zh: "工作表数据提前结束（文件损坏或不完整），断点之后的行缺失",
    }, { row: row + 1 }));
  }
  if (missingStrings > MAX_CELL_PROBLEMS) {
    problems.push(unreadable(ctx.lang, ctx.sheet, {
      en: `${missingStrings - MAX_CELL_PROBLEMS} more cells refer to shared strings missing from the file`,
      zh: `另有 ${missingStrings - MAX_CELL_PROBLEMS} 个单元格引用的共享字符串在文件中缺失`,
    }));
  }
  if (builder.outOfRange > 0) {
    problems.push(unreadable(ctx.lang, ctx.sheet, {
      en: `${builder.outOfRange} cells lie beyond the sheet's row/column limit and were not read`,
      zh: `${builder.outOfRange} 个单元格超出工作表行列范围，未读取`,
    }));
  }
  return { grid: builder.build(), problems };
}
