// Loading and saving .xlsx bytes with ExcelJS, without Node APIs (the pane uses this in a browser).
// Saved bytes are stable: fixed document dates, and the zip entries' time stamps (ExcelJS writes
// the current time) set to the same fixed moment.
import ExcelJS from "exceljs";
import { WorkbookError } from "../app/errors";
import { stampZip } from "./zip-stamp";

/** The timestamp written into saved workbooks unless the caller passes one (DOS zip time needs ≥ 1980). */
export const FIXED_SAVE_TIME = new Date(Date.UTC(2000, 0, 1));

export async function loadXlsx(bytes: Uint8Array, fileName = "workbook"): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw new WorkbookError("host-error", `${fileName}: not a readable .xlsx (${err instanceof Error ? err.message : String(err)})`);
  }
  return workbook;
}

export async function saveXlsx(workbook: ExcelJS.Workbook, time: Date = FIXED_SAVE_TIME): Promise<Uint8Array> {
  workbook.created = time;
  workbook.modified = time;
  workbook.lastModifiedBy = "Settle";
  workbook.creator = workbook.creator || "Settle";
  const raw = await workbook.xlsx.writeBuffer();
  return stampZip(new Uint8Array(raw as ArrayBuffer), time);
}
