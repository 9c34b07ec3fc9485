//! The province package: the province fills in the criteria once and sends one signed
//! file; an office sees who signed it and what changes, asks about a key it does not
//! know, refuses anything changed after signing, and takes it in (its draft rounds move to
//! the edition with their answers; its own edition and dates are never replaced).

use std::path::PathBuf;

use gecc_core::model::{AnswerStatus, DeadlineInput, RoundKind};
use gecc_core::pack::{builtin_packs, AnswerKind, Confidence, Item, ItemLevel};
use gecc_core::package::{DatesChoice, PackageRequest};
use gecc_core::store::{PackageKeyTrust, ReportDate};
use gecc_core::{ErrorCode, Localized};

use crate::bundle_support::{entry_mut, read_zip, write_zip, Office};
use crate::support::*;

/// The province's 2568 edition: version 3 of the built-in pack with three advanced items.
fn province_edition(province: &mut Office) -> u32 {
    let next = province.store.next_pack_version("gecc-2568").unwrap();
    let mut draft = province.store.pack("gecc-2568", next - 1).unwrap();
    draft.pack_version = next;
    let quality = draft.parts.iter_mut().find(|p| p.id == "quality").unwrap();
    for number in 5..8 {
        quality.sections[0].items.push(Item {
            id: format!("quality.2-{number}"),
            code: format!("2.{number}"),
            level: Some(ItemLevel::Advanced),
            points: Some(2.0),
            title: Localized::new(
                format!("ข้อขั้นสูง 2.{number}"),
                format!("Advanced item 2.{number}"),
            ),
            guidance: None,
            typical_evidence: None,
            answer: AnswerKind::Check,
            confidence: Confidence::Official,
            evidence_rule: None,
            figures: vec![],
        });
    }
    quality.undisclosed[0].expected_items -= 3;
    quality.undisclosed[0].points -= 6.0;
    province.store.save_pack_draft(&draft).unwrap();
    draft.pack_version
}

/// A province PC with its edition and its own report dates, and the package it wrote.
fn province_package() -> (Office, tempfile::TempDir, PathBuf, u32) {
    let mut province = Office::new("ที่ทำการปกครองจังหวัดปัตตานี", "เมืองปัตตานี");
    let version = province_edition(&mut province);
    province
        .store
        .set_report_dates(
            2569,
            RoundKind::Application,
            vec![
                ReportDate {
                    title: "รายงานจังหวัด ครั้งที่ ๑".into(),
                    date: "2026-01-25".into(),
                },
                ReportDate {
                    title: "รายงานจังหวัด ครั้งที่ ๒".into(),
                    date: "2026-02-27".into(),
                },
            ],
        )
        .unwrap();
    let folder = tempfile::tempdir().unwrap();
    let request = PackageRequest {
        pack_id: "gecc-2568".into(),
        pack_version: version,
        report_dates: vec![DatesChoice {
            fiscal_year_be: 2569,
            kind: RoundKind::Application,
        }],
    };
    let written = province
        .store
        .export_province_package(&request, folder.path())
        .unwrap();
    assert_eq!(
        written.file_name,
        format!("ชุดเกณฑ์จังหวัดปัตตานี-gecc-2568-v{version}.zip")
    );
    assert_eq!(
        written.fingerprint,
        province.store.signing_key_info().unwrap().fingerprint
    );
    let path = PathBuf::from(&written.path);
    (province, folder, path, version)
}

/// The pack version the office's round is on now.
fn pack_version_of(office: &Office) -> u32 {
    office.store.round(office.round.id).unwrap().pack_version
}

