// Apply: write the previewed plan (never a recomputed one) as output tabs, highlight the source
// rows, append to the Settle Log and save the state. Refuses when the sources changed since the
// preview. Time and user come from the caller: the app never reads the clock.
import { sum, toDecimalString } from "../core/money";
import type { Lang } from "../core/problems";
import { WorkbookError } from "./errors";
import { fingerprintGrid } from "./fingerprint";
import { MARKS_SHEET, applyHighlights, type HighlightArea } from "./highlights";
import type { WorkbookPort } from "./port";
import type { Preview } from "./preview-core";
import { rowMarks } from "./row-marks";
import { writeState } from "./state";
import { type ExceptionRow, exceptionsTab } from "./tabs/exceptions-tab";
import { appendLogTab, type LogEntry, verifyLogChain } from "./tabs/log-tab";
import { indexRecords } from "./tabs/lookup";
import { matchesTab } from "./tabs/matches-tab";
import { TAB_NAMES, type TabKey } from "./tabs/tab-names";
import { unmatchedTab } from "./tabs/unmatched-tab";

export interface ApplyOptions {
  /** ISO timestamp of the action, e.g. "2024-10-17T09:30:00Z". */
  time: string;
  user: string;
  /** Re-read the sources and compare fingerprints (a separate action after the preview). */
  verifySources: boolean;
}

export interface ApplyResult {
  tabs: string[];
  /** Rows highlighted per source sheet. */
  highlighted: Record<string, number>;
}

async function verify(port: WorkbookPort, preview: Preview): Promise<void> {
  const names = Object.keys(preview.fingerprints);
  const existing = new Set((await port.listSheets()).map((s) => s.name));
  const missing = names.filter((n) => !existing.has(n));
  if (missing.length > 0) throw new WorkbookError("source-changed", missing.join(", "));
  const grids = await port.readSheets(names);
  const changed = grids.filter((g) => fingerprintGrid(g) !== preview.fingerprints[g.sheet]).map((g) => g.sheet);
  if (changed.length > 0) throw new WorkbookError("source-changed", changed.join(", "));
}

function logEntry(preview: Preview, options: ApplyOptions): LogEntry {
  const { plan } = preview;
  const count = (status: string): number => plan.groups.filter((g) => g.status === status).length;
  return {
    time: options.time,
    user: options.user,
    action: "reconcile",
    settings: JSON.stringify({ asOf: preview.asOf ?? null, settings: preview.settings, sheets: preview.sheets }),
    settlements: preview.settlements.length,
    settlementsTotal: toDecimalString(sum(preview.settlements.map((s) => s.amount))),
    payments: preview.payments.length,
    paymentsTotal: toDecimalString(sum(preview.payments.map((p) => p.amount))),
    groups: plan.groups.length,
    auto: count("auto") + count("manual"),
    suggested: count("suggested"),
    ambiguous: count("ambiguous"),
    openSettlements: plan.openSettlements.length,
    unappliedPayments: plan.unappliedPayments.length,
  };
}

/** A Settle Log whose hash chain no longer holds was edited by hand: say where, keep appending. */
function logWarnings(preview: Preview, lang: Lang): ExceptionRow[] {
  const broken = verifyLogChain(preview.earlierLog);
  if (broken < 0) return [];
  const where = `${TAB_NAMES.log[lang]}!${broken + 2}`;
  return lang === "zh-CN"
    ? [[where, "日志被修改", "", "操作日志从该行起哈希链不连续：有记录被修改或删除。", "从备份中核对该行；新的记录照常追加。"]]
    : [[where, "log edited", "", "The Settle Log's hash chain breaks at this row: an entry was changed or deleted.", "Check the row against a backup; new entries are still appended."]];
}

/** Deletes the other language's copy of each tab, so switching language never leaves two. */
async function dropOtherLanguage(port: WorkbookPort, lang: Lang): Promise<void> {
  const other: Lang = lang === "zh-CN" ? "en" : "zh-CN";
  const names = new Set((await port.listSheets()).map((s) => s.name));
  for (const key of Object.keys(TAB_NAMES) as TabKey[]) {
    const name = TAB_NAMES[key][other];
    if (name !== TAB_NAMES[key][lang] && names.has(name)) await port.deleteSheet(name);
  }
}

/** Row marks for the preview's source rows (the pane shows them before applying, too). */
export function previewMarks(preview: Preview): HighlightArea[] {
  const marks = rowMarks(preview.plan, preview.settlements, preview.payments, preview.problems);
  return preview.areas.map((a) => ({ ...a, marks: marks.get(a.sheet) ?? new Map() }));
}

export async function applyPreview(port: WorkbookPort, preview: Preview, options: ApplyOptions): Promise<ApplyResult> {
  if (options.verifySources) await verify(port, preview);
  const { lang, plan } = preview;
  const records = indexRecords(preview.settlements, preview.payments);
  await dropOtherLanguage(port, lang);
  // The marks sheet is never deleted (the highlight rules refer to it), so it is created before
  // the tabs: the sheet order is then the same after the first run as after any later one.
  await port.ensureSheet(MARKS_SHEET, "veryHidden");
  const tabs = [
    matchesTab(plan, records, lang),
    unmatchedTab(plan, records, lang),
    exceptionsTab(plan, records, preview.problems, lang, logWarnings(preview, lang)),
    appendLogTab(preview.earlierLog, logEntry(preview, options), lang),
  ];
  for (const tab of tabs) await port.writeTab(tab);
  const areas = previewMarks(preview);
  const highlights = await applyHighlights(port, areas, preview.state.highlights);
  await writeState(port, { ...preview.state, highlights });
  await port.flush();
  const highlighted: Record<string, number> = {};
  for (const a of areas) highlighted[a.sheet] = a.marks.size;
  return { tabs: tabs.map((t) => t.name), highlighted };
}
