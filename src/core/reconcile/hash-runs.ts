// Grouping rows by a key without a Map per row: each row gets a 32-bit hash of its key, and one
// native sort of a Float64Array (hash in the high bits, row in the low bits) brings equal hashes
// together with their rows in ascending order. On a million rows a Map probed once per row costs
// a trip to main memory per probe; the sort is sequential work. Callers check the real key within
// a run, so a hash collision only costs a comparison.

/** FNV-1a offset basis: the starting value of every hash here. */
export const HASH_START = 2166136261;
/** FNV-1a prime: each code folded in is multiplied by it. */
export const HASH_PRIME = 16777619;

/** 32-bit FNV-1a of a string's code units, folded into `h`. */
export function hashText(h: number, text: string): number {
  for (let k = 0; k < text.length; k += 1) h = Math.imul(h ^ text.charCodeAt(k), HASH_PRIME);
  return h >>> 0;
}

/** A safe integer (amount in units, day number, id; NaN as −1) folded into `h`. */
export function hashInt(h: number, n: number): number {
  const v = Number.isNaN(n) ? -1 : n;
  h = Math.imul(h ^ (v >>> 0), HASH_PRIME);
  return Math.imul(h ^ (Math.floor(v / 4294967296) >>> 0), HASH_PRIME) >>> 0;
}

/**
 * The members (row numbers, each below `rows`) in runs of equal hash, each run ascending; runs
 * with a single member are left out unless `singles`. `hashOf(m)` gives a member's hash.
 */
export function hashRuns(members: ArrayLike<number>, rows: number, hashOf: (m: number) => number, singles = false): number[][] {
  // Row bits first, then as many hash bits as still fit in a double's 53-bit integer range.
  const rowBits = Math.max(1, Math.ceil(Math.log2(rows + 1)));
  const hashBits = Math.min(32, 53 - rowBits);
  const shift = 2 ** rowBits;
  const keep = 2 ** hashBits;
  const keys = new Float64Array(members.length);
  for (let k = 0; k < members.length; k += 1) {
    const m = members[k] as number;
    keys[k] = (hashOf(m) % keep) * shift + m;
  }
  keys.sort();
  const runs: number[][] = [];
  let k = 0;
  while (k < keys.length) {
    const h = Math.floor((keys[k] as number) / shift);
    let end = k + 1;
    while (end < keys.length && Math.floor((keys[end] as number) / shift) === h) end += 1;
    if (singles || end - k > 1) {
      const run: number[] = [];
      for (let j = k; j < end; j += 1) run.push((keys[j] as number) - h * shift);
      runs.push(run);
    }
    k = end;
  }
  return runs;
}
