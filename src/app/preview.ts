// Preview: read the inputs, reconcile with the core engine, keep what apply needs. Nothing is written.
import { reconcile } from "../core/reconcile";
import type { InputReaders } from "./input-readers";
import type { WorkbookPort } from "./port";
import { type Preview, type PreviewOptions, previewWith } from "./preview-core";

export type { Preview, PreviewOptions } from "./preview-core";

export function previewReconcile(port: WorkbookPort, readers: InputReaders, options: PreviewOptions): Promise<Preview> {
  return previewWith(port, readers, options, reconcile);
}
