// `settle import <file> [--format F] [--encoding E] [--json out.json] [--into book.xlsx --sheet NAME]
// [--lang en|zh-CN]`: reads a bank or platform export and prints a one-line summary; with --json
// writes the §7 JSON; with --into adds the payments to a workbook as a new sheet. Problems in
// the data are reported (exit 0); a missing, unreadable or unrecognised file exits 2 with one line.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { isWorkbookError } from "../app/errors";
import { writeImportedPayments } from "../app/imported-payments-tab";
import type { Payment } from "../core/model";
import type { Lang } from "../core/problems";
import { IMPORT_FORMATS, directionTotals, importPayments, importResultJson } from "../import";
import type { ImportFormat } from "../import";
import { loadXlsx, saveXlsx } from "../xlsx/xlsx-file";
import { XlsxPort } from "../xlsx/xlsx-port";

const USAGE = "usage: settle import <bank-file> [--format auto|csv|alipay|wechat|ofx|camt052|camt053|camt054|mt940|xlsx|xls] [--encoding NAME] [--json payments.json] [--into book.xlsx [--sheet NAME]] [--lang en|zh-CN]";

interface Args {
  file?: string;
  format?: ImportFormat | "auto";
  encoding?: string;
  json?: string;
  into?: string;
  sheet?: string;
  lang: Lang;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { lang: "en" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = (): string | undefined => argv[++i];
    switch (a) {
      case "--format": {
        const f = value();
        if (!f || (f !== "auto" && !(IMPORT_FORMATS as readonly string[]).includes(f))) return `unknown format '${f ?? ""}'`;
        args.format = f as ImportFormat | "auto";
        break;
      }
      case "--encoding":
        args.encoding = value();
        if (!args.encoding) return "--encoding needs a name";
        break;
      case "--json":
        args.json = value();
        if (!args.json) return "--json needs a file name";
        break;
      case "--into":
        args.into = value();
        break;
      case "--sheet":
        args.sheet = value();
        break;
      case "--lang": {
        const l = value();
        if (l !== "en" && l !== "zh-CN") return `unknown language '${l ?? ""}'`;
        args.lang = l;
        break;
      }
      default:
        if (a.startsWith("--")) return `unknown option '${a}'`;
        if (args.file) return `unexpected argument '${a}'`;
        args.file = a;
    }
  }
  return args;
}

export async function runImportCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    console.error(`settle import: ${args}.\n${USAGE}`);
    return 2;
  }
  if (!args.file) {
    console.error(`settle import: no file given.\n${USAGE}`);
    return 2;
  }
  if (args.sheet !== undefined && args.into === undefined) {
    console.error(`settle import: --sheet needs --into <book.xlsx>.\n${USAGE}`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(args.file));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : (err as Error).message;
    console.error(`settle import: cannot read ${args.file}: ${reason}.`);
    return 2;
  }
  const result = importPayments(bytes, { format: args.format, encoding: args.encoding, fileName: path.basename(args.file), lang: args.lang });
  const fatal = result.problems.find((p) => p.row === 0 && (p.code === "format-unknown" || p.code === "file-unreadable" || p.code === "header-not-found"));
  if (result.format === "unknown" || (fatal && result.payments.length === 0)) {
    console.error(`settle import: cannot read ${args.file}: ${fatal?.detail ?? fatal?.message ?? "format not recognised"}.`);
    return 2;
  }
  if (args.json) {
    try {
      writeFileSync(args.json, `${JSON.stringify(importResultJson(result), null, 2)}\n`);
    } catch (err) {
      console.error(`settle import: cannot write ${args.json}: ${(err as Error).message}.`);
      return 2;
    }
  }
  if (args.into) {
    const sheet = args.sheet ?? (args.lang === "zh-CN" ? "银行流水" : "Bank");
    const written = await writeInto(args.into, sheet, result.payments, args.lang);
    if (written !== 0) return written;
  }
  const credits = directionTotals(result, "in");
  const debits = directionTotals(result, "out");
  const neutral = directionTotals(result, "neutral");
  const parts = [
    `${args.file}: format ${result.format}`,
    `encoding ${result.encoding}`,
    `${result.payments.length} payments`,
    `credits ${credits.count} (${credits.total})`,
    `debits ${debits.count} (${debits.total})`,
  ];
  if (neutral.count) parts.push(`neutral ${neutral.count} (${neutral.total})`);
  parts.push(`${result.problems.length} problems`);
  console.log(parts.join(", "));
  return 0;
}

/** Adds the payments as a new sheet of `book` (created when missing); other sheets are kept as they are. */
async function writeInto(book: string, sheet: string, payments: Payment[], lang: Lang): Promise<number> {
  try {
    const workbook = existsSync(book) ? await loadXlsx(new Uint8Array(readFileSync(book)), book) : new ExcelJS.Workbook();
    await writeImportedPayments(new XlsxPort(workbook), sheet, payments, lang);
    writeFileSync(book, await saveXlsx(workbook));
    return 0;
  } catch (err) {
    const reason = isWorkbookError(err) ? err.messageIn(lang) : (err as Error).message;
    console.error(`settle import: cannot write into ${book}: ${reason}`);
    return 2;
  }
}
