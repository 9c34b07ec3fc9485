//! Merging a round received in a bundle into the same round on this PC. Changes are
//! compared by their ids (hashes of what they are), so "the last bundle both have" needs
//! no bookkeeping: per item, a side whose changes the other side already has is behind;
//! the side that has everything the other has, and more, wins; an item changed on both
//! sides since they last met is a conflict for a person (or `--prefer`) to decide.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{AnswerRecord, AssessmentDocument, EventRecord, HistoryRecord, LinkRecord};
use crate::model::AnswerInput;

/// Which side of a merge to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Mine,
    Theirs,
}

/// A round as it stands on one side: the same records a bundle carries.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RoundSnapshot {
    pub answers: Vec<AnswerRecord>,
    pub history: Vec<HistoryRecord>,
    pub events: Vec<EventRecord>,
    pub links: Vec<LinkRecord>,
    /// Photos reduced for e-mail, by their SHA-256: the original each was made from. A
    /// link to a reduced copy counts as a link to its original, so a reduced bundle and a
    /// full one of the same round agree.
    pub originals: BTreeMap<String, String>,
}

impl RoundSnapshot {
    pub fn of_document(document: &AssessmentDocument) -> RoundSnapshot {
        RoundSnapshot {
            answers: document.answers.clone(),
            history: document.history.clone(),
            events: document.events.clone(),
            links: document.links.clone(),
            originals: document
                .evidence
                .iter()
                .filter_map(|e| Some((e.sha256.clone(), e.reduced_from.as_ref()?.sha256.clone())))
                .collect(),
        }
    }

    /// The ids of everything that happened to `item` (None: to the round itself).
    fn change_ids(&self, item: Option<&str>) -> BTreeSet<String> {
        let answers = self
            .history
            .iter()
            .filter(|h| item == Some(h.item_id.as_str()))
            .map(HistoryRecord::uid);
        let events = self
            .events
            .iter()
            .filter(|e| e.item_id.as_deref() == item)
            .map(EventRecord::uid);
        answers.chain(events).collect()
    }

    fn answer(&self, item: &str) -> Option<&AnswerRecord> {
        self.answers.iter().find(|a| a.item_id == item)
    }

    fn link_set(&self, item: &str) -> BTreeSet<(String, String)> {
        self.links
            .iter()
            .filter(|l| l.item_id == item)
            .map(|l| {
                let file = self.originals.get(&l.sha256).unwrap_or(&l.sha256);
                (file.clone(), l.evidence_type.clone())
            })
            .collect()
    }

    fn item_ids(&self) -> BTreeSet<String> {
        let answers = self.answers.iter().map(|a| a.item_id.clone());
        let history = self.history.iter().map(|h| h.item_id.clone());
        let events = self.events.iter().filter_map(|e| e.item_id.clone());
        let links = self.links.iter().map(|l| l.item_id.clone());
        answers.chain(history).chain(events).chain(links).collect()
    }

    fn newest_round_event(&self) -> Option<&str> {
        self.events
            .iter()
            .filter(|e| e.item_id.is_none())
            .map(|e| e.at.as_str())
            .max()
    }
}

/// An item changed on both sides since they last exchanged a bundle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ItemConflict {
    pub item_id: String,
    pub mine: Option<AnswerInput>,
    pub theirs: Option<AnswerInput>,
    pub mine_updated_at: String,
    pub mine_updated_by: String,
    pub theirs_updated_at: String,
    pub theirs_updated_by: String,
    pub mine_evidence: u32,
    pub theirs_evidence: u32,
    /// What was decided (by a choice or `--prefer`), if anything.
    pub resolution: Option<Side>,
}

/// What happens to an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemDecision {
    /// This PC has every change the bundle has.
    Keep,
    /// The bundle has every change this PC has, and more.
    Take,
    /// Changed on both sides; resolved towards a side, and logged as a merge.
    Resolved(Side),
    /// Changed on both sides to the same content: only the histories merge.
    Same,
}

/// The merge, decided but not applied.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MergePlan {
    pub items: BTreeMap<String, ItemDecision>,
    /// The round's own state (review steps) comes from the bundle.
    pub take_round_state: bool,
    /// Changes in the bundle this PC lacks, oldest first.
    pub new_history: Vec<HistoryRecord>,
    pub new_events: Vec<EventRecord>,
    pub conflicts: Vec<ItemConflict>,
}

