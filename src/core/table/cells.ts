// Small facts about cells and rows that every table reader needs.
import { makeProblem, type Lang, type Problem, type ProblemCode } from "../problems";
import { columnLetter, type CellValue, type Grid } from "./grid";

/** The text of a cell as the user sees it, trimmed; "" for empty. Numbers in plain decimal form. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.replace(/\t+$/, "").trim();
  return String(value);
}

export function isBlankRow(row: readonly (CellValue | undefined)[]): boolean {
  return row.every((c) => cellText(c) === "");
}

/** Words that mark a total row (合计 / 小计 / 总计 / Total …): summed figures, not data. */
const SUBTOTAL_ZH = /^(合\s*计|小\s*计|总\s*计|本页合计|本期合计|共计|累计)/;
const SUBTOTAL_ANY = /(合计|小计|总计)[:：]?$|^(total|subtotal|sub-total|grand total|sum)\b/i;

/**
 * A subtotal row: its first text cell says 合计 / 小计 / Total. A first cell that merely ends
 * with 合计 ("人民币合计") or starts with "Total" counts only when the row has no key (reference,
 * date), so a customer called "Total Logistics Ltd" on an invoice line is still data.
 */
export function looksLikeSubtotal(row: readonly (CellValue | undefined)[], hasKey: boolean): boolean {
  const first = row.map(cellText).find((t) => t !== "");
  if (!first) return false;
  if (SUBTOTAL_ZH.test(first)) return true;
  // Platform bill footers count lines, they are not lines: 共6笔记录 / 共 6 笔, alone on their row.
  if (/^共\s*\d+\s*笔/.test(first) && row.filter((c) => cellText(c) !== "").length === 1) return true;
  return first.length <= 16 && SUBTOTAL_ANY.test(first) && !hasKey;
}

/** The rows below the header with their 1-based sheet row; blank rows are counted and passed over. */
export function* dataRows(
  values: readonly (readonly CellValue[] | undefined)[],
  start: number,
  firstRow: number,
  skipped: { blank: number },
): Generator<{ row: readonly CellValue[]; sheetRow: number }> {
  for (let i = start; i < values.length; i++) {
    const row = values[i] ?? [];
    if (isBlankRow(row)) {
      skipped.blank++;
      continue;
    }
    yield { row, sheetRow: firstRow + i };
  }
}

/**
 * Reporting for one table: `problemAt(row)(field, code, raw, detail)` records a problem at the
 * field's cell (sheet, 1-based row, column letter), in the reader's language.
 */
export function cellProblems<F extends string>(
  grid: Grid,
  columnOf: (field: F) => number | undefined,
  problems: Problem[],
  lang: Lang,
): (sheetRow: number) => (field: F, code: ProblemCode, raw: string, detail?: string) => void {
  return (sheetRow) => (field, code, raw, detail = "") => {
    const index = columnOf(field);
    const column = index === undefined ? "" : columnLetter(grid.firstColumn + index);
    problems.push(makeProblem({ sheet: grid.sheet, row: sheetRow, column }, code, raw, { detail, lang }));
  };
}
