// Customer and payer names as banks and people write them: 上海宏达贸易有限公司 / 上海宏达贸易（分公司） /
// ＡＣＭＥ Trading Co., Ltd. / Acme Trading Ltd. Normalisation removes what does not tell two
// companies apart (width, case, spaces, punctuation, legal form); similarity then scores what is left.
import { toHalfWidth } from "./half-width";

/** A payer name the user has tied to a customer (kept in the workbook, shared by the team). */
export interface Alias {
  /** The payer / counterparty name as it appears in payments. */
  payer: string;
  /** The customer name as it appears in settlements. */
  customer: string;
}

/**
 * Scores at or above this are "the same customer" for automatic matching.
 * Measured on the cases in test/core/names.test.ts:
 * - a city prefix or suffix added or dropped (宏达贸易 vs 上海宏达贸易) scores 0.75, kept;
 * - one different character in a short Chinese name (北京华为科技 vs 北京华夏科技) scores 0.6: a
 *   different company far more often than a typo (input methods rarely misspell), so it is rejected;
 * - a one-letter typo in a Latin name (Acme Trading vs Acme Tradng) scores ~0.84, kept;
 * - Latin names sharing only a word (Acme Trading vs Apex Trading) score 0.6, rejected.
 * Abbreviations (华为 for 华为技术) fall below it on purpose: the alias table is for those.
 */
export const NAME_SIMILARITY_THRESHOLD = 0.75;

/** Legal forms at the end of Chinese names, longest first. */
const CJK_SUFFIXES = [
  "股份有限公司", "有限责任公司", "集团有限公司", "集团股份有限公司", "有限公司", "集团公司", "总公司", "集团", "公司",
].sort((a, b) => b.length - a.length);

/** Legal forms at the end of Latin names, as normalised tokens. */
const LATIN_SUFFIXES = new Set([
  "co", "company", "ltd", "limited", "inc", "incorporated", "llc", "gmbh", "corp", "corporation", "plc", "ag",
  "sa", "sarl", "bv", "nv", "pte", "pty", "kg", "srl", "spa", "oy", "ab", "as", "group", "holdings", "lp", "llp",
]);

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;
/** Bracketed branch / office designations that do not change the paying entity. */
const BRANCH = /[([][^()[\]]*(分公司|分店|办事处|分部|branch)[^()[\]]*[)\]]/giu;
/**
 * A branch written after the company (上海宏达贸易有限公司北京分公司). A Chinese 分公司 is not a legal
 * person of its own: its payments are the company's, so the branch part is dropped.
 */
const TRAILING_BRANCH = /^(.{2,}?(?:公司|集团))[\u4e00-\u9fff]{0,8}(?:分公司|分店|办事处|营业部|分部)$/u;

/** Only CJK unified ideographs: no width, case, punctuation or spaces to fold. */
const PLAIN_CJK = /^[\u4e00-\u9fff]+$/;

/** The comparable form of a name; idempotent. Empty when nothing is left. */
export function normalizeName(raw: string): string {
  // Most Chinese names are ideographs only: for them every step below but the branch and the
  // legal form is a no-op (unified ideographs are unchanged by NFKC), and the steps cost far more
  // than the answer on a book with a hundred thousand payer names.
  if (PLAIN_CJK.test(raw)) return withoutCjkSuffixes(raw.replace(TRAILING_BRANCH, "$1"));
  let s = toHalfWidth(raw).normalize("NFKC").toLowerCase();
  s = s.replace(/[【〔［]/g, "(").replace(/[】〕］]/g, ")");
  s = s.replace(BRANCH, " ").trim().replace(TRAILING_BRANCH, "$1");
  // Punctuation and symbols become spaces (co.,ltd. → co ltd); letters, digits and CJK stay.
  s = s.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  let tokens = s.split(" ").filter(Boolean);
  // Legal forms come off the end, repeatedly (Acme Trading Co Ltd → acme trading).
  for (let changed = true; changed && tokens.length > 0; ) {
    changed = false;
    const last = tokens[tokens.length - 1] ?? "";
    if (tokens.length > 1 && LATIN_SUFFIXES.has(last)) {
      tokens = tokens.slice(0, -1);
      changed = true;
      continue;
    }
    for (const suffix of CJK_SUFFIXES) {
      if (last.endsWith(suffix) && last.length > suffix.length) {
        tokens[tokens.length - 1] = last.slice(0, -suffix.length);
        changed = true;
        break;
      }
      if (last === suffix && tokens.length > 1) {
        tokens = tokens.slice(0, -1);
        changed = true;
        break;
      }
    }
  }
  // Spaces carry no meaning next to Chinese characters (上海 宏达 = 上海宏达); between Latin words they do.
  let out = "";
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    if (prev !== undefined && !(CJK.test(prev.slice(-1)) || CJK.test(t.charAt(0)))) out += " ";
    out += t;
  });
  return out;
}

/** A one-token Chinese name without its legal forms, taken off the end repeatedly (as below). */
function withoutCjkSuffixes(name: string): string {
  let out = name;
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of CJK_SUFFIXES) {
      if (out.endsWith(suffix) && out.length > suffix.length) {
        out = out.slice(0, -suffix.length);
        changed = true;
        break;
      }
    }
  }
  return out;
}

function bigrams(s: string): string[] {
  if (s.length < 2) return s ? [s] : [];
  const out: string[] = [];
  for (let i = 0; i + 2 <= s.length; i += 1) out.push(s.slice(i, i + 2));
  return out;
}

/** Dice coefficient over multisets: 2|A∩B| / (|A|+|B|). */
function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let shared = 0;
  for (const x of b) {
    const n = counts.get(x) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(x, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/**
 * How alike two names are, in [0, 1] (1 = the same after normalisation). Takes raw names.
 * Chinese: Dice over character bigrams. Latin: the better of Dice over words (order-free:
 * "Trading Acme") and Dice over character bigrams without spaces (typo-tolerant).
 */
export function nameSimilarity(a: string, b: string): number {
  return keySimilarity(normalizeName(a), normalizeName(b));
}

/** nameSimilarity of two names already normalised (normalizeName's output): no second normalisation. */
export function keySimilarity(x: string, y: string): number {
  if (x === "" || y === "") return 0;
  if (x === y) return 1;
  const compactX = x.replace(/ /g, "");
  const compactY = y.replace(/ /g, "");
  if (compactX === compactY) return 1;
  const chars = dice(bigrams(compactX), bigrams(compactY));
  if (CJK.test(x) || CJK.test(y)) return chars;
  const words = dice(x.split(" "), y.split(" "));
  return Math.max(words, chars);
}

/**
 * The customer an alias table ties this payer to (compared after normalisation), or undefined.
 * When the table ties the same payer to two different customers, neither is returned: a
 * contradictory alias must not decide a match.
 */
export function resolveAlias(payer: string, aliases: readonly Alias[]): string | undefined {
  const key = normalizeName(payer);
  if (key === "") return undefined;
  let found: string | undefined;
  for (const alias of aliases) {
    if (normalizeName(alias.payer) !== key) continue;
    if (found !== undefined && normalizeName(found) !== normalizeName(alias.customer)) return undefined;
    found ??= alias.customer;
  }
  return found;
}
