// Amounts as people and banks write them: 1,234.56 / 1.234,56 / ¥1,234.56 / (1,234.56) / 1,234.56- /
// １２３４．５６ / 1.5万元 / 壹万贰仟叁佰肆拾伍元陆角柒分 / 235.61(已退款235.50), and JS numbers from Excel
// cells. Never a guess: "3.456" with no column evidence is a problem, not 3456 or 3.456.
import { looksLikeChineseAmount, parseChineseAmount } from "./chinese-amount";
import { toHalfWidth } from "./half-width";
import { Money } from "./money";
import type { Money as MoneyT } from "./money";
import type { CellValue } from "./table/grid";

/** Which character separates the decimals; "auto" decides per value, reporting ambiguity. */
export type DecimalOption = "." | "," | "auto";

export interface ParseAmountOptions {
  /** The decimal separator: from the user, or from `inferDecimalSeparator` over the column. Default "auto". */
  decimal?: DecimalOption;
}

export type AmountProblemCode = "amount-unreadable" | "amount-ambiguous" | "amount-missing";

/** A parsed amount, or why not. `detail` explains the failure for the Problem message. */
export type AmountResult =
  | {
      ok: true;
      value: MoneyT;
      /** ISO code when the text named the currency (¥ / RMB / CNY → CNY, € → EUR, $ → USD …). */
      currency?: string;
      /** Text annotation found in the cell, e.g. "已退款235.50" from "235.61(已退款235.50)". */
      note?: string;
    }
  | { ok: false; code: AmountProblemCode; detail: string };

/**
 * Excel keeps 15 significant digits and shows at most that many; a cell that displays 0.3 may hold
 * 0.30000000000000004 after a formula. The shortest round-trip string of the double is what JS
 * can tell us exactly; rounding it to 15 significant digits gives back the number the user sees.
 */
const EXCEL_SIGNIFICANT_DIGITS = 15;

/** Currency marks allowed before or after the number, longest first, with their ISO code. */
const CURRENCY_MARKS: ReadonlyArray<readonly [string, string]> = [
  ["人民币", "CNY"], ["RMB", "CNY"], ["CNY", "CNY"], ["CN¥", "CNY"], ["USD", "USD"], ["US$", "USD"],
  ["EUR", "EUR"], ["HKD", "HKD"], ["HK$", "HKD"], ["GBP", "GBP"], ["JPY", "JPY"], ["JP¥", "JPY"], ["¥", "CNY"],
  ["$", "USD"], ["€", "EUR"], ["£", "GBP"],
];

const fail = (code: AmountProblemCode, detail: string): AmountResult => ({ ok: false, code, detail });

/** Parses one cell (text or number) into an amount. Data first, options last. */
export function parseAmount(raw: CellValue | undefined, options: ParseAmountOptions = {}): AmountResult {
  if (raw === null || raw === undefined) return fail("amount-missing", "empty");
  if (typeof raw === "number") return fromNumber(raw);
  if (typeof raw === "boolean") return fail("amount-unreadable", "TRUE/FALSE is not an amount");
  return fromText(raw, options.decimal ?? "auto");
}

/** Converts a JS number from a cell through its shortest round-trip string (never float arithmetic). */
export function amountFromNumber(value: number): MoneyT | undefined {
  if (!Number.isFinite(value)) return undefined;
  const m = new Money(String(value)).toSignificantDigits(EXCEL_SIGNIFICANT_DIGITS, Money.ROUND_HALF_EVEN);
  return m.isZero() ? new Money(0) : m; // no "-0"
}

function fromNumber(value: number): AmountResult {
  const m = amountFromNumber(value);
  return m ? { ok: true, value: m } : fail("amount-unreadable", "not a finite number");
}

/**
 * The common shapes ("1234.56", "-45.1", "1,234.56") read without the general pipeline: a million-row
 * export spends most of its parsing time here. Same results as the general path (tested).
 */
const FAST_PLAIN = /^-?\d+(\.\d{1,2})?$/;
const FAST_GROUPED = /^-?\d{1,3}(,\d{3})+\.\d{1,2}$/;

