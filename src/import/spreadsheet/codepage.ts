// BIFF5 and older store text as bytes in the workbook's code page (CODEPAGE record); BIFF8
// stores cell text as UTF-16 or Latin-1 and does not need it. Chinese banks' old exports are 936 (GBK).

const LABELS: Record<number, string> = {
  367: "ascii",
  437: "ibm437",
  850: "ibm850",
  852: "ibm852",
  866: "ibm866",
  874: "windows-874",
  932: "shift_jis",
  936: "gbk",
  949: "euc-kr",
  950: "big5",
  1200: "utf-16le",
  1201: "utf-16be",
  1250: "windows-1250",
  1251: "windows-1251",
  1252: "windows-1252",
  1253: "windows-1253",
  1254: "windows-1254",
  1255: "windows-1255",
  1256: "windows-1256",
  1257: "windows-1257",
  1258: "windows-1258",
  10000: "macintosh",
  20936: "gb2312",
  54936: "gb18030",
  65001: "utf-8",
  32768: "macintosh", // 0x8000: Apple Roman, as BIFF writes it
  32769: "windows-1252", // 0x8001: "ANSI Latin I" in BIFF
};

/** A decoder for a code page, or undefined when the platform has none for it. */
export function codepageDecoder(codepage: number): TextDecoder | undefined {
  const label = LABELS[codepage];
  if (!label) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}
