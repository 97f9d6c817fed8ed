// Web Worker entry (webpack "worker" chunk): heavy work (reading workbooks, reconciling) runs here
// so the pane stays responsive. Messages are plain data; see worker-protocol.ts.
import type { WorkerRequest, WorkerResponse } from "./worker-protocol";
import { handleRequest } from "./worker-handler";

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage(m: WorkerResponse, transfer?: Transferable[]): void };

scope.onmessage = (event) => {
  void handleRequest(event.data).then((response) => {
    // The result workbook is handed over, not copied.
    scope.postMessage(response, response.type === "applied" ? [response.bytes] : []);
  });
};
