//! Carries out the actions: updates the state, calls the Rust side through the API, and
//! asks for a new render. Saves of answers go through the AnswerSaver.

import type { Actions } from "./actions";
import { type Api, CommandError, toCommandError } from "./api";
import type { AnswerInput, AttachReport, DroppedFiles, Localized, Round, RoundKind } from "./bindings";
import { t } from "./i18n";
import { packEditorActions } from "./pack-editor";
import { AnswerSaver } from "./saver";
import { draftsFrom, emptyAnswer, profileOf, type Modal, type State } from "./state";
import { fiscalYearBe, parseThaiDate, thaiDigitsToArabic, toTypedThaiDate } from "./thai-date";

export interface Controller extends Actions {
  saver: AnswerSaver;
  boot(): Promise<void>;
  dragOver(x: number, y: number): void;
  dragLeave(): void;
  dropped(files: DroppedFiles): void;
  attachProgress(progress: NonNullable<State["attaching"]>["progress"]): void;
}

const INFO_NOTICE_MS = 6_000;

/** The item under a point given in physical pixels (as the shell reports drops). */
function itemAt(x: number, y: number): string | null {
  const scale = window.devicePixelRatio || 1;
  const element = document.elementFromPoint(x / scale, y / scale);
  return element?.closest<HTMLElement>("[data-item-id]")?.dataset.itemId ?? null;
}

