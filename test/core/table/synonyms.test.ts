import { mapColumns } from "../../../src/core/table/map-columns";
import { findHeaderRow, scoreGrid } from "../../../src/core/table/find-header";
import type { CellValue, Grid } from "../../../src/core/table/grid";

/** The header words named in the issue, each with the field it must map to. */
describe("headers map to fields from zh/en synonyms", () => {
  test.each<[string, string]>([
    ["客户", "customer"], ["客户名称", "customer"], ["单位名称", "customer"], ["Customer", "customer"],
    ["金额", "amount"], ["应收金额", "amount"], ["Amount", "amount"],
    ["发票号", "ref"], ["单号", "ref"], ["结算单号", "ref"], ["Invoice No.", "ref"],
    ["开票日期", "issueDate"], ["Issue date", "issueDate"],
    ["到期日", "dueDate"], ["Due date", "dueDate"],
    ["币种", "currency"], ["Currency", "currency"],
    ["备注", "memo"], ["Memo", "memo"],
  ])("settlement header %j → %s", (header, field) => {
    const mapping = mapColumns([header], "settlements") as Record<string, { index: number } | undefined>;
    expect(mapping[field]?.index).toBe(0);
  });

  test.each<[string, string]>([
    ["对方户名", "counterparty"], ["付款方", "counterparty"], ["Payer", "counterparty"],
    ["对方账号", "account"], ["Account", "account"],
    ["收入", "income"], ["贷方发生额", "income"], ["Credit", "income"],
    ["支出", "expense"], ["借方发生额", "expense"], ["Debit", "expense"],
    ["借贷标志", "direction"], ["收/支", "direction"],
    ["交易状态", "status"], ["Status", "status"],
    ["交易流水号", "reference"], ["Transaction ID", "reference"], ["Reference", "reference"],
    ["支付方式", "method"], ["Method", "method"],
    ["用途", "memo"], ["附言", "memo"], ["Memo", "memo"],
    ["交易日期", "date"], ["Date", "date"],
    ["金额", "amount"], ["Amount", "amount"],
    ["币种", "currency"],
  ])("payment header %j → %s", (header, field) => {
    const mapping = mapColumns([header], "payments") as Record<string, { index: number } | undefined>;
    expect(mapping[field]?.index).toBe(0);
  });

  test("an override by column letter or header text wins, with confidence 1", () => {
    const headers = ["甲", "乙", "丙"];
    const m = mapColumns(headers, "settlements", 1, { customer: "B", amount: "丙", ref: "A" });
    expect([m.customer?.letter, m.amount?.letter, m.ref?.letter]).toEqual(["B", "C", "A"]);
    expect(m.customer?.confidence).toBe(1);
    expect(m.customer?.source).toBe("override");
  });
});

describe("the header row and the kind of sheet are found", () => {
  const grid = (values: CellValue[][]): Grid => ({ sheet: "S", firstRow: 1, firstColumn: 1, values });

  test("under title and blank rows", () => {
    const g = grid([["2024年10月应收明细"], [], ["单位：元"], ["结算单号", "客户名称", "开票日期", "到期日", "应收金额"], ["S1", "甲", "2024-10-01", "2024-10-31", "100"]]);
    expect(findHeaderRow(g, "settlements")?.row).toBe(4);
  });

  test("a settlement sheet scores as settlements, a bank export as payments", () => {
    const settlements = scoreGrid(grid([["结算单号", "客户名称", "开票日期", "到期日", "应收金额"]]));
    const payments = scoreGrid(grid([["交易日期", "对方户名", "对方账号", "收入", "支出", "摘要", "交易流水号"]]));
    expect(settlements.settlements).toBeGreaterThan(settlements.payments);
    expect(payments.payments).toBeGreaterThan(payments.settlements);
  });
});
