//! The pack editor's actions: an office or province makes its own edition of a pack,
//! fills in items the shipped pack only declares, checks it with the Rust side's rules,
//! saves it as a pack, and exports the file to share.

import type { Actions } from "./actions";
import { type Api, toCommandError } from "./api";
import type { CriteriaPack, Item, Localized } from "./bindings";
import { boxKey, type State } from "./state";

/** The owner part of the editor's number boxes' keys in `State.typed`. */
export const PACK_BOXES = "pack-editor";

/** The key of the points box of row `index` of a section. */
export function pointsBoxKey(partId: string, sectionId: string, index: number): string {
  return boxKey(PACK_BOXES, `points:${partId}:${sectionId}:${index}`);
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
>;

/** An item id not yet used anywhere in the draft. */
function freshItemId(draft: CriteriaPack, partId: string): string {
  const used = new Set(draft.parts.flatMap((p) => p.sections.flatMap((s) => s.items.map((i) => i.id))));
  let number = 1;
  while (used.has(`${partId}.new-${number}`)) number += 1;
  return `${partId}.new-${number}`;
}

export function newItem(id: string, points: number | null, level: Item["level"]): Item {
  return {
    id,
    code: "",
    level,
    points,
    title: { th: "", en: "" },
    guidance: null,
    typical_evidence: null,
    answer: { kind: "check" },
    confidence: "official",
    evidence_rule: null,
    figures: [],
  };
}

/** Takes one item out of a declared block and lists it in the part's last section. */
export function fillUndisclosedItem(draft: CriteriaPack, partId: string, blockIndex: number): void {
  const part = draft.parts.find((p) => p.id === partId);
  const block = part?.undisclosed[blockIndex];
  const section = part?.sections.at(-1);
  if (!part || !block || !section || block.expected_items < 1) return;
  const points = block.points / block.expected_items;
  section.items.push(newItem(freshItemId(draft, part.id), points, block.level));
  block.expected_items -= 1;
  block.points -= points;
  if (block.expected_items === 0) part.undisclosed.splice(blockIndex, 1);
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
        state.editor = { draft, basedOn: `${round.pack_id} v${round.pack_version}`, problems: null, saving: false, saved: null };
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
      const section = draft?.parts.find((p) => p.id === partId)?.sections.find((s) => s.id === sectionId);
      if (!draft || !section || !state.editor) return;
      section.items.push(newItem(freshItemId(draft, partId), null, null));
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
      rerender();
    },
    fillUndisclosed: (partId, blockIndex) => {
      const draft = editorDraft();
      if (!draft || !state.editor) return;
      fillUndisclosedItem(draft, partId, blockIndex);
      state.editor.problems = null;
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
