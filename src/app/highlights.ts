// Highlights on the source sheets without touching them: each row's mark goes into a column of
// the very hidden `_settle_marks` sheet (same row number), and the source sheet gets one
// conditional format per mark whose formula looks the mark up. Five Office operations per sheet
// whatever its size, the user's own formats stay as they are, and clearing removes all of it.
import { columnLetter } from "../core/table/grid";
import type { CellValue } from "../core/table/grid";
import type { ConditionalRule, WorkbookPort } from "./port";
import { MARK_FILLS, type RowMark } from "./row-marks";

export const MARKS_SHEET = "_settle_marks";
/** Every Settle conditional format names the marks sheet: that is how we find ours, and only ours. */
const MARKER = MARKS_SHEET;

/** Where one source sheet's marks live, kept in the add-in state so the next run can clear them. */
export interface HighlightSlot {
  sheet: string;
  /** 1-based column of the marks sheet. */
  column: number;
  /** Last marked row. */
  lastRow: number;
  /** The range the sheet's conditional formats cover, e.g. "A2:H1048576". */
  range: string;
}

/** The area a sheet's highlight covers: its data rows and columns. */
export interface HighlightArea {
  sheet: string;
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
  marks: ReadonlyMap<number, RowMark>;
}

/** Last row of a sheet: the rules run to the bottom so rows added later are covered without a new rule. */
const LAST_ROW = 1_048_576;

function ruleRange(area: HighlightArea): string {
  return `${columnLetter(area.firstColumn)}${area.firstRow}:${columnLetter(area.lastColumn)}${LAST_ROW}`;
}

function rules(area: HighlightArea, slot: HighlightSlot): ConditionalRule[] {
  const ref = `'${MARKS_SHEET}'!$${columnLetter(slot.column)}${area.firstRow}`;
  return (Object.keys(MARK_FILLS) as RowMark[]).map((mark) => ({ range: slot.range, formula: `=${ref}="${mark}"`, fill: MARK_FILLS[mark] }));
}

function sameSlot(a: HighlightSlot, b: HighlightSlot): boolean {
  return a.sheet === b.sheet && a.column === b.column && a.range === b.range;
}

/** Removes Settle's highlights from these sheets and empties their marks columns. */
export async function clearHighlights(port: WorkbookPort, slots: readonly HighlightSlot[]): Promise<void> {
  if (slots.length === 0) return;
  await port.removeConditionalFormats(
    slots.map((s) => s.sheet),
    MARKER,
  );
  const sheets = await port.listSheets();
  if (!sheets.some((s) => s.name === MARKS_SHEET)) return;
  for (const slot of slots) {
    const col = columnLetter(slot.column);
    await port.clearCells(MARKS_SHEET, `${col}1:${col}${Math.max(1, slot.lastRow)}`);
  }
}

/**
 * Highlights the areas. A sheet whose rules are already in place (same range, same marks column)
 * keeps them and only its marks are rewritten, so a re-run costs no extra Office round trip;
 * anything else an earlier run left is removed first. Returns the slots to save in the state.
 */
export async function applyHighlights(
  port: WorkbookPort,
  areas: readonly HighlightArea[],
  previous: readonly HighlightSlot[],
): Promise<HighlightSlot[]> {
  const slots = areas.map((area, i): HighlightSlot => ({ sheet: area.sheet, column: i + 1, lastRow: area.lastRow, range: ruleRange(area) }));
  const kept = (slot: HighlightSlot): boolean => previous.some((p) => sameSlot(p, slot));
  const stale = previous.filter((p) => !slots.some((s) => sameSlot(p, s)));
  if (stale.length > 0) await port.removeConditionalFormats([...new Set(stale.map((s) => s.sheet))], MARKER);
  if (previous.length > 0 && (await port.listSheets()).some((s) => s.name === MARKS_SHEET)) {
    for (const p of previous) await port.clearCells(MARKS_SHEET, `${columnLetter(p.column)}1:${columnLetter(p.column)}${Math.max(1, p.lastRow)}`);
  }
  if (areas.length === 0) return [];
  await port.ensureSheet(MARKS_SHEET, "veryHidden");
  for (const [i, area] of areas.entries()) {
    const slot = slots[i]!;
    const values: CellValue[][] = [];
    for (let r = 1; r <= area.lastRow; r++) values.push([r === 1 ? area.sheet : (area.marks.get(r) ?? null)]);
    await port.writeCells({ sheet: MARKS_SHEET, row: 1, column: slot.column, values });
    if (!kept(slot)) await port.addConditionalFormats(area.sheet, rules(area, slot));
  }
  return slots;
}
