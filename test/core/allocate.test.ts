import fc from "fast-check";
import { allocate } from "../../src/core/allocate";
import { money, sum } from "../../src/core/money";

/** Amounts with 2 decimals, built from integers as strings (never from float arithmetic). */
const amount = fc
  .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 99 }), fc.boolean())
  .map(([whole, c, neg]) => money(`${neg && whole === 0n ? "-" : ""}${whole}.${String(c).padStart(2, "0")}`));
const weight = fc.integer({ min: 0, max: 1_000_000 }).map((n) => money(String(n)));

describe("allocate", () => {
  test.each<[string, string[], string[]]>([
    ["100", ["1", "1", "1"], ["33.34", "33.33", "33.33"]],
    ["0.05", ["1", "1"], ["0.03", "0.02"]],
    ["-100", ["1", "1", "1"], ["-33.34", "-33.33", "-33.33"]],
    ["10", ["0", "1"], ["0.00", "10.00"]],
    ["1", ["3", "3", "1"], ["0.43", "0.43", "0.14"]],
    ["1000", ["0.5", "0.25", "0.25"], ["500.00", "250.00", "250.00"]],
    ["0.01", ["1", "1", "1"], ["0.01", "0.00", "0.00"]],
    ["99.999", ["1"], ["100.00"]],
  ])("%s by %j → %j", (total, weights, expected) => {
    expect(allocate(money(total), weights).map((m) => m.toFixed(2))).toEqual(expected);
  });

  test("rejects weights that cannot split anything", () => {
    expect(() => allocate(money("1"), [])).toThrow(RangeError);
    expect(() => allocate(money("1"), ["0", "0"])).toThrow(RangeError);
    expect(() => allocate(money("1"), ["1", "-1"])).toThrow(RangeError);
  });

  test("property: the parts add up to the total, never negative, zero weights get zero", () => {
    fc.assert(
      fc.property(amount, fc.array(weight, { minLength: 1, maxLength: 12 }), (total, weights) => {
        fc.pre(weights.some((w) => !w.isZero()));
        const parts = allocate(total, weights);
        expect(sum(parts).equals(total)).toBe(true);
        parts.forEach((p, i) => {
          if (!total.isNegative()) expect(p.isNegative()).toBe(false);
          else expect(p.isPositive() && !p.isZero()).toBe(false);
          if (weights[i]?.isZero()) expect(p.isZero()).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  test("property: the same input gives the same split (the last cent is deterministic)", () => {
    fc.assert(
      fc.property(amount, fc.array(weight, { minLength: 1, maxLength: 6 }), (total, weights) => {
        fc.pre(weights.some((w) => !w.isZero()));
        expect(allocate(total, weights).map(String)).toEqual(allocate(total, weights.slice()).map(String));
      }),
    );
  });
});
