// The named tie-breaks. Every choice between otherwise equal candidates goes through one of these,
// so the plan never depends on the order of the input rows.
import type { SourceRef } from "../model";
import type { PItem, SItem } from "./context";

function byNumberNaNLast(a: number, b: number): number {
  const an = Number.isNaN(a);
  const bn = Number.isNaN(b);
  if (an || bn) return an === bn ? 0 : an ? 1 : -1;
  return a - b;
}

/** Settlements oldest first (issue date, then due date), then canonical order: accountants clear the oldest debt first. */
export function compareSettlementsByAge(a: SItem, b: SItem): number {
  return byNumberNaNLast(a.ageDay, b.ageDay) || byNumberNaNLast(a.dueDay, b.dueDay) || a.i - b.i;
}

/** Payments earliest first, then canonical order: earlier money pays earlier debt. */
export function comparePaymentsByDate(a: PItem, b: PItem): number {
  return byNumberNaNLast(a.day, b.day) || a.i - b.i;
}

/** Plain code-unit comparison of ids (locale-free, the same everywhere). */
export function compareIds(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Canonical order of input records: where they are in the user's sheets (sheet name, then row),
 * then id. It depends only on the records, never on the order of the array handed in, and
 * comparing row numbers is much cheaper than comparing id strings on a million rows.
 */
export function compareCanonical(a: { id: string; source: SourceRef }, b: { id: string; source: SourceRef }): number {
  const sa = a.source.sheet;
  const sb = b.source.sheet;
  if (sa !== sb) return sa < sb ? -1 : 1;
  return a.source.row - b.source.row || compareIds(a, b);
}

/**
 * Among settlements that fit a payment equally well on amount: the one whose due date is nearest
 * the payment date, if exactly one is nearest. Returns the winners (one when the tie is broken).
 */
export function nearestDue(p: PItem, candidates: SItem[]): SItem[] {
  let best = Infinity;
  let winners: SItem[] = [];
  for (const s of candidates) {
    const d = Math.abs(p.day - s.dueDay);
    const dist = Number.isNaN(d) ? Infinity : d;
    if (dist < best) {
      best = dist;
      winners = [s];
    } else if (dist === best) winners.push(s);
  }
  return winners.sort(compareSettlementsByAge);
}
