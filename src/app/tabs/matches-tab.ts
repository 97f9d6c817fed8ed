// The Matches tab (对账结果): one row per allocation, with the group's reason (DESIGN.md §5).
import { toDecimalString } from "../../core/money";
import type { Lang } from "../../core/problems";
import type { Plan } from "../../core/reconcile/plan";
import type { CellValue } from "../../core/table/grid";
import type { ColumnSpec, TabSpec } from "../port";
import type { PlanRecords } from "./lookup";
import { TAB_NAMES } from "./tab-names";
import { ruleLabel, statusLabel } from "./labels";
import { columnsIn, type TabColumn } from "./columns";

const COLUMNS: TabColumn[] = [
  { en: "Group", zh: "组号", kind: "text", width: 8 },
  { en: "Status", zh: "状态", kind: "text", width: 10 },
  { en: "Rule", zh: "规则", kind: "text", width: 20 },
  { en: "Confidence", zh: "置信度", kind: "percent", width: 12 },
  { en: "Customer", zh: "客户", kind: "text", width: 24 },
  { en: "Settlement ref", zh: "结算单号", kind: "text", width: 16 },
  { en: "Settlement row", zh: "结算单行", kind: "integer", width: 15 },
  { en: "Settlement amount", zh: "结算金额", kind: "money", width: 18 },
  { en: "Payment date", zh: "收款日期", kind: "date", width: 12 },
  { en: "Payment ref", zh: "收款流水号", kind: "text", width: 18 },
  { en: "Payment row", zh: "收款行", kind: "integer", width: 13 },
  { en: "Payment amount", zh: "收款金额", kind: "money", width: 16 },
  { en: "Allocated", zh: "核销金额", kind: "money", width: 14 },
  { en: "Difference", zh: "差额", kind: "money", width: 12 },
  { en: "Explanation", zh: "说明", kind: "text", width: 60 },
];

export function matchesColumns(lang: Lang): ColumnSpec[] {
  return columnsIn(COLUMNS, lang);
}

export function matchesTab(plan: Plan, records: PlanRecords, lang: Lang): TabSpec {
  const rows: CellValue[][] = [];
  for (const group of plan.groups) {
    group.allocations.forEach((a, i) => {
      const s = records.settlements.get(a.settlementId);
      const p = records.payments.get(a.paymentId);
      rows.push([
        group.id,
        statusLabel(group.status, lang),
        ruleLabel(group.rule, lang),
        String(group.confidence),
        s?.customer ?? p?.payer ?? "",
        s?.ref ?? "",
        s ? s.source.row : null,
        s ? toDecimalString(s.amount) : null,
        p?.date ?? null,
        p?.reference ?? "",
        p ? p.source.row : null,
        p ? toDecimalString(p.amount) : null,
        toDecimalString(a.amount),
        // The group's difference once, on its first line, so the column sums to the total difference.
        i === 0 ? toDecimalString(group.difference) : null,
        i === 0 ? group.explanation[lang] : "",
      ]);
    });
  }
  return { name: TAB_NAMES.matches[lang], columns: matchesColumns(lang), rows, freezeHeader: true, protect: true };
}
