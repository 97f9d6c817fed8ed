// Number formats: files store a format id per cell style; ids below 164 are built in and often
// not written out. The grid carries the format text so the core can tell a date serial (45291)
// from an amount (45291.00) — the number alone cannot say.

/** Built-in format codes (ECMA-376 Part 1 §18.8.30), plus the zh-CN locale dates Chinese Excel writes. */
const BUILT_IN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  // zh-CN locale-dependent ids (not written into styles by Chinese Excel).
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** The format code for an id: the file's own definition first, then the built-in table, else "General". */
export function formatCode(id: number, custom: ReadonlyMap<number, string>): string {
  return custom.get(id) ?? BUILT_IN[id] ?? "General";
}

/**
 * True when a format code shows a date or time: it has y, m, d or h outside quoted text,
 * escaped characters, `_`/`*` padding and `[...]` sections (colours, locales, conditions).
 * "General", "0.00", `#,##0.00"元"` and `[$¥-804]#,##0.00` are not dates.
 */
export function isDateFormat(code: string): boolean {
  const section = code.split(";")[0] ?? "";
  let plain = "";
  for (let i = 0; i < section.length; i += 1) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      i = end < 0 ? section.length : end;
    } else if (ch === "[") {
      const end = section.indexOf("]", i + 1);
      const inner = end < 0 ? "" : section.slice(i + 1, end);
      if (/^(h+|m+|s+)$/i.test(inner)) plain += inner; // elapsed time [h]:mm:ss
      i = end < 0 ? section.length : end;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      i += 1; // the next character is literal / padding
    } else {
      plain += ch;
    }
  }
  if (/^general$/i.test(plain.trim())) return false;
  return /[ymdh]/i.test(plain);
}
