// One Excel.run per user action (DESIGN.md §6), with a bounded retry while the user is editing a
// cell (Office refuses every batch until they press Enter or Esc).
import { WorkbookError } from "../app/errors";
import type { WorkbookPort } from "../app/port";
import { ExcelPort } from "./excel-port";
import { toWorkbookError } from "./office-errors";

export type ExcelRunner = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface RunOptions {
  /** Excel.run, or a test host's stand-in. */
  run?: ExcelRunner;
  /** Attempts while Excel is in cell-edit mode, in all. */
  attempts?: number;
  /** Wait between attempts, in milliseconds. */
  retryDelayMs?: number;
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `action` on a WorkbookPort inside one Excel.run, flushing its writes at the end. */
export async function runExcelAction<T>(action: (port: WorkbookPort) => Promise<T>, options: RunOptions = {}): Promise<T> {
  const run: ExcelRunner = options.run ?? ((batch) => Excel.run(batch));
  const attempts = Math.max(1, options.attempts ?? 4);
  for (let attempt = 1; ; attempt++) {
    try {
      return await run(async (ctx) => {
        const port = new ExcelPort(ctx);
        const result = await action(port);
        await port.flush();
        return result;
      });
    } catch (err) {
      const coded = err instanceof WorkbookError ? err : toWorkbookError(err);
      if (coded.code !== "cell-edit-mode" || attempt >= attempts) throw coded;
      await wait((options.retryDelayMs ?? 500) * attempt);
    }
  }
}
