import { inferDateOrder, parseCellDate, statementMonth } from "../../../src/import/csv/cell-date";

describe("CSV date cells", () => {
  test.each([
    ["2024-01-05 12:00:00", "2024-01-05"],
    ["2024/1/5", "2024-01-05"],
    ["20240105", "2024-01-05"],
    ["2024年1月5日", "2024-01-05"],
    ["05.01.2024", "2024-01-05"],
    ["05 Jan 2024", "2024-01-05"],
    ["Jan 5, 2024", "2024-01-05"],
    ["`2021-01-28 15:35:18", "2021-01-28"],
    ["2024-01-05\t", "2024-01-05"],
  ])("%s → %s", (raw, want) => {
    expect(parseCellDate(raw, "dmy").date).toBe(want);
  });

  test("slash dates follow the column's order, decided by a part over 12", () => {
    expect(inferDateOrder(["01/02/2024", "29/12/2015"])).toBe("dmy");
    expect(inferDateOrder(["01/02/2024", "12/29/2015"])).toBe("mdy");
    expect(parseCellDate("01/02/2024", "mdy").date).toBe("2024-01-02");
    expect(parseCellDate("01/02/2024", "dmy").date).toBe("2024-02-01");
  });

  test("MM/DD without a year takes the statement's year and wraps at the year end", () => {
    const hint = statementMonth("招商银行信用卡对账单（个人消费卡账户 2024年01月）");
    expect(hint).toEqual({ year: 2024, month: 1 });
    expect(parseCellDate("12/29", "dmy", hint).date).toBe("2023-12-29");
    expect(parseCellDate("01/04", "dmy", hint).date).toBe("2024-01-04");
  });

  test("impossible, unreadable and empty dates say which", () => {
    expect(parseCellDate("2024-02-30", "dmy").error).toBe("impossible");
    expect(parseCellDate("soon", "dmy").error).toBe("unreadable");
    expect(parseCellDate("  ", "dmy").error).toBe("missing");
    expect(parseCellDate("05-01-24", "dmy").error).toBe("unreadable"); // a two-digit year is not guessed
  });
});
