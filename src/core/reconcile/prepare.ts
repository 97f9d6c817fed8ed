// Turns the input into the run's working state: canonical order (sorted by id, so shuffled rows
// give the same plan), integer amounts, and the payments that are not receipts set aside with a
// reason: refunds, closed / failed / pending platform transactions, outgoing or neutral lines,
// zero amounts, duplicates (same transaction id and amount, or same date, amount, payer and memo),
// and currencies no settlement is in (unless a rate is given).
import { money, roundMoney, type Money } from "../money";
import type { Payment, PaymentStatus, Settlement, SourceRef } from "../model";
import type { Alias } from "../names";
import { buildCustomerIndex, type Resolution } from "./customers";
import { HASH_START, hashInt, hashRuns, hashText } from "./hash-runs";
import type { Ctx, PItem, SItem } from "./context";
import { P as say, phrase, type Phrase } from "./explain";
import type { PaymentException, PaymentExceptionKind } from "./plan";
import { compareCanonical } from "./rank";
import { refKey } from "./ref-key";
import type { ReconcileSettings } from "./settings";
import { AmountDigits, dayNumber, fromUnits, MAX_UNITS, toRatio, toUnits, UnitsRangeError } from "./units";

/** "cny " → "CNY"; the common already-clean code is returned as is (no new string per row). */
function currencyCode(raw: string): string {
  return /^[A-Z]{3}$/.test(raw) ? raw : raw.trim().toUpperCase();
}

/** currencyCode, remembering the last answer: a column almost always repeats one currency. */
function currencyCoder(): (raw: string) => string {
  let lastRaw: string | undefined;
  let lastCode = "";
  return (raw) => {
    if (raw !== lastRaw) [lastRaw, lastCode] = [raw, currencyCode(raw)];
    return lastCode;
  };
}

/** Records in canonical order (sheet, row, id): the order every later choice falls back on. */
function canonical<T extends { id: string; source: SourceRef }>(rows: readonly T[]): T[] {
  return [...rows].sort(compareCanonical);
}

const NO_RESOLUTION: Resolution = { kind: "none" };

const STATUS_KIND: Partial<Record<PaymentStatus, PaymentExceptionKind>> = {
  refunded: "refund",
  "partially-refunded": "refund",
  closed: "closed",
  failed: "failed",
  reversed: "failed",
  pending: "pending",
};

const KIND_TEXT: Record<PaymentExceptionKind, Phrase> = {
  duplicate: phrase("Duplicate of another payment line; counted once", "与另一笔收款重复，只计一次"),
  refund: phrase("Refunded on the platform: not a receipt", "平台已退款，不作为收款"),
  closed: phrase("Transaction closed: no money received", "交易已关闭，未实际收款"),
  failed: phrase("Transaction failed or reversed: not a receipt", "交易失败或已冲正，不作为收款"),
  pending: phrase("Transaction still pending: match it once it clears", "交易处理中，到账后再核销"),
  outgoing: phrase("Money paid out, not received", "为付出款项，非收款"),
  neutral: phrase("Neither in nor out (不计收支): not a receipt", "不计收支，不作为收款"),
  zero: phrase("Amount is zero: nothing to apply", "金额为零，无可核销"),
  currency: phrase(
    "No settlement is in this currency and no rate is set: left unapplied",
    "没有该币种的结算单且未设置汇率，暂不核销",
  ),
};

/** Why a payment line is not a receipt, if it is not (its amount's sign read from `amounts`). */
function exceptionOf(p: Payment, amounts: AmountDigits, k: number): PaymentExceptionKind | undefined {
  const byStatus = STATUS_KIND[p.status];
  if (byStatus) return byStatus;
  if (p.direction === "out" || amounts.isNegative(k)) return "outgoing";
  if (p.direction === "neutral") return "neutral";
  if (amounts.isZero(k)) return "zero";
  return undefined;
}

