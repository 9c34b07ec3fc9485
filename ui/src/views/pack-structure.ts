//! The structure check in words, shown at the top of each part that declared items the
//! pack did not list: "ด้านคุณภาพ ขั้นสูง: กรอกแล้ว 22 ข้อ × 2 คะแนน + 3 ข้อ × 6 คะแนน =
//! 62 คะแนน ตรงกับที่ประกาศ", or what differs, so a province sees before sending its
//! edition to every office that it still adds up to the manual.

import { html, nothing, type TemplateResult } from "lit";
import type { ItemLevel, Language } from "../bindings";
import { formatPoints, pick, t } from "../i18n";
import type { Group, LevelCheck } from "../pack-structure";
import { checkIcon } from "./icons";
import { thaiText } from "./thai-words";

export function levelWord(level: ItemLevel | null, language: Language): string {
  return level === null ? "" : t(level === "basic" ? "levelBasicShort" : "levelAdvancedShort", language);
}

function groupsWords(groups: Group[], language: Language): string {
  if (groups.length === 0) return `0 ${t("items", language)}`;
  return groups
    .map((group) => t("structureGroup", language, { items: group.items, points: formatPoints(group.points, language) }))
    .join(" + ");
}

/** One level's check in a sentence, and (when it differs) each difference in one. */
export function structureWords(check: LevelCheck, language: Language): { summary: string; differences: string[] } {
  const level = levelWord(check.level, language);
  const what =
    level === "" ? pick(check.partTitle, language) : `${pick(check.partTitle, language)}${language === "th" ? " " : ", "}${level}`;
  if (check.differences.length === 0 && check.questions) {
    // A form worth no points: its questions are counted, not weighed.
    const count = (groups: Group[]) => groups.reduce((sum, group) => sum + group.items, 0);
    const worthless = (groups: Group[]) => groups.every((group) => group.points === 0);
    if (count(check.listed) === 0 && worthless(check.pending))
      return { summary: t("structureFormPending", language, { what, declared: count(check.pending) }), differences: [] };
    if (check.pending.length === 0 && worthless(check.listed))
      return { summary: t("structureFormFilled", language, { what, items: count(check.listed) }), differences: [] };
  }
  if (check.differences.length === 0) {
    const pending = check.pending.length === 0 ? "" : t("structurePending", language, { groups: groupsWords(check.pending, language) });
    const listed = groupsWords(check.listed, language);
    return {
      summary: t("structureMatches", language, { what, listed, pending, total: formatPoints(check.declaredPoints, language) }),
      differences: [],
    };
  }
  const differences = check.differences.map((difference) =>
    t("structureDifference", language, { ...difference, points: formatPoints(difference.points, language) }),
  );
  if (check.havePoints !== check.declaredPoints) {
    const points = { have: formatPoints(check.havePoints, language), declared: formatPoints(check.declaredPoints, language) };
    differences.push(t("structureTotal", language, points));
  }
  return { summary: t("structureDiffers", language, { what }), differences };
}

/** The checks of one part, or nothing for a part that declared nothing. */
export function structureView(checks: LevelCheck[], language: Language): TemplateResult | typeof nothing {
  if (checks.length === 0) return nothing;
  return html`${checks.map((check) => {
    const words = structureWords(check, language);
    return words.differences.length === 0
      ? html`<p class="structure-check structure-ok thai-words" data-structure=${check.partId} data-matches="true">
          ${checkIcon()} ${thaiText(words.summary)}</p>`
      : html`<div class="structure-check structure-differs thai-words" role="status" data-structure=${check.partId} data-matches="false">
          <strong>${thaiText(words.summary)}</strong>
          <ul>${words.differences.map((line) => html`<li>${thaiText(line)}</li>`)}</ul>
        </div>`;
  })}`;
}
