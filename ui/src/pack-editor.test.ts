import { describe, expect, it } from "vitest";
import { openPackEditor } from "./test-fixtures/pack-editor";
import { fillUndisclosedItem } from "./pack-editor";
import { PACK_2568 } from "./test-fixtures/pack";

describe("filling in declared items", () => {
  it("moves one item at a time from the declared block to the part's last section, numbered and named after its number", () => {
    const draft = structuredClone(PACK_2568);
    const quality = draft.parts.find((p) => p.id === "quality")!;
    const before = quality.sections.at(-1)!.items.length;
    fillUndisclosedItem(draft, PACK_2568, "quality", 0);
    const added = quality.sections.at(-1)!.items.at(-1)!;
    expect(quality.sections.at(-1)!.items.length).toBe(before + 1);
    expect(added.points, "22 items worth 44 points: 2 each").toBe(2);
    expect(added.level).toBe("advanced");
    expect(added).toMatchObject({ code: "3.2", id: "quality.3-2" });
    expect(quality.undisclosed[0]).toMatchObject({ expected_items: 21, points: 42 });
  });

  it("drops the block once every item in it is listed", () => {
    const draft = structuredClone(PACK_2568);
    const quality = draft.parts.find((p) => p.id === "quality")!;
    for (let i = 0; i < 3; i++) fillUndisclosedItem(draft, PACK_2568, "quality", 1);
    expect(quality.undisclosed, "the 3 × 6-point block is gone").toHaveLength(1);
    const sixes = quality.sections.at(-1)!.items.filter((item) => item.points === 6);
    expect(sixes).toHaveLength(3);
    expect(
      sixes.map((item) => item.id),
      "each new item has its own number and id",
    ).toEqual(["quality.3-2", "quality.3-3", "quality.3-4"]);
  });
});

describe("the pack editor's number boxes", () => {
  function openEditor() {
    const { root, state, controller } = openPackEditor(PACK_2568, "gecc-2568 v2");
    const type = (selector: string, text: string) => {
      const box = root.querySelector<HTMLInputElement>(selector)!;
      box.value = text;
      box.dispatchEvent(new Event("input", { bubbles: true }));
    };
    return { root, state, controller, type };
  }
  const physicalRow = (index: number) => `[data-editor-part="physical"] tbody tr:nth-child(${index + 1}) input[name="points"]`;

  it("reads Thai digits, keeps what cannot be read marked red, and has no number-type box", () => {
    const { root, state, type } = openEditor();
    expect(root.querySelectorAll('input[type="number"]').length).toBe(0);
    type('input[name="year"]', "๒๕๖๙");
    expect(state.editor!.draft.year_be).toBe(2569);
    expect(root.querySelector<HTMLInputElement>('input[name="year"]')!.value, "as typed").toBe("๒๕๖๙");
    type(physicalRow(1), "1,5");
    const box = root.querySelector<HTMLInputElement>(physicalRow(1))!;
    expect(box.value).toBe("1,5");
    expect(box.classList.contains("invalid")).toBe(true);
    expect(box.nextElementSibling?.textContent).toContain("อ่านเป็นตัวเลขไม่ได้");
    expect(state.editor!.draft.parts[0].sections[0].items[1].points, "not saved into the draft").toBeNull();
  });

  it("moves what was typed in a row's box up with its row when a row above is removed", () => {
    const { root, state, controller, type } = openEditor();
    type(physicalRow(2), "abc");
    const section = state.editor!.draft.parts[0].sections[0];
    controller.removeDraftItem("physical", section.id, 0);
    expect(root.querySelector<HTMLInputElement>(physicalRow(1))!.value).toBe("abc");
    expect(root.querySelector<HTMLInputElement>(physicalRow(2))!.value).toBe("");
  });
});
