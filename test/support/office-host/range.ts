// Range, conditional formats and their proxies for the fake Office host.
import type { HostContext} from "./context";
import { HostError, Loaded, jsonBytes, loadList } from "./context";
import { type HostConditionalFormat, type HostSheet, type HostValue, type Rect, intersects, rectAddress } from "./model";

const WHOLE_SHEET: Rect = { r0: 0, c0: 0, r1: 1_048_575, c1: 16_383 };

function isNumeric(text: string): boolean {
  return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text.trim());
}

/** Writes one value into a cell the way Excel interprets typed input. */
export function setCellValue(sheet: HostSheet, r: number, c: number, v: unknown): void {
  const values = (sheet.values[r] ??= []);
  const formulas = (sheet.formulas[r] ??= []);
  const format = sheet.formats[r]?.[c] ?? "General";
  formulas[c] = undefined;
  if (v === null || v === undefined || v === "") {
    values[c] = undefined;
    return;
  }
  if (typeof v !== "string") {
    values[c] = v as HostValue;
    return;
  }
  if (format === "@") {
    values[c] = v;
  } else if (isNumeric(v)) {
    values[c] = Number(v);
  } else if (/^[=+\-@]/.test(v)) {
    // Excel turns it into a formula; we do not evaluate formulas, the value is a stand-in.
    formulas[c] = v.startsWith("=") ? v : `=${v}`;
    values[c] = 0;
  } else {
    values[c] = v;
  }
}

function matrix<T>(rect: Rect, cell: (r: number, c: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row: T[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) row.push(cell(r, c));
    out.push(row);
  }
  return out;
}

type Resolver = () => { sheet: HostSheet; rect: Rect | null };

export class HostRange {
  private readonly loaded: Loaded;
  constructor(
    private readonly ctx: HostContext,
    private readonly resolve: Resolver,
    private readonly nullable = false,
  ) {
    this.loaded = new Loaded("Range");
  }

