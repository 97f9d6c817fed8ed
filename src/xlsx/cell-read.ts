// ExcelJS cell values → the core's CellValue, the same as Office.js would give for that cell:
// dates become 1900-system serials, formulas give their cached result, rich text its plain text.
import type { CellValue } from "../core/table/grid";
import { exceljsDateToSerial } from "../app/excel-serial";

/** The value Office.js `range.values` would report for this ExcelJS cell value. */
export function readCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return exceljsDateToSerial(value);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if ("formula" in v || "sharedFormula" in v) return readCellValue(v.result ?? null);
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((t) => t.text).join("") || null;
    if ("text" in v && "hyperlink" in v) return readCellValue(v.text);
    if ("error" in v) return String(v.error);
  }
  return String(value);
}
