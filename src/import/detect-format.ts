// Recognises the format from the content, never from the file name alone: container magic
// numbers (zip = .xlsx, OLE2 = .xls), XML roots (CAMT), OFX headers, MT940 tags, and for
// delimited text the platform a header belongs to (Alipay, WeChat Pay, JD Pay) or plain CSV.
import type { ImportFormat } from "./types";
import { camtKind } from "./camt/read-camt";
import { isHtmlTable } from "./csv/read-html-table";

/** Container formats recognisable from the raw bytes. */
export function detectBinaryFormat(bytes: Uint8Array): ImportFormat | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return "xlsx";
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (ole.every((b, i) => bytes[i] === b)) return "xls";
  return undefined;
}

/** Share of characters that are control characters (other than tab / CR / LF / SOH / ETX) or U+FFFD. */
export function binaryShare(text: string): number {
  const sample = text.slice(0, 8192);
  if (!sample.length) return 0;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 1 && c !== 3) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) bad++;
  }
  return bad / sample.length;
}

/** The platform bill a delimited text is, from tokens its preamble and header always carry. */
function platform(head: string): ImportFormat {
  if (/微信支付账单|微信支付|微信订单号|交易单号.*商户单号|当前状态/.test(head) && /交易时间/.test(head)) return "wechat";
  if (/京东|京东金融|京东支付/.test(head) && /交易时间/.test(head)) return "jdpay";
  if (/支付宝|交易号.*商家订单号|交易订单号/.test(head) && /(交易创建时间|交易时间|入账时间|创建时间|完成时间)/.test(head)) return "alipay";
  return "csv";
}

/** Format of decoded text, or undefined when it is none of the text formats. */
export function detectTextFormat(text: string): ImportFormat | undefined {
  const head = text.slice(0, 16384);
  const trimmed = head.replace(/^[\s\u0001\ufeff]+/, "");
  if (/^<\?xml|^<[A-Za-z]/.test(trimmed) || /<Document[\s>]/.test(head)) {
    const camt = camtKind(head);
    if (camt) return camt;
  }
  if (/OFXHEADER\s*[:=]|<OFX>|<OFX\s/i.test(head)) return "ofx";
  // An HTML table saved as ".xls" (many Chinese bank downloads): read as a table like CSV.
  if (isHtmlTable(head.slice(0, 4096))) return platform(head.replace(/<[^>]*>/g, " "));
  if (/(^|[\r\n{])(?::?\{4:)?:20:/.test(head) && /(^|\n|\r):(61|60F|60M|25|28C?):/.test(head)) return "mt940";
  if (binaryShare(text) > 0.02) return undefined;
  const lines = head.split(/\r\n|\n|\r/).filter((l) => l.trim());
  if (lines.length === 0) return undefined;
  if (!lines.some((l) => /[,;\t|]/.test(l))) return undefined;
  return platform(head);
}
