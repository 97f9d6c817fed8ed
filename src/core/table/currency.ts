// Currency cells as accountants write them: ISO codes, or 人民币 / 美元 / 港币 … .
const NAMES: Record<string, string> = {
  人民币: "CNY", rmb: "CNY", 元: "CNY", "¥": "CNY", "￥": "CNY", cny: "CNY",
  美元: "USD", "$": "USD", usd: "USD", 港币: "HKD", 港元: "HKD", hkd: "HKD",
  欧元: "EUR", "€": "EUR", eur: "EUR", 英镑: "GBP", gbp: "GBP", 日元: "JPY", jpy: "JPY",
};

/** Active ISO 4217 codes: a three-letter word that is not one (a typo, "XYZ") is a problem, not a currency. */
const ISO_4217 = new Set(
  (
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XAG XAU XCD XCG XOF XPF YER ZAR ZMW ZWG"
  ).split(" "),
);

/** ISO 4217 code for a currency cell, or undefined when it is not one. */
export function currencyCode(text: string): string | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const named = NAMES[t.toLowerCase()] ?? NAMES[t];
  if (named) return named;
  const upper = t.toUpperCase();
  return ISO_4217.has(upper) ? upper : undefined;
}
