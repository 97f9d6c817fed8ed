// Pass 2: settlement references found in the payment's memo or reference. Settlement refs are
// indexed by key (alphanumerics, upper-case); each memo is cut into candidate keys that are looked
// up, so the cost is per payment, not per settlement × payment. Payments that name the same
// settlement are handled together (instalments), and the amounts are checked: exact, within
// tolerance, partial, or overpaid.
import { accept, freshP, isRejected, type Ctx, type PItem, type SItem } from "./context";
import { buildGroup } from "./build-group";
import { P as say, type Phrase } from "./explain";
import { comparePaymentsByDate } from "./rank";
import { forEachCandidateKey, keyHash, keyLengths, refKey, type KeyLengths } from "./ref-key";

/** Ref key → settlement index, or the indices when several settlements share a ref (rare: no array per key). */
type RefIndex = Map<string, number | number[]>;

/**
 * A bit per hash of every key in the index: most candidate keys cut from a memo are not refs, and
 * testing a bit in this 2 MB table (it stays in cache) is far cheaper than probing a Map of a
 * million keys, which on a large book costs a trip to main memory per probe.
 */
const FILTER_BITS = 24;

/** The filter bit of a key's 32-bit hash. */
function filterBit(h: number): number {
  return (h ^ (h >>> FILTER_BITS)) & ((1 << FILTER_BITS) - 1);
}

function indexRefs(ctx: Ctx): { index: RefIndex; filter: Uint32Array } {
  const index: RefIndex = new Map();
  const filter = new Uint32Array(1 << (FILTER_BITS - 5));
  for (const s of ctx.S) {
    if ((ctx.sOpen[s.i] ?? 0) <= 0) continue;
    const key = refKey(s.s.ref);
    if (key.length < ctx.settings.minRefLength) continue;
    const h = filterBit(keyHash(key));
    const word = h >>> 5;
    const bit = 1 << (h & 31);
    const seen = ((filter[word] ?? 0) & bit) !== 0;
    filter[word] = (filter[word] ?? 0) | bit;
    const had = seen ? index.get(key) : undefined;
    if (had === undefined) index.set(key, s.i);
    else if (typeof had === "number") index.set(key, [had, s.i]);
    else had.push(s.i);
  }
  return { index, filter };
}

/** Scans payments' texts for settlement refs; one scanner (and one found-list) per pass, not per payment. */
function makeScanner(ctx: Ctx, index: RefIndex, filter: Uint32Array): (p: PItem) => SItem[] | undefined {
  const lengths: KeyLengths = keyLengths(index.keys());
  const found: string[] = [];
  // Candidates are hashed from the memo's characters; only those whose filter bit is set become
  // strings and are looked up.
  const maybe = (hash: number): boolean => {
    const h = filterBit(hash);
    return ((filter[h >>> 5] ?? 0) & (1 << (h & 31))) !== 0;
  };
  const visit = (key: string): void => {
    if (index.has(key) && !found.includes(key)) found.push(key);
  };
  const usable = (s: SItem, p: PItem): boolean =>
    s.currency === p.currency && (ctx.sOpen[s.i] ?? 0) > 0 && !isRejected(ctx, s.i, p.i);

  return (p) => {
    found.length = 0;
    if (p.p.memo) forEachCandidateKey(p.p.memo, lengths, visit, maybe);
    if (p.p.reference) forEachCandidateKey(p.p.reference, lengths, visit, maybe);
    if (p.p.note) forEachCandidateKey(p.p.note, lengths, visit, maybe);
    if (found.length === 0) return undefined;
    if (found.length === 1) {
      // The common case: one ref, one settlement.
      const hit = index.get(found[0] as string);
      if (typeof hit === "number") {
        const s = ctx.S[hit] as SItem;
        return usable(s, p) ? [s] : undefined;
      }
    }
    // "INV202400123" also contains "202400123": keep the longest reading only.
    const keys = found.filter((k) => !found.some((o) => o !== k && o.includes(k))).sort();
    const r = p.resolution;
    const cust = r.kind === "exact" || r.kind === "alias" || r.kind === "similar" ? r.customer : undefined;
    const out: SItem[] = [];
    for (const key of keys) {
      const hit = index.get(key) ?? [];
      let cands = (typeof hit === "number" ? [hit] : hit).map((i) => ctx.S[i] as SItem).filter((s) => usable(s, p));
      if (cands.length > 1 && cust !== undefined) {
        const mine = cands.filter((s) => s.cust === cust);
        if (mine.length > 0) cands = mine;
      }
      // The same ref on several customers' settlements and no way to tell: not evidence.
      if (cands.length === 1 && !out.includes(cands[0] as SItem)) out.push(cands[0] as SItem);
    }
    return out.length > 0 ? out : undefined;
  };
}

