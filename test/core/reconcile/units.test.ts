import fc from "fast-check";
import { money } from "../../../src/core/money";
import { AmountDigits, dayNumber, fromUnits, MAX_UNITS, productAtMost, toUnits, UnitsRangeError } from "../../../src/core/reconcile/units";

test("amounts round-trip exactly through integer units", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), fc.double({ min: -1, max: 1, noNaN: true }), (dp, extra, f) => {
      const scale = dp + extra;
      // Any whole number of 10^-dp that still fits 2^53 − 1 units at the larger scale.
      const n = Math.trunc(f * Math.floor(MAX_UNITS / 10 ** scale) * 10 ** dp) || 0;
      const m = fromUnits(n, dp);
      expect(toUnits(m, scale)).toBe(n * 10 ** (scale - dp));
      expect(fromUnits(toUnits(m, scale), scale).eq(m)).toBe(true);
      const digits = new AmountDigits(1);
      expect(digits.read(0, m)).toBe(m.decimalPlaces());
      expect(digits.units(0, scale)).toBe(n * 10 ** (scale - dp));
    }),
  );
  expect(toUnits(money("1234.56"), 2)).toBe(123456);
  expect(toUnits(money("-12.3"), 2)).toBe(-1230);
  expect(toUnits(money("90071992547409.91"), 2)).toBe(MAX_UNITS);
});

test("an amount beyond 2^53 − 1 units is refused, never rounded", () => {
  expect(() => toUnits(money("90071992547409.92"), 2)).toThrow(UnitsRangeError);
  expect(() => toUnits(money("123456789012345678"), 0)).toThrow(UnitsRangeError);
  expect(() => toUnits(money("-1e20"), 2)).toThrow(UnitsRangeError);
});

test("products compare exactly past 2^53", () => {
  const big = 2 ** 52;
  // (2^52 + 1) · 3 and (2^52) · 3 + 2 differ by 1 and round to the same double.
  expect(productAtMost(big + 1, 3, big * 3 + 2, 1)).toBe(false);
  expect(productAtMost(big + 1, 3, big * 3 + 3, 1)).toBe(true);
  expect(productAtMost(5, 100, 1000, 1)).toBe(true);
});

test("calendar days without Date objects", () => {
  expect(dayNumber("1970-01-01")).toBe(0);
  expect(dayNumber("2024-03-01") - dayNumber("2024-02-28")).toBe(2);
  expect(dayNumber("2023-03-01") - dayNumber("2023-02-28")).toBe(1);
  expect(dayNumber("2024-13-01")).toBeNaN();
  expect(dayNumber(undefined)).toBeNaN();
});

test("units agree with decimal.js's own toFixed for any amount text that fits", () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[1-9][0-9]{0,17}$/), fc.integer({ min: 0, max: 8 }), fc.boolean(), (digits, dp, negative) => {
      const text = `${negative ? "-" : ""}${dp >= digits.length ? "0" : digits.slice(0, digits.length - dp)}.${digits.slice(-dp).padStart(dp, "0")}`;
      const m = money(dp === 0 ? digits : text);
      const scale = Math.max(2, m.decimalPlaces());
      const table = new AmountDigits(1);
      expect(table.read(0, m)).toBe(m.decimalPlaces());
      const exact = BigInt(m.toFixed(scale).replace(".", ""));
      if (exact > BigInt(MAX_UNITS) || exact < -BigInt(MAX_UNITS)) {
        expect(() => toUnits(m, scale)).toThrow(UnitsRangeError);
        expect(() => table.units(0, scale)).toThrow(UnitsRangeError);
      } else {
        expect(toUnits(m, scale)).toBe(Number(exact));
        expect(table.units(0, scale)).toBe(Number(exact));
      }
    }),
    { numRuns: 2000 },
  );
});
