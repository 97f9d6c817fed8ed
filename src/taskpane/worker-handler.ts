// What the worker does with each request; a plain async function so it is tested without a Worker.
// The workbook and its preview stay here between "preview" and "apply", so apply writes exactly
// the plan the user saw (DESIGN.md §4: apply never recomputes).
import { applyPreview } from "../app/apply";
import { coreReaders } from "../app/core-readers";
import { isWorkbookError } from "../app/errors";
import { previewWith, type Preview } from "../app/preview-core";
import type { Lang } from "../core/problems";
import { reconcile } from "../core/reconcile";
import { loadXlsx, saveXlsx } from "../xlsx/xlsx-file";
import { XlsxPort } from "../xlsx/xlsx-port";
import { summarizePreview } from "./summary";
import type { WorkerRequest, WorkerResponse } from "./worker-protocol";

interface Session {
  port: XlsxPort;
  workbook: Awaited<ReturnType<typeof loadXlsx>>;
  preview: Preview;
  fileName: string;
  lang: Lang;
}

let session: Session | undefined;

/** "book.xlsx" → "book.settled.xlsx": the user's own file is never overwritten. */
export function settledName(fileName: string): string {
  return /\.xlsx$/i.test(fileName) ? fileName.replace(/\.xlsx$/i, ".settled.xlsx") : `${fileName}.settled.xlsx`;
}

export async function handleRequest(request: WorkerRequest): Promise<WorkerResponse> {
  try {
    switch (request.type) {
      case "ping":
        return { id: request.id, type: "pong" };
      case "preview": {
        const workbook = await loadXlsx(new Uint8Array(request.bytes), request.fileName);
        const port = new XlsxPort(workbook);
        const preview = await previewWith(port, coreReaders, { lang: request.lang, ...(request.asOf ? { asOf: request.asOf } : {}) }, reconcile);
        session = { port, workbook, preview, fileName: request.fileName, lang: request.lang };
        return { id: request.id, type: "preview", summary: summarizePreview(preview, request.fileName, request.lang) };
      }
      case "apply": {
        if (!session) throw new Error("Open a workbook and preview it first.");
        const result = await applyPreview(session.port, session.preview, { time: request.time, user: request.user, verifySources: true });
        const bytes = await saveXlsx(session.workbook);
        const out = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
        return { id: request.id, type: "applied", bytes: out, fileName: settledName(session.fileName), tabs: result.tabs };
      }
    }
  } catch (err) {
    const lang = request.type === "preview" ? request.lang : (session?.lang ?? "en");
    const message = isWorkbookError(err) ? err.messageIn(lang) : err instanceof Error ? err.message : String(err);
    return { id: request.id, type: "error", message };
  }
}
