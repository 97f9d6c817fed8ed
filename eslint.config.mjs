// Lint: typescript-eslint, React hooks, the Office add-in rules on the adapter, and the layer
// rules of DESIGN.md §2 (eslint-rules/layers.js), which a test proves by planting violations.
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import settle from "./eslint-rules/index.js";

const officeRules = Object.fromEntries(
  Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, "error"]),
);

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test/e2e/screens/**", "**/*.cjs", "eslint-rules/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}", "test/**/*.{ts,tsx}"],
    plugins: { settle, "react-hooks": reactHooks },
    rules: {
      "settle/layers": "error",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    // Office.js rules where Office.js is used.
    files: ["src/excel/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: { ...officeRules, "office-addins/no-office-initialize": "off" },
  },
  {
    files: ["src/cli/**/*.ts", "test/**/*.{ts,tsx}", "scripts/**", "test/**/*.mjs"],
    rules: { "no-console": "off" },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", setTimeout: "readonly", Buffer: "readonly", __dirname: "readonly", require: "readonly", module: "writable" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
