import { lenientDecimal, plainDecimal } from "../../../src/import/common/decimal-text";

describe("OFX TRNAMT amounts", () => {
  test.each([
    ["-80", "-80.00"],
    ["-30.000", "-30.00"],
    ["-3.77000", "-3.77"],
    ["$120", "120.00"],
    ["            -222,22", "-222.22"],
    ["6000.000,00", "6000000.00"],
    ["1,234.56", "1234.56"],
    ["1.000.000", "1000000.00"],
  ])("%s → %s", (raw, want) => {
    expect(lenientDecimal(raw)?.toFixed(2)).toBe(want);
  });

  test("text that is no amount is undefined, never 0", () => {
    expect(lenientDecimal("abc")).toBeUndefined();
    expect(lenientDecimal("")).toBeUndefined();
    expect(lenientDecimal("1.2.3,4,5")).toBeUndefined();
  });
});

describe("plain decimals (CAMT, MT940)", () => {
  test("CAMT dot decimals and MT940 comma decimals", () => {
    expect(plainDecimal("905.3", ".")?.toFixed(2)).toBe("905.30");
    expect(plainDecimal("200000", ".")?.toFixed(2)).toBe("200000.00");
    expect(plainDecimal("9,", ",")?.toFixed(2)).toBe("9.00");
    expect(plainDecimal("12.5", ",")).toBeUndefined();
  });
});