function fromText(raw: string, decimal: DecimalOption): AmountResult {
  if (decimal !== ",") {
    const plain = FAST_PLAIN.test(raw) ? raw : FAST_GROUPED.test(raw) ? raw.replaceAll(",", "") : undefined;
    if (plain !== undefined) {
      const value = new Money(plain);
      return { ok: true, value: value.isZero() ? new Money(0) : value }; // no "-0"
    }
  }
  let text = toHalfWidth(raw).replace(/[\u00a0\u2007\u202f\u2009]/g, " ").replace(/[\u2212\u2012\u2013]/g, "-").trim();
  if (text === "" || /^[-—–]+$/.test(text)) return fail("amount-missing", "empty");
  let note: string | undefined;
  const annotated = /^(.*?\d.*?)\s*[([【]([^()[\]【】]*[^\d\s.,()\-+¥$€£][^()[\]【】]*)[)\]】]\s*$/u.exec(text);
  if (annotated && /\d/.test(annotated[1] ?? "") && !/^[\s(]*$/.test(annotated[1] ?? "")) {
    const inner = (annotated[2] ?? "").trim();
    text = (annotated[1] ?? "").trim();
    if (isCurrencyMark(inner)) text = `${text} ${inner}`; // "1,234.56 (USD)"
    else note = inner;
  }
  const result = fromPlainText(text, decimal);
  if (result.ok && note !== undefined) return { ...result, note };
  return result;
}

function isCurrencyMark(text: string): boolean {
  return CURRENCY_MARKS.some(([mark]) => mark.toUpperCase() === text.toUpperCase()) || text === "元";
}

function fromPlainText(input: string, decimal: DecimalOption): AmountResult {
  let text = input;
  let negative = false;
  let currency: string | undefined;
  // Sign and brackets may sit outside or inside the currency mark: -¥12 / ¥-12 / (¥12) / ¥(12).
  for (let pass = 0; pass < 3; pass += 1) {
    const before = text;
    if (/^\(.*\)$/.test(text)) { negative = !negative; text = text.slice(1, -1).trim(); }
    if (/^[-+]/.test(text)) { if (text[0] === "-") negative = !negative; text = text.slice(1).trim(); }
    if (/\d\s*-$/.test(text)) { negative = !negative; text = text.slice(0, -1).trim(); }
    if (/\d\s*\+$/.test(text)) text = text.slice(0, -1).trim();
    // Bank statements mark the side after the figure: CR (credit, money in) / DR (debit, money out).
    const side = /^(.*\d)\s*(CR|DR)$/i.exec(text);
    if (side) { if ((side[2] ?? "").toUpperCase() === "DR") negative = !negative; text = side[1] ?? ""; }
    const mark = stripCurrency(text);
    if (mark) {
      if (currency !== undefined && currency !== mark.code) return fail("amount-unreadable", "two different currencies");
      currency = mark.code;
      text = mark.rest;
    }
    if (text.startsWith("负")) { negative = !negative; text = text.slice(1).trim(); }
    if (text === before) break;
  }
  if (looksLikeChineseAmount(text)) {
    const v = parseChineseAmount(text);
    if (!v) return fail("amount-unreadable", "malformed Chinese capital amount");
    return done(v, negative, currency);
  }
  let unit = "1";
  const unitMatch = /^(.*?)\s*(万元|万|元|圆)$/.exec(text);
  if (unitMatch) {
    text = (unitMatch[1] ?? "").trim();
    if ((unitMatch[2] ?? "").startsWith("万")) unit = "10000";
    if (currency === undefined) currency = "CNY";
  }
  const number = parseDigits(text.replace(/[\s']/g, ""), decimal);
  if (!number.ok) return number;
  return done(number.value.times(unit), negative, currency);
}

function done(value: MoneyT, negative: boolean, currency: string | undefined): AmountResult {
  const signed = negative && !value.isZero() ? value.negated() : value;
  return currency === undefined ? { ok: true, value: signed } : { ok: true, value: signed, currency };
}

function stripCurrency(text: string): { code: string; rest: string } | undefined {
  const upper = text.toUpperCase();
  for (const [mark, code] of CURRENCY_MARKS) {
    if (upper.startsWith(mark)) return { code, rest: text.slice(mark.length).trim() };
    if (upper.endsWith(mark) && upper.length > mark.length) return { code, rest: text.slice(0, -mark.length).trim() };
  }
  return undefined;
}

const GROUPED = (sep: string): RegExp => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`);

/** Digits with "." and "," only; decides which one is the decimal separator. */
function parseDigits(text: string, decimal: DecimalOption): AmountResult {
  if (/^\d+(\.\d+)?[eE][-+]?\d+$/.test(text)) return { ok: true, value: new Money(text) }; // 1.5E+3 from CSV
  if (!/^[\d.,]*\d[\d.,]*$/.test(text) || /^[.,]|[.,]$/.test(text)) {
    if (/^[.,]\d+$/.test(text)) return parseDigits(`0${text}`, decimal); // ".5"
    return fail("amount-unreadable", "not a number");
  }
  const dots = count(text, "."), commas = count(text, ",");
  if (dots === 0 && commas === 0) return { ok: true, value: new Money(text) };
  if (dots > 0 && commas > 0) {
    const sep = text.lastIndexOf(".") > text.lastIndexOf(",") ? "." : ",";
    if (decimal !== "auto" && decimal !== sep) return fail("amount-unreadable", `the decimal separator of this column is “${decimal}”`);
    return split(text, sep);
  }
  const sep = dots > 0 ? "." : ",";
  const n = dots + commas;
  if (decimal === sep) return n === 1 ? split(text, sep) : fail("amount-unreadable", `“${sep}” appears ${n} times`);
  if (decimal !== "auto") return grouped(text, sep);
  if (n > 1) return grouped(text, sep);
  // One separator. Three digits after it and a 1–3 digit head (not "0") reads both ways.
  if (/^[1-9]\d{0,2}[.,]\d{3}$/.test(text)) {
    return fail("amount-ambiguous", `“${sep}” could separate thousands or decimals`);
  }
  return split(text, sep);
}

function split(text: string, decimalSep: string): AmountResult {
  const groupSep = decimalSep === "." ? "," : ".";
  const at = text.lastIndexOf(decimalSep);
  const head = text.slice(0, at), tail = text.slice(at + 1);
  if (!/^\d+$/.test(tail)) return fail("amount-unreadable", "misplaced separators");
  if (head.includes(groupSep) && !GROUPED(groupSep).test(head)) {
    return fail("amount-unreadable", "thousands separators in the wrong places");
  }
  return { ok: true, value: new Money(`${head.split(groupSep).join("") || "0"}.${tail}`) };
}

function grouped(text: string, groupSep: string): AmountResult {
  if (!GROUPED(groupSep).test(text)) return fail("amount-unreadable", "thousands separators in the wrong places");
  return { ok: true, value: new Money(text.split(groupSep).join("")) };
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n += 1;
  return n;
}

/**
 * Column evidence: decides a column's decimal separator from all of its values. "1,234.56",
 * "12,50" or "1.234.567" each settle it; "1,234" does not. Returns "auto" when no value settles it
 * or when values disagree (then each ambiguous value is reported on its own).
 */
export function inferDecimalSeparator(values: Iterable<CellValue | undefined>): DecimalOption {
  let dot = 0, comma = 0;
  for (const v of values) {
    if (typeof v !== "string") continue;
    const s = toHalfWidth(v).replace(/\([^)]*[^\d\s.,)][^)]*\)\s*$/u, "").replace(/[^\d.,]/g, "");
    const evidence = separatorEvidence(s);
    if (evidence === ".") dot += 1;
    else if (evidence === ",") comma += 1;
  }
  if (dot > 0 && comma === 0) return ".";
  if (comma > 0 && dot === 0) return ",";
  return "auto";
}

function separatorEvidence(s: string): "." | "," | undefined {
  const dots = count(s, "."), commas = count(s, ",");
  if (dots > 0 && commas > 0) return s.lastIndexOf(".") > s.lastIndexOf(",") ? "." : ",";
  if (dots + commas === 0) return undefined;
  const sep = dots > 0 ? "." : ",";
  const other = sep === "." ? "," : ".";
  if (dots + commas > 1) return other as "." | ","; // several: they group thousands
  return /^[1-9]\d{0,2}[.,]\d{3}$/.test(s) ? undefined : sep;
}
