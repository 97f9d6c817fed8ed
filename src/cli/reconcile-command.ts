// `settle reconcile <book.xlsx>`: the reconcile use-case on an .xlsx file through the ExcelJS
// adapter. Writes the output tabs to --out (never the input) and, with --json, the plan contract.
// Exit 0 on success (problems in the data are reported, not fatal), 2 with one line naming the
// file and the reason on bad usage or an unreadable file.
import { readFileSync, writeFileSync } from "node:fs";
import type { InputReaders } from "../app/input-readers";
import { isWorkbookError } from "../app/errors";
import { planJson } from "../app/plan-json";
import type { Planner } from "../app/preview-core";
import { reconcileWorkbook } from "../app/reconcile-workbook";
import { loadXlsx, saveXlsx } from "../xlsx/xlsx-file";
import { XlsxPort } from "../xlsx/xlsx-port";
import { RECONCILE_USAGE, parseReconcileArgs } from "./reconcile-args";
import { readConfig } from "./read-config";

export interface ReconcileDeps {
  readers: InputReaders;
  planner: Planner;
  /** The moment recorded in the Settle Log (ISO). */
  now: () => string;
  user: () => string;
}

function fail(file: string, reason: string): number {
  console.error(`settle reconcile: ${file}: ${reason}`);
  return 2;
}

export async function runReconcileCommand(argv: string[], deps?: ReconcileDeps): Promise<number> {
  const args = parseReconcileArgs(argv);
  if (typeof args === "string") {
    console.error(`settle reconcile: ${args}\n${RECONCILE_USAGE}`);
    return 2;
  }
  // Loaded on demand: the real readers and engine are only needed when no others are given.
  const d = deps ?? (await import("./reconcile-deps")).defaultDeps();
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(args.book);
  } catch (err) {
    return fail(args.book, (err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : String((err as Error).message));
  }
  let settings;
  try {
    settings = args.config ? readConfig(args.config) : {};
  } catch (err) {
    return fail(args.config ?? "", (err as Error).message);
  }
  try {
    const workbook = await loadXlsx(bytes, args.book);
    const port = new XlsxPort(workbook);
    const options = { lang: args.lang, time: d.now(), user: d.user(), settings };
    const { preview, result } = await reconcileWorkbook(
      port,
      d.readers,
      {
        ...options,
        ...(args.settlements ? { settlements: args.settlements } : {}),
        ...(args.payments ? { payments: args.payments } : {}),
        ...(args.asOf ? { asOf: args.asOf } : {}),
      },
      d.planner,
    );
    writeFileSync(args.out, await saveXlsx(workbook));
    if (args.json) writeFileSync(args.json, `${JSON.stringify(planJson(preview), null, 2)}\n`);
    const p = preview.plan;
    console.log(
      `${args.out}: ${p.groups.length} match groups, ${p.openSettlements.length} open settlements, ` +
        `${p.unappliedPayments.length} unapplied payments, ${preview.problems.length} problems; tabs ${result.tabs.join(", ")}`,
    );
    return 0;
  } catch (err) {
    if (isWorkbookError(err)) return fail(args.book, err.messageIn(args.lang));
    return fail(args.book, err instanceof Error ? err.message : String(err));
  }
}
