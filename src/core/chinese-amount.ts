// Chinese capital amounts (大写金额) as written on cheques and invoices: 壹万贰仟叁佰肆拾伍元陆角柒分.
// Parsed with decimal arithmetic; anything out of place (two digits in a row, 角 before 元 …) is
// rejected rather than guessed, because a misread capital amount is a wrong payment.
import { Money, ZERO } from "./money";
import type { Money as MoneyT } from "./money";

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 壹: 1, 一: 1, 贰: 2, 貳: 2, 二: 2, 两: 2, 叁: 3, 參: 3, 三: 3, 肆: 4, 四: 4,
  伍: 5, 五: 5, 陆: 6, 陸: 6, 六: 6, 柒: 7, 七: 7, 捌: 8, 八: 8, 玖: 9, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 拾: 10, 十: 10, 佰: 100, 百: 100, 仟: 1000, 千: 1000 };
const FRACTION_UNITS: Record<string, string> = { 角: "0.1", 毛: "0.1", 分: "0.01", 厘: "0.001" };
const YUAN = new Set(["元", "圆", "圓"]);
const ALL = new Set([
  ...Object.keys(DIGITS), ...Object.keys(SMALL_UNITS), ...Object.keys(FRACTION_UNITS),
  ...YUAN, "万", "萬", "亿", "億", "整", "正",
]);

/** True when the text is written only with Chinese numeral characters (after an optional 人民币 / 负). */
export function looksLikeChineseAmount(text: string): boolean {
  const body = stripPrefix(text).body;
  if (body === "") return false;
  for (const ch of body) if (!ALL.has(ch)) return false;
  // A lone 元 / 整 is not an amount; at least one digit or unit must be present.
  return [...body].some((ch) => ch in DIGITS || ch in SMALL_UNITS);
}

function stripPrefix(text: string): { body: string; negative: boolean } {
  let body = text.replace(/\s+/g, "");
  let negative = false;
  if (body.startsWith("负")) { negative = true; body = body.slice(1); }
  body = body.replace(/^(人民币|RMB)/i, "");
  return { body, negative };
}

/** Parses a capital amount; undefined when it is malformed. */
export function parseChineseAmount(text: string): MoneyT | undefined {
  const { body: raw, negative } = stripPrefix(text);
  const body = raw.replace(/[整正]$/, "");
  const yuanAt = [...body].findIndex((ch) => YUAN.has(ch));
  const chars = [...body];
  const fracPart = yuanAt >= 0 ? chars.slice(yuanAt + 1) : fractionTail(chars);
  if (fracPart === undefined) return undefined;
  const intPart = yuanAt >= 0 ? chars.slice(0, yuanAt) : chars.slice(0, chars.length - fracPart.length);
  const whole = intPart.length === 0 ? ZERO : parseInteger(intPart);
  const frac = parseFraction(fracPart);
  if (whole === undefined || frac === undefined) return undefined;
  if (intPart.length === 0 && fracPart.length === 0) return undefined;
  const value = whole.plus(frac);
  return negative ? value.negated() : value;
}

/** Without 元 (e.g. 伍角), the fraction units are the tail of the text. */
function fractionTail(chars: string[]): string[] | undefined {
  const first = chars.findIndex((ch) => ch in FRACTION_UNITS);
  if (first < 0) return [];
  // The digit before the first fraction unit belongs to the fraction.
  const start = first > 0 && (chars[first - 1] ?? "") in DIGITS ? first - 1 : first;
  if (chars.slice(0, start).some((ch) => ch in FRACTION_UNITS)) return undefined;
  return chars.slice(start);
}

function parseInteger(chars: string[]): MoneyT | undefined {
  let total = ZERO; // everything already closed by 亿
  let wan = ZERO; // the part closed by 万 since the last 亿
  let section = ZERO; // the current four-digit section
  let digit: number | undefined;
  for (const ch of chars) {
    if (ch in DIGITS) {
      const d = DIGITS[ch] ?? 0;
      if (digit !== undefined && digit !== 0 && d !== 0) return undefined; // 壹贰: two digits without a unit
      digit = d === 0 ? (digit ?? 0) : d;
    } else if (ch in SMALL_UNITS) {
      // 拾 alone means ten (拾元 = 10); 零拾 is not valid.
      const d = digit ?? (ch === "拾" || ch === "十" ? 1 : undefined);
      if (d === undefined || d === 0) return undefined;
      section = section.plus(new Money(d).times(SMALL_UNITS[ch] ?? 0));
      digit = undefined;
    } else if (ch === "万" || ch === "萬") {
      const part = section.plus(digit ?? 0);
      if (part.isZero()) return undefined;
      wan = wan.plus(part.times(10000));
      section = ZERO;
      digit = undefined;
    } else if (ch === "亿" || ch === "億") {
      const part = wan.plus(section).plus(digit ?? 0);
      if (part.isZero()) return undefined;
      total = total.plus(part).times(100000000);
      wan = ZERO;
      section = ZERO;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return total.plus(wan).plus(section).plus(digit ?? 0);
}

function parseFraction(chars: string[]): MoneyT | undefined {
  let value = ZERO;
  let digit: number | undefined;
  let lastUnit = 1; // units must descend: 角 then 分 then 厘
  for (const ch of chars) {
    if (ch in DIGITS) {
      if (digit !== undefined && digit !== 0) return undefined;
      digit = DIGITS[ch];
    } else if (ch in FRACTION_UNITS) {
      const unit = FRACTION_UNITS[ch] ?? "0";
      if (digit === undefined || Number(unit) >= lastUnit) return undefined;
      lastUnit = Number(unit);
      value = value.plus(new Money(unit).times(digit));
      digit = undefined;
    } else {
      return undefined;
    }
  }
  // A trailing digit without unit (伍元伍) is how people write 伍元伍角 colloquially; too risky: reject.
  if (digit !== undefined && digit !== 0) return undefined;
  return value;
}
