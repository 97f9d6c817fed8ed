// WorkbookPort on Office.js. One instance lives inside one Excel.run (one user action): writes are
// queued and sent in batches of at most SYNC_BUDGET bytes, reads are batched across sheets, and
// every sync goes through `sync()` so Office errors come out coded.
import type { CellValue, Grid } from "../core/table/grid";
import { cellFormatFor, cellValueFor } from "../app/cells";
import type { CellBlock, ChartSpec, ConditionalRule, SheetInfo, SheetVisibility, TabSpec, WorkbookPort } from "../app/port";
import { WorkbookError } from "../app/errors";
import { toWorkbookError } from "./office-errors";
import { SYNC_BUDGET, blocksBySize, jsonBytes } from "./payload";
import { readUsedRanges } from "./read-sheets";
import { appendBlock, trimGrid } from "./to-grid";

const VISIBILITY: Record<SheetVisibility, "Visible" | "Hidden" | "VeryHidden"> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

function fromVisibility(v: string): SheetVisibility {
  return v === "VeryHidden" ? "veryHidden" : v === "Hidden" ? "hidden" : "visible";
}

const HEADER_FILL = "#DDEBF7";

export class ExcelPort implements WorkbookPort {
  private pendingBytes = 0;
  private pendingSubject = "";
  private sheets: SheetInfo[] | null = null;

  constructor(private readonly ctx: Excel.RequestContext) {}

  /** Syncs, mapping Office errors; `subject` names the sheet(s) concerned for the message. */
  private async sync(subject = this.pendingSubject): Promise<void> {
    try {
      await this.ctx.sync();
    } catch (err) {
      throw toWorkbookError(err, subject);
    } finally {
      this.pendingBytes = 0;
      this.pendingSubject = "";
    }
  }

  /** Accounts for a queued write; sends the queue first when this write would overflow it. */
  private async reserve(bytes: number, subject: string): Promise<void> {
    if (this.pendingBytes > 0 && this.pendingBytes + bytes > SYNC_BUDGET) await this.flush();
    if (this.pendingBytes === 0) this.suspend();
    this.pendingBytes += bytes;
    this.pendingSubject = subject;
  }

  /** Calculation and screen updating stay off while a batch of writes lands. */
  private suspend(): void {
    const app = this.ctx.workbook.application;
    app.suspendApiCalculationUntilNextSync();
    if (typeof app.suspendScreenUpdatingUntilNextSync === "function") app.suspendScreenUpdatingUntilNextSync();
  }

  async flush(): Promise<void> {
    if (this.pendingBytes > 0) await this.sync();
  }

  async listSheets(): Promise<SheetInfo[]> {
    if (!this.sheets) {
      await this.flush();
      const sheets = this.ctx.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await this.sync("");
      this.sheets = sheets.items.map((s) => ({ name: s.name, visibility: fromVisibility(s.visibility) }));
    }
    return this.sheets.map((s) => ({ ...s }));
  }

  private async requireSheets(names: string[]): Promise<void> {
    const known = await this.listSheets();
    for (const name of names) {
      if (!known.some((s) => s.name === name)) throw new WorkbookError("sheet-missing", name);
    }
  }

  private has(name: string): boolean {
    return (this.sheets ?? []).some((s) => s.name === name);
  }

  async readSheets(names: string[]): Promise<Grid[]> {
    await this.requireSheets(names);
    await this.flush();
    return readUsedRanges(this.ctx, names, (subject) => this.sync(subject));
  }

  async readHeads(names: string[], rows: number, columns: number): Promise<Grid[]> {
    await this.requireSheets(names);
    await this.flush();
    const ranges = names.map((name) => {
      const range = this.ctx.workbook.worksheets.getItem(name).getRangeByIndexes(0, 0, rows, columns);
      range.load(["values", "numberFormat"]);
      return range;
    });
    await this.sync(names.join(", "));
    return names.map((name, i) => {
      const grid: Grid = { sheet: name, firstRow: 1, firstColumn: 1, values: [], numberFormats: [] };
      appendBlock(grid, ranges[i]!.values, ranges[i]!.numberFormat);
      return trimGrid(grid);
    });
  }

