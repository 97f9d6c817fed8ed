// Passes 5 and 6 by customer: one payment for several settlements (exact subset sum over the
// customer's open settlements, oldest first, at most `maxSubsetSize`), then several payments for
// one settlement (instalments, the same search over the customer's untouched payments). Work per
// payment / settlement is bounded by `maxSubsetCandidates` and `maxSubsetVisits`; when the budget
// runs out the answer is only suggested, and the explanation says so. Two different subsets that
// fit make the group ambiguous.
import { accept, freshP, freshS, inWindow, isRejected, withinTolerance, type Alloc, type Ctx, type PItem, type Proposal, type SItem } from "./context";
import { buildGroup } from "./build-group";
import { customerConfidence, customerOf, openByCustomer, payerNote, untouchedPayments } from "./customer-view";
import { P as say, type Phrase } from "./explain";
import { findSubsets } from "./subset-search";

function ambiguousGroup(ctx: Ctx, options: Alloc[][], rule: Proposal["rule"]): void {
  const first = options[0];
  if (!first) return;
  accept(ctx, {
    rule,
    evidence: "customer",
    fixedStatus: "ambiguous",
    confidence: 0.5,
    allocs: first.map((a) => ({ ...a })),
    advance: 0,
    difference: 0,
    differenceKind: "none",
    notes: [say.amountsEqual(), say.alternatives(options.length)],
    alternatives: options.map((o) => o.map(({ s, p, units }) => ({ s, p, units }))),
  });
}

/**
 * What lowers a found combination's confidence, with the notes that say so: a search that ran out
 * of budget (other combinations not ruled out), and dates outside the window.
 */
function caveats(ctx: Ctx, confidence: number, notes: Phrase[], complete: boolean, outsideWindow: boolean): number {
  let c = confidence;
  if (!complete) {
    c = Math.min(c, 0.75);
    notes.push(say.subsetCapped(ctx.settings.maxSubsetVisits));
  }
  if (outsideWindow) {
    c -= 0.25;
    notes.push(say.outsideWindow(ctx.settings.dateWindowDays));
  }
  return c;
}

/**
 * No subset sums to the payment exactly: one that sums to a little more, the gap within
 * tolerance, is a combined payment with a bank fee deducted (several invoices paid in one
 * transfer, less 手续费). Only a single such subset is proposed, and only as a suggestion: a
 * second one fitting as well leaves the payment to later passes and to a person.
 */
function combinedLessFee(ctx: Ctx, p: PItem, cands: SItem[], values: number[]): void {
  const { maxSubsetSize, maxSubsetVisits } = ctx.settings;
  if (ctx.tol.abs <= 0) return;
  const found = findSubsets(values, p.units, 2, maxSubsetSize, maxSubsetVisits, 2, ctx.tol.abs);
  if (found.solutions.length !== 1) return;
  const ss = (found.solutions[0] as number[]).map((k) => cands[k] as SItem);
  const owed = ss.reduce((t, s) => t + (ctx.sOpen[s.i] ?? 0), 0);
  if (owed <= p.units || !withinTolerance(ctx, owed, p.units - owed)) return;
  const notes = [...payerNote(p, ss[0]), say.subsetLessFee(ss.length)];
  const confidence = caveats(ctx, Math.min(customerConfidence(p, 0.94), 0.85), notes, found.complete, ss.some((s) => !inWindow(ctx, s, p)));
  const built = buildGroup(ctx, ss, [p], "subset-sum", "customer", confidence, notes);
  if (built && built.shape === "tolerance") accept(ctx, built.proposal);
}

/** One payment, several settlements of its customer. */
export function passSubsetSum(ctx: Ctx, byDate: PItem[]): void {
  const open = openByCustomer(ctx, false);
  const { maxSubsetSize, maxSubsetCandidates, maxSubsetVisits } = ctx.settings;
  for (const p of untouchedPayments(ctx, byDate)) {
    const c = customerOf(p);
    const all = c >= 0 ? open[c] : undefined;
    if (!all) continue;
    const cands = all
      .filter((s) => s.currency === p.currency && (ctx.sOpen[s.i] ?? 0) > 0 && (ctx.sOpen[s.i] ?? 0) <= p.units && !isRejected(ctx, s.i, p.i))
      .slice(0, maxSubsetCandidates);
    if (cands.length < 2) continue;
    const values = cands.map((s) => ctx.sOpen[s.i] ?? 0);
    const found = findSubsets(values, p.units, 2, maxSubsetSize, maxSubsetVisits);
    const answers = found.solutions.map((sol) => sol.map((k) => cands[k] as SItem));
    if (answers.length === 0) {
      combinedLessFee(ctx, p, cands, values);
      continue;
    }
    if (answers.length > 1) {
      ambiguousGroup(ctx, answers.map((ss) => ss.map((s) => ({ s: s.i, p: p.i, units: ctx.sOpen[s.i] ?? 0, writeOff: 0 }))), "subset-sum");
      continue;
    }
    const ss = answers[0] as SItem[];
    const notes = [...payerNote(p, ss[0]), say.subset(ss.length)];
    const confidence = caveats(ctx, customerConfidence(p, 0.94), notes, found.complete, ss.some((s) => !inWindow(ctx, s, p)));
    const built = buildGroup(ctx, ss, [p], "subset-sum", "customer", confidence, notes);
    if (built) accept(ctx, built.proposal);
  }
}

/** Several untouched payments of one customer that together pay one untouched settlement. */
export function passInstalments(ctx: Ctx, byDate: PItem[]): void {
  const { maxSubsetSize, maxSubsetCandidates, maxSubsetVisits } = ctx.settings;
  // Untouched payments by customer id (each customer is worked on its own: the order between
  // customers cannot change the result).
  const payers = new Array<PItem[] | undefined>(ctx.customers.count);
  for (const p of untouchedPayments(ctx, byDate)) {
    const c = customerOf(p);
    if (c < 0) continue;
    const list = payers[c];
    if (list) list.push(p);
    else payers[c] = [p];
  }
  const open = openByCustomer(ctx, true);
  for (let cust = 0; cust < payers.length; cust += 1) {
    const ps = payers[cust];
    if (!ps || ps.length < 2) continue;
    for (const s of open[cust] ?? []) {
      const target = ctx.sOpen[s.i] ?? 0;
      if (!freshS(ctx, s)) continue;
      const cands = ps
        .filter((p) => freshP(ctx, p) && p.currency === s.currency && p.units < target && !isRejected(ctx, s.i, p.i))
        .slice(0, maxSubsetCandidates);
      if (cands.length < 2) continue;
      const found = findSubsets(cands.map((p) => p.units), target, 2, maxSubsetSize, maxSubsetVisits);
      const answers = found.solutions.map((sol) => sol.map((k) => cands[k] as PItem));
      if (answers.length === 0) continue;
      if (answers.length > 1) {
        ambiguousGroup(ctx, answers.map((pp) => pp.map((p) => ({ s: s.i, p: p.i, units: p.units, writeOff: 0 }))), "instalments");
        continue;
      }
      const chosen = answers[0] as PItem[];
      const notes = chosen[0] ? payerNote(chosen[0], s) : [];
      const least = Math.min(...chosen.map((p) => customerConfidence(p, 0.92)));
      const confidence = caveats(ctx, least, notes, found.complete, chosen.some((p) => !inWindow(ctx, s, p)));
      const built = buildGroup(ctx, [s], chosen, "instalments", "customer", confidence, notes);
      if (built) accept(ctx, built.proposal);
    }
  }
}
