// `--config settings.json`: reconcile settings overrides (core/reconcile/settings.ts field names),
// either at the top level or under "settings".
import { readFileSync } from "node:fs";
import type { ReconcileSettings } from "../core/reconcile/settings";

export function readConfig(file: string): Partial<ReconcileSettings> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new Error((err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : `not valid JSON (${(err as Error).message})`);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new Error("settings must be a JSON object");
  const obj = raw as Record<string, unknown>;
  const settings = typeof obj.settings === "object" && obj.settings !== null ? obj.settings : obj;
  return settings as Partial<ReconcileSettings>;
}
