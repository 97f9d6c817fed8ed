// Fuzzing: random bytes and mutated real files never throw and never hang, and in a delimited
// export every data row ends as a payment or as a problem on that row (nothing silently dropped).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { importPayments } from "../../src/import";
import { readCamt } from "../../src/import/camt/read-camt";
import { readMt940 } from "../../src/import/mt940/read-mt940";
import { readOfx } from "../../src/import/ofx/read-ofx";
import { readDelimited } from "../../src/import/csv/read-delimited";

const ctx = { sheet: "fuzz", lang: "en" as const };
const FIXTURES = path.resolve(__dirname, "../fixtures/import");
const CORPUS = path.resolve(__dirname, "../../../shared/corpus");

function realFiles(): Uint8Array[] {
  const files: string[] = readdirSync(FIXTURES).filter((f) => /\.\w+$/.test(f)).map((f) => path.join(FIXTURES, f));
  if (existsSync(CORPUS)) {
    for (const dir of ["camt053", "mt940", "ofx", "csv_cn", "csv_intl"]) {
      for (const f of readdirSync(path.join(CORPUS, dir))) files.push(path.join(CORPUS, dir, f));
    }
  }
  return files.sort().map((f) => new Uint8Array(readFileSync(f)));
}

/** Runs fn and fails if it takes more than `ms` (a hang shows up as a slow case, not a stuck suite). */
function quickly<T>(fn: () => T, ms = 2000): T {
  const t0 = Date.now();
  const out = fn();
  expect(Date.now() - t0).toBeLessThan(ms);
  return out;
}

test("random bytes never throw and give a result or a problem", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
      const r = quickly(() => importPayments(bytes, { fileName: "random.bin" }));
      expect(r.problems.filter((p) => p.detail?.startsWith("internal error"))).toEqual([]);
      expect(Array.isArray(r.payments)).toBe(true);
      if (r.payments.length === 0 && r.format === "unknown") expect(r.problems.length).toBeGreaterThan(0);
    }),
    { numRuns: 300 },
  );
});

test("random text never makes a reader throw", () => {
  const alphabet = fc.constantFrom(":61:", ":86:", ":20:", ":60F:", "<Ntry>", "</Ntry>", "<Amt Ccy=\"EUR\">", "<STMTTRN>", "<TRNAMT>", "?20", "/NAME/", ",", ";", "\"", "\n", "\r\n", "1", "9,", "C", "D", "RC", "收入", "支出", "-", "<", ">", "&amp;", "<![CDATA[", "{4:", "-}");
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 400 }).map((a) => a.join("")), (text) => {
      quickly(() => readCamt(text, ctx));
      quickly(() => readMt940(text, ctx));
      quickly(() => readOfx(text, ctx));
      quickly(() => readDelimited(text, "csv", ctx));
    }),
    { numRuns: 300 },
  );
});

test("mutated real files never throw or hang", () => {
  const files = realFiles();
  const mutation = fc.record({
    file: fc.nat({ max: files.length - 1 }),
    edits: fc.array(fc.tuple(fc.nat(), fc.constantFrom("flip", "drop", "dup", "cut"), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
  });
  fc.assert(
    fc.property(mutation, ({ file, edits }) => {
      let bytes = files[file] as Uint8Array;
      for (const [pos, kind, value] of edits) {
        const at = bytes.length ? pos % bytes.length : 0;
        if (kind === "flip") bytes = Uint8Array.from(bytes, (b, i) => (i === at ? value : b));
        else if (kind === "drop") bytes = Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(at + 64)]);
        else if (kind === "dup") bytes = Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(at, at + 200), ...bytes.subarray(at)]);
        else bytes = bytes.subarray(0, at);
      }
      const r = quickly(() => importPayments(bytes, { fileName: "mutated" }));
      for (const p of r.payments) expect(p.amount.isFinite()).toBe(true);
      expect(r.problems.filter((p) => p.detail?.startsWith("internal error"))).toEqual([]);
    }),
    { numRuns: 200 },
  );
});

test("every data row of a CSV export becomes a payment or a problem on that row", () => {
  const good = { date: fc.constantFrom("2024-01-05", "05.01.2024", "2024/1/5"), amount: fc.constantFrom("10.00", "-2.50", "1,234.56", "0.00") };
  const bad = { date: fc.constantFrom("", "abc", "2024-13-01", "2024-02-30", "n/a"), amount: fc.constantFrom("", "abc", "1.2.3", "n/a", "--") };
  const row = fc.record({
    date: fc.oneof(good.date, bad.date),
    amount: fc.oneof(good.amount, bad.amount),
    memo: fc.constantFrom("rent", "INV-1", "payment", "x"),
  });
  fc.assert(
    fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
      const text = ["Date,Description,Amount,Currency", ...rows.map((r) => `${r.date},${r.memo},"${r.amount}",EUR`)].join("\n");
      const r = importPayments(new TextEncoder().encode(text), { fileName: "gen.csv" });
      const paid = new Set(r.payments.map((p) => p.source.row));
      const flagged = new Set(r.problems.map((p) => p.row));
      for (let line = 2; line <= rows.length + 1; line++) {
        expect(paid.has(line) !== flagged.has(line)).toBe(true);
      }
    }),
    { numRuns: 300 },
  );
});
