// The in-memory workbook behind the fake Office host: plain data, mutated only when a batch syncs.
export type HostValue = string | number | boolean;

export interface HostConditionalFormat {
  /** Rectangle the rule covers, 0-based inclusive. */
  rect: Rect;
  type: string;
  formula: string;
  fill: string | null;
}

export interface HostChart {
  type: string;
  source: Rect;
  title: string;
  anchor: string;
}

/** 0-based rectangle: rows r0..r1, columns c0..c1 inclusive. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface HostSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Sparse rows of cell values; undefined / "" is empty. */
  values: (HostValue | undefined)[][];
  /** Formula text for formula cells ("=SUM(A1:A3)"), sparse. */
  formulas: (string | undefined)[][];
  /** Number formats, sparse; undefined is "General". */
  formats: (string | undefined)[][];
  /** The user's own fills ("#RRGGBB") keyed "r,c": part of what must survive a run untouched. */
  fills: Map<string, string>;
  bold: Set<string>;
  conditionalFormats: HostConditionalFormat[];
  charts: HostChart[];
  protected: boolean;
  frozenRows: number;
}

export function newSheet(name: string): HostSheet {
  return {
    name,
    visibility: "Visible",
    values: [],
    formulas: [],
    formats: [],
    fills: new Map(),
    bold: new Set(),
    conditionalFormats: [],
    charts: [],
    protected: false,
    frozenRows: 0,
  };
}

/** Bounding rectangle of the non-empty values, or null for an empty sheet. */
export function usedRect(sheet: HostSheet): Rect | null {
  let r0 = Infinity;
  let r1 = -1;
  let c0 = Infinity;
  let c1 = -1;
  sheet.values.forEach((row, r) => {
    if (!row) return;
    row.forEach((v, c) => {
      if (v === undefined || v === "") return;
      r0 = Math.min(r0, r);
      r1 = Math.max(r1, r);
      c0 = Math.min(c0, c);
      c1 = Math.max(c1, c);
    });
  });
  return r1 < 0 ? null : { r0, c0, r1, c1 };
}

export function columnName(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function rectAddress(sheet: string, rect: Rect): string {
  const a = `${columnName(rect.c0)}${rect.r0 + 1}`;
  const b = `${columnName(rect.c1)}${rect.r1 + 1}`;
  const q = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`;
  return a === b ? `${q}!${a}` : `${q}!${a}:${b}`;
}

/** "B2", "B2:D9" (no sheet part) → rectangle. */
export function parseAddress(address: string): Rect {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(address.toUpperCase());
  if (!m) throw new Error(`unsupported address ${address}`);
  const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r0 = Number(m[2]) - 1;
  const c0 = col(m[1]!);
  return { r0, c0, r1: m[4] ? Number(m[4]) - 1 : r0, c1: m[3] ? col(m[3]) : c0 };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}
