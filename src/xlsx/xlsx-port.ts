// WorkbookPort on ExcelJS, for the CLI and the pane in a plain browser. No Node APIs here: bytes
// come in and go out as Uint8Array (see xlsx-file.ts); file I/O lives in src/cli.
import type ExcelJS from "exceljs";
import type { CellValue, Grid } from "../core/table/grid";
import { cellFormatFor, cellValueFor } from "../app/cells";
import type { CellBlock, ChartSpec, ConditionalRule, SheetInfo, SheetVisibility, TabSpec, WorkbookPort } from "../app/port";
import { WorkbookError } from "../app/errors";
import { readCellValue } from "./cell-read";

const HEADER_FILL = "FFDDEBF7";

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

function parseRange(range: string): { r0: number; c0: number; r1: number; c1: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(range.toUpperCase());
  if (!m) throw new RangeError(`unsupported range ${range}`);
  const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { r0: Number(m[2]), c0: col(m[1]!), r1: m[4] ? Number(m[4]) : Number(m[2]), c1: m[3] ? col(m[3]) : col(m[1]!) };
}

export class XlsxPort implements WorkbookPort {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new WorkbookError("sheet-missing", name);
    return ws;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.workbook.worksheets.map((ws) => ({ name: ws.name, visibility: (ws.state ?? "visible") as SheetVisibility }));
  }

  async readSheets(names: string[]): Promise<Grid[]> {
    return names.map((name) => this.readWindow(name, Infinity, Infinity));
  }

  async readHeads(names: string[], rows: number, columns: number): Promise<Grid[]> {
    return names.map((name) => this.readWindow(name, rows, columns));
  }

  /** The used range (cells with a value) within rows 1..maxRow and columns 1..maxColumn. */
  private readWindow(name: string, maxRow: number, maxColumn: number): Grid {
    const ws = this.sheet(name);
    const cells: { r: number; c: number; v: CellValue; f: string }[] = [];
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = 0;
    let c1 = 0;
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      if (r > maxRow) return;
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (c > maxColumn) return;
        const v = readCellValue(cell.value);
        if (v === null) return;
        cells.push({ r, c, v, f: cell.numFmt || "General" });
        r0 = Math.min(r0, r);
        c0 = Math.min(c0, c);
        r1 = Math.max(r1, r);
        c1 = Math.max(c1, c);
      });
    });
    if (cells.length === 0) return { sheet: name, firstRow: 1, firstColumn: 1, values: [], numberFormats: [] };
    const height = r1 - r0 + 1;
    const width = c1 - c0 + 1;
    const values: CellValue[][] = Array.from({ length: height }, () => Array<CellValue>(width).fill(null));
    // Empty cells report "General" like Office; a formatted empty cell is not data.
    const numberFormats: string[][] = Array.from({ length: height }, () => Array<string>(width).fill("General"));
    for (const cell of cells) {
      values[cell.r - r0]![cell.c - c0] = cell.v;
      numberFormats[cell.r - r0]![cell.c - c0] = cell.f;
    }
    return { sheet: name, firstRow: r0, firstColumn: c0, values, numberFormats };
  }

  async writeTab(tab: TabSpec): Promise<void> {
    const old = this.workbook.getWorksheet(tab.name);
    if (old) this.workbook.removeWorksheet(old.id);
    const ws = this.workbook.addWorksheet(tab.name, {
      state: tab.visibility ?? "visible",
      views: tab.freezeHeader ? [{ state: "frozen", ySplit: 1 }] : [],
      // Printable: landscape, all columns on one page width.
      pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    const header = ws.getRow(1);
    tab.columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = c.header;
      cell.numFmt = "@";
      cell.font = { bold: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
      if (c.width) ws.getColumn(i + 1).width = c.width;
    });
    // The format goes on the column, which new cells inherit; a cell gets its own style only when
    // it differs (text in a number column). One style object per cell doubled ExcelJS's memory and
    // slowed saving a 100k-row tab by a third.
    const columnFormats = tab.columns.map((c) => cellFormatFor(c.kind, null));
    columnFormats.forEach((f, i) => (ws.getColumn(i + 1).numFmt = f));
    header.eachCell((cell) => (cell.numFmt = "@"));
    tab.rows.forEach((row, r) => {
      const target = ws.getRow(r + 2);
      tab.columns.forEach((c, i) => {
        const value = cellValueFor(c.kind, row[i] ?? null);
        if (value === null) return;
        const cell = target.getCell(i + 1);
        cell.value = value;
        const format = cellFormatFor(c.kind, value);
        if (format !== columnFormats[i]) cell.numFmt = format;
      });
    });
    if (tab.protect) await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true });
  }

  async ensureSheet(name: string, visibility: SheetVisibility): Promise<void> {
    const ws = this.workbook.getWorksheet(name) ?? this.workbook.addWorksheet(name);
    ws.state = visibility;
  }

  async writeCells(block: CellBlock): Promise<void> {
    const ws = this.sheet(block.sheet);
    block.values.forEach((row, i) => {
      const target = ws.getRow(block.row + i);
      row.forEach((v, j) => {
        const cell = target.getCell(block.column + j);
        cell.value = v === null ? null : v;
        cell.numFmt = "@";
      });
    });
  }

  async clearCells(sheet: string, range: string): Promise<void> {
    const ws = this.sheet(sheet);
    const { r0, c0, r1, c1 } = parseRange(range);
    for (let r = r0; r <= Math.min(r1, ws.rowCount); r++) {
      const row = ws.getRow(r);
      for (let c = c0; c <= c1; c++) row.getCell(c).value = null;
    }
  }

  async deleteSheet(name: string): Promise<void> {
    const ws = this.workbook.getWorksheet(name);
    if (ws) this.workbook.removeWorksheet(ws.id);
  }

  async addConditionalFormats(sheet: string, rules: ConditionalRule[]): Promise<void> {
    const ws = this.sheet(sheet);
    for (const rule of rules) {
      ws.addConditionalFormatting({
        ref: rule.range,
        rules: [
          {
            type: "expression",
            // 0 = "unset": ExcelJS numbers the rules in order when it writes the file.
            priority: 0,
            formulae: [rule.formula.replace(/^=/, "")],
            style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } } },
          },
        ],
      });
    }
  }

  async removeConditionalFormats(sheets: string[], marker: string): Promise<void> {
    for (const name of sheets) {
      const ws = this.workbook.getWorksheet(name);
      if (!ws) continue;
      const mine = (cf: ExcelJS.ConditionalFormattingOptions): boolean =>
        cf.rules.some((r) => "formulae" in r && (r.formulae ?? []).some((f: unknown) => String(f).includes(marker)));
      // ExcelJS keeps the list on the sheet but leaves it out of its typings.
      const holder = ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] };
      holder.conditionalFormattings = holder.conditionalFormattings.filter((cf) => !mine(cf));
    }
  }

  async addChart(_chart: ChartSpec): Promise<boolean> {
    // ExcelJS 4.4 cannot write charts; the pane says so and the data tab stands on its own.
    return false;
  }

  async flush(): Promise<void> {
    // Everything is already in the in-memory workbook; saving is the caller's step (xlsx-file.ts).
  }
}
