// Small pane actions on the add-in state: save a column mapping, settings, aliases or pinned
// decisions for the whole team, and clear Settle's highlights. Each is one read and one write.
import { clearHighlights } from "./highlights";
import type { WorkbookPort } from "./port";
import { type SettleState, readState, writeState } from "./state";

/** Reads the state, lets `change` return the new one, and saves it. */
export async function updateState(port: WorkbookPort, change: (state: SettleState) => SettleState): Promise<SettleState> {
  const next = change(await readState(port));
  await writeState(port, next);
  return next;
}

/** Removes every highlight Settle put on the source sheets; the sheets are left exactly as the user made them. */
export async function clearAllHighlights(port: WorkbookPort): Promise<void> {
  const state = await readState(port);
  await clearHighlights(port, state.highlights);
  await writeState(port, { ...state, highlights: [] });
}
