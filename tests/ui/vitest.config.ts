// UI flows in Debian's Chromium (Playwright), against the built UI with the IPC replaced.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/ui/**/*.flow.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    environment: "node",
  },
});
