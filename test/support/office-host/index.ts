// The in-memory Office host: `host.run` stands in for `Excel.run`, `host.sheets` is the workbook.
// Tests seed sheets with `host.addSheet`, run the Office adapter on it, and read `host.stats`.
import { HostContext, type HostOptions, type HostStats } from "./context";
import { type HostSheet, type HostValue, newSheet } from "./model";
import { setCellValue } from "./range";
import { HostWorksheetCollection } from "./worksheet";

export { HostError } from "./context";
export type { HostSheet, HostStats };

/** A seeded cell: a plain value, or a formula with its cached value, and an optional own format. */
export type SeedCell = HostValue | null | { formula: string; value: HostValue } | { value: HostValue | null; format?: string; fill?: string };

export class OfficeHost {
  readonly data = { sheets: [] as HostSheet[] };
  readonly stats: HostStats = {
    syncs: 0,
    requestBytes: 0,
    responseBytes: 0,
    largestBatch: 0,
    suspendCalculation: 0,
    suspendScreenUpdating: 0,
  };
  /** Set > 0 to make that many next syncs fail as if the user were editing a cell. */
  readonly editMode = { remaining: 0 };
  runs = 0;

  constructor(private readonly options: HostOptions = {}) {}

  /** Excel.run stand-in: a fresh request context per action. */
  readonly run = async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs += 1;
    const ctx = new HostContext(this.data, this.stats, this.editMode, this.options);
    ctx.workbook = {
      worksheets: new HostWorksheetCollection(ctx),
      application: ctx.application,
    };
    return batch(ctx as unknown as Excel.RequestContext);
  };

  addSheet(name: string, rows: SeedCell[][]): HostSheet {
    const sheet = newSheet(name);
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === null) return;
        if (typeof cell === "object" && "formula" in cell) {
          (sheet.formulas[r] ??= [])[c] = cell.formula;
          (sheet.values[r] ??= [])[c] = cell.value;
        } else if (typeof cell === "object") {
          if (cell.format) (sheet.formats[r] ??= [])[c] = cell.format;
          if (cell.fill) sheet.fills.set(`${r},${c}`, cell.fill);
          setCellValue(sheet, r, c, cell.value);
        } else {
          setCellValue(sheet, r, c, cell);
        }
      }),
    );
    this.data.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): HostSheet | undefined {
    return this.data.sheets.find((s) => s.name === name);
  }
}
