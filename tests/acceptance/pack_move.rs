//! Moving a round to a newer version of its pack: answers carry over by item id; items
//! the new version lacks are listed and their answers kept.

use gecc_core::model::{AnswerInput, AnswerStatus, EventKind, NewRoundInput, RoundKind};
use gecc_core::ErrorCode;

use crate::support::*;

fn met() -> AnswerInput {
    AnswerInput {
        status: AnswerStatus::Met,
        ..AnswerInput::default()
    }
}

/// The synthetic pack as version 4: item syn.basic-30 removed, syn.basic-31 added.
fn write_version_4(folder: &std::path::Path) -> std::path::PathBuf {
    let mut pack: serde_json::Value =
        serde_json::from_slice(&std::fs::read(synthetic_pack_path()).unwrap()).unwrap();
    pack["pack_version"] = 4.into();
    let items = pack["parts"][1]["sections"][0]["items"]
        .as_array_mut()
        .unwrap();
    let mut removed = items.pop().unwrap();
    removed["id"] = "syn.basic-31".into();
    removed["code"] = "B31".into();
    items.push(removed);
    let path = folder.join("synthetic-v4.json");
    std::fs::write(&path, serde_json::to_vec(&pack).unwrap()).unwrap();
    path
}

#[test]
fn answers_carry_over_by_item_id_and_removed_items_are_listed_and_kept() {
    let data = DataDir::new();
    let mut store = data.open();
    let round = synthetic_round(&mut store);
    store
        .save_answer(round.id, "syn.basic-01", met(), "clerk")
        .unwrap();
    store
        .save_answer(round.id, "syn.basic-30", met(), "clerk")
        .unwrap();
    store
        .import_pack_file(&write_version_4(data.path()))
        .unwrap();

    let preview = store
        .preview_pack_move(round.id, "synthetic-2564", 4)
        .unwrap();
    assert_eq!((preview.from_version, preview.to_version), (3, 4));
    assert_eq!(preview.carried_over, 1);
    assert_eq!(preview.removed.len(), 1);
    assert_eq!(preview.removed[0].item_id, "syn.basic-30");
    assert_eq!(preview.removed[0].status, AnswerStatus::Met);
    assert_eq!(preview.added, ["syn.basic-31"]);
    assert_eq!(
        store.round(round.id).unwrap().pack_version,
        3,
        "a preview changes nothing"
    );

    let moved = store
        .move_round_to_pack(round.id, "synthetic-2564", 4, "clerk")
        .unwrap();
    assert_eq!(moved, preview, "the move does what the preview said");
    let checklist = store.checklist(round.id).unwrap();
    assert_eq!(checklist.round.pack_version, 4);
    assert_eq!(
        checklist
            .score
            .parts
            .iter()
            .find(|p| p.part_id == "p2-quality")
            .unwrap()
            .met,
        1,
        "the carried answer counts in the new version"
    );
    assert!(
        store.answer(round.id, "syn.basic-30").unwrap().is_some(),
        "the removed item's answer is kept in the database"
    );
    let events = store.events(round.id, None).unwrap();
    assert_eq!(events.last().unwrap().kind, EventKind::PackChanged);
    assert_eq!(events.last().unwrap().detail["removed"][0], "syn.basic-30");
}

#[test]
fn the_2568_round_moves_to_version_2_with_every_answer() {
    let data = DataDir::new();
    let mut store = data.open();
    let input = NewRoundInput {
        kind: RoundKind::Application,
        fiscal_year_be: Some(2569),
        pack_id: Some("gecc-2568".into()),
        pack_version: Some(1),
    };
    let round = store
        .create_round(input, a_day_in_fiscal_year_2569())
        .unwrap();
    store
        .save_answer(round.id, "physical.lighting", met(), "clerk")
        .unwrap();
    let moved = store
        .move_round_to_pack(round.id, "gecc-2568", 2, "clerk")
        .unwrap();
    assert_eq!(moved.carried_over, 1);
    assert!(
        moved.removed.is_empty() && moved.added.is_empty(),
        "version 2 adds rules, not items"
    );
    let checklist = store.checklist(round.id).unwrap();
    assert!(
        checklist.item_evidence.iter().any(|e| e.rule.is_some()),
        "version 2's evidence rules now apply"
    );
}

#[test]
fn moving_back_sideways_or_from_a_locked_round_is_refused() {
    let data = DataDir::new();
    let mut store = data.open();
    let round = application_round(&mut store);
    assert_eq!(round.pack_version, 3, "the newest shipped version");
    assert_eq!(
        store
            .preview_pack_move(round.id, "gecc-2568", 1)
            .unwrap_err()
            .code(),
        ErrorCode::InvalidInput
    );
    assert_eq!(
        store
            .preview_pack_move(round.id, "gecc-2568", 3)
            .unwrap_err()
            .code(),
        ErrorCode::InvalidInput
    );
    assert_eq!(
        store
            .preview_pack_move(round.id, "gecc-2568", 9)
            .unwrap_err()
            .code(),
        ErrorCode::PackNotFound
    );

    let data = DataDir::new();
    let mut store = data.open();
    let round = synthetic_round(&mut store);
    store
        .import_pack_file(&write_version_4(data.path()))
        .unwrap();
    store.submit_round(round.id, "clerk").unwrap();
    assert_eq!(
        store
            .move_round_to_pack(round.id, "synthetic-2564", 4, "clerk")
            .unwrap_err()
            .code(),
        ErrorCode::RoundLocked
    );
}
