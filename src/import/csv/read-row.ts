// One data row of a bank / platform table → a payment, or problems naming the row's cells.
import { parseAmount } from "../../core/parse-amount";
import type { Money } from "../../core/money";
import { money } from "../../core/money";
import { makeProblem } from "../../core/problems";
import type { Problem } from "../../core/problems";
import { columnLetter } from "../../core/table/grid";
import type { ImportedPayment, ReaderContext } from "../types";
import { parseCellDate } from "./cell-date";
import { mapDirection, mapStatus } from "./platform-status";
import { parseDate } from "../../core/parse-date";
import type { TablePlan, TableRow } from "./table-plan";
import { cleanCell } from "./table-plan";

const CURRENCY_WORDS: Record<string, string> = { 人民币: "CNY", rmb: "CNY", 人民币元: "CNY", 美元: "USD", 港币: "HKD", 港元: "HKD", 欧元: "EUR", 日元: "JPY", 英镑: "GBP" };
const PLACEHOLDER = /^(?:\/|-+|—+)$/;

function currencyCode(raw: string): string | undefined {
  if (/^[A-Z]{3}$/.test(raw)) return raw;
  return CURRENCY_WORDS[raw] ?? CURRENCY_WORDS[raw.toLowerCase()];
}

export interface RowContext extends ReaderContext {
  problems: Problem[];
  date1904: boolean;
}

function problem(rc: RowContext, row: number, col: number | undefined, code: Problem["code"], raw: string, detail?: string): void {
  rc.problems.push(makeProblem({ sheet: rc.sheet, row, column: col === undefined ? "" : columnLetter(col + 1) }, code, raw, { detail, lang: rc.lang }));
}

interface AmountCell {
  value?: Money;
  note?: string;
  currency?: string;
}

/** Reads an amount cell; undefined when empty, `{}` (and a problem) when unreadable. */
/** "-1234.56" / "1,234.56" in a dot-decimal column: read directly (a fast path for big files). */
const PLAIN_DOT_DECIMAL = /^-?\d{1,15}\.\d{1,6}$/;
const GROUPED_DOT_DECIMAL = /^-?\d{1,3}(?:,\d{3})+\.\d{1,6}$/;

/** The amount when the text is one of the plain spellings above, else undefined (use parseAmount). */
export function fastAmount(text: string, decimal: string | undefined): Money | undefined {
  if (decimal !== ".") return undefined;
  if (PLAIN_DOT_DECIMAL.test(text)) return money(text);
  if (GROUPED_DOT_DECIMAL.test(text)) return money(text.replace(/,/g, ""));
  return undefined;
}

function amountCell(row: TableRow, c: number, plan: TablePlan, rc: RowContext): AmountCell | undefined {
  const raw = row.cells[c];
  const text = typeof raw === "number" ? raw : cleanCell(raw);
  if (text === "" || text === "-" || text === "/") return undefined;
  const fast = typeof text === "string" ? fastAmount(text, plan.decimals.get(c)) : undefined;
  if (fast) return { value: fast };
  const r = parseAmount(text, { decimal: plan.decimals.get(c) ?? "auto" });
  if (!r.ok) {
    problem(rc, row.line, c, r.code, String(text), r.detail);
    return {};
  }
  return { value: r.value, note: r.note, currency: r.currency };
}

interface SignedAmount {
  amount?: Money;
  direction?: ImportedPayment["direction"];
  note?: string;
  currency?: string;
  failed: boolean;
}

