// Finds the header row: accountants put titles ("2024年10月应收明细"), company names and blank
// rows above it. The header is the row among the first rows that names the most fields,
// and it must name the fields a table of that kind cannot do without.
import type { Grid } from "./grid";
import { cellText } from "./cells";
import { mapColumns, type ColumnMapping } from "./map-columns";
import { fieldOf, type PaymentField, type SettlementField, type TableKind } from "./synonyms";

/** How many rows from the top are searched for the header. */
export const HEADER_SEARCH_ROWS = 30;

export interface HeaderFound<F extends string> {
  /** 0-based index into `grid.values`. */
  index: number;
  /** 1-based sheet row. */
  row: number;
  headers: string[];
  mapping: ColumnMapping<F>;
  /** 0..1: share of the key fields found, weighted by confidence. */
  score: number;
}

const KEY_FIELDS: Record<TableKind, string[]> = {
  settlements: ["customer", "amount", "ref", "issueDate", "dueDate"],
  payments: ["date", "amount", "counterparty", "memo", "reference"],
};

/** A payment table's amount may be split into income/expense columns, and its date named several ways. */
function hasRequired(kind: TableKind, mapping: ColumnMapping<string>): boolean {
  if (kind === "settlements") return !!mapping.amount && (!!mapping.customer || !!mapping.ref);
  const amount = !!mapping.amount || !!mapping.income;
  const date = !!mapping.date || !!mapping.bookingDate || !!mapping.transactionDate;
  return amount && date;
}

function scoreOf(kind: TableKind, mapping: ColumnMapping<string>): number {
  const view: Record<string, { confidence: number } | undefined> = {
    ...mapping,
    date: mapping.date ?? mapping.bookingDate ?? mapping.transactionDate,
    amount: mapping.amount ?? mapping.income,
  };
  const keys = KEY_FIELDS[kind];
  return keys.reduce((s, f) => s + (view[f]?.confidence ?? 0), 0) / keys.length;
}

export function findHeaderRow(grid: Grid, kind: "settlements", override?: Record<string, string>): HeaderFound<SettlementField> | undefined;
export function findHeaderRow(grid: Grid, kind: "payments", override?: Record<string, string>): HeaderFound<PaymentField> | undefined;
export function findHeaderRow(grid: Grid, kind: TableKind, override?: Record<string, string>): HeaderFound<string> | undefined {
  let best: HeaderFound<string> | undefined;
  const limit = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const headers = (grid.values[i] ?? []).map(cellText);
    if (headers.every((h) => h === "")) continue;
    const mapping = kind === "settlements" ? mapColumns(headers, "settlements", grid.firstColumn, override) : mapColumns(headers, "payments", grid.firstColumn, override);
    if (!hasRequired(kind, mapping)) continue;
    const score = scoreOf(kind, mapping);
    if (!best || score > best.score) best = { index: i, row: grid.firstRow + i, headers, mapping, score };
  }
  return best;
}

/** How much the top of a sheet looks like each kind of table, 0..1 (used to find the input sheets). */
export function scoreGrid(head: Grid): { settlements: number; payments: number } {
  const settlements = findHeaderRow(head, "settlements");
  return {
    settlements: settlements ? Math.max(0, settlements.score - PAYMENT_ONLY_PENALTY * paymentOnlyColumns(settlements.headers)) : 0,
    payments: findHeaderRow(head, "payments")?.score ?? 0,
  };
}

/** Payment fields that no settlement sheet has: a bank export's Dr/Cr, status, payer, balance … */
const PAYMENT_ONLY = new Set(["direction", "status", "method", "counterparty", "payerName", "account", "income", "expense", "balance", "valueDate", "fee"]);
/** How much each such column lowers a sheet's settlement score. */
const PAYMENT_ONLY_PENALTY = 0.2;

/**
 * Columns that name a payment-only field and no settlement field. A bank export has "Reference",
 * "Date" and "Amount" like an invoice list, but also "Payer", "Dr/Cr" and "Status"; an invoice list's
 * 客户名称 names the customer in both readings and does not count.
 */
function paymentOnlyColumns(headers: readonly string[]): number {
  return headers.filter((h) => !fieldOf(h, "settlements") && PAYMENT_ONLY.has(fieldOf(h, "payments")?.field ?? "")).length;
}
