import type { PItem, SItem } from "../../../src/core/reconcile/context";
import { comparePaymentsByDate, compareSettlementsByAge, nearestDue } from "../../../src/core/reconcile/rank";

const s = (i: number, ageDay: number, dueDay: number): SItem => ({ i, ageDay, dueDay }) as SItem;
const p = (i: number, day: number): PItem => ({ i, day }) as PItem;

test("settlements oldest first; unknown dates last; canonical order breaks the rest", () => {
  const list = [s(0, NaN, NaN), s(1, 10, 40), s(2, 5, 35), s(3, 10, 30), s(4, 10, 30)];
  expect([...list].sort(compareSettlementsByAge).map((x) => x.i)).toEqual([2, 3, 4, 1, 0]);
});

test("payments earliest first, then canonical order", () => {
  expect([p(2, 5), p(0, 9), p(1, 5)].sort(comparePaymentsByDate).map((x) => x.i)).toEqual([1, 2, 0]);
});

test("the nearest due date wins only when it is the only nearest", () => {
  expect(nearestDue(p(0, 100), [s(1, 0, 90), s(2, 0, 104)]).map((x) => x.i)).toEqual([2]);
  expect(nearestDue(p(0, 100), [s(1, 0, 95), s(2, 0, 105)]).map((x) => x.i)).toEqual([1, 2]);
});
