import { findSubsets } from "../../../src/core/reconcile/subset-search";

test("finds the one subset that sums exactly, oldest first", () => {
  const r = findSubsets([120000n, 80050n, 300000n], 420000n, 2, 6, 1000);
  expect(r.solutions).toEqual([[0, 2]]);
  expect(r.complete).toBe(true);
});

test("stops at two answers: two answers already make it ambiguous", () => {
  const r = findSubsets([100n, 200n, 300n, 100n], 300n, 2, 6, 1000);
  expect(r.solutions).toEqual([
    [0, 1],
    [1, 3],
  ]);
});

test("respects the size bound", () => {
  expect(findSubsets([1n, 1n, 1n, 1n], 4n, 2, 3, 1000).solutions).toEqual([]);
});

test("gives up after the visit budget and says so", () => {
  const values = Array.from({ length: 40 }, (_, k) => BigInt(1000 + k * 7));
  const r = findSubsets(values, 1n + values.reduce((a, b) => a + b, 0n) / 3n, 2, 6, 500);
  expect(r.complete).toBe(false);
  expect(r.visits).toBeGreaterThan(500);
});
