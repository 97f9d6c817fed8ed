// Exact integer arithmetic for the matching hot loops. decimal.js is exact but slow; every amount
// is converted once to an integer count of 10^-scale units (scale = the most decimals any input
// has), held in a plain number. Integers up to 2^53 − 1 are exact in a double, and `prepare`
// refuses a book whose amounts together pass that bound (90 trillion at 2 decimals), so every sum
// and difference the engine forms stays exact. Numbers rather than bigints: on a million rows the
// bigint objects (one per amount, one per sum) were a large share of the heap and of the time.
import { money, type Money } from "../money";
import { daysFromCivil } from "../excel-serial";

const POW10: number[] = Array.from({ length: 16 }, (_, k) => 10 ** k);
const POW10N: bigint[] = Array.from({ length: 64 }, (_, k) => 10n ** BigInt(k));

/** The largest total of amounts (in units) a run can hold exactly. */
export const MAX_UNITS = Number.MAX_SAFE_INTEGER;

/** An amount too large to be held exactly as integer units. */
export class UnitsRangeError extends RangeError {
  constructor(readonly amount: string) {
    super(`amount ${amount} is too large to match exactly`);
  }
}

function safe(n: number, m: Money): number {
  if (!Number.isSafeInteger(n)) throw new UnitsRangeError(m.toString());
  return n;
}

/**
 * The amount `m` as an integer number of 10^-scale units. Exact when m has at most `scale`
 * decimals (else rounded half-even by toFixed); throws UnitsRangeError beyond 2^53 − 1 units.
 * Reads decimal.js's documented representation (sign `s`, exponent `e`, base-1e7 digit words
 * `d`): `toFixed` per amount was several times slower on 1M rows.
 */
export function toUnits(m: Money, scale: number): number {
  const words = m.d;
  if (!words || words.length === 0 || words[0] === 0) return 0;
  significand(words);
  // The value is sigN · 10^(e − (sigDigits − 1)); in units, sigN · 10^shift.
  const shift = m.e - (sigDigits - 1) + scale;
  if (sigDigits <= 15 && shift >= 0 && shift < POW10.length) {
    // At most 15 digits: exact in a double, and so is the product unless it passes 2^53 (then
    // `safe` refuses it).
    const r = safe(sigN * (POW10[shift] as number), m);
    return m.s < 0 ? -r : r;
  }
  if (shift >= 0 && shift < POW10N.length) {
    let big = 0n;
    for (const w of words) big = big * 10_000_000n + BigInt(w);
    big = (big / (POW10N[sigZeros] as bigint)) * (POW10N[shift] as bigint);
    return safe(Number(big), m) * (m.s < 0 ? -1 : 1);
  }
  // More decimals than the scale (a tolerance like "0.005" at scale 2): round as toFixed does.
  const t = m.toFixed(scale);
  return safe(Number(scale === 0 ? t : t.replace(".", "")), m);
}

function digitCount(word: number): number {
  let d = 1;
  while (d < 7 && word >= (POW10[d] as number)) d += 1;
  return d;
}

// Results of `significand`, in module variables: it runs once or twice per row, and an object
// per call would be garbage by the million.
let sigN = 0;
let sigDigits = 0;
let sigZeros = 0;

/**
 * Reads decimal.js's base-1e7 words: the number of significant digits once trailing zeros are
 * dropped (sigDigits), how many zeros were dropped from the last word (sigZeros), and the digits
 * as a number when there are at most 15 of them (sigN, else NaN).
 */
function significand(words: readonly number[]): void {
  const count = words.length;
  let last = words[count - 1] as number;
  let zeros = 0;
  while (last !== 0 && last % 10 === 0) {
    last /= 10;
    zeros += 1;
  }
  sigZeros = zeros;
  sigDigits = (count === 1 ? digitCount(words[0] as number) : digitCount(words[0] as number) + 7 * (count - 1)) - zeros;
  if (sigDigits > 15) sigN = NaN;
  else if (count === 1) sigN = last;
  else {
    let n = words[0] as number;
    for (let k = 1; k < count - 1; k += 1) n = n * 1e7 + (words[k] as number);
    sigN = n * (POW10[7 - zeros] as number) + last;
  }
}

