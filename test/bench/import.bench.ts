// Benchmark: reading a 50 MB bank CSV export (generated here, GBK-free UTF-8 with a preamble and
// Chinese headers) through importPayments. Prints time, rows per second and peak memory (RSS).
import { importPayments } from "../../src/import";

function generateCsv(targetBytes: number): Uint8Array {
  const header = "中国银行交易流水明细单\n记账日期,记账时间,币别,金额,余额,交易名称,渠道,网点名称,附言,对方账户名,对方卡号/账号,对方开户行\n";
  const parts: string[] = [header];
  let size = header.length * 2;
  let i = 0;
  while (size < targetBytes) {
    const day = String((i % 28) + 1).padStart(2, "0");
    const cents = String(i % 100).padStart(2, "0");
    const amount = i % 3 === 0 ? `"${(i % 9) + 1},${String(i % 1000).padStart(3, "0")}.${cents}"` : `-${(i % 500) + 1}.${cents}`;
    const line = `2025-08-${day},12:${String(i % 60).padStart(2, "0")}:00,人民币,${amount},"3,240.28",网上快捷支付,银企对接,上海分行,货款 INV-${100000 + i},上海某某贸易有限公司${i % 997},6226******${String(i % 10000).padStart(4, "0")},中国银行上海分行\n`;
    parts.push(line);
    size += Buffer.byteLength(line);
    i++;
  }
  return new TextEncoder().encode(parts.join(""));
}

export async function run(): Promise<void> {
  const bytes = generateCsv(50 * 1024 * 1024);
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = importPayments(bytes, { fileName: "bench.csv" });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  peak = Math.max(peak, process.memoryUsage().rss);
  clearInterval(timer);
  console.log(`import 50 MB CSV: ${(bytes.length / 1048576).toFixed(1)} MB, ${result.payments.length} payments, ${result.problems.length} problems`);
  // CPU time next to wall time: on a shared machine the wall clock also counts other people's work.
  const cpuS = (cpu.user + cpu.system) / 1e6;
  console.log(`time ${(ms / 1000).toFixed(2)} s wall, ${cpuS.toFixed(2)} s CPU (${Math.round(result.payments.length / (ms / 1000))} rows/s), peak RSS ${(peak / 1048576).toFixed(0)} MB`);
}
