//! The merge rules, on snapshots built by hand.

use super::*;
use crate::model::AnswerStatus;

fn change(item: &str, at: &str, by: &str, note: &str) -> HistoryRecord {
    HistoryRecord {
        item_id: item.into(),
        before: None,
        after: AnswerInput {
            status: AnswerStatus::InProgress,
            note: note.into(),
            ..AnswerInput::default()
        },
        changed_by: by.into(),
        changed_at: at.into(),
    }
}

/// A snapshot whose answers are the last change of each item.
fn snapshot(history: Vec<HistoryRecord>) -> RoundSnapshot {
    let mut answers: BTreeMap<String, AnswerRecord> = BTreeMap::new();
    for h in &history {
        answers.insert(
            h.item_id.clone(),
            AnswerRecord {
                item_id: h.item_id.clone(),
                content: h.after.clone(),
                updated_at: h.changed_at.clone(),
                updated_by: h.changed_by.clone(),
            },
        );
    }
    RoundSnapshot {
        answers: answers.into_values().collect(),
        history,
        ..RoundSnapshot::default()
    }
}

#[test]
fn the_side_that_has_every_change_of_the_other_and_more_wins_per_item() {
    let base = change("P1", "2026-01-01T00:00:00.000Z", "สมชาย", "เริ่ม");
    let mine = snapshot(vec![
        base.clone(),
        change("P2", "2026-01-02T00:00:00.000Z", "สมชาย", "ของฉัน"),
    ]);
    let theirs = snapshot(vec![
        base,
        change("P1", "2026-01-03T00:00:00.000Z", "สมหญิง", "ใหม่"),
    ]);
    let plan = plan_merge(&mine, &theirs, &BTreeMap::new(), None);
    assert_eq!(
        plan.items["P1"],
        ItemDecision::Take,
        "only they changed P1 since the base"
    );
    assert_eq!(plan.items["P2"], ItemDecision::Keep, "only I changed P2");
    assert!(plan.conflicts.is_empty());
    assert_eq!(
        plan.new_history.len(),
        1,
        "their one new change joins my history"
    );
}

#[test]
fn an_item_changed_on_both_sides_is_a_conflict_until_someone_chooses() {
    let base = change("P1", "2026-01-01T00:00:00.000Z", "สมชาย", "เริ่ม");
    let mine = snapshot(vec![
        base.clone(),
        change("P1", "2026-01-02T00:00:00.000Z", "สมชาย", "ก"),
    ]);
    let theirs = snapshot(vec![
        base,
        change("P1", "2026-01-03T00:00:00.000Z", "สมหญิง", "ข"),
    ]);
    let open = plan_merge(&mine, &theirs, &BTreeMap::new(), None);
    assert_eq!(open.undecided().len(), 1, "nobody chose yet");
    let chosen = plan_merge(
        &mine,
        &theirs,
        &BTreeMap::from([("P1".to_string(), Side::Theirs)]),
        None,
    );
    assert_eq!(chosen.items["P1"], ItemDecision::Resolved(Side::Theirs));
    let preferred = plan_merge(&mine, &theirs, &BTreeMap::new(), Some(Side::Mine));
    assert_eq!(preferred.items["P1"], ItemDecision::Resolved(Side::Mine));
    assert!(preferred.undecided().is_empty());
}

#[test]
fn merging_the_same_bundle_again_changes_nothing() {
    let history = vec![change("P1", "2026-01-01T00:00:00.000Z", "สมชาย", "เริ่ม")];
    let mine = snapshot(history.clone());
    let plan = plan_merge(&mine, &snapshot(history), &BTreeMap::new(), None);
    assert!(!plan.changes_anything(), "{plan:?}");
}

#[test]
fn equal_edits_on_both_sides_are_not_a_conflict() {
    let mine = snapshot(vec![change(
        "P1",
        "2026-01-02T00:00:00.000Z",
        "สมชาย",
        "เหมือนกัน",
    )]);
    let theirs = snapshot(vec![change(
        "P1",
        "2026-01-03T00:00:00.000Z",
        "สมหญิง",
        "เหมือนกัน",
    )]);
    let plan = plan_merge(&mine, &theirs, &BTreeMap::new(), None);
    assert_eq!(plan.items["P1"], ItemDecision::Same);
    assert!(plan.conflicts.is_empty());
    assert_eq!(plan.new_history.len(), 1, "the histories still merge");
}

fn link(item: &str, sha: &str) -> LinkRecord {
    LinkRecord {
        item_id: item.into(),
        sha256: sha.into(),
        evidence_type: "photo".into(),
        linked_at: "2026-01-01T00:00:00.000Z".into(),
        linked_by: "สมชาย".into(),
    }
}

#[test]
fn a_link_to_a_reduced_photo_counts_as_a_link_to_its_original() {
    let (original, reduced) = ("a".repeat(64), "b".repeat(64));
    // Both sides changed P1 to the same answer since they last met; one has the
    // original, the other the copy reduced for e-mail.
    let base = change("P1", "2026-01-01T00:00:00.000Z", "สมชาย", "เริ่ม");
    let same = change("P1", "2026-01-02T00:00:00.000Z", "สมชาย", "ครบ");
    let mut mine = snapshot(vec![
        base.clone(),
        same.clone(),
        change("P1", "2026-01-03T00:00:00.000Z", "สมชาย", "ครบ"),
    ]);
    let mut theirs = snapshot(vec![
        base,
        same,
        change("P1", "2026-01-03T00:00:00.000Z", "สมหญิง", "ครบ"),
    ]);
    mine.links.push(link("P1", &original));
    theirs.links.push(link("P1", &reduced));
    let plan = plan_merge(&mine, &theirs, &BTreeMap::new(), None);
    assert_eq!(plan.conflicts.len(), 1, "without the link back they differ");

    theirs.originals.insert(reduced.clone(), original.clone());
    let plan = plan_merge(&mine, &theirs, &BTreeMap::new(), None);
    assert!(plan.conflicts.is_empty(), "{:?}", plan.conflicts);
    assert_eq!(plan.items["P1"], ItemDecision::Same);
}
