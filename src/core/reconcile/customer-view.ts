// What the customer passes need to know about a payer and a customer's open settlements.
import { freshP, freshS, type Ctx, type PItem, type SItem } from "./context";
import { P as say, type Phrase } from "./explain";
import { compareSettlementsByAge } from "./rank";

/** The id of the customer a payment's payer resolved to, −1 when unresolved or ambiguous. */
export function customerOf(p: PItem): number {
  const r = p.resolution;
  return r.kind === "exact" || r.kind === "alias" || r.kind === "similar" ? r.id : -1;
}

/** Confidence of a customer-and-amount match: 0.96 for an exact or alias name, less for a similar one. */
export function customerConfidence(p: PItem, base = 0.96): number {
  const r = p.resolution;
  if (r.kind === "exact" || r.kind === "alias") return base;
  if (r.kind === "similar") return r.score >= 1 ? base : base - 0.16 + 0.15 * r.score;
  return 0;
}

/** Settlements by customer id (an array, not a Map keyed by name: no hashing per row). */
export type ByCustomer = Array<SItem[] | undefined>;

/** Open settlements per customer, oldest first (built once per pass from the ledger). */
export function openByCustomer(ctx: Ctx, untouchedOnly: boolean): ByCustomer {
  const out: ByCustomer = new Array<SItem[] | undefined>(ctx.customers.count);
  for (const s of ctx.S) {
    const open = ctx.sOpen[s.i] ?? 0;
    if (s.c < 0 || (untouchedOnly ? !freshS(ctx, s) : open <= 0)) continue;
    const list = out[s.c];
    if (list) list.push(s);
    else out[s.c] = [s];
  }
  for (const list of out) if (list && list.length > 1) list.sort(compareSettlementsByAge);
  return out;
}

/** Receipts not yet touched by any group, earliest first. */
export function untouchedPayments(ctx: Ctx, byDate: PItem[]): PItem[] {
  return byDate.filter((p) => freshP(ctx, p));
}

/** "payer X is / is an alias of / resembles customer Y", or nothing when unresolved. */
export function payerNote(p: PItem, s: SItem | undefined): Phrase[] {
  const r = p.resolution;
  if (s && (r.kind === "exact" || r.kind === "alias" || r.kind === "similar")) return [say.payerIs(r.kind, p.p.payer, s.s.customer, r.score)];
  return [];
}
