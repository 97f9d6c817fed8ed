// Output tab names (DESIGN.md §5): English by default, Chinese when the language is zh-CN.
import type { Lang } from "../../core/problems";

export type TabKey = "matches" | "unmatched" | "exceptions" | "log";

export const TAB_NAMES: Record<TabKey, Record<Lang, string>> = {
  matches: { en: "Matches", "zh-CN": "对账结果" },
  unmatched: { en: "Unmatched", "zh-CN": "未达账项" },
  exceptions: { en: "Exceptions", "zh-CN": "异常" },
  log: { en: "Settle Log", "zh-CN": "操作日志" },
};

/** Every name a Settle output tab may carry, in either language: never read as an input sheet. */
export function isOutputTabName(name: string): boolean {
  return Object.values(TAB_NAMES).some((names) => Object.values(names).includes(name));
}

/** Bilingual text picked by language. */
export type Bilingual = Record<Lang, string>;

export function pick(text: Bilingual, lang: Lang): string {
  return text[lang];
}
