// Whole sheets as accountants and platforms make them, one fixture per oddity, read end to end.
import { readFileSync } from "node:fs";
import path from "node:path";
import { readPayments } from "../../../src/core/table/read-payments";
import { readSettlements } from "../../../src/core/table/read-settlements";
import type { Grid } from "../../../src/core/table/grid";

const fixture = (name: string): Grid => JSON.parse(readFileSync(path.resolve(__dirname, "../../fixtures/core", name), "utf8")) as Grid;

test("settlements under a title, with subtotal rows and every amount and date format", () => {
  const r = readSettlements(fixture("settlements-title-rows-subtotals-mixed-formats.json"));
  expect(r.headerRow).toBe(4);
  expect(r.skipped).toEqual({ blank: 1, subtotal: 2 });
  expect(r.records.map((s) => [s.id, s.ref, s.issueDate, s.dueDate, s.amount.toFixed(2)])).toEqual([
    ["10月应收!5", "JS-2024-001", "2024-10-08", "2024-11-07", "12800.00"],
    ["10月应收!6", "JS-2024-002", "2024-10-15", "2024-11-14", "3200.10"],
    ["10月应收!7", "JS-2024-003", "2024-10-16", "2024-11-15", "12345.67"],
    ["10月应收!10", "JS-2024-004", "2024-10-20", "2024-11-19", "-500.00"],
    // "3.456" is 3.456: the column's "(500.00)" shows "." is its decimal separator.
    ["10月应收!11", "JS-2024-005", "2024-10-21", undefined, "3.46"],
    ["10月应收!12", "JS-2024-006", "2024-10-22", "2024-11-21", "800.00"],
  ]);
  expect(r.records[4]?.amount.toFixed()).toBe("3.456");
  // Row 11 says what is wrong at each cell.
  expect(r.problems.map((p) => [p.row, p.column, p.code])).toEqual([
    [11, "C", "customer-missing"],
    [11, "E", "date-impossible"],
  ]);
});

test("an Alipay bill: statuses, refunds, notes in the amount cell, a bad date, a footer line", () => {
  const r = readPayments(fixture("payments-alipay-statuses-refund-notes.json"), { lang: "zh-CN" });
  expect(r.headerRow).toBe(3);
  expect(r.records.map((p) => [p.id, p.amount.toFixed(2), p.direction, p.status, p.method])).toEqual([
    ["支付宝账单!4", "12800.00", "in", "ok", "alipay"],
    ["支付宝账单!5", "-88.00", "out", "refunded", "bank"],
    ["支付宝账单!6", "235.61", "in", "partially-refunded", "card"],
    ["支付宝账单!7", "50.00", "in", "closed", "alipay"],
    ["支付宝账单!8", "12.00", "neutral", "pending", "wechat"],
  ]);
  expect(r.records[2]?.note).toBe("已退款235.50");
  expect(r.problems.map((p) => [p.row, p.column, p.code])).toEqual([
    [8, "G", "status-unknown"],
    [9, "B", "date-impossible"],
  ]);
  expect(r.skipped).toEqual({ blank: 1, subtotal: 1 });
});
