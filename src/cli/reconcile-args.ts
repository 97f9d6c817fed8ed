// Arguments of `settle reconcile` (DESIGN.md §7). Pure: a usage error comes back as a string.
import path from "node:path";
import type { Lang } from "../core/problems";

export interface ReconcileArgs {
  book: string;
  settlements?: string;
  payments?: string;
  asOf?: string;
  config?: string;
  lang: Lang;
  /** Output workbook; default `<book>.settled.xlsx` next to the input. */
  out: string;
  json?: string;
}

export const RECONCILE_USAGE =
  "usage: settle reconcile <book.xlsx> [--settlements SHEET] [--payments SHEET] [--as-of YYYY-MM-DD] [--config settings.json] [--lang en|zh-CN] [--out out.xlsx] [--json plan.json]";

/** `book.xlsx` → `book.settled.xlsx` in the same folder. */
export function defaultOut(book: string): string {
  const ext = path.extname(book);
  return path.join(path.dirname(book), `${path.basename(book, ext)}.settled${ext || ".xlsx"}`);
}

function validDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export function parseReconcileArgs(argv: readonly string[]): ReconcileArgs | string {
  let book: string | undefined;
  const opts: Partial<ReconcileArgs> = { lang: "en" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const takes = ["--settlements", "--payments", "--as-of", "--config", "--lang", "--out", "--json"];
    if (takes.includes(a)) {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) return `${a} needs a value`;
      if (a === "--settlements") opts.settlements = v;
      else if (a === "--payments") opts.payments = v;
      else if (a === "--as-of") {
        if (!validDate(v)) return `--as-of '${v}' is not a date (YYYY-MM-DD)`;
        opts.asOf = v;
      } else if (a === "--config") opts.config = v;
      else if (a === "--lang") {
        if (v !== "en" && v !== "zh-CN") return `unknown language '${v}' (en or zh-CN)`;
        opts.lang = v;
      } else if (a === "--out") opts.out = v;
      else opts.json = v;
    } else if (a.startsWith("--")) {
      return `unknown option '${a}'`;
    } else if (book === undefined) {
      book = a;
    } else {
      return `unexpected argument '${a}'`;
    }
  }
  if (!book) return "missing the workbook to reconcile";
  const args: ReconcileArgs = { ...opts, book, lang: opts.lang ?? "en", out: opts.out ?? defaultOut(book) };
  if (path.resolve(args.out) === path.resolve(book)) return `--out ${args.out} is the input workbook; Settle never overwrites its input`;
  return args;
}
