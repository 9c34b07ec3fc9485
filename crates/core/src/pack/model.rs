//! The shape of a criteria pack, exactly as the pack file states it (see
//! assets/criteria/README.md and pack.schema.json).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::evidence::{EvidenceRule, FileFormat};
use crate::model::RoundKind;
use crate::Localized;

/// One year's criteria: parts, sections and items with their points and rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CriteriaPack {
    /// Always "gecc-criteria-pack".
    pub format: String,
    /// Version of the file format, not of the criteria.
    pub format_version: u32,
    /// Stable identifier of the criteria set, e.g. "gecc-2568".
    pub pack_id: String,
    /// Revision of this pack id; a corrected list gets a higher number.
    pub pack_version: u32,
    /// The GECC year (Buddhist era) these criteria are for.
    pub year_be: i32,
    pub title: Localized,
    pub source: PackSource,
    /// Certification levels, lowest first.
    pub levels: Vec<LevelBand>,
    /// The kinds of evidence items ask for (format version 2).
    #[serde(default)]
    pub evidence_types: Vec<EvidenceType>,
    pub parts: Vec<Part>,
}

/// A kind of evidence an item can ask for: a photo, an order, minutes of a meeting...
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct EvidenceType {
    pub id: String,
    pub title: Localized,
    /// Files of these formats get this type when attached, until the clerk changes it.
    #[serde(default)]
    pub formats: Vec<FileFormat>,
}

/// Where the items came from and whether the list is the whole official list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PackSource {
    pub description: Localized,
    pub completeness: Completeness,
    #[serde(default)]
    pub references: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Completeness {
    /// Every item of the official list is in the pack.
    Complete,
    /// Some items are only declared (count and points known, wording not).
    Incomplete,
}

/// A certification level reached from `min_points` upwards.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct LevelBand {
    pub id: String,
    pub title: Localized,
    pub min_points: f64,
}

/// The kinds of part the GECC criteria have had so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PartKind {
    Physical,
    Quality,
    Outcome,
    Readiness,
    Maintenance,
}

/// A part of the criteria (physical, quality, ...) with its scoring rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Part {
    pub id: String,
    pub kind: PartKind,
    pub title: Localized,
    /// The kinds of round this part is assessed in.
    pub round_kinds: Vec<RoundKind>,
    pub rule: PartRule,
    pub sections: Vec<Section>,
    /// Items the criteria are known to contain but whose wording is not known yet.
    #[serde(default)]
    pub undisclosed: Vec<UndisclosedItems>,
}

/// How a part is scored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PartRule {
    /// Every item must be met, or the application is not assessed further.
    #[serde(default)]
    pub gate: bool,
    /// Points of an item that does not state its own.
    #[serde(default)]
    pub points_per_item: f64,
}

/// A block of items that is declared (how many, how many points) but not listed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct UndisclosedItems {
    pub level: Option<ItemLevel>,
    pub expected_items: u32,
    pub points: f64,
    pub note: Localized,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub code: String,
    pub title: Localized,
    pub items: Vec<Item>,
}

/// Basic (👍) or advanced (😊) quality criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ItemLevel {
    Basic,
    Advanced,
}

/// How sure the pack's author is that an item is the official one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    Official,
    Confirmed,
    Inferred,
    Synthetic,
}

/// One criterion. `id` is stable across years so answers carry over.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    /// The code shown to people, e.g. "2.12".
    pub code: String,
    pub level: Option<ItemLevel>,
    /// Overrides the part's `points_per_item`.
    pub points: Option<f64>,
    pub title: Localized,
    pub guidance: Option<Localized>,
    pub typical_evidence: Option<Localized>,
    pub answer: AnswerKind,
    pub confidence: Confidence,
    /// Which evidence the item needs, e.g. `photo & (order | minutes)` (format version 2).
    #[serde(default)]
    pub evidence_rule: Option<String>,
    /// The figures behind the answer, e.g. responses per rating (format version 2).
    #[serde(default)]
    pub figures: Vec<super::Figure>,
}

/// What an answer to an item holds besides its status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AnswerKind {
    /// Met or not met.
    Check,
    /// Points made of named sub-scores, summed and capped at the item's points.
    Points { sub_scores: Vec<SubScore> },
    /// A figure, e.g. a satisfaction percentage.
    Number {
        unit: Option<Localized>,
        min: Option<f64>,
        max: Option<f64>,
    },
    /// Free text.
    Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SubScore {
    pub id: String,
    pub title: Localized,
    /// The most this sub-score can give, where the criteria say so.
    pub max_points: Option<f64>,
}

impl CriteriaPack {
    /// Every item of every part, in pack order, with its part.
    pub fn items(&self) -> impl Iterator<Item = (&Part, &Item)> {
        self.parts.iter().flat_map(|part| {
            part.sections
                .iter()
                .flat_map(move |s| s.items.iter().map(move |i| (part, i)))
        })
    }

    pub fn find_item(&self, item_id: &str) -> Option<(&Part, &Item)> {
        self.items().find(|(_, item)| item.id == item_id)
    }

    /// The parts assessed in a round of the given kind.
    pub fn parts_for(&self, kind: RoundKind) -> impl Iterator<Item = &Part> {
        self.parts
            .iter()
            .filter(move |p| p.round_kinds.contains(&kind))
    }

    pub fn is_complete(&self) -> bool {
        self.source.completeness == Completeness::Complete
    }

    /// Whether the pack uses what format version 2 added: evidence types, evidence rules
    /// or figures.
    pub fn uses_format_2(&self) -> bool {
        !self.evidence_types.is_empty()
            || self
                .items()
                .any(|(_, i)| i.evidence_rule.is_some() || !i.figures.is_empty())
    }

    /// The evidence type files of `format` get when attached, if the pack names one.
    pub fn default_evidence_type(&self, format: FileFormat) -> Option<&EvidenceType> {
        self.evidence_types
            .iter()
            .find(|t| t.formats.contains(&format))
    }
}

impl Item {
    /// The item's evidence rule, parsed. Packs are validated on load, so a rule that
    /// does not parse cannot occur; it is treated as no rule.
    pub fn parsed_evidence_rule(&self) -> Option<EvidenceRule> {
        self.evidence_rule
            .as_deref()
            .and_then(|text| EvidenceRule::parse(text).ok())
    }
}

impl Part {
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.sections.iter().flat_map(|s| s.items.iter())
    }

    /// The points an item of this part is worth.
    pub fn points_of(&self, item: &Item) -> f64 {
        item.points.unwrap_or(self.rule.points_per_item)
    }

    pub fn undisclosed_points(&self) -> f64 {
        self.undisclosed.iter().map(|u| u.points).sum()
    }

    pub fn undisclosed_items(&self) -> u32 {
        self.undisclosed.iter().map(|u| u.expected_items).sum()
    }

    /// Points of the listed items plus the declared ones.
    pub fn total_points(&self) -> f64 {
        self.items().map(|i| self.points_of(i)).sum::<f64>() + self.undisclosed_points()
    }
}
