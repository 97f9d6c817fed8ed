// `settle reconcile` on files: the §7 JSON contract, --out default, input never overwritten, exit
// codes 0 / 2 with one line naming the file and the reason, byte-identical reruns.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type ReconcileDeps, runReconcileCommand } from "../../src/cli/reconcile-command";
import { defaultOut, parseReconcileArgs } from "../../src/cli/reconcile-args";
import { fixedReaders } from "../app/fixed-readers";
import { handPlanner } from "../app/hand-planner";
import { SAMPLE } from "../app/workbooks";
import { captureConsole } from "../support/capture-console";

const deps: ReconcileDeps = { readers: fixedReaders, planner: handPlanner, now: () => "2024-10-20T09:00:00Z", user: () => "cli" };

function tmp(): string {
  return mkdtempSync(path.join(os.tmpdir(), "settle-cli-"));
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return captureConsole(() => runReconcileCommand(args, deps));
}

describe("settle reconcile arguments", () => {
  it("defaults --out next to the book and refuses to overwrite the input", () => {
    expect(defaultOut("/a/book.xlsx")).toBe("/a/book.settled.xlsx");
    expect(parseReconcileArgs(["b.xlsx", "--out", "b.xlsx"])).toMatch(/never overwrites/);
    expect(parseReconcileArgs(["b.xlsx", "--as-of", "2024-02-30"])).toMatch(/not a date/);
    expect(parseReconcileArgs(["b.xlsx", "--lang", "fr"])).toMatch(/unknown language/);
    expect(parseReconcileArgs(["b.xlsx", "--bogus"])).toMatch(/unknown option/);
    expect(parseReconcileArgs([])).toMatch(/missing/);
    expect(parseReconcileArgs(["b.xlsx", "--settlements", "S", "--payments", "P", "--lang", "zh-CN", "--json", "p.json"])).toMatchObject({
      book: "b.xlsx",
      settlements: "S",
      payments: "P",
      lang: "zh-CN",
      json: "p.json",
      out: "b.settled.xlsx",
    });
  });
});

describe("settle reconcile", () => {
  it("writes the workbook and the plan JSON, leaving the input as it was", async () => {
    const dir = tmp();
    const book = path.join(dir, "book.xlsx");
    copyFileSync(SAMPLE, book);
    const before = readFileSync(book);
    const res = await run([book, "--json", path.join(dir, "plan.json")]);
    expect(res.code).toBe(0);
    expect(readFileSync(book).equals(before)).toBe(true);
    expect(existsSync(path.join(dir, "book.settled.xlsx"))).toBe(true);
    const plan = JSON.parse(readFileSync(path.join(dir, "plan.json"), "utf8"));
    expect(Object.keys(plan)).toEqual(["matches", "unmatchedSettlementRows", "unmatchedPaymentRows", "vouchers", "problems"]);
    expect(plan.matches[0]).toEqual({
      id: "G0001",
      status: "auto",
      rule: "reference",
      confidence: 0.99,
      difference: "0.00",
      allocations: [{ settlementRow: 2, paymentRow: 2, amount: "12800.00" }],
    });
    expect(plan.vouchers).toEqual([]);
    expect(plan.problems).toEqual([
      expect.objectContaining({ sheet: "Settlements", row: 13, column: "E", code: "amount-unreadable" }),
    ]);
  });

  it("gives byte-identical output for the same input and time", async () => {
    const dir = tmp();
    await run([SAMPLE, "--out", path.join(dir, "a.xlsx")]);
    await run([SAMPLE, "--out", path.join(dir, "b.xlsx")]);
    expect(readFileSync(path.join(dir, "a.xlsx")).equals(readFileSync(path.join(dir, "b.xlsx")))).toBe(true);
  });

  it("exits 2 with one line naming the file and the reason", async () => {
    const dir = tmp();
    const missing = await run([path.join(dir, "nope.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe(`settle reconcile: ${path.join(dir, "nope.xlsx")}: no such file`);
    const junk = path.join(dir, "junk.xlsx");
    writeFileSync(junk, "not a zip");
    const bad = await run([junk]);
    expect(bad.code).toBe(2);
    expect(bad.err.split("\n")).toHaveLength(1);
    expect(bad.err).toContain("junk.xlsx");
    const sheet = await run([SAMPLE, "--settlements", "Nope", "--out", path.join(dir, "x.xlsx")]);
    expect(sheet.code).toBe(2);
    expect(sheet.err).toMatch(/sample-settlements\.xlsx: Sheet “Nope” was not found/);
    const usage = await run(["--lang"]);
    expect(usage.code).toBe(2);
  });
});

describe("settle reconcile on the bundled sample, with the real readers and engine", () => {
  it("shows every case the sample is made for", async () => {
    const dir = tmp();
    const { defaultDeps } = await import("../../src/cli/reconcile-deps");
    const real = { ...defaultDeps(), now: () => "2024-10-20T09:00:00Z", user: () => "cli" };
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    const code = await runReconcileCommand([SAMPLE, "--out", path.join(dir, "out.xlsx"), "--json", path.join(dir, "plan.json")], real);
    log.mockRestore();
    expect(code).toBe(0);
    const plan = JSON.parse(readFileSync(path.join(dir, "plan.json"), "utf8"));
    const rules = new Set(plan.matches.map((m: { rule: string }) => m.rule));
    for (const rule of ["reference", "exact-amount", "subset-sum", "instalments", "tolerance", "overpayment"]) expect(rules).toContain(rule);
    expect(plan.matches.some((m: { status: string }) => m.status === "ambiguous")).toBe(true);
    expect(plan.unmatchedSettlementRows).toContain(12); // INV-2024-011, not paid
    expect(plan.unmatchedPaymentRows).toContain(13); // 张三, matches nothing
    expect(plan.problems.map((p: { row: number; code: string }) => [p.row, p.code])).toEqual([[13, "amount-unreadable"]]);
  });
});
