// A sheet as the adapters hand it to the core: plain values, no Office or ExcelJS objects.
// Excel's JavaScript API gives dates as serial numbers plus a number format; the ExcelJS adapter converts its
// Date objects back to serials so both adapters give the core the same grid.

/** One cell value: text, number (incl. date serials), boolean, or empty (null). */
export type CellValue = string | number | boolean | null;

export interface Grid {
  /** Sheet name (or file name for an imported export), used in every Problem. */
  sheet: string;
  /** 1-based sheet row number of `values[0]` (a used range need not start at row 1). */
  firstRow: number;
  /** 1-based column number of `values[r][0]` (1 = column A). */
  firstColumn: number;
  /** Row-major cell values; rows may be ragged. */
  values: CellValue[][];
  /** Number formats aligned with `values` ("General", "yyyy-mm-dd", "@" for text …), when known. */
  numberFormats?: string[][];
}

/** Column letters for a 1-based column number: 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
