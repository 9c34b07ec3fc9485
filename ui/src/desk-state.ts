//! What the province's desk holds (issue 16) and the rules its screens follow: the first
//! run's question of whom the PC works for, the roster and report dates dialogs, who is
//! counted as sent, and the lines copied for the phone round to the offices not sent.

import type { CommandError } from "./api";
import type { DeskRole, Geography, Language, Localized, OfficeRow, Province, RosterEntry, RosterOfficeInput, RoundKind } from "./bindings";
import { t } from "./i18n";

/** The first run's question: a district office (or local organisation), or the province. */
export interface RoleDialog {
  kind: "role";
  role: DeskRole;
  /** The province chosen, by its Thai name; "" until one is. */
  province: string;
  addDistricts: boolean;
  saving: boolean;
  error: CommandError | null;
}

/** Which part of the roster dialog the last error belongs to, so it shows beside it. */
export type RosterPart = "list" | "province" | "office";

export interface RosterDialog {
  kind: "roster";
  /** The roster, as the store orders it; null while it is read. */
  entries: RosterEntry[] | null;
  /** The entry whose removal waits for a second press. */
  removing: number | null;
  /** The entry whose phone number was just saved, to say so beside it. */
  phoneSaved: number | null;
  /** The province whose districts "add the districts" adds. */
  province: string;
  /** The local organisation being added. */
  draft: RosterOfficeInput;
  errorAt: RosterPart | null;
  /** What the last change did ("12 districts added"), said beside its part. */
  done: { part: RosterPart; text: Localized } | null;
  saving: boolean;
  error: CommandError | null;
}

/** A report date as typed: day/month/B.E. year. */
export interface ReportDateRow {
  title: string;
  typedDate: string;
}

export interface ReportDatesDialog {
  kind: "report_dates";
  fiscalYear: number;
  roundKind: RoundKind;
  /** Null while the dates are read. */
  rows: ReportDateRow[] | null;
  /** False while the dates are still those of the department's letter. */
  edited: boolean;
  saving: boolean;
  error: CommandError | null;
}

export function newRoleDialog(): RoleDialog {
  return { kind: "role", role: "district", province: "", addDistricts: true, saving: false, error: null };
}

export function emptyRosterDraft(): RosterOfficeInput {
  return { name: "", kind: "local_administration", province: "", district: "", phone: "" };
}

export function newRosterDialog(province: string): RosterDialog {
  return {
    kind: "roster",
    entries: null,
    removing: null,
    phoneSaved: null,
    province,
    draft: emptyRosterDraft(),
    errorAt: null,
    done: null,
    saving: false,
    error: null,
  };
}

/** What the province office is called in its profile: "ที่ทำการปกครองจังหวัดปัตตานี". */
export function provinceOfficeName(province: string): string {
  return `ที่ทำการปกครองจังหวัด${province.replace(/^จังหวัด/, "").trim()}`;
}

/** The provinces in Thai alphabetical order, as a select lists them. */
export function provincesByName(geography: Geography | null): Province[] {
  const collator = new Intl.Collator("th");
  return [...(geography?.provinces ?? [])].sort((a, b) => collator.compare(a.name_th, b.name_th));
}

/** An office expected to send that has sent nothing for the year and kind shown. */
export function hasSentNothing(row: OfficeRow): boolean {
  return !row.is_local && row.bundles === 0;
}

/** The overview's summary: offices that sent, that did not, and all (this office aside). */
export function sentCounts(rows: OfficeRow[]): { sent: number; unsent: number; total: number } {
  const others = rows.filter((row) => !row.is_local);
  const unsent = others.filter(hasSentNothing).length;
  return { sent: others.length - unsent, unsent, total: others.length };
}

/** One line per office not sent, with the number to call, for pasting into a chat or a note. */
export function unsentLines(rows: OfficeRow[], language: Language): string[] {
  return rows.filter(hasSentNothing).map((row) => {
    const phone = row.phone.trim();
    return phone === ""
      ? t("unsentLineNoPhone", language, { name: row.office_name })
      : t("unsentLinePhone", language, { name: row.office_name, phone });
  });
}
