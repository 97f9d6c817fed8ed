// The Exceptions tab (异常): input problems, payments set aside (duplicates, refunds, failed …),
// ambiguous groups and overpayments, each with a suggested action (DESIGN.md §5).
import { toDecimalString } from "../../core/money";
import type { Lang, Problem } from "../../core/problems";
import type { Plan } from "../../core/reconcile/plan";
import type { CellValue } from "../../core/table/grid";
import type { ColumnSpec, TabSpec } from "../port";
import { exceptionLabel } from "./labels";
import { type PlanRecords, where } from "./lookup";
import { TAB_NAMES } from "./tab-names";
import { columnsIn, type TabColumn } from "./columns";

const COLUMNS: TabColumn[] = [
  { en: "Where", zh: "位置", kind: "text", width: 18 },
  { en: "Kind", zh: "类型", kind: "text", width: 22 },
  { en: "Value", zh: "原值", kind: "text", width: 18 },
  { en: "Message", zh: "说明", kind: "text", width: 60 },
  { en: "Suggested action", zh: "建议操作", kind: "text", width: 40 },
];

export function exceptionsColumns(lang: Lang): ColumnSpec[] {
  return columnsIn(COLUMNS, lang);
}

/** An extra line for the tab (e.g. a broken Settle Log chain): where, kind, value, message, action. */
export type ExceptionRow = [string, string, string, string, string];

export function exceptionsTab(
  plan: Plan,
  records: PlanRecords,
  problems: readonly Problem[],
  lang: Lang,
  extra: readonly ExceptionRow[] = [],
): TabSpec {
  const zh = lang === "zh-CN";
  const rows: CellValue[][] = [...extra];
  for (const p of problems) {
    const at = p.row > 0 ? `${p.sheet}!${p.column}${p.row}` : p.sheet;
    rows.push([at, p.code, p.raw, p.message, zh ? "更正该单元格后重新运行。" : "Correct the cell and run again."]);
  }
  for (const e of plan.paymentExceptions) {
    const pay = records.payments.get(e.paymentId);
    const label = exceptionLabel(e.kind, lang);
    rows.push([pay ? where(pay.source) : e.paymentId, label.kind, pay ? toDecimalString(pay.amount) : "", e.explanation[lang], label.action]);
  }
  for (const g of plan.groups) {
    if (g.status === "ambiguous") {
      const options = (g.alternatives ?? []).length;
      rows.push([
        g.id,
        zh ? "有歧义" : "ambiguous",
        "",
        g.explanation[lang],
        zh ? `有 ${options} 种同样合理的核销方式，请人工选择。` : `${options} equally good answers: choose one by hand.`,
      ]);
    }
    if (!g.advance.isZero()) {
      rows.push([
        g.id,
        zh ? "多付（预收）" : "overpayment (advance)",
        toDecimalString(g.advance),
        g.explanation[lang],
        zh ? "多付部分记入预收账款，或退还客户。" : "Book the excess as an advance receipt, or refund it.",
      ]);
    }
  }
  return { name: TAB_NAMES.exceptions[lang], columns: exceptionsColumns(lang), rows, freezeHeader: true, protect: true };
}
