// Office round trips for a whole reconcile on the in-memory host: they must grow with the bytes
// moved, not the rows — at most 10 + ⌈payload / 4 MB⌉ syncs for 1k, 10k and 100k rows. The core
// readers read the sheets; a linear stand-in matches (the engine's own speed is benched apart).
import { reconcileWorkbook } from "../../src/app/reconcile-workbook";
import { runExcelAction } from "../../src/excel/run-action";
import { coreReaders } from "../../src/app/core-readers";
import { indexPlanner } from "../app/hand-planner";
import { paymentRows, settlementRows } from "../app/volume";
import { OfficeHost, type SeedCell } from "../support/office-host";

const MB4 = 4 * 1024 * 1024;

function seeded(n: number): OfficeHost {
  const host = new OfficeHost();
  const dated = (rows: SeedCell[][], cols: number[]): SeedCell[][] =>
    rows.map((row, r) => row.map((v, c) => (r > 0 && cols.includes(c) && v !== null ? { value: v as number, format: "yyyy-mm-dd" } : v)));
  host.addSheet("Settlements", dated(settlementRows(n) as SeedCell[][], [2, 3]));
  const payments = dated(paymentRows(n) as SeedCell[][], [0]);
  // A memo that is text in the bank export but reads as a formula if written carelessly.
  payments[1]![3] = { value: '=HYPERLINK("http://x","y")', format: "@" };
  host.addSheet("Payments", payments);
  return host;
}

describe("syncs per reconcile on the in-memory Office host", () => {
  for (const n of [1_000, 10_000, 100_000]) {
    it(`stays within 10 + ⌈payload / 4 MB⌉ for ${n} rows`, async () => {
      const host = seeded(n);
      const before = { ...host.stats };
      const run = { lang: "en" as const, time: "2024-10-20T09:00:00Z", user: "t" };
      // Twice: the first run creates everything, the second replaces it (and reads the log and state).
      for (const pass of [1, 2]) {
        const start = { ...host.stats };
        await runExcelAction((port) => reconcileWorkbook(port, coreReaders, run, indexPlanner), { run: host.run });
        const syncs = host.stats.syncs - start.syncs;
        const payload = host.stats.requestBytes - start.requestBytes + host.stats.responseBytes - start.responseBytes;
        const bound = 10 + Math.ceil(payload / MB4);
        console.log(`${n} rows, run ${pass}: ${syncs} syncs, payload ${(payload / 1048576).toFixed(1)} MB, bound ${bound}, largest batch ${(host.stats.largestBatch / 1048576).toFixed(2)} MB`);
        expect(syncs).toBeLessThanOrEqual(bound);
      }
      expect(host.stats.largestBatch).toBeLessThanOrEqual(5 * 1024 * 1024);
      expect(before.syncs).toBe(0);
      // The source's memo that looks like a formula is still text: the source was never written.
      expect(host.sheet("Payments")!.formulas.flat().filter(Boolean)).toEqual([]);
    }, 240_000);
  }

  it("writes a memo '=HYPERLINK(…)' back as text, never as a formula", async () => {
    const host = seeded(3);
    await runExcelAction(
      (port) =>
        reconcileWorkbook(port, coreReaders, { lang: "en", time: "2024-10-20T09:00:00Z", user: "t" }, ({ payments }) => ({
          groups: [],
          openSettlements: [],
          unappliedPayments: payments.map((p) => ({ id: p.id, open: p.amount })),
          paymentExceptions: [],
        })),
      { run: host.run },
    );
    const unmatched = host.sheet("Unmatched")!;
    expect(unmatched.values[1]![8]).toBe('=HYPERLINK("http://x","y")');
    expect(unmatched.formulas.flat().filter(Boolean)).toEqual([]);
    expect(unmatched.formats[1]![8]).toBe("@");
  });
});
