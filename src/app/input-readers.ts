// What the use-cases need from the core's table readers (src/core/table): a score saying how
// much a sheet looks like settlements or payments, and readers returning records, problems and
// the mapping they used. Passed in, so the use-cases are tested with any readers.
import type { Payment, Settlement } from "../core/model";
import type { Lang, Problem } from "../core/problems";
import type { Grid } from "../core/table/grid";
import type { SavedMapping } from "./state";

export interface ReadResult<T> {
  records: T[];
  problems: Problem[];
  /** The mapping used (found by header or the saved one), to save for next time. */
  mapping?: SavedMapping;
  /** 1-based header row the reader used. */
  headerRow?: number;
}

export interface InputReaders {
  /** How much the top of a sheet looks like each kind of input, 0 (not at all) to 1. */
  score(head: Grid): { settlements: number; payments: number };
  readSettlements(grid: Grid, saved: SavedMapping | undefined, lang: Lang): ReadResult<Settlement>;
  readPayments(grid: Grid, saved: SavedMapping | undefined, lang: Lang): ReadResult<Payment>;
}
