//! Rounds, packs and the calendar in the real app: import a pack through the dialog,
//! open a round on an older pack version and move it to the newer one, edit a date of
//! the calendar in the Buddhist era.

import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliJson, launch, repoRoot, saveArtifact, startDriver, type Driver } from "./app";
import type { Session } from "./webdriver";

const SYNTHETIC_PACK = path.join(repoRoot, "tests/fixtures/packs/synthetic-2564.json");

async function openNewRoundDialog(session: Session): Promise<void> {
  await session.click('.round-select option[value="new"]');
  await session.waitFor('document.querySelector("[data-modal=new-round]")', "the new round dialog");
}

describe("rounds, packs and the calendar in the real app", () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = await startDriver({ GECC_TEST_FILE_DIALOG: SYNTHETIC_PACK });
  });

  afterAll(async () => {
    await driver?.stop();
  });

  it("imports a pack, moves a round to a newer pack version, edits the calendar", async () => {
    const { session } = await launch(driver);

    // Import the synthetic pack: it becomes a choice for new rounds.
    await session.click('[data-action="import-pack"]');
    await session.waitFor('document.querySelector("[data-notice=info]")?.textContent.includes("นำเข้าชุดเกณฑ์แล้ว")', "the import notice");

    // Open a maintenance round on version 1 of the 2568 pack, for fiscal year 2569.
    await openNewRoundDialog(session);
    await session.click('[data-modal="new-round"] select[name="round-kind"] option[value="maintenance-6-month"]');
    await session.clear('[data-modal="new-round"] input[name="fiscal-year"]');
    await session.type('[data-modal="new-round"] input[name="fiscal-year"]', "2569");
    await session.click('[data-modal="new-round"] select[name="pack"] option[value="gecc-2568@1"]');
    expect(
      await session.execute<string[]>(
        'return [...document.querySelectorAll("[data-modal=new-round] select[name=pack] option")].map(o => o.value)',
      ),
      "the imported pack is offered",
    ).toContain("synthetic-2564@3");
    await session.click('[data-modal="new-round"] button[type="submit"]');
    await session.waitFor('!document.querySelector("[data-modal=new-round]")', "the new round to open");
    expect(await session.text(".round-label"), "the new round is shown").toContain("2569");
    expect(
      await session.execute<number>("return document.querySelectorAll('[data-item-id]').length"),
      "14 physical items and the satisfaction figure",
    ).toBe(15);

    // The maintenance round is due at the end of March 2569.
    expect(await session.text("[data-calendar]")).toContain("31 มี.ค. 2569");

    // Move it to the newest version (3): every item carries over, none is removed.
    await session.click('[data-action="move-pack"]');
    await session.waitFor('document.querySelector("[data-modal=pack-move] [data-carried-over]")', "the move preview");
    expect(await session.execute<boolean>('return !!document.querySelector("[data-removed-items]")')).toBe(false);
    await session.click('[data-modal="pack-move"] button[type="submit"]');
    await session.waitFor('!document.querySelector("[data-modal=pack-move]")', "the move to finish");
    expect(
      await session.execute<boolean>('return !!document.querySelector("[data-action=move-pack]")'),
      "already on the newest version",
    ).toBe(false);

    // Edit the calendar: the report is due on 15 April 2569 instead.
    await session.click('[data-action="edit-calendar"]');
    await session.waitFor('document.querySelector("[data-modal=deadlines]")', "the calendar editor");
    await session.clear('[data-deadline-row="0"] input[name="date"]');
    await session.type('[data-deadline-row="0"] input[name="date"]', "15/4/2569");
    await session.click('[data-modal="deadlines"] button[type="submit"]');
    await session.waitFor('!document.querySelector("[data-modal=deadlines]")', "the calendar to be saved");
    expect(await session.text("[data-calendar]")).toContain("15 เม.ย. 2569");
    saveArtifact("maintenance-round.png", await session.screenshot());
    await session.end();

    const rounds = cliJson<Array<{ id: number; kind: string; pack_version: number; fiscal_year_be: number }>>(driver.dataDir, "rounds");
    const maintenance = rounds.find((r) => r.kind === "maintenance-6-month");
    expect(maintenance?.fiscal_year_be).toBe(2569);
    expect(maintenance?.pack_version, "the round is on the newest version now").toBe(3);
  });
});
