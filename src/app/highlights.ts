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

function rules(area: HighlightArea, slot: HighlightSlot): ConditionalRule[] {
  const range = `${columnLetter(area.firstColumn)}${area.firstRow}:${columnLetter(area.lastColumn)}${area.lastRow}`;
  const ref = `'${MARKS_SHEET}'!$${columnLetter(slot.column)}${area.firstRow}`;
  return (Object.keys(MARK_FILLS) as RowMark[]).map((mark) => ({ range, formula: `=${ref}="${mark}"`, fill: MARK_FILLS[mark] }));
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
 * Highlights the areas, after clearing everything earlier runs left (stale marks on a sheet this
 * run no longer reads would mislead). Returns the slots to save in the add-in state.
 */
export async function applyHighlights(
  port: WorkbookPort,
  areas: readonly HighlightArea[],
  previous: readonly HighlightSlot[],
): Promise<HighlightSlot[]> {
  await clearHighlights(port, previous);
  if (areas.length === 0) return [];
  await port.ensureSheet(MARKS_SHEET, "veryHidden");
  const slots: HighlightSlot[] = [];
  for (const [i, area] of areas.entries()) {
    const slot: HighlightSlot = { sheet: area.sheet, column: i + 1, lastRow: area.lastRow };
    const values: CellValue[][] = [];
    for (let r = 1; r <= area.lastRow; r++) values.push([r === 1 ? area.sheet : (area.marks.get(r) ?? null)]);
    await port.writeCells({ sheet: MARKS_SHEET, row: 1, column: slot.column, values });
    if (area.lastRow >= area.firstRow) await port.addConditionalFormats(area.sheet, rules(area, slot));
    slots.push(slot);
  }
  return slots;
}
