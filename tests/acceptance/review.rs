//! Review and sign-off: submit, approve (which locks the round), unlock with a reason.

use gecc_core::model::{AnswerInput, AnswerStatus, ApprovalInput, EventKind, RoundState};
use gecc_core::ErrorCode;

use crate::support::*;

fn approval(name: &str, position: &str) -> ApprovalInput {
    ApprovalInput {
        name: name.into(),
        position: position.into(),
    }
}

fn met() -> AnswerInput {
    AnswerInput {
        status: AnswerStatus::Met,
        ..AnswerInput::default()
    }
}

#[test]
fn a_submitted_round_is_approved_and_then_read_only() {
    let data = DataDir::new();
    let mut store = data.open();
    let round = application_round(&mut store);
    store
        .save_answer(round.id, "physical.lighting", met(), "clerk")
        .unwrap();

    let submitted = store.submit_round(round.id, "clerk").unwrap();
    assert_eq!(submitted.state, RoundState::Submitted);
    let error = store
        .save_answer(round.id, "physical.restrooms", met(), "clerk")
        .unwrap_err();
    assert_eq!(
        error.code(),
        ErrorCode::RoundLocked,
        "a submitted round waits for review unchanged"
    );

    let approved = store
        .approve_round(
            round.id,
            approval("นายอำเภอ ใจดี", "นายอำเภอเมืองปัตตานี"),
            "head",
        )
        .unwrap();
    assert_eq!(approved.state, RoundState::Approved);
    assert_eq!(approved.approved_by_name, "นายอำเภอ ใจดี");
    assert_eq!(approved.approved_by_position, "นายอำเภอเมืองปัตตานี");
    assert!(approved.approved_at.is_some());
    let error = store
        .save_answer(round.id, "physical.restrooms", met(), "clerk")
        .unwrap_err();
    assert_eq!(error.code(), ErrorCode::RoundLocked);

    drop(store);
    let store = data.open();
    assert_eq!(
        store.round(round.id).unwrap().state,
        RoundState::Approved,
        "approval survives a restart"
    );
}

#[test]
fn approval_needs_a_name_and_a_position() {
    let data = DataDir::new();
    let mut store = data.open();
    let round = application_round(&mut store);
    store.submit_round(round.id, "clerk").unwrap();
    for (name, position) in [("", "ปลัดอำเภอ"), ("สมชาย", "  "), ("   ", "")]
    {
        let error = store
            .approve_round(round.id, approval(name, position), "head")
            .unwrap_err();
        assert_eq!(
            error.code(),
            ErrorCode::InvalidInput,
            "name {name:?}, position {position:?}"
        );
    }
    assert_eq!(store.round(round.id).unwrap().state, RoundState::Submitted);
}

#[test]
fn unlocking_needs_a_reason_and_the_reason_is_kept() {
    let data = DataDir::new();
    let mut store = data.open();
    let round = application_round(&mut store);
    store.submit_round(round.id, "clerk").unwrap();
    store
        .approve_round(round.id, approval("สมชาย", "ปลัดอำเภอ"), "head")
        .unwrap();
    let error = store.unlock_round(round.id, "   ", "head").unwrap_err();
    assert_eq!(error.code(), ErrorCode::InvalidInput);

    let unlocked = store
        .unlock_round(round.id, "แก้ไขภาพถ่ายข้อ 8 ตามคำแนะนำจังหวัด", "head")
        .unwrap();
    assert_eq!(unlocked.state, RoundState::Draft);
    assert_eq!(
        unlocked.approved_by_name, "",
        "the approval no longer stands"
    );
    store
        .save_answer(round.id, "physical.restrooms", met(), "clerk")
        .expect("a draft can change again");

    let events = store.events(round.id, None).unwrap();
    let kinds: Vec<EventKind> = events.iter().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        [
            EventKind::RoundSubmitted,
            EventKind::RoundApproved,
            EventKind::RoundUnlocked
        ]
    );
    assert_eq!(
        events[1].detail["name"], "สมชาย",
        "who approved is kept after the unlock"
    );
    assert_eq!(events[2].detail["reason"], "แก้ไขภาพถ่ายข้อ 8 ตามคำแนะนำจังหวัด");
    assert_eq!(events[2].detail["from"], "approved");
}

#[test]
fn steps_out_of_order_are_refused() {
    let data = DataDir::new();
    let mut store = data.open();
    let round = application_round(&mut store);
    let error = store
        .approve_round(round.id, approval("สมชาย", "ปลัดอำเภอ"), "head")
        .unwrap_err();
    assert_eq!(
        error.code(),
        ErrorCode::RoundStateChange,
        "a draft cannot be approved"
    );
    let error = store.unlock_round(round.id, "ไม่มีอะไร", "head").unwrap_err();
    assert_eq!(
        error.code(),
        ErrorCode::RoundStateChange,
        "a draft has nothing to unlock"
    );
    store.submit_round(round.id, "clerk").unwrap();
    let error = store.submit_round(round.id, "clerk").unwrap_err();
    assert_eq!(
        error.code(),
        ErrorCode::RoundStateChange,
        "a round is submitted once"
    );
}

#[test]
fn items_marked_not_applicable_need_a_reason_before_submitting() {
    let data = DataDir::new();
    let mut store = data.open();
    let round = application_round(&mut store);
    let not_applicable = AnswerInput {
        status: AnswerStatus::NotApplicable,
        ..AnswerInput::default()
    };
    store
        .save_answer(
            round.id,
            "physical.public-transport",
            not_applicable.clone(),
            "clerk",
        )
        .unwrap();
    let error = store.submit_round(round.id, "clerk").unwrap_err();
    assert_eq!(error.code(), ErrorCode::InvalidInput);
    assert!(
        error.message().en.contains("physical.public-transport"),
        "the message names the item: {}",
        error.message().en
    );

    let explained = AnswerInput {
        not_applicable_reason: "พื้นที่เกาะ ไม่มีรถโดยสารประจำทาง".into(),
        ..not_applicable
    };
    store
        .save_answer(round.id, "physical.public-transport", explained, "clerk")
        .unwrap();
    store
        .submit_round(round.id, "clerk")
        .expect("with a reason the round can be submitted");
}
