// Money is decimal, never `number`. We use a private clone so that nothing else in the
// page (or a library) that calls the global `Decimal.set` can change our precision or rounding.
import DecimalJs from "decimal.js";

/** Decimal constructor private to Settle: 40 significant digits, half-even when asked to round. */
export const Money = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_EVEN });
/** An amount of money. Immutable. Crosses JSON as a decimal string ("1234.50"). */
export type Money = InstanceType<typeof Money>;

export const ZERO: Money = new Money(0);

/** Builds an amount from a decimal string or another amount. Throws on anything that is not a finite decimal. */
export function money(value: string | Money): Money {
  const m = new Money(value);
  if (!m.isFinite()) throw new RangeError(`not a finite amount: ${String(value)}`);
  return m;
}

export function isMoney(value: unknown): value is Money {
  return value instanceof Money;
}

/** Sum of amounts; the empty sum is zero. */
export function sum(values: Iterable<Money>): Money {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** Rounds to `dp` decimal places, half-even (banker's rounding), as accountants' systems do. */
export function roundMoney(value: Money, dp = 2): Money {
  return value.toDecimalPlaces(dp, Money.ROUND_HALF_EVEN);
}

/** The JSON form: a plain decimal string with at least two decimals ("1234.50", "-0.10"). */
export function toDecimalString(value: Money, minDp = 2): string {
  const dp = Math.max(minDp, value.decimalPlaces());
  return value.toFixed(dp);
}
