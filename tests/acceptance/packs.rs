//! The criteria pack format: the shipped pack and a structurally different fixture both
//! follow the published JSON Schema; imports are validated and never half-done.

use gecc_core::pack::{builtin_packs, parse_pack, Completeness};
use gecc_core::ErrorCode;

use crate::support::*;

fn schema_validator() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_slice(
        &std::fs::read(repo_root().join("assets/criteria/pack.schema.json")).unwrap(),
    )
    .unwrap();
    jsonschema::draft202012::new(&schema).expect("the pack schema is itself valid")
}

fn assert_follows_schema(bytes: &[u8], name: &str) {
    let value: serde_json::Value = serde_json::from_slice(bytes).unwrap();
    let errors: Vec<String> = schema_validator()
        .iter_errors(&value)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(
        errors.is_empty(),
        "{name} must follow pack.schema.json: {errors:#?}"
    );
}

#[test]
fn every_shipped_pack_follows_the_schema() {
    for pack in builtin_packs() {
        assert_follows_schema(pack.bytes, pack.file_name);
    }
}

#[test]
fn the_synthetic_fixture_pack_follows_the_schema() {
    assert_follows_schema(
        &std::fs::read(synthetic_pack_path()).unwrap(),
        "synthetic-2564.json",
    );
}

#[test]
fn the_schema_rejects_what_the_program_rejects() {
    let bad = serde_json::json!({"format": "gecc-criteria-pack", "format_version": 1, "pack_id": "Bad Id"});
    assert!(
        !schema_validator().is_valid(&bad),
        "the schema refuses a pack with a bad id and missing parts"
    );
}

#[test]
fn the_2568_packs_declare_themselves_incomplete_with_25_unlisted_advanced_items_worth_62_points() {
    for builtin in builtin_packs() {
        assert_2568_pack_is_honest(&parse_pack(builtin.bytes).unwrap().pack);
    }
}

fn assert_2568_pack_is_honest(pack: &gecc_core::pack::CriteriaPack) {
    assert_eq!(pack.source.completeness, Completeness::Incomplete);
    let quality = pack.parts.iter().find(|p| p.id == "quality").unwrap();
    assert_eq!(quality.undisclosed_items(), 25);
    assert_eq!(quality.undisclosed_points(), 62.0);
    assert!(
        quality
            .sections
            .iter()
            .flat_map(|s| &s.items)
            .all(|i| i.level == Some(gecc_core::pack::ItemLevel::Basic)),
        "no advanced item is invented: every listed quality item is basic"
    );
    let physical = pack.parts.iter().find(|p| p.id == "physical").unwrap();
    assert!(physical.rule.gate, "the physical checklist is a gate");
    assert_eq!(physical.items().count(), 14);
}

#[test]
fn importing_a_pack_installs_it_once_and_lists_its_parts() {
    let data = DataDir::new();
    let mut store = data.open();
    let summary = store
        .import_pack_file(&synthetic_pack_path())
        .expect("the fixture pack imports");
    assert_eq!(summary.pack_id, "synthetic-2564");
    assert!(!summary.builtin);
    let counts: Vec<(String, u32)> = summary
        .parts
        .iter()
        .map(|p| (p.part_id.clone(), p.listed_items))
        .collect();
    assert_eq!(
        counts,
        [
            ("p1-physical".into(), 14),
            ("p2-quality".into(), 50),
            ("p3-outcome".into(), 3),
            ("p4-readiness".into(), 3)
        ]
    );
    store
        .import_pack_file(&synthetic_pack_path())
        .expect("importing the same file again is harmless");
    assert_eq!(
        store.list_packs().unwrap().len(),
        BUILTIN_PACKS + 1,
        "the same pack is stored once"
    );
}

#[test]
fn a_different_pack_under_an_installed_id_and_version_is_refused() {
    let data = DataDir::new();
    let mut store = data.open();
    store.import_pack_file(&synthetic_pack_path()).unwrap();
    let mut changed: serde_json::Value =
        serde_json::from_slice(&std::fs::read(synthetic_pack_path()).unwrap()).unwrap();
    changed["title"]["th"] = "แก้ไขโดยไม่เพิ่มเลขรุ่น".into();
    let path = data.path().join("changed.json");
    std::fs::write(&path, serde_json::to_vec(&changed).unwrap()).unwrap();
    let error = store
        .import_pack_file(&path)
        .expect_err("same id and version, other bytes");
    assert_eq!(error.code(), ErrorCode::PackConflict);
    assert_eq!(
        store.list_packs().unwrap().len(),
        BUILTIN_PACKS + 1,
        "nothing was installed"
    );
}

