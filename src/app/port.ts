// The workbook port (DESIGN.md §2): everything the use-cases need from a workbook, and nothing
// about which host provides it. `src/excel` implements it on Office.js, `src/xlsx` on ExcelJS.
// Writes may be queued by an adapter until `flush()` (Office sends them in payload-sized batches);
// reads always see the writes queued before them.
import type { CellValue, Grid } from "../core/table/grid";

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export interface SheetInfo {
  name: string;
  visibility: SheetVisibility;
}

/**
 * How a column of an output tab is written. `text` cells are formatted "@" before their values so
 * that "=HYPERLINK(…)" or "-12" stays text; `money` cells take decimal strings ("1234.50");
 * `date` cells take ISO dates ("2024-10-17") and are written as serials with a date format.
 */
export type ColumnKind = "text" | "money" | "date" | "integer" | "number" | "percent" | "datetime";

export interface ColumnSpec {
  header: string;
  kind: ColumnKind;
  /** Column width in characters, when the layout cares. */
  width?: number;
}

/** An output tab, written whole: replacing a tab of the same name, never adding a second one. */
export interface TabSpec {
  name: string;
  columns: ColumnSpec[];
  /** Data rows (no header), each aligned with `columns`; values typed as the column kind says. */
  rows: CellValue[][];
  visibility?: SheetVisibility;
  /** Protect against accidental edits (DESIGN.md §10: workflow control, not access control). */
  protect?: boolean;
  /** Freeze the header row (output tabs do). */
  freezeHeader?: boolean;
}

/** A block of raw cells written into a sheet without touching the rest (marks, state). */
export interface CellBlock {
  sheet: string;
  /** 1-based top row and left column. */
  row: number;
  column: number;
  /** Written as text ("@"): these cells are Settle's own bookkeeping, never formulas. */
  values: CellValue[][];
}

/** A conditional format Settle adds to a source sheet: a formula rule and a fill colour. */
export interface ConditionalRule {
  /** A1 range on the sheet, e.g. "A2:H1001". */
  range: string;
  /** Formula relative to the range's top-left cell, e.g. `='_settle_marks'!$A2="M"`. */
  formula: string;
  /** Fill colour, "#RRGGBB". */
  fill: string;
}

export type ChartKind = "column" | "line" | "pie" | "bar";

export interface ChartSpec {
  sheet: string;
  kind: ChartKind;
  /** A1 range of the data, including the header row. */
  dataRange: string;
  title: string;
  /** A1 cell where the chart's top-left corner goes. */
  anchor: string;
}

export interface WorkbookPort {
  /** All sheets in workbook order, Settle's hidden ones included. */
  listSheets(): Promise<SheetInfo[]>;
  /** The used range of each sheet as a Grid (values and number formats), in one batch. */
  readSheets(names: string[]): Promise<Grid[]>;
  /** The top-left window (rows 1..rows, columns 1..columns) of each sheet, for header detection. */
  readHeads(names: string[], rows: number, columns: number): Promise<Grid[]>;
  /** Replaces (or creates) a tab with a header row and rows, formatted by column kind. */
  writeTab(tab: TabSpec): Promise<void>;
  /** Creates the sheet if missing, with this visibility (an existing sheet keeps its content). */
  ensureSheet(name: string, visibility: SheetVisibility): Promise<void>;
  /** Writes a block of text cells into an existing sheet. */
  writeCells(block: CellBlock): Promise<void>;
  /** Empties a rectangle (values only) of a sheet. */
  clearCells(sheet: string, range: string): Promise<void>;
  deleteSheet(name: string): Promise<void>;
  /** Adds conditional formats to a sheet; they never touch the cells' own formats. */
  addConditionalFormats(sheet: string, rules: ConditionalRule[]): Promise<void>;
  /** Removes, on each sheet, the conditional formats whose formula contains `marker`, and only those. */
  removeConditionalFormats(sheets: string[], marker: string): Promise<void>;
  /** Adds a chart; resolves false when the host cannot draw charts (ExcelJS). */
  addChart(chart: ChartSpec): Promise<boolean>;
  /** Sends every queued write. */
  flush(): Promise<void>;
}
