//! The `gecc` command on a real database file, as a province script would run it.

use std::fs;
use std::path::Path;

use gecc_core::data_dir::{database_path, PORTABLE_DATA_FOLDER, PORTABLE_MARKER};
use gecc_core::model::{AnswerInput, AnswerStatus};

use crate::support::*;

#[test]
fn gecc_packs_lists_item_counts_per_part() {
    let data = DataDir::new();
    let output = gecc(data.path(), &["packs"]);
    assert!(
        output.status.success(),
        "gecc packs succeeds: {}",
        stderr(&output)
    );
    let text = stdout(&output);
    assert!(
        text.contains("gecc-2568 v1") && text.contains("gecc-2568 v2"),
        "both versions are listed: {text}"
    );
    assert!(
        text.contains("INCOMPLETE"),
        "the incomplete pack says so: {text}"
    );
    assert!(
        text.lines()
            .any(|l| l.contains("physical") && l.contains("14 items")),
        "{text}"
    );
    assert!(
        text.lines().any(|l| l.contains("quality")
            && l.contains("8 items")
            && l.contains("25 not yet listed")),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|l| l.contains("outcome") && l.contains("3 items") && l.contains("30 points")),
        "{text}"
    );
}

#[test]
fn gecc_packs_import_installs_a_pack_and_json_output_is_parseable() {
    let data = DataDir::new();
    let pack = synthetic_pack_path();
    let output = gecc(data.path(), &["packs", "import", pack.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let listed = gecc(data.path(), &["--json", "packs"]);
    let packs: serde_json::Value =
        serde_json::from_slice(&listed.stdout).expect("--json prints JSON");
    let ids: Vec<&str> = packs
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["pack_id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["gecc-2568", "gecc-2568", "gecc-2568", "synthetic-2564"],
        "newest year first"
    );
}

#[test]
fn gecc_rounds_and_score_read_what_the_app_saved() {
    let data = DataDir::new();
    let round_id = {
        let mut store = data.open();
        let round = application_round(&mut store);
        let met = AnswerInput {
            status: AnswerStatus::Met,
            ..AnswerInput::default()
        };
        store
            .save_answer(round.id, "quality.needs-survey", met.clone(), "clerk")
            .unwrap();
        store
            .save_answer(round.id, "quality.follow-up-plan", met, "clerk")
            .unwrap();
        round.id
    };
    let rounds = stdout(&gecc(data.path(), &["rounds"]));
    assert!(
        rounds.lines().any(|l| l.starts_with(&round_id.to_string())
            && l.contains("2569")
            && l.contains("application")),
        "{rounds}"
    );

    let output = gecc(data.path(), &["score", &round_id.to_string()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("2 of 100 points earned"), "{text}");
    assert!(
        text.contains("62 cannot be assessed yet (26 items not listed"),
        "{text}"
    );
    assert!(text.contains("Gate: open"), "{text}");

    let json = gecc(data.path(), &["--json", "score", &round_id.to_string()]);
    let score: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(score["points"]["earned"], 2.0);
    assert_eq!(score["points"]["undisclosed"], 62.0);
}

#[test]
fn gecc_answers_lists_each_saved_answer_with_its_thai_note() {
    let data = DataDir::new();
    let round_id = {
        let mut store = data.open();
        let round = application_round(&mut store);
        let input = AnswerInput {
            status: AnswerStatus::InProgress,
            note: "รอภาพถ่ายป้าย\nบรรทัดที่สอง".into(),
            owner: "สมศรี".into(),
            due_date: Some("2026-01-31".into()),
            ..AnswerInput::default()
        };
        store
            .save_answer(round.id, "physical.wayfinding-signs", input, "clerk")
            .unwrap();
        round.id
    };
    let text = stdout(&gecc(data.path(), &["answers", &round_id.to_string()]));
    let line = text
        .lines()
        .find(|l| l.starts_with("physical.wayfinding-signs"))
        .expect("the answer is listed");
    assert!(
        line.contains("in_progress") && line.contains("2026-01-31") && line.contains("สมศรี"),
        "{line}"
    );
    assert!(
        line.contains("รอภาพถ่ายป้าย / บรรทัดที่สอง"),
        "a note's lines stay on one row: {line}"
    );

    let json = gecc(data.path(), &["--json", "answers", &round_id.to_string()]);
    let answers: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(
        answers[0]["note"], "รอภาพถ่ายป้าย\nบรรทัดที่สอง",
        "JSON keeps the note exactly"
    );
}

#[test]
fn gecc_fails_with_a_thai_and_english_message_and_a_non_zero_status() {
    let data = DataDir::new();
    let output = gecc(data.path(), &["score", "99"]);
    assert!(!output.status.success(), "an unknown round is an error");
    let message = stderr(&output);
    assert!(
        message.contains("ไม่พบรอบการประเมิน") && message.contains("no assessment round 99"),
        "{message}"
    );
}

#[test]
fn gecc_refuses_a_newer_database_without_touching_it() {
    let data = DataDir::new();
    drop(data.open());
    rusqlite::Connection::open(data.database())
        .unwrap()
        .pragma_update(None, "user_version", 999)
        .unwrap();
    let before = sha256_of_file(&data.database());
    let output = gecc(data.path(), &["rounds"]);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("newer GECC Desk"),
        "{}",
        stderr(&output)
    );
    assert_eq!(sha256_of_file(&data.database()), before);
}

#[test]
fn gecc_data_dir_variable_chooses_the_data_folder() {
    let data = DataDir::new();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_gecc"))
        .arg("rounds")
        .env("GECC_DATA_DIR", data.path())
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        data.database().exists(),
        "GECC_DATA_DIR put the database in the chosen folder"
    );
}

/// Runs a copy of `gecc` placed in `program_folder`, with only `XDG_DATA_HOME` (the
/// per-user data folder on Linux) pointing at `profile`.
fn gecc_copied_to(program_folder: &Path, profile: &Path, args: &[&str]) -> std::process::Output {
    let copy = program_folder.join(format!("gecc{}", std::env::consts::EXE_SUFFIX));
    fs::copy(env!("CARGO_BIN_EXE_gecc"), &copy).expect("copy gecc beside the marker");
    crate::support::run(
        std::process::Command::new(&copy)
            .args(args)
            .env_remove("GECC_DATA_DIR")
            .env("XDG_DATA_HOME", profile),
    )
    .expect("run the copied gecc")
}

// Linux only: elsewhere the per-user folder is asked of the OS, not read from a variable
// a test can point at a temporary folder.
#[cfg(target_os = "linux")]
#[test]
fn gecc_keeps_its_data_in_the_user_profile_not_beside_the_program() {
    let computer = tempfile::tempdir().unwrap();
    let program = computer.path().join("program");
    let profile = computer.path().join("profile");
    fs::create_dir_all(&program).unwrap();
    let output = gecc_copied_to(&program, &profile, &["rounds"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        database_path(&profile.join(gecc_core::data_dir::APP_IDENTIFIER)).exists(),
        "the database is in the user's application data folder"
    );
    assert!(
        !program.join(PORTABLE_DATA_FOLDER).exists(),
        "nothing is written beside an installed program"
    );
}

#[test]
fn gecc_beside_a_portable_marker_keeps_its_data_beside_itself() {
    let computer = tempfile::tempdir().unwrap();
    let stick = computer.path().join("USB stick");
    let profile = computer.path().join("profile");
    fs::create_dir_all(&stick).unwrap();
    fs::write(stick.join(PORTABLE_MARKER), "portable").unwrap();
    let output = gecc_copied_to(&stick, &profile, &["rounds"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        database_path(&stick.join(PORTABLE_DATA_FOLDER)).exists(),
        "a portable copy's database travels with it on the stick"
    );
    assert!(
        !profile.exists(),
        "a portable copy leaves nothing in the PC's user profile"
    );
}

#[test]
fn gecc_rounds_new_opens_a_round_and_checklist_prints_it_whole() {
    let data = DataDir::new();
    let output = gecc(
        data.path(),
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
    assert!(
        stdout(&output).contains("maintenance-6-month"),
        "{}",
        stdout(&output)
    );
    let json = gecc(data.path(), &["checklist", "1"]);
    let checklist: serde_json::Value =
        serde_json::from_slice(&json.stdout).expect("the checklist is JSON");
    assert_eq!(checklist["round"]["fiscal_year_be"], 2570);
    assert_eq!(checklist["pack"]["pack_id"], "gecc-2568");
    assert_eq!(checklist["deadlines"][0]["due_date"], "2027-03-31");

    let refused = gecc(data.path(), &["rounds", "new", "--kind", "weekly"]);
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("not a kind of round"),
        "{}",
        stderr(&refused)
    );
}

#[test]
fn gecc_ends_quietly_when_its_reader_stops_early() {
    use std::io::Read;
    let data = DataDir::new();
    gecc(data.path(), &["rounds", "new"]);
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_gecc"))
        .args([
            "--data-dir",
            data.path().to_str().unwrap(),
            "checklist",
            "1",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The pipe is closed here, like `gecc checklist 1 | head -c 16`.
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "a closed pipe is not an error");
    assert!(!stderr(&output).contains("panicked"), "{}", stderr(&output));
}
