// Exact amount syntax of the structured formats: CAMT uses "1234.5", MT940 "1234,5" or "9,"
// or "500", OFX anything from "$120" to "6000.000,00". Each is read straight into Money,
// never through a JavaScript number.
import type { Money } from "../../core/money";
import { money } from "../../core/money";

/** Parses an unsigned or signed plain decimal with the given separator; undefined if it is not one. */
export function plainDecimal(raw: string, separator: "." | ","): Money | undefined {
  const t = raw.trim();
  const re = separator === "." ? /^([+-]?)(\d*)(?:\.(\d*))?$/ : /^([+-]?)(\d*)(?:,(\d*))?$/;
  const m = re.exec(t);
  if (!m || (!m[2] && !m[3])) return undefined;
  return money(`${m[1] === "-" ? "-" : ""}${m[2] || "0"}.${m[3] || "0"}`);
}

/**
 * OFX TRNAMT: padding and "$" removed; when both "." and "," occur the right-most is the decimal
 * separator ("6000.000,00" = 6000000.00); a lone "," is the decimal separator ("-222,22").
 */
export function lenientDecimal(raw: string): Money | undefined {
  let t = raw.replace(/[\s\u00a0$€£¥￥]/g, "");
  let sign = "";
  if (/^\(.*\)$/.test(t)) {
    sign = "-";
    t = t.slice(1, -1);
  }
  if (t.startsWith("-") || t.startsWith("+")) {
    if (t[0] === "-") sign = sign ? "" : "-";
    t = t.slice(1);
  }
  if (t.endsWith("-")) {
    sign = sign ? "" : "-";
    t = t.slice(0, -1);
  }
  if (!/^[\d.,]+$/.test(t) || !/\d/.test(t)) return undefined;
  const dot = t.lastIndexOf(".");
  const comma = t.lastIndexOf(",");
  const decimalAt = Math.max(dot, comma);
  let intPart = t;
  let frac = "";
  if (decimalAt >= 0) {
    const sep = t[decimalAt];
    const other = sep === "." ? "," : ".";
    const occurrences = t.split(sep as string).length - 1;
    // A separator that occurs several times, with no other separator, is a thousands separator ("1.000.000").
    if (occurrences > 1 && !t.includes(other)) {
      intPart = t;
    } else if (occurrences > 1) {
      return undefined; // "1.2.3,4,5": two candidate decimal separators
    } else {
      intPart = t.slice(0, decimalAt);
      frac = t.slice(decimalAt + 1);
    }
  }
  intPart = intPart.replace(/[.,]/g, "");
  if (frac.includes(".") || frac.includes(",")) return undefined;
  return money(`${sign}${intPart || "0"}.${frac || "0"}`);
}
