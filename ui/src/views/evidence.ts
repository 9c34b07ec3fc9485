//! An item's evidence: each file with its preview (or a format badge), its name, what
//! kind of evidence it is, whether it is a photo received reduced (and from what
//! original), open and detach; the attach button; and what the pack's evidence rule
//! still asks for.

import { html, nothing, type TemplateResult } from "lit";
import type { Actions } from "../actions";
import type { EvidenceFile, EvidenceLink, EvidenceRule, FileFormat, Item, Language } from "../bindings";
import { ruleWords } from "../evidence-rule";
import { formatMegabytes, pick, t } from "../i18n";
import { itemEvidence, type State } from "../state";
import { checkIcon, plusIcon } from "./icons";
import { carriedBadge, newPhotoMark } from "./carry-over";
import { thaiText } from "./thai-words";
import { whenSeen } from "./when-seen";

/** Formats the Rust side makes previews of. */
const PREVIEWED: ReadonlySet<FileFormat> = new Set(["jpeg", "png", "gif", "webp", "bmp", "tiff"]);

const FORMAT_BADGES: Partial<Record<EvidenceFile["format"], string>> = {
  pdf: "PDF",
  word: "DOC",
  excel: "XLS",
  powerpoint: "PPT",
  text: "TXT",
  video: "VID",
  archive: "ZIP",
  heic: "HEIC",
};

/** A rule in words: "ภาพถ่าย และ (คำสั่ง หรือ รายงานการประชุม)". */
export function ruleInWords(rule: EvidenceRule, state: State): string {
  return ruleWords(rule, state.checklist?.pack.evidence_types ?? [], state.language);
}

function sizeInWords(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** "ย่อจากต้นฉบับ 4.2 MB" on a photo received reduced for e-mail, its pixel size in the tooltip. */
export function reducedMark(file: EvidenceFile, language: Language): TemplateResult | typeof nothing {
  // Files from before reducing existed lack the field altogether.
  const original = file.reduced_from;
  if (!original) return nothing;
  const pixels = t("reducedFromPixels", language, { width: original.width, height: original.height });
  const label = thaiText(t("reducedFrom", language, { size: formatMegabytes(original.size, language) }));
  return html`<span class="tag tag-reduced thai-words" data-reduced-from=${original.sha256} title=${pixels}
    >${label}<span class="visually-hidden"> (${pixels})</span></span>`;
}

function preview(file: EvidenceFile, state: State, actions: Actions): TemplateResult {
  const url = state.thumbnails.get(file.id);
  // Asked for when the file comes near the screen; asking again is harmless (the
  // controller loads each preview once).
  const seen = whenSeen(`${state.previewsForgotten}/${file.id}`, () => {
    if (PREVIEWED.has(file.format)) actions.loadThumbnail(file.id);
  });
  return url
    ? html`<img class="evidence-thumb" src=${url} alt="" />`
    : html`<span class="evidence-badge format-${file.format}" aria-hidden="true" ${seen}>${FORMAT_BADGES[file.format] ?? "FILE"}</span>`;
}

function fileView(link: EvidenceLink, file: EvidenceFile, state: State, actions: Actions, editable: boolean): TemplateResult {
  const language = state.language;
  const types = state.checklist?.pack.evidence_types ?? [];
  return html`<li class="evidence-file" data-evidence-id=${file.id}>
    <button type="button" class="evidence-open" title=${t("openFile", language)} @click=${() => actions.openEvidence(file.id)}>
      ${preview(file, state, actions)}
      <span class="evidence-name">${file.original_name}</span>
      <span class="evidence-size">${sizeInWords(file.size)}</span>
    </button>
    ${carriedBadge(link.carried_from_round, state)}
    ${reducedMark(file, language)}
    ${
      types.length > 0
        ? html`<select class="evidence-type" aria-label=${t("evidenceType", language)} ?disabled=${!editable}
          @change=${(event: Event) => actions.setEvidenceType(link.item_id, file.id, (event.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${link.evidence_type === ""}>${t("untyped", language)}</option>
          ${types.map((type) => html`<option value=${type.id} ?selected=${link.evidence_type === type.id}>${pick(type.title, language)}</option>`)}
        </select>`
        : nothing
    }
    ${
      editable
        ? html`<button type="button" class="evidence-detach" aria-label="${t("detach", language)}: ${file.original_name}"
          @click=${() => actions.askDetach(link.item_id, file.id)}>×</button>`
        : nothing
    }
  </li>`;
}

/** The files attached to the item, if any. */
export function evidenceFilesView(item: Item, state: State, actions: Actions, editable: boolean): TemplateResult | typeof nothing {
  const checklist = state.checklist;
  const links = (checklist?.links ?? []).filter((link) => link.item_id === item.id);
  if (links.length === 0) return nothing;
  return html`<ul class="evidence-files" data-evidence-for=${item.id}>
    ${links.map((link) => {
      const file = checklist?.evidence.find((f) => f.id === link.evidence_id);
      return file ? fileView(link, file, state, actions, editable) : nothing;
    })}
  </ul>`;
}

/** The attach button and what the evidence rule still asks for. */
export function evidenceStatusView(item: Item, state: State, actions: Actions, editable: boolean): TemplateResult {
  const language = state.language;
  const status = itemEvidence(state, item.id);
  return html`<div class="evidence-status">
    ${
      editable
        ? html`<button type="button" class="attach-button" data-action="attach" ?disabled=${state.attaching !== null}
          @click=${() => actions.attachFiles(item.id)}>${plusIcon()} ${t("attach", language)}</button>`
        : nothing
    }
    ${
      status?.unmet
        ? html`<span class="evidence-needed" data-evidence-needed>${t("evidenceNeeded", language)}: ${ruleInWords(status.unmet, state)}</span>`
        : status?.rule
          ? html`<span class="evidence-complete" data-evidence-complete>${checkIcon()} ${t("evidenceComplete", language)}</span>`
          : (status?.files ?? 0) === 0
            ? html`<span class="evidence-none">${t("noEvidenceYet", language)}</span>`
            : nothing
    }
    ${newPhotoMark(status, state)}
    ${state.dropTarget === item.id ? html`<span class="drop-hint">${t("dropHere", language)}</span>` : nothing}
  </div>`;
}