  load(props?: string | string[]): this {
    const names = loadList(props);
    this.ctx.enqueue({
      bytes: 0,
      run: () => {
        const { sheet, rect } = this.resolve();
        this.loaded.fill("isNullObject", rect === null);
        if (rect === null) {
          if (!this.nullable) throw new HostError("ItemNotFound", "The range does not exist.");
          return 0;
        }
        let bytes = 0;
        const put = (name: string, value: unknown): void => {
          this.loaded.fill(name, value);
          bytes += jsonBytes(value);
        };
        for (const p of names) {
          if (p === "values") put(p, matrix(rect, (r, c) => sheet.values[r]?.[c] ?? ""));
          else if (p === "formulas") put(p, matrix(rect, (r, c) => sheet.formulas[r]?.[c] ?? sheet.values[r]?.[c] ?? ""));
          else if (p === "numberFormat") put(p, matrix(rect, (r, c) => sheet.formats[r]?.[c] ?? "General"));
          else if (p === "address") put(p, rectAddress(sheet.name, rect));
          else if (p === "rowIndex") put(p, rect.r0);
          else if (p === "columnIndex") put(p, rect.c0);
          else if (p === "rowCount") put(p, rect.r1 - rect.r0 + 1);
          else if (p === "columnCount") put(p, rect.c1 - rect.c0 + 1);
          else throw new HostError("InvalidArgument", `host does not load Range.${p}`);
        }
        return bytes;
      },
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }
  /** Used by the host's charts.add to find the source rectangle when the batch runs. */
  resolveForChart(): { rect: Rect } {
    const { rect } = this.resolve();
    if (!rect) throw new HostError("ItemNotFound", "The range does not exist.");
    return { rect };
  }
  /** Row `i` of this range (0-based), resolved when the batch runs. */
  getRow(i: number): HostRange {
    return new HostRange(this.ctx, () => {
      const { sheet, rect } = this.resolve();
      if (!rect) throw new HostError("ItemNotFound", "The range does not exist.");
      return { sheet, rect: { r0: rect.r0 + i, c0: rect.c0, r1: rect.r0 + i, c1: rect.c1 } };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): HostRange {
    return new HostRange(this.ctx, () => {
      const { sheet, rect } = this.resolve();
      if (!rect) throw new HostError("ItemNotFound", "The range does not exist.");
      return { sheet, rect: { ...rect, r1: rect.r1 + deltaRows, c1: rect.c1 + deltaColumns } };
    });
  }

  get values(): unknown[][] {
    return this.loaded.get("values");
  }
  set values(values: unknown[][]) {
    this.write("values", values, (sheet, r, c, v) => setCellValue(sheet, r, c, v));
  }
  get formulas(): unknown[][] {
    return this.loaded.get("formulas");
  }
  get numberFormat(): unknown[][] {
    return this.loaded.get("numberFormat");
  }
  set numberFormat(formats: unknown[][]) {
    this.write("numberFormat", formats, (sheet, r, c, v) => {
      (sheet.formats[r] ??= [])[c] = v === "General" ? undefined : String(v);
    });
  }
  get address(): string {
    return this.loaded.get("address");
  }
  get rowIndex(): number {
    return this.loaded.get("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded.get("columnIndex");
  }
  get rowCount(): number {
    return this.loaded.get("rowCount");
  }
  get columnCount(): number {
    return this.loaded.get("columnCount");
  }

  private write(what: string, data: unknown[][], apply: (s: HostSheet, r: number, c: number, v: unknown) => void): void {
    this.ctx.enqueue({
      bytes: jsonBytes(data),
      run: () => {
        const { sheet, rect } = this.resolve();
        if (!rect) throw new HostError("ItemNotFound", "The range does not exist.");
        this.ctx.writable(sheet);
        const rows = rect.r1 - rect.r0 + 1;
        const cols = rect.c1 - rect.c0 + 1;
        if (data.length !== rows || data.some((row) => row.length !== cols)) {
          throw new HostError("InvalidArgument", `${what}: the number of rows or columns doesn't match the range.`);
        }
        data.forEach((row, i) => row.forEach((v, j) => apply(sheet, rect.r0 + i, rect.c0 + j, v)));
      },
    });
  }

  clear(): void {
    this.ctx.enqueue({
      bytes: 0,
      run: () => {
        const { sheet, rect } = this.resolve();
        if (!rect) return;
        this.ctx.writable(sheet);
        for (let r = rect.r0; r <= Math.min(rect.r1, sheet.values.length - 1); r++) {
          for (let c = rect.c0; c <= rect.c1 && c < 1000; c++) setCellValue(sheet, r, c, null);
        }
      },
    });
  }

  get format(): unknown {
    const each = (fn: (sheet: HostSheet, key: string) => void): void =>
      this.ctx.enqueue({
        bytes: 64,
        run: () => {
          const { sheet, rect } = this.resolve();
          if (!rect) return;
          this.ctx.writable(sheet);
          for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) fn(sheet, `${r},${c}`);
        },
      });
    return {
      fill: {
        set color(color: string) {
          each((sheet, key) => sheet.fills.set(key, color));
        },
      },
      font: {
        set bold(bold: boolean) {
          each((sheet, key) => (bold ? sheet.bold.add(key) : sheet.bold.delete(key)));
        },
      },
      set columnWidth(_w: number) {
        each(() => undefined);
      },
      autofitColumns: () => each(() => undefined),
    };
  }

  get conditionalFormats(): HostConditionalFormatCollection {
    return new HostConditionalFormatCollection(this.ctx, () => {
      const { sheet, rect } = this.resolve();
      return { sheet, rect: rect ?? WHOLE_SHEET };
    });
  }
}

export function wholeSheet(): Rect {
  return WHOLE_SHEET;
}

class HostConditionalFormatCollection {
  private readonly loaded = new Loaded("ConditionalFormatCollection");
  constructor(
    private readonly ctx: HostContext,
    private readonly resolve: () => { sheet: HostSheet; rect: Rect },
  ) {}

  add(type: string): HostConditionalFormatProxy {
    const holder: { cf?: HostConditionalFormat } = {};
    this.ctx.enqueue({
      bytes: 64,
      run: () => {
        const { sheet, rect } = this.resolve();
        this.ctx.writable(sheet);
        holder.cf = { rect, type, formula: "", fill: null };
        sheet.conditionalFormats.push(holder.cf);
      },
    });
    return new HostConditionalFormatProxy(this.ctx, () => {
      if (!holder.cf) throw new HostError("ItemNotFound", "conditional format not created");
      return { cf: holder.cf, sheet: this.resolve().sheet };
    });
  }

  load(props?: string | string[]): this {
    loadList(props);
    this.ctx.enqueue({
      bytes: 0,
      run: () => {
        const { sheet, rect } = this.resolve();
        const items = sheet.conditionalFormats
          .filter((cf) => intersects(cf.rect, rect))
          .map((cf) => new HostConditionalFormatProxy(this.ctx, () => ({ cf, sheet }), cf.type));
        this.loaded.fill("items", items);
        return items.length * 32;
      },
    });
    return this;
  }

  get items(): HostConditionalFormatProxy[] {
    return this.loaded.get("items");
  }

  clearAll(): void {
    this.ctx.enqueue({
      bytes: 16,
      run: () => {
        const { sheet, rect } = this.resolve();
        this.ctx.writable(sheet);
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersects(cf.rect, rect));
      },
    });
  }
}

class HostConditionalFormatProxy {
  private readonly formulaLoaded = new Loaded("ConditionalRangeFormatRule");
  constructor(
    private readonly ctx: HostContext,
    private readonly resolve: () => { cf: HostConditionalFormat; sheet: HostSheet },
    private readonly loadedType?: string,
  ) {}

  get type(): string {
    if (this.loadedType === undefined) throw new HostError("PropertyNotLoaded", "ConditionalFormat.type is not loaded");
    return this.loadedType;
  }

  get custom(): unknown {
    const ctx = this.ctx;
    const resolve = this.resolve;
    const loaded = this.formulaLoaded;
    const set = (fn: (cf: HostConditionalFormat) => void, bytes: number): void =>
      ctx.enqueue({ bytes, run: () => fn(resolve().cf) });
    return {
      rule: {
        set formula(f: string) {
          set((cf) => (cf.formula = f), f.length);
        },
        get formula(): string {
          return loaded.get("formula");
        },
        load: (): void =>
          ctx.enqueue({
            bytes: 0,
            run: () => {
              const { cf } = resolve();
              if (cf.type !== "Custom") throw new HostError("InvalidOperation", "not a custom conditional format");
              loaded.fill("formula", cf.formula);
              return cf.formula.length;
            },
          }),
      },
      format: {
        fill: {
          set color(color: string) {
            set((cf) => (cf.fill = color), 16);
          },
        },
      },
    };
  }

  delete(): void {
    this.ctx.enqueue({
      bytes: 16,
      run: () => {
        const { cf, sheet } = this.resolve();
        this.ctx.writable(sheet);
        sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== cf);
      },
    });
  }
}
