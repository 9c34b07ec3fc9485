//! When an end-to-end test fails, keep a picture of the window it failed on, so the
//! failure can be seen and not only read.

import { afterEach } from "vitest";
import { lastSession, saveArtifact } from "./app";

afterEach(async (context) => {
  if (context.task.result?.state !== "fail" || !lastSession) return;
  try {
    const name = context.task.name.replace(/[^a-z0-9]+/gi, "-").slice(0, 60);
    const file = saveArtifact(`failed-${name}.png`, await lastSession.screenshot());
    console.error(`screenshot of the failure: ${file}`);
  } catch {
    // The app may be gone already; the error itself is reported by the test.
  }
});
