// The standalone pane's work, as the worker does it: the bundled sample workbook is previewed,
// then applied, and the new file holds the result tabs while the user's sheets stay as they were.
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { handleRequest, settledName } from "../../src/taskpane/worker-handler";

const sample = readFileSync(path.resolve(__dirname, "../../assets/sample-settlements.xlsx"));
const buffer = (): ArrayBuffer => sample.buffer.slice(sample.byteOffset, sample.byteOffset + sample.byteLength) as ArrayBuffer;

describe("pane worker", () => {
  test("previews the sample workbook: matches with reasons, the ambiguous pair, the bad cell", async () => {
    const res = await handleRequest({ id: 1, type: "preview", bytes: buffer(), fileName: "sample-settlements.xlsx", lang: "zh-CN" });
    if (res.type !== "preview") throw new Error(JSON.stringify(res));
    const { summary } = res;
    expect(summary.sheets).toEqual({ settlements: "Settlements", payments: "Payments" });
    expect(summary.counts.auto).toBeGreaterThanOrEqual(6);
    expect(summary.counts.ambiguous).toBeGreaterThanOrEqual(1);
    expect(summary.counts.problems).toBe(1);
    expect(summary.problems[0]?.where).toBe("Settlements!E13");
    expect(summary.groups.find((g) => g.settlements.includes("INV-2024-001"))?.explanation).toContain("INV-2024-001");
  });

  test("apply hands back a new workbook with the result tabs; the source sheets are untouched", async () => {
    await handleRequest({ id: 1, type: "preview", bytes: buffer(), fileName: "sample-settlements.xlsx", lang: "en" });
    const res = await handleRequest({ id: 2, type: "apply", time: "2024-11-01T09:00:00Z", user: "tester" });
    if (res.type !== "applied") throw new Error(JSON.stringify(res));
    expect(res.fileName).toBe("sample-settlements.settled.xlsx");
    expect(res.tabs).toEqual(expect.arrayContaining(["Matches", "Unmatched", "Exceptions", "Settle Log"]));
    const before = new ExcelJS.Workbook();
    await before.xlsx.load(buffer());
    const after = new ExcelJS.Workbook();
    await after.xlsx.load(res.bytes);
    expect(after.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["Settlements", "Payments", "Matches"]));
    for (const name of ["Settlements", "Payments"]) {
      const a = before.getWorksheet(name)!;
      const b = after.getWorksheet(name)!;
      a.eachRow({ includeEmpty: true }, (row, r) => row.eachCell({ includeEmpty: true }, (cell, c) => {
        expect([name, r, c, b.getCell(r, c).value]).toEqual([name, r, c, cell.value]);
      }));
    }
  });

  test("a file that is not a workbook gets a clear message, and apply without a preview refuses", async () => {
    const bad = await handleRequest({ id: 3, type: "preview", bytes: new TextEncoder().encode("not a workbook").buffer as ArrayBuffer, fileName: "notes.xlsx", lang: "en" });
    expect(bad).toMatchObject({ type: "error" });
    expect((bad as { message: string }).message).toContain("notes.xlsx");
  });

  test("the result file is named after the user's file, never the same name", () => {
    expect(settledName("Book1.xlsx")).toBe("Book1.settled.xlsx");
    expect(settledName("账本.XLSX")).toBe("账本.settled.xlsx");
  });
});
