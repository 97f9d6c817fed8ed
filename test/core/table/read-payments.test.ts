import { readPayments } from "../../../src/core/table/read-payments";
import { scoreGrid } from "../../../src/core/table/find-header";
import type { CellValue, Grid } from "../../../src/core/table/grid";

const grid = (values: CellValue[][]): Grid => ({ sheet: "收款", firstRow: 1, firstColumn: 1, values });

describe("readPayments", () => {
  test("a receipts sheet: date, payer, amount, memo, transaction id, status", () => {
    const r = readPayments(
      grid([
        ["交易日期", "付款方", "金额", "摘要", "交易流水号", "状态"],
        [45563, "上海星辰贸易有限公司", 12800, "货款 INV-2024-001", "TXN0001\t", "成功"],
        ["2024-10-17", "杭州青山茶业", -500, "退款", "TXN0010", "退款成功"],
      ]),
    );
    expect(r.problems).toEqual([]);
    expect(r.records[0]).toMatchObject({ id: "收款!2", date: "2024-09-28", payer: "上海星辰贸易有限公司", reference: "TXN0001", memo: "货款 INV-2024-001", status: "ok", direction: "in", method: "bank" });
    expect(r.records[1]).toMatchObject({ direction: "out", status: "refunded" });
    expect(r.records[1]?.amount.toFixed(2)).toBe("-500.00");
  });

  test("a bank export pasted in: 收入 / 支出 columns, preamble, 合计 footer", () => {
    const r = readPayments(
      grid([
        ["中国工商银行 账户明细", null, null, null, null],
        ["账号: 6222 **** 0001", null, null, null, null],
        ["交易日期", "对方户名", "收入金额", "支出金额", "摘要"],
        ["2024-10-09", "甲公司", "1,000.00", "", "货款"],
        ["2024-10-10", "电费", "", "200.00", "缴费"],
        ["人民币合计", null, "1,000.00", "200.00", null],
      ]),
    );
    expect(r.headerRow).toBe(3);
    expect(r.records.map((p) => [p.amount.toFixed(2), p.direction])).toEqual([["1000.00", "in"], ["-200.00", "out"]]);
    expect(r.skipped.subtotal).toBe(1);
  });

  test("a direction column signs unsigned amounts; Alipay statuses and methods", () => {
    const r = readPayments(
      grid([
        ["交易时间", "交易对方", "收/支", "金额", "支付方式", "交易状态"],
        ["2024-10-01 12:00:00", "张三", "收入", "88.00", "支付宝余额", "交易成功"],
        ["2024-10-02", "李四", "支出", "20.00", "花呗", "交易关闭"],
        ["2024-10-03", "王五", "不计收支", "5.00", "", "已退款(￥5.00)"],
      ]),
    );
    expect(r.records.map((p) => [p.amount.toFixed(2), p.direction, p.status, p.method])).toEqual([
      ["88.00", "in", "ok", "alipay"],
      ["-20.00", "out", "closed", "bank"],
      ["5.00", "neutral", "partially-refunded", "bank"],
    ]);
  });

  test("unreadable dates and amounts are problems at their cells and the row is not used", () => {
    const r = readPayments(grid([["日期", "付款方", "金额"], ["2024-02-30", "甲", 1], ["2024-10-01", "乙", "abc"], ["2024-10-01", "", 5]]));
    expect(r.records.map((p) => p.source.row)).toEqual([4]);
    expect(r.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, "A", "date-impossible"],
      [3, "C", "amount-unreadable"],
      [4, "B", "customer-missing"],
    ]);
  });

  test("a formula-looking memo stays text", () => {
    const r = readPayments(grid([["日期", "付款方", "金额", "备注"], ["2024-10-01", "甲", 1, '=HYPERLINK("http://x","y")']]));
    expect(r.records[0]?.memo).toBe('=HYPERLINK("http://x","y")');
  });

  test("sheet scores tell a settlement sheet from a payment sheet", () => {
    const settlements = scoreGrid(grid([["发票号", "客户名称", "开票日期", "到期日", "金额", "币种", "备注"]]));
    const payments = scoreGrid(grid([["交易日期", "付款方", "金额", "摘要", "交易流水号", "状态"]]));
    expect(settlements.settlements).toBeGreaterThan(settlements.payments);
    expect(payments.payments).toBeGreaterThan(payments.settlements);
  });
});

test("a bank export with Reference / Date / Amount headers is not taken for a settlement sheet", () => {
  const english = scoreGrid(grid([["Date", "Payer", "Account", "Amount", "Currency", "Dr/Cr", "Reference", "Memo", "Method", "Status"]]));
  expect(english.settlements).toBeLessThan(0.3);
  expect(english.payments).toBeGreaterThan(0.8);
  const invoices = scoreGrid(grid([["Invoice No.", "Customer", "Invoice date", "Due date", "Amount", "Currency", "Memo"]]));
  expect(invoices.settlements).toBeGreaterThan(0.9);
});
