// Header recognition for bank and platform exports, on the core's synonym table
// (src/core/table/synonyms.ts), which the workbook readers share.
import { PAYMENT_SYNONYMS as SYNONYMS, headerKey, type PaymentField } from "../../core/table/synonyms";

export { headerKey };
export type Role = PaymentField;

const INDEX = new Map<string, Role>();
for (const [role, names] of Object.entries(SYNONYMS) as [Role, string[]][]) {
  for (const n of names) if (!INDEX.has(n)) INDEX.set(n, role);
}

/** The role of one header cell, if any; a trailing unit ("Amount (EUR)", "金额（元）") is ignored. */
export function roleOf(cell: string): Role | undefined {
  const key = headerKey(cell);
  return INDEX.get(key) ?? INDEX.get(key.replace(/\([^()]*\)$/, ""));
}

/** Column indexes per role, most specific synonym first (记账金额 before 交易金额). */
export type ColumnMap = Partial<Record<Role, number[]>>;

export function mapColumns(header: string[]): ColumnMap {
  const map: ColumnMap = {};
  const rank = (i: number): number => {
    const key = headerKey(header[i] ?? "");
    const role = roleOf(header[i] ?? "") as Role;
    const rank = SYNONYMS[role].indexOf(key);
    return rank >= 0 ? rank : SYNONYMS[role].indexOf(key.replace(/\([^()]*\)$/, ""));
  };
  header.forEach((cell, i) => {
    const role = roleOf(cell);
    if (role) (map[role] ??= []).push(i);
  });
  for (const list of Object.values(map)) list?.sort((a, b) => rank(a) - rank(b) || a - b);
  return map;
}

/** How header-like a row is: the number of cells with a role, requiring a date and an amount. */
export function headerScore(cells: string[]): number {
  const map = mapColumns(cells);
  const hasDate = !!(map.bookingDate || map.date || map.transactionDate);
  const hasAmount = !!(map.amount || map.income || map.expense);
  if (!hasDate || !hasAmount) return 0;
  return Object.values(map).reduce((s, v) => s + (v?.length ?? 0), 0);
}
