// Reading sheets through Office.js. The first sync loads each used range's extent together with
// its first rows (a sample, kept as data), which tells us the bytes per cell; the rest is read in
// blocks sized to fill each sync, several sheets per sync, so syncs grow with bytes, not rows.
import type { Grid } from "../core/table/grid";
import { WorkbookError } from "../app/errors";
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

/** Rows read with the extent: enough to size the blocks, small enough never to threaten the limit. */
const SAMPLE_ROWS = 200;
/** Margin on the measured bytes per cell: later rows may hold longer text than the sample. */
const MARGIN = 1.15;

export async function readUsedRanges(
  ctx: Excel.RequestContext,
  names: string[],
  sync: (subject: string) => Promise<void>,
): Promise<Grid[]> {
  const probe = (withSample: boolean): { used: Excel.Range; head: Excel.Range | null }[] =>
    names.map((name) => {
      const used = ctx.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
      used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
      if (!withSample) return { used, head: null };
      const head = used.getRow(0).getResizedRange(SAMPLE_ROWS - 1, 0);
      head.load(["values", "numberFormat"]);
      return { used, head };
    });
  let probes = probe(true);
  try {
    await sync(names.join(", "));
  } catch (err) {
    // An empty sheet has no used range to take a sample from: ask for the extents alone.
    if (!(err instanceof WorkbookError) || err.code === "cell-edit-mode") throw err;
    probes = probe(false);
    await sync(names.join(", "));
  }
  let bytes = 0;
  let cells = 0;
  const pending: Pending[] = names.map((name, i) => {
    const { used, head } = probes[i]!;
    const grid: Grid = { sheet: name, firstRow: 1, firstColumn: 1, values: [], numberFormats: [] };
    if (used.isNullObject) return { grid, sheet: name, row: 0, column: 0, rows: 0, columns: 0, done: 0 };
    grid.firstRow = used.rowIndex + 1;
    grid.firstColumn = used.columnIndex + 1;
    const take = head ? Math.min(used.rowCount, SAMPLE_ROWS) : 0;
    const values = head ? head.values.slice(0, take) : [];
    const formats = head ? head.numberFormat.slice(0, take) : [];
    appendBlock(grid, values, formats);
    bytes += jsonBytes(values) + jsonBytes(formats);
    cells += take * used.columnCount;
    return { grid, sheet: name, row: used.rowIndex, column: used.columnIndex, rows: used.rowCount, columns: used.columnCount, done: take };
  });
  let cellBytes = cells > 0 ? Math.max(4, (bytes / cells) * MARGIN) : 48;
  for (;;) {
    const batch: { p: Pending; start: number; rows: number; range: Excel.Range }[] = [];
    let room = SYNC_BUDGET;
    for (const p of pending) {
      if (p.done >= p.rows) continue;
      const fit = Math.floor(room / (cellBytes * p.columns));
      if (fit < 1 && batch.length > 0) break;
      const rows = Math.max(1, Math.min(p.rows - p.done, fit));
      const range = ctx.workbook.worksheets.getItem(p.sheet).getRangeByIndexes(p.row + p.done, p.column, rows, p.columns);
      range.load(["values", "numberFormat"]);
      batch.push({ p, start: p.done, rows, range });
      p.done += rows;
      room -= rows * cellBytes * p.columns;
      if (room <= 0) break;
    }
    if (batch.length === 0) break;
    try {
      await sync(batch.map((b) => b.p.sheet).join(", "));
    } catch (err) {
      // Later rows were bigger than the estimate: give the rows back and read smaller blocks.
      if (!(err instanceof WorkbookError && err.code === "payload-too-large")) throw err;
      if (batch.length === 1 && batch[0]!.rows === 1) throw err;
      for (const b of batch) b.p.done = Math.min(b.p.done, b.start);
      cellBytes *= 2;
      continue;
    }
    let got = 0;
    let n = 0;
    for (const b of batch) {
      appendBlock(b.p.grid, b.range.values, b.range.numberFormat);
      got += jsonBytes(b.range.values) + jsonBytes(b.range.numberFormat);
      n += b.rows * b.p.columns;
    }
    cellBytes = Math.max(cellBytes / 2, (got / Math.max(1, n)) * MARGIN);
  }
  return pending.map((p) => p.grid);
}
