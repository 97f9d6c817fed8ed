// A fake Excel.RequestContext that keeps Office's rules where they bite: nothing happens until
// sync(), a property read before load + sync throws PropertyNotLoaded, a batch over 5 MB fails
// with RequestPayloadSizeLimitExceeded (Excel on the web), and every sync is counted.
import type { HostSheet } from "./model";

/** An error shaped like OfficeExtension.Error. */
export class HostError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
  }
}

/** One queued step of a batch: a write or a load; a load's `run` returns its response bytes. */
export interface QueuedStep {
  run: () => unknown;
  /** Request bytes (written values) this step adds. */
  bytes: number;
}

export interface HostOptions {
  /** Request + response size limit per sync, in bytes. Excel on the web: 5 MB. */
  payloadLimit?: number;
}

export interface HostWorkbookData {
  sheets: HostSheet[];
}

/** Statistics tests print and assert. */
export interface HostStats {
  syncs: number;
  /** Bytes sent (writes) and received (loads), summed over all syncs. */
  requestBytes: number;
  responseBytes: number;
  largestBatch: number;
  suspendCalculation: number;
  suspendScreenUpdating: number;
}

export class HostContext {
  private queue: QueuedStep[] = [];
  readonly data: HostWorkbookData;
  readonly stats: HostStats;
  private readonly limit: number;
  /** Syncs that will still fail with InvalidOperationInCellEditMode (the user is typing in a cell). */
  editModeSyncs: { remaining: number };
  workbook: unknown;
  application = {
    suspendApiCalculationUntilNextSync: (): void => {
      this.stats.suspendCalculation += 1;
    },
    suspendScreenUpdatingUntilNextSync: (): void => {
      this.stats.suspendScreenUpdating += 1;
    },
  };

  constructor(data: HostWorkbookData, stats: HostStats, editMode: { remaining: number }, options: HostOptions = {}) {
    this.data = data;
    this.stats = stats;
    this.editModeSyncs = editMode;
    this.limit = options.payloadLimit ?? 5 * 1024 * 1024;
  }

  enqueue(step: QueuedStep): void {
    this.queue.push(step);
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    this.stats.syncs += 1;
    const steps = this.queue;
    this.queue = [];
    if (this.editModeSyncs.remaining > 0) {
      this.editModeSyncs.remaining -= 1;
      throw new HostError("InvalidOperationInCellEditMode", "The operation is not allowed while a cell is being edited.");
    }
    const request = steps.reduce((n, s) => n + s.bytes, 0);
    if (request > this.limit) {
      throw new HostError("RequestPayloadSizeLimitExceeded", `The request payload size (${request}) has exceeded the limit.`);
    }
    let response = 0;
    for (const step of steps) {
      const bytes = step.run();
      if (typeof bytes === "number") response += bytes;
    }
    if (response > this.limit) {
      throw new HostError("RequestPayloadSizeLimitExceeded", `The response payload size (${response}) has exceeded the limit.`);
    }
    this.stats.requestBytes += request;
    this.stats.responseBytes += response;
    this.stats.largestBatch = Math.max(this.stats.largestBatch, request + response);
  }

  findSheet(name: string): HostSheet {
    const sheet = this.data.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw new HostError("ItemNotFound", `The requested resource doesn't exist: worksheet ${name}.`);
    return sheet;
  }

  writable(sheet: HostSheet): HostSheet {
    if (sheet.protected) throw new HostError("AccessDenied", `The sheet ${sheet.name} is protected.`);
    return sheet;
  }
}

/** Size of a value in the JSON Office would send for it. */
const UTF8 = new TextEncoder();

export function jsonBytes(value: unknown): number {
  // TextEncoder, not Buffer: the host also runs in the browser test (test/e2e/office-host-stub.ts).
  return UTF8.encode(JSON.stringify(value)).length;
}

/**
 * A loaded-properties holder: `get` throws like Office when the property was not loaded and synced.
 */
export class Loaded {
  private readonly values = new Map<string, unknown>();
  private readonly pending = new Set<string>();
  constructor(private readonly what: string) {}

  request(props: string[]): void {
    for (const p of props) this.pending.add(p);
  }

  fill(name: string, value: unknown): void {
    this.values.set(name, value);
  }

  wants(name: string): boolean {
    return this.pending.has(name);
  }

  get<T>(name: string): T {
    if (!this.values.has(name)) {
      throw new HostError(
        "PropertyNotLoaded",
        `The property '${name}' of ${this.what} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()".`,
      );
    }
    return this.values.get(name) as T;
  }
}

/** Splits "a, b/c" style load arguments into property names. */
export function loadList(props?: string | string[] | Record<string, unknown>): string[] {
  if (props === undefined) return [];
  if (Array.isArray(props)) return props.flatMap((p) => p.split(",")).map((p) => p.trim());
  if (typeof props === "string") return props.split(",").map((p) => p.trim());
  return Object.keys(props);
}
