//! A round as its report, sign-off sheet and evidence index show it: the cover, the
//! summary per part, every item with its answer, and every evidence file per item.

use std::collections::HashMap;

use gecc_core::model::{Answer, AnswerInput, AnswerStatus, RoundState};
use gecc_core::pack::{ItemLevel, LevelBand};
use gecc_core::scoring::{GateState, PartScore};
use gecc_core::thai::Digits;
use serde::Serialize;

use super::figures::{figure_lines, FigureLine};
use super::{code, count, date, in_digits, item_label, number, prose, size, stamp_date, PageView};
use crate::segment::{words, Words};
use crate::RoundData;

#[derive(Debug, Serialize)]
pub(crate) struct RoundView {
    page: PageView,
    office: OfficeView,
    round: RoundInfo,
    summary: SummaryView,
    parts: Vec<PartView>,
    evidence: Vec<EvidenceItemView>,
    evidence_files: String,
    evidence_size: String,
    signoff: SignOffView,
}

#[derive(Debug, Serialize)]
struct OfficeView {
    name: Words,
    province: Words,
    district: Words,
    officer_name: Words,
    officer_position: Words,
    officer_phone: String,
    officer_email: Words,
}

#[derive(Debug, Serialize)]
struct RoundInfo {
    kind: &'static str,
    state: &'static str,
    fiscal_year: String,
    pack_title: Words,
    pack_version: String,
    printed: String,
    key_fingerprint: String,
    office_uid: String,
    items: String,
    is_local: bool,
}

#[derive(Debug, Serialize)]
struct SummaryRow {
    title: Words,
    listed: String,
    met: String,
    not_met: String,
    in_progress: String,
    not_started: String,
    not_applicable: String,
    earned: String,
    total: String,
    gate: &'static str,
}

#[derive(Debug, Serialize)]
struct SummaryView {
    parts: Vec<SummaryRow>,
    total: SummaryRow,
    level: Option<Words>,
    reachable_level: Option<Words>,
    next_level: Option<Words>,
    points_to_next_level: Option<String>,
    gate: &'static str,
    undisclosed_items: String,
    pack_complete: bool,
}

#[derive(Debug, Serialize)]
struct PartView {
    title: Words,
    sections: Vec<SectionView>,
    /// What the criteria have but the pack cannot list yet ("เกณฑ์ขั้นสูง 22 ข้อ …"),
    /// so a part whose questions are unknown (the readiness assessment) says so.
    undisclosed: Vec<Words>,
}

/// A section is headed by its title alone: its code ("O", "M", or "1" before a title
/// that does not number itself) means nothing to a reader; its items carry the codes.
#[derive(Debug, Serialize)]
struct SectionView {
    title: Words,
    items: Vec<ItemView>,
}

#[derive(Debug, Serialize)]
struct ItemView {
    code: String,
    title: Words,
    level: Option<&'static str>,
    points: String,
    status: &'static str,
    note: Words,
    owner: Words,
    due: String,
    not_applicable_reason: Words,
    files: String,
    figures: Vec<FigureLine>,
    /// Short enough to stay on one page: its row is not split between two.
    keep_together: bool,
}

/// An item row with less text than this never starts on one page and ends on the next;
/// a longer one may, or it would run off the page.
const KEEP_TOGETHER_CHARS: usize = 1200;

#[derive(Debug, Serialize)]
struct EvidenceItemView {
    /// "ด้านกายภาพ ข้อ ๑": the index lists items of every part in one table.
    label: Words,
    title: Words,
    files: Vec<FileView>,
}

#[derive(Debug, Serialize)]
struct FileView {
    number: String,
    name: Words,
    kind: Words,
    size: String,
    hash: String,
}

#[derive(Debug, Serialize)]
struct Signer {
    name: Words,
    position: Words,
    date: String,
}

#[derive(Debug, Serialize)]
struct SignOffView {
    prepared: Signer,
    reviewed: Signer,
    certified: Signer,
}

/// How many hex digits of a file's SHA-256 are printed: enough to tell files apart by
/// eye, short enough for a column.
const SHORT_HASH: usize = 12;

