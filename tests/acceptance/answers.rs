//! Saving answers: checked against the item, recorded in an append-only history,
//! refused on approved rounds, and still there after the program closes.

use gecc_core::model::{AnswerInput, AnswerStatus, RoundKind};
use gecc_core::scoring::GateState;
use gecc_core::ErrorCode;

use crate::support::*;

fn status(status: AnswerStatus) -> AnswerInput {
    AnswerInput {
        status,
        ..AnswerInput::default()
    }
}

#[test]
fn a_saved_status_survives_closing_and_reopening_the_store() {
    let data = DataDir::new();
    let round_id = {
        let mut store = data.open();
        let round = application_round(&mut store);
        let input = AnswerInput {
            status: AnswerStatus::Met,
            note: "ติดป้ายเวลาเปิด-ปิด ๐๘.๓๐–๑๖.๓๐ น. แล้ว 🙂".into(),
            owner: "นายสมชาย ใจดี".into(),
            due_date: Some("2026-01-15".into()),
            ..AnswerInput::default()
        };
        store
            .save_answer(round.id, "physical.service-hours", input, "clerk")
            .unwrap();
        round.id
    };
    let store = data.open();
    let answer = store
        .answer(round_id, "physical.service-hours")
        .unwrap()
        .expect("the answer is on disk");
    assert_eq!(answer.content.status, AnswerStatus::Met);
    assert_eq!(
        answer.content.note, "ติดป้ายเวลาเปิด-ปิด ๐๘.๓๐–๑๖.๓๐ น. แล้ว 🙂",
        "Thai text and emoji are kept exactly"
    );
    assert_eq!(answer.content.owner, "นายสมชาย ใจดี");
    assert_eq!(answer.content.due_date.as_deref(), Some("2026-01-15"));
    assert_eq!(answer.updated_by, "clerk");
}

#[test]
fn every_change_goes_to_the_history_with_before_and_after() {
    let data = DataDir::new();
    let mut store = data.open();
    let round = application_round(&mut store);
    let item = "physical.lighting";
    store
        .save_answer(round.id, item, status(AnswerStatus::InProgress), "clerk-a")
        .unwrap();
    store
        .save_answer(round.id, item, status(AnswerStatus::InProgress), "clerk-a")
        .unwrap();
    store
        .save_answer(round.id, item, status(AnswerStatus::Met), "clerk-b")
        .unwrap();
    let history = store.history(round.id, item).unwrap();
    assert_eq!(
        history.len(),
        2,
        "saving the same content twice records one change"
    );
    assert_eq!(
        history[0].before, None,
        "the first change has nothing before it"
    );
    assert_eq!(history[0].after.status, AnswerStatus::InProgress);
    assert_eq!(
        history[1].before.as_ref().unwrap().status,
        AnswerStatus::InProgress
    );
    assert_eq!(history[1].after.status, AnswerStatus::Met);
    assert_eq!(history[1].changed_by, "clerk-b");
}

#[test]
fn the_history_cannot_be_edited_or_deleted() {
    let data = DataDir::new();
    let mut store = data.open();
    let round = application_round(&mut store);
    store
        .save_answer(
            round.id,
            "physical.lighting",
            status(AnswerStatus::Met),
            "clerk",
        )
        .unwrap();
    drop(store);
    let conn = rusqlite::Connection::open(data.database()).unwrap();
    let update = conn.execute("UPDATE answer_history SET changed_by = 'someone else'", []);
    assert!(update.is_err(), "the history refuses updates");
    let delete = conn.execute("DELETE FROM answer_history", []);
    assert!(delete.is_err(), "the history refuses deletes");
    let count: i64 = conn
        .query_row("SELECT count(*) FROM answer_history", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count, 1);
}

