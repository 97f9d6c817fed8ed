// Loading and saving .xlsx bytes with ExcelJS, without Node APIs (the pane uses this in a browser).
// Saved bytes are stable: fixed document dates, and the zip re-packed with a fixed timestamp,
// because ExcelJS stamps every zip entry with the current time.
import ExcelJS from "exceljs";
import { unzipSync, zipSync, type Zippable } from "fflate";
import { WorkbookError } from "../app/errors";

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
  const raw = new Uint8Array(await workbook.xlsx.writeBuffer());
  const entries = unzipSync(raw);
  const files: Zippable = {};
  for (const [name, data] of Object.entries(entries)) files[name] = [data, { mtime: time, level: 6 }];
  return zipSync(files, { mtime: time });
}
