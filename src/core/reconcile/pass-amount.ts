// Pass 4: same customer, same amount. One open settlement and one payment → a match. Several
// settlements (or payments) with the same amount for one customer are equal candidates: a
// reference-digits or due-date tie-break may single one out (then only `suggested`), otherwise
// the group is `ambiguous` and lists the alternatives. A payer that resolves to two customers is
// only matched when the amount singles one of them out, and then only suggested.
import { accept, freshP, freshS, inWindow, isRejected, type Ctx, type PItem, type Proposal, type SItem } from "./context";
import { buildGroup } from "./build-group";
import { customerConfidence, customerOf, payerNote } from "./customer-view";
import { P as say, type Phrase } from "./explain";
import { HASH_START, hashInt, hashRuns } from "./hash-runs";
import { nearestDue } from "./rank";
import { alnumRuns } from "./ref-key";

/** Settlements whose reference ends in digits (4+) that the payment's memo also carries. */
function refDigitHits(p: PItem, cands: SItem[]): SItem[] {
  const text = `${p.p.memo ?? ""} ${p.p.reference ?? ""}`;
  if (!/\d{4}/.test(text)) return [];
  const runs = new Set(alnumRuns(text).flatMap((r) => r.match(/\d{4,}/g) ?? []));
  return cands.filter((s) => {
    const tail = /(\d{4,})$/.exec(s.s.ref.replace(/[^0-9A-Za-z]/g, ""))?.[1];
    return tail !== undefined && [...runs].some((r) => r.endsWith(tail) || tail.endsWith(r));
  });
}

function matchOne(ctx: Ctx, s: SItem, p: PItem, cap: number | undefined, extra: Phrase[]): void {
  let confidence = customerConfidence(p);
  const notes = [...payerNote(p, s), ...extra];
  if (!inWindow(ctx, s, p)) {
    confidence -= 0.25;
    notes.push(say.outsideWindow(ctx.settings.dateWindowDays));
  }
  if (cap !== undefined) confidence = Math.min(confidence, cap);
  const built = buildGroup(ctx, [s], [p], "exact-amount", "customer", confidence, notes);
  if (built) accept(ctx, built.proposal);
}

function ambiguous(ctx: Ctx, p: PItem, options: SItem[], notes: Phrase[]): void {
  const first = options[0];
  if (!first) return;
  const units = p.units;
  const proposal: Proposal = {
    rule: "exact-amount",
    evidence: "customer",
    fixedStatus: "ambiguous",
    confidence: 0.5,
    allocs: [{ s: first.i, p: p.i, units, writeOff: 0 }],
    advance: 0,
    difference: 0,
    differenceKind: "none",
    notes: [...notes, say.amountsEqual(), say.alternatives(options.length)],
    alternatives: options.map((s) => [{ s: s.i, p: p.i, units }]),
  };
  accept(ctx, proposal);
}

/**
 * One open settlement, several payments of exactly its amount from the customer: the payment
 * nearest its due date is suggested when it is the only nearest; otherwise the group is ambiguous
 * and lists every payment. The others stay unapplied.
 */
function oneForMany(ctx: Ctx, s: SItem, psAll: PItem[]): void {
  const ps = psAll.filter((p) => !isRejected(ctx, s.i, p.i));
  if (ps.length === 0) return;
  let best = Infinity;
  let near: PItem[] = [];
  for (const p of ps) {
    const d = Math.abs(p.day - s.dueDay);
    const dist = Number.isNaN(d) ? Infinity : d;
    if (dist < best) [best, near] = [dist, [p]];
    else if (dist === best) near.push(p);
  }
  const first = near[0] as PItem;
  if (near.length === 1 && ps.length > 1) {
    matchOne(ctx, s, first, 0.7, [say.nearestDue()]);
    return;
  }
  if (ps.length === 1) {
    matchOne(ctx, s, first, undefined, []);
    return;
  }
  accept(ctx, {
    rule: "exact-amount",
    evidence: "customer",
    fixedStatus: "ambiguous",
    confidence: 0.5,
    allocs: [{ s: s.i, p: first.i, units: first.units, writeOff: 0 }],
    advance: 0,
    difference: 0,
    differenceKind: "none",
    notes: [...payerNote(first, s), say.amountsEqual(), say.alternatives(near.length)],
    alternatives: near.map((p) => [{ s: s.i, p: p.i, units: p.units }]),
  });
}

/** Hash of a bucket's key: customer id, currency id, amount in units. */
function bucketHash(c: number, currency: number, units: number): number {
  return hashInt(hashInt(hashInt(HASH_START, c), currency), units);
}

function sameKey(s: SItem, c: number, currency: string, units: number): boolean {
  return s.c === c && s.currency === currency && s.units === units;
}

/** Currency code → small integer, for hashing (a run rarely has more than a few currencies). */
function currencyIds(): (code: string) => number {
  const ids = new Map<string, number>();
  return (code) => {
    let id = ids.get(code);
    if (id === undefined) ids.set(code, (id = ids.size));
    return id;
  };
}

/**
 * Untouched settlements and untouched payments that share customer, currency and amount: each
 * bucket is the settlements (canonical order) and the payments (earliest first) of one such key.
 * Payers that resolve to several customers are looked up under each of them (`probes`). Found by
 * sorting hashes of the key rather than by nested Maps: see hash-runs.ts.
 */
