// The working state of one reconciliation run: inputs in canonical order, amounts as integer
// units, the ledger of what is still open, and the groups accepted so far. Passes read the
// ledger and propose; `accept` is the only place the ledger changes, so no settlement or
// payment can be allocated beyond its amount.
import type { Money } from "../money";
import type { Payment, Settlement } from "../model";
import type { CustomerIndex, Resolution } from "./customers";
import { groupOf } from "./assemble";
import { join, type Phrase } from "./explain";
import type { DifferenceKind, MatchGroup, MatchRule } from "./plan";
import type { ReconcileSettings } from "./settings";
import { absUnits, productAtMost, type Ratio } from "./units";

/** Where the evidence for a group came from (strongest first). */
export type Evidence = "pinned" | "reference" | "customer";

export interface SItem {
  /** Canonical index (settlements sorted by id). */
  i: number;
  s: Settlement;
  units: number;
  currency: string;
  /** Customer id (index into arrays by customer), −1 when the customer cell has no name. */
  c: number;
  /** Customer key (normalised name). */
  cust: string;
  /** Due date (issue date when none) as a day number, NaN when unknown: the date payments are compared with. */
  dueDay: number;
  /** Age for "oldest first": issue date, else due date; NaN sorts last. */
  ageDay: number;
}

export interface PItem {
  i: number;
  p: Payment;
  /** Amount in the currency it is matched in (converted when a rate applies). */
  units: number;
  currency: string;
  day: number;
  resolution: Resolution;
  /** Set when the amount was converted with a rate. */
  converted?: Phrase;
}

export interface Alloc {
  s: number;
  p: number;
  /** Units of the payment applied. */
  units: number;
  /** Units of the settlement cleared by the named difference (fee, rounding, discount); signed. */
  writeOff: number;
}

export interface Proposal {
  rule: MatchRule;
  evidence: Evidence;
  /** "ambiguous" and "manual" are fixed; otherwise the status follows from the confidence. */
  fixedStatus?: "ambiguous" | "manual";
  confidence: number;
  allocs: Alloc[];
  advance: number;
  differenceKind: DifferenceKind;
  /** Paid minus owed over the group, in units. */
  difference: number;
  notes: Phrase[];
  alternatives?: Array<Array<{ s: number; p: number; units: number }>>;
}

export interface Tolerance {
  abs: number;
  pct: Ratio;
  rounding: number;
  fee: number;
}

export interface Ctx {
  settings: ReconcileSettings;
  scale: number;
  S: SItem[];
  P: PItem[];
  /** Payments that are receipts (ok, incoming, not duplicates), canonical order. */
  receipts: PItem[];
  /** What is still open of each settlement / payment, in units (typed arrays: one flat block each). */
  sOpen: Float64Array;
  pOpen: Float64Array;
  /**
   * 1 once any group took part of the settlement / payment, and from the start for settlements
   * owing nothing and payments that are not receipts (cheaper to test than comparing numbers).
   */
  sTouched: Uint8Array;
  pTouched: Uint8Array;
  /**
   * Ids, amounts and whole amounts in units by canonical index, read in prepare's one sweep:
   * assembling the plan reads these compact arrays instead of going back to a million rows.
   * pWhole is NaN for a converted payment (its units are not its own amount's).
   */
  sId: string[];
  pId: string[];
  sAmount: Money[];
  pAmount: Money[];
  sWhole: Float64Array;
  pWhole: Float64Array;
  tol: Tolerance;
  customers: CustomerIndex;
  /** "settlementId\u0000paymentId" pairs a person rejected. */
  rejected: Set<string>;
  /** The plan's groups in the order they were accepted (ids are given at the end), with the canonical index of each one's first settlement and first payment. */
  groups: MatchGroup[];
  firstS: number[];
  firstP: number[];
}

export function isRejected(ctx: Ctx, s: number, p: number): boolean {
  if (ctx.rejected.size === 0) return false;
  return ctx.rejected.has(`${ctx.S[s]?.s.id ?? ""}\u0000${ctx.P[p]?.p.id ?? ""}`);
}

/** A settlement no group has touched yet (its whole amount open), with something owed. */
export function freshS(ctx: Ctx, s: SItem): boolean {
  return ctx.sTouched[s.i] === 0;
}

/** A receipt no group has touched yet (its whole amount unapplied). */
export function freshP(ctx: Ctx, p: PItem): boolean {
  return ctx.pTouched[p.i] === 0;
}

/** Takes a proposal's allocations (and advance) off the ledger and adds its group to the plan. */
export function accept(ctx: Ctx, proposal: Proposal): void {
  // The group's first settlement and first payment (canonical indices), for its place in the plan.
  let firstS = ctx.S.length;
  let firstP = ctx.P.length;
  for (const a of proposal.allocs) {
    if (a.s < firstS) firstS = a.s;
    if (a.p < firstP) firstP = a.p;
    const so = ctx.sOpen[a.s] ?? 0;
    const po = ctx.pOpen[a.p] ?? 0;
    const cleared = a.units + a.writeOff;
    if (a.units <= 0 || cleared > so || a.units > po) {
      throw new Error(`reconcile: allocation over the open amount (${ctx.S[a.s]?.s.id} / ${ctx.P[a.p]?.p.id})`);
    }
    ctx.sOpen[a.s] = so - cleared;
    ctx.pOpen[a.p] = po - a.units;
    ctx.sTouched[a.s] = 1;
    ctx.pTouched[a.p] = 1;
  }
  if (proposal.advance > 0) {
    const p = proposal.allocs[0]?.p;
    if (p === undefined || (ctx.pOpen[p] ?? 0) < proposal.advance) throw new Error("reconcile: advance over the open amount");
    ctx.pOpen[p] = (ctx.pOpen[p] ?? 0) - proposal.advance;
  }
  ctx.firstS.push(firstS);
  ctx.firstP.push(firstP);
  ctx.groups.push(groupOf(ctx, proposal, join(proposal.notes)));
}

/** Whether paid − owed = `diff` is small enough to be a fee / rounding / discount for `owed`. */
export function withinTolerance(ctx: Ctx, owed: number, diff: number): boolean {
  const d = absUnits(diff);
  if (d > ctx.tol.abs) return false;
  // d / owed ≤ pct / 100  ⇔  d · 100 · 10^dp ≤ owed · num
  return productAtMost(d, 100 * 10 ** ctx.tol.pct.dp, absUnits(owed), ctx.tol.pct.num);
}

/** Names a difference within tolerance (paid − owed). */
export function kindOf(ctx: Ctx, diff: number): DifferenceKind {
  if (diff === 0) return "none";
  const d = absUnits(diff);
  if (d <= ctx.tol.rounding) return "rounding";
  if (diff > 0) return "overpayment";
  return d <= ctx.tol.fee ? "fee" : "discount";
}

/** Days between a payment and a settlement's due date; NaN when either date is unknown. */
export function daysApart(s: SItem, p: PItem): number {
  return Math.abs(p.day - s.dueDay);
}

export function inWindow(ctx: Ctx, s: SItem, p: PItem): boolean {
  const d = daysApart(s, p);
  return Number.isNaN(d) || d <= ctx.settings.dateWindowDays;
}
