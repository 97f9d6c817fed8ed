// What the customer passes need to know about a payer and a customer's open settlements.
import { freshP, freshS, type Ctx, type PItem, type SItem } from "./context";
import { P as say, type Phrase } from "./explain";
import { compareSettlementsByAge } from "./rank";

/** The customer a payment's payer resolved to, and how much that resolution is worth. */
export function customerOf(p: PItem): { cust: string; weight: number } | undefined {
  const r = p.resolution;
  if (r.kind === "exact" || r.kind === "alias") return { cust: r.customer, weight: 1 };
  if (r.kind === "similar") return { cust: r.customer, weight: r.score };
  return undefined;
}

/** Confidence of a customer-and-amount match: 0.96 for an exact or alias name, less for a similar one. */
export function customerConfidence(p: PItem, base = 0.96): number {
  const c = customerOf(p);
  if (!c) return 0;
  return c.weight >= 1 ? base : base - 0.16 + 0.15 * c.weight;
}

/** Open settlements per customer, oldest first (built once per pass from the ledger). */
export function openByCustomer(ctx: Ctx, untouchedOnly: boolean): Map<string, SItem[]> {
  const out = new Map<string, SItem[]>();
  for (const s of ctx.S) {
    const open = ctx.sOpen[s.i] ?? 0;
    if (untouchedOnly ? !freshS(ctx, s) : open <= 0) continue;
    const list = out.get(s.cust);
    if (list) list.push(s);
    else out.set(s.cust, [s]);
  }
  for (const list of out.values()) list.sort(compareSettlementsByAge);
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
