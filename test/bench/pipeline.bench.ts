// `npm run bench pipeline`: reconcile N settlements × N payments (default 100k × 100k) end to end
// through the ExcelJS adapter — load the .xlsx, read both sheets, match, write the output tabs and
// highlights, save — printing the time of each step and the peak memory.
// Uses the core readers and engine when they are in the build, else the test stand-ins (said so).
import ExcelJS from "exceljs";
import type { InputReaders } from "../../src/app/input-readers";
import type { Planner } from "../../src/app/preview-core";
import { reconcileWorkbook } from "../../src/app/reconcile-workbook";
import { loadXlsx, saveXlsx } from "../../src/xlsx/xlsx-file";
import { XlsxPort } from "../../src/xlsx/xlsx-port";
import { fixedReaders } from "../app/fixed-readers";
import { indexPlanner } from "../app/hand-planner";
import { paymentRows, settlementRows } from "../app/volume";

function toSheet(wb: ExcelJS.Workbook, name: string, rows: ReturnType<typeof settlementRows>, dateCols: number[]): void {
  const ws = wb.addWorksheet(name);
  rows.forEach((row, r) =>
    ws.addRow(row.map((v, c) => (r > 0 && dateCols.includes(c) && typeof v === "number" ? new Date(Math.round((v - 25569) * 86_400_000)) : v))),
  );
  for (const c of dateCols) ws.getColumn(c + 1).numFmt = "yyyy-mm-dd";
}

async function engine(): Promise<{ planner: Planner; readers: InputReaders; label: string }> {
  let planner: Planner = indexPlanner;
  let readers: InputReaders = fixedReaders;
  const used: string[] = [];
  try {
    planner = (await import("../../src/core/reconcile")).reconcile;
    used.push("core engine");
  } catch {
    used.push("stand-in planner (core engine not loadable)");
  }
  try {
    const mod = (await import("../../src/app/core-readers" as string)) as { coreReaders: InputReaders };
    readers = mod.coreReaders;
    used.push("core readers");
  } catch {
    used.push("fixed-column stand-in readers (core/table not in the build)");
  }
  return { planner, readers, label: used.join(", ") };
}

export async function run(): Promise<void> {
  const n = Number(process.env.SETTLE_BENCH_ROWS ?? 100_000);
  let t = performance.now();
  const lap = (what: string): void => {
    const now = performance.now();
    console.log(`${what.padEnd(46)} ${((now - t) / 1000).toFixed(2)} s   rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
    t = now;
  };
  const source = new ExcelJS.Workbook();
  toSheet(source, "Settlements", settlementRows(n), [2, 3]);
  toSheet(source, "Payments", paymentRows(n), [0]);
  const bytes = await saveXlsx(source);
  lap(`generate ${n} × ${n} rows (${(bytes.length / 1048576).toFixed(1)} MB .xlsx)`);
  const { planner, readers, label } = await engine();
  console.log(`using: ${label}`);
  t = performance.now();
  const start = t;
  const wb = await loadXlsx(bytes);
  lap("load .xlsx (ExcelJS)");
  const port = new XlsxPort(wb);
  const { preview } = await reconcileWorkbook(port, readers, { lang: "en", time: "2024-10-20T09:00:00Z", user: "bench" }, planner);
  lap(`read + reconcile + write tabs (${preview.plan.groups.length} groups)`);
  const out = await saveXlsx(wb);
  lap(`save .xlsx (${(out.length / 1048576).toFixed(1)} MB)`);
  console.log(`end to end ${((performance.now() - start) / 1000).toFixed(2)} s, peak rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