#[test]
fn a_district_pc_sees_who_signed_and_what_changes_then_takes_the_package_in() {
    let (province, _folder, path, version) = province_package();
    let mut district = Office::new("สำนักทะเบียนอำเภอหนองจิก", "หนองจิก");
    district.save("physical.wayfinding-signs", AnswerStatus::Met, "ป้ายครบ");
    // The office typed a date of its own for the report: it stays.
    district
        .store
        .save_deadline(
            district.round.id,
            DeadlineInput {
                id: None,
                title: "ส่งรายงานภายในอำเภอ".into(),
                due_date: "2026-01-20".into(),
                done: false,
            },
        )
        .unwrap();

    let preview = district.store.preview_province_package(&path).unwrap();
    assert_eq!(preview.province, "ปัตตานี");
    assert_eq!(
        preview.fingerprint,
        province.store.signing_key_info().unwrap().fingerprint
    );
    assert_eq!(preview.trust, PackageKeyTrust::New);
    assert_eq!(
        (preview.pack_version, preview.compared_version),
        (version, Some(version - 1))
    );
    let added: Vec<&str> = preview
        .items_added
        .iter()
        .map(|i| i.code.as_str())
        .collect();
    assert_eq!(added, ["2.5", "2.6", "2.7"]);
    let quality = preview
        .parts
        .iter()
        .find(|p| p.part_id == "quality")
        .unwrap();
    assert_eq!(
        (
            quality.items_after - quality.items_before,
            quality.points_after
        ),
        (3, quality.points_before),
        "points stay: undisclosed became listed"
    );
    assert_eq!(preview.rounds.len(), 1);
    assert!(preview.rounds[0].moves);
    assert_eq!(preview.report_dates[0].dates[0].date, "2026-01-25");

    let refused = district
        .store
        .import_province_package(&path, false, "สมหญิง")
        .unwrap_err();
    assert_eq!(
        refused.code(),
        ErrorCode::BundleRefused,
        "an unknown key is asked about"
    );
    assert!(
        refused.to_string().contains(&preview.fingerprint),
        "{refused}"
    );
    assert_eq!(pack_version_of(&district), version - 1, "nothing written");

    district
        .store
        .import_province_package(&path, true, "สมหญิง")
        .unwrap();
    let round = district.store.round(district.round.id).unwrap();
    assert_eq!(
        round.pack_version, version,
        "the draft round moved to the province's edition"
    );
    let checklist = district.store.checklist(round.id).unwrap();
    assert!(
        checklist
            .answers
            .iter()
            .any(|a| a.item_id == "physical.wayfinding-signs"
                && a.content.status == AnswerStatus::Met),
        "answers carried by item id"
    );
    assert!(checklist.pack.find_item("quality.2-6").is_some());
    let titles: Vec<(String, String)> = checklist
        .deadlines
        .iter()
        .map(|d| (d.due_date.clone(), d.title.clone()))
        .collect();
    assert!(
        titles.contains(&("2026-01-25".into(), "รายงานจังหวัด ครั้งที่ ๑".into())),
        "{titles:?}"
    );
    assert!(
        titles.contains(&("2026-01-20".into(), "ส่งรายงานภายในอำเภอ".into())),
        "the office's own date stays: {titles:?}"
    );
    assert!(
        !titles.iter().any(|(date, _)| date == "2026-01-31"),
        "the letter's example report date is replaced: {titles:?}"
    );
    assert_eq!(
        district
            .store
            .report_dates(2569, RoundKind::Application)
            .unwrap()
            .dates
            .len(),
        2
    );

    let again = district.store.preview_province_package(&path).unwrap();
    assert_eq!(again.trust, PackageKeyTrust::Known);
    assert!(again.already_taken);
    district
        .store
        .import_province_package(&path, false, "สมหญิง")
        .expect("a known key is not asked about again");
}

/// A change made to a package's ZIP entries.
type Edit = dyn Fn(&mut Vec<(String, Vec<u8>)>);

