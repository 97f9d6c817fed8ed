// The JSON form of an import (DESIGN.md §7): amounts as decimal strings, dates as "YYYY-MM-DD"
// or null, keys in a fixed order so the same file always gives byte-identical output.
import { sum, toDecimalString } from "../core/money";
import type { Problem } from "../core/problems";
import type { ImportResult, ImportedPayment } from "./types";

export interface PaymentJson {
  date: string | null;
  valueDate?: string;
  amount: string;
  currency: string;
  direction: "in" | "out" | "neutral";
  counterparty: string | null;
  counterpartyAccount: string | null;
  reference: string | null;
  references?: string[];
  memo: string | null;
  method: string;
  status: string;
  statusText?: string;
  note?: string;
  fee?: string;
  originalAmount?: string;
  originalCurrency?: string;
  transactionDate?: string;
  statementId?: string;
  source: { sheet: string; row: number };
}

function paymentJson(p: ImportedPayment): PaymentJson {
  const out: PaymentJson = {
    date: p.date || null,
    amount: toDecimalString(p.amount.isZero() ? p.amount.abs() : p.amount), // never "-0.00"
    currency: p.currency,
    direction: p.direction,
    counterparty: p.payer || null,
    counterpartyAccount: p.payerAccount ?? null,
    reference: p.reference ?? null,
    memo: p.memo ?? null,
    method: p.method,
    status: p.status,
    source: { sheet: p.source.sheet, row: p.source.row },
  };
  if (p.valueDate) out.valueDate = p.valueDate;
  if (p.references && p.references.length > 1) out.references = p.references;
  if (p.statusText) out.statusText = p.statusText;
  if (p.note) out.note = p.note;
  if (p.fee) out.fee = toDecimalString(p.fee);
  if (p.originalAmount) out.originalAmount = toDecimalString(p.originalAmount);
  if (p.originalCurrency) out.originalCurrency = p.originalCurrency;
  if (p.transactionDate) out.transactionDate = p.transactionDate;
  if (p.statementId) out.statementId = p.statementId;
  return out;
}

function problemJson(p: Problem): Record<string, string | number> {
  return { sheet: p.sheet, row: p.row, column: p.column, code: p.code, raw: p.raw, message: p.message };
}

/** The §7 JSON document of an import result. */
export function importResultJson(r: ImportResult): object {
  return {
    format: r.format,
    encoding: r.encoding,
    payments: r.payments.map(paymentJson),
    balances: r.balances.map((b) => ({ statementId: b.statementId, kind: b.kind, amount: toDecimalString(b.amount), currency: b.currency, date: b.date ?? null })),
    problems: r.problems.map(problemJson),
  };
}

/** Totals per direction and currency, for a one-line summary: "1810.56 CHF" or "12.00 EUR + 3.00 USD". */
export function directionTotals(r: ImportResult, direction: "in" | "out" | "neutral"): { count: number; total: string } {
  const ps = r.payments.filter((p) => p.direction === direction);
  const byCcy = new Map<string, ImportedPayment[]>();
  for (const p of ps) byCcy.set(p.currency, [...(byCcy.get(p.currency) ?? []), p]);
  const parts = [...byCcy.keys()].sort().map((c) => `${toDecimalString(sum((byCcy.get(c) ?? []).map((p) => p.amount.abs())))}${c ? ` ${c}` : ""}`);
  return { count: ps.length, total: parts.length ? parts.join(" + ") : "0.00" };
}
