// End-to-end tests: the built app in its real webview through tauri-driver. Run under
// `xvfb-run -a` after `cargo build` (cargo xtask test does both).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    setupFiles: ["tests/e2e/failure-screenshots.ts"],
    testTimeout: 240_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    environment: "node",
  },
});
