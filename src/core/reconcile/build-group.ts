// Turns "these payments go with these settlements" into allocations and names the shape of the
// result: exact, a difference within tolerance (fee / rounding / discount, cleared by write-off),
// a partial payment (settlement stays open), or an overpayment (remainder kept as an advance).
// Payments are applied earliest first to settlements oldest first.
import type { Alloc, Ctx, PItem, Proposal, SItem } from "./context";
import { kindOf, withinTolerance } from "./context";
import { P as say, type Phrase } from "./explain";
import type { MatchRule } from "./plan";
import { comparePaymentsByDate, compareSettlementsByAge } from "./rank";
import { fromUnits } from "./units";

export type Shape = "exact" | "tolerance" | "partial" | "overpayment" | "leftover";

export interface Built {
  proposal: Proposal;
  shape: Shape;
}

/** Money text of units, for explanations. */
export function show(ctx: Ctx, units: number): string {
  return fromUnits(units, ctx.scale).toFixed(ctx.scale);
}

/**
 * Allocates `ps` to `ss` (each payment only to the settlements `allowed` returns, all by default).
 * `exactRule` names an exact result; other shapes get their own rule.
 */
export function buildGroup(
  ctx: Ctx,
  ssIn: SItem[],
  psIn: PItem[],
  exactRule: MatchRule,
  evidence: Proposal["evidence"],
  confidence: number,
  notes: Phrase[],
  allowed?: (p: PItem) => Set<number>,
): Built | undefined {
  const ss = ssIn.length > 1 ? [...ssIn].sort(compareSettlementsByAge) : ssIn;
  const ps = psIn.length > 1 ? [...psIn].sort(comparePaymentsByDate) : psIn;
  // Open amounts left, parallel to ss / ps (arrays, not Maps: this runs once per group).
  const sLeft = ss.map((s) => ctx.sOpen[s.i] ?? 0);
  const pLeft = ps.map((p) => ctx.pOpen[p.i] ?? 0);
  let owed = 0;
  for (const v of sLeft) owed += v;
  const allocs: Alloc[] = [];
  for (let pk = 0; pk < ps.length; pk += 1) {
    const p = ps[pk] as PItem;
    const ok = allowed?.(p);
    for (let sk = 0; sk < ss.length; sk += 1) {
      const s = ss[sk] as SItem;
      if (ok && !ok.has(s.i)) continue;
      const pl = pLeft[pk] ?? 0;
      const sl = sLeft[sk] ?? 0;
      const take = pl < sl ? pl : sl;
      if (take <= 0) continue;
      allocs.push({ s: s.i, p: p.i, units: take, writeOff: 0 });
      pLeft[pk] = pl - take;
      sLeft[sk] = sl - take;
    }
  }
  if (allocs.length === 0) return undefined;
  let sRest = 0;
  for (const v of sLeft) sRest += v;
  let pRest = 0;
  for (const v of pLeft) pRest += v;
  let paid = allocs.reduce((t, a) => t + a.units, 0);
  let advance = 0;
  let shape: Shape = "exact";
  let rule: MatchRule = exactRule;
  const out = [...notes];
  let kind = kindOf(ctx, 0);

  if (sRest > 0 && withinTolerance(ctx, owed, -sRest) && ss.every((s, k) => sLeft[k] === 0 || allocs.some((a) => a.s === s.i))) {
    // Paid a little less: the gap is a fee / rounding / discount and clears the settlement.
    for (const [k, s] of ss.entries()) {
      const r = sLeft[k] ?? 0;
      if (r === 0) continue;
      const last = [...allocs].reverse().find((a) => a.s === s.i);
      if (last) last.writeOff += r;
    }
    shape = "tolerance";
    rule = "tolerance";
    kind = kindOf(ctx, -sRest);
    out.push(say.difference(show(ctx, -sRest), kind));
    confidence -= 0.02;
  } else if (sRest > 0) {
    shape = "partial";
    rule = ps.length > 1 ? "instalments" : "partial";
    kind = "underpayment";
    out.push(say.partial(show(ctx, sRest)));
  } else if (pRest > 0 && pRest <= ctx.tol.rounding && withinTolerance(ctx, owed, pRest)) {
    // Paid a few cents more: rounding, written off against the last allocation of that payment.
    for (const [k, p] of ps.entries()) {
      const r = pLeft[k] ?? 0;
      if (r === 0) continue;
      const last = [...allocs].reverse().find((a) => a.p === p.i);
      if (last) {
        last.units += r;
        last.writeOff -= r;
        paid += r;
      }
    }
    shape = "tolerance";
    rule = "tolerance";
    kind = "rounding";
    out.push(say.difference(show(ctx, pRest), kind));
    confidence -= 0.02;
  } else if (pRest > 0 && ps.length === 1) {
    shape = "overpayment";
    rule = "overpayment";
    advance = pRest;
    kind = "overpayment";
    out.push(say.advance(show(ctx, pRest)));
  } else if (pRest > 0) {
    shape = "leftover";
  } else {
    out.push(say.amountsEqual());
    if (ps.length > 1 && ss.length === 1) rule = "instalments";
  }
  if (ps.length > 1 && ss.length === 1 && shape === "exact") out.push(say.instalments(ps.length));
  const only = ss.length === 1 && ps.length === 1 ? { s: ss[0] as SItem, p: ps[0] as PItem } : undefined;
  if (only && !Number.isNaN(only.p.day - only.s.dueDay)) out.push(say.daysApart(Math.abs(only.p.day - only.s.dueDay)));
  if (ps.length === 1 && ps[0]?.converted) out.push(ps[0].converted);
  return {
    shape,
    proposal: {
      rule,
      evidence,
      confidence: Math.max(0, Math.min(1, confidence)),
      allocs,
      advance,
      difference: paid + advance - owed,
      differenceKind: kind,
      notes: out,
    },
  };
}

