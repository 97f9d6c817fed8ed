// The whole reconcile action in one go (pass core/reconcile's `reconcile` as the planner) (the CLI, and the pane's "Reconcile and apply"): preview
// and apply in the same session, so the sources cannot change in between and are read once.
import type { InputReaders } from "./input-readers";
import type { WorkbookPort } from "./port";
import { type ApplyResult, applyPreview } from "./apply";
import type { Planner, Preview, PreviewOptions } from "./preview-core";
import { previewWith } from "./preview-core";

export interface ReconcileOptions extends PreviewOptions {
  time: string;
  user: string;
}

export async function reconcileWorkbook(
  port: WorkbookPort,
  readers: InputReaders,
  options: ReconcileOptions,
  planner: Planner,
): Promise<{ preview: Preview; result: ApplyResult }> {
  const preview = await previewWith(port, readers, options, planner);
  const result = await applyPreview(port, preview, { time: options.time, user: options.user, verifySources: false });
  return { preview, result };
}
