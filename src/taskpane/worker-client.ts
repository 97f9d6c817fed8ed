// The pane's side of the worker: requests become promises. Falls back to running the handler on
// the main thread where Workers are unavailable (jsdom), so behaviour is the same everywhere.
import type { WorkerRequest, WorkerResponse } from "./worker-protocol";

type Body<T> = T extends { id: number } ? Omit<T, "id"> : never;
export type RequestBody = Body<WorkerRequest>;

export interface WorkerClient {
  request(body: RequestBody, transfer?: Transferable[]): Promise<WorkerResponse>;
}

export function createWorkerClient(url = "worker.js"): WorkerClient {
  if (typeof Worker === "undefined") {
    let next = 1;
    return {
      request: async (body) => {
        const { handleRequest } = await import("./worker-handler");
        return handleRequest({ ...body, id: next++ } as WorkerRequest);
      },
    };
  }
  const worker = new Worker(url);
  const pending = new Map<number, (r: WorkerResponse) => void>();
  let next = 1;
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    pending.get(event.data.id)?.(event.data);
    pending.delete(event.data.id);
  };
  worker.onerror = (event) => {
    for (const [id, resolve] of pending) resolve({ id, type: "error", message: event.message || "the worker stopped" });
    pending.clear();
  };
  return {
    request(body, transfer = []) {
      const id = next++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        worker.postMessage({ ...body, id }, transfer);
      });
    },
  };
}