export function createController(api: Api, state: State, rerender: () => void): Controller {
  let nextNotice = 1;
  const thumbnailRequests = new Set<number>();

  const notify = (kind: "error" | "info", text: Localized) => {
    const id = nextNotice++;
    state.notices.push({ id, kind, text });
    if (kind === "info") setTimeout(() => controller.dismissNotice(id), INFO_NOTICE_MS);
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
    state.saves = new Map();
    state.filter = "all";
    rerender();
  };

  const invalid = (th: string, en: string) => new CommandError({ code: "INVALID_INPUT", message: { th, en } });

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
    } catch (raw) {
      notifyError(raw);
    } finally {
      state.attaching = null;
      rerender();
    }
  };

  const controller: Controller = {
    saver,

    async boot() {
      try {
        state.language = (await api.getSettings()).language;
        const office = await api.getOffice();
        state.office = office;
        let rounds = (await api.listRounds()).filter((round) => round.office_id === office.id);
        const firstRun = rounds.length === 0;
        if (firstRun) {
          await api.createRound({ kind: "application", fiscal_year_be: null, pack_id: null, pack_version: null });
          rounds = (await api.listRounds()).filter((round) => round.office_id === office.id);
        }
        state.rounds = rounds;
        state.packs = await api.listPacks();
        if (firstRun && office.name.trim() === "") {
          state.modal = { kind: "office", draft: profileOf(office), firstRun: true, saving: false, error: null };
        }
        // Rounds come newest fiscal year first; the application round leads its year.
        const checklist = await api.getChecklist(rounds[0].id);
        state.checklist = checklist;
        state.score = checklist.score;
        state.drafts = draftsFrom(checklist);
        state.phase = "ready";
      } catch (raw) {
        state.phase = "failed";
        state.failure = toCommandError(raw);
      }
      rerender();
    },

    setStatus: (itemId, status) => change(itemId, (d) => ({ ...d, status }), true),
    setNote: (itemId, note) => change(itemId, (d) => ({ ...d, note }), false),
    setNotApplicableReason: (itemId, reason) => change(itemId, (d) => ({ ...d, not_applicable_reason: reason }), false),
    setOwner: (itemId, owner) => change(itemId, (d) => ({ ...d, owner }), false),
    setDueDate: (itemId, typed) => {
      const due = typed.trim() === "" ? null : parseThaiDate(typed);
      if (typed.trim() !== "" && due === null) {
        notify("error", {
          th: `วันที่ "${typed}" ไม่ถูกต้อง ให้พิมพ์ วัน/เดือน/ปี พ.ศ. เช่น 15/1/2570`,
          en: `"${typed}" is not a date; type day/month/B.E. year, e.g. 15/1/2570`,
        });
        return;
      }
      change(itemId, (d) => ({ ...d, due_date: due }), true);
    },
    setSubScore: (itemId, subScoreId, value) =>
      change(itemId, (d) => {
        const subScores = { ...d.sub_scores };
        if (value === null) delete subScores[subScoreId];
        else subScores[subScoreId] = value;
        return { ...d, sub_scores: subScores };
      }, false),
    setNumber: (itemId, value) => change(itemId, (d) => ({ ...d, value_number: value }), false),
    setText: (itemId, text) => change(itemId, (d) => ({ ...d, value_text: text === "" ? null : text }), false),
    setFigure: (itemId, figureId, value) =>
      change(itemId, (d) => {
        const figures = { ...d.figures };
        if (value === null || value === "") delete figures[figureId];
        else figures[figureId] = value;
        return { ...d, figures };
      }, false),
    setTallyCount: (itemId, figureId, levelId, count) =>
      change(itemId, (d) => {
        const current = d.figures[figureId];
        const counts: Record<string, number> = typeof current === "object" && current !== null ? { ...(current as Record<string, number>) } : {};
        if (count === null) delete counts[levelId];
        else counts[levelId] = count;
        return { ...d, figures: { ...d.figures, [figureId]: counts } };
      }, false),
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
      state.modal = null;
      rerender();
    },

    openOffice: () => {
      if (!state.office) return;
      state.modal = { kind: "office", draft: profileOf(state.office), firstRun: false, saving: false, error: null };
      rerender();
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
      state.modal = { kind: "approve", name: "", position: "", saving: false, error: null };
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
      api.evidenceThumbnail(evidenceId).then(
        (bytes) => {
          const url = bytes.byteLength > 0 ? URL.createObjectURL(new Blob([bytes], { type: "image/jpeg" })) : null;
          state.thumbnails.set(evidenceId, url);
          rerender();
        },
        () => {
          state.thumbnails.set(evidenceId, null);
          rerender();
        },
      );
    },

    switchRound: (roundId) => void showRound(roundId).catch(notifyError),
    openNewRound: () => {
      const newest = state.packs[0];
      state.modal = {
        kind: "new_round",
        roundKind: "application",
        fiscalYear: String(fiscalYearBe(state.today)),
        packKey: newest ? `${newest.pack_id}@${newest.pack_version}` : "",
        saving: false,
        error: null,
      };
      rerender();
    },
    setNewRound: (field, value) => {
      const modal = state.modal;
      if (modal?.kind !== "new_round") return;
      if (field === "roundKind") modal.roundKind = value as RoundKind;
      else modal[field] = value;
      rerender();
    },
    createRound: () => {
      const modal = state.modal;
      if (modal?.kind !== "new_round") return;
      void submitForm(modal, async () => {
        const year = Number(thaiDigitsToArabic(modal.fiscalYear.trim()));
        if (!Number.isInteger(year)) throw invalid("ปีงบประมาณต้องเป็นตัวเลข เช่น 2570", "The fiscal year must be a number, e.g. 2570.");
        const [packId, version] = modal.packKey.split("@");
        const round = await api.createRound({
          kind: modal.roundKind,
          fiscal_year_be: year,
          pack_id: packId || null,
          pack_version: version ? Number(version) : null,
        });
        state.rounds = (await api.listRounds()).filter((r) => r.office_id === state.office?.id);
        await showRound(round.id);
      });
    },
    importPack: () => {
      api.importPack().then(async (summary) => {
        if (!summary) return;
        state.packs = await api.listPacks();
        notify("info", {
          th: `${t("packImported", "th")}: ${summary.title.th} (${t("version", "th")} ${summary.pack_version})`,
          en: `${t("packImported", "en")}: ${summary.title.en} (${t("version", "en")} ${summary.pack_version})`,
        });
      }, notifyError);
    },
    openPackMove: (toPackId, toVersion) => {
      const roundId = state.checklist?.round.id;
      if (roundId === undefined) return;
      const modal: Modal = { kind: "pack_move", toPackId, toVersion, preview: null, saving: false, error: null };
      state.modal = modal;
      rerender();
      api.previewPackMove(roundId, toPackId, toVersion).then(
        (preview) => {
          modal.preview = preview;
          rerender();
        },
        (raw) => {
          modal.error = toCommandError(raw);
          rerender();
        },
      );
    },
    confirmPackMove: () => {
      const modal = state.modal;
      const roundId = state.checklist?.round.id;
      if (modal?.kind !== "pack_move" || roundId === undefined) return;
      void submitForm(modal, async () => {
        await saver.flush();
        await api.moveRoundToPack(roundId, modal.toPackId, modal.toVersion);
        state.rounds = (await api.listRounds()).filter((r) => r.office_id === state.office?.id);
        await showRound(roundId);
      });
    },
    openDeadlines: () => {
      state.modal = {
        kind: "deadlines",
        rows: (state.checklist?.deadlines ?? []).map((d) => ({
          id: d.id,
          title: d.title,
          typedDate: toTypedThaiDate(d.due_date),
          done: d.done,
          removed: false,
        })),
        saving: false,
        error: null,
      };
      rerender();
    },
    setDeadlineRow: (index, field, value) => {
      if (state.modal?.kind !== "deadlines") return;
      const row = state.modal.rows[index];
      if (field === "title" || field === "typedDate") row[field] = String(value);
      else row[field] = Boolean(value);
      rerender();
    },
    addDeadlineRow: () => {
      if (state.modal?.kind !== "deadlines") return;
      state.modal.rows.push({ id: null, title: "", typedDate: "", done: false, removed: false });
      rerender();
    },
    saveDeadlines: () => {
      const modal = state.modal;
      const roundId = state.checklist?.round.id;
      if (modal?.kind !== "deadlines" || roundId === undefined) return;
      void submitForm(modal, async () => {
        const saved = new Map((state.checklist?.deadlines ?? []).map((d) => [d.id, d]));
        for (const row of modal.rows) {
          if (row.removed) {
            if (row.id !== null) await api.deleteDeadline(roundId, row.id);
            continue;
          }
          const due = parseThaiDate(row.typedDate);
          if (!due) {
            throw invalid(
              `วันที่ "${row.typedDate}" ของ "${row.title}" ไม่ถูกต้อง ให้พิมพ์ วัน/เดือน/ปี พ.ศ.`,
              `The date "${row.typedDate}" of "${row.title}" is not valid; type day/month/B.E. year.`,
            );
          }
          const before = row.id === null ? undefined : saved.get(row.id);
          if (before && before.title === row.title.trim() && before.due_date === due && before.done === row.done) continue;
          await api.saveDeadline(roundId, { id: row.id, title: row.title, due_date: due, done: row.done });
        }
        await reload();
      });
    },

    ...packEditorActions(api, state, rerender, notify, notifyError),

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
      if (!itemId || !round || round.state !== "draft") {
        void api.discardDrop(files.drop_id);
        notify("info", {
          th: round && round.state !== "draft" ? "รอบนี้ส่งตรวจแล้ว แนบไฟล์เพิ่มไม่ได้" : "วางไฟล์บนข้อที่ต้องการแนบหลักฐาน",
          en: round && round.state !== "draft" ? "This round is submitted; files cannot be added." : "Drop files on the item they are evidence for.",
        });
        rerender();
        return;
      }
      void attach(itemId, () => api.attachDropped(files.drop_id, round.id, itemId));
    },
  };
  return controller;
}
