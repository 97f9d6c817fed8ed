// The two real spreadsheet exports of the shared corpus, read in place (never copied here) and
// checked against the independent answer key EXPECTED.json.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { CellValue, Grid } from "../../../src/core/table/grid";
import { isXls, isXlsx, readXlsGrids, readXlsxGrids } from "../../../src/import/spreadsheet";

const CORPUS = path.resolve(__dirname, "../../../../shared/corpus");
const present = existsSync(path.join(CORPUS, "EXPECTED.json"));
if (!present) console.warn(`corpus not found at ${CORPUS}: spreadsheet corpus tests skipped`);
const describeCorpus = present ? describe : describe.skip;

interface Expected {
  transactions: number;
  credits: { count: number; total: string };
  debits: { count: number; total: string };
  neutral?: { count: number; total: string };
  samples: { date: string; amount: string; counterparty: string | null; reference_or_memo_contains: string }[];
}
function expected(name: string): Expected {
  return (JSON.parse(readFileSync(path.join(CORPUS, "EXPECTED.json"), "utf8")) as Record<string, Expected>)[name]!;
}
function bytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(CORPUS, name)));
}
const text = (v: CellValue): string => (v === null ? "" : String(v)).trim();

/** Data rows: the rows after the header row whose first cell looks like a date/time. */
function dataRows(grid: Grid, headerFirstCell: string): CellValue[][] {
  const header = grid.values.findIndex((row) => text(row[0] ?? null) === headerFirstCell);
  expect(header).toBeGreaterThanOrEqual(0);
  return grid.values.slice(header + 1).filter((row) => /^\d{4}-?\d{2}-?\d{2}/.test(text(row[0] ?? null)));
}

describeCorpus("corpus: CCB .xls (BIFF8)", () => {
  const name = "xlsx_xls/debgen_ccb_jiaoyimingxi.xls";
  const result = readXlsGrids(bytes(name), { fileName: "debgen_ccb_jiaoyimingxi.xls" });
  const key = expected(name);

  it("is detected as .xls and read without problems", () => {
    expect(isXls(bytes(name))).toBe(true);
    expect(isXlsx(bytes(name))).toBe(false);
    expect(result.problems).toEqual([]);
    expect(result.grids).toHaveLength(1);
  });

  it("has the expected number of data rows, the padded header and the footer", () => {
    const grid = result.grids[0]!;
    const rows = dataRows(grid, "记账日");
    expect(rows).toHaveLength(key.transactions);
    expect(text(grid.values[5]?.[0] ?? null)).toBe("记账日");
    expect(grid.values[5]?.[0]).toMatch(/^记账日 +$/); // the padding is kept as written
    expect(text(grid.values.at(-1)?.[0] ?? null)).toBe("以上数据仅供参考|具体内容请以柜台为准");
  });

  it("holds the answer key's sample rows with their amounts as numbers", () => {
    const rows = dataRows(result.grids[0]!, "记账日");
    for (const s of key.samples) {
      const row = rows.find((r) => text(r[0] ?? null) === s.date.replaceAll("-", "") && r[3] === Math.abs(Number(s.amount)));
      expect(row).toBeDefined();
      expect(row?.[9]).toBe(s.counterparty);
      expect(row?.join("|")).toContain(s.reference_or_memo_contains);
    }
    const total = rows.reduce((sum, r) => sum + Math.round(Number(r[3]) * 100), 0);
    expect(total).toBe(70326); // 703.26 in cents, the key's debit total
  });
});

describeCorpus("corpus: WeChat .xlsx", () => {
  const name = "xlsx_xls/debgen_wechat_bill.xlsx";
  const result = readXlsxGrids(bytes(name), { fileName: "debgen_wechat_bill.xlsx" });
  const key = expected(name);

  it("is detected as .xlsx and lists both tabs, the second one active", () => {
    expect(isXlsx(bytes(name))).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.sheets.map((s) => [s.name, s.active])).toEqual([
      ["example-wechat-records", false],
      ["Sheet1", true],
    ]);
  });

  it("each tab holds the expected 27 data rows", () => {
    for (const grid of result.grids) expect(dataRows(grid, "交易时间")).toHaveLength(key.transactions);
  });

  it("the Power Query tab has text amounts, the active tab numbers without float noise", () => {
    const [query, sheet] = result.grids.map((g) => dataRows(g, "交易时间"));
    for (const s of key.samples) {
      const amount = Math.abs(Number(s.amount));
      const q = query!.find((r) => text(r[0] ?? null).startsWith(s.date) && text(r[2] ?? null) === s.counterparty);
      const n = sheet!.find((r) => text(r[0] ?? null).startsWith(s.date) && text(r[2] ?? null) === s.counterparty);
      expect(q?.[5]).toBe(`¥${amount.toFixed(2)}`);
      expect(n?.[5]).toBe(amount); // 548.58000000000004 in the file reads as 548.58
      expect(n?.join("|")).toContain(s.reference_or_memo_contains);
    }
  });

  it("the active tab's amounts add up to the key's credit, debit and neutral totals", () => {
    const rows = dataRows(result.grids[1]!, "交易时间");
    const cents = (dir: string) => {
      const picked = rows.filter((r) => r[4] === dir);
      return [picked.length, picked.reduce((sum, r) => sum + Math.round(Number(r[5]) * 100), 0)];
    };
    const keyCents = (b?: { count: number; total: string }) => [b?.count, Math.round(Number(b?.total) * 100)];
    expect(cents("收入")).toEqual(keyCents(key.credits));
    expect(cents("支出")).toEqual(keyCents(key.debits));
    expect(cents("/")).toEqual(keyCents(key.neutral));
  });

  it("keeps the trailing TAB of long IDs so they are never read as numbers", () => {
    const rows = dataRows(result.grids[1]!, "交易时间");
    expect(rows.some((r) => r[8] === "4200000069201710299246843141\t")).toBe(true);
  });
});