/** What prepare's sweep over the payments found for the duplicate search. */
interface LineKeys {
  /** Receipt candidates (not exceptions), canonical indices ascending. */
  items: number[];
  /** Of those, the lines with a transaction id of 6 or more characters. */
  withTx: number[];
  txOf: Array<string | undefined>;
  txHash: Float64Array;
  /** Hash of date, amount and payer (trimmed). */
  contentHash: Float64Array;
}

/**
 * Duplicates among the receipt candidates: "same transaction id, amount and currency", or "same
 * date, amount, currency, payer and memo" (payer and memo as written, trimmed). Returns line →
 * the earlier line it copies; the first line in canonical order is kept, and a copy is only ever
 * compared with lines that are kept. Lines are grouped by hash first, so only the few that share
 * one are compared.
 */
function findDuplicates(P: readonly PItem[], keys: LineKeys): Map<number, number> {
  const { items, withTx, txOf, txHash, contentHash } = keys;
  const txRun = new Map<number, number[]>();
  const contentRun = new Map<number, number[]>();
  for (const run of hashRuns(withTx, P.length, (i) => txHash[i] ?? 0)) for (const i of run) txRun.set(i, run);
  for (const run of hashRuns(items, P.length, (i) => contentHash[i] ?? 0)) for (const i of run) contentRun.set(i, run);
  const involved = [...new Set([...txRun.keys(), ...contentRun.keys()])].sort((a, b) => a - b);

  const same = (a: string | undefined, b: string | undefined): boolean => (a ?? "").trim() === (b ?? "").trim();
  const sameTx = (a: PItem, b: PItem): boolean => txOf[a.i] === txOf[b.i] && a.units === b.units && a.currency === b.currency;
  const sameContent = (a: PItem, b: PItem): boolean =>
    a.units === b.units && a.p.date === b.p.date && a.currency === b.currency && same(a.p.payer, b.p.payer) && same(a.p.memo, b.p.memo);
  const copyOf = new Map<number, number>();
  const firstKept = (run: number[] | undefined, item: PItem, test: (a: PItem, b: PItem) => boolean): number | undefined =>
    run?.find((o) => o < item.i && !copyOf.has(o) && test(P[o] as PItem, item));
  for (const i of involved) {
    const item = P[i] as PItem;
    const first = firstKept(txRun.get(i), item, sameTx) ?? firstKept(contentRun.get(i), item, sameContent);
    if (first !== undefined) copyOf.set(i, first);
  }
  return copyOf;
}

/**
 * The book's amounts are too large to be matched exactly: together they pass 2^53 − 1 units
 * (about 90 trillion at 2 decimals). Names the row where the total passed the bound.
 */
export class BookTooLargeError extends Error {
  readonly messageZh: string;
  constructor(readonly at: SourceRef, scale: number) {
    const [whole = "", fraction] = fromUnits(MAX_UNITS, scale).toFixed(scale).split(".");
    const limit = whole.replace(/\B(?=(\d{3})+$)/g, ",") + (fraction ? `.${fraction}` : "");
    super(
      `${at.sheet} row ${at.row}: the amounts of this book add up to more than ${limit}, the most Settle can match exactly ` +
        `at ${scale} decimals. Reconcile the book in parts (fewer rows per run).`,
    );
    this.name = "BookTooLargeError";
    this.messageZh = `${at.sheet} 第 ${at.row} 行：本簿金额合计超过 ${limit}，超出 Settle 在 ${scale} 位小数下可精确核对的范围。请分批核对（每次少选一些行）。`;
  }
}

function sourceOf(rows: ReadonlyArray<{ source: SourceRef }>, k: number): SourceRef {
  return rows[k]?.source ?? { sheet: "", row: 0 };
}

/**
 * Units of each amount (from the digits read once, or from a Money for a converted amount),
 * checking that the running total of all of them stays exact.
 */
