import { findSubsets } from "../../../src/core/reconcile/subset-search";

test("finds the one subset that sums exactly, oldest first", () => {
  const r = findSubsets([120000, 80050, 300000], 420000, 2, 6, 1000);
  expect(r.solutions).toEqual([[0, 2]]);
  expect(r.complete).toBe(true);
});

test("stops at two answers: two answers already make it ambiguous", () => {
  const r = findSubsets([100, 200, 300, 100], 300, 2, 6, 1000);
  expect(r.solutions).toEqual([
    [0, 1],
    [1, 3],
  ]);
});

test("respects the size bound", () => {
  expect(findSubsets([1, 1, 1, 1], 4, 2, 3, 1000).solutions).toEqual([]);
});

test("gives up after the visit budget and says so", () => {
  const values = Array.from({ length: 40 }, (_, k) => 1000 + k * 7);
  const r = findSubsets(values, 1 + Math.floor(values.reduce((a, b) => a + b, 0) / 3), 2, 6, 500);
  expect(r.complete).toBe(false);
  expect(r.visits).toBeGreaterThan(500);
});