function amountBuckets(
  ctx: Ctx,
  byDate: PItem[],
): { buckets: Array<[SItem[], PItem[]]>; unsure: PItem[]; probed: Map<PItem, SItem[][]> } {
  const currency = currencyIds();
  const S = ctx.S;
  const nS = S.length;
  const members: number[] = [];
  const hashes: number[] = [];
  for (const s of S) {
    if (s.c < 0 || !freshS(ctx, s)) continue;
    members.push(s.i);
    hashes[s.i] = bucketHash(s.c, currency(s.currency), s.units);
  }
  // Payments are numbered after the settlements, in byDate order; probes after the payments.
  const pAt: PItem[] = [];
  const unsure: PItem[] = [];
  const probes: Array<{ p: PItem; k: number; c: number }> = [];
  for (const p of byDate) {
    if (!freshP(ctx, p)) continue;
    const c = customerOf(p);
    if (c < 0) {
      if (p.resolution.kind === "ambiguous") unsure.push(p);
      continue;
    }
    const m = nS + pAt.length;
    pAt.push(p);
    members.push(m);
    hashes[m] = bucketHash(c, currency(p.currency), p.units);
  }
  for (const p of unsure) {
    if (p.resolution.kind !== "ambiguous") continue;
    p.resolution.ids.forEach((c, k) => {
      if (c < 0) return;
      const m = nS + pAt.length + probes.length;
      probes.push({ p, k, c });
      members.push(m);
      hashes[m] = bucketHash(c, currency(p.currency), p.units);
    });
  }
  const rows = nS + pAt.length + probes.length;
  const buckets: Array<[SItem[], PItem[]]> = [];
  const probed = new Map<PItem, SItem[][]>();
  for (const run of hashRuns(members, rows, (m) => hashes[m] ?? 0)) {
    // A run holds settlements first (lowest numbers), then payments, then probes. Within it,
    // split by the real key: a hash collision must not put two keys in one bucket.
    let nss = 0;
    while (nss < run.length && (run[nss] as number) < nS) nss += 1;
    if (nss === 0) continue;
    const ss = run.slice(0, nss).map((m) => S[m] as SItem);
    // Bucket k: the settlements with ss[k]'s key (k the first of them), and its payments.
    const groups = new Array<[SItem[], PItem[]] | undefined>(nss);
    for (let r = nss; r < run.length; r += 1) {
      const m = run[r] as number;
      const p = m < nS + pAt.length ? (pAt[m - nS] as PItem) : undefined;
      const probe = p ? undefined : probes[m - nS - pAt.length];
      const c = p ? customerOf(p) : (probe?.c ?? -1);
      const payment = (p ?? probe?.p) as PItem;
      const k = ss.findIndex((x) => sameKey(x, c, payment.currency, payment.units));
      if (k < 0) continue;
      let g = groups[k];
      if (!g) groups[k] = g = [ss.filter((x) => sameKey(x, c, payment.currency, payment.units)), []];
      if (p) g[1].push(p);
      else if (probe) {
        const lists = probed.get(probe.p) ?? [];
        lists[probe.k] = g[0];
        probed.set(probe.p, lists);
      }
    }
    for (const g of groups) if (g && g[1].length > 0) buckets.push(g);
  }
  return { buckets, unsure, probed };
}

export function passAmount(ctx: Ctx, byDate: PItem[]): void {
  const { buckets, unsure, probed } = amountBuckets(ctx, byDate);
  for (const [ssAll, ps] of buckets) {
    if (ssAll.length === 1 && ps.length > 1) {
      oneForMany(ctx, ssAll[0] as SItem, ps);
      continue;
    }
    const remaining = [...ssAll];
    const single = ssAll.length === 1 && ps.length === 1;
    let tainted = false;
    for (const p of ps) {
      const cands = remaining.filter((s) => !isRejected(ctx, s.i, p.i));
      if (cands.length === 0) continue;
      let chosen: SItem | undefined;
      let extra: Phrase[] = [];
      let cap: number | undefined = single ? undefined : 0.7;
      if (cands.length === 1 && !tainted) chosen = cands[0];
      else {
        const digits = refDigitHits(p, cands);
        const near = nearestDue(p, cands);
        if (digits.length === 1 && !tainted) [chosen, extra, cap] = [digits[0], [say.refDigits()], 0.8];
        else if (near.length === 1 && !tainted) [chosen, extra] = [near[0], [say.nearestDue()]];
        else {
          const options = near.length > 1 ? near : cands;
          ambiguous(ctx, p, options, payerNote(p, options[0] as SItem));
          remaining.splice(remaining.indexOf(options[0] as SItem), 1);
          tainted = true;
          continue;
        }
      }
      if (!chosen) continue;
      matchOne(ctx, chosen, p, cap, extra);
      remaining.splice(remaining.indexOf(chosen), 1);
    }
  }
  for (const p of unsure) {
    if (p.resolution.kind !== "ambiguous") continue;
    const cands = (probed.get(p) ?? [])
      .flatMap((list) => list ?? [])
      .filter((s) => freshS(ctx, s) && !isRejected(ctx, s.i, p.i));
    const note = say.payerAmbiguous(p.p.payer, p.resolution.customers);
    if (cands.length === 1) matchOne(ctx, cands[0] as SItem, p, 0.7, [note]);
    else if (cands.length > 1) ambiguous(ctx, p, cands, [note]);
  }
}
