import fc from "fast-check";
import { formatMoney } from "../../src/core/format-money";
import { money, ZERO } from "../../src/core/money";
import { parseAmount } from "../../src/core/parse-amount";

/** Amounts with up to 2 decimals, as decimal strings built from integers (never from float arithmetic). */
const amount = fc
  .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 99 }))
  .map(([whole, c]) => money(`${whole}.${String(c).padStart(2, "0")}`));

describe("money laws", () => {
  test("addition is commutative and associative, zero is neutral, subtraction undoes addition", () => {
    fc.assert(
      fc.property(amount, amount, amount, (a, b, c) => {
        expect(a.plus(b).equals(b.plus(a))).toBe(true);
        expect(a.plus(b).plus(c).equals(a.plus(b.plus(c)))).toBe(true);
        expect(a.plus(ZERO).equals(a)).toBe(true);
        expect(a.plus(b).minus(b).equals(a)).toBe(true);
        expect(a.minus(a).isZero()).toBe(true);
        expect(a.minus(b).equals(b.minus(a).negated())).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe("formatMoney", () => {
  test.each<[string, Parameters<typeof formatMoney>[1], string]>([
    ["1234.5", { locale: "zh-CN" }, "¥1,234.50"],
    ["1234.5", { locale: "en-US", currency: "USD" }, "$1,234.50"],
    ["1234.5", { locale: "en-US" }, "CN¥1,234.50"],
    ["-1234567.891", { locale: "zh-CN" }, "-¥1,234,567.89"],
    ["0.125", {}, "¥0.12"],
    ["0.135", {}, "¥0.14"],
    ["-0.001", {}, "¥0.00"],
    ["1234.5", { currency: "EUR" }, "€1,234.50"],
    ["1234.5", { currency: "CHF", locale: "en-US" }, "CHF 1,234.50"],
    ["1234.5", { symbol: false }, "1,234.50"],
    ["1234.5", { symbol: false, grouping: false }, "1234.50"],
    ["100", { dp: 0 }, "¥100"],
  ])("%s %j → %s", (value, options, expected) => {
    expect(formatMoney(money(value), options)).toBe(expected);
  });

  test.each(["zh-CN", "en-US"] as const)("property: parseAmount(formatMoney(x)) = x in %s", (locale) => {
    fc.assert(
      fc.property(amount, fc.constantFrom("CNY", "USD", "EUR"), (x, currency) => {
        const r = parseAmount(formatMoney(x, { locale, currency }), { decimal: "." });
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(r.value.equals(x)).toBe(true);
          expect(r.currency).toBe(currency);
        }
      }),
      { numRuns: 500 },
    );
  });
});
