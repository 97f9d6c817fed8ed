// The layer rules of DESIGN.md §2 are enforced by lint: plant violations and watch them get caught.
// ESLint runs in one child process (as `npm run lint` does): its flat config is an ES module, which
// Jest's module sandbox cannot import.
import path from "node:path";
import { spawnSync } from "node:child_process";

const repo = path.resolve(__dirname, "../..");

const planted: [file: string, code: string, expected: string][] = [
  ["src/core/planted.ts", 'import { x } from "../app/use-cases";\nexport const y = x;', "may not import from src/app"],
  ["src/core/reconcile/planted.ts", 'import { x } from "../../excel/adapter";\nexport const y = x;', "may not import from src/excel"],
  ["src/core/planted.ts", 'import { readFileSync } from "node:fs";\nexport const y = readFileSync;', "may not use the package 'node:fs'"],
  ["src/core/planted.ts", 'import ExcelJS from "exceljs";\nexport const y = ExcelJS;', "may not use the package 'exceljs'"],
  ["src/import/planted.ts", 'import { x } from "../app/use-cases";\nexport const y = x;', "may not import from src/app"],
  ["src/app/planted.ts", 'import { x } from "../taskpane/App";\nexport const y = x;', "may not import from src/taskpane"],
  ["src/app/planted.ts", 'import { x } from "../xlsx/adapter";\nexport const y = x;', "may not import from src/xlsx"],
  ["src/core/planted.ts", "export const run = () => Excel.run(async () => undefined);", "'Excel' (Office.js)"],
  ["src/app/planted.ts", "export function f(c: Excel.RequestContext) { return c; }", "'Excel' (Office.js)"],
  ["src/taskpane/Panel.tsx", "export const ready = Office.onReady();", "'Office' (Office.js)"],
];
const allowed: [file: string, code: string][] = [
  ["src/app/ok.ts", 'import { money } from "../core/money";\nexport const y = money;'],
  ["src/cli/ok.ts", 'import { money } from "../core/money";\nimport { readFileSync } from "node:fs";\nexport const y = [money, readFileSync];'],
  ["src/excel/ok.ts", "export const run = () => Excel.run(async () => undefined);"],
  ["src/taskpane/bootstrap.tsx", "export const ready = Office.onReady();"],
  ["src/core/ok.ts", 'import Decimal from "decimal.js";\nexport const y = Decimal;'],
];

function lint(snippets: { file: string; code: string }[]): string[][] {
  const run = spawnSync(process.execPath, [path.join(__dirname, "lint-snippets.mjs")], {
    cwd: repo,
    input: JSON.stringify(snippets),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`eslint failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[][];
}

const results = lint([...planted, ...allowed].map(([file, code]) => ({ file: path.join(repo, file), code })));

describe("layer lint rule", () => {
  test.each(planted.map((p, i) => [...p, i] as const))("%s: planted violation is caught (%#)", (_file, _code, expected, i) => {
    expect((results[i] ?? []).join("\n")).toContain(expected);
  });

  test.each(allowed.map((a, i) => [...a, planted.length + i] as const))("%s: allowed code passes", (_file, _code, i) => {
    expect(results[i]).toEqual([]);
  });
});
