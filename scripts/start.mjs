// `npm start`. On Windows and macOS: sideload into desktop Excel with office-addin-debugging, which
// also starts the dev server. On Linux (no desktop Excel): serve the pane over https on port 3000,
// print where it is and how to load it into Excel on the web. With CI=true (or --check) it starts the
// server, checks that it answers, and exits, so it never hangs a pipeline.
import { spawn } from "node:child_process";
import { writeFileSync, rmSync } from "node:fs";
import https from "node:https";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const url = `https://localhost:${port}/taskpane.html`;
const check = process.env.CI === "true" || process.argv.includes("--check");
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const pidFile = path.join(repo, ".settle-dev-server.pid");

if ((process.platform === "win32" || process.platform === "darwin") && !check) {
  const child = spawn(
    npx,
    ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel", "--dev-server", "npm run dev-server", "--dev-server-port", String(port)],
    { cwd: repo, stdio: "inherit" },
  );
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  serve();
}

function probe() {
  return new Promise((resolve) => {
    const req = https.get(url, { rejectUnauthorized: false, timeout: 3000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on("error", () => resolve(false));
    req.on("timeout", () => {
      req.destroy();
      resolve(false);
    });
  });
}

function serve() {
  const server = spawn(npx, ["webpack", "serve", "--mode", "development"], { cwd: repo, stdio: ["ignore", "pipe", "inherit"], detached: process.platform !== "win32" });
  writeFileSync(pidFile, String(server.pid));
  // webpack's own progress output is long; keep only errors and warnings on the terminal.
  server.stdout.on("data", (chunk) => {
    const text = chunk.toString();
    if (/error|warn/i.test(text)) process.stdout.write(text);
  });
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      server.kill();
    }
    rmSync(pidFile, { force: true });
  };
  process.on("SIGINT", () => {
    stop();
    process.exit(0);
  });
  server.on("exit", (code) => {
    rmSync(pidFile, { force: true });
    if (!check) process.exit(code ?? 0);
  });

  const deadline = Date.now() + 180_000;
  const wait = async () => {
    while (Date.now() < deadline) {
      if (await probe()) return true;
      await new Promise((r) => setTimeout(r, 1000));
    }
    return false;
  };
  wait().then((up) => {
    if (!up) {
      console.error(`[settle] The dev server did not answer at ${url} within 3 minutes.`);
      stop();
      process.exit(1);
    }
    console.log(`
Settle is being served at ${url}

  • In a plain browser: open that address (accept the development certificate once). Outside Excel
    the pane opens on the bundled sample workbook; you can open your own .xlsx too.
  • Excel on the web: open a workbook, Home › Add-ins › More add-ins › Upload My Add-in, and
    choose manifest.xml from this folder. The "Reconcile / 对账" button appears on the Home tab.
  • Desktop Excel (Windows/macOS): run \`npm start\` there; it sideloads the add-in for you.
  • Stop with Ctrl+C or \`npm stop\`.
`);
    if (check) {
      console.log("[settle] CI / --check: the pane answered; stopping the server.");
      // Wait until the whole server process group has gone (webpack prints its goodbye after npx
      // exits), so nothing outlives `npm start` in a pipeline; SIGKILL it after 10 s.
      const alive = () => {
        try {
          process.kill(-server.pid, 0);
          return true;
        } catch {
          return server.exitCode === null && !server.killed;
        }
      };
      const started = Date.now();
      const poll = setInterval(() => {
        if (alive() && Date.now() - started < 10_000) return;
        clearInterval(poll);
        try {
          process.kill(-server.pid, "SIGKILL");
        } catch {
          // already gone
        }
        console.log("[settle] dev server stopped.");
        process.exit(0);
      }, 200);
      stop();
    }
  });
}
