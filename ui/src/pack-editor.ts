//! The pack editor's actions: an office or province makes its own edition of a pack,
//! fills in items the shipped pack only declares (one at a time, or pasted from the
//! manual), checks it with the Rust side's rules, saves it as a pack, and exports the
//! file to share.

import type { Actions } from "./actions";
import { type Api, toCommandError } from "./api";
import type { CriteriaPack, Item, Localized } from "./bindings";
import { itemIdFor, itemIds, newItem, nextCode, sectionForNewItems, setItemCode } from "./new-items";
import { isPlaceholder, pointsEach, pointsOf, takeFromDeclared } from "./pack-structure";
import { boxKey, type State } from "./state";

/** The owner part of the editor's number boxes' keys in `State.typed`. */
export const PACK_BOXES = "pack-editor";

/** The key of the points box of row `index` of a section. */
export function pointsBoxKey(partId: string, sectionId: string, index: number): string {
  return boxKey(PACK_BOXES, `points:${partId}:${sectionId}:${index}`);
}

/** The key of the points box of row `index` of the paste preview. */
export function pastePointsKey(index: number): string {
  return boxKey(PACK_BOXES, `paste:${index}`);
}

function pointsBoxIndex(key: string, partId: string, sectionId: string): number | null {
  const prefix = pointsBoxKey(partId, sectionId, 0).slice(0, -1);
  return key.startsWith(prefix) && /^\d+$/.test(key.slice(prefix.length)) ? Number(key.slice(prefix.length)) : null;
}

type EditorActions = Pick<
  Actions,
  | "openPackEditor"
  | "closePackEditor"
  | "updateDraft"
  | "addDraftItem"
  | "removeDraftItem"
  | "fillUndisclosed"
  | "checkDraft"
  | "saveDraft"
  | "exportPack"
  | "setDraftItemCode"
  | "openRuleChooser"
>;

/**
 * Takes one item out of a declared block and lists it in the part's last section (made
 * now for a part without one), numbered and named after its number; a form worth no
 * points goes at its first question.
 */
export function fillUndisclosedItem(draft: CriteriaPack, base: CriteriaPack, partId: string, blockIndex: number): void {
  const part = draft.parts.find((p) => p.id === partId);
  const block = part?.undisclosed[blockIndex];
  if (!part || !block || block.expected_items < 1) return;
  const section = sectionForNewItems(part);
  const points = pointsEach(block);
  const code = nextCode(section);
  section.items.push(newItem(itemIdFor(part.id, code, itemIds(draft, base)), code, points, block.level));
  block.expected_items = isPlaceholder(block) ? 0 : block.expected_items - 1;
  block.points -= points;
  if (block.expected_items === 0) part.undisclosed.splice(blockIndex, 1);
}

/**
 * Adds a blank item at the end of a section, numbered after its last; in a part without
 * sections (asked for by the part's id) the section is made first. An item the part
 * declared (the readiness form's question, worth no points) is taken off the declaration.
 */
export function addBlankItem(draft: CriteriaPack, base: CriteriaPack, partId: string, sectionId: string): Item | null {
  const part = draft.parts.find((p) => p.id === partId);
  const found = part?.sections.find((s) => s.id === sectionId);
  if (!part || (!found && (part.sections.length > 0 || sectionId !== part.id))) return null;
  const section = found ?? sectionForNewItems(part);
  const code = nextCode(section);
  const item = newItem(itemIdFor(partId, code, itemIds(draft, base)), code, null, null);
  section.items.push(item);
  // Worth no points, it can only be a declared form's question (declarations worth points are filled in one by one).
  if (pointsOf(part, item) === 0) takeFromDeclared(part, item.level, 0);
  return item;
}

