// The reconcile pipeline on both adapters: same tabs from Office.js (in-memory host) and ExcelJS,
// sources untouched, re-runs replace rather than duplicate, apply refuses changed sources.
import { applyPreview } from "../../src/app/apply";
import { clearHighlights } from "../../src/app/highlights";
import { clearAllHighlights, updateState } from "../../src/app/state-actions";
import type { WorkbookPort } from "../../src/app/port";
import { previewWith } from "../../src/app/preview-core";
import { reconcileWorkbook } from "../../src/app/reconcile-workbook";
import { readState } from "../../src/app/state";
import { logRows, verifyLogChain } from "../../src/app/tabs/log-tab";
import { runExcelAction } from "../../src/excel/run-action";
import { XlsxPort } from "../../src/xlsx/xlsx-port";
import { fixedReaders } from "./fixed-readers";
import { handPlanner } from "./hand-planner";
import { hostFromWorkbook, loadSample, snapshotHostSheet, snapshotXlsxSheet } from "./workbooks";

const RUN = { lang: "en" as const, time: "2024-10-20T09:00:00Z", user: "tester" };
const OUTPUTS = ["_settle_marks", "Matches", "Unmatched", "Exceptions", "Settle Log", "_settle_state"];

async function tabs(port: WorkbookPort, names = OUTPUTS): Promise<unknown> {
  const grids = await port.readSheets(names);
  return grids.map((g) => ({ sheet: g.sheet, values: g.values, formats: g.numberFormats }));
}

