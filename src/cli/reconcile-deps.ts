// The real readers and engine behind `settle reconcile`, and the clock and user: kept apart so
// tests pass others.
import os from "node:os";
import { coreReaders } from "../app/core-readers";
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

export function defaultDeps(): ReconcileDeps {
  return { readers: coreReaders, planner: reconcile, now: () => runTime(), user: defaultUser };
}