/** All payments and settlements linked to `start` through "payment names settlement". */
function component(
  ctx: Ctx,
  start: number,
  named: ReadonlyArray<SItem[] | undefined>,
  namers: (s: number) => number[],
  seen: Uint8Array,
): [PItem[], SItem[]] {
  const ps: PItem[] = [];
  const ssSet = new Set<number>();
  const stack = [start];
  seen[start] = 1;
  while (stack.length > 0) {
    const pi = stack.pop() as number;
    ps.push(ctx.P[pi] as PItem);
    for (const s of named[pi] ?? []) {
      if (ssSet.has(s.i)) continue;
      ssSet.add(s.i);
      for (const other of namers(s.i)) {
        if (seen[other] === 0) {
          seen[other] = 1;
          stack.push(other);
        }
      }
    }
  }
  ps.sort(comparePaymentsByDate);
  return [ps, [...ssSet].sort((a, b) => a - b).map((i) => ctx.S[i] as SItem)];
}

export function passReference(ctx: Ctx): void {
  const { index, filter } = indexRefs(ctx);
  if (index.size === 0) return;
  const scan = makeScanner(ctx, index, filter);
  // Payment index → the settlements it names, and the payments that name any, in canonical order
  // (arrays indexed by row, not Maps: no hashing per payment).
  const named = new Array<SItem[] | undefined>(ctx.P.length);
  const namers: number[] = [];
  const bySettlement = new Map<number, number[]>();
  // Who names each settlement: the first payment in a typed array; a list only when a second
  // payment names it too (instalments), so the common case allocates nothing per settlement.
  const firstNamer = new Int32Array(ctx.S.length).fill(-1);
  for (const p of ctx.receipts) {
    if (!freshP(ctx, p)) continue;
    const ss = scan(p);
    if (!ss) continue;
    named[p.i] = ss;
    namers.push(p.i);
    for (const s of ss) {
      const first = firstNamer[s.i] ?? -1;
      if (first < 0) firstNamer[s.i] = p.i;
      else {
        const list = bySettlement.get(s.i);
        if (list) list.push(p.i);
        else bySettlement.set(s.i, [first, p.i]);
      }
    }
  }
  // Connected components of "payment names settlement", found from each payment in canonical order.
  const seen = new Uint8Array(ctx.P.length);
  for (const start of namers) {
    if (seen[start] === 1) continue;
    const mine = named[start] ?? [];
    let ps: PItem[];
    let ss: SItem[];
    let allowed: ((p: PItem) => Set<number>) | undefined;
    if (mine.length === 1 && !bySettlement.has((mine[0] as SItem).i)) {
      // The common case: one payment naming one settlement nobody else names.
      ps = [ctx.P[start] as PItem];
      ss = mine;
    } else {
      [ps, ss] = component(ctx, start, named, (s) => bySettlement.get(s) ?? [firstNamer[s] ?? -1], seen);
      const sets = new Map(ps.map((p) => [p.i, new Set((named[p.i] ?? []).map((s) => s.i))]));
      allowed = (p) => sets.get(p.i) ?? new Set();
    }
    const refs = ss.map((s) => s.s.ref);
    const notes: Phrase[] = [say.refFound(refs)];
    let confidence = 0.99;
    for (const p of ps) {
      const r = p.resolution;
      if (r.kind === "none") confidence = Math.min(confidence, 0.97);
      else if (r.kind === "ambiguous") confidence = Math.min(confidence, 0.95);
      else {
        const other = ss.find((s) => s.cust !== r.customer);
        if (other) {
          confidence = Math.min(confidence, 0.8);
          notes.push(say.payerOther(p.p.payer, other.s.customer));
        }
      }
    }
    const built = buildGroup(ctx, ss, ps, "reference", "reference", confidence, notes, allowed);
    if (!built) continue;
    const { proposal, shape } = built;
    if (shape === "partial" && ss.length > 1) proposal.confidence = Math.min(proposal.confidence, 0.75);
    // An advance larger than what was owed is more likely a wrong reference than an overpayment.
    if (shape === "overpayment") proposal.confidence = Math.min(proposal.confidence, proposal.advance > proposal.allocs.reduce((t, a) => t + a.units, 0) ? 0.75 : 0.92);
    if (shape === "leftover" || (ps.length > 1 && ss.length > 1)) proposal.confidence = Math.min(proposal.confidence, 0.8);
    accept(ctx, proposal);
  }
}
