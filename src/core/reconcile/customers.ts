// Payer → customer. Order of evidence: the same normalised name, then an alias the user keeps,
// then name similarity above a threshold. A payer similar to two customers (within a margin) is
// ambiguous and resolves to neither. Work is bounded: each distinct payer name is resolved once
// (cache), and similarity is computed only for a shortlist drawn from a bigram inverted index.
import { keySimilarity, NAME_SIMILARITY_THRESHOLD, normalizeName, resolveAlias, type Alias } from "../names";

/** How a payer name was tied to a customer. */
export type Resolution =
  | { kind: "exact" | "alias" | "similar"; customer: string; id: number; score: number }
  | { kind: "ambiguous"; customers: string[]; ids: number[]; score: number }
  | { kind: "none" };

const NONE: Resolution = { kind: "none" };
/** Seed posting lists longer than this are not scanned: a payer whose rarest bigrams are that common says little. */
const MAX_POSTING = 4000;
/** Customers scored with `nameSimilarity` per payer, best shortlist first. */
const SHORTLIST = 12;

function grams(s: string): string[] {
  if (s.length < 2) return s ? [s] : [];
  const out = new Set<string>();
  for (let i = 0; i + 2 <= s.length; i += 1) out.add(s.slice(i, i + 2));
  return [...out];
}

/** A bigram as one number from its two UTF-16 code units; `second` is omitted for a one-character name. */
function pairCode(first: number, second = 65536): number {
  return first * 131072 + second;
}

/** A bigram of `grams` as one number (pairCode). */
function gramCode(g: string): number {
  return g.length > 1 ? pairCode(g.charCodeAt(0), g.charCodeAt(1)) : pairCode(g.charCodeAt(0));
}

/**
 * How many of the payer's distinct bigrams (`codes`) the name `key` has: the count the posting
 * lists would give, read from the name itself. `hit` is scratch, one slot per code, left zeroed.
 */
function sharedGrams(key: string, codes: readonly number[], hit: Uint8Array): number {
  let shared = 0;
  const mark = (code: number): void => {
    const g = codes.indexOf(code);
    if (g >= 0 && hit[g] === 0) {
      hit[g] = 1;
      shared += 1;
    }
  };
  if (key.length === 1) mark(pairCode(key.charCodeAt(0)));
  for (let j = 0; j + 1 < key.length; j += 1) mark(pairCode(key.charCodeAt(j), key.charCodeAt(j + 1)));
  hit.fill(0);
  return shared;
}

export interface CustomerIndex {
  /** Number of distinct customers: ids run from 0 to count − 1 (in key order). */
  count: number;
  /** Customer id of a settlement's customer text, −1 when it has no name left after normalising. */
  idOf(customerRaw: string): number;
  /** Customer key (normalised name) of an id; "" for −1. */
  keyAt(id: number): string;
  /** The ids of the customer names the index was built from, in their order. */
  inputIds: Int32Array;
  resolve(payerRaw: string): Resolution;
}

