// Column-level evidence: the decimal separator and the date order are decided from all the
// values of a column, never from one cell alone ("3.456" is ambiguous; the column is not).
import type { Grid, CellValue } from "./grid";
import { inferDecimalSeparator, type DecimalOption } from "../parse-amount";
import { inferDateOrder, type DateOrder } from "../parse-date";

export function columnValues(grid: Grid, fromIndex: number, column: number | undefined): CellValue[] {
  if (column === undefined) return [];
  const out: CellValue[] = [];
  for (let i = fromIndex; i < grid.values.length; i++) out.push(grid.values[i]?.[column] ?? null);
  return out;
}

export function decimalOf(grid: Grid, fromIndex: number, columns: (number | undefined)[], forced?: DecimalOption): DecimalOption {
  if (forced && forced !== "auto") return forced;
  return inferDecimalSeparator(columns.flatMap((c) => columnValues(grid, fromIndex, c)));
}

export function dateOrderOf(grid: Grid, fromIndex: number, columns: (number | undefined)[], forced?: DateOrder): DateOrder {
  if (forced && forced !== "auto") return forced;
  return inferDateOrder(columns.flatMap((c) => columnValues(grid, fromIndex, c)));
}
