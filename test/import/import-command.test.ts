// `settle import`: one-line summary and exit 0 on real files, exit 2 with one line otherwise.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runImportCommand } from "../../src/cli/import-command";
import { captureConsole } from "../support/capture-console";

const FIXTURES = path.resolve(__dirname, "../fixtures/import");

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return captureConsole(() => runImportCommand(args));
}

test("prints a one-line summary and writes the §7 JSON", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "settle-import-"));
  const json = path.join(dir, "out.json");
  const r = await run([path.join(FIXTURES, "wechat-neutral-and-refunds.csv"), "--json", json]);
  expect(r.code).toBe(0);
  expect(r.out.split("\n")).toHaveLength(1);
  expect(r.out).toContain("format wechat, encoding utf-8, 5 payments, credits 1 (66.00 CNY), debits 3 (143.00 CNY), neutral 1 (500.00 CNY), 0 problems");
  const doc = JSON.parse(readFileSync(json, "utf8"));
  expect(Object.keys(doc)).toEqual(["format", "encoding", "payments", "balances", "problems"]);
  expect(doc.payments[0]).toMatchObject({ date: "2024-02-01", amount: "-28.00", currency: "CNY", direction: "out", counterparty: "某某咖啡", method: "wechat", status: "ok", source: { row: 5 } });
});

test("the same file gives byte-identical JSON", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "settle-import-"));
  const file = path.join(FIXTURES, "camt053-batch-reversal-charges-two-statements.xml");
  await run([file, "--json", path.join(dir, "a.json")]);
  await run([file, "--json", path.join(dir, "b.json")]);
  expect(readFileSync(path.join(dir, "a.json"), "utf8")).toBe(readFileSync(path.join(dir, "b.json"), "utf8"));
});

test("random bytes exit 2 with one line naming the file and the reason", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "settle-import-"));
  const file = path.join(dir, "random.bin");
  writeFileSync(file, Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
  const r = await run([file]);
  expect(r.code).toBe(2);
  expect(r.err.split("\n")).toHaveLength(1);
  expect(r.err).toContain(file);
});

test("a missing file exits 2 with one line", async () => {
  const r = await run(["/no/such/file.csv"]);
  expect(r).toMatchObject({ code: 2, err: "settle import: cannot read /no/such/file.csv: no such file." });
});

test("--format and --encoding override detection; a bad --format is a usage error", async () => {
  const ok = await run([path.join(FIXTURES, "latin1-german-not-gb18030.csv"), "--format", "csv", "--encoding", "latin1"]);
  expect(ok.code).toBe(0);
  expect(ok.out).toContain("encoding iso-8859-1");
  const bad = await run([path.join(FIXTURES, "dr-cr-flag-column.csv"), "--format", "pdf"]);
  expect(bad.code).toBe(2);
});
