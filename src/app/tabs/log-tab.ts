// The Settle Log (操作日志): append-only and hash-chained. Each entry's hash covers the previous
// hash and the entry's cells as written, so editing or deleting an earlier line breaks the chain
// from there on (`verifyLogChain`). Time and user are passed in: the app never reads the clock.
import type { Lang } from "../../core/problems";
import type { CellValue, Grid } from "../../core/table/grid";
import { cellValueFor } from "../cells";
import type { ColumnSpec, TabSpec } from "../port";
import { sha256Hex } from "../sha256";
import { TAB_NAMES } from "./tab-names";
import { columnsIn, type TabColumn } from "./columns";

/** One line of the log, before it is chained. Amount totals are decimal strings. */
export interface LogEntry {
  /** ISO timestamp of the action, given by the caller ("2024-10-17T09:30:00Z"). */
  time: string;
  user: string;
  action: string;
  /** The settings the action ran with, as JSON. */
  settings: string;
  settlements: number;
  settlementsTotal: string;
  payments: number;
  paymentsTotal: string;
  groups: number;
  auto: number;
  suggested: number;
  ambiguous: number;
  openSettlements: number;
  unappliedPayments: number;
}

const COLUMNS: TabColumn[] = [
  { en: "Time", zh: "时间", kind: "text", width: 22 },
  { en: "User", zh: "用户", kind: "text", width: 14 },
  { en: "Action", zh: "操作", kind: "text", width: 14 },
  { en: "Settings", zh: "设置", kind: "text", width: 30 },
  { en: "Settlements", zh: "结算单数", kind: "integer", width: 10 },
  { en: "Settlements total", zh: "结算金额合计", kind: "money", width: 16 },
  { en: "Payments", zh: "收款笔数", kind: "integer", width: 10 },
  { en: "Payments total", zh: "收款金额合计", kind: "money", width: 16 },
  { en: "Groups", zh: "匹配组数", kind: "integer", width: 8 },
  { en: "Auto", zh: "自动", kind: "integer", width: 8 },
  { en: "Suggested", zh: "建议", kind: "integer", width: 8 },
  { en: "Ambiguous", zh: "有歧义", kind: "integer", width: 8 },
  { en: "Open settlements", zh: "未结结算单", kind: "integer", width: 10 },
  { en: "Unapplied payments", zh: "未核销收款", kind: "integer", width: 10 },
  { en: "Previous hash", zh: "上一条哈希", kind: "text", width: 20 },
  { en: "Hash", zh: "哈希", kind: "text", width: 20 },
];

export const LOG_GENESIS = "0".repeat(64);

export function logColumns(lang: Lang): ColumnSpec[] {
  return columnsIn(COLUMNS, lang);
}

function entryCells(e: LogEntry): CellValue[] {
  return [
    e.time, e.user, e.action, e.settings, e.settlements, e.settlementsTotal, e.payments, e.paymentsTotal,
    e.groups, e.auto, e.suggested, e.ambiguous, e.openSettlements, e.unappliedPayments,
  ];
}

/** The chained hash of a row's data cells (as a workbook stores them) after `previous`. */
export function chainHash(previous: string, cells: readonly CellValue[]): string {
  const canonical = cells.map((v, i) => cellValueFor(COLUMNS[i]!.kind, v ?? null));
  return sha256Hex(`${previous}\n${JSON.stringify(canonical)}`);
}

/** Data rows (below the header) of a log read back from a workbook. */
export function logRows(grid: Grid | null): CellValue[][] {
  if (!grid || grid.values.length < 2) return [];
  return grid.values.slice(1).map((row) => COLUMNS.map((_, i) => row[i] ?? null));
}

/** Index of the first row whose chain is broken, or -1 when the log is intact. */
export function verifyLogChain(rows: readonly CellValue[][]): number {
  let previous = LOG_GENESIS;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const data = row.slice(0, COLUMNS.length - 2);
    if (row[COLUMNS.length - 2] !== previous || row[COLUMNS.length - 1] !== chainHash(previous, data)) return i;
    previous = String(row[COLUMNS.length - 1]);
  }
  return -1;
}

/** The log tab with the earlier rows kept as they are and `entry` chained on at the end. */
export function appendLogTab(earlier: readonly CellValue[][], entry: LogEntry, lang: Lang): TabSpec {
  const last = earlier[earlier.length - 1];
  const previous = last ? String(last[COLUMNS.length - 1] ?? LOG_GENESIS) : LOG_GENESIS;
  const cells = entryCells(entry);
  const row = [...cells, previous, chainHash(previous, cells)];
  return { name: TAB_NAMES.log[lang], columns: logColumns(lang), rows: [...earlier, row], freezeHeader: true, protect: true };
}
