// What the spreadsheet readers take and give. Both readers are pure (bytes in, grids out) and
// never throw: whatever breaks becomes a `file-unreadable` problem naming the part that broke.
import type { Grid } from "../../core/table/grid";
import type { Lang, Problem } from "../../core/problems";

/** Options of `readXlsxGrids` / `readXlsGrids`. */
export interface SpreadsheetOptions {
  /** File name used as `sheet` in whole-file problems; defaults to "workbook". */
  fileName?: string;
  lang?: Lang;
  /** Largest row count read per sheet (default 1,048,576, Excel's limit); the rest is a problem. */
  maxRows?: number;
}

/** One sheet of the workbook as listed in it (grids come in the same order). */
export interface SheetInfo {
  name: string;
  /** "hidden"/"veryHidden" sheets are still read; callers usually skip them. */
  state: "visible" | "hidden" | "veryHidden";
  /** The tab selected when the file was saved (bank exports put their data there). */
  active: boolean;
  /** False for chart / macro sheets, which give no grid. */
  hasGrid: boolean;
}

/** What a spreadsheet reader returns. */
export interface SpreadsheetResult {
  /** One grid per worksheet that could be read, in tab order. */
  grids: Grid[];
  problems: Problem[];
  /** True when date serials count from 1904-01-01 (Mac Excel's date system), not 1899-12-30. */
  date1904: boolean;
  /** Every sheet the workbook lists, including ones that gave no grid. */
  sheets: SheetInfo[];
}
