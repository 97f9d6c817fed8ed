// The Office.js adapter on the in-memory host: Office's rules (load before read, 5 MB batches,
// "=…" becoming formulas) are kept by the host, so what passes here respects them in Excel.
import { WorkbookError } from "../../src/app/errors";
import type { TabSpec } from "../../src/app/port";
import { runExcelAction } from "../../src/excel/run-action";
import { OfficeHost } from "../support/office-host";

const tab: TabSpec = {
  name: "Out",
  columns: [
    { header: "Memo", kind: "text" },
    { header: "Amount", kind: "money" },
    { header: "Date", kind: "date" },
  ],
  rows: [
    ['=HYPERLINK("http://x","y")', "1234.50", "2024-10-17"],
    ["-12", "-0.10", null],
    ["+86 138", "0", "1900-01-01"],
    ["@home", null, null],
  ],
  freezeHeader: true,
};

describe("in-memory Office host keeps Office's rules", () => {
  it("throws PropertyNotLoaded when a property is read before load and sync", async () => {
    const host = new OfficeHost();
    host.addSheet("S", [["a"]]);
    await host.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1");
      expect(() => r.values).toThrow(/not available/);
      r.load("values");
      expect(() => r.values).toThrow(/not available/);
      await ctx.sync();
      expect(r.values).toEqual([["a"]]);
    });
  });

  it("turns '=…' into a formula unless the cell is text-formatted", async () => {
    const host = new OfficeHost();
    host.addSheet("S", []);
    await host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("A1").values = [["=1+1"]];
      ws.getRange("B1").numberFormat = [["@"]];
      ws.getRange("B1").values = [["=1+1"]];
      await ctx.sync();
    });
    expect(host.sheet("S")!.formulas[0]![0]).toBe("=1+1");
    expect(host.sheet("S")!.formulas[0]![1]).toBeUndefined();
    expect(host.sheet("S")!.values[0]![1]).toBe("=1+1");
  });

  it("fails a batch over 5 MB like Excel on the web", async () => {
    const host = new OfficeHost();
    host.addSheet("S", []);
    const big = Array.from({ length: 60_000 }, (_, i) => [`row ${i} ${"x".repeat(90)}`]);
    await expect(
      host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, big.length, 1).values = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });
});

