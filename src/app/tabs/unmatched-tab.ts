// The Unmatched tab (未达账项): open settlements and unapplied payments, with what is still open.
import { toDecimalString } from "../../core/money";
import type { Lang } from "../../core/problems";
import type { Plan } from "../../core/reconcile/plan";
import type { CellValue } from "../../core/table/grid";
import type { ColumnSpec, TabSpec } from "../port";
import type { PlanRecords } from "./lookup";
import { TAB_NAMES } from "./tab-names";
import { columnsIn, type TabColumn } from "./columns";

const COLUMNS: TabColumn[] = [
  { en: "Kind", zh: "类型", kind: "text", width: 12 },
  { en: "Sheet", zh: "工作表", kind: "text", width: 14 },
  { en: "Row", zh: "行号", kind: "integer", width: 8 },
  { en: "Date", zh: "日期", kind: "date", width: 12 },
  { en: "Customer / payer", zh: "客户/付款方", kind: "text", width: 24 },
  { en: "Ref", zh: "单号/流水号", kind: "text", width: 18 },
  { en: "Amount", zh: "金额", kind: "money", width: 14 },
  { en: "Open", zh: "未核销金额", kind: "money", width: 14 },
  { en: "Memo", zh: "摘要", kind: "text", width: 40 },
];

export function unmatchedColumns(lang: Lang): ColumnSpec[] {
  return columnsIn(COLUMNS, lang);
}

export function unmatchedTab(plan: Plan, records: PlanRecords, lang: Lang): TabSpec {
  const zh = lang === "zh-CN";
  const rows: CellValue[][] = [];
  for (const item of plan.openSettlements) {
    const s = records.settlements.get(item.id);
    if (!s) continue;
    rows.push([
      zh ? "结算单" : "settlement",
      s.source.sheet,
      s.source.row,
      s.dueDate ?? s.issueDate ?? null,
      s.customer,
      s.ref,
      toDecimalString(s.amount),
      toDecimalString(item.open),
      s.memo ?? "",
    ]);
  }
  for (const item of plan.unappliedPayments) {
    const p = records.payments.get(item.id);
    if (!p) continue;
    rows.push([
      zh ? "收款" : "payment",
      p.source.sheet,
      p.source.row,
      p.date,
      p.payer,
      p.reference ?? "",
      toDecimalString(p.amount),
      toDecimalString(item.open),
      p.memo ?? "",
    ]);
  }
  return { name: TAB_NAMES.unmatched[lang], columns: unmatchedColumns(lang), rows, freezeHeader: true, protect: true };
}
