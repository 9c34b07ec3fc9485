//! The pack editor rendered into a DOM for unit tests: a draft of a shipped pack, the real
//! controller (no shell behind it) and the editor's view, redrawn on every change.

import { render } from "lit";
import type { Api } from "../api";
import type { CriteriaPack } from "../bindings";
import { createController, type Controller } from "../controller";
import type { State } from "../state";
import { packEditorView } from "../views/pack-editor";
import { readyState } from "./bundles";

export interface OpenEditor {
  root: HTMLElement;
  state: State;
  controller: Controller;
}

/** Opens `pack` in the editor; the root is attached to the document, where clicks toggle checkboxes. */
export function openPackEditor(pack: CriteriaPack, basedOn: string): OpenEditor {
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  const state = readyState();
  state.editor = {
    draft: structuredClone(pack),
    base: pack,
    basedOn,
    problems: null,
    saving: false,
    saved: null,
    paste: null,
    ruleOpen: null,
  };
  let controller: Controller;
  const rerender = () => render(packEditorView(state, controller), root);
  controller = createController({} as Api, state, rerender);
  rerender();
  return { root, state, controller };
}
