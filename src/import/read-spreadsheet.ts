// .xlsx / .xls bank exports: the spreadsheet readers (src/import/spreadsheet) turn the workbook
// into grids; the same table reading as CSV then applies. Until those readers land this says so.
import { makeProblem } from "../core/problems";
import type { ImportResult, ReaderContext } from "./types";

export function readSpreadsheet(_bytes: Uint8Array, format: "xlsx" | "xls", ctx: ReaderContext): ImportResult {
  return {
    format,
    encoding: format === "xlsx" ? "utf-8" : "utf-16le",
    payments: [],
    problems: [makeProblem({ sheet: ctx.sheet, row: 0, column: "" }, "file-unreadable", "", { detail: `${format} reading is not available in this build`, lang: ctx.lang })],
    balances: [],
  };
}
