import { isoDateToSerial, serialToIsoDate } from "../../src/core/excel-serial";
import { inferDateOrder, parseDate } from "../../src/core/parse-date";
import type { ParseDateOptions } from "../../src/core/parse-date";
import type { CellValue } from "../../src/core/table/grid";

describe("parseDate gives the calendar date the user sees", () => {
  test.each<[CellValue, string, ParseDateOptions?]>([
    [45582, "2024-10-17"],
    [45582.5, "2024-10-17"],
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [2958465, "9999-12-31"],
    [0, "1904-01-01", { serialSystem: 1904 }],
    [44120, "2024-10-17", { serialSystem: 1904 }],
    [20241017, "2024-10-17"],
    ["2024-10-17", "2024-10-17"],
    ["2024-10-17T12:00:00", "2024-10-17"],
    ["2024-10-17T23:30:00-05:00", "2024-10-17"],
    ["2024-10-17T23:30:00Z", "2024-10-17"],
    ["2024-10-17 12:00:00", "2024-10-17"],
    ["2024-10-17 12:00", "2024-10-17"],
    ["2024/10/17", "2024-10-17"],
    ["2024/1/7", "2024-01-07"],
    ["2024.10.17", "2024-10-17"],
    ["2024年10月17日", "2024-10-17"],
    ["2024年1月7日 星期日", "2024-01-07"],
    ["２０２４－１０－１７", "2024-10-17"],
    ["20241017", "2024-10-17"],
    ["17.10.2024", "2024-10-17"],
    ["17/10/2024", "2024-10-17"],
    ["10/17/2024", "2024-10-17"],
    ["05/10/2024", "2024-10-05", { order: "dmy" }],
    ["05/10/2024", "2024-05-10", { order: "mdy" }],
    ["05/05/2024", "2024-05-05"],
    ["17 Oct 2024", "2024-10-17"],
    ["17-Oct-2024", "2024-10-17"],
    ["Oct 17, 2024", "2024-10-17"],
    ["2024-02-29", "2024-02-29"],
  ])("%#: %j → %s", (...[raw, expected, options]) => {
    // Rest parameters: a third declared parameter with no third column makes Jest wait for a `done` callback.
    const r = parseDate(raw, options);
    expect(r.ok ? r.value : `${r.code} (${r.detail})`).toBe(expected);
  });

  test("the time of day is kept separately, never moving the date", () => {
    expect(parseDate("2024-10-17 23:59:59")).toEqual({ ok: true, value: "2024-10-17", time: "23:59:59" });
    expect(parseDate(45582.75)).toEqual({ ok: true, value: "2024-10-17", time: "18:00:00" });
  });
});

describe("parseDate reports what it cannot read", () => {
  test.each<[CellValue, string, ParseDateOptions?]>([
    ["2024-02-30", "date-impossible"],
    ["2023-02-29", "date-impossible"],
    ["2024-13-45", "date-impossible"],
    ["2024年13月1日", "date-impossible"],
    ["45/13/2024", "date-impossible"],
    ["20241345", "date-impossible"],
    [60, "date-impossible"],
    ["2024-10-17 25:00", "date-impossible"],
    ["05/10/2024", "date-ambiguous"],
    ["05.10.2024", "date-ambiguous"],
    ["17/10/2024", "date-impossible", { order: "mdy" }],
    ["tomorrow", "date-unreadable"],
    ["17/10/24", "date-unreadable"],
    ["45582", "date-unreadable"],
    [0, "date-unreadable"],
    [-5, "date-unreadable"],
    [3000000, "date-unreadable"],
    [true, "date-unreadable"],
    ["", "date-missing"],
    [null, "date-missing"],
  ])("%#: %j → %s", (...[raw, code, options]) => {
    const r = parseDate(raw, options);
    expect(r.ok ? `ok ${r.value}` : r.code).toBe(code);
  });
});

describe("inferDateOrder decides day-first or month-first from the column", () => {
  test.each<[CellValue[], string]>([
    [["05/10/2024", "17/10/2024"], "dmy"],
    [["05/10/2024", "10/17/2024"], "mdy"],
    [["05/10/2024", "06/10/2024"], "auto"],
    [["17/10/2024", "10/17/2024"], "auto"],
    [["2024-10-17", 45582, null], "auto"],
    [["05.10.2024", "31.12.2024 10:00"], "dmy"],
  ])("%#: %j → %s", (values, expected) => {
    expect(inferDateOrder(values)).toBe(expected);
  });

  test("the inferred order resolves the ambiguous values of the column", () => {
    const column = ["05/10/2024", "17/10/2024"];
    const order = inferDateOrder(column);
    expect(column.map((v) => parseDate(v, { order })).map((r) => r.ok && r.value)).toEqual(["2024-10-05", "2024-10-17"]);
  });
});

describe("Excel serials", () => {
  test("round-trip every day from 1900-03-01 to 2100 in both systems", () => {
    for (const system of [1900, 1904] as const) {
      for (let serial = system === 1900 ? 61 : 0; serial < 73000; serial += 1) {
        const iso = serialToIsoDate(serial, system);
        if (isoDateToSerial(iso ?? "", system) !== serial) throw new Error(`${system} ${serial} ${iso}`);
      }
    }
  });

  test("the phantom 1900-02-29 has no calendar date, and the days around it are right", () => {
    expect(serialToIsoDate(59)).toBe("1900-02-28");
    expect(serialToIsoDate(60)).toBeUndefined();
    expect(serialToIsoDate(61)).toBe("1900-03-01");
    expect(isoDateToSerial("1900-03-01")).toBe(61);
    expect(isoDateToSerial("2024-10-17")).toBe(45582);
    expect(isoDateToSerial("1900-02-29")).toBeUndefined();
  });
});