pub(crate) fn round_view(data: &RoundData, page: PageView, digits: Digits) -> RoundView {
    let checklist = &data.checklist;
    let round = &checklist.round;
    let pack = &checklist.pack;
    let answers: HashMap<&str, &Answer> = checklist
        .answers
        .iter()
        .map(|a| (a.item_id.as_str(), a))
        .collect();
    let files_of = |item_id: &str| {
        checklist
            .links
            .iter()
            .filter(|link| link.item_id == item_id)
            .count() as u32
    };
    let level_title = |id: &Option<String>| -> Option<Words> {
        id.as_ref().map(|id| {
            let band: Option<&LevelBand> = pack.levels.iter().find(|b| &b.id == id);
            prose(band.map(|b| b.title.th.as_str()).unwrap_or(id), digits)
        })
    };
    let profile = &data.office.profile;
    let score = &checklist.score;
    let parts: Vec<PartView> = pack
        .parts_for(round.kind)
        .map(|part| PartView {
            title: prose(&part.title.th, digits),
            undisclosed: part
                .undisclosed
                .iter()
                .map(|u| prose(&u.note.th, digits))
                .collect(),
            sections: part
                .sections
                .iter()
                .map(|section| SectionView {
                    title: prose(&section.title.th, digits),
                    items: section
                        .items
                        .iter()
                        .map(|item| {
                            let blank = AnswerInput::default();
                            let answer = answers
                                .get(item.id.as_str())
                                .map(|a| &a.content)
                                .unwrap_or(&blank);
                            ItemView {
                                code: code(&item.code, digits),
                                title: prose(&item.title.th, digits),
                                level: item.level.map(|level| match level {
                                    ItemLevel::Basic => "basic",
                                    ItemLevel::Advanced => "advanced",
                                }),
                                points: number(part.points_of(item), digits),
                                status: answer.status.as_str(),
                                note: prose(&answer.note, digits),
                                owner: prose(&answer.owner, digits),
                                due: answer
                                    .due_date
                                    .as_deref()
                                    .and_then(|d| time::Date::parse(d, ISO_DATE).ok())
                                    .map(|d| date(d, digits))
                                    .unwrap_or_default(),
                                not_applicable_reason: if answer.status
                                    == AnswerStatus::NotApplicable
                                {
                                    prose(&answer.not_applicable_reason, digits)
                                } else {
                                    Words::default()
                                },
                                files: count(files_of(&item.id), digits),
                                figures: figure_lines(part, item, answer, digits),
                                keep_together: [
                                    &item.title.th,
                                    &answer.note,
                                    &answer.owner,
                                    &answer.not_applicable_reason,
                                ]
                                .iter()
                                .map(|text| text.chars().count())
                                .sum::<usize>()
                                    < KEEP_TOGETHER_CHARS,
                            }
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect();
    let summary_rows: Vec<SummaryRow> = score
        .parts
        .iter()
        .map(|part_score| {
            let title = pack
                .parts
                .iter()
                .find(|p| p.id == part_score.part_id)
                .map(|p| p.title.th.as_str())
                .unwrap_or(&part_score.part_id);
            summary_row(prose(title, digits), part_score, digits)
        })
        .collect();
    let total = {
        let sum = |field: fn(&PartScore) -> u32| score.parts.iter().map(field).sum::<u32>();
        SummaryRow {
            title: words("รวม"),
            listed: count(sum(|p| p.listed_items), digits),
            met: count(sum(|p| p.met), digits),
            not_met: count(sum(|p| p.not_met), digits),
            in_progress: count(sum(|p| p.in_progress), digits),
            not_started: count(sum(|p| p.not_started), digits),
            not_applicable: count(sum(|p| p.not_applicable), digits),
            earned: number(score.points.earned, digits),
            total: number(score.points.total, digits),
            gate: gate_code(score.gate),
        }
    };
    let evidence = evidence_view(data, digits);
    let total_size: u64 = checklist.evidence.iter().map(|f| f.size).sum();
    RoundView {
        page,
        office: OfficeView {
            name: prose(&profile.name, digits),
            province: prose(&profile.province, digits),
            district: prose(&profile.district, digits),
            officer_name: prose(&profile.officer_name, digits),
            officer_position: prose(&profile.officer_position, digits),
            officer_phone: in_digits(&profile.officer_phone, digits),
            officer_email: words(&profile.officer_email),
        },
        round: RoundInfo {
            kind: round.kind.as_str(),
            state: round.state.as_str(),
            fiscal_year: count(round.fiscal_year_be.unsigned_abs(), digits),
            pack_title: prose(&pack.title.th, digits),
            pack_version: count(pack.pack_version, digits),
            printed: date(data.today.date, digits),
            key_fingerprint: data.key_fingerprint.clone(),
            office_uid: data.office_uid.clone(),
            items: count(
                parts
                    .iter()
                    .flat_map(|p| &p.sections)
                    .map(|s| s.items.len() as u32)
                    .sum(),
                digits,
            ),
            is_local: round.office_is_local,
        },
        summary: SummaryView {
            parts: summary_rows,
            total,
            level: level_title(&score.level),
            reachable_level: level_title(&score.reachable_level),
            next_level: level_title(&score.next_level),
            points_to_next_level: score.points_to_next_level.map(|p| number(p, digits)),
            gate: gate_code(score.gate),
            undisclosed_items: count(score.undisclosed_items, digits),
            pack_complete: score.pack_complete,
        },
        parts,
        evidence_files: count(checklist.evidence.len() as u32, digits),
        evidence_size: size(total_size, digits),
        evidence,
        signoff: SignOffView {
            prepared: Signer {
                name: prose(&profile.officer_name, digits),
                position: prose(&profile.officer_position, digits),
                date: data
                    .submitted_at
                    .as_deref()
                    .map(|at| stamp_date(at, data.today, digits))
                    .unwrap_or_default(),
            },
            reviewed: Signer {
                name: prose(&round.approved_by_name, digits),
                position: prose(&round.approved_by_position, digits),
                date: match (&round.approved_at, round.state) {
                    (Some(at), RoundState::Approved) => stamp_date(at, data.today, digits),
                    _ => String::new(),
                },
            },
            certified: Signer {
                name: Words::default(),
                position: Words::default(),
                date: String::new(),
            },
        },
    }
}

const ISO_DATE: &[time::format_description::FormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day]");

fn summary_row(title: Words, part: &PartScore, digits: Digits) -> SummaryRow {
    SummaryRow {
        title,
        listed: count(part.listed_items, digits),
        met: count(part.met, digits),
        not_met: count(part.not_met, digits),
        in_progress: count(part.in_progress, digits),
        not_started: count(part.not_started, digits),
        not_applicable: count(part.not_applicable, digits),
        earned: number(part.points.earned, digits),
        total: number(part.points.total, digits),
        gate: gate_code(part.gate),
    }
}

fn gate_code(gate: GateState) -> &'static str {
    match gate {
        GateState::NoGate => "no_gate",
        GateState::Open => "open",
        GateState::Passed => "passed",
        GateState::Failed => "failed",
    }
}

/// The files of each item that has any, in pack order, numbered through the document.
fn evidence_view(data: &RoundData, digits: Digits) -> Vec<EvidenceItemView> {
    let checklist = &data.checklist;
    let pack = &checklist.pack;
    let mut number_so_far = 0u32;
    pack.parts_for(checklist.round.kind)
        .flat_map(|part| part.items().map(move |item| (part, item)))
        .filter_map(|(part, item)| {
            let files: Vec<FileView> = checklist
                .links
                .iter()
                .filter(|link| link.item_id == item.id)
                .filter_map(|link| {
                    let file = checklist
                        .evidence
                        .iter()
                        .find(|f| f.id == link.evidence_id)?;
                    let format = file.format.as_str().to_uppercase();
                    let kind = pack
                        .evidence_types
                        .iter()
                        .find(|t| t.id == link.evidence_type)
                        .map(|t| format!("{} ({format})", t.title.th))
                        .unwrap_or(format);
                    number_so_far += 1;
                    Some(FileView {
                        number: count(number_so_far, digits),
                        name: words(&file.original_name),
                        kind: prose(&kind, digits),
                        size: size(file.size, digits),
                        hash: file.sha256.chars().take(SHORT_HASH).collect(),
                    })
                })
                .collect();
            (!files.is_empty()).then(|| EvidenceItemView {
                label: words(&item_label(&part.title.th, &item.code, digits)),
                title: prose(&item.title.th, digits),
                files,
            })
        })
        .collect()
}
