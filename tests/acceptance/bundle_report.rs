//! The self-assessment report PDF travels in every bundle, so a receiving office reads it
//! without GECC Desk: listed in the bag's manifest, in the first part of a split bundle,
//! in summaries too, without staff names when personal data is removed, and put there by
//! `gecc export` as well.

use gecc_core::bundle::{ExportOptions, REPORT_PDF_PATH};
use gecc_core::model::AnswerStatus;

use crate::bundle_support::*;
use crate::forms_support::pdf_text;
use crate::support::*;

const SIGN: &str = "physical.wayfinding-signs";

fn office_with_answers() -> Office {
    let mut office = Office::new("ที่ว่าการอำเภอหนองจิก", "หนองจิก");
    office.save(SIGN, AnswerStatus::Met, "ติดป้ายครบทุกจุด");
    office.attach(SIGN, "ป้าย.jpg", 300_000, 4);
    office
}

/// The report's bytes in a bundle's files, and the name of the file holding it.
fn report_in(files: &[std::path::PathBuf]) -> Option<(String, Vec<u8>)> {
    files.iter().find_map(|file| {
        read_zip(file)
            .into_iter()
            .find(|(name, _)| name.ends_with(&format!("/{REPORT_PDF_PATH}")))
            .map(|(_, bytes)| {
                (
                    file.file_name().unwrap().to_string_lossy().into_owned(),
                    bytes,
                )
            })
    })
}

fn manifest_of(files: &[std::path::PathBuf]) -> String {
    let entries = read_zip(&files[0]);
    String::from_utf8(entry_mut(&mut entries.clone(), "/manifest-sha256.txt").clone()).unwrap()
}

#[test]
fn every_bundle_carries_the_report_pdf_listed_in_its_manifest() {
    let mut office = office_with_answers();
    let title = office
        .store
        .checklist(office.round.id)
        .unwrap()
        .pack
        .find_item(SIGN)
        .map(|(_, item)| item.title.th.clone())
        .unwrap();
    for options in [
        ExportOptions::default(),
        ExportOptions {
            summary_only: true,
            ..ExportOptions::default()
        },
    ] {
        let (_folder, files) = office.export(&options);
        let (_, pdf) = report_in(&files).expect("the bundle holds the report PDF");
        assert!(pdf.starts_with(b"%PDF-"), "the report is a PDF");
        let digest = gecc_core::hashing::sha256_hex(&pdf);
        assert!(
            manifest_of(&files).contains(&format!("{digest}  {REPORT_PDF_PATH}")),
            "the report is listed in the payload manifest, so BagIt tools check it"
        );
        let text = pdf_text(&pdf);
        assert!(
            text.contains("ที่ว่าการอำเภอหนองจิก"),
            "the report names the office"
        );
        assert!(
            text.contains(&title[..title.len().min(30)]),
            "the report lists the item"
        );
    }
}

#[test]
fn a_split_bundle_carries_the_report_in_the_part_with_the_document() {
    let mut office = office_with_answers();
    office.attach(SIGN, "ป้ายที่สอง.jpg", 900_000, 5);
    let (_folder, files) = office.export(&ExportOptions {
        part_size_mb: Some(1),
        ..ExportOptions::default()
    });
    assert!(files.len() >= 2, "the bundle is split in parts");
    let (holder, _) = report_in(&files).expect("one part holds the report");
    let with_document = files
        .iter()
        .find(|file| {
            read_zip(file)
                .iter()
                .any(|(name, _)| name.ends_with("/data/assessment.json"))
        })
        .unwrap();
    assert_eq!(
        holder,
        with_document.file_name().unwrap().to_string_lossy(),
        "the part with the document has the report, so it can be read alone"
    );
}

#[test]
fn a_bundle_without_personal_data_prints_no_staff_name_phone_or_email() {
    let mut office = office_with_answers();
    let (_folder, files) = office.export(&ExportOptions {
        remove_personal_data: true,
        ..ExportOptions::default()
    });
    let text = pdf_text(&report_in(&files).unwrap().1);
    for personal in ["สมหญิง", "073-000-000", "somying@dopa.go.th", "สมชาย"] {
        assert!(
            !text.contains(personal),
            "the shared report must not show \"{personal}\""
        );
    }
    assert!(
        text.contains("บุคคล"),
        "people are named by the same placeholders as in the document"
    );
}

#[test]
fn gecc_export_puts_the_report_in_the_bundle_and_it_imports_elsewhere() {
    let office = office_with_answers();
    let out = tempfile::tempdir().unwrap();
    let output = gecc(
        office.data.path(),
        &[
            "export",
            &office.round.id.to_string(),
            "-o",
            out.path().to_str().unwrap(),
        ],
    );
    assert!(output.status.success(), "gecc export: {}", stderr(&output));
    let files: Vec<_> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let (_, pdf) = report_in(&files).expect("gecc export adds the report");
    assert!(pdf_text(&pdf).contains("ที่ว่าการอำเภอหนองจิก"));
    // The province takes it in like any other bundle.
    let mut province = Office::new("ที่ทำการปกครองจังหวัดปัตตานี", "เมืองปัตตานี");
    let outcomes = province.import(&files, &gecc_core::bundle::ImportOptions::default());
    assert_eq!(
        outcomes.iter().map(|o| o.status).collect::<Vec<_>>(),
        vec![gecc_core::bundle::ImportStatus::Imported],
        "a bundle with its report imports"
    );
}