  async writeTab(tab: TabSpec): Promise<void> {
    await this.listSheets();
    const sheets = this.ctx.workbook.worksheets;
    await this.reserve(256, tab.name);
    if (this.has(tab.name)) {
      const old = sheets.getItem(tab.name);
      old.protection.unprotect();
      old.delete();
    }
    const ws = sheets.add(tab.name);
    this.remember(tab.name, tab.visibility ?? "visible");
    const width = tab.columns.length;
    const header = ws.getRangeByIndexes(0, 0, 1, width);
    header.numberFormat = [tab.columns.map(() => "@")];
    header.values = [tab.columns.map((c) => c.header)];
    header.format.font.bold = true;
    header.format.fill.color = HEADER_FILL;
    tab.columns.forEach((c, i) => {
      if (c.width) ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = c.width * 7;
    });
    // Values and formats per block; formats go first so "=…" lands in a text cell.
    const cells = tab.rows.map((row) => tab.columns.map((c, i) => cellValueFor(c.kind, row[i] ?? null)));
    const formats = cells.map((row) => row.map((v, i) => cellFormatFor(tab.columns[i]!.kind, v)));
    const rowBytes = (i: number): number => jsonBytes(cells[i]) + jsonBytes(formats[i]) + 2;
    for (const block of blocksBySize(cells.length, rowBytes, SYNC_BUDGET, this.pendingBytes)) {
      const v = cells.slice(block.start, block.start + block.rows);
      const f = formats.slice(block.start, block.start + block.rows);
      await this.reserve(block.bytes, tab.name);
      const target = this.ctx.workbook.worksheets.getItem(tab.name).getRangeByIndexes(1 + block.start, 0, block.rows, width);
      target.numberFormat = f;
      target.values = v;
    }
    await this.reserve(128, tab.name);
    if (tab.freezeHeader) ws.freezePanes.freezeRows(1);
    if (tab.visibility && tab.visibility !== "visible") ws.visibility = VISIBILITY[tab.visibility];
    if (tab.protect) ws.protection.protect();
  }

  private remember(name: string, visibility: SheetVisibility): void {
    this.sheets = [...(this.sheets ?? []).filter((s) => s.name !== name), { name, visibility }];
  }

  async ensureSheet(name: string, visibility: SheetVisibility): Promise<void> {
    await this.listSheets();
    await this.reserve(64, name);
    const ws = this.has(name) ? this.ctx.workbook.worksheets.getItem(name) : this.ctx.workbook.worksheets.add(name);
    ws.visibility = VISIBILITY[visibility];
    this.remember(name, visibility);
  }

  async writeCells(block: CellBlock): Promise<void> {
    const rowBytes = (i: number): number => jsonBytes(block.values[i]) * 2 + 2;
    for (const part of blocksBySize(block.values.length, rowBytes, SYNC_BUDGET, this.pendingBytes)) {
      const values = block.values.slice(part.start, part.start + part.rows).map((row) => row.map((v) => (v === null ? "" : v)));
      const width = Math.max(1, ...values.map((r) => r.length));
      const padded = values.map((r) => [...r, ...Array<CellValue>(width - r.length).fill("")]);
      await this.reserve(part.bytes, block.sheet);
      const target = this.ctx.workbook.worksheets
        .getItem(block.sheet)
        .getRangeByIndexes(block.row - 1 + part.start, block.column - 1, part.rows, width);
      target.numberFormat = padded.map((r) => r.map(() => "@"));
      target.values = padded;
    }
  }

  async clearCells(sheet: string, range: string): Promise<void> {
    await this.reserve(64, sheet);
    this.ctx.workbook.worksheets.getItem(sheet).getRange(range).clear("Contents");
  }

  async deleteSheet(name: string): Promise<void> {
    await this.listSheets();
    if (!this.has(name)) return;
    await this.reserve(64, name);
    const ws = this.ctx.workbook.worksheets.getItem(name);
    ws.protection.unprotect();
    ws.delete();
    this.sheets = (this.sheets ?? []).filter((s) => s.name !== name);
  }

  async addConditionalFormats(sheet: string, rules: ConditionalRule[]): Promise<void> {
    await this.reserve(rules.length * 256, sheet);
    const ws = this.ctx.workbook.worksheets.getItem(sheet);
    for (const rule of rules) {
      const cf = ws.getRange(rule.range).conditionalFormats.add("Custom");
      cf.custom.rule.formula = rule.formula;
      cf.custom.format.fill.color = rule.fill;
    }
  }

  async removeConditionalFormats(sheets: string[], marker: string): Promise<void> {
    const present = (await this.listSheets()).map((s) => s.name);
    const names = sheets.filter((s) => present.includes(s));
    if (names.length === 0) return;
    await this.flush();
    // Two syncs for any number of sheets: the rule types, then the custom rules' formulas.
    const collections = names.map((name) => {
      const cfs = this.ctx.workbook.worksheets.getItem(name).getRange().conditionalFormats;
      cfs.load("items/type");
      return cfs;
    });
    await this.sync(names.join(", "));
    const custom = collections.flatMap((cfs) => cfs.items.filter((cf) => cf.type === "Custom"));
    const rules = custom.map((cf) => {
      const rule = cf.custom.rule;
      rule.load("formula");
      return rule;
    });
    await this.sync(names.join(", "));
    custom.forEach((cf, i) => {
      if (rules[i]!.formula.includes(marker)) cf.delete();
    });
    await this.reserve(custom.length * 32 + 1, names.join(", "));
  }

  async addChart(chart: ChartSpec): Promise<boolean> {
    const type = { column: "ColumnClustered", line: "Line", pie: "Pie", bar: "BarClustered" } as const;
    await this.reserve(256, chart.sheet);
    const ws = this.ctx.workbook.worksheets.getItem(chart.sheet);
    const added = ws.charts.add(type[chart.kind], ws.getRange(chart.dataRange), "Auto");
    added.title.text = chart.title;
    added.setPosition(chart.anchor);
    return true;
  }
}
