import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    maxConcurrency: 4,
    // One file at a time: the catalogue's timing checks and the hostile suite's
    // bombs must not share the machine's two cores with each other.
    fileParallelism: false,
    reporters: process.env.CI ? ["default"] : ["default"],
  },
});
