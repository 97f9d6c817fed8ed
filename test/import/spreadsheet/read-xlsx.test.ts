import ExcelJS from "exceljs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { isXls, isXlsx, readXlsxGrids } from "../../../src/import/spreadsheet";
import { isDateFormat } from "../../../src/import/spreadsheet/number-format";
import { DOTNET_SHEET, handMade } from "./helpers/sample-books";

async function toBytes(wb: ExcelJS.Workbook, useSharedStrings = true): Promise<Uint8Array> {
  const buf = await wb.xlsx.writeBuffer({ useSharedStrings } as ExcelJS.XlsxWriteOptions);
  return new Uint8Array(buf as ArrayBuffer);
}

/** A bank-export-like book: Chinese shared strings, amounts, dates, formulas, sparse cells, 2 sheets. */
function bankBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("收款明细");
  ws.getCell("A1").value = "客户名称";
  ws.getCell("B1").value = "金额";
  ws.getCell("C1").value = "日期";
  ws.getCell("A2").value = "上海某某贸易有限公司";
  ws.getCell("B2").value = 1234.56;
  ws.getCell("B2").numFmt = "#,##0.00";
  ws.getCell("C2").value = new Date(Date.UTC(2024, 9, 17));
  ws.getCell("C2").numFmt = "yyyy-mm-dd";
  ws.getCell("D2").value = new Date(Date.UTC(2024, 9, 17));
  ws.getCell("D2").numFmt = "mm-dd-yy"; // built-in id 14, not written into styles.xml
  ws.getCell("E2").value = { formula: "B2*2", result: 2469.12 };
  ws.getCell("F2").value = { formula: 'A2&"（已核）"', result: "上海某某贸易有限公司（已核）" };
  ws.getCell("A3").value = { richText: [{ text: "富" }, { font: { bold: true }, text: "文本" }] };
  ws.getCell("B3").value = true;
  ws.getCell("C3").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  ws.getCell("D3").value = new Date(Date.UTC(2024, 0, 2, 13, 30));
  ws.getCell("D3").numFmt = 'yyyy"年"m"月"d"日" hh:mm';
  ws.getCell("H6").value = "稀疏";
  const second = wb.addWorksheet("Sheet2");
  second.getCell("C4").value = -0.07;
  second.state = "hidden";
  return wb;
}

describe("readXlsxGrids on books written by ExcelJS", () => {
  let result: ReturnType<typeof readXlsxGrids>;
  beforeAll(async () => {
    result = readXlsxGrids(await toBytes(bankBook()), { fileName: "bank.xlsx" });
  });

  it("reads every sheet in tab order without problems", () => {
    expect(result.problems).toEqual([]);
    expect(result.grids.map((g) => g.sheet)).toEqual(["收款明细", "Sheet2"]);
    expect(result.sheets.map((s) => [s.name, s.state, s.active])).toEqual([
      ["收款明细", "visible", true],
      ["Sheet2", "hidden", false],
    ]);
  });

  it("reads Chinese shared strings, numbers, booleans, errors and rich text", () => {
    const v = result.grids[0]!.values;
    expect(v[0]).toEqual(["客户名称", "金额", "日期"]);
    expect(v[1]?.slice(0, 2)).toEqual(["上海某某贸易有限公司", 1234.56]);
    expect(v[2]?.slice(0, 3)).toEqual(["富文本", true, "#N/A"]);
  });

  it("gives formulas their cached values (number and text)", () => {
    expect(result.grids[0]!.values[1]?.slice(4, 6)).toEqual([2469.12, "上海某某贸易有限公司（已核）"]);
  });

  it("keeps dates as serials with their format, built-in and custom", () => {
    const g = result.grids[0]!;
    expect(g.values[1]?.slice(2, 4)).toEqual([45582, 45582]);
    expect(g.numberFormats?.[1]?.slice(1, 4)).toEqual(["#,##0.00", "yyyy-mm-dd", "mm-dd-yy"]);
    expect(g.values[2]?.[3]).toBeCloseTo(45293 + 13.5 / 24, 9);
    const formats = [g.numberFormats?.[1]?.[1], g.numberFormats?.[1]?.[2], g.numberFormats?.[1]?.[3], g.numberFormats?.[2]?.[3]];
    expect(formats.map((f) => isDateFormat(f ?? ""))).toEqual([false, true, true, true]);
  });

  it("keeps sparse cells at their place: the grid starts at the first used cell", () => {
    const g = result.grids[0]!;
    expect(g.values[3]).toEqual([]);
    expect(g.values[5]).toEqual([null, null, null, null, null, null, null, "稀疏"]);
    const s2 = result.grids[1]!;
    expect([s2.firstRow, s2.firstColumn, s2.values]).toEqual([4, 3, [[-0.07]]]);
  });

  it("reads inline strings and text formula results when shared strings are off", async () => {
    const r = readXlsxGrids(await toBytes(bankBook(), false));
    expect(r.problems).toEqual([]);
    expect(r.grids[0]!.values[0]).toEqual(["客户名称", "金额", "日期"]);
    expect(r.grids[0]!.values[2]?.[0]).toBe("富文本");
  });

  it("exposes the 1904 date system, with serials as the file stores them", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet("Mac");
    ws.getCell("A1").value = new Date(Date.UTC(2024, 9, 17));
    ws.getCell("A1").numFmt = "yyyy-mm-dd";
    const r = readXlsxGrids(await toBytes(wb));
    expect(r.date1904).toBe(true);
    expect(r.grids[0]!.values).toEqual([[45582 - 1462]]);
  });

  it("detects .xlsx and not .xls", async () => {
    const bytes = await toBytes(bankBook());
    expect(isXlsx(bytes)).toBe(true);
    expect(isXls(bytes)).toBe(false);
  });
});

