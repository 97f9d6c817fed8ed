// Settlement sheet → Settlement[] plus a problem for every cell that could not be read.
// A non-blank, non-subtotal row either becomes a settlement or yields at least one problem.
import type { Settlement } from "../model";
import { makeProblem, type Lang, type Problem } from "../problems";
import { parseAmount, type DecimalOption } from "../parse-amount";
import { parseDate, type DateOrder } from "../parse-date";
import type { SerialSystem } from "../excel-serial";
import { columnLetter, type Grid } from "./grid";
import { cellProblems, cellText, dataRows, looksLikeSubtotal } from "./cells";
import { decimalOf, dateOrderOf } from "./column-values";
import { currencyCode } from "./currency";
import { findHeaderRow } from "./find-header";
import type { ColumnMapping } from "./map-columns";
import type { SettlementField } from "./synonyms";

export interface TableReadOptions {
  lang?: Lang;
  /** Currency when the sheet has no currency column or the cell is empty. Default "CNY". */
  defaultCurrency?: string;
  /** Field → column letter or header text, from the user (saved in the workbook). */
  override?: Record<string, string>;
  /** Header row (1-based) the user chose; otherwise it is found. */
  headerRow?: number;
  decimal?: DecimalOption;
  dateOrder?: DateOrder;
  serialSystem?: SerialSystem;
}

export interface TableReadResult<T, F extends string> {
  records: T[];
  problems: Problem[];
  /** The mapping used; undefined when no header was found. */
  mapping?: ColumnMapping<F>;
  /** 1-based header row. */
  headerRow?: number;
  /** Rows recognised as not data: blank rows and subtotal rows (合计 / 小计 / Total). */
  skipped: { blank: number; subtotal: number };
}

/** Locates the header (the user's row if given), or reports why not. */
export function locateHeader<F extends string>(
  grid: Grid,
  kind: "settlements" | "payments",
  options: TableReadOptions,
): { index: number; row: number; mapping: ColumnMapping<F> } | Problem {
  const lang = options.lang ?? "en";
  const find = (g: Grid) => (kind === "settlements" ? findHeaderRow(g, "settlements", options.override) : findHeaderRow(g, "payments", options.override));
  if (options.headerRow !== undefined) {
    // The user's header row wins when it names the fields a table needs.
    const index = options.headerRow - grid.firstRow;
    const chosen = find({ ...grid, values: grid.values.slice(index, index + 1), firstRow: options.headerRow });
    if (chosen) return { index, row: options.headerRow, mapping: chosen.mapping as ColumnMapping<F> };
  }
  const found = find(grid);
  if (found) return { index: found.index, row: found.row, mapping: found.mapping as ColumnMapping<F> };
  const need = kind === "settlements" ? "客户/Customer, 金额/Amount" : "日期/Date, 金额/Amount";
  return makeProblem({ sheet: grid.sheet, row: 0, column: "" }, "header-not-found", "", { detail: need, lang });
}

export function readSettlements(grid: Grid, options: TableReadOptions = {}): TableReadResult<Settlement, SettlementField> {
  const lang = options.lang ?? "en";
  const skipped = { blank: 0, subtotal: 0 };
  const header = locateHeader<SettlementField>(grid, "settlements", options);
  if ("code" in header) return { records: [], problems: [header], skipped };
  const { mapping } = header;
  const col = (f: SettlementField): number | undefined => mapping[f]?.index;
  const start = header.index + 1;
  const decimal = decimalOf(grid, start, [col("amount")], options.decimal);
  const order = dateOrderOf(grid, start, [col("issueDate"), col("dueDate")], options.dateOrder);
  const records: Settlement[] = [];
  const problems: Problem[] = [];

  const problemAt = cellProblems(grid, (f: SettlementField) => col(f), problems, lang);
  for (const { row, sheetRow } of dataRows(grid.values, start, grid.firstRow, skipped)) {
    const text = (f: SettlementField): string => cellText(col(f) === undefined ? null : row[col(f)!]);
    if (looksLikeSubtotal(row, text("ref") !== "" && text("customer") !== "")) {
      skipped.subtotal++;
      continue;
    }
    const problem = problemAt(sheetRow);

    const amountCell = col("amount") === undefined ? null : row[col("amount")!];
    const amount = parseAmount(amountCell ?? null, { decimal });
    if (!amount.ok) {
      problem("amount", amount.code, cellText(amountCell ?? null), amount.detail);
      continue;
    }
    const settlement: Settlement = {
      id: `${grid.sheet}!${sheetRow}`,
      source: { sheet: grid.sheet, row: sheetRow },
      ref: text("ref"),
      customer: text("customer"),
      amount: amount.value,
      currency: amount.currency ?? options.defaultCurrency ?? "CNY",
    };
    if (!settlement.customer) problem("customer", "customer-missing", "");
    if (!settlement.ref) problem("ref", "ref-missing", "");
    for (const f of ["issueDate", "dueDate"] as const) {
      if (col(f) === undefined || text(f) === "") continue;
      const d = parseDate(row[col(f)!] ?? null, { order, serialSystem: options.serialSystem });
      if (d.ok) settlement[f] = d.value;
      else problem(f, d.code, text(f), d.detail);
    }
    if (col("currency") !== undefined && text("currency") !== "") {
      const code = currencyCode(text("currency"));
      if (code) settlement.currency = code;
      else problem("currency", "currency-unknown", text("currency"));
    }
    if (text("memo")) settlement.memo = text("memo");
    records.push(settlement);
  }
  flagDuplicateRefs(records, grid, col("ref"), problems, lang);
  return { records, problems, mapping, headerRow: header.row, skipped };
}

/** Two settlements with one number is a typing error the user must see, not a guess we make. */
function flagDuplicateRefs(records: Settlement[], grid: Grid, refColumn: number | undefined, problems: Problem[], lang: Lang): void {
  const seen = new Map<string, number>();
  for (const s of records) {
    if (!s.ref) continue;
    const first = seen.get(s.ref);
    if (first === undefined) {
      seen.set(s.ref, s.source.row);
      continue;
    }
    const column = refColumn === undefined ? "" : columnLetter(grid.firstColumn + refColumn);
    problems.push(makeProblem({ sheet: grid.sheet, row: s.source.row, column }, "ref-duplicate", s.ref, { detail: `${grid.sheet}!${first}`, lang }));
  }
}
