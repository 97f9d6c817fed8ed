// Turns the input into the run's working state: canonical order (sorted by id, so shuffled rows
// give the same plan), integer amounts, and the payments that are not receipts set aside with a
// reason: refunds, closed / failed / pending platform transactions, outgoing or neutral lines,
// zero amounts, duplicates (same transaction id and amount, or same date, amount, payer and memo),
// and currencies no settlement is in (unless a rate is given).
import { money, roundMoney } from "../money";
import type { Payment, PaymentStatus, Settlement, SourceRef } from "../model";
import type { Alias } from "../names";
import { buildCustomerIndex } from "./customers";
import type { Ctx, PItem, SItem } from "./context";
import { P as say, phrase, type Phrase } from "./explain";
import type { PaymentException, PaymentExceptionKind } from "./plan";
import { compareCanonical } from "./rank";
import { refKey } from "./ref-key";
import type { ReconcileSettings } from "./settings";
import { dayNumber, decimalsOf, toRatio, toUnits } from "./units";

/** "cny " → "CNY"; the common already-clean code is returned as is (no new string per row). */
function currencyCode(raw: string): string {
  return /^[A-Z]{3}$/.test(raw) ? raw : raw.trim().toUpperCase();
}

/** Records in canonical order (sheet, row, id): the order every later choice falls back on. */
function canonical<T extends { id: string; source: SourceRef }>(rows: readonly T[]): T[] {
  return [...rows].sort(compareCanonical);
}

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

function exceptionOf(p: Payment): PaymentExceptionKind | undefined {
  const byStatus = STATUS_KIND[p.status];
  if (byStatus) return byStatus;
  if (p.direction === "out" || p.amount.isNegative()) return "outgoing";
  if (p.direction === "neutral") return "neutral";
  if (p.amount.isZero()) return "zero";
  return undefined;
}

/**
 * Duplicates: "same transaction id and amount", or "same date, amount, payer and memo". Lines are
 * filed by amount (a bigint key), then date; the rest is compared within the few lines found, so
 * no composite string is built per row. The first line in canonical order is kept.
 */
function duplicateFinder(): { check(item: PItem): PItem | undefined } {
  // One line per key is the rule, so a key holds the line itself and only becomes a list on a
  // second line: a million one-element arrays were a measurable share of a 1M-row run.
  const byAmount = new Map<bigint, PItem | PItem[]>();
  const byTx = new Map<string, PItem | PItem[]>();
  const txOf = (p: Payment): string => (p.reference ? refKey(p.reference) : "");
  const same = (a: string | undefined, b: string | undefined): boolean => (a ?? "").trim() === (b ?? "").trim();
  const find = (held: PItem | PItem[] | undefined, test: (o: PItem) => boolean): PItem | undefined =>
    held === undefined ? undefined : Array.isArray(held) ? held.find(test) : test(held) ? held : undefined;
  const file = <K>(map: Map<K, PItem | PItem[]>, key: K, held: PItem | PItem[] | undefined, item: PItem): void => {
    if (held === undefined) map.set(key, item);
    else if (Array.isArray(held)) held.push(item);
    else map.set(key, [held, item]);
  };
  return {
    check(item) {
      const p = item.p;
      const tx = txOf(p);
      const txHeld = tx.length >= 6 ? byTx.get(tx) : undefined;
      const amountHeld = byAmount.get(item.units);
      const first =
        find(txHeld, (o) => o.units === item.units && o.currency === item.currency) ??
        find(amountHeld, (o) => o.p.date === p.date && o.currency === item.currency && same(o.p.payer, p.payer) && same(o.p.memo, p.memo));
      if (first) return first;
      if (tx.length >= 6) file(byTx, tx, txHeld, item);
      file(byAmount, item.units, amountHeld, item);
      return undefined;
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
  let scale = 2;
  for (const s of settlements) scale = Math.max(scale, decimalsOf(s.amount));
  for (const p of payments) scale = Math.max(scale, decimalsOf(p.amount));

  const customers = buildCustomerIndex(
    settlements.map((s) => s.customer),
    aliases,
    settings.nameSimilarityThreshold,
    settings.nameAmbiguityMargin,
  );
  const S: SItem[] = settlements.map((s, i) => {
    const due = dayNumber(s.dueDate ?? s.issueDate);
    const issue = dayNumber(s.issueDate ?? s.dueDate);
    return { i, s, units: toUnits(s.amount, scale), currency: currencyCode(s.currency), cust: customers.keyOf(s.customer), dueDay: due, ageDay: issue };
  });
  const currencies = new Set(S.map((s) => s.currency));

  const exceptions: PaymentException[] = [];
  const unmatchable: PItem[] = [];
  const receipts: PItem[] = [];
  const duplicates = duplicateFinder();
  const P: PItem[] = payments.map((p, i) => ({
    i,
    p,
    units: toUnits(p.amount, scale),
    currency: currencyCode(p.currency),
    day: dayNumber(p.date),
    resolution: { kind: "none" },
  }));
  for (const item of P) {
    const p = item.p;
    const kind = exceptionOf(p);
    if (kind) {
      exceptions.push({ paymentId: p.id, kind, explanation: KIND_TEXT[kind] });
      continue;
    }
    // Duplicate lines are copies: the payer text as written (trimmed) is enough to compare.
    const first = duplicates.check(item);
    if (first !== undefined) {
      exceptions.push({ paymentId: p.id, kind: "duplicate", duplicateOf: first.p.id, explanation: KIND_TEXT.duplicate });
      continue;
    }

    if (!currencies.has(item.currency)) {
      const rate = settings.rates.find((r) => r.from.toUpperCase() === item.currency && currencies.has(r.to.toUpperCase()));
      if (!rate) {
        exceptions.push({ paymentId: p.id, kind: "currency", explanation: KIND_TEXT.currency });
        unmatchable.push(item);
        continue;
      }
      const to = rate.to.toUpperCase();
      item.units = toUnits(roundMoney(p.amount.times(money(rate.rate)), scale), scale);
      item.converted = say.converted(item.currency, to, rate.rate);
      item.currency = to;
    }
    item.resolution = customers.resolve(p.payer);
    receipts.push(item);
  }

  const ctx: Ctx = {
    settings,
    scale,
    S,
    P,
    receipts,
    sOpen: S.map((s) => s.units),
    pOpen: openPayments(P.length, receipts, unmatchable),
    sTouched: Uint8Array.from(S, (s) => (s.units > 0n ? 0 : 1)),
    pTouched: touchedAtStart(P.length, receipts),
    tol: {
      abs: toUnits(money(settings.toleranceAbsolute), scale),
      pct: toRatio(settings.tolerancePercent),
      rounding: toUnits(money(settings.roundingMax), scale),
      fee: toUnits(money(settings.feeMax), scale),
    },
    customers,
    rejected: new Set(),
    proposals: [],
  };
  return { ctx, exceptions, unmatchable };
}

/** Everything but receipts starts as "touched": never fresh for a pass. */
function touchedAtStart(n: number, receipts: PItem[]): Uint8Array {
  const t = new Uint8Array(n).fill(1);
  for (const p of receipts) if (p.units > 0n) t[p.i] = 0;
  return t;
}

/** Only receipts have an amount to apply; exceptions start (and stay) at zero. */
function openPayments(n: number, receipts: PItem[], unmatchable: PItem[]): bigint[] {
  const open = new Array<bigint>(n).fill(0n);
  for (const p of receipts) open[p.i] = p.units;
  for (const p of unmatchable) open[p.i] = p.units;
  return open;
}
