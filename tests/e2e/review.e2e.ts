//! Review and sign-off in the real app: the clerk submits, the supervisor approves with
//! name and position (the round becomes read-only), then unlocks it with a reason.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, saveArtifact, startDriver, type Driver } from "./app";

/** No dialog is open. */
const SETTLED = '!document.querySelector("[data-modal]")';

describe("review in the real app", () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = await startDriver();
  });

  afterAll(async () => {
    await driver?.stop();
  });

  it("submits, approves, and unlocks a round with a reason", async () => {
    const { session } = await launch(driver);

    await session.click('[data-action="submit"]');
    await session.waitFor('document.querySelector("[data-modal=submit]")', "the submit dialog");
    await session.click('[data-modal="submit"] button[type="submit"]');
    // Both: the round's state changes before its dialog closes.
    await session.waitFor(`${SETTLED} && document.querySelector("[data-round-state=submitted]")`, "the round to be submitted");
    expect(
      await session.execute<number>('return document.querySelectorAll(".note textarea").length'),
      "a submitted round is read-only: notes are text, not boxes",
    ).toBe(0);

    await session.click('[data-action="approve"]');
    await session.waitFor('document.querySelector("[data-modal=approve]")', "the approve dialog");
    await session.click('[data-modal="approve"] button[type="submit"]');
    await session.waitFor('document.querySelector("[data-modal=approve] [data-error-code=INVALID_INPUT]")', "a missing name to be refused");
    await session.type('[data-modal="approve"] input[name="name"]', "นายสมชาย ใจดี");
    await session.type('[data-modal="approve"] input[name="position"]', "ปลัดอำเภอเมืองปัตตานี");
    await session.click('[data-modal="approve"] button[type="submit"]');
    await session.waitFor(`${SETTLED} && document.querySelector("[data-round-state=approved]")`, "the round to be approved");
    expect(await session.text("[data-round-state]")).toContain("นายสมชาย ใจดี");
    saveArtifact("round-approved.png", await session.screenshot());

    await session.click('[data-action="unlock"]');
    await session.waitFor('document.querySelector("[data-modal=unlock]")', "the unlock dialog");
    await session.type('[data-modal="unlock"] textarea[name="reason"]', "จังหวัดขอให้แก้ภาพถ่ายข้อ 8");
    await session.click('[data-modal="unlock"] button[type="submit"]');
    await session.waitFor(`${SETTLED} && document.querySelector("[data-round-state=draft]")`, "the round to be a draft again");
    expect(await session.property<boolean>(".note textarea", "disabled"), "an unlocked round can change").toBe(false);
    await session.end();
  });
});
