import { describe, expect, it } from "vitest";
import { fillUndisclosedItem } from "./pack-editor";
import { PACK_2568 } from "./views/test-pack";

describe("filling in declared items", () => {
  it("moves one item at a time from the declared block to the part's last section", () => {
    const draft = structuredClone(PACK_2568);
    const quality = draft.parts.find((p) => p.id === "quality")!;
    const before = quality.sections.at(-1)!.items.length;
    fillUndisclosedItem(draft, "quality", 0);
    const added = quality.sections.at(-1)!.items.at(-1)!;
    expect(quality.sections.at(-1)!.items.length).toBe(before + 1);
    expect(added.points, "22 items worth 44 points: 2 each").toBe(2);
    expect(added.level).toBe("advanced");
    expect(added.id).toBe("quality.new-1");
    expect(quality.undisclosed[0]).toMatchObject({ expected_items: 21, points: 42 });
  });

  it("drops the block once every item in it is listed", () => {
    const draft = structuredClone(PACK_2568);
    const quality = draft.parts.find((p) => p.id === "quality")!;
    for (let i = 0; i < 3; i++) fillUndisclosedItem(draft, "quality", 1);
    expect(quality.undisclosed, "the 3 × 6-point block is gone").toHaveLength(1);
    const sixes = quality.sections.at(-1)!.items.filter((item) => item.points === 6);
    expect(sixes).toHaveLength(3);
    expect(new Set(sixes.map((item) => item.id)).size, "each new item has its own id").toBe(3);
  });
});
