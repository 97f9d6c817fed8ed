// `settle import <file> --into book.xlsx --sheet NAME`: the payments land in a new sheet that the
// payment reader reads back the same, and an existing sheet is never overwritten.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runImportCommand } from "../../src/cli/import-command";
import { readPayments } from "../../src/core/table";
import { captureConsole } from "../support/capture-console";
import type { CellValue } from "../../src/core/table/grid";

const csv = ["交易日期,对方户名,收入金额,支出金额,摘要,交易流水号", "2024-10-09,上海星辰贸易有限公司,\"12,800.00\",,货款 INV-2024-001,T1", "2024-10-10,电力公司,,200.00,电费,T2"].join("\n");

async function sheetGrid(book: string, name: string): Promise<CellValue[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(readFileSync(book)).buffer as ArrayBuffer);
  const ws = wb.getWorksheet(name)!;
  const rows: CellValue[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : (v as CellValue) ?? null))));
  return rows;
}

describe("settle import --into", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "settle-into-"));
  const file = path.join(dir, "bank.csv");
  writeFileSync(file, csv);
  const book = path.join(dir, "book.xlsx");
  const run = (args: string[]) => captureConsole(() => runImportCommand(args));

  test("creates the book and a sheet the payment reader reads back the same", async () => {
    expect((await run([file, "--into", book, "--sheet", "Bank Oct"])).code).toBe(0);
    const back = readPayments({ sheet: "Bank Oct", firstRow: 1, firstColumn: 1, values: await sheetGrid(book, "Bank Oct") });
    expect(back.problems).toEqual([]);
    expect(back.records.map((p) => [p.date, p.payer, p.amount.toFixed(2), p.direction, p.reference, p.status])).toEqual([
      ["2024-10-09", "上海星辰贸易有限公司", "12800.00", "in", "T1", "ok"],
      ["2024-10-10", "电力公司", "-200.00", "out", "T2", "ok"],
    ]);
  });

  test("an existing sheet is never overwritten: exit 2 with one line naming the book", async () => {
    const again = await run([file, "--into", book, "--sheet", "Bank Oct"]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/book\.xlsx.*Bank Oct.*already exists/);
  });

  test("a second sheet goes beside the first; --sheet alone is bad usage", async () => {
    expect((await run([file, "--into", book, "--sheet", "Bank Nov", "--lang", "zh-CN"])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(readFileSync(book)).buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Bank Oct", "Bank Nov"]);
    expect((await run([file, "--sheet", "X"])).code).toBe(2);
  });
});