/** Back from units to Money, exactly. */
export function fromUnits(units: number, scale: number): Money {
  if (scale === 0) return money(String(units));
  const neg = units < 0;
  const digits = String(neg ? -units : units).padStart(scale + 1, "0");
  const text = `${neg ? "-" : ""}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return money(text);
}

/** A non-negative decimal string as a rational num / 10^dp (for the percentage tolerance). */
export interface Ratio {
  num: number;
  dp: number;
}

export function toRatio(text: string): Ratio {
  const m = money(text);
  const dp = m.decimalPlaces();
  return { num: toUnits(m, dp), dp };
}

export function absUnits(n: number): number {
  return n < 0 ? -n : n;
}

/** a · b ≤ c · d for non-negative safe integers, exactly (the products may pass 2^53). */
export function productAtMost(a: number, b: number, c: number, d: number): boolean {
  const left = a * b;
  const right = c * d;
  // Doubles are exact up to 2^53; beyond that compare in bigints.
  if (left <= MAX_UNITS && right <= MAX_UNITS) return left <= right;
  return BigInt(a) * BigInt(b) <= BigInt(c) * BigInt(d);
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

/**
 * Amounts read once: for each row, its significant digits (when at most 15) and the power of ten
 * of the last one, in typed arrays. The scale is known only after every amount has been seen,
 * and going back to a million Decimal objects to convert them cost a second trip to memory per
 * row; converting from these arrays does not.
 */
export class AmountDigits {
  private readonly digits: Float64Array;
  private readonly pow: Int32Array;
  private readonly negative: Uint8Array;
  /** Rows whose amount has more than 15 significant digits: converted from the Decimal itself. */
  private readonly wide = new Map<number, Money>();

  constructor(size: number) {
    this.digits = new Float64Array(size);
    this.pow = new Int32Array(size);
    this.negative = new Uint8Array(size);
  }

  /** Whether row k's amount is negative (decimal.js's sign: −0 counts, as in isNegative()). */
  isNegative(k: number): boolean {
    return this.negative[k] === 1;
  }

  /** Whether row k's amount is zero. */
  isZero(k: number): boolean {
    return this.digits[k] === 0 && !(this.wide.size > 0 && this.wide.has(k));
  }

  /**
   * Row k's amount as (significant digits, power of ten): equal pairs exactly when the amounts
   * are equal, so they can be hashed. NaN digits for an amount of more than 15 digits.
   */
  digitsOf(k: number): number {
    return this.wide.size > 0 && this.wide.has(k) ? NaN : (this.digits[k] ?? 0);
  }

  powOf(k: number): number {
    return this.pow[k] ?? 0;
  }

  /** Records row k's amount and returns its number of decimal places. */
  read(k: number, m: Money): number {
    this.negative[k] = m.s < 0 ? 1 : 0;
    const words = m.d;
    if (!words || words.length === 0 || words[0] === 0) {
      this.digits[k] = 0;
      this.pow[k] = 0;
      return 0;
    }
    significand(words);
    const pow = m.e - (sigDigits - 1);
    if (sigDigits > 15) this.wide.set(k, m);
    else this.digits[k] = m.s < 0 ? -sigN : sigN;
    this.pow[k] = pow;
    return Math.max(0, -pow);
  }

  /** Row k's amount in 10^-scale units (scale at least its decimal places); throws UnitsRangeError past 2^53 − 1. */
  units(k: number, scale: number): number {
    const wide = this.wide.size > 0 ? this.wide.get(k) : undefined;
    if (wide) return toUnits(wide, scale);
    const n = this.digits[k] ?? 0;
    if (n === 0) return 0;
    const shift = (this.pow[k] ?? 0) + scale;
    const p = POW10[shift];
    if (p === undefined) throw new UnitsRangeError(`${n}e${this.pow[k] ?? 0}`);
    const r = n * p;
    if (!Number.isSafeInteger(r)) throw new UnitsRangeError(`${n}e${this.pow[k] ?? 0}`);
    return r;
  }
}
