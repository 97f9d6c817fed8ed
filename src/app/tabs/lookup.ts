// The records a plan refers to by id, so tab layouts can show customer, ref, row and amount.
import type { Payment, Settlement } from "../../core/model";

export interface PlanRecords {
  settlements: ReadonlyMap<string, Settlement>;
  payments: ReadonlyMap<string, Payment>;
}

export function indexRecords(settlements: readonly Settlement[], payments: readonly Payment[]): PlanRecords {
  return {
    settlements: new Map(settlements.map((s) => [s.id, s])),
    payments: new Map(payments.map((p) => [p.id, p])),
  };
}

/** "Sheet!12" — how every tab points back at a source row. */
export function where(source: { sheet: string; row: number }): string {
  return `${source.sheet}!${source.row}`;
}
