// Exact integer arithmetic for the matching hot loops. decimal.js is exact but slow; every amount
// is converted once to a bigint count of 10^-scale units (scale = the most decimals any input
// has), so sums and comparisons stay exact without creating a Decimal per comparison.
import { money, type Money } from "../money";
import { daysFromCivil } from "../excel-serial";

const POW10: bigint[] = Array.from({ length: 64 }, (_, k) => 10n ** BigInt(k));

/**
 * The amount `m` as a bigint of 10^-scale units. Exact when m has at most `scale` decimals (else
 * rounded half-even by toFixed). Reads decimal.js's documented representation (sign `s`, exponent
 * `e`, base-1e7 digit words `d`): `toFixed` per amount was several times slower on 1M rows.
 */
export function toUnits(m: Money, scale: number): bigint {
  const words = m.d;
  if (!words || words.length === 0 || words[0] === 0) return 0n;
  let n = BigInt(words[0] as number);
  for (let k = 1; k < words.length; k += 1) n = n * 10_000_000n + BigInt(words[k] as number);
  // n holds all the digits; the value is n · 10^(e − (number of digits − 1)).
  const digits = String(words[0]).length + 7 * (words.length - 1);
  const shift = m.e - (digits - 1) + scale;
  let r: bigint;
  if (shift >= 0 && shift < POW10.length) r = n * (POW10[shift] as bigint);
  else if (shift < 0 && -shift < POW10.length && n % (POW10[-shift] as bigint) === 0n) r = n / (POW10[-shift] as bigint);
  else {
    // More decimals than the scale (a tolerance like "0.005" at scale 2): round as toFixed does.
    const t = m.toFixed(scale);
    return BigInt(scale === 0 ? t : t.replace(".", ""));
  }
  return m.s < 0 ? -r : r;
}

/** Decimal places of `m` (as `decimalPlaces()`), read from the digit words: called once per row. */
export function decimalsOf(m: Money): number {
  const words = m.d;
  if (!words || words.length === 0) return 0;
  let last = words[words.length - 1] as number;
  let zeros = 0;
  while (last !== 0 && last % 10 === 0) {
    last /= 10;
    zeros += 1;
  }
  const digits = String(words[0]).length + 7 * (words.length - 1);
  return Math.max(0, digits - 1 - m.e - zeros);
}

/** Back from units to Money, exactly. */
export function fromUnits(units: bigint, scale: number): Money {
  if (scale === 0) return money(units.toString());
  const neg = units < 0n;
  const digits = (neg ? -units : units).toString().padStart(scale + 1, "0");
  const text = `${neg ? "-" : ""}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return money(text);
}

/** A non-negative decimal string as a rational n / 10^dp, kept as bigints (for tolerances, rates). */
export interface Ratio {
  num: bigint;
  dp: number;
}

export function toRatio(text: string): Ratio {
  const m = money(text);
  const dp = m.decimalPlaces();
  return { num: toUnits(m, dp), dp };
}

export function absUnits(n: bigint): bigint {
  return n < 0n ? -n : n;
}

function digitsAt(s: string, from: number, n: number): number {
  let v = 0;
  for (let k = from; k < from + n; k += 1) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return NaN;
    v = v * 10 + c;
  }
  return v;
}

/**
 * Days since 1970-01-01 of a "YYYY-MM-DD" date (proleptic Gregorian, pure arithmetic, no Date
 * object, so no time zone); NaN when the text is not such a date.
 */
export function dayNumber(iso: string | undefined): number {
  if (!iso || iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return NaN;
  const y0 = digitsAt(iso, 0, 4);
  const mo = digitsAt(iso, 5, 2);
  const d = digitsAt(iso, 8, 2);
  if (Number.isNaN(y0 + mo + d) || mo < 1 || mo > 12 || d < 1 || d > 31) return NaN;
  return daysFromCivil(y0, mo, d);
}
