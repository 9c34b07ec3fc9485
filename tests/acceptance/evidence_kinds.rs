//! `gecc attach` files evidence by what its name says (a PDF named "รายงาน…" is a
//! report), as the app does, and says which files might be a kind the item still needs.

use crate::support::*;

fn attach_json(data: &std::path::Path, item: &str, file: &std::path::Path) -> serde_json::Value {
    let output = gecc(
        data,
        &["attach", "1", item, file.to_str().unwrap(), "--json"],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    serde_json::from_str(&stdout(&output)).expect("attach --json prints JSON")
}

#[test]
fn gecc_attach_files_a_pdf_by_its_thai_name_and_names_the_kinds_a_scan_might_be() {
    let data = tempfile::tempdir().unwrap();
    let sources = tempfile::tempdir().unwrap();
    let data = data.path().join("data");
    let output = gecc(&data, &["rounds", "new", "--fiscal-year", "2570"]);
    assert!(output.status.success(), "{}", stderr(&output));
    // quality.needs-survey asks for "survey & report".
    let item = "quality.needs-survey";
    let report = sources.path().join("รายงานผลสำรวจความต้องการ 2569.pdf");
    std::fs::write(&report, b"%PDF-1.7 report").unwrap();
    let attached = attach_json(&data, item, &report);
    assert_eq!(
        attached["attached"][0]["evidence_type"], "report",
        "{attached}"
    );
    assert_eq!(
        attached["questions"],
        serde_json::json!([]),
        "a report is what the rule needs: nothing to ask"
    );

    let scan = sources.path().join("scan0001.pdf");
    std::fs::write(&scan, b"%PDF-1.7 scan").unwrap();
    let attached = attach_json(&data, item, &scan);
    assert_eq!(attached["attached"][0]["evidence_type"], "document");
    assert_eq!(attached["questions"][0]["name"], "scan0001.pdf");
    assert_eq!(
        attached["questions"][0]["choices"],
        serde_json::json!(["survey", "document"]),
        "the survey is still missing and a PDF might be one"
    );
    let output = gecc(&data, &["attach", "1", item, scan.to_str().unwrap()]);
    assert!(stdout(&output).contains("--kind"), "{}", stdout(&output));
}

#[test]
fn gecc_attach_with_a_kind_files_every_file_as_it_and_asks_nothing() {
    let data = tempfile::tempdir().unwrap();
    let sources = tempfile::tempdir().unwrap();
    let data = data.path().join("data");
    let output = gecc(&data, &["rounds", "new", "--fiscal-year", "2570"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let scans: Vec<String> = ["scan0001.pdf", "scan0002.pdf"]
        .iter()
        .map(|name| {
            let path = sources.path().join(name);
            std::fs::write(&path, format!("%PDF-1.7 {name}")).unwrap();
            path.to_string_lossy().into_owned()
        })
        .collect();
    let mut args = vec!["attach", "1", "quality.needs-survey"];
    args.extend(scans.iter().map(String::as_str));
    args.extend(["--kind", "survey", "--json"]);
    let output = gecc(&data, &args);
    assert!(output.status.success(), "{}", stderr(&output));
    let attached: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let kinds: Vec<&serde_json::Value> = attached["attached"]
        .as_array()
        .unwrap()
        .iter()
        .map(|link| &link["evidence_type"])
        .collect();
    assert_eq!(kinds, ["survey", "survey"], "{attached}");
    assert_eq!(
        attached["questions"],
        serde_json::json!([]),
        "the kind was said"
    );

    let refused = gecc(
        &data,
        &[
            "attach",
            "1",
            "quality.needs-survey",
            &scans[0],
            "--kind",
            "no-such-kind",
        ],
    );
    assert!(
        !refused.status.success(),
        "a kind the item does not know is refused"
    );
}
