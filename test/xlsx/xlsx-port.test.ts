// The ExcelJS adapter: it hands the core the same grid Office.js would (dates as serials, formula
// results, rich text as text), and saves byte-stable files.
import ExcelJS from "exceljs";
import { readCellValue } from "../../src/xlsx/cell-read";
import { loadXlsx, saveXlsx } from "../../src/xlsx/xlsx-file";
import { XlsxPort } from "../../src/xlsx/xlsx-port";
import { readState, writeState, emptyState } from "../../src/app/state";

describe("reading ExcelJS cells like Office.js", () => {
  it("turns dates into 1900-system serials and formulas into their results", () => {
    expect(readCellValue(new Date(Date.UTC(2024, 9, 17)))).toBe(45582);
    expect(readCellValue(new Date(Date.UTC(1900, 0, 1)))).toBe(2); // ExcelJS has no phantom-day correction; neither do we
    expect(readCellValue({ formula: "A1*2", result: 84 })).toBe(84);
    expect(readCellValue({ sharedFormula: "A1", result: "x" })).toBe("x");
    expect(readCellValue({ richText: [{ text: "上海" }, { text: "星辰" }] })).toBe("上海星辰");
    expect(readCellValue({ text: "y", hyperlink: "http://x" })).toBe("y");
    expect(readCellValue({ error: "#N/A" })).toBe("#N/A");
    expect(readCellValue("")).toBeNull();
  });
});

describe("XlsxPort", () => {
  it("reads the used range with its first row and column", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("C3").value = "客户";
    ws.getCell("D4").value = 12.5;
    ws.getCell("D4").numFmt = "#,##0.00";
    const [grid] = await new XlsxPort(wb).readSheets(["S"]);
    expect(grid).toEqual({
      sheet: "S",
      firstRow: 3,
      firstColumn: 3,
      values: [
        ["客户", null],
        [null, 12.5],
      ],
      numberFormats: [
        ["General", "General"],
        ["General", "#,##0.00"],
      ],
    });
    await expect(new XlsxPort(wb).readSheets(["Nope"])).rejects.toMatchObject({ code: "sheet-missing", detail: "Nope" });
  });

  it("keeps the add-in state in a very hidden sheet across save and load", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Data").getCell("A1").value = 1;
    const state = { ...emptyState(), settings: { dateWindowDays: 30 }, aliases: [{ alias: "x".repeat(70_000), customer: "c" }] };
    await writeState(new XlsxPort(wb), state);
    const again = await loadXlsx(await saveXlsx(wb));
    expect(again.getWorksheet("_settle_state")!.state).toBe("veryHidden");
    expect(await readState(new XlsxPort(again))).toEqual(state);
  });

  it("saves the same bytes for the same workbook, whenever it is saved", async () => {
    const make = (): ExcelJS.Workbook => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("S").addRow(["a", 1]);
      return wb;
    };
    const a = await saveXlsx(make());
    await new Promise((r) => setTimeout(r, 2100)); // zip timestamps have 2-second resolution
    const b = await saveXlsx(make());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("writes highlight rules as expression conditional formats and removes only its own", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.addConditionalFormatting({ ref: "A1:A5", rules: [{ type: "expression", priority: 0, formulae: ["A1>3"] }] });
    const port = new XlsxPort(wb);
    await port.addConditionalFormats("S", [{ range: "A2:C1048576", formula: "='_settle_marks'!$A2=\"M\"", fill: "#C6EFCE" }]);
    const saved = await loadXlsx(await saveXlsx(wb));
    const cfs = (saved.getWorksheet("S") as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] })
      .conditionalFormattings;
    expect(cfs.map((c) => [c.ref, c.rules[0]!.formulae[0]])).toEqual([
      ["A1:A5", "A1>3"],
      ["A2:C1048576", "'_settle_marks'!$A2=\"M\""],
    ]);
    await new XlsxPort(saved).removeConditionalFormats(["S"], "_settle_marks");
    expect((saved.getWorksheet("S") as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings).toHaveLength(1);
  });
});
