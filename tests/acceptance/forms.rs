//! Printed forms: every document renders for an empty round, a full round of 70 items
//! with long Thai notes, and a province of 20 offices; what `pdftotext` reads back holds
//! the office, the Buddhist-era date in Thai digits and the item titles in order; the
//! same data gives the same bytes; `gecc report` writes them from the command line.
//! With GECC_KEEP_FORMS=1 the PDFs are also left in target/forms/ to look at.

use std::path::Path;

use gecc_core::model::{ApprovalInput, RoundKind};
use gecc_forms::{
    province_data, province_data_for_round, render, round_data, Digits, Document, FormData,
    PrintOptions,
};

use crate::forms_support::*;
use crate::support::*;

#[test]
fn every_round_document_renders_for_an_empty_round() {
    let data = DataDir::new();
    let mut store = data.open();
    let round = synthetic_round(&mut store);
    let round_form = round_data(&store, round.id, TODAY).unwrap();
    let office_form = province_data_for_round(&store, round.id, TODAY).unwrap();
    for document in Document::ALL {
        let form = if document.is_province_form() {
            &office_form
        } else {
            &round_form
        };
        let pdf = render_timed("empty", document, form, &PrintOptions::default());
        assert!(pages(&pdf) >= 1, "{document:?} has a page");
    }
    let report =
        pdf_text(&render(Document::Report, &round_form, &PrintOptions::default()).unwrap());
    assert_in_order(
        &report,
        &[
            "รายงานผลการประเมินตนเอง".into(),
            "ปีงบประมาณพ.ศ.๒๕๖๔".into(),
            TODAY_THAI.into(),
        ],
        "the empty report's cover",
    );
    let index = pdf_text(
        &render(
            Document::EvidenceIndex,
            &round_form,
            &PrintOptions::default(),
        )
        .unwrap(),
    );
    assert!(
        index.contains("ยังไม่มีไฟล์หลักฐานในรอบนี้"),
        "an empty index says there is no evidence"
    );
}

#[test]
fn a_full_round_prints_office_date_and_every_item_title_in_order() {
    let (_data, mut store, round_id) = full_round();
    store.submit_round(round_id, "clerk").unwrap();
    store
        .approve_round(
            round_id,
            ApprovalInput {
                name: "นายสมศักดิ์ รักงาน".into(),
                position: "ปลัดอำเภอ".into(),
            },
            "supervisor",
        )
        .unwrap();
    let form = round_data(&store, round_id, TODAY).unwrap();
    let checklist = store.checklist(round_id).unwrap();
    assert!(
        checklist.pack.items().count() >= 70,
        "the fixture pack has 70 items"
    );

    let report = render_timed("full", Document::Report, &form, &PrintOptions::default());
    assert!(
        pages(&report) >= 10,
        "70 items with long notes take many pages"
    );
    let text = pdf_text(&report);
    let mut expected: Vec<String> = vec![
        "สำนักทะเบียนอำเภอเมืองปัตตานี".into(),
        TODAY_THAI.into(),
        "สรุปผลการประเมินตนเองรายด้าน".into(),
    ];
    expected.extend(
        checklist
            .pack
            .items()
            .map(|(_, item)| Digits::Thai.apply(&item.title.th)),
    );
    assert_in_order(&text, &expected, "the report");
    assert!(
        text.contains(&without_repeated_clusters(&NOTES[0].replace(' ', ""))),
        "a long note is printed whole"
    );
    assert!(
        text.contains("ผู้บังคับบัญชาอนุมัติแล้ว"),
        "the cover says the round is approved"
    );

    let signoff = pdf_text(&render_timed(
        "full",
        Document::SignOff,
        &form,
        &PrintOptions::default(),
    ));
    assert_in_order(
        &signoff,
        &[
            "สำนักทะเบียนอำเภอเมืองปัตตานี".into(),
            // Who prepared and who reviewed sign side by side, the certifier below.
            "ผู้จัดทำ".into(),
            "ผู้ตรวจสอบ".into(),
            "(สมหญิงใจดี)".into(),
            "(นายสมศักดิ์รักงาน)".into(),
            "ปลัดอำเภอ".into(),
            "ผู้รับรองข้อมูล".into(),
        ],
        "the sign-off sheet",
    );

    let index = pdf_text(&render_timed(
        "full",
        Document::EvidenceIndex,
        &form,
        &PrintOptions::default(),
    ));
    // A file name wraps inside its cell, so the order is checked by the short hashes.
    let mut files: Vec<String> = vec!["ไฟล์หลักฐานทั้งหมด๖ไฟล์".into()];
    files.extend(
        checklist
            .evidence
            .iter()
            .map(|file| file.sha256[..12].to_string()),
    );
    assert_in_order(&index, &files, "the evidence index");
    let index = pdf_text_as_written(
        &render(Document::EvidenceIndex, &form, &PrintOptions::default()).unwrap(),
    );
    for file in &checklist.evidence {
        assert!(
            index.contains(&file.original_name),
            "{} is listed",
            file.original_name
        );
        assert!(
            index.contains(&file.sha256[..12]),
            "its short hash is printed"
        );
    }
}

