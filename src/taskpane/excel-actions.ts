// The pane's actions inside Excel, on the Office.js adapter: one Excel.run per user action.
// Preview reads and reconciles; apply writes exactly that preview (and refuses if the source
// sheets changed in between). Office.js only runs on the page's main thread, so this does too.
import { applyPreview } from "../app/apply";
import { coreReaders } from "../app/core-readers";
import { isWorkbookError } from "../app/errors";
import { previewWith, type Preview } from "../app/preview-core";
import type { Lang } from "../core/problems";
import { reconcile } from "../core/reconcile";
import { runExcelAction, type RunOptions } from "../excel/run-action";
import { summarizePreview, type PreviewSummary } from "./summary";

export interface ExcelActions {
  preview(lang: Lang): Promise<PreviewSummary>;
  apply(time: string, user: string): Promise<{ tabs: string[] }>;
}

/** Turns coded workbook errors into the user's language; other errors pass through. */
function explained(err: unknown, lang: Lang): Error {
  if (isWorkbookError(err)) return new Error(err.messageIn(lang));
  return err instanceof Error ? err : new Error(String(err));
}

export function createExcelActions(options: RunOptions = {}): ExcelActions {
  let last: Preview | undefined;
  return {
    async preview(lang) {
      try {
        last = await runExcelAction((port) => previewWith(port, coreReaders, { lang }, reconcile), options);
        return summarizePreview(last, "", lang);
      } catch (err) {
        throw explained(err, lang);
      }
    },
    async apply(time, user) {
      const preview = last;
      if (!preview) throw new Error("Preview first.");
      try {
        const result = await runExcelAction((port) => applyPreview(port, preview, { time, user, verifySources: true }), options);
        return { tabs: result.tabs };
      } catch (err) {
        throw explained(err, preview.lang);
      }
    },
  };
}
