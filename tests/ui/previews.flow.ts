//! Evidence previews in Chromium at 1366×768, on a checklist where every item has photos:
//! only the files on or near the screen have their previews asked for, at most two are
//! being made at once, and a file scrolled to has its preview asked for and shown.

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type App, flowSuite, repoRoot } from "./harness";

const WINDOW = { width: 1366, height: 768 };
const PHOTOS_PER_ITEM = 3;
/** Previews the shell is asked to make at once (THUMBNAILS_AT_ONCE in controller.ts). */
const AT_ONCE = 2;
/** A real 8×8 grey JPEG: what the shell answers for a photo. */
const JPEG = [...fs.readFileSync(path.join(repoRoot, "tests/fixtures/evidence/grey-8x8.jpg"))];
/** What the shell answers for a file it cannot make a preview of. */
const NO_PREVIEW: number[] = [];

interface Checklist {
  round: { id: number };
  evidence: Array<Record<string, unknown>>;
  links: Array<{ item_id: string; evidence_id: number } & Record<string, unknown>>;
  item_evidence: Array<{ item_id: string; files: number }>;
}

/** Three photos on every item of the round, as a year of attaching leaves it. */
function photosOnEveryItem(checklist: Checklist): void {
  checklist.evidence = [];
  checklist.links = [];
  let id = 0;
  for (const item of checklist.item_evidence) {
    for (let photo = 1; photo <= PHOTOS_PER_ITEM; photo++) {
      id += 1;
      checklist.evidence.push({
        id,
        sha256: id.toString(16).padStart(64, "0"),
        original_name: `ภาพถ่าย ${item.item_id} ${photo}.jpg`,
        size: 2_400_000,
        format: "jpeg",
        added_at: "2026-01-10T02:00:00Z",
        added_by: "",
        reduced_from: null,
      });
      checklist.links.push({
        round_id: checklist.round.id,
        item_id: item.item_id,
        evidence_id: id,
        evidence_type: "",
        linked_at: "2026-01-10T02:00:00Z",
        linked_by: "",
        carried_from_round: null,
      });
    }
    item.files = PHOTOS_PER_ITEM;
  }
}

interface FakePreviews {
  previews(): { waiting: number[]; most: number };
  answerPreviews(bytes: number[], count?: number): void;
}

/** The previews asked for and not answered yet, and the most there ever were at once. */
const previews = (app: App) => app.page.evaluate(() => (window as unknown as { __FAKE__: FakePreviews }).__FAKE__.previews());

/** Answers the previews waiting (the oldest `count`, or all) with these bytes. */
const answer = (app: App, bytes: number[], count?: number) =>
  app.page.evaluate(([data, only]) => (window as unknown as { __FAKE__: FakePreviews }).__FAKE__.answerPreviews(data, only ?? undefined), [
    bytes,
    count ?? null,
  ] as const);

/** The files whose previews were asked for, in the order asked. */
const asked = async (app: App) => (await app.calls("evidence_thumbnail")).map((call) => call.args.evidenceId as number);

/** Lets the page draw a few frames: answers drawn, newly seen files reported. */
const frames = (app: App, count: number) =>
  app.page.evaluate(
    (left) =>
      new Promise<void>((done) => {
        const step = (n: number) => (n === 0 ? done() : requestAnimationFrame(() => step(n - 1)));
        step(left);
      }),
    count,
  );

/** Answers previews as they are asked for, until no more are asked for. */
async function answerUntilQuiet(app: App, bytes: number[]): Promise<void> {
  let before = -1;
  await expect
    .poll(
      async () => {
        await answer(app, bytes);
        await frames(app, 3);
        const count = (await asked(app)).length;
        const quiet = count === before && (await previews(app)).waiting.length === 0;
        before = count;
        return quiet;
      },
      { timeout: 20_000, message: "the previews stop being asked for" },
    )
    .toBe(true);
}

/** The items of the checklist, top to bottom. */
const itemsInOrder = (app: App) =>
  app.page.locator("article[data-item-id]").evaluateAll((items) => items.map((item) => item.getAttribute("data-item-id") ?? ""));

/** The items with some part inside the window. */
const itemsOnScreen = (app: App) =>
  app.page.locator("article[data-item-id]").evaluateAll((items) =>
    items
      .filter((item) => {
        const box = item.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight;
      })
      .map((item) => item.getAttribute("data-item-id") ?? ""),
  );

