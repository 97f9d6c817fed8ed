// The InputReaders the product uses: the core's header-finding table readers, with the user's
// saved mapping (column letters or header texts) as the override.
import type { Lang } from "../core/problems";
import { type ColumnMapping, type Grid, type TableReadOptions, readPayments, readSettlements, scoreGrid } from "../core/table";
import type { InputReaders } from "./input-readers";
import type { SavedMapping } from "./state";

function options(saved: SavedMapping | undefined, lang: Lang): TableReadOptions {
  const o: TableReadOptions = { lang };
  if (saved && Object.keys(saved.columns).length > 0) o.override = saved.columns;
  if (saved?.headerRow !== undefined) o.headerRow = saved.headerRow;
  return o;
}

/**
 * What to save for next time: the sheet, and only the columns the user chose. Columns found by
 * their header are found again next run, even after the user inserts a column.
 */
function toSaved(sheet: string, mapping: ColumnMapping<string> | undefined, saved: SavedMapping | undefined): SavedMapping {
  const columns: Record<string, string> = {};
  for (const [field, col] of Object.entries(mapping ?? {})) if (col?.source === "override") columns[field] = col.letter;
  const out: SavedMapping = { sheet, columns };
  if (saved?.headerRow !== undefined) out.headerRow = saved.headerRow;
  return out;
}

export const coreReaders: InputReaders = {
  score: (head: Grid) => scoreGrid(head),
  readSettlements(grid, saved, lang) {
    const r = readSettlements(grid, options(saved, lang));
    return { records: r.records, problems: r.problems, mapping: toSaved(grid.sheet, r.mapping, saved), ...(r.headerRow ? { headerRow: r.headerRow } : {}) };
  },
  readPayments(grid, saved, lang) {
    const r = readPayments(grid, options(saved, lang));
    return { records: r.records, problems: r.problems, mapping: toSaved(grid.sheet, r.mapping, saved), ...(r.headerRow ? { headerRow: r.headerRow } : {}) };
  },
};
