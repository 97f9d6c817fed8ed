// Unit and integration tests. Type errors are caught by `npm run typecheck`; here ts-jest only
// transpiles (isolatedModules) so the suite stays fast on a 2-core machine.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/", "/test/bench/"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        isolatedModules: true,
        tsconfig: {
          module: "commonjs",
          moduleResolution: "node",
          jsx: "react-jsx",
          esModuleInterop: true,
          target: "ES2022",
          isolatedModules: true,
        },
        diagnostics: false,
      },
    ],
  },
  moduleNameMapper: {
    "\\.(css|png|svg)$": "<rootDir>/test/support/asset-stub.cjs",
  },
  setupFiles: ["<rootDir>/test/support/jsdom-setup.cjs"],
  // jsdom would resolve packages to their browser ES modules (fflate), which Jest does not transform.
  testEnvironmentOptions: { customExportConditions: ["node", "node-addons"] },
  testTimeout: 60000,
};