#[test]
fn saving_returns_the_new_score() {
    let data = DataDir::new();
    let mut store = data.open();
    let round = application_round(&mut store);
    let saved = store
        .save_answer(
            round.id,
            "quality.needs-survey",
            status(AnswerStatus::Met),
            "clerk",
        )
        .unwrap();
    assert_eq!(
        saved.score.points.earned, 1.0,
        "a basic quality item is worth 1 point"
    );
    let saved = store
        .save_answer(
            round.id,
            "physical.restrooms",
            status(AnswerStatus::NotMet),
            "clerk",
        )
        .unwrap();
    assert_eq!(saved.score.gate, GateState::Failed);
}

#[test]
fn outcome_sub_scores_are_checked_against_the_item() {
    let data = DataDir::new();
    let mut store = data.open();
    let round = application_round(&mut store);
    let with = |pairs: &[(&str, f64)]| AnswerInput {
        status: AnswerStatus::Met,
        sub_scores: pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
        ..AnswerInput::default()
    };
    let item = "outcome.citizen-satisfaction";
    let saved = store
        .save_answer(
            round.id,
            item,
            with(&[
                ("collection-method", 1.0),
                ("sample-coverage", 3.0),
                ("satisfaction-result", 4.0),
            ]),
            "c",
        )
        .unwrap();
    assert_eq!(saved.answer.content.sub_scores.values().sum::<f64>(), 8.0);

    for (case, input) in [
        (
            "sum above the item's 10 points",
            with(&[("collection-method", 6.0), ("sample-coverage", 5.0)]),
        ),
        ("an unknown sub-score", with(&[("bribes", 1.0)])),
        ("a negative sub-score", with(&[("collection-method", -1.0)])),
        ("not a number", with(&[("collection-method", f64::NAN)])),
    ] {
        let error = store
            .save_answer(round.id, item, input, "c")
            .err()
            .unwrap_or_else(|| panic!("{case} is refused"));
        assert_eq!(error.code(), ErrorCode::InvalidInput, "{case}");
    }
    let kept = store.answer(round.id, item).unwrap().unwrap();
    assert_eq!(
        kept.content.sub_scores.values().sum::<f64>(),
        8.0,
        "refused saves change nothing"
    );
}

#[test]
fn inputs_that_do_not_fit_the_item_are_refused() {
    let data = DataDir::new();
    let mut store = data.open();
    let round = application_round(&mut store);
    let cases = [
        (
            "sub-scores on a yes/no item",
            "physical.lighting",
            AnswerInput {
                sub_scores: [("x".to_string(), 1.0)].into(),
                ..AnswerInput::default()
            },
        ),
        (
            "a figure on a yes/no item",
            "physical.lighting",
            AnswerInput {
                value_number: Some(300.0),
                ..AnswerInput::default()
            },
        ),
        (
            "an impossible date",
            "physical.lighting",
            AnswerInput {
                due_date: Some("2026-02-30".into()),
                ..AnswerInput::default()
            },
        ),
        (
            "a B.E. date typed as ISO",
            "physical.lighting",
            AnswerInput {
                due_date: Some("15/01/2569".into()),
                ..AnswerInput::default()
            },
        ),
        (
            "a note of a whole book",
            "physical.lighting",
            AnswerInput {
                note: "ก".repeat(25_000),
                ..AnswerInput::default()
            },
        ),
    ];
    for (case, item, input) in cases {
        let error = store
            .save_answer(round.id, item, input, "c")
            .err()
            .unwrap_or_else(|| panic!("{case} is refused"));
        assert_eq!(error.code(), ErrorCode::InvalidInput, "{case}");
        assert!(
            !error.message().th.is_empty() && !error.message().en.is_empty(),
            "{case}: message in both languages"
        );
    }
    let unknown = store
        .save_answer(round.id, "physical.helipad", AnswerInput::default(), "c")
        .err()
        .unwrap();
    assert_eq!(unknown.code(), ErrorCode::ItemNotInPack);
    assert!(
        store.answers(round.id).unwrap().is_empty(),
        "nothing was saved"
    );
}

