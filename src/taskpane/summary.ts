// What the pane shows of a preview: plain, serialisable data (it crosses the worker boundary),
// amounts as decimal strings, explanations already in the user's language.
import type { Preview } from "../app/preview-core";
import type { Lang } from "../core/problems";
import type { MatchStatus } from "../core/reconcile/plan";
import { sum, toDecimalString } from "../core/money";

/** How many groups and problems the pane lists; the tabs hold them all. */
export const LIST_LIMIT = 300;

export interface GroupRow {
  id: string;
  status: MatchStatus;
  rule: string;
  confidence: number;
  customer: string;
  settlements: string;
  payments: string;
  amount: string;
  difference: string;
  explanation: string;
}

export interface PreviewSummary {
  source: string;
  sheets: { settlements: string; payments: string };
  counts: Record<MatchStatus, number> & { settlements: number; payments: number; open: number; unapplied: number; exceptions: number; problems: number };
  totals: { allocated: string; open: string; unapplied: string };
  groups: GroupRow[];
  problems: { where: string; message: string }[];
}

export function summarizePreview(preview: Preview, source: string, lang: Lang): PreviewSummary {
  const settlements = new Map(preview.settlements.map((s) => [s.id, s]));
  const payments = new Map(preview.payments.map((p) => [p.id, p]));
  const { plan } = preview;
  const counts = { auto: 0, suggested: 0, ambiguous: 0, manual: 0 };
  for (const g of plan.groups) counts[g.status] += 1;
  const groups = plan.groups.slice(0, LIST_LIMIT).map((g): GroupRow => {
    const sIds = [...new Set(g.allocations.map((a) => a.settlementId))];
    const pIds = [...new Set(g.allocations.map((a) => a.paymentId))];
    return {
      id: g.id,
      status: g.status,
      rule: g.rule,
      confidence: g.confidence,
      customer: settlements.get(sIds[0] ?? "")?.customer ?? "",
      settlements: sIds.map((id) => settlements.get(id)?.ref || id).join(", "),
      payments: pIds.map((id) => `${payments.get(id)?.source.row ?? id}`).join(", "),
      amount: toDecimalString(sum(g.allocations.map((a) => a.amount))),
      difference: toDecimalString(g.difference),
      explanation: g.explanation[lang],
    };
  });
  return {
    source,
    sheets: preview.sheets,
    counts: {
      ...counts,
      settlements: preview.settlements.length,
      payments: preview.payments.length,
      open: plan.openSettlements.length,
      unapplied: plan.unappliedPayments.length,
      exceptions: plan.paymentExceptions.length,
      problems: preview.problems.length,
    },
    totals: {
      allocated: toDecimalString(sum(plan.groups.flatMap((g) => (g.status === "auto" || g.status === "manual" ? g.allocations.map((a) => a.amount) : [])))),
      open: toDecimalString(sum(plan.openSettlements.map((o) => o.open))),
      unapplied: toDecimalString(sum(plan.unappliedPayments.map((o) => o.open))),
    },
    groups,
    problems: preview.problems.slice(0, LIST_LIMIT).map((p) => ({ where: `${p.sheet}!${p.column}${p.row || ""}`, message: p.message })),
  };
}
