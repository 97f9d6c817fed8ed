// Legacy .xls (BIFF8, and BIFF5/7) → one Grid per worksheet. Pure and self-contained: our own
// compound-file reader (cfb.ts) and BIFF record reader, no third-party .xls parser (see the
// README: npm `xlsx` 0.18.5 carries unfixed advisories). Never throws.
import type { Lang } from "../../core/problems";
import { columnLetter } from "../../core/table/grid";
import { readGlobals } from "./biff-globals";
import { readSheetRecords } from "./biff-sheet";
import { RT, readRecords, type BiffRecord } from "./biff-stream";
import { hasCfbSignature, openCfb, readStream, rootStreams, type CfbFile } from "./cfb";
import { GridBuilder } from "./grid-builder";
import { MAX_CELL_PROBLEMS } from "./xlsx-sheet";
import { errorText, readGuarded, unreadable, type Fail } from "./problems";
import type { SpreadsheetOptions, SpreadsheetResult } from "./types";

const STREAM_NAMES = ["workbook", "book"];

function findWorkbookStream(cfb: CfbFile) {
  const streams = rootStreams(cfb).filter((e) => e.type === 2);
  for (const wanted of STREAM_NAMES) {
    const hit = streams.find((e) => e.name.toLowerCase() === wanted);
    if (hit) return hit;
  }
  return undefined;
}

/** True for a compound file that holds an Excel Workbook (BIFF8) or Book (BIFF5) stream. */
export function isXls(bytes: Uint8Array): boolean {
  if (!hasCfbSignature(bytes)) return false;
  try {
    return findWorkbookStream(openCfb(bytes)) !== undefined;
  } catch {
    return false;
  }
}

/** Record indexes of the top-level BOFs after the globals: sheet substreams in file order. */
function substreamStarts(records: readonly BiffRecord[], from: number): number[] {
  const starts: number[] = [];
  let depth = 0;
  for (let i = from; i < records.length; i += 1) {
    const type = records[i]!.type;
    if (type === RT.BOF) {
      if (depth === 0) starts.push(i);
      depth += 1;
    } else if (type === RT.EOF) {
      depth = Math.max(0, depth - 1);
    }
  }
  return starts;
}

/** Reads every worksheet of an .xls file. */
export function readXlsGrids(bytes: Uint8Array, options: SpreadsheetOptions = {}): SpreadsheetResult {
  return readGuarded(bytes, options, readInto);
}

function readInto(bytes: Uint8Array, options: SpreadsheetOptions, result: SpreadsheetResult, fail: Fail): void {
  const lang: Lang = options.lang ?? "en";
  let cfb: CfbFile;
  try {
    cfb = openCfb(bytes);
  } catch (e) {
    fail({ en: `not a readable .xls compound file: ${errorText(e)}`, zh: `不是可读取的 .xls 复合文档：${errorText(e)}` });
    return;
  }
  const entry = findWorkbookStream(cfb);
  if (!entry) {
    const encrypted = rootStreams(cfb).some((e) => e.name === "EncryptedPackage");
    fail(
      encrypted
        ? { en: "the workbook is password-protected; save it again without a password", zh: "工作簿设有密码，请取消密码后重新保存" }
        : { en: "no Workbook stream: this compound file is not an Excel workbook", zh: "没有 Workbook 数据流：该复合文档不是 Excel 工作簿" },
    );
    return;
  }
  const stream = readStream(cfb, entry);
  for (const w of cfb.warnings) fail({ en: `container: ${w}`, zh: `文件容器损坏：${w}` });
  const { records, truncated } = readRecords(stream, 0);
  if (truncated) fail({ en: "the Workbook stream is cut short", zh: "Workbook 数据流不完整" });

  const globals = readGlobals(records);
  result.date1904 = globals.date1904;
  for (const w of globals.warnings) fail({ en: w, zh: `工作簿全局信息损坏：${w}` });
  if (globals.encrypted) {
    fail({ en: "the workbook is password-protected; save it again without a password", zh: "工作簿设有密码，请取消密码后重新保存" });
    return;
  }
  const byOffset = new Map<number, number>();
  records.forEach((rec, i) => {
    if (rec.type === RT.BOF) byOffset.set(rec.offset, i);
  });
  const starts = substreamStarts(records, globals.end);

  globals.sheets.forEach((sheet, k) => {
    const isWorksheet = sheet.kind === 0;
    const info = { name: sheet.name, state: sheet.state, active: k === globals.activeTab, hasGrid: false };
    result.sheets.push(info);
    if (!isWorksheet) return;
    // The sheet's BOF offset; if that is damaged, the k-th substream in file order.
    const start = byOffset.get(sheet.offset) ?? starts[k];
    if (start === undefined) {
      fail({ en: `sheet ${sheet.name} is missing from the file`, zh: `工作表 ${sheet.name} 在文件中缺失` }, sheet.name);
      return;
    }
    const builder = new GridBuilder(sheet.name, options.maxRows);
    const read = readSheetRecords(records, start, globals, builder);
    for (const w of read.warnings) fail({ en: w, zh: `工作表数据损坏：${w}` }, sheet.name);
    for (const m of read.missingStrings.slice(0, MAX_CELL_PROBLEMS)) {
      result.problems.push(unreadable(lang, sheet.name, {
        en: `shared string ${m.index} is missing from the file`,
        zh: `共享字符串 ${m.index} 在文件中缺失`,
      }, { row: m.row + 1, column: columnLetter(m.col + 1), raw: String(m.index) }));
    }
    const more = read.missingStrings.length - MAX_CELL_PROBLEMS;
    if (more > 0) {
      fail({ en: `${more} more cells refer to shared strings missing from the file`, zh: `另有 ${more} 个单元格引用的共享字符串在文件中缺失` }, sheet.name);
    }
    if (builder.outOfRange > 0) {
      fail({ en: `${builder.outOfRange} cells lie beyond the row limit and were not read`, zh: `${builder.outOfRange} 个单元格超出行数上限，未读取` }, sheet.name);
    }
    info.hasGrid = true;
    result.grids.push(builder.build());
  });
  if (globals.sheets.length === 0) fail({ en: "the workbook lists no sheets", zh: "工作簿中没有工作表" });
}