#[test]
fn a_maintenance_figure_is_kept_within_its_range() {
    let data = DataDir::new();
    let mut store = data.open();
    let round = open_round(&mut store, RoundKind::Maintenance6Month, None, None).unwrap();
    let figure = |value: f64| AnswerInput {
        status: AnswerStatus::Met,
        value_number: Some(value),
        ..AnswerInput::default()
    };
    store
        .save_answer(
            round.id,
            "maintenance.satisfaction-result",
            figure(92.5),
            "c",
        )
        .unwrap();
    let error = store
        .save_answer(
            round.id,
            "maintenance.satisfaction-result",
            figure(120.0),
            "c",
        )
        .err()
        .unwrap();
    assert_eq!(
        error.code(),
        ErrorCode::InvalidInput,
        "a percentage above 100 is refused"
    );
    assert_eq!(
        store
            .answer(round.id, "maintenance.satisfaction-result")
            .unwrap()
            .unwrap()
            .content
            .value_number,
        Some(92.5)
    );
}

#[test]
fn an_approved_round_refuses_changes() {
    let data = DataDir::new();
    let mut store = data.open();
    let round = application_round(&mut store);
    drop(store);
    // Approval arrives with issue 3; until then, set the state the way that code will.
    let conn = rusqlite::Connection::open(data.database()).unwrap();
    conn.execute(
        "UPDATE rounds SET state = 'approved' WHERE id = ?1",
        [round.id],
    )
    .unwrap();
    drop(conn);
    let mut store = data.open();
    let error = store
        .save_answer(
            round.id,
            "physical.lighting",
            status(AnswerStatus::Met),
            "c",
        )
        .err()
        .unwrap();
    assert_eq!(error.code(), ErrorCode::RoundLocked);
    assert!(store.answers(round.id).unwrap().is_empty());
}

#[test]
fn answers_in_the_synthetic_pack_use_its_own_item_ids_and_kinds() {
    let data = DataDir::new();
    let mut store = data.open();
    let round = synthetic_round(&mut store);
    let text = AnswerInput {
        status: AnswerStatus::Met,
        value_text: Some("พร้อมทุกด้าน".into()),
        ..AnswerInput::default()
    };
    store
        .save_answer(round.id, "syn.ready-text", text, "c")
        .unwrap();
    let error = store
        .save_answer(
            round.id,
            "physical.lighting",
            status(AnswerStatus::Met),
            "c",
        )
        .err()
        .unwrap();
    assert_eq!(
        error.code(),
        ErrorCode::ItemNotInPack,
        "2568 items are not in the synthetic pack"
    );
    let capped = AnswerInput {
        status: AnswerStatus::Met,
        sub_scores: [("s1".to_string(), 5.0)].into(),
        ..AnswerInput::default()
    };
    let error = store
        .save_answer(round.id, "syn.out-1", capped, "c")
        .err()
        .unwrap();
    assert_eq!(
        error.code(),
        ErrorCode::InvalidInput,
        "sub-score s1 is capped at 4 by the pack"
    );
}

#[test]
fn every_change_raises_the_rounds_revision_and_a_no_op_does_not() {
    let data = DataDir::new();
    let mut store = data.open();
    let round = application_round(&mut store);
    assert_eq!(store.checklist(round.id).unwrap().revision, 0);
    let first = store
        .save_answer(
            round.id,
            "physical.lighting",
            status(AnswerStatus::Met),
            "c",
        )
        .unwrap();
    let second = store
        .save_answer(
            round.id,
            "physical.restrooms",
            status(AnswerStatus::Met),
            "c",
        )
        .unwrap();
    let again = store
        .save_answer(
            round.id,
            "physical.restrooms",
            status(AnswerStatus::Met),
            "c",
        )
        .unwrap();
    assert!(
        second.revision > first.revision,
        "a later change has a higher revision"
    );
    assert_eq!(
        again.revision, second.revision,
        "saving the same content changes nothing"
    );
    assert_eq!(store.checklist(round.id).unwrap().revision, second.revision);
}
