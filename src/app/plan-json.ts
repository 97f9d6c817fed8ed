// The plan as the `settle reconcile --json` contract gives it (DESIGN.md §7): rows are 1-based
// sheet rows, amounts decimal strings.
import { toDecimalString } from "../core/money";
import type { Preview } from "./preview-core";

export interface PlanJson {
  matches: {
    id: string;
    status: string;
    rule: string;
    confidence: number;
    difference: string;
    allocations: { settlementRow: number | null; paymentRow: number | null; amount: string }[];
  }[];
  unmatchedSettlementRows: number[];
  unmatchedPaymentRows: number[];
  /** Filled by the voucher feature; empty until then. */
  vouchers: { number: string; date: string; lines: { account: string; debit: string; credit: string; summary: string }[] }[];
  problems: { sheet: string; row: number; column: string; code: string; message: string }[];
}

export function planJson(preview: Preview): PlanJson {
  const sRow = new Map(preview.settlements.map((s) => [s.id, s.source.row]));
  const pRow = new Map(preview.payments.map((p) => [p.id, p.source.row]));
  return {
    matches: preview.plan.groups.map((g) => ({
      id: g.id,
      status: g.status,
      rule: g.rule,
      confidence: g.confidence,
      difference: toDecimalString(g.difference),
      allocations: g.allocations.map((a) => ({
        settlementRow: sRow.get(a.settlementId) ?? null,
        paymentRow: pRow.get(a.paymentId) ?? null,
        amount: toDecimalString(a.amount),
      })),
    })),
    unmatchedSettlementRows: preview.plan.openSettlements.map((o) => sRow.get(o.id)).filter((r): r is number => r !== undefined),
    unmatchedPaymentRows: preview.plan.unappliedPayments.map((o) => pRow.get(o.id)).filter((r): r is number => r !== undefined),
    vouchers: [],
    problems: preview.problems.map((p) => ({ sheet: p.sheet, row: p.row, column: p.column, code: p.code, message: p.message })),
  };
}
