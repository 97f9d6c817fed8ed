// Accepted proposals → the Plan. Each group is built when its proposal is accepted (groupOf); at
// the end the groups are put in a canonical order (by their first settlement, then first payment,
// in id order) before ids are given, so the ids, like everything else, do not depend on the order
// of the input rows.
import { ZERO, type Money } from "../money";
import type { Ctx, Proposal } from "./context";
import type { Allocation, Explanation, MatchGroup, OpenItem, PaymentException, Plan, SkippedPin } from "./plan";
import { fromUnits } from "./units";

/**
 * The groups' order by first settlement, then first payment (canonical indices): two stable
 * counting sorts over typed arrays (payment, then settlement), linear and sequential, where a
 * comparison sort of 800k group objects jumped around the heap.
 */
function canonicalOrder(firstS: readonly number[], firstP: readonly number[], settlements: number, payments: number): Int32Array {
  const n = firstS.length;
  const identity = new Int32Array(n);
  for (let k = 0; k < n; k += 1) identity[k] = k;
  const byP = countingSort(identity, Int32Array.from(firstP), payments + 1);
  return countingSort(byP, Int32Array.from(firstS), settlements + 1);
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

/**
 * Units as Money. Amounts are immutable, so the whole amount of settlement `s` or payment `p`
 * shares its row's Money (and zero is ZERO): a fresh Decimal per figure would dominate the run on
 * 1M rows.
 */
function moneyOf(ctx: Ctx, units: number, s?: number, p?: number): Money {
  if (units === 0) return ZERO;
  if (s !== undefined && ctx.sWhole[s] === units) return ctx.sAmount[s] as Money;
  if (p !== undefined && ctx.pWhole[p] === units) return ctx.pAmount[p] as Money;
  return fromUnits(units, ctx.scale);
}

/**
 * The plan's group for an accepted proposal, built at once so the proposal (its allocations and
 * notes) dies young: kept to the end, a million of them were a large, long-lived heap for the
 * collector to promote and walk. The id is given in `assemble`, once the canonical order is known.
 */
export function groupOf(ctx: Ctx, p: Proposal, explanation: Explanation): MatchGroup {
  const { sId, pId } = ctx;
  const sorted = p.allocs.length > 1 ? [...p.allocs].sort((a, b) => a.s - b.s || a.p - b.p) : p.allocs;
  const allocations: Allocation[] = sorted.map((a) => {
    const out: Allocation = { settlementId: sId[a.s] ?? "", paymentId: pId[a.p] ?? "", amount: moneyOf(ctx, a.units, a.s, a.p) };
    if (a.writeOff !== 0) out.writeOff = fromUnits(a.writeOff, ctx.scale);
    return out;
  });
  const confidence = Math.round(p.confidence * 100) / 100;
  const group: MatchGroup = {
    id: "",
    status: p.fixedStatus ?? (confidence >= ctx.settings.autoAcceptThreshold ? "auto" : "suggested"),
    rule: p.rule,
    confidence,
    allocations,
    difference: moneyOf(ctx, p.difference),
    differenceKind: p.differenceKind,
    advance: moneyOf(ctx, p.advance),
    explanation,
    evidence: p.evidence,
  };
  if (p.alternatives) {
    group.alternatives = p.alternatives.map((alt) =>
      alt.map((a) => ({ settlementId: sId[a.s] ?? "", paymentId: pId[a.p] ?? "", amount: moneyOf(ctx, a.units, a.s, a.p) })),
    );
  }
  return group;
}

export function assemble(ctx: Ctx, exceptions: PaymentException[], skippedPins: SkippedPin[], extraUnapplied: number[]): Plan {
  const made = ctx.groups;
  ctx.groups = [];
  const order = canonicalOrder(ctx.firstS, ctx.firstP, ctx.S.length, ctx.P.length);
  const width = Math.max(4, String(order.length).length);
  const { sId, pId } = ctx;
  const sid = (i: number): string => sId[i] ?? "";
  const pid = (i: number): string => pId[i] ?? "";
  // Groups stay where they were made (in memory too); each is put at its canonical place.
  const groups: MatchGroup[] = new Array<MatchGroup>(order.length);
  order.forEach((k, n) => {
    const group = made[k] as MatchGroup;
    group.id = `G${String(n + 1).padStart(width, "0")}`;
    groups[n] = group;
  });
  const openSettlements: OpenItem[] = [];
  for (let i = 0; i < ctx.sOpen.length; i += 1) {
    const open = ctx.sOpen[i] ?? 0;
    if (open !== 0) openSettlements.push({ id: sid(i), open: moneyOf(ctx, open, i) });
  }
  // Receipts and the receipts in an unmatched currency, in canonical order (a flag per row, not a Set).
  const unapplied = new Uint8Array(ctx.P.length);
  for (const i of extraUnapplied) unapplied[i] = 1;
  for (const p of ctx.receipts) unapplied[p.i] = 1;
  const unappliedPayments: OpenItem[] = [];
  for (let i = 0; i < unapplied.length; i += 1) {
    const open = ctx.pOpen[i] ?? 0;
    if (unapplied[i] === 1 && open > 0) unappliedPayments.push({ id: pid(i), open: moneyOf(ctx, open, undefined, i) });
  }
  const paymentExceptions = [...exceptions].sort((a, b) => (a.paymentId < b.paymentId ? -1 : a.paymentId > b.paymentId ? 1 : 0));
  return { groups, openSettlements, unappliedPayments, paymentExceptions, skippedPins };
}
