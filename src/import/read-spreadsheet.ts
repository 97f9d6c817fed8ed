// .xlsx / .xls bank exports: the spreadsheet readers (./spreadsheet) turn the workbook into grids,
// and the same table reading as CSV applies to the one sheet that holds the transactions: the
// sheet whose header names the most known columns, the active tab breaking a tie (WeChat's .xlsx
// carries a Power Query copy of the same rows on another tab; reading both would double them).
import type { Grid } from "../core/table/grid";
import type { ImportResult, ReaderContext } from "./types";
import { readXlsGrids, readXlsxGrids } from "./spreadsheet";
import { readTable } from "./csv/read-table";
import type { TableRow } from "./csv/read-table";
import { cleanCell } from "./csv/read-table";
import { headerScore } from "./csv/columns";

function gridRows(grid: Grid): TableRow[] {
  return grid.values.map((cells, r) => ({
    line: grid.firstRow + r,
    // Leading empty columns are kept so column letters in problems stay right.
    cells: [...Array<null>(grid.firstColumn - 1).fill(null), ...cells],
  }));
}

function bestHeaderScore(grid: Grid): number {
  let best = 0;
  for (const row of grid.values.slice(0, 80)) best = Math.max(best, headerScore(row.map(cleanCell)));
  return best;
}

export function readSpreadsheet(bytes: Uint8Array, format: "xlsx" | "xls", ctx: ReaderContext): ImportResult {
  const read = format === "xlsx" ? readXlsxGrids : readXlsGrids;
  const book = read(bytes, { fileName: ctx.sheet, lang: ctx.lang });
  const encoding = format === "xlsx" ? "utf-8" : "utf-16le";
  const candidates = book.grids
    .map((grid, index) => ({ grid, score: bestHeaderScore(grid), active: book.sheets.find((s) => s.name === grid.sheet)?.active ?? false, index }))
    .sort((a, b) => b.score - a.score || Number(b.active) - Number(a.active) || a.index - b.index);
  const chosen = candidates[0];
  if (!chosen) return { format, encoding, payments: [], problems: book.problems, balances: [] };
  const out = readTable(gridRows(chosen.grid), format, { ...ctx, sheet: `${ctx.sheet}!${chosen.grid.sheet}` }, { date1904: book.date1904 });
  return { format, encoding, payments: out.payments, problems: [...book.problems, ...out.problems], balances: [] };
}
