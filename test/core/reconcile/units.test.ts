import fc from "fast-check";
import { money } from "../../../src/core/money";
import { dayNumber, decimalsOf, fromUnits, toUnits } from "../../../src/core/reconcile/units";

test("amounts round-trip exactly through integer units", () => {
  fc.assert(
    fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 6 }), (n, dp) => {
      const scale = Math.max(2, dp);
      const m = fromUnits(n, dp);
      expect(toUnits(m, scale)).toBe(n * 10n ** BigInt(scale - dp));
      expect(fromUnits(toUnits(m, scale), scale).eq(m)).toBe(true);
      expect(decimalsOf(m)).toBe(m.decimalPlaces());
    }),
  );
  expect(toUnits(money("1234.56"), 2)).toBe(123456n);
  expect(toUnits(money("-12.3"), 2)).toBe(-1230n);
});

test("calendar days without Date objects", () => {
  expect(dayNumber("1970-01-01")).toBe(0);
  expect(dayNumber("2024-03-01") - dayNumber("2024-02-28")).toBe(2);
  expect(dayNumber("2023-03-01") - dayNumber("2023-02-28")).toBe(1);
  expect(dayNumber("2024-13-01")).toBeNaN();
  expect(dayNumber(undefined)).toBeNaN();
});