/// Writes `text` as a pack file and returns the import error code and message.
fn import_error(text: &str) -> (ErrorCode, String) {
    let data = DataDir::new();
    let mut store = data.open();
    let path = data.path().join("pack.json");
    std::fs::write(&path, text).unwrap();
    let error = store
        .import_pack_file(&path)
        .expect_err("the bad pack is refused");
    assert_eq!(
        store.list_packs().unwrap().len(),
        BUILTIN_PACKS,
        "a refused pack installs nothing"
    );
    (error.code(), error.message().en)
}

fn synthetic_with(change: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut pack: serde_json::Value =
        serde_json::from_slice(&std::fs::read(synthetic_pack_path()).unwrap()).unwrap();
    change(&mut pack);
    serde_json::to_string(&pack).unwrap()
}

#[test]
fn invalid_pack_files_are_refused_with_a_reason() {
    let cases: Vec<(&str, String, &str)> = vec![
        ("not JSON", "{ this is not json".into(), "not valid JSON"),
        (
            "a word file",
            "PK\u{3}\u{4}word/document.xml".into(),
            "not valid JSON",
        ),
        (
            "another format",
            r#"{"format":"something-else"}"#.into(),
            "\"format\" must be",
        ),
        (
            "repeated item id",
            synthetic_with(|p| {
                p["parts"][0]["sections"][0]["items"][1]["id"] = "syn.phys-01".into()
            }),
            "repeated",
        ),
        (
            "unsafe item id",
            synthetic_with(|p| p["parts"][0]["sections"][0]["items"][0]["id"] = "../../etc".into()),
            "not a valid id",
        ),
        (
            "levels out of order",
            synthetic_with(|p| p["levels"][0]["min_points"] = 99.into()),
            "lowest first",
        ),
        (
            "negative points",
            synthetic_with(|p| p["parts"][1]["rule"]["points_per_item"] = (-1).into()),
            "zero or more",
        ),
        (
            "a gate item with points",
            synthetic_with(|p| {
                p["parts"][0]["sections"][0]["items"][0]["answer"] =
                    serde_json::json!({"kind":"text"})
            }),
            "gate part must be yes/no",
        ),
        (
            "unknown field",
            synthetic_with(|p| p["parts"][0]["script"] = "alert(1)".into()),
            "unknown field",
        ),
        (
            "year not B.E.",
            synthetic_with(|p| p["year_be"] = 2021.into()),
            "Buddhist-era",
        ),
        (
            "sub-score above item",
            synthetic_with(|p| {
                p["parts"][2]["sections"][0]["items"][0]["answer"]["sub_scores"][0]["max_points"] =
                    50.into()
            }),
            "above the item's points",
        ),
    ];
    for (case, text, expected) in cases {
        let (code, message) = import_error(&text);
        assert_eq!(
            code,
            ErrorCode::PackInvalid,
            "{case}: refused as an invalid pack"
        );
        assert!(
            message.contains(expected),
            "{case}: the message names the problem ({expected}): {message}"
        );
    }
}

#[test]
fn a_pack_of_a_newer_format_asks_for_a_newer_program() {
    let (code, message) = import_error(&synthetic_with(|p| p["format_version"] = 9.into()));
    assert_eq!(code, ErrorCode::PackFormatTooNew);
    assert!(message.contains("Update GECC Desk"), "{message}");
}

#[test]
fn an_oversized_pack_file_is_refused_before_parsing() {
    let huge = format!("{{\"padding\": \"{}\"}}", "ก".repeat(3 * 1024 * 1024));
    let (code, message) = import_error(&huge);
    assert_eq!(code, ErrorCode::PackInvalid);
    assert!(message.contains("at most"), "{message}");
}

#[test]
fn a_missing_pack_file_is_reported_as_a_file_problem() {
    let data = DataDir::new();
    let mut store = data.open();
    let error = store
        .import_pack_file(&data.path().join("ไม่มีไฟล์นี้.json"))
        .err()
        .unwrap();
    assert_eq!(error.code(), ErrorCode::Io);
    assert!(
        error.message().th.contains("ไม่มีไฟล์นี้.json"),
        "the Thai file name is shown: {}",
        error.message().th
    );
}
