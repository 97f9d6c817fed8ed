// The one-line explanations, built from bilingual phrases joined in the order the evidence was
// weighed. Example: "Reference INV-2024-00123 found in the memo; amounts equal; 2 days apart" /
// "参考号 INV-2024-00123 出现在摘要中; 金额一致; 相差 2 天".
import type { Explanation } from "./plan";

export type Phrase = Explanation;

export function phrase(en: string, zh: string): Phrase {
  return { en, "zh-CN": zh };
}

export function join(parts: readonly Phrase[]): Explanation {
  // Array joins build one flat string: the plan keeps two short strings per group, and the parts
  // die young. Concatenating instead would keep every part alive inside a tree of string pieces,
  // several times the size, for as long as the plan lives.
  const en = new Array<string>(parts.length);
  const zh = new Array<string>(parts.length);
  for (let k = 0; k < parts.length; k += 1) {
    const p = parts[k] as Phrase;
    en[k] = p.en;
    zh[k] = p["zh-CN"];
  }
  return { en: en.join("; "), "zh-CN": zh.join("; ") };
}

export const P = {
  refFound: (refs: string[]) =>
    refs.length === 1
      ? phrase(`Reference ${refs[0]} found in the memo`, `参考号 ${refs[0]} 出现在摘要中`)
      : phrase(`References ${refs.join(", ")} found in the memo`, `参考号 ${refs.join("、")} 出现在摘要中`),
  amountsEqual: () => phrase("amounts equal", "金额一致"),
  daysApart: (days: number) =>
    days === 0 ? phrase("same day", "同一天") : phrase(`${days} ${days === 1 ? "day" : "days"} apart`, `相差 ${days} 天`),
  outsideWindow: (window: number) =>
    phrase(`more than ${window} days from the due date`, `与到期日相差超过 ${window} 天`),
  payerIs: (kind: "exact" | "alias" | "similar", payer: string, customer: string, score: number) =>
    kind === "exact"
      ? phrase(`payer “${payer}” is customer “${customer}”`, `付款方“${payer}”即客户“${customer}”`)
      : kind === "alias"
        ? phrase(`payer “${payer}” is an alias of customer “${customer}”`, `付款方“${payer}”是客户“${customer}”的别名`)
        : phrase(
            `payer “${payer}” resembles customer “${customer}” (similarity ${score.toFixed(2)})`,
            `付款方“${payer}”与客户“${customer}”名称相近（相似度 ${score.toFixed(2)}）`,
          ),
  payerOther: (payer: string, customer: string) =>
    phrase(`but payer “${payer}” is not customer “${customer}”`, `但付款方“${payer}”不是客户“${customer}”`),
  payerAmbiguous: (payer: string, customers: string[]) =>
    phrase(
      `payer “${payer}” could be any of ${customers.map((c) => `“${c}”`).join(", ")}`,
      `付款方“${payer}”可能是 ${customers.map((c) => `“${c}”`).join("、")} 中任一客户`,
    ),
  difference: (amount: string, kind: string) => {
    const zh: Record<string, string> = { fee: "手续费", rounding: "尾差", discount: "折让" };
    return phrase(`difference ${amount} treated as ${kind}`, `差额 ${amount} 作为${zh[kind] ?? kind}处理`);
  },
  advance: (amount: string) => phrase(`overpaid by ${amount}, kept as an advance receipt`, `多付 ${amount}，转为预收账款`),
  partial: (open: string) => phrase(`partial payment, ${open} still open`, `部分付款，尚欠 ${open}`),
  instalments: (n: number) => phrase(`${n} payments together settle it`, `${n} 笔付款合计结清`),
  subset: (n: number) => phrase(`one payment settles ${n} settlements exactly`, `一笔付款恰好结清 ${n} 张结算单`),
  subsetLessFee: (n: number) => phrase(`one payment for ${n} settlements together`, `一笔付款合并支付 ${n} 张结算单`),
  subsetCapped: (visits: number) =>
    phrase(`search stopped after ${visits} steps, other combinations not ruled out`, `搜索在 ${visits} 步后停止，未排除其他组合`),
  alternatives: (n: number) =>
    phrase(`${n} equally good answers: choose one`, `有 ${n} 个同样合理的匹配，请人工选择`),
  nearestDue: () => phrase("the nearest due date breaks a tie between equal amounts", "金额相同，按最近到期日选定"),
  refDigits: () => phrase("the memo carries the end of its reference", "摘要含其单号尾号"),
  oldestFirst: () => phrase("applied to the oldest open settlement", "冲抵最早的未结结算单"),
  onlyOpen: () => phrase("the customer's only open settlement", "该客户唯一未结结算单"),
  converted: (from: string, to: string, rate: string) =>
    phrase(`converted from ${from} to ${to} at ${rate}`, `按汇率 ${rate} 由 ${from} 折算为 ${to}`),
  pinned: () => phrase("matched by hand", "人工匹配"),
  pinCapped: () => phrase("a pinned amount exceeded what was open and was reduced", "人工指定金额超过未结金额，已按未结金额调整"),
};