describe("ExcelPort", () => {
  it("writes text that looks like a formula as text, dates as serials, amounts as numbers", async () => {
    const host = new OfficeHost();
    await runExcelAction((port) => port.writeTab(tab), { run: host.run });
    const out = host.sheet("Out")!;
    expect(out.formulas.flat().filter(Boolean)).toEqual([]);
    const grid = await runExcelAction(async (port) => (await port.readSheets(["Out"]))[0]!, { run: host.run });
    expect(grid.values).toEqual([
      ["Memo", "Amount", "Date"],
      ['=HYPERLINK("http://x","y")', 1234.5, 45582],
      ["-12", -0.1, null],
      ["+86 138", 0, 1],
      ["@home", null, null],
    ]);
    expect(grid.numberFormats![1]).toEqual(["@", "#,##0.00", "yyyy-mm-dd"]);
    expect(out.frozenRows).toBe(1);
    expect(host.runs).toBe(2);
  });

  it("replaces a tab on a second write instead of adding another", async () => {
    const host = new OfficeHost();
    await runExcelAction((port) => port.writeTab({ ...tab, protect: true }), { run: host.run });
    await runExcelAction((port) => port.writeTab({ ...tab, rows: tab.rows.slice(0, 1), protect: true }), { run: host.run });
    expect(host.data.sheets.map((s) => s.name)).toEqual(["Out"]);
    expect(host.sheet("Out")!.values.length).toBe(2);
    expect(host.sheet("Out")!.protected).toBe(true);
  });

  it("sends big writes in batches under 5 MB, syncs growing with bytes", async () => {
    const host = new OfficeHost();
    const rows = Array.from({ length: 50_000 }, (_, i) => [`客户 ${i} ${"备注".repeat(20)}`, `${i}.25`, "2024-01-31"]);
    await runExcelAction((port) => port.writeTab({ ...tab, rows }), { run: host.run });
    const payload = host.stats.requestBytes + host.stats.responseBytes;
    expect(host.stats.largestBatch).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(host.stats.syncs).toBeLessThanOrEqual(3 + Math.ceil(payload / (4 * 1024 * 1024)));
    expect(host.stats.suspendCalculation).toBeGreaterThan(0);
    expect(host.sheet("Out")!.values.length).toBe(50_001);
  });

  it("retries while the user edits a cell, then explains in both languages", async () => {
    const host = new OfficeHost();
    host.addSheet("S", [["a"]]);
    host.editMode.remaining = 2;
    const names = await runExcelAction((port) => port.listSheets(), { run: host.run, retryDelayMs: 1 });
    expect(names.map((s) => s.name)).toEqual(["S"]);
    host.editMode.remaining = 10;
    const err = await runExcelAction((port) => port.listSheets(), { run: host.run, retryDelayMs: 1, attempts: 3 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect((err as WorkbookError).code).toBe("cell-edit-mode");
    expect((err as WorkbookError).messageZh).toMatch(/编辑/);
  });

  it("adds a chart in Office (ExcelJS cannot, and says so)", async () => {
    const host = new OfficeHost();
    host.addSheet("Aging", [["Bucket", "Open"], ["1-30", 10], ["31-60", 5]]);
    const added = await runExcelAction(
      (p) => p.addChart({ sheet: "Aging", kind: "column", dataRange: "A1:B3", title: "Open by age", anchor: "D2" }),
      { run: host.run },
    );
    expect(added).toBe(true);
    expect(host.sheet("Aging")!.charts).toEqual([
      { type: "ColumnClustered", source: { r0: 0, c0: 0, r1: 2, c1: 1 }, title: "Open by age", anchor: "D2" },
    ]);
  });

  it("reads an empty sheet as an empty grid", async () => {
    const host = new OfficeHost();
    host.addSheet("Empty", []);
    host.addSheet("One", [["x"]]);
    const grids = await runExcelAction((p) => p.readSheets(["Empty", "One"]), { run: host.run });
    expect(grids.map((g) => g.values)).toEqual([[], [["x"]]]);
  });

  it("names a missing sheet and a protected one", async () => {
    const host = new OfficeHost();
    host.addSheet("Locked", [["a"]]).protected = true;
    await expect(runExcelAction((p) => p.readSheets(["Gone"]), { run: host.run })).rejects.toMatchObject({
      code: "sheet-missing",
      detail: "Gone",
    });
    await expect(
      runExcelAction((p) => p.writeCells({ sheet: "Locked", row: 1, column: 1, values: [["x"]] }), { run: host.run }),
    ).rejects.toMatchObject({ code: "sheet-protected", detail: "Locked" });
  });

  it("reads a big sheet in byte-sized blocks and removes only its own conditional formats", async () => {
    const host = new OfficeHost();
    const rows = Array.from({ length: 30_000 }, (_, i) => [`name ${i} ${"z".repeat(100)}`, i, 45000 + (i % 300)]);
    host.addSheet("Big", rows);
    host.sheet("Big")!.conditionalFormats.push({ rect: { r0: 0, c0: 0, r1: 5, c1: 0 }, type: "Custom", formula: "=A1>3", fill: "#FF0000" });
    const grid = await runExcelAction(async (p) => (await p.readSheets(["Big"]))[0]!, { run: host.run });
    expect(grid.values.length).toBe(30_000);
    expect(grid.values[29_999]).toEqual(rows[29_999]);
    expect(host.stats.largestBatch).toBeLessThanOrEqual(5 * 1024 * 1024);
    await runExcelAction(
      async (p) => {
        await p.addConditionalFormats("Big", [{ range: "A2:C30000", formula: "='_settle_marks'!$A2=\"M\"", fill: "#C6EFCE" }]);
        await p.flush();
        await p.removeConditionalFormats(["Big"], "_settle_marks");
      },
      { run: host.run },
    );
    expect(host.sheet("Big")!.conditionalFormats.map((c) => c.formula)).toEqual(["=A1>3"]);
  });
});
