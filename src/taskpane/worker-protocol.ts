// Messages between the pane and its worker. Every request carries an id that its response echoes.
export type WorkerRequest = { id: number; type: "ping" };

export type WorkerResponse =
  | { id: number; type: "pong" }
  | { id: number; type: "error"; message: string };
