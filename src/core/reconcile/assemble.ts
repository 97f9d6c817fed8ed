// Proposals → the Plan. Groups are put in a canonical order (by their first settlement, then first
// payment, in id order) before ids are given, so the ids, like everything else, do not depend on
// the order of the input rows.
import { ZERO, type Money } from "../money";
import type { Ctx, Proposal } from "./context";
import { join } from "./explain";
import type { Allocation, MatchGroup, OpenItem, PaymentException, Plan, SkippedPin } from "./plan";
import { fromUnits } from "./units";

/** Sort key of a group: its first settlement, then its first payment, as one number. */
function firstOf(p: Proposal, payments: number): number {
  let s = Infinity;
  let q = Infinity;
  for (const a of p.allocs) {
    if (a.s < s) s = a.s;
    if (a.p < q) q = a.p;
  }
  return s * (payments + 1) + q;
}

export function assemble(ctx: Ctx, exceptions: PaymentException[], skippedPins: SkippedPin[], extraUnapplied: number[]): Plan {
  const ordered: Array<{ p: Proposal; key: number } | undefined> = ctx.proposals.map((p) => ({ p, key: firstOf(p, ctx.P.length) }));
  ctx.proposals = [];
  ordered.sort((a, b) => (a?.key ?? 0) - (b?.key ?? 0));
  const width = Math.max(4, String(ordered.length).length);
  // Amounts are immutable, so an allocation of a whole settlement or payment shares its Money
  // (and zero is ZERO): building a fresh Decimal per figure would dominate the run on 1M rows.
  const amountOf = (units: bigint, s?: number, p?: number): Money => {
    if (units === 0n) return ZERO;
    const si = s === undefined ? undefined : ctx.S[s];
    if (si && si.units === units) return si.s.amount;
    const pi = p === undefined ? undefined : ctx.P[p];
    if (pi && !pi.converted && pi.units === units) return pi.p.amount;
    return fromUnits(units, ctx.scale);
  };
  const sid = (i: number): string => ctx.S[i]?.s.id ?? "";
  const pid = (i: number): string => ctx.P[i]?.p.id ?? "";
  const groups: MatchGroup[] = new Array<MatchGroup>(ordered.length);
  for (let n = 0; n < ordered.length; n += 1) {
    const p = (ordered[n] as { p: Proposal }).p;
    // Let each proposal go as soon as its group exists: on 1M rows the two sets together were a
    // large, long-lived heap for the collector to walk.
    ordered[n] = undefined;
    const sorted = p.allocs.length > 1 ? [...p.allocs].sort((a, b) => a.s - b.s || a.p - b.p) : p.allocs;
    const allocations: Allocation[] = sorted.map((a) => {
      const out: Allocation = { settlementId: sid(a.s), paymentId: pid(a.p), amount: amountOf(a.units, a.s, a.p) };
      if (a.writeOff !== 0n) out.writeOff = fromUnits(a.writeOff, ctx.scale);
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
  for (const s of ctx.S) {
    const open = ctx.sOpen[s.i] ?? 0n;
    if (open !== 0n) openSettlements.push({ id: s.s.id, open: amountOf(open, s.i) });
  }
  const unapplied = new Set(extraUnapplied);
  for (const p of ctx.receipts) unapplied.add(p.i);
  const unappliedPayments: OpenItem[] = [...unapplied]
    .sort((a, b) => a - b)
    .filter((i) => (ctx.pOpen[i] ?? 0n) > 0n)
    .map((i) => ({ id: pid(i), open: amountOf(ctx.pOpen[i] ?? 0n, undefined, i) }));
  const paymentExceptions = [...exceptions].sort((a, b) => (a.paymentId < b.paymentId ? -1 : a.paymentId > b.paymentId ? 1 : 0));
  return { groups, openSettlements, unappliedPayments, paymentExceptions, skippedPins };
}
