//! An automated accessibility audit (axe-core) of the screens a clerk sees, in Chromium:
//! the checklist (with a number box marked as unreadable), a dialog, and the first run's
//! welcome form. No serious or critical finding is allowed.

import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openApp, realChecklist, repoRoot, serveUi, type App } from "./harness";

const AXE = path.join(repoRoot, "node_modules/axe-core/axe.min.js");

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

async function audit(app: App): Promise<Finding[]> {
  await app.page.addScriptTag({ path: AXE });
  return app.page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
      }));
  });
}

describe("the accessibility audit", () => {
  let server: Awaited<ReturnType<typeof serveUi>>;
  let checklist: unknown;
  let app: App | null = null;

  beforeAll(async () => {
    server = await serveUi();
    checklist = realChecklist();
  });
  afterEach(async () => {
    await app?.close();
    app = null;
  });
  afterAll(async () => {
    await server?.close();
  });

  it("finds nothing serious in the checklist, with a box marked as unreadable", async () => {
    app = await openApp(server.url, checklist, { width: 1366, height: 768 });
    await app.page.locator('[data-item-id="outcome.citizen-satisfaction"] input[name="tally-medium"]').fill("abc");
    await app.page.waitForSelector("[data-box-error]");
    expect(await audit(app)).toEqual([]);
  });

  it("finds nothing serious in an item's history dialog", async () => {
    app = await openApp(server.url, checklist, { width: 1366, height: 768 });
    await app.page.locator('[data-item-id="physical.service-hours"] [data-action="history"]').click();
    await app.page.waitForSelector("[data-modal=history]");
    expect(await audit(app)).toEqual([]);
  });

  it("finds nothing serious in the first run's welcome form", async () => {
    app = await openApp(server.url, checklist, { width: 1366, height: 768 }, true);
    await app.page.waitForSelector("[data-modal=office] .welcome");
    expect(await audit(app)).toEqual([]);
  });
});
