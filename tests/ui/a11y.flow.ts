//! An automated accessibility audit (axe-core) of the screens a clerk sees, in Chromium:
//! the checklist (with a number box marked as unreadable), a dialog, the first run's
//! welcome form, who is working, the kind of a just-attached file, the province's desk
//! (the first run's question, the overview, its roster and report dates dialogs), the
//! province package's two dialogs, a new round started from an earlier one, and the export
//! dialog with photos reduced for e-mail beside a checklist holding a photo received reduced.
//! No serious or critical finding is allowed.

import { describe, expect, it } from "vitest";
import { audit } from "./audit";
import { type App, flowSuite } from "./harness";

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

  it("finds nothing serious in the province package's dialogs: an office's preview with a new key, the province's send dialog", async () => {
    app = await flow.open({ width: 1366, height: 768 });
    await app.page.locator('[data-action="import-bundles"]').click();
    await app.page.locator('[data-modal=import-bundles] [data-action="choose-package"]').click();
    await app.page.locator('[data-modal=package-import] [data-key-trust="new"]').waitFor();
    expect(await audit(app)).toEqual([]);

    app = await flow.open({ width: 1366, height: 768 }, false, null, undefined, {
      role: "province",
      packs: [
        {
          pack_id: "gecc-2568",
          pack_version: 3,
          year_be: 2568,
          builtin: true,
          complete: false,
          sha256: "",
          parts: [],
          title: { th: "เกณฑ์ 2568", en: "" },
        },
      ],
    });
    await app.page.locator('[data-action="send-package"]').click();
    await app.page.locator('[data-modal=package-export] [data-package-dates="application"] .hint').waitFor();
    expect(await audit(app)).toEqual([]);
  });

  it("finds nothing serious in the new-round dialog starting from an earlier round, nor in the carried checklist", async () => {
    // Last year's round has an answer with a note and a file, so the new round shows both badges.
    const lastYear = structuredClone(flow.checklist) as {
      answers: unknown[];
      evidence: unknown[];
      links: unknown[];
      round: { fiscal_year_be: number; state: string };
    };
    Object.assign(lastYear.round, { fiscal_year_be: 2569, state: "approved" });
    lastYear.answers = [
      {
        round_id: 1,
        item_id: "physical.service-hours",
        updated_at: "2026-03-01T03:00:00Z",
        updated_by: "",
        carried_from_round: null,
        status: "met",
        note: "ติดป้ายแล้ว",
        owner: "",
        due_date: null,
        sub_scores: {},
        value_number: null,
        value_text: null,
        not_applicable_reason: "",
        figures: {},
      },
    ];
    lastYear.evidence = [
      {
        id: 7,
        sha256: "a".repeat(64),
        original_name: "ป้าย.pdf",
        size: 1000,
        format: "pdf",
        added_at: "2026-01-10T02:00:00Z",
        added_by: "",
      },
    ];
    lastYear.links = [
      {
        round_id: 1,
        item_id: "physical.service-hours",
        evidence_id: 7,
        evidence_type: "",
        linked_at: "",
        linked_by: "",
        carried_from_round: null,
      },
    ];
    app = await flow.open({ width: 1366, height: 768 }, false, null, lastYear);
    const { page } = app;
    await page.locator(".round-select").selectOption("new");
    await page.locator('[data-modal=new-round] select[name="from-round"]').selectOption("1");
    await page.locator('[data-modal=new-round] input[name="evidence-before"]').fill("1/10/2569");
    expect(await audit(app)).toEqual([]);
    await page.locator('[data-modal=new-round] button[type="submit"]').click();
    await page.locator("[data-needs-new-photo]").waitFor();
    expect(await page.locator("[data-carried-from]").count(), "on the item and beside its file").toBe(2);
    expect(await audit(app), "the checklist with its badges and notice").toEqual([]);
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

  it("finds nothing serious beside a photo received reduced, nor in the export dialog reducing photos for e-mail", async () => {
    const received = structuredClone(flow.checklist) as { evidence: unknown[]; links: unknown[] };
    received.evidence = [
      {
        id: 8,
        sha256: "c".repeat(64),
        original_name: "ห้องน้ำ.jpg",
        size: 310_000,
        format: "jpeg",
        added_at: "2026-01-10T02:00:00Z",
        added_by: "",
        reduced_from: { sha256: "d".repeat(64), size: 4_200_000, width: 4000, height: 3000 },
      },
    ];
    received.links = [
      {
        round_id: 1,
        item_id: "physical.lighting",
        evidence_id: 8,
        evidence_type: "",
        linked_at: "",
        linked_by: "",
        carried_from_round: null,
      },
    ];
    app = await flow.open({ width: 1366, height: 768 }, false, null, received);
    const { page } = app;
    await page.locator("[data-reduced-from]").waitFor();
    expect(await audit(app), "the checklist with the reduced photo's label").toEqual([]);
    await page.locator('[data-action="export-bundle"]').click();
    const dialog = page.locator('[data-modal="export-bundle"]');
    await dialog.locator('input[name="split"]').check();
    await dialog.locator("[data-plan-files]").waitFor();
    await expect.poll(() => dialog.locator('input[name="reduce-photos"]').isChecked()).toBe(true);
    expect(await audit(app), "the export dialog").toEqual([]);
  });
});
