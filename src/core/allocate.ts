// Splits a total by weights in whole cents (or `dp` places) so that the parts add up exactly.
// Largest-remainder method: each part gets its rounded-down share, then the cents left over go one
// by one to the parts with the largest remainders, ties to the earlier part. The result depends only
// on the inputs (never on chance), and the last cent always lands in a predictable place.
import { Money, ZERO } from "./money";
import type { Money as MoneyT } from "./money";

/**
 * Splits `total` in proportion to `weights` (decimal strings or Money), to `dp` decimal places.
 * The parts sum exactly to `total` rounded to `dp` places (half-even). For non-negative weights
 * and a non-negative total every part is non-negative; a negative total gives non-positive parts.
 * Throws on an empty list, a negative weight or weights summing to zero (a caller bug, not data).
 */
export function allocate(total: MoneyT, weights: ReadonlyArray<MoneyT | string>, dp = 2): MoneyT[] {
  if (weights.length === 0) throw new RangeError("allocate: no weights");
  const w = weights.map((x) => new Money(x));
  if (w.some((x) => !x.isFinite() || x.isNegative())) throw new RangeError("allocate: weights must be non-negative");
  const weightSum = w.reduce((a, b) => a.plus(b), ZERO);
  if (weightSum.isZero()) throw new RangeError("allocate: weights sum to zero");

  const unit = new Money(10).pow(-dp);
  const rounded = total.toDecimalPlaces(dp, Money.ROUND_HALF_EVEN);
  const negative = rounded.isNegative();
  const units = rounded.abs().div(unit); // an integer count of cents
  const shares = w.map((x) => units.times(x).div(weightSum));
  const floors = shares.map((s) => s.floor());
  let left = units.minus(floors.reduce((a, b) => a.plus(b), ZERO)).toNumber(); // < weights.length
  const order = shares
    .map((s, i) => ({ i, rest: s.minus(floors[i] ?? ZERO) }))
    .sort((a, b) => b.rest.comparedTo(a.rest) || a.i - b.i);
  const parts = floors.slice();
  for (const { i } of order) {
    if (left <= 0) break;
    // A zero weight never receives a leftover cent: its share is exactly zero.
    if ((w[i] ?? ZERO).isZero()) continue;
    parts[i] = (parts[i] ?? ZERO).plus(1);
    left -= 1;
  }
  return parts.map((p) => {
    const v = p.times(unit);
    return negative && !v.isZero() ? v.negated() : v;
  });
}
