// UI unit tests: pure logic and views rendered into a DOM, no app and no Rust.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["ui/src/**/*.test.ts"],
    environment: "happy-dom",
  },
});
