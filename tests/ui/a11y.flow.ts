//! An automated accessibility audit (axe-core) of the screens a clerk sees, in Chromium:
//! the checklist (with a number box marked as unreadable), a dialog, the first run's
//! welcome form, who is working, the kind of a just-attached file, and the province's
//! desk (the first run's question, the overview, its roster and report dates dialogs).
//! No serious or critical finding is allowed.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { type App, flowSuite, repoRoot } from "./harness";

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
  const flow = flowSuite();
  let app: App | null = null;

  it("finds nothing serious in the checklist, with a box marked as unreadable", async () => {
    app = await flow.open({ width: 1366, height: 768 });
    await app.page.locator('[data-item-id="outcome.citizen-satisfaction"] input[name="tally-medium"]').fill("abc");
    await app.page.waitForSelector("[data-box-error]");
    expect(await audit(app)).toEqual([]);
  });

  it("finds nothing serious in an item's history dialog", async () => {
    app = await flow.open({ width: 1366, height: 768 });
    await app.page.locator('[data-item-id="physical.service-hours"] [data-action="history"]').click();
    await app.page.waitForSelector("[data-modal=history]");
    expect(await audit(app)).toEqual([]);
  });

  it("finds nothing serious in the first run's welcome form", async () => {
    app = await flow.open({ width: 1366, height: 768 }, true);
    await app.page.waitForSelector("[data-modal=office] .welcome");
    expect(await audit(app)).toEqual([]);
  });

  it("finds nothing serious in the who-is-working dialog, its staff list being edited", async () => {
    app = await flow.open({ width: 1366, height: 768 }, false, { names: ["นางสาวสมศรี ใจดี"], current: null });
    await app.page.waitForSelector("[data-modal=who]");
    await app.page.locator('[data-action="edit-staff"]').click();
    await app.page.waitForSelector('[data-modal=who] textarea[name="staff"]');
    expect(await audit(app)).toEqual([]);
  });

  it("finds nothing serious in the first run's question of whom the PC works for, the province chosen", async () => {
    app = await flow.open({ width: 1366, height: 768 }, true, null, undefined, { keepRoleQuestion: true });
    await app.page.locator('[data-modal=role] input[value="province"]').check();
    await app.page.locator("[data-modal=role] select[name=province]").selectOption("ปัตตานี");
    expect(await audit(app)).toEqual([]);
  });

  it("finds nothing serious in the province's overview, its roster dialog (a removal asked) and its report dates", async () => {
    app = await flow.open({ width: 1366, height: 768 }, false, null, undefined, { role: "province" });
    const { page } = app;
    await page.locator('[data-action="open-roster"]').click();
    await page.locator('[data-action="add-districts"]').click();
    await page.locator('[data-remove="2"]').click();
    await page.locator("[data-remove-ask]").waitFor();
    expect(await audit(app)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.locator("[data-not-on-roster]").first().waitFor();
    expect(await audit(app), "the overview of the roster").toEqual([]);
    await page.locator('[data-action="open-report-dates"]').click();
    await page.locator("[data-modal=report-dates] [data-report-date]").first().waitFor();
    expect(await audit(app)).toEqual([]);
  });

  it("finds nothing serious in the question of a just-attached file's kind", async () => {
    app = await flow.open({ width: 1366, height: 768 });
    await app.page.locator('[data-item-id="quality.needs-survey"] [data-action="attach"]').click();
    await expect.poll(async () => (await app!.calls("attach_with_dialog")).length).toBe(1);
    await app.page.evaluate(() =>
      (window as unknown as { __FAKE__: { finishAttach: (r: unknown) => void } }).__FAKE__.finishAttach({
        attached: [],
        failed: [],
        cancelled: false,
        questions: [{ evidence_id: 7, name: "scan0001.pdf", guessed: "document", choices: ["survey", "document"] }],
      }),
    );
    await app.page.waitForSelector("[data-modal=evidence-kind]");
    expect(await audit(app)).toEqual([]);
  });
});
