//! Starts the interface: loads the settings, the office and its current round (opening
//! this fiscal year's application round on first run), then keeps the screen in step
//! with the clerk's input and the saves behind it.

import "@fontsource/sarabun/400.css";
import "@fontsource/sarabun/600.css";
import "./styles.css";

import { listen } from "@tauri-apps/api/event";
import { render } from "lit";
import type { Actions } from "./actions";
import { createApi, toCommandError } from "./api";
import type { AnswerInput } from "./bindings";
import { AnswerSaver } from "./saver";
import { draftsFrom, emptyAnswer, initialState, profileOf } from "./state";
import { appView } from "./views/app";

const api = createApi();
const state = initialState();
const root = document.getElementById("app") as HTMLElement;

// The static "opening" message in index.html is replaced by the first render.
root.replaceChildren();

let renderScheduled = false;
function rerender(): void {
  if (renderScheduled) return;
  renderScheduled = true;
  requestAnimationFrame(() => {
    renderScheduled = false;
    document.documentElement.lang = state.language;
    render(appView(state, actions), root);
    if (state.phase === "ready") root.dataset.ready = "true";
  });
}

const saver = new AnswerSaver(
  (itemId, input) => {
    const roundId = state.checklist?.round.id;
    if (roundId === undefined) return Promise.reject(new Error("no round is open"));
    return api.saveAnswer(roundId, itemId, input);
  },
  (itemId, status) => {
    state.saves.set(itemId, status);
    if (status.kind === "saved") state.score = status.result.score;
    rerender();
  },
);

/** Applies a change to an item's draft and hands it to the saver. */
function change(itemId: string, update: (draft: AnswerInput) => AnswerInput, immediate: boolean): void {
  const next = update({ ...(state.drafts.get(itemId) ?? emptyAnswer()) });
  state.drafts.set(itemId, next);
  saver.change(itemId, next, immediate);
  rerender();
}

const actions: Actions = {
  setStatus: (itemId, status) => change(itemId, (d) => ({ ...d, status }), true),
  setNote: (itemId, note) => change(itemId, (d) => ({ ...d, note }), false),
  setSubScore: (itemId, subScoreId, value) =>
    change(itemId, (d) => {
      const subScores = { ...d.sub_scores };
      if (value === null) delete subScores[subScoreId];
      else subScores[subScoreId] = value;
      return { ...d, sub_scores: subScores };
    }, false),
  setNumber: (itemId, value) => change(itemId, (d) => ({ ...d, value_number: value }), false),
  setText: (itemId, text) => change(itemId, (d) => ({ ...d, value_text: text === "" ? null : text }), false),
  flush: () => void saver.flush(),
  retry: (itemId) => {
    const draft = state.drafts.get(itemId);
    if (draft) saver.change(itemId, draft, true);
  },
  openOffice: () => {
    if (!state.office) return;
    state.officeDialog = { draft: profileOf(state.office), saving: false, error: null };
    rerender();
    requestAnimationFrame(() => document.querySelector<HTMLElement>("[data-office-form] input")?.focus());
  },
  setOfficeField: (field, value) => {
    if (!state.officeDialog) return;
    state.officeDialog.draft = { ...state.officeDialog.draft, [field]: value };
    rerender();
  },
  saveOffice: () => {
    const dialog = state.officeDialog;
    if (!dialog || dialog.saving) return;
    dialog.saving = true;
    rerender();
    api.setOffice(dialog.draft).then(
      (office) => {
        state.office = office;
        state.officeDialog = null;
        rerender();
      },
      (error) => {
        dialog.saving = false;
        dialog.error = toCommandError(error);
        rerender();
      },
    );
  },
  closeOffice: () => {
    state.officeDialog = null;
    rerender();
    document.querySelector<HTMLElement>("[data-edit-office]")?.focus();
  },
  toggleLanguage: () => {
    state.language = state.language === "th" ? "en" : "th";
    rerender();
    api.setLanguage(state.language).catch((error) => console.error(toCommandError(error)));
  },
};

async function openRound(roundId: number): Promise<void> {
  const checklist = await api.getChecklist(roundId);
  state.checklist = checklist;
  state.score = checklist.score;
  state.drafts = draftsFrom(checklist);
  state.saves = new Map();
}

async function boot(): Promise<void> {
  try {
    state.language = (await api.getSettings()).language;
    const office = await api.getOffice();
    state.office = office;
    let rounds = (await api.listRounds()).filter((round) => round.office_id === office.id);
    if (rounds.length === 0) {
      await api.createRound({ kind: "application", fiscal_year_be: null, pack_id: null, pack_version: null });
      rounds = (await api.listRounds()).filter((round) => round.office_id === office.id);
    }
    state.rounds = rounds;
    // Rounds come newest fiscal year first; the application round leads its year.
    await openRound(rounds[0].id);
    state.phase = "ready";
  } catch (error) {
    state.phase = "failed";
    state.failure = toCommandError(error);
  }
  rerender();
}

// The shell asks before closing the window: finish every save, then let it close.
void listen("close-requested", async () => {
  try {
    await saver.flush();
  } finally {
    await api.closeWhenSaved();
  }
});

rerender();
void boot();
