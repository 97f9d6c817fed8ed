// Which sheets hold the settlements and the payments: the user's choice first, then the mapping
// saved in the workbook, then the best header match among the visible sheets.
import type { Lang } from "../core/problems";
import { WorkbookError } from "./errors";
import type { InputReaders } from "./input-readers";
import type { SheetInfo, WorkbookPort } from "./port";
import type { SettleState } from "./state";
import { isOutputTabName } from "./tabs/tab-names";

export interface InputChoice {
  settlements?: string;
  payments?: string;
}

/** Rows and columns of the window read from each sheet to find its header. */
const HEAD_ROWS = 30;
const HEAD_COLUMNS = 40;
/** Below this score a sheet is not taken for an input without the user saying so. */
const MIN_SCORE = 0.3;

function candidates(sheets: SheetInfo[]): string[] {
  return sheets.filter((s) => s.visibility === "visible" && !isOutputTabName(s.name)).map((s) => s.name);
}

export async function findInputSheets(
  port: WorkbookPort,
  readers: InputReaders,
  state: SettleState,
  choice: InputChoice,
  lang: Lang,
): Promise<{ settlements: string; payments: string }> {
  const sheets = await port.listSheets();
  const exists = (name: string | undefined): name is string => !!name && sheets.some((s) => s.name === name);
  for (const name of [choice.settlements, choice.payments]) {
    if (name !== undefined && !exists(name)) throw new WorkbookError("sheet-missing", name);
  }
  let settlements = choice.settlements ?? (exists(state.mapping.settlements?.sheet) ? state.mapping.settlements?.sheet : undefined);
  let payments = choice.payments ?? (exists(state.mapping.payments?.sheet) ? state.mapping.payments?.sheet : undefined);
  if (settlements && payments) return { settlements, payments };
  const names = candidates(sheets).filter((n) => n !== settlements && n !== payments);
  const heads = names.length > 0 ? await port.readHeads(names, HEAD_ROWS, HEAD_COLUMNS) : [];
  const scores = heads.map((h) => ({ name: h.sheet, ...readers.score(h) }));
  // Best first; ties go to the earlier sheet, so the choice never depends on anything but the book.
  const best = (key: "settlements" | "payments", not?: string): string | undefined =>
    scores
      .filter((s) => s.name !== not && s[key] >= MIN_SCORE)
      .sort((a, b) => b[key] - a[key] || names.indexOf(a.name) - names.indexOf(b.name))[0]?.name;
  settlements ??= best("settlements", payments);
  payments ??= best("payments", settlements);
  const zh = lang === "zh-CN";
  if (!settlements) throw new WorkbookError("input-not-found", zh ? "结算单" : "settlement");
  if (!payments) throw new WorkbookError("input-not-found", zh ? "收款" : "payment");
  return { settlements, payments };
}
