import fc from "fast-check";
import { readSettlements } from "../../../src/core/table/read-settlements";
import type { CellValue, Grid } from "../../../src/core/table/grid";

const grid = (values: CellValue[][], extra: Partial<Grid> = {}): Grid => ({ sheet: "结算单", firstRow: 1, firstColumn: 1, values, ...extra });

describe("readSettlements", () => {
  test("finds the header under title and blank rows, in Chinese", () => {
    const r = readSettlements(
      grid([
        ["2024年10月应收明细", null, null, null, null],
        [null, null, null, null, null],
        ["发票号", "客户名称", "开票日期", "到期日", "应收金额"],
        ["INV-001", "上海星辰贸易有限公司", 45566, "2024/10/31", "¥12,800.00"],
        ["INV-002", "北京华联商贸有限公司", "2024-10-02", 45597, 5600],
      ]),
    );
    expect(r.headerRow).toBe(3);
    expect(r.problems).toEqual([]);
    expect(r.records.map((s) => [s.id, s.ref, s.customer, s.issueDate, s.dueDate, s.amount.toFixed(2), s.currency])).toEqual([
      ["结算单!4", "INV-001", "上海星辰贸易有限公司", "2024-10-01", "2024-10-31", "12800.00", "CNY"],
      ["结算单!5", "INV-002", "北京华联商贸有限公司", "2024-10-02", "2024-11-01", "5600.00", "CNY"],
    ]);
    expect(r.mapping?.customer).toMatchObject({ letter: "B", confidence: 1, source: "header" });
  });

  test("reads English headers, a used range that starts at C5, and currency names", () => {
    const r = readSettlements(
      grid(
        [
          ["Invoice No.", "Customer", "Due date", "Amount", "Currency"],
          ["A-1", "Acme Co., Ltd.", "2024-10-10", "1,234.50", "美元"],
        ],
        { firstRow: 5, firstColumn: 3 },
      ),
    );
    expect(r.records[0]).toMatchObject({ id: "结算单!6", ref: "A-1", currency: "USD", dueDate: "2024-10-10" });
    expect(r.mapping?.amount?.letter).toBe("F");
  });

  test("blank and subtotal rows are recognised, not read as data", () => {
    const r = readSettlements(
      grid([
        ["单号", "客户", "金额"],
        ["S1", "甲公司", 100],
        [null, "", null],
        ["S2", "乙公司", 50],
        ["合计", null, 150],
        ["小计：", null, 150],
        ["Total", null, 150],
      ]),
    );
    expect(r.records.map((s) => s.ref)).toEqual(["S1", "S2"]);
    expect(r.skipped).toEqual({ blank: 1, subtotal: 3 });
    expect(r.problems).toEqual([]);
  });

  test.each([
    ["壹万贰仟叁佰肆拾伍元陆角柒分", "12345.67", undefined],
    ["(1,234.56)", "-1234.56", undefined],
    ["12,3O0.00", undefined, "amount-unreadable"],
    ["", undefined, "amount-missing"],
  ])("amount %j → %s / %s, the problem naming the cell", (...[raw, value, code]) => {
    const r = readSettlements(grid([["单号", "客户", "金额"], ["S1", "甲", raw]]));
    if (value) expect(r.records[0]?.amount.toFixed()).toBe(value);
    if (code) {
      expect(r.records).toEqual([]);
      expect(r.problems).toEqual([expect.objectContaining({ sheet: "结算单", row: 2, column: "C", code, raw })]);
    }
  });

  test("impossible dates, missing customer and duplicate numbers are problems at their cells", () => {
    const r = readSettlements(
      grid([
        ["单号", "客户", "到期日", "金额"],
        ["S1", "甲", "2024-02-30", 10],
        ["S2", "", "2024-13-45", 20],
        ["S1", "丙", "2024-03-01", 30],
      ]),
      { lang: "zh-CN" },
    );
    expect(r.records).toHaveLength(3);
    expect(r.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, "C", "date-impossible"],
      [3, "B", "customer-missing"],
      [3, "C", "date-impossible"],
      [4, "A", "ref-duplicate"],
    ]);
    expect(r.problems[1]?.message).toMatch(/客户/);
  });

  test("a sheet without a recognisable header says so", () => {
    const r = readSettlements(grid([["a", "b"], [1, 2]]));
    expect(r.records).toEqual([]);
    expect(r.problems[0]).toMatchObject({ code: "header-not-found", row: 0 });
  });

  test("the user's override maps an unusual header", () => {
    const r = readSettlements(grid([["单号", "往来户", "本单应收"], ["S1", "甲", 5]]), { override: { customer: "B", amount: "本单应收" } });
    expect(r.records[0]).toMatchObject({ customer: "甲", ref: "S1" });
    expect(r.mapping?.customer?.source).toBe("override");
  });

  test("comma decimals are decided by the column, not one cell", () => {
    const r = readSettlements(grid([["Invoice", "Customer", "Amount"], ["1", "A", "1.234,56"], ["2", "B", "3.456"]]));
    expect(r.records.map((s) => s.amount.toFixed(2))).toEqual(["1234.56", "3456.00"]);
  });

  test("reading does not mutate the grid", () => {
    const g = grid([["单号", "客户", "金额"], ["S1", "甲", "¥1"]]);
    const copy = JSON.parse(JSON.stringify(g));
    readSettlements(g);
    expect(g).toEqual(copy);
  });

  test("property: every non-blank, non-subtotal row becomes a settlement or yields a problem on that row", () => {
    const cell = fc.oneof(fc.constant(null), fc.string({ maxLength: 6 }), fc.integer({ min: -1e6, max: 1e6 }), fc.constantFrom("¥1,000.00", "abc", "12.3.4", "合计", "2024-02-30"));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 30 }), (rows) => {
        const r = readSettlements(grid([["单号", "客户", "金额"], ...rows]));
        const recorded = new Set(r.records.map((s) => s.source.row));
        const flagged = new Set(r.problems.map((p) => p.row));
        const dataRows = rows.length - r.skipped.blank - r.skipped.subtotal;
        const covered = rows.filter((_, i) => recorded.has(i + 2) || flagged.has(i + 2)).length;
        return covered >= dataRows;
      }),
    );
  });
});