describe("evidence previews on a checklist full of photos, at 1366×768", () => {
  const flow = flowSuite<Checklist>(photosOnEveryItem);
  const filesOf = (itemId: string) => flow.checklist.links.filter((link) => link.item_id === itemId).map((link) => link.evidence_id);

  it("asks only for the previews of the files on or near the first screen", async () => {
    const app = await flow.open(WINDOW);
    const items = await itemsInOrder(app);
    expect(items.length, "a long checklist, reaching far below the window").toBeGreaterThan(10);
    const first = filesOf(items[0]);
    const last = filesOf(items[items.length - 1]);
    expect(first).toHaveLength(PHOTOS_PER_ITEM);

    // The shell has no preview of any: each file keeps its badge.
    await answerUntilQuiet(app, NO_PREVIEW);
    const wanted = await asked(app);
    expect(wanted, "the first item's photos").toEqual(expect.arrayContaining(first));
    expect(
      wanted.filter((id) => last.includes(id)),
      "none of the last item's photos",
    ).toEqual([]);
    expect(wanted.length, "far fewer than all the photos").toBeLessThan(flow.checklist.evidence.length / 2);
    expect(new Set(wanted).size, "each preview asked for once, even when there is none").toBe(wanted.length);
    expect(await app.page.locator(`[data-item-id="${items[0]}"] .evidence-badge.format-jpeg`).count()).toBe(PHOTOS_PER_ITEM);
    expect(await app.page.locator("img.evidence-thumb").count()).toBe(0);
  });

  it("makes at most two previews at once, in the order the files were seen, and in the end every one on screen", async () => {
    const app = await flow.open(WINDOW);
    const [firstItem] = await itemsInOrder(app);
    const first = filesOf(firstItem);

    await expect
      .poll(async () => (await previews(app)).waiting, { message: "the first item's first two photos are being made" })
      .toEqual(first.slice(0, AT_ONCE));
    await frames(app, 5);
    expect(await asked(app), "the third photo waits while two are being made").toEqual(first.slice(0, AT_ONCE));

    // One is done: the next one in line is asked for, never a third at the same time.
    await answer(app, JPEG, 1);
    await expect.poll(async () => (await asked(app)).slice(0, PHOTOS_PER_ITEM)).toEqual(first);
    expect((await previews(app)).waiting).toEqual(first.slice(1, 1 + AT_ONCE));

    await answerUntilQuiet(app, JPEG);
    const { most } = await previews(app);
    expect(most, "never more than two previews being made at once").toBe(AT_ONCE);
    const onScreen = await itemsOnScreen(app);
    expect(onScreen.length, "some items are on the screen").toBeGreaterThan(0);
    const wanted = await asked(app);
    expect(wanted, "every photo on the screen").toEqual(expect.arrayContaining(onScreen.flatMap(filesOf)));
    expect(new Set(wanted).size, "each preview asked for once").toBe(wanted.length);
  });

  it("asks for the last item's previews when it is scrolled to, and shows the photos", async () => {
    const app = await flow.open(WINDOW);
    const items = await itemsInOrder(app);
    const lastItem = items[items.length - 1];
    const last = filesOf(lastItem);
    await answerUntilQuiet(app, JPEG);
    expect(
      (await asked(app)).filter((id) => last.includes(id)),
      "not before it is scrolled to",
    ).toEqual([]);

    // The clerk scrolls down with the mouse wheel, past every item, until the last is in view.
    const item = app.page.locator(`[data-item-id="${lastItem}"]`);
    await app.page.mouse.move(WINDOW.width * 0.66, WINDOW.height / 2);
    await expect
      .poll(
        async () => {
          await app.page.mouse.wheel(0, WINDOW.height / 2);
          await frames(app, 2);
          return item.evaluate((element) => {
            const box = element.getBoundingClientRect();
            return box.top >= 0 && box.bottom <= window.innerHeight;
          });
        },
        { timeout: 30_000, message: "the last item is scrolled into view" },
      )
      .toBe(true);
    await answerUntilQuiet(app, JPEG);
    expect(await asked(app), "the last item's photos, once it is on the screen").toEqual(expect.arrayContaining(last));
    expect((await previews(app)).most, "still at most two at once").toBe(AT_ONCE);

    // Each answer shows as the file's picture in place of its badge.
    const pictures = item.locator("img.evidence-thumb");
    await expect.poll(() => pictures.count()).toBe(PHOTOS_PER_ITEM);
    expect(await item.locator(".evidence-badge").count()).toBe(0);
    await expect
      .poll(
        () =>
          pictures.evaluateAll((images) =>
            images.map((image) => [(image as HTMLImageElement).naturalWidth, image.getAttribute("src")?.slice(0, 5)]),
          ),
        {
          message: "the JPEG bytes decode as an 8×8 picture",
        },
      )
      .toEqual(last.map(() => [8, "blob:"]));
  });
});
