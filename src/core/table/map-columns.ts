// Header row → which column holds which field, with a confidence per column and the user's
// override (a saved mapping by column letter or header text) taking precedence.
import { columnLetter } from "./grid";
import { fieldOf, headerKey, type PaymentField, type SettlementField, type TableKind } from "./synonyms";

export interface MappedColumn {
  /** 0-based index into the grid row. */
  index: number;
  /** Sheet column letter ("C"). */
  letter: string;
  /** The header text as written. */
  header: string;
  /** 1 for an exact synonym or a user override; lower for looser matches. */
  confidence: number;
  /** Where the mapping came from. */
  source: "header" | "override";
}

export type ColumnMapping<F extends string> = Partial<Record<F, MappedColumn>>;

/** A user's override: field → column letter ("C") or the header text ("客户名称"). */
export type MappingOverride = Record<string, string>;

/**
 * Maps a header row. When several columns name the same field, the more specific synonym wins,
 * then the leftmost; a column names at most one field.
 */
export function mapColumns(headers: readonly string[], kind: "settlements", firstColumn?: number, override?: MappingOverride): ColumnMapping<SettlementField>;
export function mapColumns(headers: readonly string[], kind: "payments", firstColumn?: number, override?: MappingOverride): ColumnMapping<PaymentField>;
export function mapColumns(headers: readonly string[], kind: TableKind, firstColumn = 1, override: MappingOverride = {}): ColumnMapping<string> {
  const mapping: ColumnMapping<string> = {};
  const taken = new Set<number>();
  const letterOf = (i: number): string => columnLetter(firstColumn + i);

  for (const [field, target] of Object.entries(override)) {
    const wanted = target.trim();
    let index = headers.findIndex((_, i) => letterOf(i) === wanted.toUpperCase());
    if (index < 0) index = headers.findIndex((h) => headerKey(h) === headerKey(wanted));
    if (index < 0 || taken.has(index)) continue;
    mapping[field] = { index, letter: letterOf(index), header: headers[index] ?? "", confidence: 1, source: "override" };
    taken.add(index);
  }

  const candidates = headers
    .map((header, index) => ({ header, index, match: kind === "settlements" ? fieldOf(header, "settlements") : fieldOf(header, "payments") }))
    .filter((c): c is typeof c & { match: NonNullable<typeof c.match> } => c.match !== undefined && !taken.has(c.index))
    .sort((a, b) => b.match.confidence - a.match.confidence || a.match.rank - b.match.rank || a.index - b.index);
  for (const c of candidates) {
    if (mapping[c.match.field] || taken.has(c.index)) continue;
    mapping[c.match.field] = { index: c.index, letter: letterOf(c.index), header: c.header, confidence: c.match.confidence, source: "header" };
    taken.add(c.index);
  }
  return mapping;
}
