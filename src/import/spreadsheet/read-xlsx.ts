// .xlsx (Office Open XML) → one Grid per worksheet. Pure: bytes in, grids and problems out;
// never throws. Uses fflate for the zip and our own scanner for the XML.
import type { Lang } from "../../core/problems";
import { errorText, readGuarded, type Fail } from "./problems";
import type { SheetInfo, SpreadsheetOptions, SpreadsheetResult } from "./types";
import { folderOf, hasPart, openZip, parseRels, readPartText, type Relationship, type ZipPackage } from "./xlsx-package";
import { readWorksheet } from "./xlsx-sheet";
import { parseSharedStrings, parseStyles, parseWorkbook } from "./xlsx-workbook";

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Where the workbook part is: the package's officeDocument relationship, else the usual path. */
function workbookPath(pkg: ZipPackage): string {
  try {
    const rels = readPartText(pkg, "_rels/.rels");
    const main = rels === undefined ? undefined : parseRels(rels, "").find((r) => r.type.endsWith("/officeDocument"));
    if (main && main.target && hasPart(pkg, main.target)) return main.target;
  } catch {
    // a damaged package rels part: fall back to the conventional path
  }
  return "xl/workbook.xml";
}

/** Worksheet parts by their conventional names, in sheet-number order (for a package without its workbook part). */
function recoveredSheets(pkg: ZipPackage): string[] {
  return [...pkg.names.values()]
    .filter((name) => /^\/?xl\/worksheets\/sheet\d+\.xml$/i.test(name))
    .sort((a, b) => Number(/(\d+)\.xml$/i.exec(a)?.[1]) - Number(/(\d+)\.xml$/i.exec(b)?.[1]));
}

/** True for a zip that holds a SpreadsheetML workbook (not a .docx or a plain zip). */
export function isXlsx(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, ZIP_SIGNATURE)) return false;
  try {
    const pkg = openZip(bytes);
    const path = workbookPath(pkg);
    return (hasPart(pkg, path) && /workbook\.xml$/i.test(path)) || (pkg.recovered !== undefined && recoveredSheets(pkg).length > 0);
  } catch {
    return false;
  }
}

/** Reads every worksheet of an .xlsx file. */
export function readXlsxGrids(bytes: Uint8Array, options: SpreadsheetOptions = {}): SpreadsheetResult {
  return readGuarded(bytes, options, readInto);
}

function readInto(bytes: Uint8Array, options: SpreadsheetOptions, result: SpreadsheetResult, fail: Fail): void {
  const lang: Lang = options.lang ?? "en";
  let pkg: ZipPackage;
  try {
    pkg = openZip(bytes);
  } catch (e) {
    fail({ en: `not a readable .xlsx zip: ${errorText(e)}`, zh: `不是可读取的 .xlsx 压缩包：${errorText(e)}` });
    return;
  }

  /** Reads a part as text, turning damage into a problem; undefined when absent or damaged. */
  const part = (path: string, required: boolean): string | undefined => {
    try {
      const text = readPartText(pkg, path);
      if (text === undefined && required) fail({ en: `part ${path} is missing`, zh: `缺少部件 ${path}` });
      return text;
    } catch (e) {
      fail({ en: `part ${path} is damaged: ${errorText(e)}`, zh: `部件 ${path} 已损坏：${errorText(e)}` });
      return undefined;
    }
  };

  if (pkg.recovered) {
    fail({
      en: "the zip directory at the end of the file is missing (download cut short?); the parts found were read as far as they go",
      zh: "文件末尾的压缩目录缺失（可能下载不完整），已尽量读取找到的部件",
    });
  }
  const wbPath = workbookPath(pkg);
  const orphans = pkg.recovered && !hasPart(pkg, wbPath) ? recoveredSheets(pkg) : [];
  if (orphans.length > 0) {
    // A streamed writer puts workbook.xml last, so a cut-short file loses it before the sheets.
    fail({
      en: "the workbook part is lost: sheets are named after their parts and dates assume the 1900 system",
      zh: "工作簿部件丢失：工作表按部件名命名，日期按 1900 日期系统读取",
    });
  }
  const wbXml = orphans.length > 0 ? "" : part(wbPath, true);
  if (wbXml === undefined) return;
  const workbook = parseWorkbook(wbXml);
  const orphanPaths = new Map<number, string>();
  orphans.forEach((path, i) => {
    workbook.sheets.push({ name: /([^/]+)\.xml$/i.exec(path)?.[1] ?? path, relId: "", state: "visible" });
    orphanPaths.set(i, path.replace(/^\//, ""));
  });
  result.date1904 = workbook.date1904;

  const base = folderOf(wbPath);
  const relsXml = part(`${base}_rels/${wbPath.slice(base.length)}.rels`, false);
  const rels: Relationship[] = relsXml === undefined ? [] : parseRels(relsXml, base);
  const byType = (suffix: string, fallback: string): string =>
    rels.find((r) => r.type.endsWith(suffix))?.target || fallback;

  const sstXml = part(byType("/sharedStrings", `${base}sharedStrings.xml`), false);
  const sharedStrings = sstXml === undefined ? [] : parseSharedStrings(sstXml);
  const stylesXml = part(byType("/styles", `${base}styles.xml`), false);
  const styleFormats = stylesXml === undefined ? [] : parseStyles(stylesXml);

  workbook.sheets.forEach((sheet, index) => {
    const rel = rels.find((r) => r.id === sheet.relId);
    const isWorksheet = rel ? rel.type.endsWith("/worksheet") : true;
    const info: SheetInfo = { name: sheet.name, state: sheet.state, active: index === workbook.activeTab, hasGrid: false };
    result.sheets.push(info);
    if (!isWorksheet) return; // chart sheets and dialog sheets hold no cells
    const path = rel?.target || orphanPaths.get(index) || `${base}worksheets/sheet${index + 1}.xml`;
    const xml = part(path, true);
    if (xml === undefined) return;
    const read = readWorksheet(xml, {
      sheet: sheet.name,
      sharedStrings,
      styleFormats,
      date1904: workbook.date1904,
      lang,
      maxRows: options.maxRows,
    });
    info.hasGrid = true;
    result.grids.push(read.grid);
    result.problems.push(...read.problems);
  });
  if (workbook.sheets.length === 0) fail({ en: "the workbook lists no sheets", zh: "工作簿中没有工作表" });
}

