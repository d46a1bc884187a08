import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Stops the PostgreSQL server the other files use: run alone (vitest.alone.config.ts).
    exclude: [...configDefaults.exclude, "test/database-down.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
