// Messages between the pane and its worker. Every request carries an id that its response echoes.
import type { Lang } from "../core/problems";
import type { PreviewSummary } from "./summary";

export type WorkerRequest =
  | { id: number; type: "ping" }
  /** Read a workbook and preview its reconciliation (nothing is written). */
  | { id: number; type: "preview"; bytes: ArrayBuffer; fileName: string; lang: Lang; asOf?: string }
  /** Apply the last preview to the workbook and hand back the new file. */
  | { id: number; type: "apply"; time: string; user: string };

export type WorkerResponse =
  | { id: number; type: "pong" }
  | { id: number; type: "preview"; summary: PreviewSummary }
  | { id: number; type: "applied"; bytes: ArrayBuffer; fileName: string; tabs: string[] }
  | { id: number; type: "error"; message: string };
