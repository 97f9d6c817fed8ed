// `npm run bench reconcile`: the engine on generated books of 10k, 100k and 1M settlements with
// about as many payments. Each size runs in its own child process (a fresh heap, so peak memory is
// that size's own) started as `node --max-old-space-size=8192 --max-semi-space-size=128 --import tsx`:
// the 1M book and its plan need more than Node's default heap, and a larger young generation
// spares the collector most of the copying of the many short-lived per-row objects.
// Prints time (median of RECONCILE_BENCH_REPEAT runs, default 3), memory, growth and quality figures.
import { spawnSync } from "node:child_process";
import type { Payment, Settlement } from "../../src/core/model";
import { reconcile } from "../../src/core/reconcile";
import { generateBook } from "../core/reconcile/generator";
import { scorePlan } from "../core/reconcile/score";

const SIZES = [10_000, 100_000, 1_000_000];
const HEAP_MB = 8192;

interface Figures {
  n: number;
  settlements: number;
  payments: number;
  ms: number;
  /** One plain sweep reading two fields of every row: what this machine charges per row at this size. */
  sweepMs: number;
  rssBeforeMb: number;
  peakRssMb: number;
  heapUsedMb: number;
  precisionAuto: number;
  recallAuto: number;
  recallAutoOrSuggested: number;
  ambiguousTruthAuto: number;
}

const mb = (bytes: number): number => Math.round(bytes / 1048576);

/**
 * The floor for comparison: one sweep reading the amount's first digit word and one text of every
 * row, nothing else. Its growth from one size to the next is what the machine's memory charges
 * for touching ten times as many rows; the engine's growth is best read against it.
 */
function sweep(settlements: readonly Settlement[], payments: readonly Payment[]): number {
  const t0 = process.hrtime.bigint();
  let acc = 0;
  for (const p of payments) acc += (p.amount.d?.[0] ?? 0) + (p.memo?.length ?? 0);
  for (const s of settlements) acc += (s.amount.d?.[0] ?? 0) + s.ref.length;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return acc >= 0 ? ms : -1;
}

function child(n: number): void {
  const book = generateBook(n, 7);
  global.gc?.();
  // Warm the sweep's code on a few rows first, so what is measured is memory, not the compiler.
  for (let k = 0; k < 5; k += 1) sweep(book.settlements.slice(0, 500), book.payments.slice(0, 500));
  const sweepMs = sweep(book.settlements, book.payments);
  const rssBefore = process.memoryUsage().rss;
  const t0 = process.hrtime.bigint();
  const plan = reconcile({ settlements: book.settlements, payments: book.payments });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const heapUsed = process.memoryUsage().heapUsed;
  const peak = process.resourceUsage().maxRSS * 1024;
  const s = scorePlan(plan, book.truth);
  const figures: Figures = {
    n,
    settlements: book.settlements.length,
    payments: book.payments.length,
    ms: Math.round(ms),
    sweepMs: Math.round(sweepMs * 10) / 10,
    rssBeforeMb: mb(rssBefore),
    peakRssMb: mb(peak),
    heapUsedMb: mb(heapUsed),
    precisionAuto: s.precisionAuto,
    recallAuto: s.recallAuto,
    recallAutoOrSuggested: s.recallAutoOrSuggested,
    ambiguousTruthAuto: s.ambiguousTruthAuto,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

function runChild(n: number): Figures | undefined {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, "--max-semi-space-size=128", "--expose-gc", "--import", "tsx", __filename, "--child", String(n)], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) {
    console.error(`n=${n}: child failed (${r.status ?? r.signal})\n${r.stderr}`);
    return undefined;
  }
  return JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}") as Figures;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

export async function run(): Promise<void> {
  const sizes = process.env.RECONCILE_BENCH_SIZES ? process.env.RECONCILE_BENCH_SIZES.split(",").map(Number) : SIZES;
  // Timings on a shared machine drift by tens of percent from one minute to the next, so every
  // size runs several times, the sizes interleaved (a slow spell hits all of them alike), and the
  // median is reported with the range.
  const repeat = Math.max(1, Number(process.env.RECONCILE_BENCH_REPEAT ?? 3));
  const runs = new Map<number, Figures[]>(sizes.map((n) => [n, []]));
  for (let k = 0; k < repeat; k += 1) {
    for (const n of sizes) {
      const f = runChild(n);
      if (!f) continue;
      runs.get(n)?.push(f);
      process.stdout.write(`  run ${k + 1}/${repeat}, ${f.settlements} settlements: ${f.ms} ms, peak RSS ${f.peakRssMb} MB\n`);
    }
  }
  let prev: { n: number; settlements: number; ms: number; sweepMs: number } | undefined;
  for (const n of sizes) {
    const all = runs.get(n) ?? [];
    const f = all[0];
    if (!f) continue;
    const times = all.map((x) => x.ms);
    const ms = median(times);
    const sweepMs = Math.round(median(all.map((x) => x.sweepMs)) * 10) / 10;
    // Runs of the same round ran minutes apart, in the same spell of the machine: their ratios
    // vary less than the ratio of two medians taken across spells.
    const before = prev ? (runs.get(prev.n) ?? []) : [];
    const paired = all.flatMap((x, k) => (before[k] ? [x.ms / Math.max(1, (before[k] as Figures).ms)] : []));
    const growth = prev
      ? ` growth ×${(ms / Math.max(1, prev.ms)).toFixed(1)} for ×${(f.settlements / prev.settlements).toFixed(1)} rows (medians),` +
        ` ×${median(paired).toFixed(1)} as the median of the ${paired.length} rounds' own ratios (${paired.map((r) => r.toFixed(1)).join(", ")});` +
        ` a plain sweep over the rows grew ×${(sweepMs / Math.max(0.1, prev.sweepMs)).toFixed(1)} (${prev.sweepMs} → ${sweepMs} ms)`
      : ` (a plain sweep over the rows: ${sweepMs} ms)`;
    process.stdout.write(
      `${f.settlements} settlements × ${f.payments} payments: median ${ms} ms of ${all.length} runs (${Math.min(...times)}–${Math.max(...times)} ms), ` +
        `peak RSS ${Math.max(...all.map((x) => x.peakRssMb))} MB (book alone ${f.rssBeforeMb} MB), heap after ${f.heapUsedMb} MB;${growth}\n` +
        `  precision(auto) ${(f.precisionAuto * 100).toFixed(2)}%, recall(auto) ${(f.recallAuto * 100).toFixed(2)}%, ` +
        `recall(auto+suggested) ${(f.recallAutoOrSuggested * 100).toFixed(2)}%, ambiguous truth auto-matched ${f.ambiguousTruthAuto}\n`,
    );
    prev = { n, settlements: f.settlements, ms, sweepMs };
  }
}

const at = process.argv.indexOf("--child");
if (at >= 0) child(Number(process.argv[at + 1]));
