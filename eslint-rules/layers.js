// The layer rules of DESIGN.md §2, enforced rather than remembered:
//   taskpane → app → core, cli → app → core, excel/xlsx implement app's port, import → core.
// and no `Excel` / `Office` outside src/excel/ and the task-pane bootstrap.
"use strict";
const path = require("node:path");

const LAYERS = ["core", "import", "app", "excel", "xlsx", "taskpane", "cli"];

/** Which layers each layer may import from (itself included). */
const ALLOWED = {
  core: ["core"],
  import: ["import", "core"],
  app: ["app", "core", "import"],
  excel: ["excel", "app", "core"],
  xlsx: ["xlsx", "app", "core", "import"],
  taskpane: ["taskpane", "app", "core", "import", "excel", "xlsx"],
  cli: ["cli", "app", "core", "import", "xlsx"],
};

const NODE_BUILTIN = /^(node:|(fs|path|os|child_process|crypto|http|https|net|url|util|stream|zlib|worker_threads)(\/|$))/;
const UI = /^(react|react-dom|@fluentui\/)/;
const OFFICE = /^(@microsoft\/office-js|office-addin-)/;

/** Packages (bare imports) each layer may not use. core is an allow-list instead. */
const BARE = {
  core: (spec) => spec !== "decimal.js",
  import: (spec) => NODE_BUILTIN.test(spec) || UI.test(spec) || OFFICE.test(spec) || spec === "exceljs",
  app: (spec) => NODE_BUILTIN.test(spec) || UI.test(spec) || OFFICE.test(spec) || spec === "exceljs",
  excel: (spec) => NODE_BUILTIN.test(spec) || UI.test(spec) || spec === "exceljs",
  xlsx: (spec) => UI.test(spec) || OFFICE.test(spec),
  taskpane: (spec) => NODE_BUILTIN.test(spec),
  cli: (spec) => UI.test(spec) || OFFICE.test(spec),
};

/** Files allowed to name the Office globals: the adapter, and the pane's bootstrap. */
const OFFICE_GLOBALS = new Set(["Excel", "Office", "OfficeExtension", "OfficeRuntime"]);

function layerOf(file) {
  const parts = path.normalize(file).split(path.sep);
  for (let i = parts.length - 2; i >= 0; i -= 1) {
    if (parts[i] === "src" && LAYERS.includes(parts[i + 1])) return parts[i + 1];
  }
  return undefined;
}

function officeAllowed(file) {
  const layer = layerOf(file);
  if (layer === "excel") return true;
  return layer === "taskpane" && /(^|[\\/])(bootstrap|commands)\.[tj]sx?$/.test(file);
}

module.exports = {
  meta: {
    type: "problem",
    docs: { description: "Imports follow DESIGN.md §2 layers; Office globals stay in src/excel" },
    messages: {
      layer: "src/{{from}} may not import from src/{{to}} (DESIGN.md §2: allowed {{allowed}}).",
      bare: "src/{{from}} may not use the package '{{spec}}' (DESIGN.md §2).",
      office: "'{{name}}' (Office.js) is only used in src/excel/ and src/taskpane/bootstrap.tsx.",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename ?? context.getFilename();
    const from = layerOf(file);
    if (!from) return {};

    function check(node, spec) {
      if (typeof spec !== "string") return;
      if (spec.startsWith(".")) {
        const to = layerOf(path.resolve(path.dirname(file), spec) + path.sep + "x");
        if (to && !ALLOWED[from].includes(to)) {
          context.report({ node, messageId: "layer", data: { from, to, allowed: ALLOWED[from].join(", ") } });
        }
      } else if (BARE[from](spec)) {
        context.report({ node, messageId: "bare", data: { from, spec } });
      }
    }

    const visitors = {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === "Literal" && check(node, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === "Identifier" && node.callee.name === "require" && node.arguments[0]?.type === "Literal") {
          check(node, node.arguments[0].value);
        }
      },
    };
    if (!officeAllowed(file)) {
      const report = (node) => context.report({ node, messageId: "office", data: { name: node.name } });
      visitors["MemberExpression > Identifier.object"] = (node) => OFFICE_GLOBALS.has(node.name) && report(node);
      visitors["TSQualifiedName > Identifier.left"] = (node) => OFFICE_GLOBALS.has(node.name) && report(node);
    }
    return visitors;
  },
};
