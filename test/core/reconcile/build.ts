// Small builders for hand-written reconciliation cases: only what a case is about is spelled out.
import { money } from "../../../src/core/money";
import type { Payment, Settlement } from "../../../src/core/model";

let sRow = 1;
let pRow = 1;

export function settlement(fields: Partial<Omit<Settlement, "amount">> & { amount: string; ref: string; customer: string }): Settlement {
  sRow += 1;
  const row = fields.source?.row ?? sRow;
  return {
    id: fields.id ?? `Settlements!${row}`,
    source: { sheet: "Settlements", row },
    issueDate: "2024-10-01",
    dueDate: "2024-10-31",
    currency: "CNY",
    ...fields,
    amount: money(fields.amount),
  };
}

export function payment(fields: Partial<Omit<Payment, "amount">> & { amount: string; payer: string }): Payment {
  pRow += 1;
  const row = fields.source?.row ?? pRow;
  return {
    id: fields.id ?? `Payments!${row}`,
    source: { sheet: "Payments", row },
    date: "2024-11-02",
    currency: "CNY",
    direction: "in",
    method: "bank",
    status: "ok",
    ...fields,
    amount: money(fields.amount),
  };
}
