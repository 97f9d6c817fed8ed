// A table of cells (from CSV text or a spreadsheet grid) → payments. Finds the header by its
// column names (not by counting preamble lines), maps columns, reads each data row, and stops at
// footers (人民币合计, 以上数据仅供参考, #…结束). Every data row becomes a payment or a problem.
import { parseAmount, inferDecimalSeparator } from "../../core/parse-amount";
import type { DecimalOption } from "../../core/parse-amount";
import type { Money } from "../../core/money";
import { makeProblem } from "../../core/problems";
import type { Problem } from "../../core/problems";
import type { CellValue } from "../../core/table/grid";
import { columnLetter } from "../../core/table/grid";
import type { PaymentMethod } from "../../core/model";
import type { ImportFormat, ImportedPayment, ReaderContext, ReaderOutput } from "../types";
import { headerScore, mapColumns } from "./columns";
import type { ColumnMap, Role } from "./columns";
import { inferDateOrder, parseCellDate, statementMonth } from "./cell-date";
import type { DateOrder } from "./cell-date";
import { mapDirection, mapStatus } from "./platform-status";
import { serialToIsoDate } from "./excel-serial";

export interface TableRow {
  line: number;
  cells: CellValue[];
}

/** Cell text with the export noise removed: TAB padding, the WeChat-merchant backtick, spaces. */
export function cleanCell(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  return String(v).replace(/^[\s`]+|[\s\t]+$/g, "").replace(/^`/, "");
}

const FOOTER = /^(#|-{5,}|—{3,}|人民币合计|合计|总计|总交易单数|以上数据|以上信息|本明细|导出时间|Total\b|Summe\b)/i;
const CURRENCY_WORDS: Record<string, string> = { 人民币: "CNY", rmb: "CNY", 人民币元: "CNY", 美元: "USD", 港币: "HKD", 港元: "HKD", 欧元: "EUR", 日元: "JPY", 英镑: "GBP" };

function findHeader(rows: TableRow[]): number {
  let best = -1;
  let bestScore = 0;
  for (let r = 0; r < Math.min(rows.length, 80); r++) {
    const score = headerScore((rows[r]?.cells ?? []).map(cleanCell));
    if (score > bestScore) {
      bestScore = score;
      best = r;
    }
  }
  return bestScore >= 2 ? best : -1;
}

function currencyCode(raw: string): string | undefined {
  const t = raw.trim();
  if (/^[A-Z]{3}$/.test(t)) return t;
  return CURRENCY_WORDS[t.toLowerCase()] ?? CURRENCY_WORDS[t];
}

/** The platform a header belongs to, for the format label and the payment method. */
function platformOf(format: ImportFormat, preamble: string, header: string[]): { format: ImportFormat; method: PaymentMethod } {
  const h = header.join(",");
  if (format === "wechat" || /微信/.test(preamble) || /交易单号.*商户单号|微信订单号/.test(h)) return { format: "wechat", method: "wechat" };
  if (format === "alipay" || /支付宝/.test(preamble)) return { format: "alipay", method: "alipay" };
  // JD Pay bills are reported as CSV (there is no JD-specific shape beyond the header); method "other".
  if (format === "jdpay" || /京东/.test(preamble)) return { format: "csv", method: "other" };
  return { format, method: "bank" };
}

/** Options for tables from spreadsheets. */
export interface TableOptions {
  /** Date serials count from 1904-01-01 (Mac Excel) rather than 1899-12-30. */
  date1904?: boolean;
}

export function readTable(rows: TableRow[], format: ImportFormat, ctx: ReaderContext, options: TableOptions = {}): ReaderOutput & { format: ImportFormat } {
  const payments: ImportedPayment[] = [];
  const problems: Problem[] = [];
  const problem = (row: number, col: number | undefined, code: Problem["code"], raw: string, detail?: string): void => {
    problems.push(makeProblem({ sheet: ctx.sheet, row, column: col === undefined ? "" : columnLetter(col + 1) }, code, raw, { detail, lang: ctx.lang }));
  };
  const h = findHeader(rows);
  if (h < 0) {
    problem(0, undefined, "header-not-found", "", "no row names a date and an amount column");
    return { format, payments, problems, balances: [] };
  }
  const header = (rows[h]?.cells ?? []).map(cleanCell);
  const preamble = rows.slice(0, h).map((r) => r.cells.map(cleanCell).join(" ")).join("\n");
  const platform = platformOf(format, preamble, header);
  const cols: ColumnMap = mapColumns(header);
  const first = (role: Role): number | undefined => cols[role]?.[0];
  const dateCol = first("bookingDate") ?? first("date") ?? first("transactionDate");
  const txDateCol = first("bookingDate") !== undefined ? first("transactionDate") ?? (first("date") !== dateCol ? first("date") : undefined) : undefined;
  const amountCol = first("amount");
  const incomeCol = first("income");
  const expenseCol = first("expense");
  // With duplicate currency columns (ING "Währung" after Saldo and after Betrag) take the one after the amount.
  const ccyCols = cols.currency ?? [];
  const currencyCol = amountCol !== undefined ? ccyCols.find((c) => c > amountCol) ?? ccyCols[0] : ccyCols[0];
  const data = rows.slice(h + 1);
  const column = (c: number | undefined): string[] => (c === undefined ? [] : data.map((r) => cleanCell(r.cells[c])));
  const order: DateOrder = inferDateOrder(column(dateCol));
  const decimals = new Map<number, DecimalOption>();
  for (const c of [amountCol, incomeCol, expenseCol, first("fee")]) {
    if (c !== undefined) decimals.set(c, inferDecimalSeparator(column(c).map((v) => v.replace(/\(.*\)$/, ""))));
  }
  const yearHint = statementMonth(preamble);
  // Card statements print spending as positive: read them from the cardholder's cash view.
  const cardStatement = /信用卡/.test(preamble) && incomeCol === undefined && expenseCol === undefined && first("direction") === undefined;
  const chinese = /[\u4e00-\u9fff]/.test(header.join(""));
  let ended = false;
  for (const row of data) {
    const cells = row.cells.map(cleanCell);
    const nonEmpty = cells.filter((c) => c !== "");
    if (nonEmpty.length === 0) continue;
    if (FOOTER.test(cells[0] ?? "")) {
      ended = true;
      continue;
    }
    // After a footer marker only rows that still carry a real date are transactions; the rest are totals.
    if (ended && !(dateCol !== undefined && parseCellDate(cells[dateCol] ?? "", "dmy").date)) continue;
    const read = (c: number | undefined): string => (c === undefined ? "" : cells[c] ?? "");
    const amountOf = (c: number): { value?: Money; note?: string; currency?: string; raw: string } | undefined => {
      const raw = row.cells[c];
      const text = typeof raw === "number" ? raw : cleanCell(raw);
      if (text === "" || text === "-" || text === "/") return undefined;
      const r = parseAmount(text, { decimal: decimals.get(c) ?? "auto" });
      if (!r.ok) {
        problem(row.line, c, r.code, String(text), r.detail);
        return { raw: String(text) };
      }
      return { value: r.value, note: r.note, currency: r.currency, raw: String(text) };
    };
    let amount: Money | undefined;
    let note: string | undefined;
    let symbolCcy: string | undefined;
    let direction: ImportedPayment["direction"] | undefined;
    let failed = false;
    if (amountCol !== undefined) {
      const a = amountOf(amountCol);
      if (!a) {
        problem(row.line, amountCol, "amount-missing", "");
        failed = true;
      } else if (!a.value) failed = true;
      else {
        amount = a.value;
        note = a.note;
        symbolCcy = a.currency;
      }
    } else {
      const inc = incomeCol !== undefined ? amountOf(incomeCol) : undefined;
      const exp = expenseCol !== undefined ? amountOf(expenseCol) : undefined;
      if ((inc && !inc.value) || (exp && !exp.value)) failed = true;
      else if (inc?.value && !inc.value.isZero()) {
        amount = inc.value.abs();
        direction = "in";
        note = inc.note;
      } else if (exp?.value && !exp.value.isZero()) {
        amount = exp.value.abs().negated();
        direction = "out";
        note = exp.note;
      } else if (inc?.value || exp?.value) {
        amount = (inc?.value ?? exp?.value) as Money;
        direction = inc?.value ? "in" : "out";
      } else {
        problem(row.line, incomeCol ?? expenseCol, "amount-missing", "", "both the income and the expense cell are empty");
        failed = true;
      }
    }
    const refundCol = first("refund");
    if (amount !== undefined && amount.isZero() && refundCol !== undefined && platform.method === "wechat") {
      // WeChat merchant bills put a refund on its own row: 应结订单金额 0, 退款金额 the money paid back.
      const r = parseAmount(read(refundCol));
      if (r.ok && !r.value.isZero()) {
        amount = r.value.abs().negated();
        direction = "out";
      }
    }
    const dateRaw = read(dateCol);
    const dateCell = row.cells[dateCol ?? -1];
    const dr = typeof dateCell === "number" ? { date: serialToIsoDate(dateCell + (options.date1904 ? 1462 : 0)) } : parseCellDate(dateRaw, order, yearHint);
    if (!dr.date) {
      // A row with neither a date nor an amount after the data is a summary line, not a transaction.
      if (failed || amount === undefined) {
        if (payments.length > 0 && nonEmpty.length <= 3) {
          problems.splice(problems.length - 1, 1);
          ended = true;
          continue;
        }
      }
      problem(row.line, dateCol, dr.error === "missing" ? "date-missing" : dr.error === "impossible" ? "date-impossible" : "date-unreadable", dateRaw);
      failed = true;
    }
    if (failed || amount === undefined) continue;
    const dirCell = read(first("direction"));
    const stated = mapDirection(dirCell);
    if (stated) direction = stated;
    if (stated === "in") amount = amount.abs();
    else if (stated === "out") amount = amount.abs().negated();
    else if (!stated && direction === undefined) {
      if (cardStatement) amount = amount.negated();
      direction = amount.isNegative() ? "out" : "in";
    }
    if (dirCell && !stated) problem(row.line, first("direction"), "row-unreadable", dirCell, "the 收/支 / 借贷 cell is not 收入, 支出, 不计收支, 借 or 贷; the amount's sign was used");
    const ccyCell = read(currencyCol);
    const ccy = currencyCode(ccyCell) ?? symbolCcy ?? (/人民币/.test(header[amountCol ?? -1] ?? "") || chinese || platform.method !== "bank" ? "CNY" : "");
    if (!ccy) problem(row.line, currencyCol, "currency-unknown", ccyCell, "no currency column or symbol");
    const statusText = read(first("status"));
    const p: ImportedPayment = {
      id: `${ctx.sheet}!${row.line}`,
      source: { sheet: ctx.sheet, row: row.line },
      date: dr.date as string,
      amount,
      currency: ccy,
      direction: direction ?? "in",
      payer: "",
      method: platform.method,
      status: mapStatus(statusText, note),
    };
    const description = (cols.description ?? []).map((c) => cells[c] ?? "").filter(Boolean);
    // Only a free-text description can stand in for a missing counterparty, not a type code (NATIVE, 商户消费).
    const freeText = (cols.description ?? []).filter((c) => !/类型|分类|名称|^type$/i.test(header[c] ?? "")).map((c) => cells[c] ?? "").filter(Boolean);
    const memoParts = [...(cols.memo ?? []).map((c) => cells[c] ?? ""), ...description].filter((v) => v && v !== "/" && !/^-+$/.test(v));
    const nameCol = p.direction === "in" ? first("payerName") : first("payeeName");
    const name = [read(nameCol), ...(cols.counterparty ?? []).map((c) => cells[c] ?? "")].find((v) => v && v !== "/" && !/^-+$/.test(v));
    p.payer = (name ?? freeText[0] ?? "").replace(/\s{2,}/g, " ").trim();
    const account = read(first("account"));
    if (account && !/^-+$|^\/$/.test(account)) p.payerAccount = account;
    const memo = [...new Set(memoParts)].join(" | ");
    if (memo) p.memo = memo;
    const refs = (cols.reference ?? []).map((c) => cells[c] ?? "").filter((v) => v && v !== "/" && !/^-+$/.test(v));
    if (refs.length) {
      p.reference = refs[0] as string;
      p.references = [...new Set(refs)];
    }
    if (note) p.note = note;
    if (statusText) p.statusText = statusText;
    const valueDate = parseCellDate(read(first("valueDate")), order, yearHint).date;
    if (valueDate) p.valueDate = valueDate;
    if (txDateCol !== undefined) {
      const td = parseCellDate(read(txDateCol), order, yearHint).date;
      if (td && td !== p.date) p.transactionDate = td;
    }
    const feeCol = first("fee");
    if (feeCol !== undefined && read(feeCol)) {
      const f = parseAmount(read(feeCol), { decimal: decimals.get(feeCol) ?? "auto" });
      if (f.ok && !f.value.isZero()) p.fee = f.value;
    }
    const channel = read(first("method"));
    if (channel) p.channel = channel;
    if (platform.method === "bank" && /CARD|刷卡|消费|POS/i.test(`${read(first("description"))}`) && !/转账|TRANSFER/i.test(read(first("description")))) {
      p.method = "card";
    }
    payments.push(p);
  }
  return { format: platform.format, payments, problems, balances: [] };
}
