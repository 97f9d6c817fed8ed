// Preview (engine-free part): read the inputs, reconcile, and keep everything apply needs, including fingerprints of
// the source sheets so apply can refuse if they changed in between. Nothing is written.
import type { Payment, Settlement } from "../core/model";
import type { Lang, Problem } from "../core/problems";
import type { ReconcileInput, ReconcileSettings } from "../core/reconcile";
import type { Plan } from "../core/reconcile/plan";
import type { CellValue, Grid } from "../core/table/grid";
import { fingerprintGrid } from "./fingerprint";
import { findInputSheets, type InputChoice } from "./find-inputs";
import type { HighlightArea } from "./highlights";
import type { InputReaders } from "./input-readers";
import type { WorkbookPort } from "./port";
import { STATE_SHEET, emptyState, parseState, type SettleState } from "./state";
import { logRows } from "./tabs/log-tab";
import { TAB_NAMES } from "./tabs/tab-names";

export interface PreviewOptions extends InputChoice {
  lang: Lang;
  /** Settings for this run (e.g. from --config); override what the workbook saved. */
  settings?: Partial<ReconcileSettings>;
  /** The report date, recorded with the run. */
  asOf?: string;
}

export interface Preview {
  lang: Lang;
  sheets: { settlements: string; payments: string };
  settlements: Settlement[];
  payments: Payment[];
  problems: Problem[];
  plan: Plan;
  settings: Partial<ReconcileSettings>;
  asOf?: string;
  /** Sheet name → fingerprint of its grid when previewed. */
  fingerprints: Record<string, string>;
  /** The data area of each source sheet, for highlights. */
  areas: Omit<HighlightArea, "marks">[];
  state: SettleState;
  /** Settle Log rows found in the workbook (to append to). */
  earlierLog: CellValue[][];
}

/** Reads the add-in state and any Settle Log in one batch. */
async function readBookkeeping(port: WorkbookPort): Promise<{ state: SettleState; log: CellValue[][] }> {
  const names = (await port.listSheets()).map((s) => s.name);
  const logName = [TAB_NAMES.log.en, TAB_NAMES.log["zh-CN"]].find((n) => names.includes(n));
  const wanted = [names.includes(STATE_SHEET) ? STATE_SHEET : undefined, logName].filter((n): n is string => !!n);
  const grids = wanted.length > 0 ? await port.readSheets(wanted) : [];
  const stateGrid = grids.find((g) => g.sheet === STATE_SHEET);
  const text = (stateGrid?.values ?? [])
    .slice(1)
    .map((row) => (row[0] === null || row[0] === undefined ? "" : String(row[0])))
    .join("");
  const state = text ? parseState(text) : emptyState();
  return { state, log: logRows(grids.find((g) => g.sheet === logName) ?? null) };
}

function area(grid: Grid, headerRow: number | undefined): Omit<HighlightArea, "marks"> {
  const width = Math.max(1, ...grid.values.map((r) => r.length));
  return {
    sheet: grid.sheet,
    firstRow: (headerRow ?? grid.firstRow) + 1,
    lastRow: grid.firstRow + grid.values.length - 1,
    firstColumn: grid.firstColumn,
    lastColumn: grid.firstColumn + width - 1,
  };
}

/** The engine: `reconcile` from core/reconcile (tests may pass a stand-in). */
export type Planner = (input: ReconcileInput) => Plan;

export async function previewWith(port: WorkbookPort, readers: InputReaders, options: PreviewOptions, planner: Planner): Promise<Preview> {
  const { state, log } = await readBookkeeping(port);
  const sheets = await findInputSheets(port, readers, state, options, options.lang);
  const [sGrid, pGrid] = await port.readSheets([sheets.settlements, sheets.payments]);
  const savedS = state.mapping.settlements?.sheet === sheets.settlements ? state.mapping.settlements : undefined;
  const savedP = state.mapping.payments?.sheet === sheets.payments ? state.mapping.payments : undefined;
  const s = readers.readSettlements(sGrid!, savedS, options.lang);
  const p = readers.readPayments(pGrid!, savedP, options.lang);
  const settings = { ...(state.settings as Partial<ReconcileSettings>), ...(options.settings ?? {}) };
  const plan = planner({
    settlements: s.records,
    payments: p.records,
    settings,
    aliases: state.aliases as ReconcileInput["aliases"],
    pinned: state.pinned as ReconcileInput["pinned"],
  });
  const mapping = { ...state.mapping };
  if (s.mapping) mapping.settlements = s.mapping;
  if (p.mapping) mapping.payments = p.mapping;
  const preview: Preview = {
    lang: options.lang,
    sheets,
    settlements: s.records,
    payments: p.records,
    problems: [...s.problems, ...p.problems],
    plan,
    settings,
    fingerprints: { [sGrid!.sheet]: fingerprintGrid(sGrid!), [pGrid!.sheet]: fingerprintGrid(pGrid!) },
    areas: [area(sGrid!, s.headerRow), area(pGrid!, p.headerRow)],
    state: { ...state, mapping },
    earlierLog: log,
  };
  if (options.asOf) preview.asOf = options.asOf;
  return preview;
}
