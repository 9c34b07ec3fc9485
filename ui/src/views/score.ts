//! The score card and the parts list: points earned, open and not assessable, the gate
//! (with the items that fail it, as links), the projected level, and progress per part.

import { html, nothing, svg, type TemplateResult } from "lit";
import type { Checklist, Language, PartScore, RoundScore } from "../bindings";
import { formatPoints, gateWords, pick, t } from "../i18n";
import { gateFailures, partsOfRound, type State } from "../state";
import { thaiText } from "./thai-words";

function levelTitle(checklist: Checklist, levelId: string | null, language: Language): string | null {
  const band = checklist.pack.levels.find((level) => level.id === levelId);
  return band ? pick(band.title, language) : null;
}

/** A bar of earned, lost, open and not-assessable points, drawn to scale. */
function pointsBar(score: RoundScore): TemplateResult {
  const points = score.points;
  const total = Math.max(points.total, 1);
  const segments: Array<[string, number]> = [
    ["earned", points.earned],
    ["lost", points.lost],
    ["open", points.open],
    ["undisclosed", points.undisclosed],
  ];
  let x = 0;
  const rects = segments.map(([kind, value]) => {
    const width = (value / total) * 100;
    const rect = svg`<rect class="bar-${kind}" x=${x} y="0" width=${width} height="10"></rect>`;
    x += width;
    return rect;
  });
  return html`<svg class="points-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
    ${rects}
  </svg>`;
}

function partProgress(state: State, checklist: Checklist, part: PartScore, language: Language): TemplateResult {
  const pack = checklist.pack.parts.find((p) => p.id === part.part_id);
  const title = pack?.title;
  const decided = part.met + part.not_met + part.not_applicable;
  const fraction = part.listed_items === 0 ? 0 : decided / part.listed_items;
  const itemIds = new Set(pack?.sections.flatMap((s) => s.items.map((i) => i.id)) ?? []);
  const withEvidence = (state.checklist?.item_evidence ?? []).filter((e) => itemIds.has(e.item_id) && e.files > 0).length;
  return html`<li>
    <a href="#part-${part.part_id}" data-part-link=${part.part_id}>
      <span class="part-title thai-words">${thaiText(title ? pick(title, language) : part.part_id)}</span>
      <span class="part-count">${decided}/${part.listed_items} ${t("itemsDone", language)}</span>
      <span class="part-evidence" data-part-evidence=${part.part_id}>${withEvidence}/${part.listed_items} ${t("evidenceCoverage", language)}</span>
      <svg class="part-bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true">
        <rect class="bar-track" x="0" y="0" width="100" height="4"></rect>
        <rect class="bar-earned" x="0" y="0" width=${fraction * 100} height="4"></rect>
      </svg>
      ${
        part.undisclosed_items > 0
          ? html`<span class="part-undisclosed">+${part.undisclosed_items} ${t("items", language)} ?</span>`
          : nothing
      }
    </a>
  </li>`;
}

function levelLine(checklist: Checklist, score: RoundScore, language: Language): TemplateResult {
  if (score.points.total === 0) return html`<p class="level">${t("levelsDoNotApply", language)}</p>`;
  if (score.gate === "failed") return html`<p class="level level-failed">${t("noLevelGateFailed", language)}</p>`;
  const level = levelTitle(checklist, score.level, language);
  const next = levelTitle(checklist, score.next_level, language);
  const reachable = levelTitle(checklist, score.reachable_level, language);
  return html`
    <p class="level"><span class="label">${t("level", language)}</span>
      <strong data-level=${score.level ?? "none"}>${level ?? t("noLevelYet", language)}</strong></p>
    ${
      next && score.points_to_next_level !== null
        ? html`<p class="next-level">${t("toNextLevel", language)} ${formatPoints(score.points_to_next_level, language)}
          ${t("toReach", language)} ${next}</p>`
        : nothing
    }
    ${reachable ? html`<p class="reachable">${t("reachable", language)}: ${reachable}</p>` : nothing}`;
}

/** The items that fail the gate, as links to them: the failed gate says which ones. */
function gateFailuresView(state: State): TemplateResult | typeof nothing {
  const failing = gateFailures(state);
  if (failing.length === 0) return nothing;
  const language = state.language;
  return html`<div class="gate-failures" data-gate-failures>
    <p>${t("gateFailedBy", language)}:</p>
    <ul class="thai-words">${failing.map((item) => html`<li><a href="#item-${item.id}" data-failing-item=${item.id}>${item.code} ${thaiText(pick(item.title, language))}</a></li>`)}</ul>
  </div>`;
}

export function scoreView(state: State, checklist: Checklist, score: RoundScore): TemplateResult {
  const language = state.language;
  const physicalGate = score.gate;
  const format = (value: number) => formatPoints(value, language);
  return html`<section class="score-card" aria-labelledby="score-heading">
      <h2 id="score-heading">${t("score", language)}</h2>
      <p class="score-total">
        <strong data-earned-points=${score.points.earned}>${format(score.points.earned)}</strong>
        <span>${t("of", language)} ${format(score.points.total)} ${t("points", language)}</span>
      </p>
      ${pointsBar(score)}
      <dl class="score-legend">
        <div><dt><span class="swatch bar-open"></span>${t("openPoints", language)}</dt><dd>${format(score.points.open)}</dd></div>
        ${
          score.points.undisclosed > 0
            ? html`<div><dt><span class="swatch bar-undisclosed"></span>${t("undisclosedPoints", language)}</dt>
              <dd data-undisclosed-points=${score.points.undisclosed}>${format(score.points.undisclosed)}</dd></div>`
            : nothing
        }
        <div><dt><span class="swatch bar-lost"></span>${t("lostPoints", language)}</dt><dd>${format(score.points.lost)}</dd></div>
      </dl>
      ${
        physicalGate === "no_gate"
          ? nothing
          : html`<p class="gate gate-${physicalGate}" data-gate=${physicalGate}>
            <span class="label">${t("gate", language)}</span> <strong>${pick(gateWords[physicalGate], language)}</strong></p>`
      }
      ${gateFailuresView(state)}
      ${levelLine(checklist, score, language)}
    </section>
    <nav class="part-nav" aria-label=${t("parts", language)}>
      <h2>${t("parts", language)}</h2>
      <ul>${partsOfRound(checklist, score).map((part) => {
        const partScore = score.parts.find((p) => p.part_id === part.id);
        return partScore ? partProgress(state, checklist, partScore, language) : nothing;
      })}</ul>
    </nav>`;
}