export function packEditorActions(
  api: Api,
  state: State,
  rerender: () => void,
  notify: (kind: "error" | "info", text: Localized) => void,
  notifyError: (raw: unknown) => void,
): EditorActions {
  const editorDraft = () => state.editor?.draft;
  // An edition starts with nothing typed in its number boxes.
  const forgetTypedNumbers = () => {
    for (const key of [...state.typed.keys()]) if (key.startsWith(`${PACK_BOXES}/`)) state.typed.delete(key);
  };
  // A row's points box is keyed by the row's place: rows after a removed one move up, and
  // so does what was typed in them (added rows go last and move nothing).
  const moveTypedPointsUp = (partId: string, sectionId: string, removed: number) => {
    const rows = [...state.typed.entries()]
      .map(([key, box]) => ({ key, box, index: pointsBoxIndex(key, partId, sectionId) }))
      .filter((row) => row.index !== null && row.index >= removed)
      .sort((a, b) => a.index! - b.index!);
    for (const row of rows) {
      state.typed.delete(row.key);
      if (row.index! > removed) state.typed.set(pointsBoxKey(partId, sectionId, row.index! - 1), row.box);
    }
  };
  return {
    openPackEditor: () => {
      const round = state.checklist?.round;
      if (!round) return;
      const editionId = round.pack_id.includes(".") ? round.pack_id : `${round.pack_id}.local`;
      Promise.all([api.getPack(round.pack_id, round.pack_version), api.nextPackVersion(editionId)]).then(([pack, version]) => {
        const draft = structuredClone(pack);
        draft.pack_id = editionId;
        draft.pack_version = version;
        forgetTypedNumbers();
        state.editor = {
          draft,
          base: pack,
          basedOn: `${round.pack_id} v${round.pack_version}`,
          problems: null,
          saving: false,
          saved: null,
          paste: null,
          ruleOpen: null,
        };
        rerender();
      }, notifyError);
    },
    closePackEditor: () => {
      state.editor = null;
      rerender();
    },
    updateDraft: (change) => {
      const draft = editorDraft();
      if (!draft || !state.editor) return;
      change(draft);
      state.editor.problems = null;
      state.editor.saved = null;
      rerender();
    },
    addDraftItem: (partId, sectionId) => {
      const draft = editorDraft();
      if (!draft || !state.editor || !addBlankItem(draft, state.editor.base, partId, sectionId)) return;
      state.editor.problems = null;
      rerender();
    },
    removeDraftItem: (partId, sectionId, index) => {
      moveTypedPointsUp(partId, sectionId, index);
      const section = editorDraft()
        ?.parts.find((p) => p.id === partId)
        ?.sections.find((s) => s.id === sectionId);
      if (!section || !state.editor) return;
      section.items.splice(index, 1);
      state.editor.problems = null;
      state.editor.ruleOpen = null;
      rerender();
    },
    fillUndisclosed: (partId, blockIndex) => {
      const draft = editorDraft();
      if (!draft || !state.editor) return;
      fillUndisclosedItem(draft, state.editor.base, partId, blockIndex);
      state.editor.problems = null;
      rerender();
    },
    setDraftItemCode: (partId, sectionId, index, code) => {
      const editor = state.editor;
      const item = editor?.draft.parts.find((p) => p.id === partId)?.sections.find((s) => s.id === sectionId)?.items[index];
      if (!editor || !item) return;
      setItemCode(editor.draft, editor.base, partId, item, code);
      editor.problems = null;
      editor.saved = null;
      rerender();
    },
    openRuleChooser: (at) => {
      if (!state.editor) return;
      state.editor.ruleOpen = at;
      rerender();
    },
    checkDraft: () => {
      const editor = state.editor;
      if (!editor) return;
      api.checkPackDraft(editor.draft).then((problems) => {
        editor.problems = problems;
        rerender();
      }, notifyError);
    },
    saveDraft: () => {
      const editor = state.editor;
      if (!editor || editor.saving) return;
      editor.saving = true;
      rerender();
      api
        .checkPackDraft(editor.draft)
        .then(async (problems) => {
          editor.problems = problems;
          if (problems.length > 0) return;
          const summary = await api.savePackDraft(editor.draft);
          editor.saved = { packId: summary.pack_id, version: summary.pack_version };
          state.packs = await api.listPacks();
          notify("info", {
            th: `บันทึกชุดเกณฑ์ ${summary.pack_id} รุ่น ${summary.pack_version} แล้ว ย้ายรอบการประเมินไปใช้ได้จากการ์ดชุดเกณฑ์`,
            en: `Saved ${summary.pack_id} version ${summary.pack_version}; move a round to it from the pack card.`,
          });
        })
        .catch((raw) => {
          const error = toCommandError(raw);
          editor.problems = [error.payload.message[state.language]];
        })
        .finally(() => {
          editor.saving = false;
          rerender();
        });
    },
    exportPack: (packId, version) => {
      api.exportPack(packId, version).then((path) => {
        if (path) notify("info", { th: `ส่งออกชุดเกณฑ์ไปที่ ${path} แล้ว`, en: `The pack was exported to ${path}.` });
      }, notifyError);
    },
  };
}
