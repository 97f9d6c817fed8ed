// The output a statement reader fills, and the one way it records a problem (at a line / field of
// the file, in the user's language). Shared by the CAMT, MT940 and OFX readers.
import { makeProblem, type Problem } from "../../core/problems";
import type { ReaderContext, ReaderOutput, StatementInfo } from "../types";

export interface ReaderState extends Required<ReaderOutput> {
  statements: StatementInfo[];
  problem(row: number, column: string, code: Problem["code"], raw: string, detail?: string): void;
}

export function startReader(ctx: ReaderContext): ReaderState {
  const problems: Problem[] = [];
  return {
    payments: [],
    problems,
    balances: [],
    statements: [],
    problem(row, column, code, raw, detail) {
      problems.push(makeProblem({ sheet: ctx.sheet, row, column }, code, raw, { detail, lang: ctx.lang }));
    },
  };
}
