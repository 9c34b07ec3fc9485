//! The second year: a round started from an earlier round of the same office carries
//! evidence links by item id (no file copied), statuses and notes when asked, never
//! owners or due dates, and marks each carried answer "from round X" until it is saved.

use gecc_core::model::{AnswerInput, AnswerStatus, ApprovalInput, NewRoundInput, RoundKind};
use gecc_core::store::CarryOver;

use crate::bundle_support::Office;
use crate::support::*;

const TODAY: time::Date = time::macros::date!(2026 - 11 - 29);

fn carry(from_round: i64) -> CarryOver {
    CarryOver {
        from_round,
        statuses: true,
        notes: true,
        evidence_before: None,
    }
}

fn new_round(kind: RoundKind, fiscal_year_be: i32) -> NewRoundInput {
    NewRoundInput {
        kind,
        fiscal_year_be: Some(fiscal_year_be),
        pack_id: Some("gecc-2568".into()),
        pack_version: None,
    }
}

/// An office's 2569 application: two items met with notes, owners and due dates, and
/// evidence on one of them.
fn last_year() -> (Office, String) {
    let mut office = Office::new("สำนักทะเบียนอำเภอหนองจิก", "หนองจิก");
    for item in ["physical.wayfinding-signs", "physical.service-hours"] {
        office
            .store
            .save_answer(
                office.round.id,
                item,
                AnswerInput {
                    status: AnswerStatus::Met,
                    note: format!("{item}: ครบตามเกณฑ์"),
                    owner: "สมชาย".into(),
                    due_date: Some("2026-01-15".into()),
                    ..AnswerInput::default()
                },
                "สมหญิง",
            )
            .unwrap();
    }
    let hash = office.attach("physical.wayfinding-signs", "ป้ายหน้าอาคาร.jpg", 4000, 3);
    (office, hash)
}

fn stored_files(office: &Office) -> usize {
    std::fs::read_dir(office.store.evidence_dir())
        .unwrap()
        .count()
}

#[test]
fn a_round_started_from_last_year_carries_links_statuses_and_notes_but_no_owner_no_date_and_no_file(
) {
    let (mut office, hash) = last_year();
    let files_before = stored_files(&office);
    let carried = office
        .store
        .create_round_from(
            new_round(RoundKind::Application, 2570),
            &carry(office.round.id),
            "สมหญิง",
            TODAY,
        )
        .unwrap();
    assert_eq!((carried.answers, carried.links), (2, 1));
    assert_eq!(
        stored_files(&office),
        files_before,
        "no file copied: the link points at the stored file"
    );
    let checklist = office.store.checklist(carried.round.id).unwrap();
    let sign = checklist
        .answers
        .iter()
        .find(|a| a.item_id == "physical.wayfinding-signs")
        .unwrap();
    assert_eq!(sign.content.status, AnswerStatus::Met);
    assert_eq!(sign.content.note, "physical.wayfinding-signs: ครบตามเกณฑ์");
    assert_eq!(sign.content.owner, "", "owners are cleared");
    assert_eq!(sign.content.due_date, None, "due dates are cleared");
    assert_eq!(
        sign.carried_from_round,
        Some(office.round.id),
        "marked as from last year's round"
    );
    let link = &checklist.links[0];
    assert_eq!(link.item_id, "physical.wayfinding-signs");
    assert_eq!(link.carried_from_round, Some(office.round.id));
    assert_eq!(checklist.evidence[0].sha256, hash);
    assert_eq!(
        checklist.score.points,
        office.store.score(office.round.id).unwrap().points
    );

    // Saved as it was: someone looked at it, so the mark goes; the other keeps its mark.
    let unchanged = sign.content.clone();
    let saved = office
        .store
        .save_answer(
            carried.round.id,
            "physical.wayfinding-signs",
            unchanged,
            "สมหญิง",
        )
        .unwrap();
    assert_eq!(saved.answer.carried_from_round, None);
    let lighting = office
        .store
        .answer(carried.round.id, "physical.service-hours")
        .unwrap()
        .unwrap();
    assert_eq!(lighting.carried_from_round, Some(office.round.id));
    // Last year's round is as it was.
    let before = office
        .store
        .answer(office.round.id, "physical.wayfinding-signs")
        .unwrap()
        .unwrap();
    assert_eq!(before.content.owner, "สมชาย");
    assert_eq!(before.carried_from_round, None);
}

