//! Rounds, packs and the calendar: switching and opening rounds (fresh, or from an earlier
//! round with what came along said afterwards), importing a pack and moving a round to
//! another pack, and editing the round's dates in the Buddhist era.

import type { ActionContext, Actions } from "./index";
import { CommandError, toCommandError } from "../api";
import type { CarriedRound, CriteriaPack, RoundKind } from "../bindings";
import { carriedNotice, carryOverOf, newCarryChoice } from "../carry-over";
import { t } from "../i18n";
import type { Modal } from "../state";
import { fiscalYearBe, readThaiDate, thaiDigitsToArabic, toTypedThaiDate } from "../thai-date";

type RoundActions = Pick<
  Actions,
  | "switchRound"
  | "openNewRound"
  | "setNewRound"
  | "setCarry"
  | "createRound"
  | "importPack"
  | "openPackMove"
  | "confirmPackMove"
  | "openDeadlines"
  | "setDeadlineRow"
  | "addDeadlineRow"
  | "saveDeadlines"
>;

const invalid = (th: string, en: string) => new CommandError({ code: "INVALID_INPUT", message: { th, en } });

export function roundActions(context: ActionContext): RoundActions {
  const { api, state, rerender, notify, notifyError, showRound, refreshRounds, submitForm, reload } = context;

  /** The notice after a carried start; items left behind are named from the earlier round's criteria when they can be read. */
  const carriedNoticeFor = async (carried: CarriedRound) => {
    const itemsOf = (pack: CriteriaPack | null | undefined) => (pack?.parts ?? []).flatMap((p) => p.sections.flatMap((s) => s.items));
    const earlier = state.rounds.find((r) => r.id === carried.from_round);
    const earlierPack =
      carried.left_behind.length > 0 && earlier ? await api.getPack(earlier.pack_id, earlier.pack_version).catch(() => null) : null;
    return carriedNotice(carried, state.rounds, itemsOf(state.checklist?.pack), itemsOf(earlierPack));
  };

  return {
    switchRound: (roundId) => void showRound(roundId).catch(notifyError),
    openNewRound: () => {
      const newest = state.packs[0];
      state.modal = {
        kind: "new_round",
        roundKind: "application",
        fiscalYear: String(fiscalYearBe(state.today)),
        packKey: newest ? `${newest.pack_id}@${newest.pack_version}` : "",
        carry: newCarryChoice(state.rounds, "application"),
        saving: false,
        error: null,
      };
      rerender();
    },
    setNewRound: (field, value) => {
      const modal = state.modal;
      if (modal?.kind !== "new_round") return;
      if (field === "roundKind") {
        modal.roundKind = value as RoundKind;
        // Until the clerk picks a source, it follows the kind: a maintenance report starts from the certified round.
        if (!modal.carry.chosen) modal.carry = newCarryChoice(state.rounds, modal.roundKind);
      } else modal[field] = value;
      rerender();
    },
    setCarry: (change) => {
      const modal = state.modal;
      if (modal?.kind !== "new_round") return;
      modal.carry = { ...modal.carry, ...change, chosen: modal.carry.chosen || change.fromRound !== undefined };
      rerender();
    },
    createRound: () => {
      const modal = state.modal;
      if (modal?.kind !== "new_round") return;
      void submitForm(modal, async () => {
        const year = Number(thaiDigitsToArabic(modal.fiscalYear.trim()));
        if (!Number.isInteger(year)) throw invalid("ปีงบประมาณต้องเป็นตัวเลข เช่น 2570", "The fiscal year must be a number, e.g. 2570.");
        const [packId, version] = modal.packKey.split("@");
        const input = {
          kind: modal.roundKind,
          fiscal_year_be: year,
          pack_id: packId || null,
          pack_version: version ? Number(version) : null,
        };
        const carry = carryOverOf(modal.carry, state.today);
        if (!carry) {
          const round = await api.createRound(input);
          await refreshRounds();
          await showRound(round.id);
          return;
        }
        const carried = await api.createRoundFrom(input, carry);
        await refreshRounds();
        await showRound(carried.round.id);
        notify("info", await carriedNoticeFor(carried), true);
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
        await context.flushSaves();
        await api.moveRoundToPack(roundId, modal.toPackId, modal.toVersion);
        await refreshRounds();
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
          const reading = readThaiDate(row.typedDate, state.today);
          if (reading.kind !== "date") {
            const [why, values] = reading.kind === "refused" ? [reading.why, reading.values] : (["notADate", {}] as const);
            throw invalid(
              `วันที่ "${row.typedDate}" ของ "${row.title}" ไม่ถูกต้อง: ${t(why, "th", values)}`,
              `The date "${row.typedDate}" of "${row.title}" is not valid: ${t(why, "en", values)}`,
            );
          }
          const due = reading.iso;
          const before = row.id === null ? undefined : saved.get(row.id);
          if (before && before.title === row.title.trim() && before.due_date === due && before.done === row.done) continue;
          await api.saveDeadline(roundId, { id: row.id, title: row.title, due_date: due, done: row.done });
        }
        await reload();
      });
    },
  };
}