#[test]
fn arabic_digits_are_an_option() {
    let (_data, store, round_id) = full_round();
    let form = round_data(&store, round_id, TODAY).unwrap();
    let options = PrintOptions {
        digits: Digits::Arabic,
        ..PrintOptions::default()
    };
    let text = pdf_text(&render_timed("arabic", Document::Report, &form, &options));
    assert!(
        text.contains("22พฤศจิกายน2568"),
        "the date has Arabic digits"
    );
    assert!(
        !text.contains(TODAY_THAI.replace(' ', "").as_str()),
        "and no Thai digits"
    );
}

#[test]
fn the_same_data_gives_the_same_bytes() {
    let (_data, store, round_id) = full_round();
    let form = round_data(&store, round_id, TODAY).unwrap();
    for document in [Document::Report, Document::EvidenceIndex] {
        let first = render(document, &form, &PrintOptions::default()).unwrap();
        let second = render(document, &form, &PrintOptions::default()).unwrap();
        assert!(
            first == second,
            "{document:?} renders byte for byte the same twice"
        );
    }
}

#[test]
fn a_round_document_from_province_data_is_refused_in_thai_and_english() {
    let data = DataDir::new();
    let mut store = data.open();
    synthetic_round(&mut store);
    let province = province_data(&store, 2564, RoundKind::Application, TODAY).unwrap();
    let error = render(Document::Report, &province, &PrintOptions::default()).unwrap_err();
    let message = error.message();
    assert!(message.th.contains("รอบการประเมิน"), "Thai: {}", message.th);
    assert!(message.en.contains("round data"), "English: {}", message.en);
    let core: gecc_core::Error = error.into();
    assert_eq!(core.code(), gecc_core::ErrorCode::InvalidInput);
}

#[test]
fn a_province_of_20_offices_prints_forms_1_and_2_with_every_office_in_order() {
    let province = province_of_20_offices();
    let form = province_data(&province.store, 2569, RoundKind::Application, TODAY).unwrap();
    let FormData::Province(data) = &form else {
        panic!("province data")
    };
    assert_eq!(
        data.offices.len(),
        20,
        "every district office, not the province itself"
    );

    let form1 = render_timed("province", Document::Form1, &form, &PrintOptions::default());
    let text = pdf_text(&form1);
    let mut expected: Vec<String> = vec!["แบบรายงาน๑".into(), "จังหวัดปัตตานี".into()];
    for number in 1..=20 {
        expected.push(Digits::Thai.apply(&format!("สำนักทะเบียนอำเภอที่ {number:02} จังหวัดปัตตานี")));
        expected.push(format!("district-{number:02}@dopa.go.th"));
    }
    expected.push("ผู้รับรองข้อมูล".into());
    expected.push("ตำแหน่งปลัดจังหวัดปัตตานี".into());
    assert_in_order(&text, &expected, "form 1");
    assert!(
        !text.to_lowercase().contains("password"),
        "form 1 never prints a password field"
    );

    let form2 = render_timed("province", Document::Form2, &form, &PrintOptions::default());
    let text = pdf_text(&form2);
    let mut expected: Vec<String> = vec!["แบบรายงาน๒".into()];
    for number in 1..=20 {
        expected.push(Digits::Thai.apply(&format!("สำนักทะเบียนอำเภอที่ {number:02} จังหวัดปัตตานี")));
        expected.push("ด้านกายภาพ".into());
        expected.push("เกณฑ์พื้นฐาน".into());
        expected.push("เกณฑ์ขั้นสูง".into());
    }
    expected.push("ผู้รับรองข้อมูล".into());
    assert_in_order(&text, &expected, "form 2");
    assert!(
        text.contains("ประเมินแล้ว๑๔จาก๑๔ข้อ"),
        "an office that decided every physical item says so"
    );
}

#[test]
fn gecc_report_writes_each_document_from_the_command_line() {
    let (data, _store, round_id) = full_round();
    let out = tempfile::tempdir().unwrap();
    let round = round_id.to_string();
    for form in ["report", "signoff", "evidence", "form1", "form2"] {
        let file = out.path().join(format!("{form}.pdf"));
        let output = gecc(
            data.path(),
            &[
                "report",
                &round,
                "--form",
                form,
                "-o",
                file.to_str().unwrap(),
            ],
        );
        assert!(
            output.status.success(),
            "gecc report --form {form}: {}",
            stderr(&output)
        );
        assert!(
            std::fs::read(&file).unwrap().starts_with(b"%PDF-"),
            "{form} is a PDF"
        );
    }
    let file = out.path().join("province-form2.pdf");
    let output = gecc(
        data.path(),
        &[
            "report",
            "--form",
            "form2",
            "--fiscal-year",
            "2564",
            "--kind",
            "application",
            "--arabic-digits",
            "-o",
            file.to_str().unwrap(),
        ],
    );
    assert!(
        output.status.success(),
        "form 2 for the province: {}",
        stderr(&output)
    );
    assert!(
        pdf_text(&std::fs::read(&file).unwrap()).contains("2564"),
        "Arabic digits on request"
    );

    let output = gecc(
        data.path(),
        &["report", "--form", "report", "-o", file.to_str().unwrap()],
    );
    assert!(!output.status.success(), "a round's report needs the round");
    assert!(
        stderr(&output).contains("ROUND"),
        "and says so: {}",
        stderr(&output)
    );
}

