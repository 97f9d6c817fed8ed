// Conformance over the shared corpus (../shared/corpus) against its independent answer key
// (EXPECTED.json; definitions in EXPECTED.md). The corpus is read in place, never copied.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { importPayments } from "../../src/import";
import type { ImportedPayment } from "../../src/import";
import { Money, sum } from "../../src/core/money";

const CORPUS = path.resolve(__dirname, "../../../shared/corpus");
const KEY = path.join(CORPUS, "EXPECTED.json");

interface Bucket {
  count: number;
  total: string;
}
interface Sample {
  date: string | null;
  amount: string;
  direction: "credit" | "debit" | "neutral";
  currency: string;
  counterparty: string | null;
  reference_or_memo_contains: string;
  value_date?: string;
  transaction_date?: string;
}
interface Expected {
  format: string;
  encoding: string;
  ascii_only?: boolean;
  transactions: number;
  credits: Bucket;
  debits: Bucket;
  neutral?: Bucket;
  currencies: string[];
  first_date: string | null;
  last_date: string | null;
  first_value_date?: string | null;
  last_value_date?: string | null;
  by_currency?: Record<string, { credits: Bucket; debits: Bucket; neutral?: Bucket }>;
  samples: Sample[];
  skip?: boolean;
}

const DIRECTION = { credit: "in", debit: "out", neutral: "neutral" } as const;
const norm = (s: string): string => s.replace(/\s+/g, " ").trim().toLowerCase();

function bucket(ps: ImportedPayment[]): { count: number; total: string } {
  return { count: ps.length, total: sum(ps.map((p) => p.amount.abs())).toFixed(2) };
}

function range(values: (string | undefined)[]): [string | null, string | null] {
  const v = values.filter((d): d is string => !!d).sort();
  return [v[0] ?? null, v[v.length - 1] ?? null];
}

function texts(p: ImportedPayment): string {
  return [p.memo, p.reference, ...(p.references ?? []), p.note].filter(Boolean).join(" ¦ ");
}

function matchesSample(p: ImportedPayment, s: Sample): boolean {
  if ((p.date || null) !== s.date) return false;
  const amount = new Money(s.amount);
  if (s.direction === "neutral" ? !p.amount.abs().equals(amount.abs()) : !p.amount.equals(amount)) return false;
  if (p.direction !== DIRECTION[s.direction] || p.currency !== s.currency) return false;
  if (s.counterparty !== null) {
    const a = norm(p.payer);
    const b = norm(s.counterparty);
    if (!a || !(a.includes(b) || b.includes(a))) return false;
  }
  if (!norm(texts(p)).includes(norm(s.reference_or_memo_contains))) return false;
  if (s.value_date !== undefined) {
    const want = s.value_date.startsWith("invalid") ? undefined : s.value_date;
    if (p.valueDate !== want) return false;
  }
  if (s.transaction_date !== undefined && p.transactionDate !== s.transaction_date) return false;
  return true;
}

const available = existsSync(KEY);
const key: Record<string, Expected> = available ? JSON.parse(readFileSync(KEY, "utf8")) : {};

if (!available) {
  test.skip(`corpus not found at ${CORPUS}: conformance suite skipped`, () => undefined);
}

const entries = Object.entries(key);
(entries.length ? describe.each(entries) : (_name: string, _fn: (file: string, e: Expected) => void) => undefined)("%s", (file: string, e: Expected) => {
  const run = e.skip ? test.skip : test;
  const result = () => importPayments(new Uint8Array(readFileSync(path.join(CORPUS, file))), { fileName: path.basename(file) });

  run("gives the expected counts, totals, currencies and dates", () => {
    const r = result();
    const ps = r.payments;
    expect(ps.length).toBe(e.transactions);
    expect(bucket(ps.filter((p) => p.direction === "in"))).toEqual({ count: e.credits.count, total: new Money(e.credits.total).toFixed(2) });
    expect(bucket(ps.filter((p) => p.direction === "out"))).toEqual({ count: e.debits.count, total: new Money(e.debits.total).toFixed(2) });
    const neutral = e.neutral ?? { count: 0, total: "0.00" };
    expect(bucket(ps.filter((p) => p.direction === "neutral"))).toEqual({ count: neutral.count, total: new Money(neutral.total).toFixed(2) });
    expect([...new Set(ps.map((p) => p.currency))].sort()).toEqual([...e.currencies].sort());
    expect(range(ps.map((p) => p.date))).toEqual([e.first_date, e.last_date]);
    if (e.first_value_date !== undefined) {
      expect(range(ps.map((p) => p.valueDate))).toEqual([e.first_value_date, e.last_value_date]);
    }
    for (const [ccy, b] of Object.entries(e.by_currency ?? {})) {
      const mine = ps.filter((p) => p.currency === ccy);
      expect(bucket(mine.filter((p) => p.direction === "in"))).toEqual({ count: b.credits.count, total: new Money(b.credits.total).toFixed(2) });
      expect(bucket(mine.filter((p) => p.direction === "out"))).toEqual({ count: b.debits.count, total: new Money(b.debits.total).toFixed(2) });
    }
  });

  run("reads every line: the only problems are warnings about the file, not unread rows", () => {
    const r = result();
    const allowed = ["balance-mismatch", "encoding-uncertain", "date-missing", "date-impossible"];
    expect(r.problems.filter((p) => !allowed.includes(p.code))).toEqual([]);
    // A date problem only where the key itself has no date for a transaction or value date.
    if (r.problems.some((p) => p.code === "date-missing" || p.code === "date-impossible")) {
      expect(e.samples.some((s) => s.date === null || s.value_date?.startsWith("invalid"))).toBe(true);
    }
  });

  run("detects the format and encoding", () => {
    const r = result();
    expect(r.format).toBe(e.format);
    if (!e.ascii_only) expect(r.encoding).toBe(e.encoding);
  });

  run("finds every sample transaction", () => {
    const r = result();
    for (const s of e.samples) {
      const found = r.payments.some((p) => matchesSample(p, s));
      if (!found) throw new Error(`sample not found: ${JSON.stringify(s)}`);
    }
  });
});
