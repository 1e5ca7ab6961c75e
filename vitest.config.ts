import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The editor suites run inside VS Code (pnpm test:e2e), not here.
    exclude: ["tests/e2e/**", "**/node_modules/**"],
    testTimeout: 30_000,
    pool: "forks",
  },
});
