// Browser tests (`npm run test:e2e`): build, serve dist/ on 127.0.0.1, drive Debian's Chromium with
// playwright-core, and check the pane boots standalone and inside a stubbed Office host. Any request
// that leaves 127.0.0.1 fails the run: the pane must work offline and send nothing anywhere.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { unzipSync } from "fflate";
import { build } from "esbuild";
import { serveDir } from "./serve.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");
const dist = path.join(repo, "dist");
const screens = path.join(here, "screens");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

if (!process.argv.includes("--no-build")) {
  const build = spawnSync("npm", ["run", "--silent", "build"], { cwd: repo, stdio: "inherit" });
  if (build.status !== 0) {
    console.error("test:e2e: the build failed");
    process.exit(1);
  }
}
if (!existsSync(CHROMIUM)) {
  console.error(`test:e2e: no Chromium at ${CHROMIUM}. Install it with 'apt-get install -y chromium' or set CHROMIUM_PATH.`);
  process.exit(1);
}
mkdirSync(screens, { recursive: true });

// The Office stand-in: the in-memory Office host of test/support, bundled for the browser.
const officeStub = (
  await build({ entryPoints: [path.join(here, "office-host-stub.ts")], bundle: true, write: false, format: "iife", platform: "browser", target: "es2020" })
).outputFiles[0].text;

const server = await serveDir(dist);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

const tests = [];
function test(name, fn) {
  tests.push({ name, fn });
}

/** A fresh page that records every request leaving 127.0.0.1 and every page error. */
async function openPage({ office = false, locale = "en-US" } = {}) {
  const context = await browser.newContext({ locale, viewport: { width: 420, height: 760 }, acceptDownloads: true });
  const page = await context.newPage();
  const outside = [];
  const errors = [];
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (!["data:", "blob:"].includes(url.protocol) && url.hostname !== "127.0.0.1") outside.push(req.url());
  });
  page.on("pageerror", (err) => errors.push(String(err)));
  if (office) {
    await page.route("**/office-js/office.js", (route) => route.fulfill({ contentType: "text/javascript", body: officeStub }));
  }
  return { page, context, outside, errors };
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

test("standalone: opens on the sample workbook, explains the matches, and hands back a reconciled file", async () => {
  const { page, context, outside, errors } = await openPage();
  await page.goto(`${server.url}taskpane.html`);
  await page.waitForSelector('[data-testid="settle-app"][data-mode="standalone"]', { timeout: 20000 });
  const text = await page.textContent("body");
  assert(text.includes("Running outside Excel"), "standalone banner missing");
  // The sample opens by itself (what `npm start` shows outside Excel), in the Web Worker.
  await page.waitForSelector('[data-testid="results"]', { timeout: 60000 });
  const rows = await page.locator('[data-testid="match-row"]').count();
  assert(rows >= 6, `expected the sample's matches, saw ${rows}`);
  const results = await page.textContent('[data-testid="results"]');
  assert(results.includes("INV-2024-001"), "the reference match is not listed");
  assert(results.includes("Settlements!E13"), "the unreadable cell is not reported");
  await page.screenshot({ path: path.join(screens, "standalone.png"), fullPage: true });

  await page.getByRole("button", { name: "Apply and download the result" }).click();
  const link = page.locator('[data-testid="download"]');
  await link.waitFor({ timeout: 60000 });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  assert(download.suggestedFilename() === "sample-settlements.settled.xlsx", `download named ${download.suggestedFilename()}`);
  const file = await download.path();
  const entries = unzipSync(new Uint8Array(readFileSync(file)));
  const workbookXml = new TextDecoder().decode(entries["xl/workbook.xml"]);
  for (const tab of ["Settlements", "Payments", "Matches", "Unmatched", "Exceptions", "Settle Log"]) {
    assert(workbookXml.includes(`name="${tab}"`), `the downloaded workbook lacks the ${tab} tab`);
  }
  await page.screenshot({ path: path.join(screens, "standalone-applied.png"), fullPage: true });
  assert(errors.length === 0, `page errors: ${errors.join("; ")}`);
  assert(outside.length === 0, `requests left 127.0.0.1: ${outside.join(", ")}`);
  await context.close();
});

test("standalone in Chinese: the browser's language picks the UI language", async () => {
  const { page, context, errors } = await openPage({ locale: "zh-CN" });
  await page.goto(`${server.url}taskpane.html`);
  await page.waitForSelector('[data-testid="results"]', { timeout: 60000 });
  const text = await page.textContent("body");
  assert(text.includes("当前未在 Excel 中运行"), "zh-CN banner missing");
  assert(text.includes("已匹配"), "zh-CN result labels missing");
  await page.screenshot({ path: path.join(screens, "standalone-zh.png"), fullPage: true });
  assert(errors.length === 0, `page errors: ${errors.join("; ")}`);
  await context.close();
});

test("inside Excel (in-memory Office host): preview explains the matches, apply writes the result tabs", async () => {
  const { page, context, outside, errors } = await openPage({ office: true });
  await page.goto(`${server.url}taskpane.html`);
  await page.waitForSelector('[data-testid="settle-app"][data-mode="excel"]', { timeout: 20000 });
  const text = await page.textContent("body");
  assert(text.includes("已连接 Excel"), "zh-CN Excel banner missing");
  assert(text.includes("支持 ExcelApi 1.9"), "requirement-set check did not pass on a host with ExcelApi 1.17");
  assert((await page.locator(".fui-FluentProvider").count()) > 0, "FluentProvider not rendered");

  await page.getByRole("button", { name: "预览对账结果" }).click();
  await page.waitForSelector('[data-testid="results"]', { timeout: 60000 });
  const results = await page.textContent('[data-testid="results"]');
  assert(results.includes("INV-2024-101") && results.includes("INV-2024-102"), "the two matches are not listed");
  await page.screenshot({ path: path.join(screens, "excel-host.png"), fullPage: true });

  await page.getByRole("button", { name: "应用：写入结果工作表" }).click();
  await page.waitForSelector('[data-testid="applied"]', { timeout: 60000 });
  const book = await page.evaluate(() => {
    const host = window.__settleHost;
    return { sheets: host.data.sheets.map((s) => s.name), runs: host.runs, syncs: host.stats.syncs };
  });
  for (const tab of ["对账结果", "未达账项", "异常", "操作日志"]) assert(book.sheets.includes(tab), `tab ${tab} not written: ${book.sheets}`);
  assert(book.runs === 2, `expected one Excel.run per action (2), saw ${book.runs}`);
  console.log(`  Excel host: ${book.runs} Excel.run calls, ${book.syncs} syncs, sheets ${book.sheets.join(", ")}`);
  await page.screenshot({ path: path.join(screens, "excel-host-applied.png"), fullPage: true });
  assert(errors.length === 0, `page errors: ${errors.join("; ")}`);
  assert(outside.length === 0, `requests left 127.0.0.1: ${outside.join(", ")}`);
  await context.close();
});

let passed = 0;
let failed = 0;
for (const t of tests) {
  const started = Date.now();
  try {
    await t.fn();
    passed += 1;
    console.log(`✓ ${t.name} (${Date.now() - started} ms)`);
  } catch (err) {
    failed += 1;
    console.log(`✗ ${t.name}\n  ${err instanceof Error ? err.stack : err}`);
  }
}
await browser.close();
await server.close();
console.log(`screenshots: ${path.relative(repo, screens)}/`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