/** The amount from one signed column, or from a pair of income / expense columns. */
function readAmount(row: TableRow, cells: string[], plan: TablePlan, rc: RowContext): SignedAmount {
  const { amount: amountCol, income, expense, refund } = plan.col;
  if (amountCol !== undefined) {
    const a = amountCell(row, amountCol, plan, rc);
    if (!a) {
      problem(rc, row.line, amountCol, "amount-missing", "");
      return { failed: true };
    }
    if (!a.value) return { failed: true };
    const out: SignedAmount = { amount: a.value, note: a.note, currency: a.currency, failed: false };
    if (a.value.isZero() && refund !== undefined && plan.method === "wechat") {
      // WeChat merchant bills put a refund on its own row: 应结订单金额 0, 退款金额 the money paid back.
      const r = parseAmount(cells[refund] ?? "");
      if (r.ok && !r.value.isZero()) return { amount: r.value.abs().negated(), direction: "out", failed: false };
    }
    return out;
  }
  const inc = income !== undefined ? amountCell(row, income, plan, rc) : undefined;
  const exp = expense !== undefined ? amountCell(row, expense, plan, rc) : undefined;
  if ((inc && !inc.value) || (exp && !exp.value)) return { failed: true };
  if (inc?.value && !inc.value.isZero()) return { amount: inc.value.abs(), direction: "in", note: inc.note, failed: false };
  if (exp?.value && !exp.value.isZero()) return { amount: exp.value.abs().negated(), direction: "out", note: exp.note, failed: false };
  if (inc?.value || exp?.value) return { amount: (inc?.value ?? exp?.value) as Money, direction: inc?.value ? "in" : "out", failed: false };
  problem(rc, row.line, income ?? expense, "amount-missing", "", "both the income and the expense cell are empty");
  return { failed: true };
}

/** A date cell a spreadsheet stored as a serial number (1900 or 1904 date system). */
function serialDate(serial: number, date1904: boolean): { date?: string; error?: "unreadable" | "impossible" } {
  const r = parseDate(serial, { serialSystem: date1904 ? 1904 : 1900 });
  return r.ok ? { date: r.value } : { error: r.code === "date-impossible" ? "impossible" : "unreadable" };
}

function useful(v: string | undefined): v is string {
  return !!v && !PLACEHOLDER.test(v);
}

function cellAt(cells: string[], c: number | undefined): string {
  return c === undefined ? "" : cells[c] ?? "";
}

/** Non-placeholder values of the columns, first occurrence of each kept, in column order. */
function distinctUseful(cells: string[], first: number[], second: number[]): string[] {
  const out: string[] = [];
  for (const list of [first, second]) {
    for (const c of list) {
      const v = cells[c];
      if (useful(v) && !out.includes(v)) out.push(v);
    }
  }
  return out;
}

/** The named counterparty; without one, a free-text description stands in (card statements). */
function counterpartyOf(cells: string[], plan: TablePlan, direction: ImportedPayment["direction"]): string {
  const named = cellAt(cells, direction === "in" ? plan.col.payerName : plan.col.payeeName);
  let name = useful(named) ? named : undefined;
  for (const c of plan.counterpartyCols) {
    if (name) break;
    const v = cells[c];
    if (useful(v)) name = v;
  }
  if (!name) for (const c of plan.freeTextCols) if (!name && cells[c]) name = cells[c];
  const out = name ?? "";
  return out.includes("  ") ? out.replace(/\s{2,}/g, " ").trim() : out;
}

/**
 * Reads one data row. Returns the payment, or undefined when the row could not be read (its
 * problems are in `rc.problems`), or "note" for a lone text cell under the data (not a row).
 */
