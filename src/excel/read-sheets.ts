// Reading sheets through Office.js: one sync for the used ranges, then value blocks sized by the
// bytes they carry (adapting the estimate as real blocks come back), several sheets per sync.
import type { Grid } from "../core/table/grid";
import { WorkbookError } from "../app/errors";
import { officeErrorCode } from "./office-errors";
import { SYNC_BUDGET, jsonBytes } from "./payload";
import { appendBlock } from "./to-grid";

interface Pending {
  grid: Grid;
  sheet: string;
  /** 0-based first row / column of the used range and its size. */
  row: number;
  column: number;
  rows: number;
  columns: number;
  /** Rows already read. */
  done: number;
}

/** First guess at bytes per cell (value + number format), corrected after every block. */
const INITIAL_CELL_BYTES = 48;

export async function readUsedRanges(
  ctx: Excel.RequestContext,
  names: string[],
  sync: (subject: string) => Promise<void>,
): Promise<Grid[]> {
  const used = names.map((name) => {
    const range = ctx.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    range.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
    return range;
  });
  await sync(names.join(", "));
  const pending: Pending[] = names.map((name, i) => {
    const r = used[i]!;
    const grid: Grid = { sheet: name, firstRow: 1, firstColumn: 1, values: [], numberFormats: [] };
    if (r.isNullObject) return { grid, sheet: name, row: 0, column: 0, rows: 0, columns: 0, done: 0 };
    grid.firstRow = r.rowIndex + 1;
    grid.firstColumn = r.columnIndex + 1;
    return { grid, sheet: name, row: r.rowIndex, column: r.columnIndex, rows: r.rowCount, columns: r.columnCount, done: 0 };
  });
  let cellBytes = INITIAL_CELL_BYTES;
  for (;;) {
    const batch: { p: Pending; start: number; rows: number; range: Excel.Range }[] = [];
    let budget = SYNC_BUDGET;
    for (const p of pending) {
      while (p.done < p.rows && budget > 0) {
        const rows = Math.max(1, Math.min(p.rows - p.done, Math.floor(budget / (cellBytes * p.columns))));
        if (rows * cellBytes * p.columns > budget && batch.length > 0) break;
        const range = ctx.workbook.worksheets.getItem(p.sheet).getRangeByIndexes(p.row + p.done, p.column, rows, p.columns);
        range.load(["values", "numberFormat"]);
        batch.push({ p, start: p.done, rows, range });
        p.done += rows;
        budget -= rows * cellBytes * p.columns;
      }
      if (budget <= 0) break;
    }
    if (batch.length === 0) break;
    try {
      await sync(batch.map((b) => b.p.sheet).join(", "));
    } catch (err) {
      // Our estimate was too low for these cells: give the rows back, read smaller blocks.
      if (!(err instanceof WorkbookError && err.code === "payload-too-large") && officeErrorCode(err) !== "RequestPayloadSizeLimitExceeded") throw err;
      if (batch.length === 1 && batch[0]!.rows === 1) throw err;
      for (const b of batch) b.p.done = Math.min(b.p.done, b.start);
      cellBytes *= 2;
      continue;
    }
    let bytes = 0;
    let cells = 0;
    for (const b of batch) {
      appendBlock(b.p.grid, b.range.values, b.range.numberFormat);
      bytes += jsonBytes(b.range.values) + jsonBytes(b.range.numberFormat);
      cells += b.rows * b.p.columns;
    }
    // Aim at the largest cells seen so far, with a margin, so the next batch stays under the limit.
    cellBytes = Math.max(cellBytes * 0.5, (bytes / Math.max(1, cells)) * 1.25);
  }
  return pending.map((p) => p.grid);
}
