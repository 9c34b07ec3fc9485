//! Starting a round from an earlier round of the office (issue 16): offices report twice a
//! year on mostly the same evidence, so a new round may begin with the last one's statuses,
//! notes and evidence. Here are the choices the new-round dialog holds, the round offered
//! by default, the request they make, what the notice afterwards says, and where an answer
//! came from (shown as "จากรอบ X" until someone saves it).

import { CommandError } from "./api";
import type { Answer, CarriedRound, CarryOver, Checklist, Item, Language, Localized, Round, RoundKind } from "./bindings";
import { pick, roundKindWords, t } from "./i18n";
import { readThaiDate } from "./thai-date";

/** The dialog's choices; `fromRound` is a round id as text, "" for a fresh start. */
export interface CarryChoice {
  fromRound: string;
  /** The clerk chose a source (or none) themselves: changing the kind no longer changes it. */
  chosen: boolean;
  statuses: boolean;
  notes: boolean;
  /** Day/month/B.E. year as typed; "" for none. */
  evidenceBefore: string;
}

/** The items a notice names before it says "and N more". */
const NAMED_ITEMS = 6;

/**
 * The round a new round of `kind` starts from unless the clerk says otherwise: for a
 * maintenance report, the office's newest approved application round (the certified
 * one); an application starts fresh. The core's own default is the same.
 */
export function defaultCarrySource(rounds: Round[], kind: RoundKind): Round | null {
  if (kind === "application") return null;
  const approved = rounds.filter((r) => r.office_is_local && r.kind === "application" && r.state === "approved");
  return approved.sort((a, b) => b.fiscal_year_be - a.fiscal_year_be || b.id - a.id)[0] ?? null;
}

export function newCarryChoice(rounds: Round[], kind: RoundKind): CarryChoice {
  const source = defaultCarrySource(rounds, kind);
  return { fromRound: source ? String(source.id) : "", chosen: false, statuses: true, notes: true, evidenceBefore: "" };
}

/** What to carry, or null for a fresh start; a date that cannot be read is refused with the reason. */
export function carryOverOf(choice: CarryChoice, today: string): CarryOver | null {
  if (choice.fromRound === "") return null;
  let before: string | null = null;
  if (choice.evidenceBefore.trim() !== "") {
    const reading = readThaiDate(choice.evidenceBefore, today);
    if (reading.kind !== "date") {
      const [why, values] = reading.kind === "refused" ? [reading.why, reading.values] : (["notADate", {}] as const);
      throw new CommandError({
        code: "INVALID_INPUT",
        message: {
          th: `วันที่ "${choice.evidenceBefore}" ไม่ถูกต้อง: ${t(why, "th", values)}`,
          en: `The date "${choice.evidenceBefore}" is not valid: ${t(why, "en", values)}`,
        },
      });
    }
    before = reading.iso;
  }
  return { from_round: Number(choice.fromRound), statuses: choice.statuses, notes: choice.notes, evidence_before: before };
}

/** A round in words, "2569 การสมัครขอรับรอง", or by its number when it is not among `rounds`. */
export function roundInWords(roundId: number, rounds: Round[], language: Language): string {
  const round = rounds.find((r) => r.id === roundId);
  return round
    ? t("roundYearKind", language, { year: round.fiscal_year_be, kind: pick(roundKindWords[round.kind], language) })
    : t("roundNumber", language, { id: roundId });
}

/** The round an item's answer was carried from, until someone saves it; null otherwise. */
export function carriedFrom(checklist: Checklist | null, itemId: string): number | null {
  return checklist?.answers.find((answer) => answer.item_id === itemId)?.carried_from_round ?? null;
}

/** Keeps a saved answer in the checklist: a save makes a carried answer this round's own, and its badge goes. */
export function keepSavedAnswer(checklist: Checklist | null, answer: Answer): void {
  if (!checklist || answer.round_id !== checklist.round.id) return;
  const at = checklist.answers.findIndex((a) => a.item_id === answer.item_id);
  if (at >= 0) checklist.answers[at] = answer;
  else checklist.answers.push(answer);
}

/** Items by id, as "1.2 title", capped so a notice stays readable. */
function itemList(ids: string[], items: Item[], language: Language): string {
  const named = ids.slice(0, NAMED_ITEMS).map((id) => {
    const item = items.find((i) => i.id === id);
    return item ? `${item.code} ${pick(item.title, language)}` : id;
  });
  const more = ids.length - named.length;
  return [...named, ...(more > 0 ? [t("andMore", language, { count: more })] : [])].join(", ");
}

/**
 * What the notice after starting from an earlier round says: what came along, which
 * items need a new photo (named from the new round's criteria) and which were left
 * behind (named from the earlier round's, when known), one line each.
 */
export function carriedNotice(carried: CarriedRound, rounds: Round[], items: Item[], earlierItems: Item[]): Localized {
  const say = (language: Language) => {
    const lines = [
      t("carriedNotice", language, {
        round: roundInWords(carried.from_round, rounds, language),
        answers: carried.answers,
        links: carried.links,
      }),
    ];
    if (carried.stale_evidence.length > 0)
      lines.push(t("staleEvidence", language, { items: itemList(carried.stale_evidence, items, language) }));
    if (carried.left_behind.length > 0)
      lines.push(t("leftBehind", language, { items: itemList(carried.left_behind, earlierItems, language) }));
    return lines.join("\n");
  };
  return { th: say("th"), en: say("en") };
}
