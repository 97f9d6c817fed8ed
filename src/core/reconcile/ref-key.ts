// References as people type them: "INV2024-00123", "INV 2024 00123", "ｉｎｖ２０２４－００１２３",
// "货款INV2024-00123", "付JS20241017001款". We compare a key: alphanumerics only, upper-case,
// full-width folded. Memos are scanned by cutting them into alphanumeric runs and looking up
// joins of neighbouring runs (and suffixes of mixed runs) in a Map of settlement keys: the cost
// per payment is a few dozen Map lookups, never "every settlement against every payment".

const MAX_WINDOW = 4;
const MAX_SUFFIX_TOKEN = 40;
/** Longer refs are not searched in memos (no invoice number is this long; keeps the scan bounded). */
const MAX_KEY = 64;

// A run is ASCII or full-width letters and digits; anything else (Chinese text, punctuation of
// either width, spaces) separates runs. Only runs that need it are folded and upper-cased.
const RUN = /[0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+/g;
const NEEDS_FOLD = /[a-z\uff10-\uff5a]/;

function fold(run: string): string {
  const half = run.replace(/[\uff10-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return half.toUpperCase();
}

/** Alphanumeric runs of `text`, upper-cased, full-width folded. Everything else separates runs. */
export function alnumRuns(text: string): string[] {
  const runs = text.match(RUN);
  if (!runs) return [];
  for (let k = 0; k < runs.length; k += 1) {
    const r = runs[k] as string;
    if (NEEDS_FOLD.test(r)) runs[k] = fold(r);
  }
  return runs;
}

/** The comparison key of a reference: its alphanumerics, upper-case ("INV-2024/00123" → "INV202400123"). */
export function refKey(ref: string): string {
  return alnumRuns(ref).join("");
}

function hasLetterAndDigit(s: string): boolean {
  return /[A-Z]/.test(s) && /[0-9]/.test(s);
}

/**
 * Calls `visit` with every candidate key found in `text`: each run, each join of up to four
 * neighbouring runs ("INV 2024 00123"), and each suffix of a run that mixes letters and digits
 * ("PAYINV202400123" → "INV202400123"). Only candidates of a length some key has are visited.
 */
export function forEachCandidateKey(text: string, lengths: KeyLengths, visit: (key: string) => void): void {
  const runs = alnumRuns(text);
  const { has, min, max } = lengths;
  for (let i = 0; i < runs.length; i += 1) {
    let joined = "";
    for (let j = i; j < runs.length && j < i + MAX_WINDOW; j += 1) {
      joined += runs[j];
      if (joined.length > max) break;
      if (has[joined.length] === 1) visit(joined);
    }
    const run = runs[i] ?? "";
    if (run.length > min && run.length <= MAX_SUFFIX_TOKEN && hasLetterAndDigit(run)) {
      for (let k = Math.max(1, run.length - max); k + min <= run.length; k += 1) {
        if (has[run.length - k] === 1) visit(run.slice(k));
      }
    }
  }
}

/** The lengths of the keys being looked for: candidates of any other length are not even built. */
export interface KeyLengths {
  /** has[n] === 1 when some key is n characters long. */
  has: Uint8Array;
  min: number;
  max: number;
}

export function keyLengths(keys: Iterable<string>): KeyLengths {
  const has = new Uint8Array(MAX_KEY + 1);
  let min = MAX_KEY;
  let max = 0;
  for (const k of keys) {
    if (k.length > MAX_KEY) continue;
    has[k.length] = 1;
    if (k.length < min) min = k.length;
    if (k.length > max) max = k.length;
  }
  return { has, min, max };
}