export function readRow(row: TableRow, cells: string[], nonEmpty: number, plan: TablePlan, rc: RowContext, seenPayment: boolean): ImportedPayment | undefined | "note" {
  const before = rc.problems.length;
  const a = readAmount(row, cells, plan, rc);
  const dateCol = plan.col.date;
  const dateRaw = dateCol === undefined ? "" : cells[dateCol] ?? "";
  const dateCell = dateCol === undefined ? undefined : row.cells[dateCol];
  const dr = typeof dateCell === "number" ? serialDate(dateCell, rc.date1904) : parseCellDate(dateRaw, plan.order, plan.yearHint);
  if (!dr.date) {
    if ((a.failed || !a.amount) && seenPayment && nonEmpty <= 1) {
      rc.problems.length = before;
      return "note";
    }
    problem(rc, row.line, dateCol, dr.error === "missing" ? "date-missing" : dr.error === "impossible" ? "date-impossible" : "date-unreadable", dateRaw);
    return undefined;
  }
  if (a.failed || !a.amount) return undefined;
  // "-0.00" is no money out: a zero amount without a direction marker counts as money in.
  let amount = a.amount.isZero() ? a.amount.abs() : a.amount;
  let direction = a.direction;
  const dirCol = plan.col.direction;
  const dirCell = dirCol === undefined ? "" : cells[dirCol] ?? "";
  // Platform bills print unsigned amounts; an empty 收/支 there means the row is not counted either way.
  const stated = mapDirection(dirCell) ?? (dirCol !== undefined && !dirCell && plan.method !== "bank" ? "neutral" : undefined);
  if (stated) direction = stated;
  if (stated === "in") amount = amount.abs();
  else if (stated === "out") amount = amount.abs().negated();
  else if (direction === undefined) {
    if (plan.invertSign) amount = amount.negated();
    direction = amount.isNegative() ? "out" : "in";
  }
  if (dirCell && !stated) problem(rc, row.line, dirCol, "row-unreadable", dirCell, "the 收/支 / 借贷 cell is not 收入, 支出, 不计收支, 借 or 贷; the amount's sign was used");
  const ccyCell = plan.currencyCol === undefined ? "" : cells[plan.currencyCol] ?? "";
  const currency = currencyCode(ccyCell) ?? a.currency ?? plan.defaultCurrency;
  if (!currency) problem(rc, row.line, plan.currencyCol, "currency-unknown", ccyCell, "no currency column or symbol");
  const statusText = cellAt(cells, plan.col.status);
  const p: ImportedPayment = {
    id: `${rc.sheet}!${row.line}`,
    source: { sheet: rc.sheet, row: row.line },
    date: dr.date,
    amount,
    currency,
    direction: direction ?? "in",
    payer: "",
    method: plan.method,
    status: mapStatus(statusText, a.note),
  };
  p.payer = counterpartyOf(cells, plan, p.direction);
  const account = cellAt(cells, plan.col.account);
  if (useful(account)) p.payerAccount = account;
  const memo = distinctUseful(cells, plan.memoCols, plan.descriptionCols).join(" | ");
  if (memo) p.memo = memo;
  const refs = distinctUseful(cells, plan.referenceCols, []);
  if (refs.length) {
    p.reference = refs[0] as string;
    p.references = refs;
  }
  if (a.note) p.note = a.note;
  if (statusText) p.statusText = statusText;
  const valueDate = plan.col.valueDate === undefined ? undefined : parseCellDate(cellAt(cells, plan.col.valueDate), plan.order, plan.yearHint).date;
  if (valueDate) p.valueDate = valueDate;
  if (plan.transactionDateCol !== undefined) {
    const td = parseCellDate(cellAt(cells, plan.transactionDateCol), plan.order, plan.yearHint).date;
    if (td && td !== p.date) p.transactionDate = td;
  }
  const feeCell = cellAt(cells, plan.col.fee);
  if (feeCell) {
    const f = parseAmount(feeCell, { decimal: plan.decimals.get(plan.col.fee as number) ?? "auto" });
    if (f.ok && !f.value.isZero()) p.fee = f.value;
  }
  const channel = cellAt(cells, plan.col.method);
  if (channel) p.channel = channel;
  const description = cellAt(cells, plan.col.description);
  if (plan.method === "bank") {
    const what = `${description} ${cellAt(cells, plan.col.method)}`;
    if (/现金|取现|取款|存现|ATM|CASH/i.test(what)) p.method = "cash";
    else if (/CARD|刷卡|消费|POS/i.test(what) && !/转账|TRANSFER/i.test(what)) p.method = "card";
  }
  return p;
}
