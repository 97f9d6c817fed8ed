// References as people type them: "INV2024-00123", "INV 2024 00123", "ｉｎｖ２０２４－００１２３",
// "货款INV2024-00123", "付JS20241017001款". We compare a key: alphanumerics only, upper-case,
// full-width folded. Memos are scanned by cutting them into alphanumeric runs and looking up
// joins of neighbouring runs (and suffixes of mixed runs) in a Map of settlement keys: the cost
// per payment is a few dozen Map lookups, never "every settlement against every payment".

import { HASH_PRIME, HASH_START, hashText } from "./hash-runs";

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

// Scratch space for cutting a text into runs: the runs' folded characters written one after
// another (separators dropped), so a join of neighbouring runs and a suffix of a run are each a
// contiguous slice. Candidates are hashed from these codes and only turned into strings when
// their hash may be a key: a memo yields dozens of candidates and almost none are refs.
let buf = new Uint16Array(1024);
let runStart = new Int32Array(256);
let runEnd = new Int32Array(256);

/** Folded code of an ASCII or full-width letter / digit (upper-case ASCII), or −1. */
function foldCode(c: number): number {
  if (c >= 0xff10 && c <= 0xff5a) {
    if (c <= 0xff19 || (c >= 0xff21 && c <= 0xff3a) || c >= 0xff41) c -= 0xfee0;
    else return -1;
  }
  if (c >= 97 && c <= 122) return c - 32;
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) return c;
  return -1;
}

/** Cuts `text` into runs in the scratch arrays; returns the number of runs. */
function cutRuns(text: string): number {
  if (text.length > buf.length) buf = new Uint16Array(text.length * 2);
  if (text.length / 2 + 1 > runStart.length) {
    runStart = new Int32Array(text.length);
    runEnd = new Int32Array(text.length);
  }
  let runs = 0;
  let w = 0;
  let inRun = false;
  for (let k = 0; k < text.length; k += 1) {
    const c = foldCode(text.charCodeAt(k));
    if (c >= 0) {
      if (!inRun) {
        runStart[runs] = w;
        inRun = true;
      }
      buf[w] = c;
      w += 1;
    } else if (inRun) {
      runEnd[runs] = w;
      runs += 1;
      inRun = false;
    }
  }
  if (inRun) {
    runEnd[runs] = w;
    runs += 1;
  }
  return runs;
}

function slice(from: number, to: number): string {
  return String.fromCharCode.apply(null, buf.subarray(from, to) as unknown as number[]);
}

/** The comparison key of a reference: its alphanumerics, upper-case ("INV-2024/00123" → "INV202400123"). */
export function refKey(ref: string): string {
  // Most references are plain ASCII ("INV2024-00123", "TX3000005539"): the engine's own regex
  // replace is several times cheaper than building the key code by code.
  if (!NON_ASCII.test(ref)) {
    const kept = ref.replace(NOT_ALNUM, "");
    return LOWER.test(kept) ? kept.toUpperCase() : kept;
  }
  const runs = cutRuns(ref);
  return runs === 0 ? "" : slice(0, runEnd[runs - 1] as number);
}

const NON_ASCII = /[^\x00-\x7f]/;
const NOT_ALNUM = /[^0-9A-Za-z]+/g;
const LOWER = /[a-z]/;

/** The hash the scanner gives a candidate key: hashText of the key (FNV-1a of its characters). */
export function keyHash(key: string): number {
  return hashText(HASH_START, key);
}

function hasLetterAndDigit(from: number, to: number): boolean {
  let letter = false;
  let digit = false;
  for (let k = from; k < to; k += 1) {
    const c = buf[k] as number;
    if (c <= 57) digit = true;
    else letter = true;
    if (letter && digit) return true;
  }
  return false;
}

/**
 * Calls `visit` with every candidate key found in `text`: each run, each join of up to four
 * neighbouring runs ("INV 2024 00123"), and each suffix of a run that mixes letters and digits
 * ("PAYINV202400123" → "INV202400123"). Only candidates of a length some key has are considered,
 * and when `maybe` is given only those whose keyHash it accepts are built and visited. `visit`
 * must not cut another text (refKey, forEachCandidateKey): the runs live in shared scratch space.
 */
export function forEachCandidateKey(text: string, lengths: KeyLengths, visit: (key: string) => void, maybe?: (hash: number) => boolean): void {
  const runs = cutRuns(text);
  const { has, min, max } = lengths;
  for (let i = 0; i < runs; i += 1) {
    const start = runStart[i] as number;
    let h = HASH_START;
    let at = start;
    for (let j = i; j < runs && j < i + MAX_WINDOW; j += 1) {
      const end = runEnd[j] as number;
      if (end - start > max) break;
      for (; at < end; at += 1) h = Math.imul(h ^ (buf[at] as number), HASH_PRIME);
      if (has[end - start] === 1 && (!maybe || maybe(h >>> 0))) visit(slice(start, end));
    }
    const end = runEnd[i] as number;
    const len = end - start;
    if (len > min && len <= MAX_SUFFIX_TOKEN && hasLetterAndDigit(start, end)) {
      for (let k = Math.max(1, len - max); k + min <= len; k += 1) {
        if (has[len - k] !== 1) continue;
        if (maybe) {
          let hs = HASH_START;
          for (let q = start + k; q < end; q += 1) hs = Math.imul(hs ^ (buf[q] as number), HASH_PRIME);
          if (!maybe(hs >>> 0)) continue;
        }
        visit(slice(start + k, end));
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
