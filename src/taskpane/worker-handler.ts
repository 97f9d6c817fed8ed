// What the worker does with each request; a plain async function so it is tested without a Worker.
import type { WorkerRequest, WorkerResponse } from "./worker-protocol";

export async function handleRequest(request: WorkerRequest): Promise<WorkerResponse> {
  try {
    switch (request.type) {
      case "ping":
        return { id: request.id, type: "pong" };
    }
  } catch (err) {
    return { id: request.id, type: "error", message: err instanceof Error ? err.message : String(err) };
  }
}