#[test]
fn a_package_changed_after_signing_or_holding_another_file_is_refused_with_nothing_written() {
    let (_province, folder, path, version) = province_package();
    let district = Office::new("สำนักทะเบียนอำเภอหนองจิก", "หนองจิก");
    let cases: Vec<(&str, Box<Edit>)> = vec![
        (
            "a point changed in the pack",
            Box::new(|entries| {
                let pack = entry_mut(entries, "data/criteria-pack.json");
                let text = String::from_utf8(pack.clone()).unwrap().replacen(
                    "\"points\": 2.0",
                    "\"points\": 6.0",
                    1,
                );
                *pack = text.into_bytes();
            }),
        ),
        (
            "a date moved",
            Box::new(|entries| {
                let dates = entry_mut(entries, "data/report-dates.json");
                *dates = String::from_utf8(dates.clone())
                    .unwrap()
                    .replace("2026-01-25", "2026-03-25")
                    .into_bytes();
            }),
        ),
        (
            "a file added",
            Box::new(|entries| {
                entries.push((
                    "gecc-province-package/data/extra.exe".into(),
                    b"MZ".to_vec(),
                ));
            }),
        ),
        (
            "the signature file removed",
            Box::new(|entries| {
                entries.retain(|(name, _)| !name.ends_with("gecc-signature.txt"));
            }),
        ),
    ];
    for (what, edit) in cases {
        let mut entries = read_zip(&path);
        edit(&mut entries);
        let tampered = folder.path().join(format!("{what}.zip"));
        write_zip(&tampered, &entries);
        let error = district
            .store
            .preview_province_package(&tampered)
            .unwrap_err();
        assert_eq!(error.code(), ErrorCode::BundleRefused, "{what}: {error}");
    }
    assert_eq!(pack_version_of(&district), version - 1);
    assert_eq!(
        district.store.list_packs().unwrap().len(),
        builtin_packs().len(),
        "no edition installed"
    );
}

#[test]
fn another_key_is_asked_about_and_an_offices_own_edition_is_never_replaced() {
    let (_province, _folder, path, version) = province_package();
    let mut district = Office::new("สำนักทะเบียนอำเภอหนองจิก", "หนองจิก");
    // The office made its own edition (the province's version number) before the province's arrived.
    let mut own = district.store.pack("gecc-2568", version - 1).unwrap();
    own.pack_version = version;
    own.title = Localized::new("ฉบับของอำเภอ", "The district's own");
    district.store.save_pack_draft(&own).unwrap();
    let error = district
        .store
        .import_province_package(&path, true, "x")
        .unwrap_err();
    assert_eq!(
        error.code(),
        ErrorCode::PackConflict,
        "another edition under the same version: {error}"
    );
    assert_eq!(pack_version_of(&district), version - 1, "nothing moved");

    let (_other, _f, other_path, _) = province_package();
    let mut fresh = Office::new("สำนักทะเบียนอำเภอยะรัง", "ยะรัง");
    fresh
        .store
        .import_province_package(&path, true, "x")
        .unwrap();
    let preview = fresh.store.preview_province_package(&other_path).unwrap();
    assert!(
        matches!(preview.trust, PackageKeyTrust::Changed { .. }),
        "{:?}",
        preview.trust
    );
    assert!(fresh
        .store
        .import_province_package(&other_path, false, "x")
        .is_err());
}

#[test]
fn gecc_package_exports_shows_and_imports() {
    let mut province = Office::new("ที่ทำการปกครองจังหวัดปัตตานี", "เมืองปัตตานี");
    province_edition(&mut province);
    let out = tempfile::tempdir().unwrap();
    let output = gecc(
        province.data.path(),
        &[
            "package",
            "export",
            "-o",
            out.path().to_str().unwrap(),
            "--fiscal-year",
            "2569",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let file = stdout(&output).lines().next().unwrap().to_string();
    let district = Office::new("สำนักทะเบียนอำเภอหนองจิก", "หนองจิก");
    let shown = gecc(district.data.path(), &["package", "show", &file]);
    assert!(shown.status.success(), "{}", stderr(&shown));
    assert!(stdout(&shown).contains("เพิ่ม 3 ข้อ"), "{}", stdout(&shown));
    assert!(stdout(&shown).contains("ย้าย / moves"), "{}", stdout(&shown));
    let refused = gecc(district.data.path(), &["package", "import", &file]);
    assert!(!refused.status.success());
    assert!(stderr(&refused).contains("ลายนิ้วมือ"), "{}", stderr(&refused));
    let taken = gecc(
        district.data.path(),
        &["package", "import", &file, "--accept-new-key"],
    );
    assert!(taken.status.success(), "{}", stderr(&taken));
    let rounds = stdout(&gecc(district.data.path(), &["rounds"]));
    assert!(rounds.contains("gecc-2568 v4"), "{rounds}");
}
