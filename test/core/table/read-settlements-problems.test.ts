import { readSettlements } from "../../../src/core/table/read-settlements";
import type { CellValue, Grid } from "../../../src/core/table/grid";

// A used range that starts at C5 (firstRow 5, firstColumn 3) so every address is checked through the offsets.
const at = (values: CellValue[][]): Grid => ({ sheet: "应收", firstRow: 5, firstColumn: 3, values });
const HEADER: CellValue[] = ["结算单号", "客户名称", "开票日期", "到期日", "应收金额", "币种"];
//                            C           D           E           F         G           H

describe("each unreadable cell is a problem at its sheet, row, column and code", () => {
  test.each<[CellValue[], string, string]>([
    [["S1", "甲", "2024-10-01", "2024-10-31", "3.456", "CNY"], "G", "amount-ambiguous"],
    [["S1", "甲", "2024-10-01", "2024-10-31", "abc", "CNY"], "G", "amount-unreadable"],
    [["S1", "甲", "2024-10-01", "2024-10-31", null, "CNY"], "G", "amount-missing"],
    [["S1", "甲", "2024-02-30", "2024-10-31", "100", "CNY"], "E", "date-impossible"],
    [["S1", "甲", "2024-10-01", "05/11/2024", "100", "CNY"], "F", "date-ambiguous"],
    [["S1", "甲", "2024-10-01", "next week", "100", "CNY"], "F", "date-unreadable"],
    [["S1", null, "2024-10-01", "2024-10-31", "100", "CNY"], "D", "customer-missing"],
    [[null, "甲", "2024-10-01", "2024-10-31", "100", "CNY"], "C", "ref-missing"],
    [["S1", "甲", "2024-10-01", "2024-10-31", "100", "XYZ"], "H", "currency-unknown"],
  ])("%#: %j → %s %s", (row, column, code) => {
    const r = readSettlements(at([HEADER, row]));
    expect(r.problems.map((p) => [p.sheet, p.row, p.column, p.code])).toEqual([["应收", 6, column, code]]);
    expect(r.problems[0]?.message).not.toBe("");
  });

  test("a duplicate settlement number points at the second row", () => {
    const r = readSettlements(at([HEADER, ["S1", "甲", null, null, "1", null], ["S1", "乙", null, null, "2", null]]));
    expect(r.problems.map((p) => [p.row, p.column, p.code, p.detail])).toEqual([[7, "C", "ref-duplicate", "应收!6"]]);
  });

  test("no header: one sheet-level problem, nothing read", () => {
    const r = readSettlements(at([["a", "b"], ["1", "2"]]), { lang: "zh-CN" });
    expect(r.records).toEqual([]);
    expect(r.problems.map((p) => [p.row, p.code])).toEqual([[0, "header-not-found"]]);
    expect(r.problems[0]?.message).toMatch(/未找到表头/);
  });

  test("ids are sheet!row and amounts keep their decimals; the currency defaults to CNY", () => {
    const r = readSettlements(at([HEADER, ["S1", "甲", 45566, "2024-10-31", "¥1,234.50", null]]));
    expect(r.records[0]).toMatchObject({ id: "应收!6", ref: "S1", customer: "甲", issueDate: "2024-10-01", dueDate: "2024-10-31", currency: "CNY" });
    expect(r.records[0]?.amount.toFixed(2)).toBe("1234.50");
  });

  test("the column's other dates decide day-first for an ambiguous one", () => {
    const r = readSettlements(at([HEADER, ["S1", "甲", null, "05/11/2024", "1", null], ["S2", "乙", null, "25/11/2024", "1", null]]));
    expect(r.problems).toEqual([]);
    expect(r.records.map((s) => s.dueDate)).toEqual(["2024-11-05", "2024-11-25"]);
  });
});
