// Add-in state kept in the workbook (DESIGN.md §5), so everyone sharing it sees the same mapping,
// settings, aliases and pinned decisions: JSON in the very hidden sheet `_settle_state`, split
// into cells under Excel's 32,767-character cell limit, with a version for future migrations.
import type { WorkbookPort } from "./port";
import type { HighlightSlot } from "./highlights";
import { WorkbookError } from "./errors";

export const STATE_SHEET = "_settle_state";
export const STATE_VERSION = 1;
const CHUNK = 30_000;

/** A saved column mapping for one input sheet: field name → column letter. */
export interface SavedMapping {
  sheet: string;
  /** 1-based header row. */
  headerRow?: number;
  columns: Record<string, string>;
}

export interface SettleState {
  version: number;
  mapping: { settlements?: SavedMapping; payments?: SavedMapping };
  /** Reconcile settings overrides (see core/reconcile/settings.ts). */
  settings: Record<string, unknown>;
  /** Payer names tied to customers, as the engine defines them (core/names `Alias`). */
  aliases: unknown[];
  /** Pinned decisions (manual matches / rejections), as the engine defines them. */
  pinned: unknown[];
  highlights: HighlightSlot[];
}

export function emptyState(): SettleState {
  return { version: STATE_VERSION, mapping: {}, settings: {}, aliases: [], pinned: [], highlights: [] };
}

/** Parses saved JSON, upgrading older versions; throws a coded error on anything unreadable. */
export function parseState(json: string): SettleState {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    throw new WorkbookError("state-unreadable", err instanceof Error ? err.message : String(err));
  }
  if (typeof raw !== "object" || raw === null) throw new WorkbookError("state-unreadable", "not an object");
  const r = raw as Partial<SettleState>;
  if (typeof r.version !== "number" || r.version > STATE_VERSION) {
    throw new WorkbookError("state-unreadable", `version ${String(r.version)} is newer than this Settle (${STATE_VERSION})`);
  }
  // Version 1 is the first: later versions add their migrations here, oldest first.
  return { ...emptyState(), ...r, version: STATE_VERSION };
}

export async function readState(port: WorkbookPort): Promise<SettleState> {
  const sheets = await port.listSheets();
  if (!sheets.some((s) => s.name === STATE_SHEET)) return emptyState();
  const [grid] = await port.readSheets([STATE_SHEET]);
  const text = (grid?.values ?? [])
    .slice(1)
    .map((row) => (row[0] === null || row[0] === undefined ? "" : String(row[0])))
    .join("");
  return text ? parseState(text) : emptyState();
}

export async function writeState(port: WorkbookPort, state: SettleState): Promise<void> {
  const json = JSON.stringify({ ...state, version: STATE_VERSION });
  const rows = [];
  for (let i = 0; i < json.length; i += CHUNK) rows.push([json.slice(i, i + CHUNK)]);
  await port.writeTab({
    name: STATE_SHEET,
    columns: [{ header: `settle-state v${STATE_VERSION}`, kind: "text" }],
    rows,
    visibility: "veryHidden",
  });
}
