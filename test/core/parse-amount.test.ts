import fc from "fast-check";
import { inferDecimalSeparator, parseAmount } from "../../src/core/parse-amount";
import type { ParseAmountOptions } from "../../src/core/parse-amount";
import type { CellValue } from "../../src/core/table/grid";

function value(raw: CellValue, options?: ParseAmountOptions): string {
  const r = parseAmount(raw, options);
  if (!r.ok) throw new Error(`${String(raw)} → ${r.code}: ${r.detail}`);
  return r.value.toFixed();
}

describe("parseAmount reads what the user sees", () => {
  test.each<[CellValue, string, ParseAmountOptions?]>([
    ["1234.56", "1234.56"],
    ["1,234.56", "1234.56"],
    ["1,234,567.8", "1234567.8"],
    ["1.234,56", "1234.56"],
    ["1.234,56", "1234.56", { decimal: "," }],
    ["12,5", "12.5"],
    ["1234,56", "1234.56", { decimal: "," }],
    ["1.234", "1234", { decimal: "," }],
    ["1,234", "1234", { decimal: "." }],
    ["3.456", "3.456", { decimal: "." }],
    ["0.123", "0.123"],
    ["12.50", "12.5"],
    ["¥1,234.50", "1234.5"],
    ["￥1,234.50", "1234.5"],
    ["$1,234.50", "1234.5"],
    ["€1.234,50", "1234.5"],
    ["1234.50 €", "1234.5"],
    ["RMB 1,234.50", "1234.5"],
    ["CNY1234.5", "1234.5"],
    ["1234.5 CNY", "1234.5"],
    ["1234.5元", "1234.5"],
    ["1.5万", "15000"],
    ["1.5万元", "15000"],
    ["(1,234.56)", "-1234.56"],
    ["（1,234.56）", "-1234.56"],
    ["1,234.56-", "-1234.56"],
    ["-1,234.56", "-1234.56"],
    ["-¥1,234.56", "-1234.56"],
    ["¥-1,234.56", "-1234.56"],
    ["+12", "12"],
    ["12.50+", "12.5"],
    ["1,234.56 CR", "1234.56"],
    ["1,234.56 DR", "-1234.56"],
    ["1,234.56Dr", "-1234.56"],
    ["１２３４．５６", "1234.56"],
    ["１，２３４．５６", "1234.56"],
    ["－５", "-5"],
    ["  12.00  ", "12"],
    ["1 234,56", "1234.56"],
    ["壹万贰仟叁佰肆拾伍元陆角柒分", "12345.67"],
    ["人民币壹佰元整", "100"],
    ["壹佰元零伍分", "100.05"],
    ["拾元整", "10"],
    ["壹亿贰仟万元整", "120000000"],
    ["伍角", "0.5"],
    ["负伍拾元", "-50"],
    ["1.5E+3", "1500"],
    [".5", "0.5"],
    [1234.5, "1234.5"],
    [0.1 + 0.2, "0.3"],
    [1234.56 * 3, "3703.68"],
    [-0, "0"],
    [100, "100"],
  ])("%#: %j → %s", (...[raw, expected, options]) => {
    // Rest parameters: a third declared parameter with no third column makes Jest wait for a `done` callback.
    expect(value(raw, options)).toBe(expected);
  });

  test("an annotated cell keeps its value and the note", () => {
    const r = parseAmount("235.61(已退款235.50)");
    expect(r.ok && r.value.toFixed()).toBe("235.61");
    expect(r.ok && r.note).toBe("已退款235.50");
    const fw = parseAmount("235.61（已退款￥235.50）");
    expect(fw.ok && fw.value.toFixed()).toBe("235.61");
    expect(fw.ok && fw.note).toBe("已退款¥235.50");
  });

  test("the currency named in the cell is reported", () => {
    const cny = parseAmount("￥12.00");
    expect(cny.ok && cny.currency).toBe("CNY");
    const eur = parseAmount("12,00 EUR");
    expect(eur.ok && eur.currency).toBe("EUR");
    const none = parseAmount("12.00");
    expect(none.ok && none.currency).toBeUndefined();
  });
});

describe("parseAmount refuses to guess", () => {
  test.each<[CellValue, string, ParseAmountOptions?]>([
    ["3.456", "amount-ambiguous"],
    ["1,234", "amount-ambiguous"],
    ["", "amount-missing"],
    ["   ", "amount-missing"],
    ["-", "amount-missing"],
    [null, "amount-missing"],
    ["abc", "amount-unreadable"],
    ["12.3.4", "amount-unreadable"],
    ["1,23,456.00", "amount-unreadable"],
    ["1.234,56", "amount-unreadable", { decimal: "." }],
    ["1,234.56", "amount-unreadable", { decimal: "," }],
    ["1,2", "amount-unreadable", { decimal: "." }],
    ["壹贰元", "amount-unreadable"],
    ["伍分陆角", "amount-unreadable"],
    ["¥12 USD", "amount-unreadable"],
    [true, "amount-unreadable"],
    [Number.NaN, "amount-unreadable"],
    [Number.POSITIVE_INFINITY, "amount-unreadable"],
    ["12..5", "amount-unreadable"],
    ["1,", "amount-unreadable"],
  ])("%#: %j → %s", (...[raw, code, options]) => {
    const r = parseAmount(raw, options);
    expect(r.ok ? "ok" : r.code).toBe(code);
  });
});

describe("inferDecimalSeparator decides from the whole column", () => {
  test.each<[CellValue[], string]>([
    [["1,234", "12.50"], "."],
    [["1.234", "12,50"], ","],
    [["1.234.567", "3.456"], ","],
    [["1,234,567", "3,456"], "."],
    [["1,234", "5,000"], "auto"],
    [["12.50", "12,50"], "auto"],
    [[1234.5, null, "1,234.56"], "."],
    [["235.61(已退款235.50)"], "."],
  ])("%#: %j → %s", (values, expected) => {
    expect(inferDecimalSeparator(values)).toBe(expected);
  });

  test("column evidence resolves an otherwise ambiguous value", () => {
    const column = ["3.456", "1.234,50"];
    const decimal = inferDecimalSeparator(column);
    expect(value("3.456", { decimal })).toBe("3456");
  });
});

describe("the fast path for common shapes agrees with the general parser", () => {
  test.each(["-0", "-0.00", "0"])("%j → 0, never -0", (raw) => {
    expect(value(raw)).toBe("0");
    expect(value(` ${raw} `)).toBe("0");
  });

  test("property: a padded cell (general path) reads the same as the bare one (fast path)", () => {
    const text = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 99 }), fc.boolean())
      .map(([neg, whole, c, group]) => {
        const digits = group ? whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole.toString();
        return `${neg ? "-" : ""}${digits}.${String(c).padStart(2, "0")}`;
      });
    fc.assert(
      fc.property(text, fc.constantFrom<ParseAmountOptions["decimal"]>(".", "auto"), (raw, decimal) => {
        const fast = parseAmount(raw, { decimal });
        const general = parseAmount(` ${raw}`, { decimal });
        expect(fast.ok && general.ok && fast.value.equals(general.value) && fast.value.isNegative() === general.value.isNegative()).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
