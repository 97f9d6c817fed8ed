// Decodes bytes with a named encoding. TextDecoder does the multi-byte work (UTF-8, UTF-16,
// GBK/GB18030 work in Node 20 and browsers alike); single-byte Latin pages are decoded here
// because Node's windows-1252 is wrong for 0x80–0x9F and CP852 is not offered at all.
import { CP1252_HIGH_C1, CP852_HIGH } from "./single-byte-tables";

/** Canonical labels `importPayments` reports and accepts. */
export const ENCODINGS = ["utf-8", "utf-16le", "utf-16be", "gbk", "gb18030", "cp1252", "iso-8859-1", "cp852"] as const;
export type EncodingLabel = (typeof ENCODINGS)[number];

const ALIASES: Record<string, EncodingLabel> = {
  utf8: "utf-8",
  "utf-8": "utf-8",
  "utf-16": "utf-16le",
  "utf-16le": "utf-16le",
  utf16le: "utf-16le",
  "utf-16be": "utf-16be",
  utf16be: "utf-16be",
  gbk: "gbk",
  gb2312: "gbk",
  cp936: "gbk",
  "936": "gbk",
  gb18030: "gb18030",
  ansi: "gbk",
  cp1252: "cp1252",
  "windows-1252": "cp1252",
  "1252": "cp1252",
  latin1: "iso-8859-1",
  "latin-1": "iso-8859-1",
  "iso-8859-1": "iso-8859-1",
  "iso8859-1": "iso-8859-1",
  "iso_8859-1": "iso-8859-1",
  cp852: "cp852",
  "ibm852": "cp852",
  "852": "cp852",
  usascii: "utf-8",
  "us-ascii": "utf-8",
  ascii: "utf-8",
};

/** The canonical label for a user- or file-given encoding name, or undefined when unknown. */
export function normaliseEncoding(name: string): EncodingLabel | undefined {
  return ALIASES[name.trim().toLowerCase().replace(/_/g, "-")] ?? ALIASES[name.trim().toLowerCase()];
}

function decodeSingleByte(bytes: Uint8Array, high: (b: number) => string): string {
  const parts: string[] = [];
  let chunk = "";
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    chunk += b < 0x80 ? String.fromCharCode(b) : high(b);
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = "";
    }
  }
  parts.push(chunk);
  return parts.join("");
}

/** Decodes `bytes` (after any BOM) with `label`; never throws (bad sequences become U+FFFD). */
export function decodeBytes(bytes: Uint8Array, label: EncodingLabel): string {
  switch (label) {
    case "cp1252":
      return decodeSingleByte(bytes, (b) => (b < 0xa0 ? (CP1252_HIGH_C1[b - 0x80] as string) : String.fromCharCode(b)));
    case "iso-8859-1":
      // Files labelled Latin-1 that use 0x80–0x9F mean windows-1252 (as browsers decode them).
      return decodeBytes(bytes, "cp1252");
    case "cp852":
      return decodeSingleByte(bytes, (b) => CP852_HIGH[b - 0x80] as string);
    case "gbk":
      return new TextDecoder("gb18030").decode(bytes);
    default:
      return new TextDecoder(label).decode(bytes);
  }
}
