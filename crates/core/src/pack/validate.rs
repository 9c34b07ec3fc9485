//! The rules a pack must follow beyond its JSON shape: unique stable IDs, sane points,
//! ascending level bands, gates only on yes/no items.

use std::collections::HashSet;
use std::fmt;

use super::{AnswerKind, CriteriaPack};
use crate::evidence::EvidenceRule;

/// One thing wrong with a pack, with where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct PackProblem {
    pub at: String,
    pub problem: String,
}

impl fmt::Display for PackProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.problem)
    }
}

/// IDs are written into answers and bundles, so they must stay plain: lowercase
/// ASCII letters, digits, dots, dashes and underscores.
fn is_stable_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 100
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
}

/// Why an id cannot be used, if it cannot: not a stable id, or already taken.
fn id_problem<'a>(what: &str, id: &'a str, seen: &mut HashSet<&'a str>) -> Option<String> {
    if !is_stable_id(id) {
        Some(format!(
            "{what} id \"{id}\" is not a valid id (use lowercase letters, digits, '.', '-' and '_')"
        ))
    } else if !seen.insert(id) {
        Some(format!("{what} id \"{id}\" is repeated"))
    } else {
        None
    }
}

fn is_points(value: f64) -> bool {
    value.is_finite() && value >= 0.0
}

pub(super) fn validate(pack: &CriteriaPack) -> Vec<PackProblem> {
    let mut problems = Vec::new();
    let mut problem = |at: &str, text: String| {
        problems.push(PackProblem {
            at: at.to_string(),
            problem: text,
        })
    };

    if !is_stable_id(&pack.pack_id) {
        problem("pack_id", format!("\"{}\" is not a valid id", pack.pack_id));
    }
    if !(2500..=2700).contains(&pack.year_be) {
        problem(
            "year_be",
            format!("{} is not a Buddhist-era year", pack.year_be),
        );
    }
    if pack.title.th.trim().is_empty() {
        problem("title.th", "a Thai title is required".into());
    }
    if pack.parts.is_empty() {
        problem("parts", "a pack needs at least one part".into());
    }

    let mut previous_min = f64::NEG_INFINITY;
    let mut level_ids = HashSet::new();
    for (index, level) in pack.levels.iter().enumerate() {
        let at = format!("levels[{index}]");
        if let Some(text) = id_problem("level", &level.id, &mut level_ids) {
            problem(&at, text);
        }
        if !is_points(level.min_points) || level.min_points <= previous_min {
            problem(
                &at,
                "levels must be listed lowest first with rising min_points".into(),
            );
        }
        previous_min = level.min_points;
    }

    let mut evidence_type_ids = HashSet::new();
    for (index, evidence_type) in pack.evidence_types.iter().enumerate() {
        if let Some(text) = id_problem("evidence type", &evidence_type.id, &mut evidence_type_ids) {
            problem(&format!("evidence_types[{index}]"), text);
        }
    }
    if pack.uses_format_2() && pack.format_version < 2 {
        problem(
            "format_version",
            "evidence types, rules and figures need format_version 2".into(),
        );
    }

    let mut part_ids = HashSet::new();
    let mut item_ids = HashSet::new();
    for part in &pack.parts {
        let at = format!("parts.{}", part.id);
        if let Some(text) = id_problem("part", &part.id, &mut part_ids) {
            problem(&at, text);
        }
        if part.round_kinds.is_empty() {
            problem(
                &at,
                "round_kinds must name at least one kind of round".into(),
            );
        }
        if !is_points(part.rule.points_per_item) {
            problem(&at, "points_per_item must be zero or more".into());
        }
        for (index, undisclosed) in part.undisclosed.iter().enumerate() {
            if !is_points(undisclosed.points) {
                problem(
                    &format!("{at}.undisclosed[{index}]"),
                    "points must be zero or more".into(),
                );
            }
        }
        let mut section_ids = HashSet::new();
        for section in &part.sections {
            let at = format!("{at}.{}", section.id);
            if let Some(text) = id_problem("section", &section.id, &mut section_ids) {
                problem(&at, text);
            }
            for item in &section.items {
                let at = format!("items.{}", item.id);
                if let Some(text) = id_problem("item", &item.id, &mut item_ids) {
                    problem(&at, text);
                }
                if item.title.th.trim().is_empty() {
                    problem(&at, "a Thai title is required".into());
                }
                let points = part.points_of(item);
                if !is_points(points) {
                    problem(&at, "points must be zero or more".into());
                }
                if part.rule.gate && item.answer != AnswerKind::Check {
                    problem(
                        &at,
                        "items of a gate part must be yes/no (\"check\") items".into(),
                    );
                }
                if let Some(text) = &item.evidence_rule {
                    match EvidenceRule::parse(text) {
                        Ok(rule) => {
                            for id in rule.type_ids() {
                                if !evidence_type_ids.contains(id) {
                                    problem(&at, format!("evidence rule names \"{id}\", which is not in evidence_types"));
                                }
                            }
                        }
                        Err(error) => problem(&at, error.to_string()),
                    }
                }
                validate_figures(&item.figures, &at, &mut problem);
                if let AnswerKind::Points { sub_scores } = &item.answer {
                    validate_sub_scores(sub_scores, points, &at, &mut problem);
                }
                if let AnswerKind::Number {
                    min: Some(min),
                    max: Some(max),
                    ..
                } = &item.answer
                {
                    if min > max {
                        problem(&at, "number min is above max".into());
                    }
                }
            }
        }
    }
    problems
}

fn validate_sub_scores(
    sub_scores: &[super::SubScore],
    item_points: f64,
    at: &str,
    problem: &mut impl FnMut(&str, String),
) {
    if sub_scores.is_empty() {
        problem(at, "a points item needs at least one sub-score".into());
    }
    let mut ids = HashSet::new();
    for sub in sub_scores {
        if let Some(text) = id_problem("sub-score", &sub.id, &mut ids) {
            problem(at, text);
        }
        if let Some(max) = sub.max_points {
            if !is_points(max) || max > item_points {
                problem(
                    at,
                    format!("sub-score \"{}\" max is above the item's points", sub.id),
                );
            }
        }
    }
}

fn validate_figures(figures: &[super::Figure], at: &str, problem: &mut impl FnMut(&str, String)) {
    let mut ids = HashSet::new();
    for figure in figures {
        if let Some(text) = id_problem("figure", figure.id(), &mut ids) {
            problem(at, text);
        }
        match figure {
            super::Figure::Tally { levels, .. } => {
                let mut level_ids = HashSet::new();
                if levels.is_empty() {
                    problem(
                        at,
                        format!("tally \"{}\" needs at least one level", figure.id()),
                    );
                }
                for level in levels {
                    if let Some(text) = id_problem("tally level", &level.id, &mut level_ids) {
                        problem(at, text);
                    }
                    if !is_points(level.weight) {
                        problem(
                            at,
                            format!(
                                "tally level \"{}\" needs a weight of zero or more",
                                level.id
                            ),
                        );
                    }
                }
            }
            super::Figure::Number {
                min: Some(min),
                max: Some(max),
                ..
            } if min > max => {
                problem(at, format!("figure \"{}\": min is above max", figure.id()));
            }
            _ => {}
        }
    }
}
