// Proposals → the Plan. Groups are put in a canonical order (by their first settlement, then first
// payment, in id order) before ids are given, so the ids, like everything else, do not depend on
// the order of the input rows.
import { ZERO, type Money } from "../money";
import type { Ctx, Proposal } from "./context";
import { join } from "./explain";
import type { Allocation, MatchGroup, OpenItem, PaymentException, Plan, SkippedPin } from "./plan";
import { fromUnits } from "./units";

/**
 * The proposals' order by first settlement, then first payment (canonical indices): two stable
 * counting sorts over typed arrays (payment, then settlement), linear and sequential, where a
 * comparison sort of 800k proposal objects jumped around the heap.
 */
function canonicalOrder(proposals: readonly Proposal[], settlements: number, payments: number): Int32Array {
  const n = proposals.length;
  const firstS = new Int32Array(n);
  const firstP = new Int32Array(n);
  for (let k = 0; k < n; k += 1) {
    let s = settlements;
    let q = payments;
    for (const a of (proposals[k] as Proposal).allocs) {
      if (a.s < s) s = a.s;
      if (a.p < q) q = a.p;
    }
    firstS[k] = s;
    firstP[k] = q;
  }
  const identity = new Int32Array(n);
  for (let k = 0; k < n; k += 1) identity[k] = k;
  const byP = countingSort(identity, firstP, payments + 1);
  return countingSort(byP, firstS, settlements + 1);
}

/** `order` stably sorted by `key[order[k]]`, keys in [0, buckets). */
function countingSort(order: Int32Array, key: Int32Array, buckets: number): Int32Array {
  const start = new Int32Array(buckets + 1);
  for (let r = 0; r < order.length; r += 1) {
    const k = order[r] as number;
    const b = (key[k] as number) + 1;
    start[b] = (start[b] as number) + 1;
  }
  for (let b = 0; b < buckets; b += 1) start[b + 1] = (start[b + 1] as number) + (start[b] as number);
  const out = new Int32Array(order.length);
  for (let r = 0; r < order.length; r += 1) {
    const k = order[r] as number;
    const b = key[k] as number;
    out[start[b] as number] = k;
    start[b] = (start[b] as number) + 1;
  }
  return out;
}

export function assemble(ctx: Ctx, exceptions: PaymentException[], skippedPins: SkippedPin[], extraUnapplied: number[]): Plan {
  const proposals: Array<Proposal | undefined> = ctx.proposals;
  ctx.proposals = [];
  const order = canonicalOrder(proposals as Proposal[], ctx.S.length, ctx.P.length);
  const width = Math.max(4, String(order.length).length);
  // Amounts are immutable, so an allocation of a whole settlement or payment shares its Money
  // (and zero is ZERO): building a fresh Decimal per figure would dominate the run on 1M rows.
  const { sWhole, pWhole, sAmount, pAmount, sId, pId } = ctx;
  const amountOf = (units: number, s?: number, p?: number): Money => {
    if (units === 0) return ZERO;
    if (s !== undefined && sWhole[s] === units) return sAmount[s] as Money;
    if (p !== undefined && pWhole[p] === units) return pAmount[p] as Money;
    return fromUnits(units, ctx.scale);
  };
  const sid = (i: number): string => sId[i] ?? "";
  const pid = (i: number): string => pId[i] ?? "";
  // Groups are built in the order the proposals were made (and so laid out in memory), each put
  // at its canonical place: reading a million proposals in canonical order jumped around the heap.
  const place = new Int32Array(order.length);
  order.forEach((k, n) => {
    place[k] = n;
  });
  const groups: MatchGroup[] = new Array<MatchGroup>(order.length);
  for (let k = 0; k < proposals.length; k += 1) {
    const n = place[k] as number;
    const p = proposals[k] as Proposal;
    // Let each proposal go as soon as its group exists: on 1M rows the two sets together were a
    // large, long-lived heap for the collector to walk.
    proposals[k] = undefined;
    const sorted = p.allocs.length > 1 ? [...p.allocs].sort((a, b) => a.s - b.s || a.p - b.p) : p.allocs;
    const allocations: Allocation[] = sorted.map((a) => {
      const out: Allocation = { settlementId: sid(a.s), paymentId: pid(a.p), amount: amountOf(a.units, a.s, a.p) };
      if (a.writeOff !== 0) out.writeOff = fromUnits(a.writeOff, ctx.scale);
      return out;
    });
    const confidence = Math.round(p.confidence * 100) / 100;
    const group: MatchGroup = {
      id: `G${String(n + 1).padStart(width, "0")}`,
      status: p.fixedStatus ?? (confidence >= ctx.settings.autoAcceptThreshold ? "auto" : "suggested"),
      rule: p.rule,
      confidence,
      allocations,
      difference: amountOf(p.difference),
      differenceKind: p.differenceKind,
      advance: amountOf(p.advance),
      explanation: p.explanation ?? join(p.notes),
      evidence: p.evidence,
    };
    if (p.alternatives) {
      group.alternatives = p.alternatives.map((alt) =>
        alt.map((a) => ({ settlementId: sid(a.s), paymentId: pid(a.p), amount: amountOf(a.units, a.s, a.p) })),
      );
    }
    groups[n] = group;
  }
  const openSettlements: OpenItem[] = [];
  for (let i = 0; i < ctx.sOpen.length; i += 1) {
    const open = ctx.sOpen[i] ?? 0;
    if (open !== 0) openSettlements.push({ id: sid(i), open: amountOf(open, i) });
  }
  // Receipts and the receipts in an unmatched currency, in canonical order (a flag per row, not a Set).
  const unapplied = new Uint8Array(ctx.P.length);
  for (const i of extraUnapplied) unapplied[i] = 1;
  for (const p of ctx.receipts) unapplied[p.i] = 1;
  const unappliedPayments: OpenItem[] = [];
  for (let i = 0; i < unapplied.length; i += 1) {
    const open = ctx.pOpen[i] ?? 0;
    if (unapplied[i] === 1 && open > 0) unappliedPayments.push({ id: pid(i), open: amountOf(open, undefined, i) });
  }
  const paymentExceptions = [...exceptions].sort((a, b) => (a.paymentId < b.paymentId ? -1 : a.paymentId > b.paymentId ? 1 : 0));
  return { groups, openSettlements, unappliedPayments, paymentExceptions, skippedPins };
}