describe("readXlsxGrids on hand-made packages", () => {
  const result = readXlsxGrids(handMade(DOTNET_SHEET), { fileName: "dotnet.xlsx" });
  const v = result.grids[0]!.values;

  it("reads x:-prefixed parts, absolute targets and the 1904 flag", () => {
    expect(isXlsx(handMade(DOTNET_SHEET))).toBe(true);
    expect(result.date1904).toBe(true);
    expect(result.grids[0]!.sheet).toBe("流水");
  });

  it("reads shared strings: preserved spaces, entities, rich runs without phonetic guides, _x000D_", () => {
    expect(v[0]).toEqual([" a&b ", "富文本", "line\rbreak"]);
  });

  it("places cells without `r` after the previous cell, and rows without `r` after the previous row", () => {
    expect(v[1]).toEqual([548.58, 0.07, null, null, 1, 2]);
    expect(v[2]).toEqual([]);
    expect(v[4]?.[0]).toBeUndefined();
  });

  it("reads inline, boolean, error, ISO date and formula cells; text in a number cell stays text", () => {
    expect(v[3]).toEqual(["inline <文字>", false, "#DIV/0!", 45582 - 1462, "abc", 12]);
    expect(isDateFormat(result.grids[0]!.numberFormats?.[3]?.[3] ?? "")).toBe(true);
  });

  it("reports a missing shared string at its cell", () => {
    expect(result.problems).toEqual([expect.objectContaining({ sheet: "流水", row: 5, column: "A", code: "file-unreadable", raw: "9" })]);
  });

  it("names a missing worksheet part and still lists the sheet", () => {
    const bytes = handMade(DOTNET_SHEET);
    const parts = unzipSync(bytes);
    delete parts["xl/worksheets/data.xml"];
    const r = readXlsxGrids(zipSync(parts));
    expect(r.grids).toEqual([]);
    expect(r.sheets[0]?.name).toBe("流水");
    expect(r.problems[0]?.message).toContain("xl/worksheets/data.xml");
  });

  it("reports a damaged (undecompressible) sheet part by name", () => {
    const bytes = handMade(DOTNET_SHEET.repeat(20));
    const name = strToU8("xl/worksheets/data.xml");
    const at = indexOf(bytes, name);
    const data = at + name.length; // no extra field in fflate's local headers
    bytes.fill(0xff, data, data + 8);
    const r = readXlsxGrids(bytes);
    expect(r.problems[0]?.code).toBe("file-unreadable");
    expect(r.problems[0]?.message).toContain("xl/worksheets/data.xml");
  });

  it("says when a file is not a zip at all, or is a zip without a workbook", () => {
    expect(readXlsxGrids(strToU8("hello"), { lang: "zh-CN" }).problems[0]?.message).toContain("压缩包");
    const docx = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8("<w/>") });
    expect(isXlsx(docx)).toBe(false);
    expect(readXlsxGrids(docx).problems[0]?.message).toContain("xl/workbook.xml");
  });
});

function indexOf(hay: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