#[test]
fn nothing_is_left_behind_when_the_output_folder_is_missing() {
    let data = DataDir::new();
    let mut store = data.open();
    let round = synthetic_round(&mut store);
    let missing = data.path().join("ไม่มี").join("report.pdf");
    let output = gecc(
        data.path(),
        &[
            "report",
            &round.id.to_string(),
            "--form",
            "report",
            "-o",
            missing.to_str().unwrap(),
        ],
    );
    assert!(
        !output.status.success(),
        "writing into a missing folder fails"
    );
    assert!(!Path::new(&missing).exists());
}

/// Text that would be markup, script or a Typst command if anything evaluated it.
const HOSTILE: [&str; 6] = [
    "<script>alert(1)</script>",
    "#panic(\"x\")",
    "]#read(\"/etc/passwd\")[",
    "<img/src=x/onerror=alert(2)>",
    "$x^2$*bold*_em_@ref",
    "\\u{202E}{{7*7}}`raw`",
];

/// Every character that is not white space, so a payload wrapped across lines of a
/// narrow cell still compares.
fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn hostile_text_in_every_free_field_prints_literally_in_every_document() {
    use crate::bundle_support::{profile, Office, JPEG_HEAD};
    let mut office = Office::new(HOSTILE[0], HOSTILE[1]);
    let mut hostile_profile = profile(HOSTILE[0], HOSTILE[1]);
    hostile_profile.officer_name = HOSTILE[2].into();
    hostile_profile.officer_position = HOSTILE[3].into();
    hostile_profile.gecc_username = HOSTILE[4].into();
    office.store.save_local_office(hostile_profile).unwrap();
    let item = "physical.wayfinding-signs";
    let mut answer = crate::bundle_support::answer(
        gecc_core::model::AnswerStatus::Met,
        &format!("{} {}", HOSTILE[4], HOSTILE[5]),
    );
    answer.owner = HOSTILE[3].into();
    office
        .store
        .save_answer(office.round.id, item, answer, "clerk")
        .unwrap();
    let folder = tempfile::tempdir().unwrap();
    let file = folder
        .path()
        .join(format!("{}.jpg", HOSTILE[3].replace('/', "_")));
    std::fs::write(&file, JPEG_HEAD).unwrap();
    let ingested =
        gecc_core::evidence::ingest_file(&office.store.evidence_dir(), &file, &mut |_, _| {
            gecc_core::evidence::CopyControl::Continue
        })
        .unwrap();
    office
        .store
        .attach_ingested(office.round.id, item, &ingested, "clerk")
        .unwrap();
    office.store.submit_round(office.round.id, "clerk").unwrap();
    office
        .store
        .approve_round(
            office.round.id,
            ApprovalInput {
                name: HOSTILE[5].into(),
                position: HOSTILE[2].into(),
            },
            "supervisor",
        )
        .unwrap();

    let round_form = round_data(&office.store, office.round.id, TODAY).unwrap();
    let office_form = province_data_for_round(&office.store, office.round.id, TODAY).unwrap();
    let expected: [(Document, Vec<String>); 5] = [
        (
            Document::Report,
            vec![
                HOSTILE[0].into(),
                HOSTILE[4].into(),
                HOSTILE[5].into(),
                HOSTILE[3].into(),
            ],
        ),
        (
            Document::SignOff,
            vec![HOSTILE[0].into(), HOSTILE[2].into(), HOSTILE[5].into()],
        ),
        (
            Document::EvidenceIndex,
            vec![
                HOSTILE[0].into(),
                format!("{}.jpg", HOSTILE[3].replace('/', "_")),
            ],
        ),
        (
            Document::Form1,
            vec![HOSTILE[0].into(), HOSTILE[2].into(), HOSTILE[4].into()],
        ),
        (Document::Form2, vec![HOSTILE[0].into()]),
    ];
    for (document, strings) in expected {
        let form = if document.is_province_form() {
            &office_form
        } else {
            &round_form
        };
        let pdf = render(document, form, &PrintOptions::default())
            .unwrap_or_else(|error| panic!("{document:?} renders hostile text: {error}"));
        let text = squeezed(&pdf_text_as_written(&pdf));
        for payload in strings {
            assert!(
                text.contains(&squeezed(&payload)),
                "{document:?} prints {payload:?} as it was typed, not as markup or a command"
            );
        }
        assert!(
            !text.contains("root:x:0"),
            "{document:?} never reads a file named in its data"
        );
    }
}
