#!/usr/bin/env node
// Installed entry point (`npx settle`): runs the TypeScript CLI through tsx, so no build step is needed.
"use strict";
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const tsx = require.resolve("tsx/cli");
const main = path.join(__dirname, "..", "src", "cli", "main.ts");
const result = spawnSync(process.execPath, [tsx, main, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status === null ? 2 : result.status);
