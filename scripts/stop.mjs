// `npm stop`: ends a sideload session (Windows/macOS) or the dev server that `npm start` left running.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pidFile = path.join(repo, ".settle-dev-server.pid");

if (process.platform === "win32" || process.platform === "darwin") {
  spawnSync(process.platform === "win32" ? "npx.cmd" : "npx", ["office-addin-debugging", "stop", "manifest.xml"], { cwd: repo, stdio: "inherit" });
}
if (existsSync(pidFile)) {
  const pid = Number(readFileSync(pidFile, "utf8"));
  try {
    process.kill(-pid);
  } catch {
    try {
      process.kill(pid);
    } catch {
      // already gone
    }
  }
  rmSync(pidFile, { force: true });
  console.log("[settle] dev server stopped.");
} else {
  console.log("[settle] no dev server running.");
}
