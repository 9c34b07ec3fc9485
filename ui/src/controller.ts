//! Carries out the actions: updates the state, calls the Rust side through the API, and
//! asks for a new render. Saves of answers go through the AnswerSaver; rounds and packs,
//! the pack editor, bundles, the province's overview (with its roster and report dates),
//! the first run's question of whom the PC works for, and backups have their own modules
//! of actions.

import type { ActionContext, Actions } from "./actions";
import { type Api, toCommandError } from "./api";
import { backupActions } from "./actions/backup";
import { printActions } from "./actions/print";
import type {
  AnswerInput,
  AttachReport,
  DroppedFiles,
  ExportProgress,
  ImportProgress,
  Localized,
  Office,
  PackSummary,
  Round,
} from "./bindings";
import { isBusy } from "./bundle-state";
import { evidenceKindActions, newEvidenceKindDialog } from "./evidence-kind";
import { exportActions } from "./actions/export";
import { newWhoDialog, staffActions } from "./actions/staff";
import { importActions } from "./actions/import";
import { packEditorActions } from "./pack-editor";
import { pasteActions } from "./actions/pack-paste";
import { provinceActions } from "./actions/province";
import { reportDatesActions } from "./actions/report-dates";
import { roleActions } from "./actions/role";
import { loadGeography, rosterActions } from "./actions/roster";
import { roundActions } from "./actions/round";
import { newRoleDialog } from "./desk-state";
import { AnswerSaver } from "./saver";
import { keepSavedAnswer } from "./carry-over";
import { packageActions } from "./actions/package";
import { boxKey, draftsFrom, emptyAnswer, isEditable, localRounds, profileOf, type Modal, type State } from "./state";
import { readThaiDate } from "./thai-date";

/** The start-up data asked for before it is needed (controller.boot). */
interface StartingData {
  office: Promise<Office>;
  rounds: Promise<Round[]>;
  packs: Promise<PackSummary[]>;
}

/** Asks now; a failure is the business of whoever waits for the answer, if anyone does. */
function ask<T>(call: () => Promise<T>): Promise<T> {
  const answer = Promise.resolve().then(call);
  answer.catch(() => undefined);
  return answer;
}

export interface Controller extends Actions {
  saver: AnswerSaver;
  boot(): Promise<void>;
  dragOver(x: number, y: number): void;
  dragLeave(): void;
  dropped(files: DroppedFiles): void;
  attachProgress(progress: NonNullable<State["attaching"]>["progress"]): void;
  /** The shell's `bundle-progress` event: an export's phases, or bytes checked and copied by an import. */
  bundleProgress(progress: ExportProgress | ImportProgress): void;
}

const INFO_NOTICE_MS = 6_000;
/** Previews being made at once: as many as a clerk's PC has cores, at the least. */
const THUMBNAILS_AT_ONCE = 2;

/** The item under a point given in physical pixels (as the shell reports drops). */
function itemAt(x: number, y: number): string | null {
  const scale = window.devicePixelRatio || 1;
  const element = document.elementFromPoint(x / scale, y / scale);
  return element?.closest<HTMLElement>("[data-item-id]")?.dataset.itemId ?? null;
}

