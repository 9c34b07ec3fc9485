//! Scoring of a round against its pack: points per part, the physical gate, the level
//! the points reach, and how many points are still open or cannot be assessed yet.
//!
//! Rules (the pack supplies the numbers):
//! - Only decided items (met, not met, not applicable) count; the rest are open.
//! - A yes/no item earns its points when met. A points item earns the sum of its
//!   sub-scores, capped at its points, once it is decided.
//! - Not applicable earns nothing and is not open: GECC has no exemptions.
//! - A gate part passes when every item is met; one not met (or n/a) fails the whole
//!   application, which then reaches no level.
//! - Declared but unlisted items (an incomplete pack) can be neither earned nor lost:
//!   they are reported as points that cannot be assessed yet.

mod path;

use std::collections::HashMap;

pub use path::{cheapest_path, CheapestPath, PathStep};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{Answer, AnswerStatus, RoundKind};
use crate::pack::{AnswerKind, CriteriaPack, Item, Part};

const EPSILON: f64 = 1e-9;

/// The state of the "all must pass" gates of a round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum GateState {
    /// No part of this round is a gate.
    NoGate,
    /// Some gate items are not decided yet, none failed.
    Open,
    Passed,
    Failed,
}

/// Points of a part or of a whole round, by what became of them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct Points {
    /// Every point, listed and undisclosed items together.
    pub total: f64,
    pub earned: f64,
    /// Points of listed items not decided yet.
    pub open: f64,
    /// Points of decided items that were not earned.
    pub lost: f64,
    /// Points of declared items whose wording the pack does not have.
    pub undisclosed: f64,
}

impl std::ops::Add for Points {
    type Output = Points;

    fn add(self, other: Points) -> Points {
        Points {
            total: self.total + other.total,
            earned: self.earned + other.earned,
            open: self.open + other.open,
            lost: self.lost + other.lost,
            undisclosed: self.undisclosed + other.undisclosed,
        }
    }
}

impl Points {
    /// The most the points could still become: what is earned plus everything undecided.
    pub fn best_case(&self) -> f64 {
        self.earned + self.open + self.undisclosed
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PartScore {
    pub part_id: String,
    pub listed_items: u32,
    pub not_started: u32,
    pub in_progress: u32,
    pub met: u32,
    pub not_met: u32,
    pub not_applicable: u32,
    pub points: Points,
    pub undisclosed_items: u32,
    pub gate: GateState,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RoundScore {
    pub parts: Vec<PartScore>,
    pub gate: GateState,
    pub points: Points,
    pub undisclosed_items: u32,
    /// The level the earned points reach, if the gate has not failed.
    pub level: Option<String>,
    /// The best level still reachable if every open and undisclosed point were earned.
    pub reachable_level: Option<String>,
    /// The next level above `level` and the points still needed for it.
    pub next_level: Option<String>,
    pub points_to_next_level: Option<f64>,
    /// The fewest open items that would reach the next level.
    pub cheapest_path: Option<CheapestPath>,
    pub pack_complete: bool,
}

/// Scores a round of `kind` whose answers are `answers`, against `pack`.
pub fn score_round(pack: &CriteriaPack, kind: RoundKind, answers: &[Answer]) -> RoundScore {
    let by_item: HashMap<&str, &Answer> = answers.iter().map(|a| (a.item_id.as_str(), a)).collect();
    let parts: Vec<PartScore> = pack
        .parts_for(kind)
        .map(|part| score_part(part, &by_item))
        .collect();
    let points = parts
        .iter()
        .fold(Points::default(), |sum, part| sum + part.points);
    let gate = combine_gates(parts.iter().map(|p| p.gate));

    let levels_apply = gate != GateState::Failed && points.total > EPSILON;
    let level_at = |reached: f64| {
        pack.levels
            .iter()
            .rev()
            .find(|band| band.min_points <= reached + EPSILON)
            .map(|band| band.id.clone())
    };
    let level = levels_apply.then(|| level_at(points.earned)).flatten();
    let reachable_level = levels_apply.then(|| level_at(points.best_case())).flatten();
    let next_band = levels_apply
        .then(|| {
            pack.levels
                .iter()
                .find(|band| band.min_points > points.earned + EPSILON)
        })
        .flatten();

    RoundScore {
        gate,
        points,
        undisclosed_items: parts.iter().map(|p| p.undisclosed_items).sum(),
        level,
        reachable_level,
        next_level: next_band.map(|band| band.id.clone()),
        points_to_next_level: next_band.map(|band| band.min_points - points.earned),
        cheapest_path: cheapest_path(
            pack,
            kind,
            answers,
            next_band.map(|band| (band.id.as_str(), band.min_points - points.earned)),
        ),
        pack_complete: pack.is_complete(),
        parts,
    }
}

fn score_part(part: &Part, answers: &HashMap<&str, &Answer>) -> PartScore {
    let mut score = PartScore {
        part_id: part.id.clone(),
        listed_items: 0,
        not_started: 0,
        in_progress: 0,
        met: 0,
        not_met: 0,
        not_applicable: 0,
        points: Points {
            total: part.total_points(),
            undisclosed: part.undisclosed_points(),
            ..Points::default()
        },
        undisclosed_items: part.undisclosed_items(),
        gate: GateState::NoGate,
    };
    for item in part.items() {
        let answer = answers.get(item.id.as_str()).copied();
        let status = answer.map_or(AnswerStatus::NotStarted, |a| a.content.status);
        let points = part.points_of(item);
        score.listed_items += 1;
        match status {
            AnswerStatus::NotStarted => score.not_started += 1,
            AnswerStatus::InProgress => score.in_progress += 1,
            AnswerStatus::Met => score.met += 1,
            AnswerStatus::NotMet => score.not_met += 1,
            AnswerStatus::NotApplicable => score.not_applicable += 1,
        }
        if status.is_decided() {
            let earned = answer.map_or(0.0, |a| earned_points(item, points, a));
            score.points.earned += earned;
            score.points.lost += points - earned;
        } else {
            score.points.open += points;
        }
    }
    if part.rule.gate {
        score.gate = if score.not_met + score.not_applicable > 0 {
            GateState::Failed
        } else if score.met == score.listed_items {
            GateState::Passed
        } else {
            GateState::Open
        };
    }
    score
}

/// Points a decided answer earns on its item.
fn earned_points(item: &Item, points: f64, answer: &Answer) -> f64 {
    match (&item.answer, answer.content.status) {
        (AnswerKind::Points { sub_scores }, AnswerStatus::Met | AnswerStatus::NotMet) => {
            let sum: f64 = sub_scores
                .iter()
                .filter_map(|sub| answer.content.sub_scores.get(&sub.id))
                .sum();
            sum.clamp(0.0, points)
        }
        (_, AnswerStatus::Met) => points,
        _ => 0.0,
    }
}

fn combine_gates(gates: impl Iterator<Item = GateState>) -> GateState {
    gates.fold(GateState::NoGate, |acc, gate| match (acc, gate) {
        (GateState::Failed, _) | (_, GateState::Failed) => GateState::Failed,
        (GateState::Open, _) | (_, GateState::Open) => GateState::Open,
        (GateState::Passed, _) | (_, GateState::Passed) => GateState::Passed,
        _ => GateState::NoGate,
    })
}

#[cfg(test)]
mod tests;
