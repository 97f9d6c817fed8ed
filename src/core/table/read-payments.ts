// Payment sheet → Payment[] plus a problem for every cell that could not be read. Handles one
// signed amount column, separate income / expense columns (收入 / 支出, 贷方 / 借方), a direction
// column (收/支, 借/贷), and platform status columns, so a pasted bank or Alipay export reads too.
import type { Payment } from "../model";
import type { Problem, ProblemCode } from "../problems";
import { parseAmount } from "../parse-amount";
import { parseDate } from "../parse-date";
import type { Money } from "../money";
import type { CellValue, Grid } from "./grid";
import { cellProblems, cellText, dataRows, looksLikeSubtotal } from "./cells";
import { decimalOf, dateOrderOf } from "./column-values";
import { currencyCode } from "./currency";
import { directionOf, methodOf, statusOf } from "./payment-words";
import { locateHeader, type TableReadOptions, type TableReadResult } from "./read-settlements";
import type { PaymentField } from "./synonyms";

export function readPayments(grid: Grid, options: TableReadOptions = {}): TableReadResult<Payment, PaymentField> {
  const lang = options.lang ?? "en";
  const skipped = { blank: 0, subtotal: 0 };
  const header = locateHeader<PaymentField>(grid, "payments", options);
  if ("code" in header) return { records: [], problems: [header], skipped };
  const { mapping } = header;
  const col = (f: PaymentField): number | undefined => mapping[f]?.index;
  const dateField: PaymentField = mapping.bookingDate ? "bookingDate" : mapping.date ? "date" : "transactionDate";
  const payerField: PaymentField = mapping.counterparty ? "counterparty" : "payerName";
  const start = header.index + 1;
  const decimal = decimalOf(grid, start, [col("amount"), col("income"), col("expense")], options.decimal);
  const order = dateOrderOf(grid, start, [col(dateField), col("valueDate")], options.dateOrder);
  const records: Payment[] = [];
  const problems: Problem[] = [];

  const problemAt = cellProblems(grid, (f: PaymentField) => col(f), problems, lang);
  for (const { row, sheetRow } of dataRows(grid.values, start, grid.firstRow, skipped)) {
    const cell = (f: PaymentField) => (col(f) === undefined ? null : (row[col(f)!] ?? null));
    const text = (f: PaymentField): string => cellText(cell(f));
    if (looksLikeSubtotal(row, text("reference") !== "" || /\d/.test(text(dateField)))) {
      skipped.subtotal++;
      continue;
    }
    const problem = problemAt(sheetRow);
    const before = problems.length;

    const amount = readAmount(mapping, decimal, text, cell, problem);
    const date = parseDate(cell(dateField), { order, serialSystem: options.serialSystem });
    if (!date.ok) problem(dateField, date.code, text(dateField), date.detail);
    if (!amount || !date.ok) {
      if (problems.length === before) problem("amount", "row-unreadable", "", "no amount");
      continue;
    }

    const statusText = text("status");
    const status = statusOf(statusText);
    if (status === undefined) problem("status", "status-unknown", statusText);
    const direction = amount.direction ?? (amount.value.isNegative() ? "out" : amount.value.isZero() ? "neutral" : "in");
    const payment: Payment = {
      id: `${grid.sheet}!${sheetRow}`,
      source: { sheet: grid.sheet, row: sheetRow },
      date: date.value,
      amount: amount.value,
      currency: amount.currency ?? options.defaultCurrency ?? "CNY",
      direction,
      payer: text(payerField),
      method: methodOf(`${text("method")} ${text("description")}`),
      // An unknown status is held as pending: only a status known to be a receipt is ever matched.
      status: status ?? "pending",
    };
    if (!payment.payer) problem(payerField, "customer-missing", "");
    const valueDate = text("valueDate") ? parseDate(cell("valueDate"), { order, serialSystem: options.serialSystem }) : undefined;
    if (valueDate?.ok) payment.valueDate = valueDate.value;
    else if (valueDate) problem("valueDate", valueDate.code, text("valueDate"), valueDate.detail);
    if (text("account")) payment.payerAccount = text("account");
    if (text("reference")) payment.reference = text("reference");
    const memo = [text("memo"), text("description")].filter((t) => t !== "").join(" ");
    if (memo) payment.memo = memo;
    if (amount.note) payment.note = amount.note;
    if (text("currency")) {
      const code = currencyCode(text("currency"));
      if (code) payment.currency = code;
      else problem("currency", "currency-unknown", text("currency"));
    }
    records.push(payment);
  }
  return { records, problems, mapping, headerRow: header.row, skipped };
}

type Cell = (f: PaymentField) => CellValue;

/**
 * The signed amount of a row: one amount column (signed, or unsigned with a direction column), or
 * income / expense columns where exactly one is filled. Reports what it cannot read.
 */
function readAmount(
  mapping: TableReadResult<Payment, PaymentField>["mapping"] & object,
  decimal: ReturnType<typeof decimalOf>,
  text: (f: PaymentField) => string,
  cell: Cell,
  problem: (f: PaymentField, code: ProblemCode, raw: string, detail?: string) => void,
): { value: Money; currency?: string; note?: string; direction?: Payment["direction"] } | undefined {
  const directionText = text("direction");
  const direction = mapping.direction ? directionOf(directionText) : undefined;
  if (mapping.direction && directionText && !direction) problem("direction", "direction-unknown", directionText);

  if (mapping.amount && text("amount") !== "") {
    const a = parseAmount(cell("amount"), { decimal });
    if (!a.ok) {
      problem("amount", a.code, text("amount"), a.detail);
      return undefined;
    }
    // An unsigned amount with a direction column takes its sign from the direction.
    const value = direction === "out" && a.value.isPositive() ? a.value.negated() : direction === "in" && a.value.isNegative() ? a.value.negated() : a.value;
    return { value, currency: a.currency, note: a.note, direction };
  }
  const income = mapping.income && text("income") !== "" ? parseAmount(cell("income"), { decimal }) : undefined;
  const expense = mapping.expense && text("expense") !== "" ? parseAmount(cell("expense"), { decimal }) : undefined;
  if (income && !income.ok) problem("income", income.code, text("income"), income.detail);
  if (expense && !expense.ok) problem("expense", expense.code, text("expense"), expense.detail);
  if ((income && !income.ok) || (expense && !expense.ok)) return undefined;
  const inValue = income?.ok && !income.value.isZero() ? income : undefined;
  const outValue = expense?.ok && !expense.value.isZero() ? expense : undefined;
  if (inValue && outValue) {
    problem("income", "amount-conflict", `${text("income")} / ${text("expense")}`);
    return undefined;
  }
  if (inValue?.ok) return { value: inValue.value.abs(), currency: inValue.currency, note: inValue.note, direction: "in" };
  if (outValue?.ok) return { value: outValue.value.abs().negated(), currency: outValue.currency, note: outValue.note, direction: "out" };
  if (income?.ok || expense?.ok) return { value: (income?.ok ? income.value : expense?.ok ? expense.value : undefined)!, direction: "neutral" };
  problem(mapping.amount ? "amount" : "income", "amount-missing", "");
  return undefined;
}
