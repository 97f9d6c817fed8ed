// The balance check of a bank CSV: each row's 余额 / Balance should be the previous row's balance
// plus (or, for newest-first exports, minus) the amount. The file's order is taken from the pairs
// that fit; a pair that fits neither means a missing or altered line and becomes a warning. When no
// pair fits at all the column is not a running balance of these amounts and nothing is said. Rows
// are paired with the previous row of the same currency (PayPal keeps one balance per currency),
// and a fee column counts (PayPal's balance moves by Gross + Fee). Unless two thirds of the pairs
// fit, the file is not in booking order (or the column means something else) and nothing is said.
import type { Money } from "../../core/money";
import { toDecimalString } from "../../core/money";
import { makeProblem } from "../../core/problems";
import type { Problem } from "../../core/problems";
import type { ReaderContext } from "../types";

export interface BalanceRow {
  line: number;
  amount: Money;
  /** Signed fee the same row reports (PayPal Fee), when any. */
  fee?: Money;
  /** The balance cell as written; read only when the check runs. */
  balanceText: string;
  balance?: Money;
  currency: string;
}

/** Does moving from `from` by the amount of `by` (with or without its fee) give `to`? */
function moves(from: Money, by: BalanceRow, to: Money): boolean {
  const after = from.plus(by.amount);
  return after.equals(to) || (by.fee !== undefined && after.plus(by.fee).equals(to));
}

/** Fits of the first pairs: a file that is no running balance is dismissed without reading it all. */
function sampleFits(rows: BalanceRow[], read: (r: BalanceRow) => Money | undefined): boolean {
  let fit = 0;
  let total = 0;
  for (let i = 1; i < rows.length && total < 60; i++) {
    const a = rows[i - 1] as BalanceRow;
    const b = rows[i] as BalanceRow;
    const [ba, bb] = [read(a), read(b)];
    if (a.currency !== b.currency || !ba || !bb) continue;
    total++;
    if (moves(ba, b, bb) || moves(bb, a, ba)) fit++;
  }
  return total === 0 || fit * 3 >= total;
}

export function checkRunningBalance(rows: BalanceRow[], column: string, ctx: ReaderContext, read: (text: string) => Money | undefined): Problem[] {
  const value = (r: BalanceRow): Money | undefined => (r.balance ??= read(r.balanceText));
  // Interleaved currencies make neighbours differ; the per-currency pass below still checks them.
  if (!sampleFits(rows, value) && new Set(rows.slice(0, 60).map((r) => r.currency)).size === 1) return [];
  const pairs: [BalanceRow & { balance: Money }, BalanceRow & { balance: Money }][] = [];
  const last = new Map<string, BalanceRow & { balance: Money }>();
  for (const row of rows) {
    if (!value(row)) continue;
    const withBalance = row as BalanceRow & { balance: Money };
    const previous = last.get(row.currency);
    if (previous) pairs.push([previous, withBalance]);
    last.set(row.currency, withBalance);
  }
  const up = pairs.filter(([a, b]) => moves(a.balance, b, b.balance)).length;
  const down = pairs.filter(([a, b]) => moves(b.balance, a, a.balance)).length;
  const ascending = up >= down;
  if (Math.max(up, down) * 3 < pairs.length * 2) return [];
  const problems: Problem[] = [];
  for (const [a, b] of pairs) {
    const [before, at] = ascending ? [a, b] : [b, a];
    if (moves(before.balance, at, at.balance)) continue;
    const detail = `row ${before.line} balance ${toDecimalString(before.balance)} + ${toDecimalString(at.amount)} ≠ ${toDecimalString(at.balance)} on row ${at.line}`;
    problems.push(makeProblem({ sheet: ctx.sheet, row: at.line, column }, "balance-mismatch", toDecimalString(at.balance), { detail, lang: ctx.lang }));
  }
  return problems;
}