export function createController(api: Api, state: State, rerender: () => void): Controller {
  let nextNotice = 1;
  const thumbnailRequests = new Set<number>();
  const thumbnailQueue: number[] = [];
  let thumbnailsAsked = 0;

  const notify = (kind: "error" | "info", text: Localized, keep = false) => {
    const id = nextNotice++;
    state.notices.push({ id, kind, text });
    if (kind === "info" && !keep) setTimeout(() => controller.dismissNotice(id), INFO_NOTICE_MS);
    rerender();
  };
  const notifyError = (raw: unknown) => notify("error", toCommandError(raw).payload.message);

  const saver = new AnswerSaver(
    (itemId, input) => {
      const roundId = state.checklist?.round.id;
      if (roundId === undefined) return Promise.reject(new Error("no round is open"));
      return api.saveAnswer(roundId, itemId, input);
    },
    (itemId, status) => {
      state.saves.set(itemId, status);
      // Saves of different items finish in any order: keep the newest state's score.
      if (status.kind === "saved" && state.checklist && status.result.revision >= state.checklist.revision) {
        state.score = status.result.score;
        state.checklist.tallies = status.result.tallies;
        state.checklist.revision = status.result.revision;
      }
      // A saved answer is this round's own now: "from round X" goes.
      if (status.kind === "saved") keepSavedAnswer(state.checklist, status.result.answer);
      rerender();
    },
  );

  /** Applies a change to an item's draft and hands it to the saver. */
  const change = (itemId: string, update: (draft: AnswerInput) => AnswerInput, immediate: boolean) => {
    const next = update({ ...(state.drafts.get(itemId) ?? emptyAnswer()) });
    state.drafts.set(itemId, next);
    saver.change(itemId, next, immediate);
    rerender();
  };

  /** Reloads the round (after evidence or review changes); drafts being typed are kept. */
  const reload = async () => {
    const roundId = state.checklist?.round.id;
    if (roundId === undefined) return;
    const checklist = await api.getChecklist(roundId);
    state.checklist = checklist;
    state.score = checklist.score;
    rerender();
  };

  /** Runs a form's command, keeping the dialog open with the error if it fails. */
  const submitForm = async <M extends Modal>(modal: M, run: () => Promise<unknown>) => {
    if (modal.saving) return;
    modal.saving = true;
    modal.error = null;
    rerender();
    try {
      await run();
      state.modal = null;
    } catch (raw) {
      modal.error = toCommandError(raw);
    } finally {
      modal.saving = false;
      rerender();
    }
  };

  /** Shows a round: its checklist, with drafts from what is saved. */
  const showRound = async (roundId: number) => {
    await saver.flush();
    const checklist = await api.getChecklist(roundId);
    state.checklist = checklist;
    state.score = checklist.score;
    state.drafts = draftsFrom(checklist);
    state.typed = new Map();
    state.saves = new Map();
    state.filter = "all";
    rerender();
  };

  const roundChanged = async (round: Round) => {
    if (state.checklist) state.checklist.round = round;
    await reload();
  };

  const attach = async (itemId: string, run: () => Promise<AttachReport>) => {
    if (state.attaching) {
      notify("info", { th: "กำลังแนบไฟล์อื่นอยู่ รอให้เสร็จก่อน", en: "Another attach is running; wait for it to finish." });
      return;
    }
    state.attaching = { itemId, progress: null };
    rerender();
    try {
      const report = await run();
      for (const failure of report.failed) {
        notify("error", {
          th: `แนบ "${failure.name}" ไม่ได้: ${failure.error.message.th}`,
          en: `"${failure.name}" was not attached: ${failure.error.message.en}`,
        });
      }
      if (report.cancelled) {
        notify("info", { th: "ยกเลิกการแนบไฟล์แล้ว ไฟล์ที่ค้างอยู่ไม่ได้ถูกเก็บ", en: "Attaching was cancelled; the unfinished file was not kept." });
      }
      await reload();
      // The file might be a kind the item still needs: ask which, now (core decides when).
      if ((report.questions ?? []).length > 0 && !state.modal) state.modal = newEvidenceKindDialog(itemId, report.questions);
    } catch (raw) {
      notifyError(raw);
    } finally {
      state.attaching = null;
      rerender();
    }
  };

  const refreshRounds = async () => {
    state.rounds = localRounds(await api.listRounds());
  };

  /**
   * What the window opens on, asked for all at once: each is a round trip to the shell
   * and the window waits for them. A request nobody waits for (a first run's rounds)
   * may fail unheard.
   */
  const askStartingData = (): StartingData => ({
    office: ask(() => api.getOffice()),
    rounds: ask(() => api.listRounds()),
    packs: ask(() => api.listPacks()),
  });

  /**
   * Reads what the window shows from the store: the office, the rounds (opening this
   * fiscal year's application round when a district office has none, as on a first run;
   * a province PC gets a round of its own only when it asks), the packs, and the
   * checklist of round `roundId` if it exists, else of the newest round, if any.
   * True when a first round was opened. `asked`: the requests already made, if any.
   */
  const loadEverything = async (roundId?: number, asked: StartingData = askStartingData()): Promise<boolean> => {
    const [office, listed, listedPacks] = await Promise.all([asked.office, asked.rounds, asked.packs]);
    state.office = office;
    let rounds = listed;
    let packs = listedPacks;
    const firstRun = localRounds(rounds).length === 0 && state.role !== "province";
    if (firstRun) {
      await api.createRound({ kind: "application", fiscal_year_be: null, pack_id: null, pack_version: null });
      // Opening the first round may install the built-in pack.
      [rounds, packs] = await Promise.all([api.listRounds(), api.listPacks()]);
    }
    state.rounds = localRounds(rounds);
    state.packs = packs;
    // Rounds come newest fiscal year first; the application round leads its year.
    const shown = rounds.find((round) => round.id === roundId) ?? state.rounds[0];
    const checklist = shown ? await api.getChecklist(shown.id) : null;
    state.checklist = checklist;
    state.score = checklist?.score ?? null;
    state.drafts = checklist ? draftsFrom(checklist) : new Map();
    state.typed = new Map();
    state.saves = new Map();
    return firstRun;
  };

  /** Previews are kept by evidence id; after a restore an id may name another file. */
  const forgetThumbnails = () => {
    for (const url of state.thumbnails.values()) if (url) URL.revokeObjectURL(url);
    state.thumbnails.clear();
    thumbnailRequests.clear();
    thumbnailQueue.length = 0;
    state.previewsForgotten++;
  };

  /**
   * Previews are asked for a few at a time, in the order the files came into view: each
   * may decode a photo in the shell, and a screenful of new photos must not queue them
   * all at once behind the clerk's next save.
   */
  const askForThumbnails = () => {
    while (thumbnailsAsked < THUMBNAILS_AT_ONCE && thumbnailQueue.length > 0) {
      const evidenceId = thumbnailQueue.shift() as number;
      thumbnailsAsked++;
      api
        .evidenceThumbnail(evidenceId)
        .then(
          (bytes) => {
            const url = bytes.byteLength > 0 ? URL.createObjectURL(new Blob([bytes], { type: "image/jpeg" })) : null;
            state.thumbnails.set(evidenceId, url);
          },
          () => state.thumbnails.set(evidenceId, null),
        )
        .finally(() => {
          thumbnailsAsked--;
          rerender();
          askForThumbnails();
        });
    }
  };

  /** The fingerprint the office profile shows; asked for once. */
  const loadSigningKey = () => {
    if (state.signingKey) return;
    api.signingKey().then(
      (key) => {
        state.signingKey = key ?? null;
        rerender();
      },
      // The profile works without it; the fingerprint is simply not shown.
      () => {},
    );
  };

  const context: ActionContext = {
    api,
    state,
    rerender,
    notify,
    notifyError,
    flushSaves: () => saver.flush(),
    showRound,
    refreshRounds,
    reload,
    reloadEverything: async () => {
      forgetThumbnails();
      // The key lives in the database too; it is asked for again when the profile opens.
      state.signingKey = null;
      await loadEverything(state.checklist?.round.id);
      if (state.view === "province") province.reloadProvince();
      rerender();
    },
    submitForm,
  };
  /** Runs a step of starting up; if it fails, the window says the data cannot be opened. */
  const begin = async (step: () => Promise<void>) => {
    try {
      await step();
    } catch (raw) {
      state.phase = "failed";
      state.failure = toCommandError(raw);
    }
    rerender();
  };

  /**
   * Starting once it is known whom the PC works for: a district office's first run asks
   * for the office profile, a province PC opens on its overview, and a PC whose office
   * lists its staff asks who is working (the one chosen last time picked already); an
   * office without a staff list is not asked. It is a courtesy: the window opens without it.
   */
  const start = async (asked = askStartingData(), asking = ask(() => api.getStaff())) => {
    const staff = asking.catch(() => null);
    const firstRun = await loadEverything(undefined, asked);
    performance.mark("gecc:data");
    if (state.role === "province") {
      province.openProvince();
    } else if (firstRun && state.office && state.office.name.trim() === "") {
      state.modal = { kind: "office", draft: profileOf(state.office), firstRun: true, saving: false, error: null };
      loadSigningKey();
    }
    state.staff = (await staff) ?? null;
    if (!state.modal && state.staff && state.staff.names.length > 0) state.modal = newWhoDialog(state.staff);
    performance.mark("gecc:staff");
    state.phase = "ready";
  };

  const province = provinceActions(context);
  const { exportProgress, ...exporting } = exportActions(context);
  const evidenceKinds = evidenceKindActions(context);
  const staff = staffActions(context);
  const { importProgress, ...importing } = importActions(context, province.reloadProvince);

  const controller: Controller = {
    saver,

    boot: () =>
      begin(async () => {
        // Asked for beside the settings, which decide what is shown: a round trip each.
        const asked = askStartingData();
        const staff = ask(() => api.getStaff());
        const settings = await api.getSettings();
        performance.mark("gecc:settings");
        state.language = settings.language;
        state.role = settings.role ?? null;
        if (state.role !== null) return start(asked, staff);
        // A first run asks whom the PC works for before anything else: a province PC
        // must not get a checklist of its own it did not ask for.
        state.office = await asked.office;
        state.modal = newRoleDialog();
        loadGeography(context);
        state.phase = "ready";
      }),

    setStatus: (itemId, status) => change(itemId, (d) => ({ ...d, status }), true),
    setNote: (itemId, note) => change(itemId, (d) => ({ ...d, note }), false),
    setNotApplicableReason: (itemId, reason) => change(itemId, (d) => ({ ...d, not_applicable_reason: reason }), false),
    setOwner: (itemId, owner) => change(itemId, (d) => ({ ...d, owner }), false),
    typeDueDate: (itemId, typed) => {
      state.typed.set(boxKey(itemId, "due"), { text: typed, checked: false });
      rerender();
    },
    setDueDate: (itemId, typed) => {
      state.typed.set(boxKey(itemId, "due"), { text: typed, checked: true });
      const reading = readThaiDate(typed, state.today);
      // A refused date stays in the box with its reason beside it (the item view shows it).
      if (reading.kind === "refused") rerender();
      else change(itemId, (d) => ({ ...d, due_date: reading.kind === "date" ? reading.iso : null }), true);
    },
    keepTyped: (key, text, apply) => {
      state.typed.set(key, { text, checked: true });
      if (apply) apply();
      else rerender();
    },
    setSubScore: (itemId, subScoreId, value) =>
      change(
        itemId,
        (d) => {
          const subScores = { ...d.sub_scores };
          if (value === null) delete subScores[subScoreId];
          else subScores[subScoreId] = value;
          return { ...d, sub_scores: subScores };
        },
        false,
      ),
    setNumber: (itemId, value) => change(itemId, (d) => ({ ...d, value_number: value }), false),
    setText: (itemId, text) => change(itemId, (d) => ({ ...d, value_text: text === "" ? null : text }), false),
    setFigure: (itemId, figureId, value) =>
      change(
        itemId,
        (d) => {
          const figures = { ...d.figures };
          if (value === null || value === "") delete figures[figureId];
          else figures[figureId] = value;
          return { ...d, figures };
        },
        false,
      ),
    setTallyCount: (itemId, figureId, levelId, count) =>
      change(
        itemId,
        (d) => {
          const current = d.figures[figureId];
          const counts: Record<string, number> =
            typeof current === "object" && current !== null ? { ...(current as Record<string, number>) } : {};
          if (count === null) delete counts[levelId];
          else counts[levelId] = count;
          return { ...d, figures: { ...d.figures, [figureId]: counts } };
        },
        false,
      ),
    flush: () => void saver.flush(),
    retry: (itemId) => {
      const draft = state.drafts.get(itemId);
      if (draft) saver.change(itemId, draft, true);
    },

    toggleLanguage: () => {
      state.language = state.language === "th" ? "en" : "th";
      rerender();
      api.setLanguage(state.language).catch(notifyError);
    },
    setFilter: (filter) => {
      state.filter = filter;
      rerender();
    },
    dismissNotice: (id) => {
      state.notices = state.notices.filter((notice) => notice.id !== id);
      rerender();
    },
    closeModal: () => {
      // An export or import under way keeps its dialog: its result must be seen. The first
      // run's question must be answered: nothing can start before it.
      if (isBusy(state.modal) || state.modal?.kind === "role") return;
      state.modal = null;
      rerender();
    },

    openOffice: () => {
      if (!state.office) return;
      state.modal = { kind: "office", draft: profileOf(state.office), firstRun: false, saving: false, error: null };
      rerender();
      loadSigningKey();
    },
    setOfficeField: (field, value) => {
      if (state.modal?.kind !== "office") return;
      state.modal.draft = { ...state.modal.draft, [field]: value };
      rerender();
    },
    saveOffice: () => {
      const modal = state.modal;
      if (modal?.kind !== "office") return;
      void submitForm(modal, async () => {
        state.office = await api.setOffice(modal.draft);
      });
    },

    askSubmit: () => {
      state.modal = { kind: "submit", saving: false, error: null };
      rerender();
    },
    submit: () => {
      const modal = state.modal;
      const roundId = state.checklist?.round.id;
      if (modal?.kind !== "submit" || roundId === undefined) return;
      void submitForm(modal, async () => {
        await saver.flush();
        await roundChanged(await api.submitRound(roundId));
      });
    },
    openApprove: () => {
      // The same supervisor approves round after round: offer whoever approved last.
      const last = [...state.rounds]
        .filter((round) => round.approved_by_name.trim() !== "" && round.approved_at)
        .sort((a, b) => (b.approved_at ?? "").localeCompare(a.approved_at ?? ""))[0];
      state.modal = {
        kind: "approve",
        name: last?.approved_by_name ?? "",
        position: last?.approved_by_position ?? "",
        saving: false,
        error: null,
      };
      rerender();
    },
    setApproval: (field, value) => {
      if (state.modal?.kind !== "approve") return;
      state.modal[field] = value;
      rerender();
    },
    approve: () => {
      const modal = state.modal;
      const roundId = state.checklist?.round.id;
      if (modal?.kind !== "approve" || roundId === undefined) return;
      void submitForm(modal, async () => {
        await roundChanged(await api.approveRound(roundId, { name: modal.name, position: modal.position }));
      });
    },
    openUnlock: () => {
      state.modal = { kind: "unlock", reason: "", saving: false, error: null };
      rerender();
    },
    setUnlockReason: (reason) => {
      if (state.modal?.kind !== "unlock") return;
      state.modal.reason = reason;
      rerender();
    },
    unlock: () => {
      const modal = state.modal;
      const roundId = state.checklist?.round.id;
      if (modal?.kind !== "unlock" || roundId === undefined) return;
      void submitForm(modal, async () => {
        await roundChanged(await api.unlockRound(roundId, modal.reason));
      });
    },

    openHistory: (itemId) => {
      const roundId = state.checklist?.round.id;
      if (roundId === undefined) return;
      const modal: Modal = { kind: "history", itemId, history: null, saving: false, error: null };
      state.modal = modal;
      rerender();
      void saver.flush().then(() =>
        api.itemHistory(roundId, itemId).then(
          (history) => {
            modal.history = history;
            rerender();
          },
          (raw) => {
            modal.error = toCommandError(raw);
            rerender();
          },
        ),
      );
    },

    attachFiles: (itemId) => {
      const roundId = state.checklist?.round.id;
      if (roundId !== undefined) void attach(itemId, () => api.attachWithDialog(roundId, itemId));
    },
    cancelAttach: () => void api.cancelAttach().catch(notifyError),
    attachProgress: (progress) => {
      if (!state.attaching) return;
      state.attaching.progress = progress;
      rerender();
    },
    setEvidenceType: (itemId, evidenceId, evidenceType) => {
      const roundId = state.checklist?.round.id;
      if (roundId === undefined) return;
      api.setEvidenceType(roundId, itemId, evidenceId, evidenceType).then(reload, notifyError);
    },
    openEvidence: (evidenceId) => void api.openEvidence(evidenceId).catch(notifyError),
    askDetach: (itemId, evidenceId) => {
      state.modal = { kind: "detach", itemId, evidenceId, alsoDelete: false, saving: false, error: null };
      rerender();
    },
    setAlsoDelete: (alsoDelete) => {
      if (state.modal?.kind !== "detach") return;
      state.modal.alsoDelete = alsoDelete;
      rerender();
    },
    confirmDetach: () => {
      const modal = state.modal;
      const roundId = state.checklist?.round.id;
      if (modal?.kind !== "detach" || roundId === undefined) return;
      void submitForm(modal, async () => {
        await api.detachEvidence(roundId, modal.itemId, modal.evidenceId);
        if (modal.alsoDelete) await api.deleteEvidence(modal.evidenceId);
        await reload();
      });
    },
    loadThumbnail: (evidenceId) => {
      if (thumbnailRequests.has(evidenceId)) return;
      thumbnailRequests.add(evidenceId);
      thumbnailQueue.push(evidenceId);
      askForThumbnails();
    },

    ...roundActions(context),
    ...backupActions(context),
    ...printActions(context),

    ...packEditorActions(api, state, rerender, notify, notifyError),
    ...pasteActions(context),
    ...exporting,
    ...evidenceKinds,
    ...staff,
    ...importing,
    openProvince: province.openProvince,
    closeProvince: province.closeProvince,
    setProvinceFilter: province.setProvinceFilter,
    openOfficeRound: province.openOfficeRound,
    openOwnChecklist: province.openOwnChecklist,
    copyUnsent: province.copyUnsent,
    addSenderToRoster: province.addSenderToRoster,
    findOffices: province.findOffices,
    showReporting: province.showReporting,
    sortOffices: province.sortOffices,
    scrollOffices: province.scrollOffices,
    ...roleActions(context, () => begin(() => start())),
    ...rosterActions(context, province.reloadProvince),
    ...reportDatesActions(context, province.reloadProvince),
    ...packageActions(context),
    bundleProgress: (progress) => {
      if ("phase" in progress) exportProgress(progress);
      else importProgress(progress);
    },

    dragOver: (x, y) => {
      const target = itemAt(x, y);
      if (target !== state.dropTarget) {
        state.dropTarget = target;
        rerender();
      }
    },
    dragLeave: () => {
      state.dropTarget = null;
      rerender();
    },
    dropped: (files) => {
      state.dropTarget = null;
      const itemId = itemAt(files.x, files.y);
      const round = state.checklist?.round;
      if (!itemId || !round || !isEditable(round)) {
        void api.discardDrop(files.drop_id);
        const why: Localized =
          !round || isEditable(round)
            ? { th: "วางไฟล์บนข้อที่ต้องการแนบหลักฐาน", en: "Drop files on the item they are evidence for." }
            : round.office_is_local
              ? { th: "รอบนี้ส่งตรวจแล้ว แนบไฟล์เพิ่มไม่ได้", en: "This round is submitted; files cannot be added." }
              : {
                  th: "รอบนี้เป็นของสำนักงานอื่น อ่านอย่างเดียว แนบไฟล์ไม่ได้",
                  en: "This round belongs to another office and is read-only; files cannot be added.",
                };
        notify("info", why);
        rerender();
        return;
      }
      void attach(itemId, () => api.attachDropped(files.drop_id, round.id, itemId));
    },
  };
  return controller;
}
