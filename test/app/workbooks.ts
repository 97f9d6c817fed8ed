// Test workbooks: the bundled sample as an ExcelJS workbook and as an in-memory Office host, and
// snapshots of a sheet's every value, formula and format to prove a run left it untouched.
import { readFileSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { loadXlsx } from "../../src/xlsx/xlsx-file";
import { readCellValue } from "../../src/xlsx/cell-read";
import { OfficeHost, type SeedCell } from "../support/office-host";

export const SAMPLE = path.resolve(__dirname, "../../assets/sample-settlements.xlsx");

export function loadSample(): Promise<ExcelJS.Workbook> {
  return loadXlsx(readFileSync(SAMPLE), "sample-settlements.xlsx");
}

/** The same workbook in the in-memory Office host: values, formulas, number formats, fills. */
export function hostFromWorkbook(wb: ExcelJS.Workbook): OfficeHost {
  const host = new OfficeHost();
  for (const ws of wb.worksheets) {
    const rows: SeedCell[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const out: SeedCell[] = (rows[r - 1] = []);
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const raw = cell.value as unknown;
        const value = readCellValue(raw);
        const fill = cell.fill?.type === "pattern" ? (cell.fill.fgColor?.argb ?? "").slice(2) : "";
        if (raw && typeof raw === "object" && "formula" in raw) {
          out[c - 1] = { formula: `=${(raw as { formula: string }).formula}`, value: value ?? "" };
        } else {
          out[c - 1] = { value: value === null ? null : typeof value === "string" ? value : value, format: cell.numFmt || undefined, ...(fill ? { fill: `#${fill}` } : {}) };
        }
      });
    });
    for (let r = 0; r < rows.length; r++) rows[r] ??= [];
    host.addSheet(ws.name, rows.map((row) => Array.from({ length: row.length }, (_, i) => row[i] ?? null)));
  }
  return host;
}

/** Every cell of an ExcelJS sheet: raw value (formulas included), number format, fill and font. */
export function snapshotXlsxSheet(ws: ExcelJS.Worksheet): string {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => cells.push([r, c, cell.value, cell.numFmt, cell.fill, cell.font, cell.alignment, cell.border])),
  );
  return JSON.stringify({ cells, widths: ws.columns.map((col) => col.width) });
}

/** Every cell of a host sheet: values, formulas, formats, the user's fills and bold. */
export function snapshotHostSheet(host: OfficeHost, name: string): string {
  const s = host.sheet(name)!;
  return JSON.stringify({ values: s.values, formulas: s.formulas, formats: s.formats, fills: [...s.fills], bold: [...s.bold] });
}
