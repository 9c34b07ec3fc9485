import { describe, expect, it } from "vitest";
import { compareCodes, insertByCode, itemIdFor, newItem, nextCode, setItemCode } from "./new-items";
import { PACK_2568 } from "./test-fixtures/pack";

describe("new items' stable ids", () => {
  it("are made from the part and the number", () => {
    expect(itemIdFor("quality", "2.5", new Set())).toBe("quality.2-5");
    expect(itemIdFor("quality", "๒.๑๐", new Set()), "Thai digits").toBe("quality.2-10");
    expect(itemIdFor("maintenance", "M2", new Set())).toBe("maintenance.m2");
    expect(itemIdFor("quality", " ", new Set()), "no number yet").toBe("quality.new");
  });

  it("get a letter when the id is taken", () => {
    expect(itemIdFor("quality", "2.5", new Set(["quality.2-5"]))).toBe("quality.2-5-b");
    expect(itemIdFor("quality", "2.5", new Set(["quality.2-5", "quality.2-5-b"]))).toBe("quality.2-5-c");
  });

  it("follow a new item's number as it is typed, but an item the pack had keeps its id", () => {
    const draft = structuredClone(PACK_2568);
    const section = draft.parts[1].sections[0];
    const added = newItem("quality.2-18", "2.18", 2, "advanced");
    section.items.push(added);
    setItemCode(draft, PACK_2568, "quality", added, "2.5");
    expect(added).toMatchObject({ code: "2.5", id: "quality.2-5" });
    const existing = section.items[0];
    setItemCode(draft, PACK_2568, "quality", existing, "2.1.1");
    expect(existing).toMatchObject({ code: "2.1.1", id: "quality.needs-survey" });
  });

  it("never take an id the pack started with, even of an item removed since (answers are carried by id)", () => {
    const base = structuredClone(PACK_2568);
    base.parts[1].sections[0].items.push(newItem("quality.2-5", "2.5", 2, "advanced"));
    const draft = structuredClone(base);
    draft.parts[1].sections[0].items.pop();
    const added = newItem("quality.new", "", 2, "advanced");
    draft.parts[1].sections[0].items.push(added);
    setItemCode(draft, base, "quality", added, "2.5");
    expect(added.id).toBe("quality.2-5-b");
  });
});

describe("the number a new item is offered", () => {
  it("is the first free one in its section", () => {
    const [quality2, quality3] = PACK_2568.parts[1].sections;
    expect(nextCode(quality2), "after 2.1 to 2.4, 2.8, 2.12, 2.17").toBe("2.5");
    expect(nextCode(quality3)).toBe("3.2");
    expect(nextCode(PACK_2568.parts[0].sections[0]), "physical items 1 to 14").toBe("15");
    expect(nextCode(PACK_2568.parts[3].sections[0])).toBe("M2");
    expect(nextCode({ ...quality2, items: [] }), "an empty section numbered 2").toBe("2.1");
  });
});

describe("item numbers in order", () => {
  it("orders numbers as numbers: 2.5 before 2.10, 2.10 before 3.1", () => {
    expect(["3.1", "2.10", "2.5", "2.1", "M1"].sort(compareCodes)).toEqual(["2.1", "2.5", "2.10", "3.1", "M1"]);
  });

  it("puts a new item at its number's place in the section", () => {
    const section = structuredClone(PACK_2568.parts[1].sections[0]);
    insertByCode(section, newItem("quality.2-5", "2.5", 2, "advanced"));
    insertByCode(section, newItem("quality.2-20", "2.20", 2, "advanced"));
    expect(section.items.map((item) => item.code)).toEqual(["2.1", "2.2", "2.3", "2.4", "2.5", "2.8", "2.12", "2.17", "2.20"]);
  });
});
