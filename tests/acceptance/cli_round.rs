//! A whole round from the terminal alone: opened, every item answered (`gecc answer`),
//! evidenced (`gecc attach`), exported, verified and printed, then taken in by a province
//! PC and printed there, with no window anywhere. This is what a province script or a
//! test of the whole product can do without the app.

use std::path::Path;

use crate::support::*;

/// Runs `gecc` and returns its standard output; fails the test with its errors otherwise.
fn run(data: &Path, args: &[&str]) -> String {
    let output = gecc(data, args);
    assert!(
        output.status.success(),
        "gecc {args:?} failed: {}",
        stderr(&output)
    );
    stdout(&output)
}

/// The arguments that answer `item` (from the checklist's JSON) in full as met.
fn full_answer(item: &serde_json::Value) -> Vec<String> {
    let id = item["id"].as_str().unwrap();
    let mut args: Vec<String> = vec!["answer".into(), "1".into(), id.into()];
    args.extend(["--status".into(), "met".into()]);
    for sub_score in item["answer"]["sub_scores"]
        .as_array()
        .into_iter()
        .flatten()
    {
        args.push("--sub-score".into());
        args.push(format!("{}=๑", sub_score["id"].as_str().unwrap()));
    }
    match item["answer"]["kind"].as_str().unwrap() {
        "number" => args.extend(["--value".into(), "91.5".into()]),
        "text" => args.extend(["--value".into(), "ตามแบบฟอร์ม".into()]),
        _ => {}
    }
    for figure in item["figures"].as_array().into_iter().flatten() {
        let figure_id = figure["id"].as_str().unwrap();
        match figure["kind"].as_str().unwrap() {
            "number" => args.extend(["--figure".into(), format!("{figure_id}=12")]),
            "text" => args.extend(["--figure".into(), format!("{figure_id}=งานธุรการ")]),
            _ => {
                for level in figure["levels"].as_array().unwrap() {
                    let level = level["id"].as_str().unwrap();
                    args.extend(["--figure".into(), format!("{figure_id}.{level}=40")]);
                }
            }
        }
    }
    args
}

#[test]
fn a_round_is_filled_evidenced_exported_and_printed_from_the_cli_alone() {
    let office = DataDir::new();
    let data = office.path();
    let work = tempfile::tempdir().unwrap();
    let photo = work.path().join("ภาพป้ายหน้าศูนย์.jpg");
    std::fs::write(&photo, include_bytes!("../fixtures/evidence/grey-8x8.jpg")).unwrap();
    let photo = photo.to_str().unwrap();

    run(data, &["rounds", "new", "--fiscal-year", "2569"]);
    let checklist: serde_json::Value =
        serde_json::from_str(&run(data, &["checklist", "1"])).unwrap();
    let items: Vec<&serde_json::Value> = checklist["pack"]["parts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|part| {
            part["round_kinds"]
                .as_array()
                .unwrap()
                .iter()
                .any(|kind| kind == "application")
        })
        .flat_map(|part| part["sections"].as_array().unwrap())
        .flat_map(|section| section["items"].as_array().unwrap())
        .collect();
    assert!(items.len() > 20, "the 2568 pack's application items");

    // A note and a due date first; the status set afterwards keeps them.
    let first = items[0]["id"].as_str().unwrap();
    let note = "ติดป้ายใหม่แล้ว รอถ่ายภาพ";
    run(
        data,
        &[
            "answer",
            "1",
            first,
            "--status",
            "in-progress",
            "--note",
            note,
            "--owner",
            "นางสาวมะลิ ใจดี",
            "--due",
            "๓๐/๐๙/๒๕๖๙",
        ],
    );
    for item in &items {
        let args = full_answer(item);
        run(data, &args.iter().map(String::as_str).collect::<Vec<_>>());
        let id = item["id"].as_str().unwrap();
        run(data, &["attach", "1", id, photo, "--kind", "photo"]);
    }

    let checklist: serde_json::Value =
        serde_json::from_str(&run(data, &["checklist", "1"])).unwrap();
    let answers = checklist["answers"].as_array().unwrap();
    assert_eq!(answers.len(), items.len(), "every item answered");
    assert!(answers.iter().all(|a| a["status"] == "met"), "{answers:?}");
    let kept = answers.iter().find(|a| a["item_id"] == first).unwrap();
    assert_eq!(
        kept["note"], note,
        "a later change keeps what was typed before"
    );
    assert_eq!(
        kept["due_date"], "2026-09-30",
        "B.E. day/month/year, stored as ISO"
    );
    let tallied = answers
        .iter()
        .find(|a| a["item_id"] == "outcome.citizen-satisfaction")
        .unwrap();
    assert_eq!(tallied["figures"]["responses"]["very-high"], 40);
    assert_eq!(
        checklist["evidence"].as_array().unwrap().len(),
        1,
        "one photo, stored once"
    );
    assert_eq!(checklist["links"].as_array().unwrap().len(), items.len());

    let outbox = work.path().join("ส่งจังหวัด");
    std::fs::create_dir(&outbox).unwrap();
    let outbox = outbox.to_str().unwrap();
    run(data, &["export", "1", "-o", outbox]);
    run(data, &["verify", outbox]);

    for form in ["report", "signoff", "evidence", "form1", "form2"] {
        let pdf = work.path().join(format!("{form}.pdf"));
        run(
            data,
            &["report", "1", "--form", form, "-o", pdf.to_str().unwrap()],
        );
        let bytes = std::fs::read(&pdf).unwrap();
        // What it says is the forms tests' (they read PDFs with Linux tools; this one
        // runs under Wine too).
        assert!(bytes.starts_with(b"%PDF"), "{form} is a PDF");
    }

    // The province takes the bundle in and prints its form 2 for the year.
    let province = DataDir::new();
    run(province.path(), &["import", outbox, "--accept-new-key"]);
    let form2 = work.path().join("province-form2.pdf");
    run(
        province.path(),
        &[
            "report",
            "--form",
            "form2",
            "--fiscal-year",
            "2569",
            "-o",
            form2.to_str().unwrap(),
        ],
    );
    assert!(std::fs::read(&form2).unwrap().starts_with(b"%PDF"));
}
