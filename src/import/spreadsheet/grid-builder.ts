// Collects cells as a file lists them (any order, with gaps) and lays them out as a core Grid:
// the grid starts at the first row and column that hold a value, rows are ragged, gaps are null.
import type { CellValue, Grid } from "../../core/table/grid";

/** Excel's sheet limits; a cell beyond them can only come from a damaged file. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

interface RowCells {
  values: CellValue[];
  formats: string[];
}

export class GridBuilder {
  private readonly rows: (RowCells | undefined)[] = [];
  private minRow = Infinity;
  private maxRow = -1;
  private minCol = Infinity;
  /** Cells skipped because they lie beyond the row / column limits. */
  outOfRange = 0;

  constructor(
    private readonly sheet: string,
    private readonly maxRows: number = MAX_ROWS,
  ) {}

  /** Records a cell at 0-based `row`/`col`; empty (null) cells only matter through their neighbours. */
  set(row: number, col: number, value: CellValue, format: string): void {
    if (value === null) return;
    if (!(row >= 0 && row < Math.min(this.maxRows, MAX_ROWS) && col >= 0 && col < MAX_COLUMNS)) {
      this.outOfRange += 1;
      return;
    }
    let cells = this.rows[row];
    if (!cells) {
      cells = { values: [], formats: [] };
      this.rows[row] = cells;
    }
    cells.values[col] = value;
    cells.formats[col] = format;
    if (row < this.minRow) this.minRow = row;
    if (row > this.maxRow) this.maxRow = row;
    if (col < this.minCol) this.minCol = col;
  }

  build(): Grid {
    const values: CellValue[][] = [];
    const numberFormats: string[][] = [];
    if (this.maxRow < 0) {
      return { sheet: this.sheet, firstRow: 1, firstColumn: 1, values, numberFormats };
    }
    for (let r = this.minRow; r <= this.maxRow; r += 1) {
      const cells = this.rows[r];
      const rowValues: CellValue[] = [];
      const rowFormats: string[] = [];
      if (cells) {
        for (let c = this.minCol; c < cells.values.length; c += 1) {
          rowValues.push(cells.values[c] ?? null);
          rowFormats.push(cells.formats[c] ?? "General");
        }
      }
      values.push(rowValues);
      numberFormats.push(rowFormats);
    }
    return { sheet: this.sheet, firstRow: this.minRow + 1, firstColumn: this.minCol + 1, values, numberFormats };
  }
}
