// The real readers and engine behind `settle reconcile`, and the clock and user: kept apart so
// tests pass others.
import os from "node:os";
import type { InputReaders } from "../app/input-readers";
import { WorkbookError } from "../app/errors";
import { reconcile } from "../core/reconcile";
import type { ReconcileDeps } from "./reconcile-command";

/**
 * The run's time: SOURCE_DATE_EPOCH (seconds) when set, the reproducible-builds convention that
 * makes two runs byte-identical; otherwise the clock. Only the CLI reads the clock.
 */
export function runTime(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const ms = epoch && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now();
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function defaultUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? "unknown";
  }
}

/** Until core/table's header-finding readers land, the command says so instead of guessing. */
const missingReaders: InputReaders = {
  score: () => {
    throw new WorkbookError("host-error", "the sheet readers (core/table) are not in this build yet");
  },
  readSettlements: () => {
    throw new WorkbookError("host-error", "the sheet readers (core/table) are not in this build yet");
  },
  readPayments: () => {
    throw new WorkbookError("host-error", "the sheet readers (core/table) are not in this build yet");
  },
};

export function defaultDeps(): ReconcileDeps {
  return { readers: missingReaders, planner: reconcile, now: () => runTime(), user: defaultUser };
}