function unitCounter(scale: number): {
  row(amounts: AmountDigits, k: number, rows: ReadonlyArray<{ source: SourceRef }>): number;
  money(m: Money, at: SourceRef): number;
} {
  let total = 0;
  // The row is only read when something is wrong: the common case never goes back to it.
  const counted = (units: number, rows: ReadonlyArray<{ source: SourceRef }>, k: number): number => {
    total += units < 0 ? -units : units;
    if (total > MAX_UNITS) throw new BookTooLargeError(sourceOf(rows, k), scale);
    return units;
  };
  const refused = (err: unknown, rows: ReadonlyArray<{ source: SourceRef }>, k: number): never => {
    if (err instanceof UnitsRangeError) throw new BookTooLargeError(sourceOf(rows, k), scale);
    throw err;
  };
  return {
    row(amounts, k, rows) {
      try {
        return counted(amounts.units(k, scale), rows, k);
      } catch (err) {
        return refused(err, rows, k);
      }
    },
    money(m, at) {
      try {
        return counted(toUnits(m, scale), [{ source: at }], 0);
      } catch (err) {
        return refused(err, [{ source: at }], 0);
      }
    },
  };
}

export interface Prepared {
  ctx: Ctx;
  exceptions: PaymentException[];
  /** Receipts in a currency nothing can be matched in: unapplied, and reported. */
  unmatchable: PItem[];
}

