// Passes 7–8 by customer, weakest evidence last: an amount within tolerance of one open settlement
// (the gap named fee / rounding / discount), an overpayment of the customer's only open settlement
// (remainder kept as an advance), and a partial payment applied to the oldest open settlement.
import { accept, freshS, inWindow, isRejected, withinTolerance, type Ctx, type PItem, type SItem } from "./context";
import { buildGroup } from "./build-group";
import { customerConfidence, customerOf, openByCustomer, payerNote, untouchedPayments } from "./customer-view";
import { P as say, type Phrase } from "./explain";
import { nearestDue } from "./rank";
import { absUnits } from "./units";

function lowerBound(list: SItem[], units: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as SItem).units < units) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function propose(ctx: Ctx, s: SItem, p: PItem, confidence: number, extra: Phrase[]): void {
  const notes = [...payerNote(p, s), ...extra];
  if (!inWindow(ctx, s, p)) {
    confidence -= 0.25;
    notes.push(say.outsideWindow(ctx.settings.dateWindowDays));
  }
  const built = buildGroup(ctx, [s], [p], "tolerance", "customer", confidence, notes);
  if (built) accept(ctx, built.proposal);
}

export function passTolerance(ctx: Ctx, byDate: PItem[]): void {
  const byAmount = openByCustomer(ctx, true);
  for (const list of byAmount) if (list && list.length > 1) list.sort((a, b) => a.units - b.units || a.i - b.i);
  for (const p of untouchedPayments(ctx, byDate)) {
    const c = customerOf(p);
    const list = c >= 0 ? byAmount[c] : undefined;
    if (!list) continue;
    let best: SItem[] = [];
    let bestGap = -1;
    for (let k = lowerBound(list, p.units - ctx.tol.abs); k < list.length; k += 1) {
      const s = list[k] as SItem;
      if (s.units > p.units + ctx.tol.abs) break;
      if (!freshS(ctx, s) || s.currency !== p.currency || isRejected(ctx, s.i, p.i)) continue;
      const diff = p.units - s.units;
      if (diff === 0 || !withinTolerance(ctx, s.units, diff)) continue;
      const gap = absUnits(diff);
      if (bestGap < 0 || gap < bestGap) [best, bestGap] = [[s], gap];
      else if (gap === bestGap) best.push(s);
    }
    if (best.length === 0) continue;
    const near = best.length === 1 ? best : nearestDue(p, best);
    // Two settlements equally close in amount and date: leave it to a person (no ambiguous guess here).
    if (near.length !== 1) continue;
    propose(ctx, near[0] as SItem, p, best.length === 1 ? customerConfidence(p, 0.94) : 0.7, best.length === 1 ? [] : [say.nearestDue()]);
  }
}

export function passOverAndPartial(ctx: Ctx, byDate: PItem[]): void {
  const open = openByCustomer(ctx, false);
  for (const p of untouchedPayments(ctx, byDate)) {
    const c = customerOf(p);
    const all = c >= 0 ? open[c] : undefined;
    if (!all) continue;
    const cands = all.filter((s) => (ctx.sOpen[s.i] ?? 0) > 0 && s.currency === p.currency && !isRejected(ctx, s.i, p.i));
    const only = cands.length === 1 ? cands[0] : undefined;
    if (only && (ctx.sOpen[only.i] ?? 0) < p.units) {
      const built = buildGroup(ctx, [only], [p], "overpayment", "customer", 0.7, [...payerNote(p, only), say.onlyOpen()]);
      if (built) accept(ctx, built.proposal);
      continue;
    }
    const oldest = cands.find((s) => (ctx.sOpen[s.i] ?? 0) > p.units);
    if (!oldest) continue;
    const note = only ? say.onlyOpen() : say.oldestFirst();
    const built = buildGroup(ctx, [oldest], [p], "partial", "customer", only ? 0.75 : 0.6, [...payerNote(p, oldest), note]);
    if (built) accept(ctx, built.proposal);
  }
}
