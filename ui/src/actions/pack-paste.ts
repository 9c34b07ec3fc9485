//! The pack editor's paste box (issue 16): opening it on a part, reading what was pasted
//! from the manual into the preview, changing a previewed item's section, level or
//! points, and adding the new items, each taken off the part's declared items.

import type { Item, Language } from "../bindings";
import { pick, t } from "../i18n";
import { pastePointsKey, pointsBoxKey } from "../pack-editor";
import { addPastedRows, readPaste } from "../paste-rows";
import type { ActionContext, Actions } from "./index";

export function pasteActions({
  state,
  rerender,
  notify,
}: ActionContext): Pick<Actions, "openPaste" | "setPasteText" | "setPastedRow" | "addPastedItems"> {
  // The preview's points boxes are keyed by row; rows read again are other rows.
  const forgetPastePoints = () => {
    const prefix = pastePointsKey(0).slice(0, -1);
    for (const key of [...state.typed.keys()]) if (key.startsWith(prefix)) state.typed.delete(key);
  };
  // Added items take their number's place, so rows below them move down, and so does
  // what was typed in their points boxes.
  const keepTypedPointsWithRows = (partId: string, before: Map<string, Item[]>) => {
    const part = state.editor?.draft.parts.find((p) => p.id === partId);
    const moves = (part?.sections ?? []).flatMap((section) =>
      (before.get(section.id) ?? []).map((item, index) => ({
        from: pointsBoxKey(partId, section.id, index),
        to: pointsBoxKey(partId, section.id, section.items.indexOf(item)),
      })),
    );
    const boxes = moves.map((move) => ({ ...move, box: state.typed.get(move.from) }));
    for (const { from } of boxes) state.typed.delete(from);
    for (const { to, box } of boxes) if (box) state.typed.set(to, box);
  };
  return {
    openPaste: (partId) => {
      if (!state.editor) return;
      forgetPastePoints();
      state.editor.paste = partId === null ? null : { partId, text: "", rows: [], setAside: [], keptAsText: [] };
      rerender();
      // Straight into the box, so a keyboard user pastes at once.
      if (partId !== null)
        requestAnimationFrame(() =>
          document.querySelector<HTMLTextAreaElement>(`[data-paste-box="${partId}"] textarea[name="paste"]`)?.focus(),
        );
    },
    setPasteText: (text) => {
      const paste = state.editor?.paste;
      const part = state.editor?.draft.parts.find((p) => p.id === paste?.partId);
      if (!paste || !part) return;
      forgetPastePoints();
      Object.assign(paste, { text }, readPaste(part, text, paste.rows));
      rerender();
    },
    setPastedRow: (index, change) => {
      const row = state.editor?.paste?.rows[index];
      if (!row) return;
      Object.assign(row, change);
      rerender();
    },
    addPastedItems: () => {
      const editor = state.editor;
      const paste = editor?.paste;
      const part = editor?.draft.parts.find((p) => p.id === paste?.partId);
      if (!editor || !paste || !part) return;
      const before = new Map(part.sections.map((section) => [section.id, [...section.items]]));
      const added = addPastedRows(editor.draft, editor.base, part.id, paste.rows);
      keepTypedPointsWithRows(part.id, before);
      forgetPastePoints();
      Object.assign(editor, { paste: null, ruleOpen: null, problems: null, saved: null });
      const words = (language: Language) => t("pastedAdded", language, { count: added.length, part: pick(part.title, language) });
      notify("info", { th: words("th"), en: words("en") });
      rerender();
      // The box is gone: the keyboard stays in the part, on the first item added.
      const first = added[0]?.id;
      if (first)
        requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-draft-item="${first}"] textarea[name="title-th"]`)?.focus());
    },
  };
}