describe("reconcile pipeline on both adapters", () => {
  it("writes the same tabs through Office.js and ExcelJS", async () => {
    const wb = await loadSample();
    const host = hostFromWorkbook(wb);
    const xlsx = new XlsxPort(wb);
    await reconcileWorkbook(xlsx, fixedReaders, RUN, handPlanner);
    await runExcelAction((port) => reconcileWorkbook(port, fixedReaders, RUN, handPlanner), { run: host.run });
    const fromOffice = await runExcelAction((port) => tabs(port), { run: host.run });
    expect(fromOffice).toEqual(await tabs(xlsx));
    expect(host.data.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Settlements", "Visible"],
      ["Payments", "Visible"],
      ["_settle_marks", "VeryHidden"],
      ["Matches", "Visible"],
      ["Unmatched", "Visible"],
      ["Exceptions", "Visible"],
      ["Settle Log", "Visible"],
      ["_settle_state", "VeryHidden"],
    ]);
    expect(wb.getWorksheet("_settle_state")!.state).toBe("veryHidden");
  });

  it("writes the same tabs through both adapters with the core readers and engine", async () => {
    const { coreReaders } = await import("../../src/app/core-readers");
    const { reconcile } = await import("../../src/core/reconcile");
    const wb = await loadSample();
    const host = hostFromWorkbook(wb);
    const xlsx = new XlsxPort(wb);
    await reconcileWorkbook(xlsx, coreReaders, RUN, reconcile);
    await runExcelAction((port) => reconcileWorkbook(port, coreReaders, RUN, reconcile), { run: host.run });
    expect(await runExcelAction((port) => tabs(port), { run: host.run })).toEqual(await tabs(xlsx));
    const [matches] = await xlsx.readSheets(["Matches"]);
    expect(matches!.values.length).toBeGreaterThan(8);
  });

  it("leaves every source value, formula and format as it was, and clears highlights completely", async () => {
    const wb = await loadSample();
    const host = hostFromWorkbook(wb);
    const before = ["Settlements", "Payments"].map((n) => snapshotXlsxSheet(wb.getWorksheet(n)!));
    const hostBefore = ["Settlements", "Payments"].map((n) => snapshotHostSheet(host, n));
    const xlsx = new XlsxPort(wb);
    await reconcileWorkbook(xlsx, fixedReaders, RUN, handPlanner);
    await runExcelAction((port) => reconcileWorkbook(port, fixedReaders, RUN, handPlanner), { run: host.run });
    expect(["Settlements", "Payments"].map((n) => snapshotXlsxSheet(wb.getWorksheet(n)!))).toEqual(before);
    expect(["Settlements", "Payments"].map((n) => snapshotHostSheet(host, n))).toEqual(hostBefore);
    // Five rules per source sheet, whatever its size; all of them reference the hidden marks sheet.
    expect(host.sheet("Payments")!.conditionalFormats).toHaveLength(5);
    expect(host.sheet("Payments")!.conditionalFormats.every((cf) => cf.formula.includes("'_settle_marks'!$B2"))).toBe(true);
    const cfs = (wb.getWorksheet("Payments") as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings;
    expect(cfs).toHaveLength(5);
    const slots = (await readState(xlsx)).highlights;
    await clearHighlights(xlsx, slots);
    await runExcelAction((port) => clearHighlights(port, slots), { run: host.run });
    expect((wb.getWorksheet("Payments") as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings).toHaveLength(0);
    expect(host.sheet("Payments")!.conditionalFormats).toHaveLength(0);
    expect(host.sheet("_settle_marks")!.values.flat().filter((v) => v !== undefined)).toEqual([]);
  });

  it("replaces the tabs on a re-run, identically, and chains the log", async () => {
    const wb = await loadSample();
    const host = hostFromWorkbook(wb);
    const xlsx = new XlsxPort(wb);
    await reconcileWorkbook(xlsx, fixedReaders, RUN, handPlanner);
    const first = await tabs(xlsx, ["Matches", "Unmatched", "Exceptions", "_settle_marks"]);
    await reconcileWorkbook(xlsx, fixedReaders, { ...RUN, time: "2024-10-21T09:00:00Z" }, handPlanner);
    expect(await tabs(xlsx, ["Matches", "Unmatched", "Exceptions", "_settle_marks"])).toEqual(first);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Settlements", "Payments", ...OUTPUTS]);
    const log = logRows((await xlsx.readSheets(["Settle Log"]))[0]!);
    expect(log).toHaveLength(2);
    expect(verifyLogChain(log)).toBe(-1);
    // Editing an earlier line breaks the chain from there, and the next run says so.
    expect(verifyLogChain([[...log[0]!.slice(0, 1), "mallory", ...log[0]!.slice(2)], log[1]!])).toBe(0);

    for (const time of ["2024-10-20T09:00:00Z", "2024-10-21T09:00:00Z"]) {
      await runExcelAction((port) => reconcileWorkbook(port, fixedReaders, { ...RUN, time }, handPlanner), { run: host.run });
    }
    expect(host.data.sheets).toHaveLength(8);
    expect(host.sheet("Payments")!.conditionalFormats).toHaveLength(5);
    expect(await runExcelAction((port) => tabs(port), { run: host.run })).toEqual(await tabs(xlsx));

    const logSheet = wb.getWorksheet("Settle Log")!;
    await logSheet.unprotect();
    logSheet.getCell("B2").value = "mallory";
    await reconcileWorkbook(xlsx, fixedReaders, { ...RUN, time: "2024-10-22T09:00:00Z" }, handPlanner);
    const [exceptions] = await xlsx.readSheets(["Exceptions"]);
    expect(exceptions!.values[1]!.slice(0, 2)).toEqual(["Settle Log!2", "log edited"]);
    expect(logRows((await xlsx.readSheets(["Settle Log"]))[0]!)).toHaveLength(3);
  });

  it("applies the previewed plan, and refuses when a source changed since the preview", async () => {
    const wb = await loadSample();
    const host = hostFromWorkbook(wb);
    const preview = await runExcelAction((port) => previewWith(port, fixedReaders, RUN, handPlanner), { run: host.run });
    host.sheet("Payments")!.values[2]![2] = 5601;
    const err = await runExcelAction((port) => applyPreview(port, preview, { ...RUN, verifySources: true }), { run: host.run }).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: "source-changed", detail: "Payments" });
    expect((err as Error).message).toMatch(/Preview again/);
    expect(host.sheet("Matches")).toBeUndefined();
    host.sheet("Payments")!.values[2]![2] = 5600;
    const result = await runExcelAction((port) => applyPreview(port, preview, { ...RUN, verifySources: true }), { run: host.run });
    expect(result.tabs).toEqual(["Matches", "Unmatched", "Exceptions", "Settle Log"]);
  });

  it("saves the team's mapping and clears all highlights from the pane", async () => {
    const wb = await loadSample();
    const host = hostFromWorkbook(wb);
    await runExcelAction((port) => reconcileWorkbook(port, fixedReaders, RUN, handPlanner), { run: host.run });
    await runExcelAction(
      (port) => updateState(port, (s) => ({ ...s, mapping: { ...s.mapping, payments: { sheet: "Payments", columns: { amount: "C", payer: "B" } } } })),
      { run: host.run },
    );
    await runExcelAction((port) => clearAllHighlights(port), { run: host.run });
    const state = await runExcelAction((port) => readState(port), { run: host.run });
    expect(state.mapping.payments).toEqual({ sheet: "Payments", columns: { amount: "C", payer: "B" } });
    expect(state.highlights).toEqual([]);
    expect(host.sheet("Settlements")!.conditionalFormats).toEqual([]);
    expect(host.sheet("Payments")!.conditionalFormats).toEqual([]);
  });

  it("names the tabs in Chinese for zh-CN and never keeps both languages", async () => {
    const wb = await loadSample();
    const xlsx = new XlsxPort(wb);
    await reconcileWorkbook(xlsx, fixedReaders, RUN, handPlanner);
    await reconcileWorkbook(xlsx, fixedReaders, { ...RUN, lang: "zh-CN" }, handPlanner);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Settlements", "Payments", "_settle_marks", "对账结果", "未达账项", "异常", "操作日志", "_settle_state"]);
    const [matches] = await xlsx.readSheets(["对账结果"]);
    expect(matches!.values[0]![0]).toBe("组号");
    expect(logRows((await xlsx.readSheets(["操作日志"]))[0]!)).toHaveLength(2);
  });
});
