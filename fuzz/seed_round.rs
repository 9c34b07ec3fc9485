//! Does for the real seed bundles what the `gecc` CLI cannot: it has no command to answer
//! an item or attach a file, and its `export` now adds the printed report (a 150 kB PDF)
//! to every bag, too large for seeds. Through the same core calls the app makes, it
//! fills in the office's profile, some answers and the files in fuzz/seed-evidence, and
//! exports with `export_round` (the CLI's export) without the PDF. fuzz/make_seeds.py
//! compiles it against the CLI's build of gecc-core (target/debug) and runs it between
//! `gecc rounds new` and `gecc verify`. Not part of any crate.
//!
//! Usage: seed_round DATA_DIR ROUND_ID prepare EVIDENCE_FILE...
//!        seed_round DATA_DIR ROUND_ID export FOLDER [--summary-only]

use std::collections::BTreeMap;
use std::path::PathBuf;

use gecc_core::bundle::{export_round, ExportOptions};
use gecc_core::data_dir::database_path;
use gecc_core::evidence::{ingest_file, CopyControl};
use gecc_core::model::{AnswerInput, AnswerStatus, OfficeKind, OfficeProfile};
use gecc_core::Store;

fn main() {
    let mut args = std::env::args().skip(1);
    let data: PathBuf = args.next().expect("the data folder").into();
    let round: i64 = args
        .next()
        .and_then(|r| r.parse().ok())
        .expect("the round's number");
    let action = args.next().expect("prepare or export");
    let rest: Vec<String> = args.collect();
    let mut store = Store::open(database_path(&data)).expect("open the store");
    match action.as_str() {
        "prepare" => prepare(&mut store, round, &rest),
        "export" => {
            let options = ExportOptions {
                summary_only: rest.iter().any(|a| a == "--summary-only"),
                ..ExportOptions::default()
            };
            let result = export_round(
                &mut store,
                round,
                &options,
                Vec::new(),
                rest[0].as_ref(),
                &mut |_| CopyControl::Continue,
            )
            .expect("export the round");
            assert!(result.verified, "the export did not verify");
        }
        other => panic!("unknown action {other:?}"),
    }
}

fn prepare(store: &mut Store, round: i64, files: &[String]) {
    store
        .save_local_office(OfficeProfile {
            name: "สำนักทะเบียนอำเภอเมืองปัตตานี".into(),
            kind: OfficeKind::DistrictRegistration,
            province: "ปัตตานี".into(),
            district: "เมืองปัตตานี".into(),
            officer_name: "นางสาวสมหญิง ใจดี".into(),
            officer_position: "เจ้าพนักงานปกครอง".into(),
            officer_phone: "073-000-000".into(),
            officer_email: "somying@example.invalid".into(),
            gecc_username: "gecc.pattani".into(),
        })
        .expect("save the office profile");
    let answer = |status, note: &str| AnswerInput {
        status,
        note: note.into(),
        owner: "สมชาย".into(),
        due_date: Some("2026-01-15".into()),
        ..AnswerInput::default()
    };
    store
        .save_answer(
            round,
            "physical.service-hours",
            answer(AnswerStatus::Met, "ป้ายเวลาเปิด-ปิดติดแล้ว"),
            "clerk",
        )
        .expect("save an answer");
    store
        .save_answer(
            round,
            "physical.public-transport",
            answer(AnswerStatus::NotMet, "ยังไม่มีป้ายรถประจำทาง"),
            "clerk",
        )
        .expect("save an answer");
    let mut sub_scores = BTreeMap::new();
    sub_scores.insert("collection-method".to_string(), 1.0);
    sub_scores.insert("sample-coverage".to_string(), 2.5);
    store
        .save_answer(
            round,
            "outcome.citizen-satisfaction",
            AnswerInput {
                sub_scores,
                ..answer(AnswerStatus::InProgress, "รอผลสำรวจรอบสอง")
            },
            "clerk",
        )
        .expect("save a points answer");
    for file in files {
        let ingested = ingest_file(&store.evidence_dir(), file.as_ref(), &mut |_, _| {
            CopyControl::Continue
        })
        .expect("ingest a seed evidence file");
        store
            .attach_ingested(round, "physical.service-hours", &ingested, "clerk")
            .expect("attach a seed evidence file");
    }
}
