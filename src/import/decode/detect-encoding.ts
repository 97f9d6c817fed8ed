// Guesses the encoding of a bank export with no help from the user: BOM, then a declaration the
// file makes about itself (XML encoding=, OFX CHARSET) when the bytes agree, then strict UTF-8,
// then byte statistics. GB18030 accepts almost any byte string, so Latin-1 German text decodes
// "successfully" as Chinese; we only choose GBK when the high bytes pair up the way GB2312 text
// does (both bytes 0xA1–0xFE), which Latin text almost never does.
import type { EncodingLabel } from "./decode-bytes";
import { decodeBytes, normaliseEncoding } from "./decode-bytes";

export interface DetectedEncoding {
  encoding: EncodingLabel;
  /** Bytes to skip (a byte-order mark). */
  bomLength: number;
  /** False when the choice was a statistical guess among plausible candidates. */
  confident: boolean;
  /** The decoded text (after the BOM) when detection already had to decode it. */
  text?: string;
}

/** The text when the bytes are valid UTF-8 (kept, so a big file is decoded once), else undefined. */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** UTF-8 with a few damaged bytes (a truncated export, one stray Latin-1 byte): still UTF-8. */
function mostlyUtf8(bytes: Uint8Array): boolean {
  const text = new TextDecoder("utf-8").decode(bytes);
  let wide = 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c >= 0x80) wide++;
  }
  return wide >= 8 && bad * 10 <= wide;
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) return true;
  return false;
}

/** UTF-16 without BOM: one byte of most ASCII-range code units is zero. */
function sniffUtf16(bytes: Uint8Array): EncodingLabel | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return "utf-16le";
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return "utf-16be";
  return undefined;
}

/** The encoding a file declares in its own first bytes (XML declaration or OFX SGML header). */
function declaredEncoding(bytes: Uint8Array): EncodingLabel | undefined {
  const head = decodeBytes(bytes.subarray(0, 1024), "iso-8859-1");
  const xml = /^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml?.[1]) return normaliseEncoding(xml[1]);
  const ofx = /^\s*(?:[A-Z]+:[^\r\n]*\r?\n)*?CHARSET:\s*([A-Za-z0-9-]+)/m.exec(head);
  if (ofx?.[1] && /OFXHEADER/i.test(head)) return normaliseEncoding(ofx[1]);
  return undefined;
}

/** Share of high bytes that sit in GB2312-shaped pairs (lead and trail 0xA1–0xFE). */
function gbPairShare(bytes: Uint8Array): number {
  let high = 0;
  let paired = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0x80) continue;
    const t = bytes[i + 1] ?? 0;
    if (b >= 0x81 && b <= 0xfe && t >= 0x40 && t <= 0xfe && t !== 0x7f) {
      high += 2;
      if (b >= 0xa1 && t >= 0xa1) paired += 2;
      i++;
    } else {
      high++;
    }
  }
  return high === 0 ? 0 : paired / high;
}

/** Uses GB18030-only 4-byte sequences? Then the label is gb18030, else gbk. */
function needsGb18030(bytes: Uint8Array): boolean {
  for (let i = 0; i + 3 < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0x81) continue;
    const t = bytes[i + 1] as number;
    if (t >= 0x30 && t <= 0x39) return true;
    i++;
  }
  return false;
}

/**
 * Latin single-byte candidates: score how many high bytes decode to letters next to ASCII
 * letters (words), the shape real text has. CP852 wins for Hungarian/Polish text, where its
 * letters sit at 0x80–0xA0 that windows-1252 fills with punctuation or leaves undefined.
 */
function guessLatin(bytes: Uint8Array): EncodingLabel {
  let c1 = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b >= 0x80 && b <= 0x9f) c1 = true;
  }
  const score = (label: EncodingLabel): number => {
    const text = decodeBytes(bytes, label);
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] as string;
      if (ch.charCodeAt(0) < 0x80) continue;
      const letter = /\p{L}/u.test(ch);
      const prev = text[i - 1] ?? "";
      const near = /\p{L}/u.test(prev) || /\p{L}/u.test(text[i + 1] ?? "");
      // Inside a lower-case word a capital is a wrong guess ("CafÚ" is CP852 reading "Café").
      const caseClash = /\p{Ll}/u.test(prev) && /\p{Lu}/u.test(ch);
      s += letter && near && !caseClash ? 1 : -1;
    }
    return s;
  };
  const latin = c1 ? "cp1252" : "iso-8859-1";
  return score("cp852") > score("cp1252") ? "cp852" : latin;
}

/** Picks the encoding for `bytes`. `forced` (a user choice) wins over everything but is validated by the caller. */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", bomLength: 3, confident: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", bomLength: 2, confident: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", bomLength: 2, confident: true };
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { encoding: utf16, bomLength: 0, confident: true };
  if (!hasHighBytes(bytes)) return { encoding: "utf-8", bomLength: 0, confident: true };
  const utf8Text = strictUtf8(bytes);
  const utf8 = utf8Text !== undefined;
  const declared = declaredEncoding(bytes);
  // A declaration is believed when the bytes are consistent with it (OFX CHARSET:1252 on UTF-8 bytes is common).
  if (declared && declared !== "utf-8" && !utf8) {
    // "1252" and "ISO-8859-1" are used interchangeably; the bytes tell which one (and CP852) is meant.
    if (declared === "iso-8859-1" || declared === "cp1252") return { encoding: guessLatin(bytes), bomLength: 0, confident: true };
    return { encoding: declared, bomLength: 0, confident: true };
  }
  if (utf8Text !== undefined) return { encoding: "utf-8", bomLength: 0, confident: true, text: utf8Text };
  if (mostlyUtf8(bytes)) return { encoding: "utf-8", bomLength: 0, confident: false };
  if (gbPairShare(bytes) >= 0.8) return { encoding: needsGb18030(bytes) ? "gb18030" : "gbk", bomLength: 0, confident: true };
  return { encoding: guessLatin(bytes), bomLength: 0, confident: false };
}
