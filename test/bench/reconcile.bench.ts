// `npm run bench reconcile`: the engine on generated books of 10k, 100k and 1M settlements with
// about as many payments. Each size runs in its own child process (a fresh heap, so peak memory is
// that size's own) started as `node --max-old-space-size=8192 --max-semi-space-size=128 --import tsx`:
// the 1M book and its plan need more than Node's default heap, and a larger young generation
// spares the collector most of the copying of the many short-lived per-row objects.
// Prints time, memory, growth and quality figures.
import { spawnSync } from "node:child_process";
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
  rssBeforeMb: number;
  peakRssMb: number;
  heapUsedMb: number;
  precisionAuto: number;
  recallAuto: number;
  recallAutoOrSuggested: number;
  ambiguousTruthAuto: number;
}

const mb = (bytes: number): number => Math.round(bytes / 1048576);

function child(n: number): void {
  const book = generateBook(n, 7);
  global.gc?.();
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

export async function run(): Promise<void> {
  const sizes = process.env.RECONCILE_BENCH_SIZES ? process.env.RECONCILE_BENCH_SIZES.split(",").map(Number) : SIZES;
  const results: Figures[] = [];
  for (const n of sizes) {
    const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, "--max-semi-space-size=128", "--expose-gc", "--import", "tsx", __filename, "--child", String(n)], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    if (r.status !== 0) {
      console.error(`n=${n}: child failed (${r.status ?? r.signal})\n${r.stderr}`);
      continue;
    }
    const f = JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}") as Figures;
    results.push(f);
    const prev = results[results.length - 2];
    const growth = prev ? ` growth ×${(f.ms / Math.max(1, prev.ms)).toFixed(1)} for ×${(f.settlements / prev.settlements).toFixed(1)} rows` : "";
    process.stdout.write(
      `${f.settlements} settlements × ${f.payments} payments: ${f.ms} ms, peak RSS ${f.peakRssMb} MB ` +
        `(book alone ${f.rssBeforeMb} MB), heap after ${f.heapUsedMb} MB;${growth}\n` +
        `  precision(auto) ${(f.precisionAuto * 100).toFixed(2)}%, recall(auto) ${(f.recallAuto * 100).toFixed(2)}%, ` +
        `recall(auto+suggested) ${(f.recallAutoOrSuggested * 100).toFixed(2)}%, ambiguous truth auto-matched ${f.ambiguousTruthAuto}\n`,
    );
  }
}

const at = process.argv.indexOf("--child");
if (at >= 0) child(Number(process.argv[at + 1]));
