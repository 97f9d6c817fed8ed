// Money as the user reads it: zh-CN "¥1,234.50", en-US "$1,234.50" / "CN¥1,234.50". Written by hand,
// not with Intl.NumberFormat, because Intl formats a JS number and amounts never become numbers.
import { Money } from "./money";
import type { Money as MoneyT } from "./money";

export type MoneyLocale = "zh-CN" | "en-US";

export interface FormatMoneyOptions {
  /** Default "zh-CN". */
  locale?: MoneyLocale;
  /** ISO 4217 code; default "CNY". */
  currency?: string;
  /** Decimal places, rounded half-even. Default 2. */
  dp?: number;
  /** Show the currency symbol or code. Default true. */
  symbol?: boolean;
  /** Thousands separators. Default true. */
  grouping?: boolean;
}

/** Currency symbols per locale, as each locale's own software shows them. Others show the code. */
const SYMBOLS: Record<MoneyLocale, Record<string, string>> = {
  "zh-CN": { CNY: "¥", USD: "US$", EUR: "€", GBP: "£", HKD: "HK$", JPY: "JP¥" },
  "en-US": { CNY: "CN¥", USD: "$", EUR: "€", GBP: "£", HKD: "HK$" },
};

/** Formats an amount: minus sign first ("-¥1,234.50"), grouping by thousands, fixed decimals. */
export function formatMoney(value: MoneyT, options: FormatMoneyOptions = {}): string {
  const locale = options.locale ?? "zh-CN";
  const currency = options.currency ?? "CNY";
  const dp = options.dp ?? 2;
  const rounded = value.toDecimalPlaces(dp, Money.ROUND_HALF_EVEN);
  const digits = rounded.abs().toFixed(dp);
  const [whole = "0", frac] = digits.split(".");
  const grouped = options.grouping === false ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const number = frac === undefined ? grouped : `${grouped}.${frac}`;
  const sign = rounded.isNegative() && !rounded.isZero() ? "-" : "";
  if (options.symbol === false) return `${sign}${number}`;
  const symbol = SYMBOLS[locale][currency];
  return symbol === undefined ? `${sign}${currency} ${number}` : `${sign}${symbol}${number}`;
}