export function prepare(
  settlementsIn: readonly Settlement[],
  paymentsIn: readonly Payment[],
  settings: ReconcileSettings,
  aliases: readonly Alias[],
): Prepared {
  const settlements = canonical(settlementsIn);
  const payments = canonical(paymentsIn);
  // One sweep over each input reads everything the run needs from it (amount digits, dates,
  // currency, names, the duplicate keys, the payer's customer) into arrays: on a large book every
  // return to a row object is a trip to main memory.
  let scale = 2;
  const currencyOf = currencyCoder();
  const sAmounts = new AmountDigits(settlements.length);
  const names = new Array<string>(settlements.length);
  const sId = new Array<string>(settlements.length);
  const sAmount = new Array<Money>(settlements.length);
  const sCurrency = new Array<string>(settlements.length);
  const sDue = new Float64Array(settlements.length);
  const sIssue = new Float64Array(settlements.length);
  settlements.forEach((s, k) => {
    scale = Math.max(scale, sAmounts.read(k, s.amount));
    names[k] = s.customer;
    sId[k] = s.id;
    sAmount[k] = s.amount;
    sCurrency[k] = currencyOf(s.currency);
    const due = dayNumber(s.dueDate ?? s.issueDate);
    sDue[k] = due;
    sIssue[k] = s.issueDate === undefined ? due : dayNumber(s.issueDate);
  });

  const customers = buildCustomerIndex(
    names,
    aliases,
    settings.nameSimilarityThreshold,
    settings.nameAmbiguityMargin,
  );

  const n = payments.length;
  const pAmounts = new AmountDigits(n);
  const pCurrency = new Array<string>(n);
  const pId = new Array<string>(n);
  const pAmount = new Array<Money>(n);
  const pDay = new Float64Array(n);
  const kinds = new Array<PaymentExceptionKind | undefined>(n);
  const resolutionOf = new Array<Resolution | undefined>(n);
  const lines: LineKeys = { items: [], withTx: [], txOf: new Array<string | undefined>(n), txHash: new Float64Array(n), contentHash: new Float64Array(n) };
  payments.forEach((p, k) => {
    scale = Math.max(scale, pAmounts.read(k, p.amount));
    pCurrency[k] = currencyOf(p.currency);
    pId[k] = p.id;
    pAmount[k] = p.amount;
    const day = dayNumber(p.date);
    pDay[k] = day;
    const kind = exceptionOf(p, pAmounts, k);
    kinds[k] = kind;
    if (kind) return;
    lines.items.push(k);
    const tx = p.reference ? refKey(p.reference) : "";
    if (tx.length >= 6) {
      lines.txOf[k] = tx;
      lines.txHash[k] = hashText(HASH_START, tx);
      lines.withTx.push(k);
    }
    // Duplicate lines are copies: the payer text as written (trimmed) is enough to compare.
    const h = hashInt(hashInt(hashInt(HASH_START, day), pAmounts.digitsOf(k)), pAmounts.powOf(k));
    lines.contentHash[k] = hashText(h, (p.payer ?? "").trim());
    resolutionOf[k] = customers.resolve(p.payer);
  });

  const unitsOf = unitCounter(scale);
  const S: SItem[] = settlements.map((s, i) => {
    const c = customers.inputIds[i] ?? -1;
    const units = unitsOf.row(sAmounts, i, settlements);
    return { i, s, units, currency: sCurrency[i] ?? "", c, cust: customers.keyAt(c), dueDay: sDue[i] ?? NaN, ageDay: sIssue[i] ?? NaN };
  });
  const currencies = new Set(sCurrency);

  const exceptions: PaymentException[] = [];
  const unmatchable: PItem[] = [];
  const receipts: PItem[] = [];
  const P: PItem[] = payments.map((p, i) => ({
    i,
    p,
    units: unitsOf.row(pAmounts, i, payments),
    currency: pCurrency[i] ?? "",
    day: pDay[i] ?? NaN,
    resolution: NO_RESOLUTION,
  }));
  const copyOf = findDuplicates(P, lines);
  for (const item of P) {
    const kind = kinds[item.i];
    if (kind) {
      exceptions.push({ paymentId: pId[item.i] ?? "", kind, explanation: KIND_TEXT[kind] });
      continue;
    }
    const first = copyOf.get(item.i);
    if (first !== undefined) {
      exceptions.push({ paymentId: pId[item.i] ?? "", kind: "duplicate", duplicateOf: pId[first] ?? "", explanation: KIND_TEXT.duplicate });
      continue;
    }

    if (!currencies.has(item.currency)) {
      const p = item.p;
      const rate = settings.rates.find((r) => r.from.toUpperCase() === item.currency && currencies.has(r.to.toUpperCase()));
      if (!rate) {
        exceptions.push({ paymentId: p.id, kind: "currency", explanation: KIND_TEXT.currency });
        unmatchable.push(item);
        continue;
      }
      const to = rate.to.toUpperCase();
      item.units = unitsOf.money(roundMoney(p.amount.times(money(rate.rate)), scale), p.source);
      item.converted = say.converted(item.currency, to, rate.rate);
      item.currency = to;
    }
    item.resolution = resolutionOf[item.i] ?? NO_RESOLUTION;
    receipts.push(item);
  }

  // Filled by plain loops: TypedArray.from over an array goes through the iterator protocol,
  // one result object per row.
  const sOpen = new Float64Array(S.length);
  const sTouched = new Uint8Array(S.length);
  for (const s of S) {
    sOpen[s.i] = s.units;
    sTouched[s.i] = s.units > 0 ? 0 : 1;
  }
  const pWhole = new Float64Array(P.length);
  for (const p of P) pWhole[p.i] = p.converted ? NaN : p.units;
  const ctx: Ctx = {
    settings,
    scale,
    S,
    P,
    receipts,
    sOpen,
    pOpen: openPayments(P.length, receipts, unmatchable),
    sTouched,
    pTouched: touchedAtStart(P.length, receipts),
    sId,
    pId,
    sAmount,
    pAmount,
    sWhole: sOpen.slice(),
    pWhole,
    tol: {
      abs: toUnits(money(settings.toleranceAbsolute), scale),
      pct: toRatio(settings.tolerancePercent),
      rounding: toUnits(money(settings.roundingMax), scale),
      fee: toUnits(money(settings.feeMax), scale),
    },
    customers,
    rejected: new Set(),
    groups: [],
    firstS: [],
    firstP: [],
  };
  return { ctx, exceptions, unmatchable };
}

/** Everything but receipts starts as "touched": never fresh for a pass. */
function touchedAtStart(n: number, receipts: PItem[]): Uint8Array {
  const t = new Uint8Array(n).fill(1);
  for (const p of receipts) if (p.units > 0) t[p.i] = 0;
  return t;
}

/** Only receipts have an amount to apply; exceptions start (and stay) at zero. */
function openPayments(n: number, receipts: PItem[], unmatchable: PItem[]): Float64Array {
  const open = new Float64Array(n);
  for (const p of receipts) open[p.i] = p.units;
  for (const p of unmatchable) open[p.i] = p.units;
  return open;
}
