//! The province's offices as report forms 1 and 2 show them: one block per office with
//! its responsible officer and GECC Online username (never a password), and a line per
//! part (per level for the quality criteria) with a tick when every item is decided.

use gecc_core::pack::{ItemLevel, PartKind};
use gecc_core::thai::Digits;
use serde::Serialize;

use super::{count, in_digits, prose, PageView};
use crate::segment::{words, Words};
use crate::{LevelProgress, ProvinceData};

#[derive(Debug, Serialize)]
pub(crate) struct ProvinceView {
    page: PageView,
    province: Words,
    fiscal_year: String,
    kind: &'static str,
    printed: String,
    offices: Vec<OfficeBlock>,
}

#[derive(Debug, Serialize)]
struct OfficeBlock {
    number: String,
    name: Words,
    district: Words,
    officer_name: Words,
    officer_position: Words,
    officer_phone: String,
    officer_email: Words,
    gecc_username: Words,
    /// "none" when the province has no round of this office.
    round_state: &'static str,
    /// False for an office on the roster that has sent nothing yet.
    received: bool,
    parts: Vec<PartLines>,
}

#[derive(Debug, Serialize)]
struct PartLines {
    number: String,
    kind: &'static str,
    title: Words,
    lines: Vec<Line>,
}

#[derive(Debug, Serialize)]
struct Line {
    number: String,
    level: Option<&'static str>,
    listed: String,
    /// Listed and undisclosed items: how many the criteria have.
    total: String,
    decided: String,
    undisclosed: String,
    has_undisclosed: bool,
    done: bool,
}

pub(crate) fn province_view(data: &ProvinceData, page: PageView, digits: Digits) -> ProvinceView {
    ProvinceView {
        page,
        province: prose(&data.province, digits),
        fiscal_year: count(data.fiscal_year_be.unsigned_abs(), digits),
        kind: data.kind.as_str(),
        printed: super::date(data.today.date, digits),
        offices: data
            .offices
            .iter()
            .enumerate()
            .map(|(index, block)| {
                let profile = &block.office.profile;
                OfficeBlock {
                    number: count(index as u32 + 1, digits),
                    name: prose(&profile.name, digits),
                    district: prose(&profile.district, digits),
                    officer_name: prose(&profile.officer_name, digits),
                    officer_position: prose(&profile.officer_position, digits),
                    officer_phone: in_digits(&profile.officer_phone, digits),
                    officer_email: words(&profile.officer_email),
                    gecc_username: words(&profile.gecc_username),
                    round_state: block.round_state.map(|s| s.as_str()).unwrap_or("none"),
                    received: block.received,
                    parts: block
                        .parts
                        .iter()
                        .enumerate()
                        .map(|(part_index, part)| {
                            let part_number = part_index as u32 + 1;
                            PartLines {
                                number: count(part_number, digits),
                                kind: part_kind(part.kind),
                                title: prose(&part.title.th, digits),
                                lines: part
                                    .levels
                                    .iter()
                                    .enumerate()
                                    .map(|(line_index, level)| {
                                        line(part_number, line_index, level, digits)
                                    })
                                    .collect(),
                            }
                        })
                        .collect(),
                }
            })
            .collect(),
    }
}

fn line(part_number: u32, index: usize, level: &LevelProgress, digits: Digits) -> Line {
    Line {
        number: digits.apply(&format!("{part_number}.{}", index + 1)),
        level: level.level.map(|l| match l {
            ItemLevel::Basic => "basic",
            ItemLevel::Advanced => "advanced",
        }),
        listed: count(level.listed, digits),
        total: count(level.listed + level.undisclosed, digits),
        decided: count(level.decided, digits),
        undisclosed: count(level.undisclosed, digits),
        has_undisclosed: level.undisclosed > 0,
        done: level.is_done(),
    }
}

fn part_kind(kind: PartKind) -> &'static str {
    match kind {
        PartKind::Physical => "physical",
        PartKind::Quality => "quality",
        PartKind::Outcome => "outcome",
        PartKind::Readiness => "readiness",
        PartKind::Maintenance => "maintenance",
    }
}