#[test]
fn statuses_and_notes_are_each_optional_and_old_evidence_is_named_for_a_new_photo() {
    let (mut office, _) = last_year();
    let carried = office
        .store
        .create_round_from(
            new_round(RoundKind::Application, 2570),
            &CarryOver {
                from_round: office.round.id,
                statuses: false,
                notes: false,
                evidence_before: Some("2100-01-01".into()),
            },
            "สมหญิง",
            TODAY,
        )
        .unwrap();
    assert_eq!((carried.answers, carried.links), (0, 1), "links only");
    assert_eq!(
        carried.stale_evidence,
        ["physical.wayfinding-signs"],
        "evidence added before the day chosen"
    );
    assert!(office.store.answers(carried.round.id).unwrap().is_empty());
    let checklist = office.store.checklist(carried.round.id).unwrap();
    let marked: Vec<&str> = checklist
        .item_evidence
        .iter()
        .filter(|e| e.needs_new_photo)
        .map(|e| e.item_id.as_str())
        .collect();
    assert_eq!(
        marked,
        ["physical.wayfinding-signs"],
        "the checklist keeps the mark"
    );

    let notes_only = office
        .store
        .create_round_from(
            new_round(RoundKind::Application, 2571),
            &CarryOver {
                from_round: office.round.id,
                statuses: false,
                notes: true,
                evidence_before: Some("2000-01-01".into()),
            },
            "สมหญิง",
            TODAY,
        )
        .unwrap();
    assert!(
        notes_only.stale_evidence.is_empty(),
        "nothing is older than 2000"
    );
    let sign = office
        .store
        .answer(notes_only.round.id, "physical.wayfinding-signs")
        .unwrap()
        .unwrap();
    assert_eq!(sign.content.status, AnswerStatus::NotStarted);
    assert_eq!(sign.content.note, "physical.wayfinding-signs: ครบตามเกณฑ์");

    let refused = office.store.create_round_from(
        new_round(RoundKind::Application, 2572),
        &CarryOver {
            evidence_before: Some("31/01/2570".into()),
            ..carry(office.round.id)
        },
        "สมหญิง",
        TODAY,
    );
    assert!(refused.is_err(), "a day that is not YYYY-MM-DD");
    assert!(
        !office
            .store
            .list_rounds()
            .unwrap()
            .iter()
            .any(|r| r.fiscal_year_be == 2572),
        "a refused carry-over leaves no round behind"
    );
}

#[test]
fn a_maintenance_round_starts_from_the_certified_application_round_by_default() {
    let (mut office, _) = last_year();
    assert_eq!(
        office
            .store
            .default_carry_source(RoundKind::Maintenance6Month)
            .unwrap(),
        None,
        "not approved yet"
    );
    office.store.submit_round(office.round.id, "สมหญิง").unwrap();
    office
        .store
        .approve_round(
            office.round.id,
            ApprovalInput {
                name: "นายอำเภอ".into(),
                position: "นายอำเภอหนองจิก".into(),
            },
            "head",
        )
        .unwrap();
    assert_eq!(
        office
            .store
            .default_carry_source(RoundKind::Maintenance6Month)
            .unwrap(),
        Some(office.round.id)
    );
    assert_eq!(
        office
            .store
            .default_carry_source(RoundKind::Application)
            .unwrap(),
        None
    );

    let dir = office.data.path();
    let output = gecc(
        dir,
        &[
            "rounds",
            "new",
            "--kind",
            "maintenance-6-month",
            "--fiscal-year",
            "2570",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.contains(&format!("จากรอบ {}", office.round.id)),
        "{text}"
    );
    assert!(text.contains("หลักฐาน 1 รายการ"), "{text}");
    let fresh = gecc(
        dir,
        &[
            "--json",
            "rounds",
            "new",
            "--kind",
            "maintenance-12-month",
            "--fiscal-year",
            "2570",
            "--fresh",
        ],
    );
    assert!(fresh.status.success(), "{}", stderr(&fresh));
    assert!(!stdout(&fresh).contains("from_round"), "{}", stdout(&fresh));
}

#[test]
fn only_this_offices_own_rounds_can_be_carried_from() {
    let (mut office, _) = last_year();
    let (sender, _) = last_year();
    let (_folder, files) = {
        let mut sender = sender;
        sender.export(&gecc_core::bundle::ExportOptions::default())
    };
    office.import(
        &files,
        &gecc_core::bundle::ImportOptions {
            accept_new_key: true,
            ..Default::default()
        },
    );
    let received = office
        .store
        .list_rounds()
        .unwrap()
        .into_iter()
        .find(|r| r.id != office.round.id)
        .expect("the received round");
    let refused = office.store.create_round_from(
        new_round(RoundKind::Application, 2570),
        &carry(received.id),
        "x",
        TODAY,
    );
    assert!(refused.is_err());
}
