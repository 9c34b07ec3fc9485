//! Asking, right after an attach, which kind of evidence a file is when core's guess
//! does nothing for the item's rule but the file might be a kind the rule still needs
//! (issue 15, point 8): a PDF called "scan0001.pdf" on an item that needs an order or
//! minutes. The guess stays unless the clerk picks another kind.

import type { ActionContext, Actions } from "./actions";
import type { KindQuestion } from "./bindings";

export interface EvidenceKindDialog {
  kind: "evidence_kind";
  itemId: string;
  questions: KindQuestion[];
  /** The kind picked per evidence id; the guess until the clerk picks. */
  chosen: Record<number, string>;
  saving: boolean;
  error: import("./api").CommandError | null;
}

export function newEvidenceKindDialog(itemId: string, questions: KindQuestion[]): EvidenceKindDialog {
  const chosen: Record<number, string> = {};
  for (const question of questions) chosen[question.evidence_id] = question.guessed;
  return { kind: "evidence_kind", itemId, questions, chosen, saving: false, error: null };
}

export function evidenceKindActions(context: ActionContext): Pick<Actions, "chooseEvidenceKind" | "confirmEvidenceKinds"> {
  const { api, state, rerender } = context;
  const openDialog = () => (state.modal?.kind === "evidence_kind" ? state.modal : null);
  return {
    chooseEvidenceKind: (evidenceId, kind) => {
      const dialog = openDialog();
      if (!dialog) return;
      dialog.chosen[evidenceId] = kind;
      rerender();
    },
    confirmEvidenceKinds: () => {
      const dialog = openDialog();
      const roundId = state.checklist?.round.id;
      if (!dialog || roundId === undefined) return;
      void context.submitForm(dialog, async () => {
        for (const question of dialog.questions) {
          const kind = dialog.chosen[question.evidence_id];
          if (kind && kind !== question.guessed) await api.setEvidenceType(roundId, dialog.itemId, question.evidence_id, kind);
        }
        await context.reload();
      });
    },
  };
}
