// A table of cells (from CSV text or a spreadsheet grid) → payments. Finds the header by its
// column names (not by counting preamble lines), maps columns once, reads each data row, and
// stops at footers (人民币合计, 以上数据仅供参考, #…结束). Every data row becomes a payment or a
// problem. TODO(core): hand the mapping to the core's `readPayments` when it lands.
import { makeProblem } from "../../core/problems";
import type { Problem } from "../../core/problems";
import type { ImportFormat, ImportedPayment, ReaderContext, ReaderOutput } from "../types";
import { parseCellDate } from "./cell-date";
import { fastAmount, readRow } from "./read-row";
import type { Money } from "../../core/money";
import type { RowContext } from "./read-row";
import { cleanCell, findHeader, planTable } from "./table-plan";
import { parseAmount } from "../../core/parse-amount";
import { columnLetter } from "../../core/table/grid";
import { checkRunningBalance } from "./running-balance";
import type { BalanceRow } from "./running-balance";
import type { TableRow } from "./table-plan";

export type { TableRow } from "./table-plan";
export { cleanCell } from "./table-plan";

const FOOTER = /^(#|-{5,}|—{3,}|人民币合计|合计|总计|总交易单数|以上数据|以上信息|本明细|导出时间|Total\b|Summe\b)/i;

/** Options for tables from spreadsheets. */
export interface TableOptions {
  /** Date serials count from 1904-01-01 (Mac Excel) rather than 1899-12-30. */
  date1904?: boolean;
}

export function readTable(rows: TableRow[], format: ImportFormat, ctx: ReaderContext, options: TableOptions = {}): ReaderOutput & { format: ImportFormat } {
  const payments: ImportedPayment[] = [];
  const problems: Problem[] = [];
  const h = findHeader(rows);
  if (h < 0) {
    problems.push(makeProblem({ sheet: ctx.sheet, row: 0, column: "" }, "header-not-found", "", { detail: "no row names a date and an amount column", lang: ctx.lang }));
    return { format, payments, problems, balances: [] };
  }
  const plan = planTable(rows, h, format);
  const rc: RowContext = { ...ctx, problems, date1904: options.date1904 ?? false };
  const dateCol = plan.col.date;
  const balanceRows: BalanceRow[] = [];
  let ended = false;
  for (let r = h + 1; r < rows.length; r++) {
    const row = rows[r] as TableRow;
    const cells = row.cells.map(cleanCell);
    let nonEmpty = 0;
    for (const c of cells) if (c !== "") nonEmpty++;
    if (nonEmpty === 0) continue;
    if (FOOTER.test(cells[0] ?? "")) {
      ended = true;
      continue;
    }
    // After a footer marker only rows that still carry a real date are transactions; the rest are totals.
    if (ended && !(dateCol !== undefined && parseCellDate(cells[dateCol] ?? "", "dmy").date)) continue;
    const p = readRow(row, cells, nonEmpty, plan, rc, payments.length > 0);
    if (p && p !== "note") {
      payments.push(p);
      const balanceCol = plan.col.balance;
      const balanceText = balanceCol === undefined ? "" : cells[balanceCol];
      if (balanceText) balanceRows.push({ line: row.line, amount: p.amount, balanceText, currency: p.currency, ...(p.fee ? { fee: p.fee } : {}) });
    }
  }
  if (plan.col.balance !== undefined) {
    const decimal = plan.decimals.get(plan.col.amount ?? -1) ?? "auto";
    const readBalance = (text: string): Money | undefined => {
      const fast = fastAmount(text, decimal);
      if (fast) return fast;
      const b = parseAmount(text, { decimal });
      return b.ok ? b.value : undefined;
    };
    problems.push(...checkRunningBalance(balanceRows, columnLetter(plan.col.balance + 1), ctx, readBalance));
  }
  return { format: plan.format, payments, problems, balances: [] };
}
