// Worksheets collection and worksheet proxies for the fake Office host.
import type { HostContext} from "./context";
import { HostError, Loaded, loadList } from "./context";
import { HostRange, wholeSheet } from "./range";
import { type HostSheet, newSheet, parseAddress, usedRect } from "./model";

export class HostWorksheet {
  private readonly loaded = new Loaded("Worksheet");
  constructor(
    private readonly ctx: HostContext,
    private readonly sheetName: string,
    private readonly nullable = false,
  ) {}

  private sheet(): HostSheet {
    return this.ctx.findSheet(this.sheetName);
  }

  load(props?: string | string[]): this {
    const names = loadList(props);
    this.ctx.enqueue({
      bytes: 0,
      run: () => {
        const found = this.ctx.data.sheets.find((s) => s.name.toLowerCase() === this.sheetName.toLowerCase());
        this.loaded.fill("isNullObject", !found);
        if (!found) {
          if (this.nullable) return 0;
          throw new HostError("ItemNotFound", `worksheet ${this.sheetName} not found`);
        }
        for (const p of names) {
          if (p === "name") this.loaded.fill("name", found.name);
          else if (p === "visibility") this.loaded.fill("visibility", found.visibility);
          else if (p === "position") this.loaded.fill("position", this.ctx.data.sheets.indexOf(found));
        }
        return 32;
      },
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }
  get name(): string {
    return this.loaded.get("name");
  }
  get visibility(): string {
    return this.loaded.get("visibility");
  }
  set visibility(v: string) {
    this.ctx.enqueue({
      bytes: 16,
      run: () => {
        this.sheet().visibility = v as HostSheet["visibility"];
      },
    });
  }

  getRange(address?: string): HostRange {
    return new HostRange(this.ctx, () => ({ sheet: this.sheet(), rect: address ? parseAddress(address) : wholeSheet() }));
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): HostRange {
    return new HostRange(this.ctx, () => ({
      sheet: this.sheet(),
      rect: { r0: row, c0: column, r1: row + rows - 1, c1: column + columns - 1 },
    }));
  }

  getUsedRange(_valuesOnly?: boolean): HostRange {
    return new HostRange(this.ctx, () => {
      const sheet = this.sheet();
      return { sheet, rect: usedRect(sheet) ?? { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): HostRange {
    return new HostRange(this.ctx, () => {
      const sheet = this.sheet();
      return { sheet, rect: usedRect(sheet) };
    }, true);
  }

  delete(): void {
    this.ctx.enqueue({
      bytes: 16,
      run: () => {
        const sheet = this.sheet();
        this.ctx.data.sheets.splice(this.ctx.data.sheets.indexOf(sheet), 1);
      },
    });
  }

  get protection(): unknown {
    const loaded = new Loaded("WorksheetProtection");
    const op = (fn: (s: HostSheet) => void): void => this.ctx.enqueue({ bytes: 16, run: () => fn(this.sheet()) });
    return {
      protect: (): void => op((s) => (s.protected = true)),
      unprotect: (): void => op((s) => (s.protected = false)),
      load: (): void =>
        this.ctx.enqueue({ bytes: 0, run: () => loaded.fill("protected", this.sheet().protected) }),
      get protected(): boolean {
        return loaded.get("protected");
      },
    };
  }

  get freezePanes(): unknown {
    return {
      freezeRows: (n: number): void =>
        this.ctx.enqueue({
          bytes: 16,
          run: () => {
            this.sheet().frozenRows = n;
          },
        }),
    };
  }

  get charts(): unknown {
    return {
      add: (type: string, source: HostRange, _seriesBy?: string): unknown => {
        const holder: { chart?: HostSheet["charts"][number] } = {};
        const rangeRect = (source as unknown as { resolveForChart(): { rect: { r0: number; c0: number; r1: number; c1: number } } })
          .resolveForChart;
        this.ctx.enqueue({
          bytes: 64,
          run: () => {
            const sheet = this.ctx.writable(this.sheet());
            holder.chart = { type, source: rangeRect.call(source).rect, title: "", anchor: "" };
            sheet.charts.push(holder.chart);
          },
        });
        const set = (fn: (c: NonNullable<typeof holder.chart>) => void): void =>
          this.ctx.enqueue({ bytes: 32, run: () => holder.chart && fn(holder.chart) });
        return {
          title: {
            set text(t: string) {
              set((c) => (c.title = t));
            },
          },
          setPosition: (start: string): void => set((c) => (c.anchor = start)),
        };
      },
    };
  }
}

export class HostWorksheetCollection {
  private readonly loaded = new Loaded("WorksheetCollection");
  constructor(private readonly ctx: HostContext) {}

  getItem(name: string): HostWorksheet {
    return new HostWorksheet(this.ctx, name);
  }

  getItemOrNullObject(name: string): HostWorksheet {
    return new HostWorksheet(this.ctx, name, true);
  }

  add(name: string): HostWorksheet {
    this.ctx.enqueue({
      bytes: 32,
      run: () => {
        if (this.ctx.data.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
          throw new HostError("ItemAlreadyExists", `A worksheet named ${name} already exists.`);
        }
        this.ctx.data.sheets.push(newSheet(name));
      },
    });
    return new HostWorksheet(this.ctx, name);
  }

  load(props?: string | string[]): this {
    const names = loadList(props).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue({
      bytes: 0,
      run: () => {
        const items = this.ctx.data.sheets.map((s) => {
          const ws = new HostWorksheet(this.ctx, s.name);
          return { name: s.name, visibility: s.visibility, ws };
        });
        this.loaded.fill(
          "items",
          items.map((i) => ({
            get name(): string {
              if (!names.includes("name")) throw new HostError("PropertyNotLoaded", "Worksheet.name not loaded");
              return i.name;
            },
            get visibility(): string {
              if (!names.includes("visibility")) throw new HostError("PropertyNotLoaded", "Worksheet.visibility not loaded");
              return i.visibility;
            },
          })),
        );
        return items.length * 48;
      },
    });
    return this;
  }

  get items(): { name: string; visibility: string }[] {
    return this.loaded.get("items");
  }
}
