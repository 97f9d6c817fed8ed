// Scores a plan against the generator's answer key: precision and recall of allocations, and
// whether any case the data cannot decide was applied automatically.
import type { Plan } from "../../../src/core/reconcile";
import type { Truth } from "./generator";

export interface Score {
  truthPairs: number;
  autoPairs: number;
  autoCorrect: number;
  suggestedPairs: number;
  precisionAuto: number;
  recallAuto: number;
  recallAutoOrSuggested: number;
  ambiguousTruthAuto: number;
  exceptionsFlagged: number;
  exceptionsExpected: number;
  groups: Record<string, number>;
}

export function scorePlan(plan: Plan, truth: Truth): Score {
  const canon = (p: string): string => truth.duplicates.get(p) ?? p;
  const truthSet = new Set(truth.pairs.map((t) => `${t.settlementId}|${canon(t.paymentId)}`));
  const auto = new Set<string>();
  const either = new Set<string>();
  let ambiguousTruthAuto = 0;
  const groups: Record<string, number> = {};
  for (const g of plan.groups) {
    groups[`${g.status}/${g.rule}`] = (groups[`${g.status}/${g.rule}`] ?? 0) + 1;
    for (const a of g.allocations) {
      const key = `${a.settlementId}|${canon(a.paymentId)}`;
      if (g.status === "auto") auto.add(key);
      if (g.status === "auto" || g.status === "suggested") either.add(key);
      if (g.status === "auto" && truth.ambiguousPayments.has(canon(a.paymentId))) ambiguousTruthAuto += 1;
    }
  }
  const hit = (set: Set<string>): number => [...set].filter((k) => truthSet.has(k)).length;
  const autoCorrect = hit(auto);
  // A duplicate family (a line and its copies) must have all but one member flagged; which one
  // is kept is the engine's (canonical) choice.
  const flaggedIds = new Set(plan.paymentExceptions.map((e) => e.paymentId));
  const expected = [...truth.nonReceipts.keys()];
  const families = new Map<string, string[]>();
  for (const [dup, root] of truth.duplicates) families.set(root, [...(families.get(root) ?? [root]), dup]);
  let flaggedCount = expected.filter((id) => !truth.duplicates.has(id) && flaggedIds.has(id)).length;
  for (const members of families.values()) {
    flaggedCount += Math.min(members.length - 1, members.filter((id) => flaggedIds.has(id)).length);
  }
  return {
    truthPairs: truthSet.size,
    autoPairs: auto.size,
    autoCorrect,
    suggestedPairs: either.size - auto.size,
    precisionAuto: auto.size === 0 ? 1 : autoCorrect / auto.size,
    recallAuto: autoCorrect / truthSet.size,
    recallAutoOrSuggested: hit(either) / truthSet.size,
    ambiguousTruthAuto,
    exceptionsFlagged: flaggedCount,
    exceptionsExpected: expected.length,
    groups,
  };
}
