// Office range data → the core's Grid. Pure, so it is tested without Excel.
import type { CellValue, Grid } from "../core/table/grid";

/** Office returns "" for an empty cell; the core wants null. */
export function toCellValue(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

/**
 * Appends an Office block (values + numberFormat) to a grid's rows. An empty cell reports
 * "General" whatever its format: a formatted empty cell is not data (the ExcelJS adapter agrees).
 */
export function appendBlock(grid: Grid, values: unknown[][], formats: unknown[][]): void {
  const fmts = (grid.numberFormats ??= []);
  for (let r = 0; r < values.length; r++) {
    const row = (values[r] ?? []).map(toCellValue);
    grid.values.push(row);
    fmts.push(row.map((v, c) => (v === null ? "General" : String(formats[r]?.[c] ?? "General"))));
  }
}

/** Drops trailing rows and columns that are wholly empty (a fixed header window reads past the data). */
export function trimGrid(grid: Grid): Grid {
  let rows = grid.values.length;
  while (rows > 0 && (grid.values[rows - 1] ?? []).every((v) => v === null)) rows--;
  let cols = 0;
  for (let r = 0; r < rows; r++) {
    const row = grid.values[r] ?? [];
    for (let c = row.length - 1; c >= cols; c--) {
      if (row[c] !== null) {
        cols = c + 1;
        break;
      }
    }
  }
  const values = grid.values.slice(0, rows).map((row) => row.slice(0, cols));
  const out: Grid = { ...grid, values };
  if (grid.numberFormats) out.numberFormats = grid.numberFormats.slice(0, rows).map((row) => row.slice(0, cols));
  return out;
}
