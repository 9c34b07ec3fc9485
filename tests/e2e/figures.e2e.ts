//! The figures behind the satisfaction outcome in the real app: responses typed per
//! level, the percentage computed by the Rust side, and all of it kept across a restart.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, saveArtifact, startDriver, type Driver } from "./app";

const ITEM = '[data-item-id="outcome.citizen-satisfaction"]';

describe("outcome figures in the real app", () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = await startDriver();
  });

  afterAll(async () => {
    await driver?.stop();
  });

  it("computes the satisfaction percentage from the tally and keeps it", async () => {
    const { session } = await launch(driver);
    await session.type(`${ITEM} input[name="tally-very-high"]`, "120");
    await session.type(`${ITEM} input[name="tally-high"]`, "60");
    await session.type(`${ITEM} input[name="tally-medium"]`, "20");
    await session.type(`${ITEM} input[name="figure-collected-by"]`, "หน่วยงานภายนอก (มหาวิทยาลัย)");
    await session.waitFor(`document.querySelector('${ITEM} [data-tally-percent]')?.textContent === "90%"`, "the computed percentage");
    await session.waitFor('!document.querySelector(".save-state.saving")', "the saves to finish");
    await session.execute(`document.querySelector('${ITEM}').scrollIntoView({ block: "center" })`);
    saveArtifact("satisfaction-figures.png", await session.screenshot());
    await session.end();

    const { session: again } = await launch(driver);
    expect(await again.property<string>(`${ITEM} input[name="tally-very-high"]`, "value")).toBe("120");
    expect(await again.property<string>(`${ITEM} input[name="figure-collected-by"]`, "value")).toBe("หน่วยงานภายนอก (มหาวิทยาลัย)");
    expect(await again.text(`${ITEM} [data-tally-summary]`)).toContain("200");
    await again.end();
  });
});
