//! The cheapest path to the next level: the fewest open items whose points lift the
//! round to the next level band, gate items first because nothing counts without them.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{Answer, AnswerStatus, RoundKind};
use crate::pack::CriteriaPack;

const EPSILON: f64 = 1e-9;

/// One open item to finish, and what it is worth.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PathStep {
    pub item_id: String,
    pub points: f64,
    /// A gate item: worth no points, but the level needs it met.
    pub gate: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CheapestPath {
    /// The level aimed at: the next one above what is earned.
    pub level: String,
    pub steps: Vec<PathStep>,
    /// Whether the steps reach the level; not when even every listed open item falls
    /// short (the rest is in items the pack does not list yet).
    pub reaches: bool,
    /// Points still missing after every step, when they do not reach.
    pub points_short: f64,
}

/// The fewest open items that reach the next level: gate items not met yet, then open
/// items by points, largest first (which needs the fewest items for a points target).
pub fn cheapest_path(
    pack: &CriteriaPack,
    kind: RoundKind,
    answers: &[Answer],
    next_level: Option<(&str, f64)>,
) -> Option<CheapestPath> {
    let (level, needed) = next_level?;
    let status: HashMap<&str, AnswerStatus> = answers
        .iter()
        .map(|a| (a.item_id.as_str(), a.content.status))
        .collect();
    let open = |id: &str| !status.get(id).is_some_and(|s| s.is_decided());

    let mut steps: Vec<PathStep> = Vec::new();
    let mut candidates: Vec<PathStep> = Vec::new();
    for part in pack.parts_for(kind) {
        for item in part.items().filter(|item| open(&item.id)) {
            let points = part.points_of(item);
            if part.rule.gate {
                steps.push(PathStep {
                    item_id: item.id.clone(),
                    points: 0.0,
                    gate: true,
                });
            } else if points > EPSILON {
                candidates.push(PathStep {
                    item_id: item.id.clone(),
                    points,
                    gate: false,
                });
            }
        }
    }
    // Stable sort: equal points keep the pack's order.
    candidates.sort_by(|a, b| b.points.total_cmp(&a.points));
    let mut gathered = 0.0;
    for candidate in candidates {
        if gathered + EPSILON >= needed {
            break;
        }
        gathered += candidate.points;
        steps.push(candidate);
    }
    let reaches = gathered + EPSILON >= needed;
    Some(CheapestPath {
        level: level.to_string(),
        steps,
        reaches,
        points_short: if reaches { 0.0 } else { needed - gathered },
    })
}