export function buildCustomerIndex(
  customerNames: readonly string[],
  aliases: readonly Alias[],
  threshold: number = NAME_SIMILARITY_THRESHOLD,
  margin = 0.08,
): CustomerIndex {
  // Each distinct name as written gets a number (one Map probe per input row); its key and, once
  // the keys are sorted, its id are found through that number, not by probing again.
  const rawNo = new Map<string, number>();
  const rawKey: string[] = [];
  const inputRaw = new Int32Array(customerNames.length);
  const keys: string[] = [];
  const keySet = new Set<string>();
  customerNames.forEach((raw, k) => {
    let no = rawNo.get(raw);
    if (no === undefined) {
      no = rawKey.length;
      rawNo.set(raw, no);
      const key = normalizeName(raw);
      rawKey.push(key);
      if (key && !keySet.has(key)) {
        keySet.add(key);
        keys.push(key);
      }
    }
    inputRaw[k] = no;
  });
  keys.sort();
  // Ids are positions in key order, so arrays indexed by customer replace maps keyed by name.
  const idOfKey = new Map<string, number>(keys.map((k, i) => [k, i]));
  const rawId = Int32Array.from(rawKey, (key) => (key ? (idOfKey.get(key) ?? -1) : -1));
  const inputIds = inputRaw.map((no) => rawId[no] ?? -1);
  const postings = new Map<string, number[]>();
  keys.forEach((key, i) => {
    for (const g of grams(key)) {
      const list = postings.get(g);
      if (list) list.push(i);
      else postings.set(g, [i]);
    }
  });
  const cache = new Map<string, Resolution>();
  const seen = new Uint8Array(keys.length);

  function similar(payerKey: string): Resolution {
    // A name sharing under half of the payer's bigrams is not a variant of it (a one-character typo
    // in a six-character name still shares three of five). So a candidate must appear in one of
    // the (n − least + 1) rarest posting lists: only those are scanned. The common lists ("上海",
    // "贸易", tens of thousands long on a big book) are never searched: each candidate's shared
    // bigrams are counted from its own name, a few characters already at hand.
    const payerGrams = grams(payerKey);
    const least = Math.max(1, Math.ceil(payerGrams.length / 2));
    const lists = payerGrams.map((g) => postings.get(g) ?? []).sort((a, b) => a.length - b.length);
    const seeds = lists.length - least + 1;
    const touched: number[] = [];
    for (let k = 0; k < seeds; k += 1) {
      const list = lists[k] ?? [];
      if (list.length > MAX_POSTING) break;
      for (const i of list) {
        if (seen[i] === 1) continue;
        seen[i] = 1;
        touched.push(i);
      }
    }
    const codes = payerGrams.map(gramCode);
    const hit = new Uint8Array(codes.length);
    const kept: Array<[number, number]> = [];
    for (const i of touched) {
      seen[i] = 0;
      const c = sharedGrams(keys[i] ?? "", codes, hit);
      if (c >= least) kept.push([i, c]);
    }
    if (kept.length === 0) return NONE;
    const shortlist = kept
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, SHORTLIST)
      .map(([i]) => keys[i] ?? "");
    const scored = shortlist
      .map((key) => ({ key, score: keySimilarity(payerKey, key) }))
      .filter((c) => c.score >= threshold)
      .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const best = scored[0];
    if (!best) return NONE;
    const rivals = scored.filter((c) => best.score - c.score < margin);
    if (rivals.length > 1) {
      return { kind: "ambiguous", customers: rivals.map((c) => c.key), ids: rivals.map((c) => idOfKey.get(c.key) ?? -1), score: best.score };
    }
    return { kind: "similar", customer: best.key, id: idOfKey.get(best.key) ?? -1, score: best.score };
  }

  function resolveUncached(payerRaw: string): Resolution {
    // Payers often write the name exactly as the settlement sheet does: reuse that key.
    const no = rawNo.get(payerRaw);
    const key = no === undefined ? normalizeName(payerRaw) : (rawKey[no] ?? "");
    if (!key) return NONE;
    const id = idOfKey.get(key);
    if (id !== undefined) return { kind: "exact", customer: key, id, score: 1 };
    const alias = aliases.length > 0 ? resolveAlias(payerRaw, aliases) : undefined;
    if (alias !== undefined) {
      const target = normalizeName(alias);
      const targetId = idOfKey.get(target);
      if (targetId !== undefined) return { kind: "alias", customer: target, id: targetId, score: 1 };
    }
    return similar(key);
  }

  return {
    count: keys.length,
    inputIds,
    idOf(customerRaw) {
      const no = rawNo.get(customerRaw);
      return no === undefined ? (idOfKey.get(normalizeName(customerRaw)) ?? -1) : (rawId[no] ?? -1);
    },
    keyAt(id) {
      return keys[id] ?? "";
    },
    resolve(payerRaw) {
      const hit = cache.get(payerRaw);
      if (hit) return hit;
      const r = resolveUncached(payerRaw);
      cache.set(payerRaw, r);
      return r;
    },
  };
}
