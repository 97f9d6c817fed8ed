// How a value of each column kind leaves the app for a workbook: both adapters call these, so a
// tab written through Office.js and one written through ExcelJS hold the same cells.
import type { CellValue } from "../core/table/grid";
import { isoDateToSerial } from "../core/excel-serial";
import { timestampToSerial } from "./excel-serial";
import type { ColumnKind } from "./port";

/** Number format per column kind. "@" is text: Excel never turns such a cell into a formula. */
export const KIND_FORMATS: Record<ColumnKind, string> = {
  text: "@",
  money: "#,##0.00",
  date: "yyyy-mm-dd",
  datetime: "yyyy-mm-dd hh:mm:ss",
  integer: "0",
  number: "General",
  percent: "0%",
};

/** Text Excel would read as a formula (or a number with a sign) if typed into a General cell. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

/** Amounts with more significant digits than a double holds exactly are written as text instead. */
const MAX_EXACT_DIGITS = 15;

/**
 * The value to put in a cell of this kind. Amounts arrive as decimal strings and cross into a
 * JS number only here, at the very edge, because a spreadsheet cell stores a double: the number is
 * never added or compared, and the guard keeps it exact (else the cell gets the decimal text).
 */
export function cellValueFor(kind: ColumnKind, value: CellValue): CellValue {
  if (value === null || value === "") return null;
  if (typeof value !== "string") return value;
  switch (kind) {
    case "money":
    case "integer":
    case "number":
    case "percent": {
      if (!/^-?\d+(\.\d+)?$/.test(value)) return value;
      const digits = value.replace(/^-?0*/, "").replace(".", "").replace(/0+$/, "").length;
      return digits <= MAX_EXACT_DIGITS ? Number(value) : value;
    }
    case "date":
      return isoDateToSerial(value) ?? value;
    case "datetime":
      return /^\d{4}-\d{2}-\d{2}T/.test(value) ? timestampToSerial(value) : value;
    case "text":
      return value;
  }
}

/** The number format for one cell: the kind's, or text when a string would read as a formula. */
export function cellFormatFor(kind: ColumnKind, written: CellValue): string {
  if (typeof written === "string" && kind !== "text") return "@";
  return KIND_FORMATS[kind];
}
