// Test readers with fixed columns, standing in for the core's header-finding readers so the
// use-cases can be tested on their own. Columns follow assets/sample-settlements.xlsx.
import type { InputReaders, ReadResult } from "../../src/app/input-readers";
import type { Payment, Settlement } from "../../src/core/model";
import { money } from "../../src/core/money";
import { makeProblem, type Problem } from "../../src/core/problems";
import type { CellValue, Grid } from "../../src/core/table/grid";

function iso(v: CellValue): string | undefined {
  if (typeof v !== "number") return undefined;
  const ms = Math.round((v - 25569) * 86_400_000);
  return new Date(ms).toISOString().slice(0, 10);
}

function rows(grid: Grid): { row: number; cells: CellValue[] }[] {
  return grid.values.slice(1).map((cells, i) => ({ row: grid.firstRow + 1 + i, cells }));
}

function amountOf(v: CellValue, at: { sheet: string; row: number; column: string }, problems: Problem[]): ReturnType<typeof money> | undefined {
  if (typeof v === "number") return money(String(v));
  problems.push(makeProblem(at, "amount-unreadable", String(v ?? "")));
  return undefined;
}

export const fixedReaders: InputReaders = {
  score(head) {
    const header = (head.values[0] ?? []).map(String);
    return { settlements: header.includes("发票号") ? 1 : 0, payments: header.includes("付款方") ? 1 : 0 };
  },
  readSettlements(grid): ReadResult<Settlement> {
    const problems: Problem[] = [];
    const records: Settlement[] = [];
    for (const { row, cells } of rows(grid)) {
      const amount = amountOf(cells[4] ?? null, { sheet: grid.sheet, row, column: "E" }, problems);
      if (!amount) continue;
      const s: Settlement = {
        id: `${grid.sheet}!${row}`,
        source: { sheet: grid.sheet, row },
        ref: String(cells[0] ?? ""),
        customer: String(cells[1] ?? ""),
        amount,
        currency: String(cells[5] ?? "CNY"),
      };
      const issue = iso(cells[2] ?? null);
      const due = iso(cells[3] ?? null);
      if (issue) s.issueDate = issue;
      if (due) s.dueDate = due;
      records.push(s);
    }
    return { records, problems, headerRow: grid.firstRow, mapping: { sheet: grid.sheet, headerRow: grid.firstRow, columns: { ref: "A", customer: "B", amount: "E" } } };
  },
  readPayments(grid): ReadResult<Payment> {
    const problems: Problem[] = [];
    const records: Payment[] = [];
    for (const { row, cells } of rows(grid)) {
      const amount = amountOf(cells[2] ?? null, { sheet: grid.sheet, row, column: "C" }, problems);
      if (!amount) continue;
      const status = cells[5] === "退款" ? "refunded" : "ok";
      records.push({
        id: `${grid.sheet}!${row}`,
        source: { sheet: grid.sheet, row },
        date: iso(cells[0] ?? null) ?? "2024-01-01",
        amount,
        currency: "CNY",
        direction: amount.isNegative() ? "out" : "in",
        payer: String(cells[1] ?? ""),
        memo: String(cells[3] ?? ""),
        reference: String(cells[4] ?? ""),
        method: "bank",
        status,
      });
    }
    return { records, problems, headerRow: grid.firstRow, mapping: { sheet: grid.sheet, headerRow: grid.firstRow, columns: { date: "A", payer: "B", amount: "C" } } };
  },
};
