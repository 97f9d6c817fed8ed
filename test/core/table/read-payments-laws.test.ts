import fc from "fast-check";
import { readPayments } from "../../../src/core/table/read-payments";
import { readSettlements } from "../../../src/core/table/read-settlements";
import type { CellValue, Grid } from "../../../src/core/table/grid";

const grid = (values: CellValue[][], sheet = "收款"): Grid => ({ sheet, firstRow: 1, firstColumn: 1, values });

/** Cells a pasted export can hold: blanks, numbers, serials, good and broken text, subtotal words. */
const cell = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom("¥1,000.00", "1.234,56", "3.456", "abc", "12.3.4", "合计", "小计", "Total", "2024-02-30", "2024-10-17", "05/10/2024", "   ", "交易关闭", "已退款(￥5.00)"),
);

describe("payment reading never loses a row", () => {
  test("property: every non-blank, non-subtotal row becomes a payment or yields a problem on that row", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 30 }), (rows) => {
        const r = readPayments(grid([["交易日期", "付款方", "金额", "摘要", "交易状态"], ...rows]));
        const recorded = new Set(r.records.map((p) => p.source.row));
        const flagged = new Set(r.problems.map((p) => p.row));
        const uncovered = rows.filter((_, i) => !recorded.has(i + 2) && !flagged.has(i + 2)).length;
        expect(uncovered).toBe(r.skipped.blank + r.skipped.subtotal);
        // Each record keeps its sheet row as id.
        for (const p of r.records) expect(p.id).toBe(`收款!${p.source.row}`);
      }),
      { numRuns: 300 },
    );
  });

  test("property: with income / expense columns too", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 30 }), (rows) => {
        const r = readPayments(grid([["日期", "对方户名", "收入", "支出", "用途"], ...rows]));
        const covered = new Set([...r.records.map((p) => p.source.row), ...r.problems.map((p) => p.row)]);
        const uncovered = rows.filter((_, i) => !covered.has(i + 2)).length;
        expect(uncovered).toBe(r.skipped.blank + r.skipped.subtotal);
      }),
      { numRuns: 300 },
    );
  });

  test("reading does not mutate the grid (payments and settlements)", () => {
    const values: CellValue[][] = [
      ["银行流水", null, null],
      ["交易日期", "对方户名", "金额"],
      ["2024-10-17", "甲公司", "１，２３４．５０"],
      [45582, "乙公司", "(12.00)"],
      ["合计", null, "1,222.50"],
    ];
    const g = grid(values);
    const frozen = JSON.stringify(g);
    readPayments(g);
    readSettlements(grid([["单号", "客户", "金额"], ["S1", "甲", "¥1"]]));
    expect(JSON.stringify(g)).toBe(frozen);
    expect(g.values).toBe(values);
  });

  test("the same grid read twice gives the same result (deterministic)", () => {
    const g = grid([["交易日期", "付款方", "金额"], ["2024-10-17", "甲公司", "1,000.00"], ["bad", "乙", "x"]]);
    expect(JSON.stringify(readPayments(g))).toBe(JSON.stringify(readPayments(g)));
  });
});

describe("payment statuses map onto the model", () => {
  test.each<[string, string]>([
    ["交易成功", "ok"],
    ["交易关闭", "closed"],
    ["退款成功", "refunded"],
    ["已全额退款", "refunded"],
    ["已退款(￥235.50)", "partially-refunded"],
    ["已退款（¥5.00）", "partially-refunded"],
    ["支付失败", "failed"],
    ["", "ok"],
  ])("%j → %s", (status, expected) => {
    const r = readPayments(grid([["交易日期", "交易对方", "金额", "交易状态"], ["2024-10-17", "张三", "88.00", status]]));
    expect(r.problems).toEqual([]);
    expect(r.records[0]?.status).toBe(expected);
  });

  test("an unknown status is a problem at its cell, in the language asked for, and the payment is not a receipt", () => {
    const r = readPayments(grid([["交易日期", "交易对方", "金额", "交易状态"], ["2024-10-17", "张三", "88.00", "神秘状态"]]), { lang: "zh-CN" });
    expect(r.problems.map((p) => [p.sheet, p.row, p.column, p.code])).toEqual([["收款", 2, "D", "status-unknown"]]);
    expect(r.problems[0]?.message).toMatch(/交易状态“神秘状态”无法识别/);
    expect(r.records[0]?.status).toBe("pending");
  });

  test("an unknown direction and a row with both income and expense are problems at their cells", () => {
    const r = readPayments(grid([["交易日期", "对方户名", "收支", "收入", "支出"], ["2024-10-17", "甲", "??", "10.00", ""], ["2024-10-18", "乙", "", "10.00", "5.00"]]));
    expect(r.problems.map((p) => [p.row, p.column, p.code])).toEqual([[2, "C", "direction-unknown"], [3, "D", "amount-conflict"]]);
    expect(r.records.map((p) => p.source.row)).toEqual([2]);
  });

  test("an annotated amount keeps its note", () => {
    const r = readPayments(grid([["交易日期", "交易对方", "金额"], ["2024-10-17", "张三", "235.61(已退款235.50)"]]));
    expect(r.records[0]?.amount.toFixed(2)).toBe("235.61");
    expect(r.records[0]?.note).toBe("已退款235.50");
  });

  test("default currency is CNY, and an option changes it", () => {
    const g = grid([["交易日期", "交易对方", "金额"], ["2024-10-17", "张三", "88.00"]]);
    expect(readPayments(g).records[0]?.currency).toBe("CNY");
    expect(readPayments(g, { defaultCurrency: "USD" }).records[0]?.currency).toBe("USD");
  });
});
