// Spreadsheet bank exports (.xlsx and legacy .xls) → grids for the table reader.
export { isXlsx, readXlsxGrids } from "./read-xlsx";
export { isXls, readXlsGrids } from "./read-xls";
export { isDateFormat } from "./number-format";
export type { SheetInfo, SpreadsheetOptions, SpreadsheetResult } from "./types";
