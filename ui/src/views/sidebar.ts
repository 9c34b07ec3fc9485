//! The sidebar cards beside the score: the round's calendar counting down to the next
//! date, the shortest way to the next level, and the criteria pack in use.

import { html, nothing, type TemplateResult } from "lit";
import type { Actions } from "../actions";
import type { Checklist, Deadline, Item } from "../bindings";
import { formatPoints, pick, t } from "../i18n";
import { isEditable, type State } from "../state";
import { daysBetween, formatThaiDate } from "../thai-date";
import { checkIcon } from "./icons";
import { thaiText } from "./thai-words";

function countdown(deadline: Deadline, state: State): string {
  const days = daysBetween(state.today, deadline.due_date);
  if (days === 0) return t("dueToday", state.language);
  return days > 0 ? t("daysLeft", state.language, { days }) : t("daysLate", state.language, { days: -days });
}

export function calendarView(state: State, actions: Actions): TemplateResult {
  const language = state.language;
  const deadlines = state.checklist?.deadlines ?? [];
  const next = deadlines.find((d) => !d.done && d.due_date >= state.today);
  return html`<section class="side-card calendar" aria-labelledby="calendar-heading" data-calendar>
    <h2 id="calendar-heading">${t("calendar", language)}</h2>
    ${
      next
        ? html`<p class="next-deadline thai-words" data-next-deadline>
          <strong>${countdown(next, state)}</strong> · ${thaiText(next.title)}</p>`
        : nothing
    }
    ${
      deadlines.length === 0
        ? html`<p class="muted">${t("noDeadlines", language)}</p>`
        : html`<ol class="deadlines">
          ${deadlines.map((deadline) => {
            const late = !deadline.done && deadline.due_date < state.today;
            return html`<li class="${deadline.done ? "done" : ""} ${late ? "late" : ""} ${deadline === next ? "next" : ""}">
              <span class="deadline-date">${formatThaiDate(deadline.due_date, language)}</span>
              <span class="deadline-title thai-words">${deadline.done ? html`${checkIcon()} ` : ""}${thaiText(deadline.title)}</span>
              ${deadline.source ? html`<span class="deadline-source" title=${deadline.source}>${t("exampleDate", language)}</span>` : nothing}
            </li>`;
          })}
        </ol>`
    }
    ${
      state.checklist?.round.office_is_local === false
        ? nothing
        : html`<button type="button" class="link-button" data-action="edit-calendar" @click=${() => actions.openDeadlines()}>${t("editCalendar", language)}</button>`
    }
  </section>`;
}

function findItem(checklist: Checklist, itemId: string): Item | undefined {
  return checklist.pack.parts.flatMap((p) => p.sections.flatMap((s) => s.items)).find((i) => i.id === itemId);
}

export function pathView(state: State): TemplateResult | typeof nothing {
  const checklist = state.checklist;
  const path = state.score?.cheapest_path;
  if (!checklist || !path) return nothing;
  const language = state.language;
  const level = checklist.pack.levels.find((l) => l.id === path.level);
  const gateSteps = path.steps.filter((s) => s.gate);
  const pointSteps = path.steps.filter((s) => !s.gate);
  return html`<section class="side-card path" aria-labelledby="path-heading" data-cheapest-path>
    <h2 id="path-heading" class="thai-words">${t("path", language)} ${thaiText(level ? pick(level.title, language) : path.level)}</h2>
    ${gateSteps.length > 0 ? html`<p>${t("pathGateSteps", language, { count: gateSteps.length })}</p>` : nothing}
    ${
      pointSteps.length > 0
        ? html`<p>${t("pathSteps", language, { count: pointSteps.length })}:</p>
          <ul class="path-steps thai-words">
            ${pointSteps.map((step) => {
              const item = findItem(checklist, step.item_id);
              return html`<li><a href="#item-${step.item_id}">${item?.code ?? ""} ${thaiText(item ? pick(item.title, language) : step.item_id)}</a>
                <span class="path-points">+${formatPoints(step.points, language)}</span></li>`;
            })}
          </ul>`
        : nothing
    }
    ${path.reaches ? nothing : html`<p class="path-short" data-path-short>${t("pathShort", language, { points: formatPoints(path.points_short, language) })}</p>`}
  </section>`;
}

export function packView(state: State, actions: Actions): TemplateResult | typeof nothing {
  const round = state.checklist?.round;
  if (!round) return nothing;
  const language = state.language;
  const newer = state.packs
    .filter((p) => p.pack_id === round.pack_id && p.pack_version > round.pack_version)
    .sort((a, b) => b.pack_version - a.pack_version)[0];
  const others = state.packs.filter((p) => p.pack_id !== round.pack_id);
  const editable = isEditable(round);
  return html`<section class="side-card pack" aria-labelledby="pack-heading">
    <h2 id="pack-heading">${t("pack", language)}</h2>
    <p>${round.pack_id} · ${t("version", language)} ${round.pack_version}</p>
    <div class="side-buttons">
      ${
        newer && editable
          ? html`<button type="button" class="attach-button" data-action="move-pack"
            @click=${() => actions.openPackMove(newer.pack_id, newer.pack_version)}>
            ${t("movePack", language, { version: newer.pack_version })}</button>`
          : nothing
      }
      ${
        others.length > 0 && editable
          ? html`<label class="move-to-other">
            <span class="visually-hidden">${t("moveToOtherPack", language)}</span>
            <select name="other-pack" @change=${(event: Event) => {
              const select = event.target as HTMLSelectElement;
              const [packId, version] = select.value.split("@");
              select.value = "";
              if (packId) actions.openPackMove(packId, Number(version));
            }}>
              <option value="">${t("moveToOtherPack", language)}</option>
              ${others.map((p) => html`<option value="${p.pack_id}@${p.pack_version}">${p.pack_id} v${p.pack_version}</option>`)}
            </select>
          </label>`
          : nothing
      }
      <button type="button" class="link-button" data-action="edit-pack" @click=${() => actions.openPackEditor()}>${t("makeEdition", language)}</button>
      <button type="button" class="link-button" data-action="export-pack" @click=${() => actions.exportPack(round.pack_id, round.pack_version)}>${t("exportPack", language)}</button>
      <button type="button" class="link-button" data-action="import-pack" @click=${() => actions.importPack()}>${t("importPack", language)}</button>
      <button type="button" class="link-button" data-action="choose-package" @click=${() => actions.choosePackage()}>${t("importFromProvince", language)}</button>
    </div>
  </section>`;
}
