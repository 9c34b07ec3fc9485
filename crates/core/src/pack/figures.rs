//! The figures behind an answer, as the pack asks for them: a count, a text (who
//! collected the data), or a tally of responses per rating level, from which the
//! program computes the number of responses and the satisfaction percentage.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::Localized;

/// One figure an item asks for (format version 2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Figure {
    Number {
        id: String,
        title: Localized,
        #[serde(default)]
        unit: Option<Localized>,
        #[serde(default)]
        min: Option<f64>,
        #[serde(default)]
        max: Option<f64>,
    },
    Text {
        id: String,
        title: Localized,
    },
    /// Responses counted per level of a rating scale, e.g. 5 (very satisfied) to 1.
    Tally {
        id: String,
        title: Localized,
        levels: Vec<TallyLevel>,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct TallyLevel {
    pub id: String,
    pub title: Localized,
    /// What one response at this level is worth on the scale.
    pub weight: f64,
}

impl Figure {
    pub fn id(&self) -> &str {
        match self {
            Figure::Number { id, .. } | Figure::Text { id, .. } | Figure::Tally { id, .. } => id,
        }
    }

    pub fn title(&self) -> &Localized {
        match self {
            Figure::Number { title, .. }
            | Figure::Text { title, .. }
            | Figure::Tally { title, .. } => title,
        }
    }
}

/// A figure's value in an answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(untagged)]
pub enum FigureValue {
    Number(f64),
    Text(String),
    /// Responses per level id.
    Tally(BTreeMap<String, u32>),
}

/// What a tally comes to: how many responded, and the weighted result as a percentage
/// of the best possible (the mean weight over the top weight).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TallySummary {
    pub item_id: String,
    pub figure_id: String,
    pub responses: u32,
    /// None when nobody has responded yet.
    pub percent: Option<f64>,
}

/// Sums a tally against its levels; counts under unknown levels are ignored.
pub fn summarize_tally(
    item_id: &str,
    figure_id: &str,
    levels: &[TallyLevel],
    counts: &BTreeMap<String, u32>,
) -> TallySummary {
    let mut responses = 0u32;
    let mut weighted = 0.0;
    for level in levels {
        let count = counts.get(&level.id).copied().unwrap_or(0);
        responses += count;
        weighted += f64::from(count) * level.weight;
    }
    let top = levels.iter().map(|l| l.weight).fold(0.0, f64::max);
    let percent = (responses > 0 && top > 0.0).then(|| {
        let value = weighted / (f64::from(responses) * top) * 100.0;
        (value * 100.0).round() / 100.0
    });
    TallySummary {
        item_id: item_id.to_string(),
        figure_id: figure_id.to_string(),
        responses,
        percent,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn five_point() -> Vec<TallyLevel> {
        (1..=5)
            .rev()
            .map(|w| TallyLevel {
                id: format!("l{w}"),
                title: Localized::new(w.to_string(), w.to_string()),
                weight: f64::from(w),
            })
            .collect()
    }

    #[test]
    fn a_tally_gives_responses_and_the_weighted_percentage() {
        let counts: BTreeMap<String, u32> =
            [("l5".into(), 60), ("l4".into(), 30), ("l3".into(), 10)].into();
        let summary = summarize_tally("i", "f", &five_point(), &counts);
        assert_eq!(summary.responses, 100);
        assert_eq!(
            summary.percent,
            Some(90.0),
            "(60×5 + 30×4 + 10×3) / (100×5) = 90%"
        );
    }

    #[test]
    fn no_responses_means_no_percentage() {
        let summary = summarize_tally("i", "f", &five_point(), &BTreeMap::new());
        assert_eq!((summary.responses, summary.percent), (0, None));
    }

    #[test]
    fn the_percentage_is_rounded_to_two_places() {
        let counts: BTreeMap<String, u32> = [("l5".into(), 2), ("l4".into(), 1)].into();
        assert_eq!(
            summarize_tally("i", "f", &five_point(), &counts).percent,
            Some(93.33)
        );
    }
}
