// A small stand-in for the engine, so the workbook pipeline is tested on its own: references in
// the memo match (auto), same customer and amount is suggested, the rest stays open.
import type { Planner } from "../../src/app/preview-core";
import type { money } from "../../src/core/money";
import { ZERO } from "../../src/core/money";
import type { MatchGroup, Plan } from "../../src/core/reconcile/plan";

export const handPlanner: Planner = ({ settlements, payments }) => {
  const groups: MatchGroup[] = [];
  const used = new Set<string>();
  const exceptions: Plan["paymentExceptions"] = [];
  const seen = new Map<string, string>();
  for (const p of payments) {
    if (p.amount.isNegative()) {
      exceptions.push({ paymentId: p.id, kind: "refund", explanation: { en: "Refund", "zh-CN": "退款" } });
      used.add(p.id);
      continue;
    }
    const key = `${p.reference}|${p.amount.toString()}`;
    const first = seen.get(key);
    if (first) {
      exceptions.push({ paymentId: p.id, kind: "duplicate", duplicateOf: first, explanation: { en: `Duplicate of ${first}`, "zh-CN": `与 ${first} 重复` } });
      used.add(p.id);
      continue;
    }
    seen.set(key, p.id);
    const byRef = settlements.find((s) => !used.has(s.id) && s.ref && (p.memo ?? "").includes(s.ref));
    const byAmount = settlements.filter((s) => !used.has(s.id) && s.amount.equals(p.amount) && p.payer.slice(0, 4) === s.customer.slice(0, 4));
    const s = byRef ?? (byAmount.length === 1 ? byAmount[0] : undefined);
    if (s) {
      const amount = s.amount.lessThan(p.amount) ? s.amount : p.amount;
      const difference = p.amount.minus(s.amount);
      groups.push({
        id: "",
        status: byRef ? "auto" : "suggested",
        rule: byRef ? "reference" : "exact-amount",
        confidence: byRef ? 0.99 : 0.8,
        allocations: [{ settlementId: s.id, paymentId: p.id, amount }],
        difference,
        differenceKind: difference.isZero() ? "none" : difference.isPositive() ? "overpayment" : "underpayment",
        advance: difference.isPositive() ? difference : ZERO,
        explanation: { en: `Matched ${s.ref}`, "zh-CN": `匹配 ${s.ref}` },
      });
      used.add(s.id);
      used.add(p.id);
    } else if (byAmount.length > 1) {
      groups.push({
        id: "",
        status: "ambiguous",
        rule: "exact-amount",
        confidence: 0.5,
        allocations: [],
        alternatives: byAmount.map((x) => [{ settlementId: x.id, paymentId: p.id, amount: p.amount }]),
        difference: ZERO,
        differenceKind: "none",
        advance: ZERO,
        explanation: { en: "Several equal invoices", "zh-CN": "多张金额相同的发票" },
      });
    }
  }
  groups.forEach((g, i) => (g.id = `G${String(i + 1).padStart(4, "0")}`));
  const allocated = (id: string): ReturnType<typeof money> =>
    groups.flatMap((g) => g.allocations).filter((a) => a.settlementId === id || a.paymentId === id).reduce((t, a) => t.plus(a.amount), ZERO);
  return {
    groups,
    openSettlements: settlements.map((s) => ({ id: s.id, open: s.amount.minus(allocated(s.id)) })).filter((o) => !o.open.isZero()),
    unappliedPayments: payments
      .filter((p) => !exceptions.some((e) => e.paymentId === p.id))
      .map((p) => ({ id: p.id, open: p.amount.minus(allocated(p.id)) }))
      .filter((o) => !o.open.isZero()),
    paymentExceptions: exceptions,
  };
};

/** Pairs the i-th settlement with the i-th payment: linear, for volume tests of the pipeline. */
export const indexPlanner: Planner = ({ settlements, payments }) => {
  const n = Math.min(settlements.length, payments.length);
  const groups: MatchGroup[] = [];
  for (let i = 0; i < n; i++) {
    const s = settlements[i]!;
    const p = payments[i]!;
    groups.push({
      id: `G${String(i + 1).padStart(6, "0")}`,
      status: i % 10 === 0 ? "suggested" : "auto",
      rule: "reference",
      confidence: 0.95,
      allocations: [{ settlementId: s.id, paymentId: p.id, amount: s.amount }],
      difference: ZERO,
      differenceKind: "none",
      advance: ZERO,
      explanation: { en: `Reference ${s.ref} in the memo`, "zh-CN": `摘要中有单号 ${s.ref}` },
    });
  }
  return {
    groups,
    openSettlements: settlements.slice(n).map((s) => ({ id: s.id, open: s.amount })),
    unappliedPayments: payments.slice(n).map((p) => ({ id: p.id, open: p.amount })),
    paymentExceptions: [],
  };
};
