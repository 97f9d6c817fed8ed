// Lints code snippets as if they were files at the given paths, with the project's own ESLint config.
// Reads [{ file, code }] as JSON on stdin, writes [[message, …], …] (settle/layers messages) on stdout.
import { ESLint } from "eslint";

const input = JSON.parse(await new Promise((resolve) => {
  let data = "";
  process.stdin.on("data", (c) => (data += c));
  process.stdin.on("end", () => resolve(data));
}));
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const { file, code } of input) {
  const [result] = await eslint.lintText(code, { filePath: file });
  out.push((result?.messages ?? []).filter((m) => m.ruleId === "settle/layers").map((m) => m.message));
}
process.stdout.write(JSON.stringify(out));
