// What a table reader decides once per table, before reading rows: where the header is, which
// column plays which role, the date order and decimal separator of each column, the platform.
import { inferDecimalSeparator } from "../../core/parse-amount";
import type { DecimalOption } from "../../core/parse-amount";
import type { PaymentMethod } from "../../core/model";
import type { CellValue } from "../../core/table/grid";
import type { ImportFormat } from "../types";
import { headerScore, mapColumns } from "./columns";
import type { Role } from "./columns";
import { inferDateOrder, statementMonth } from "./cell-date";
import type { DateOrder } from "./cell-date";

export interface TableRow {
  line: number;
  cells: CellValue[];
}

/** Cell text with the export noise removed: TAB / space padding and the WeChat-merchant backtick. */
export function cleanCell(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  const s = typeof v === "string" ? v : String(v);
  if (s === "") return s;
  const a = s.charCodeAt(0);
  const z = s.charCodeAt(s.length - 1);
  // Fast path: most cells have no padding at either end.
  if (a > 32 && a !== 96 && z > 32 && a !== 0x3000) return s;
  return s.replace(/^[\s`]+|\s+$/g, "");
}

export interface TablePlan {
  headerIndex: number;
  header: string[];
  preamble: string;
  format: ImportFormat;
  method: PaymentMethod;
  /** First column for each role (most specific synonym). */
  col: Partial<Record<Role, number>>;
  /** All columns for the multi-column roles. */
  memoCols: number[];
  descriptionCols: number[];
  /** Description columns that are free text (can stand in for a missing counterparty). */
  freeTextCols: number[];
  counterpartyCols: number[];
  referenceCols: number[];
  currencyCol?: number;
  transactionDateCol?: number;
  order: DateOrder;
  decimals: Map<number, DecimalOption>;
  yearHint?: { year: number; month: number };
  /** Card statement printing spending as positive: flip to the cardholder's cash view. */
  invertSign: boolean;
  /** Currency when no column or symbol gives one (Chinese bank exports are CNY). */
  defaultCurrency: string;
}

/** The row (0-based) that names the most known columns, requiring a date and an amount; -1 if none. */
export function findHeader(rows: TableRow[]): number {
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

function platformOf(format: ImportFormat, preamble: string, header: string[]): { format: ImportFormat; method: PaymentMethod } {
  const h = header.join(",");
  if (format === "wechat" || /微信/.test(preamble) || /交易单号.*商户单号|微信订单号/.test(h)) return { format: "wechat", method: "wechat" };
  if (format === "alipay" || /支付宝/.test(preamble)) return { format: "alipay", method: "alipay" };
  // JD Pay bills are reported as CSV (there is no JD-specific shape beyond the header); method "other".
  if (format === "jdpay" || /京东/.test(preamble)) return { format: "csv", method: "other" };
  return { format, method: "bank" };
}

/** A currency the amount header names as its unit: "Debit (GBP)", "金额（元）" (元 = CNY). */
function unitCurrency(header: string[], cols: (number | undefined)[]): string | undefined {
  for (const c of cols) {
    const m = /[(（]\s*([A-Z]{3}|元|人民币)\s*[)）]\s*$/.exec(header[c ?? -1] ?? "");
    if (m) return /^[A-Z]{3}$/.test(m[1] as string) ? m[1] : "CNY";
  }
  return undefined;
}

export function planTable(rows: TableRow[], headerIndex: number, format: ImportFormat): TablePlan {
  const header = (rows[headerIndex]?.cells ?? []).map(cleanCell);
  const preamble = rows.slice(0, headerIndex).map((r) => r.cells.map(cleanCell).join(" ")).join("\n");
  const platform = platformOf(format, preamble, header);
  const cols = mapColumns(header);
  const col: Partial<Record<Role, number>> = {};
  for (const [role, list] of Object.entries(cols)) if (list?.length) col[role as Role] = list[0];
  const dateCol = col.bookingDate ?? col.date ?? col.transactionDate;
  col.date = dateCol;
  const data = rows.slice(headerIndex + 1);
  const column = (c: number | undefined): string[] => (c === undefined ? [] : data.map((r) => cleanCell(r.cells[c])));
  const decimals = new Map<number, DecimalOption>();
  for (const c of [col.amount, col.income, col.expense, col.fee, col.refund]) {
    if (c !== undefined) decimals.set(c, inferDecimalSeparator(column(c).map((v) => v.replace(/\(.*\)$/, ""))));
  }
  // With duplicate currency columns (ING "Währung" after Saldo and after Betrag) take the one after the amount.
  const ccyCols = cols.currency ?? [];
  const amountCol = col.amount;
  const descriptionCols = cols.description ?? [];
  const plan: TablePlan = {
    headerIndex,
    header,
    preamble,
    format: platform.format,
    method: platform.method,
    col,
    memoCols: cols.memo ?? [],
    descriptionCols,
    freeTextCols: descriptionCols.filter((c) => !/类型|分类|名称|^type$/i.test(header[c] ?? "")),
    counterpartyCols: cols.counterparty ?? [],
    referenceCols: cols.reference ?? [],
    currencyCol: amountCol !== undefined ? ccyCols.find((c) => c > amountCol) ?? ccyCols[0] : ccyCols[0],
    order: inferDateOrder(column(dateCol)),
    decimals,
    invertSign: /信用卡/.test(preamble) && col.income === undefined && col.expense === undefined && col.direction === undefined,
    defaultCurrency: unitCurrency(header, [col.amount, col.income, col.expense]) ?? (/[\u4e00-\u9fff]/.test(header.join("")) || platform.method !== "bank" ? "CNY" : ""),
  };
  if (col.bookingDate !== undefined) {
    const other = cols.transactionDate?.[0] ?? cols.date?.find((c) => c !== dateCol);
    if (other !== undefined) plan.transactionDateCol = other;
  }
  const yearHint = statementMonth(preamble);
  if (yearHint) plan.yearHint = yearHint;
  return plan;
}
