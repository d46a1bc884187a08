import { defineConfig } from "vitest/config";

/**
 * The tests that stop a server others use (PostgreSQL, in test/database-down.test.ts): run on
 * their own, before the rest (`npm test`), never beside another test file.
 */
export default defineConfig({
  test: {
    include: ["test/database-down.test.ts"],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
