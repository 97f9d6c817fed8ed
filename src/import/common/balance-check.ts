// The balance check every statement format shares: opening + movements = closing. Bank samples
// are often anonymised and do not add up, so a mismatch is a warning (a Problem), never an error.
import type { Money } from "../../core/money";
import { toDecimalString } from "../../core/money";
import { makeProblem } from "../../core/problems";
import type { Problem } from "../../core/problems";
import type { ReaderContext, StatementBalance } from "../types";

/** Problems for one statement: none when balances are absent or add up. */
export function checkBalances(
  statementId: string,
  balances: StatementBalance[],
  movements: Money,
  row: number,
  ctx: ReaderContext,
): Problem[] {
  const opening = balances.find((b) => b.kind === "opening");
  const closing = [...balances].reverse().find((b) => b.kind === "closing");
  if (!opening || !closing || opening.currency !== closing.currency) return [];
  const expected = opening.amount.plus(movements);
  if (expected.equals(closing.amount)) return [];
  const detail = `${statementId}: ${toDecimalString(opening.amount)} + ${toDecimalString(movements)} = ${toDecimalString(expected)} ≠ ${toDecimalString(closing.amount)} ${closing.currency}`;
  return [makeProblem({ sheet: ctx.sheet, row, column: "" }, "balance-mismatch", toDecimalString(closing.amount), { detail, lang: ctx.lang })];
}
