// What each source row becomes on screen: matched, partial, suggested, unmatched or exception.
// Only auto and manual groups count as applied; suggested and ambiguous ones wait for a person.
import type { Payment, Settlement } from "../core/model";
import type { Problem } from "../core/problems";
import type { Plan } from "../core/reconcile/plan";

/** M matched in full, P partly, S in a suggested / ambiguous group, U unmatched, X set aside. */
export type RowMark = "M" | "P" | "S" | "U" | "X";

export const MARK_FILLS: Record<RowMark, string> = {
  M: "#C6EFCE",
  P: "#FFEB9C",
  S: "#FCD5B4",
  U: "#FFC7CE",
  X: "#D9D9D9",
};

/** Marks per sheet: sheet name → (1-based row → mark). */
export type SheetMarks = Map<string, Map<number, RowMark>>;

export function rowMarks(
  plan: Plan,
  settlements: readonly Settlement[],
  payments: readonly Payment[],
  problems: readonly Problem[] = [],
): SheetMarks {
  const applied = new Set<string>();
  const proposed = new Set<string>();
  for (const g of plan.groups) {
    const target = g.status === "auto" || g.status === "manual" ? applied : proposed;
    for (const a of g.allocations) {
      target.add(a.settlementId);
      target.add(a.paymentId);
    }
    for (const alt of g.alternatives ?? []) {
      for (const a of alt) {
        proposed.add(a.settlementId);
        proposed.add(a.paymentId);
      }
    }
  }
  const open = new Set([...plan.openSettlements, ...plan.unappliedPayments].filter((o) => !o.open.isZero()).map((o) => o.id));
  const setAside = new Set(plan.paymentExceptions.map((e) => e.paymentId));
  const marks: SheetMarks = new Map();
  const put = (sheet: string, row: number, mark: RowMark): void => {
    let m = marks.get(sheet);
    if (!m) marks.set(sheet, (m = new Map()));
    m.set(row, mark);
  };
  for (const rec of [...settlements, ...payments]) {
    let mark: RowMark;
    if (setAside.has(rec.id)) mark = "X";
    else if (applied.has(rec.id)) mark = open.has(rec.id) ? "P" : "M";
    else if (proposed.has(rec.id)) mark = "S";
    else mark = "U";
    put(rec.source.sheet, rec.source.row, mark);
  }
  // A row Settle could not read is set aside too: it is listed on the Exceptions tab.
  for (const p of problems) if (p.row > 0 && !marks.get(p.sheet)?.has(p.row)) put(p.sheet, p.row, "X");
  return marks;
}
