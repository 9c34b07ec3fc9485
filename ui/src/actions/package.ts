//! The province package (issue 16): the province picks an edition and the report dates
//! to send and the shell writes the signed file into a folder it asks for; an office
//! picks a file the shell holds, sees who signed it and what would change, and takes it
//! in, after which everything on screen is read again (a round may now be on the edition).

import type { ActionContext, Actions } from "./index";
import { toCommandError } from "../api";
import type { Language, Localized, PackagePreview } from "../bindings";
import { pick, t } from "../i18n";
import {
  canImport,
  newPackageExportDialog,
  newPackageImportDialog,
  type PackageExportDialog,
  type PackageImportDialog,
  packageRequestOf,
  packKeyOf,
  packsNewestFirst,
  ROUND_KINDS,
} from "../package-state";
import { fiscalYearBe } from "../thai-date";

type PackageActions = Pick<
  Actions,
  "openPackageExport" | "setPackageEdition" | "setPackageDates" | "exportPackage" | "choosePackage" | "setKeyChecked" | "importPackage"
>;

/** What the success notice says: the province, the edition, and how many rounds moved to it. */
export function packageImportedText(preview: PackagePreview): Localized {
  const moved = preview.rounds.filter((round) => round.moves).length;
  const say = (language: Language) =>
    t("packageImported", language, {
      province: preview.province,
      edition: t("editionLine", language, { title: pick(preview.pack_title, language), version: preview.pack_version }),
      moved,
    });
  return { th: say("th"), en: say("en") };
}

export function packageActions(context: ActionContext): PackageActions {
  const { api, state, rerender } = context;
  const exportDialog = (): PackageExportDialog | null => (state.modal?.kind === "package_export" ? state.modal : null);
  const importDialog = (): PackageImportDialog | null => (state.modal?.kind === "package_import" ? state.modal : null);

  /** Asks the shell for a file; a cancelled dialog closes ours, a refused file says why. */
  const choose = async (dialog: PackageImportDialog) => {
    Object.assign(dialog, newPackageImportDialog());
    rerender();
    try {
      const preview = await api.chooseProvincePackage();
      if (state.modal !== dialog) return;
      if (preview === null) state.modal = null;
      else Object.assign(dialog, { step: "preview", preview });
    } catch (raw) {
      Object.assign(dialog, { step: "preview", error: toCommandError(raw) });
    }
    rerender();
  };

  return {
    openPackageExport: () => {
      const dialog = newPackageExportDialog(state.province?.fiscalYear ?? fiscalYearBe(state.today));
      state.modal = dialog;
      rerender();
      api.listPacks().then(
        (packs) => {
          dialog.packs = packsNewestFirst(packs);
          dialog.packKey = dialog.packs[0] ? packKeyOf(dialog.packs[0]) : "";
          rerender();
        },
        (raw) => {
          dialog.packs = [];
          dialog.error = toCommandError(raw);
          rerender();
        },
      );
      // Which dates would go is a courtesy beside each box; the export reads them itself.
      for (const kind of ROUND_KINDS) {
        api.getReportDates(dialog.fiscalYear, kind).then(
          (dates) => {
            dialog.dates[kind] = dates;
            rerender();
          },
          () => {},
        );
      }
    },
    setPackageEdition: (packKey) => {
      const dialog = exportDialog();
      if (dialog?.step !== "options") return;
      dialog.packKey = packKey;
      rerender();
    },
    setPackageDates: (kind, send) => {
      const dialog = exportDialog();
      if (dialog?.step !== "options") return;
      dialog.kinds = send ? [...new Set([...dialog.kinds, kind])] : dialog.kinds.filter((k) => k !== kind);
      rerender();
    },
    exportPackage: () => {
      const dialog = exportDialog();
      const request = dialog ? packageRequestOf(dialog) : null;
      if (dialog?.step !== "options" || !request) return;
      Object.assign(dialog, { step: "running", error: null });
      rerender();
      api.exportProvincePackage(request).then(
        (written) => {
          // A cancelled folder dialog goes back to the choices, nothing written.
          Object.assign(dialog, written ? { step: "done", written } : { step: "options" });
          rerender();
        },
        (raw) => {
          Object.assign(dialog, { step: "options", error: toCommandError(raw) });
          rerender();
        },
      );
    },
    choosePackage: () => {
      const dialog = importDialog() ?? newPackageImportDialog();
      state.modal = dialog;
      void choose(dialog);
    },
    setKeyChecked: (checked) => {
      const dialog = importDialog();
      if (dialog?.step !== "preview") return;
      dialog.keyChecked = checked;
      rerender();
    },
    importPackage: () => {
      const dialog = importDialog();
      if (!dialog || !canImport(dialog)) return;
      Object.assign(dialog, { step: "importing", error: null });
      rerender();
      void (async () => {
        let done: PackagePreview;
        try {
          // Draft rounds move to the edition: answers still being typed are saved first.
          await context.flushSaves();
          done = await api.importProvincePackage(dialog.keyChecked);
        } catch (raw) {
          Object.assign(dialog, { step: "preview", error: toCommandError(raw) });
          rerender();
          return;
        }
        state.modal = null;
        context.notify("info", packageImportedText(done));
        await context.reloadEverything().catch(context.notifyError);
      })();
    },
  };
}
