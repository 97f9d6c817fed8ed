// Builds the task pane (React), its Web Worker, the HTML pages, and copies the icons, the sample
// workbook, a local copy of office.js and the manifest into dist/. Everything is served from the
// add-in's own origin: the production build makes no request to a CDN, so it works offline.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const pkg = require("./package.json");

const DEV_URL = "https://localhost:3000/";
/** The production URL is one setting away: package.json config.prod_url or SETTLE_PROD_URL. */
const PROD_URL = process.env.SETTLE_PROD_URL || pkg.config.prod_url;

/** office.js and the Excel host scripts it loads at run time, without other apps, locales or debug builds. */
const OFFICE_JS_KEEP = /^(office|excel[^/]*|o15apptofilemappingtable|es6-promise|(en-us|zh-cn)\/office_strings|(aria)?telemetry\/[^/]+)\.js$/;
const OFFICE_JS_DEBUG = /\.debug\.js$/;

async function httpsOptions() {
  // Office only loads add-ins over https. The Office dev certificate is trusted by Excel; where it
  // cannot be installed (Linux, CI) we say so and let webpack-dev-server make a self-signed one.
  try {
    const devCerts = require("office-addin-dev-certs");
    return await Promise.race([
      devCerts.getHttpsServerOptions(),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timed out")), 15000)),
    ]);
  } catch (err) {
    console.warn(
      `[settle] The Office dev certificate could not be installed (${err && err.message ? err.message : err}).\n` +
        "[settle] Serving with a self-signed certificate instead: open https://localhost:3000/taskpane.html once\n" +
        "[settle] in your browser and accept it, or run `npx office-addin-dev-certs install` on Windows/macOS.",
    );
    return undefined;
  }
}

module.exports = async (_env, argv) => {
  const dev = argv.mode !== "production";
  const serving = process.argv.some((a) => a === "serve");
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      worker: "./src/taskpane/worker.ts",
      commands: "./src/taskpane/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // ExcelJS's browser build carries its own polyfills for the Node modules it uses.
      alias: { exceljs$: path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.min.js") },
      fallback: { fs: false, path: false, stream: false, crypto: false },
    },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
        { test: /\.(png|xlsx)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/taskpane/commands.html", chunks: ["commands"] }),
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/taskpane/help.html", chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/*.xlsx", to: "assets/[name][ext]", noErrorOnMissing: true },
          {
            from: "**/*",
            context: path.resolve(__dirname, "node_modules/@microsoft/office-js/dist"),
            to: "office-js/",
            filter: (file) => {
              const rel = path.relative(path.resolve(__dirname, "node_modules/@microsoft/office-js/dist"), file).split(path.sep).join("/");
              return OFFICE_JS_KEEP.test(rel) && !OFFICE_JS_DEBUG.test(rel);
            },
            // Already minified by Microsoft: do not spend a minute re-minifying 20 MB of host scripts.
            info: { minimized: true },
          },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : content.toString().replaceAll(DEV_URL, PROD_URL)),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          host: "localhost",
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
          headers: { "Access-Control-Allow-Origin": "*" },
          server: await httpsOptions().then((options) => (options ? { type: "https", options } : { type: "https" })),
          static: false,
          hot: false,
          liveReload: true,
          client: { overlay: true },
        }
      : undefined,
  };
};
