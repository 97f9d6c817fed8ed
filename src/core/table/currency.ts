// Currency cells as accountants write them: ISO codes, or 人民币 / 美元 / 港币 … .
const NAMES: Record<string, string> = {
  人民币: "CNY", rmb: "CNY", 元: "CNY", "¥": "CNY", "￥": "CNY", cny: "CNY",
  美元: "USD", "$": "USD", usd: "USD", 港币: "HKD", 港元: "HKD", hkd: "HKD",
  欧元: "EUR", "€": "EUR", eur: "EUR", 英镑: "GBP", gbp: "GBP", 日元: "JPY", jpy: "JPY",
};

/** ISO 4217 code for a currency cell, or undefined when it is not one. */
export function currencyCode(text: string): string | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const named = NAMES[t.toLowerCase()] ?? NAMES[t];
  if (named) return named;
  return /^[A-Za-z]{3}$/.test(t) ? t.toUpperCase() : undefined;
}