impl MergePlan {
    /// Conflicts nobody decided: the import must stop and ask.
    pub fn undecided(&self) -> Vec<&ItemConflict> {
        self.conflicts
            .iter()
            .filter(|c| c.resolution.is_none())
            .collect()
    }

    /// Whether applying the plan would change this PC's data at all.
    pub fn changes_anything(&self) -> bool {
        self.take_round_state
            || !self.new_history.is_empty()
            || !self.new_events.is_empty()
            || self
                .items
                .values()
                .any(|d| matches!(d, ItemDecision::Take | ItemDecision::Resolved(Side::Theirs)))
    }
}

/// Decides the merge of `theirs` into `mine`. `choices` decide conflicts per item;
/// `prefer` decides the rest; without either, conflicts stay undecided.
pub fn plan_merge(
    mine: &RoundSnapshot,
    theirs: &RoundSnapshot,
    choices: &BTreeMap<String, Side>,
    prefer: Option<Side>,
) -> MergePlan {
    let mut items = BTreeMap::new();
    let mut conflicts = Vec::new();
    let all_items: BTreeSet<String> = mine.item_ids().union(&theirs.item_ids()).cloned().collect();
    for item in &all_items {
        let local = mine.change_ids(Some(item));
        let remote = theirs.change_ids(Some(item));
        let decision = if remote.is_subset(&local) {
            ItemDecision::Keep
        } else if local.is_subset(&remote) {
            ItemDecision::Take
        } else {
            let same_answer =
                mine.answer(item).map(|a| &a.content) == theirs.answer(item).map(|a| &a.content);
            if same_answer && mine.link_set(item) == theirs.link_set(item) {
                ItemDecision::Same
            } else {
                let resolution = choices.get(item).copied().or(prefer);
                let answer_of = |side: &RoundSnapshot| side.answer(item).cloned();
                let (m, t) = (answer_of(mine), answer_of(theirs));
                conflicts.push(ItemConflict {
                    item_id: item.clone(),
                    mine_updated_at: m.as_ref().map(|a| a.updated_at.clone()).unwrap_or_default(),
                    mine_updated_by: m.as_ref().map(|a| a.updated_by.clone()).unwrap_or_default(),
                    theirs_updated_at: t.as_ref().map(|a| a.updated_at.clone()).unwrap_or_default(),
                    theirs_updated_by: t.as_ref().map(|a| a.updated_by.clone()).unwrap_or_default(),
                    mine: m.map(|a| a.content),
                    theirs: t.map(|a| a.content),
                    mine_evidence: mine.link_set(item).len() as u32,
                    theirs_evidence: theirs.link_set(item).len() as u32,
                    resolution,
                });
                match resolution {
                    Some(side) => ItemDecision::Resolved(side),
                    None => ItemDecision::Keep,
                }
            }
        };
        items.insert(item.clone(), decision);
    }

    let local_round = mine.change_ids(None);
    let remote_round = theirs.change_ids(None);
    let take_round_state = if remote_round.is_subset(&local_round) {
        false
    } else if local_round.is_subset(&remote_round) {
        true
    } else {
        // Review steps on both sides: the newer one stands.
        theirs.newest_round_event() > mine.newest_round_event()
    };

    let known_history: HashSet<String> = mine.history.iter().map(HistoryRecord::uid).collect();
    let known_events: HashSet<String> = mine.events.iter().map(EventRecord::uid).collect();
    let mut new_history: Vec<HistoryRecord> = theirs
        .history
        .iter()
        .filter(|h| !known_history.contains(&h.uid()))
        .cloned()
        .collect();
    new_history.sort_by(|a, b| a.changed_at.cmp(&b.changed_at));
    let mut new_events: Vec<EventRecord> = theirs
        .events
        .iter()
        .filter(|e| !known_events.contains(&e.uid()))
        .cloned()
        .collect();
    new_events.sort_by(|a, b| a.at.cmp(&b.at));
    MergePlan {
        items,
        take_round_state,
        new_history,
        new_events,
        conflicts,
    }
}

#[cfg(test)]
#[path = "merge_tests.rs"]
mod tests;
