//! The printed documents of a round on the shipped 2568 criteria say what the clerk
//! entered and nothing a reader could misread (issue 15, point 10): the outcome figures
//! are printed, every item in the evidence index is named with its part, sections are
//! headed by names rather than codes, a Thai-digit page has no Arabic digit in any word
//! people read, and every date on one printout is the day it was printed, in the PC's
//! time zone.

use std::collections::BTreeMap;

use gecc_core::model::{AnswerStatus, ApprovalInput};
use gecc_core::pack::FigureValue;
use gecc_core::timestamp::LocalDay;
use gecc_forms::{
    province_data_for_round, render, round_data, Digits, Document, FormData, PrintOptions,
};

use crate::bundle_support::{answer, profile, Office};
use crate::forms_support::*;

const SATISFACTION: &str = "outcome.citizen-satisfaction";
const FIRST_PHYSICAL: &str = "physical.service-hours";

/// An office whose name, notes and figures are full of numbers typed with Arabic digits,
/// with the satisfaction survey entered, evidence on physical item 1 and outcome item 1,
/// submitted and approved.
fn office_with_outcome_figures() -> Office {
    let mut office = Office::new("สำนักทะเบียนอำเภอที่ 12", "เมืองปัตตานี");
    office
        .store
        .save_local_office(profile("สำนักทะเบียนอำเภอที่ 12", "เมืองปัตตานี"))
        .unwrap();
    let mut input = answer(
        AnswerStatus::Met,
        "สำรวจ 2 รอบ ปี 2568 รวม 14 จุดบริการ ตามมาตรฐาน ISO9001",
    );
    input.sub_scores = BTreeMap::from([
        ("collection-method".to_string(), 1.0),
        ("sample-coverage".to_string(), 3.0),
        ("satisfaction-result".to_string(), 4.0),
    ]);
    let tally: BTreeMap<String, u32> = [
        ("very-high", 50),
        ("high", 30),
        ("medium", 15),
        ("low", 3),
        ("very-low", 2),
    ]
    .into_iter()
    .map(|(level, count)| (level.to_string(), count))
    .collect();
    input.figures = BTreeMap::from([
        ("responses".to_string(), FigureValue::Tally(tally)),
        ("sample-size".to_string(), FigureValue::Number(120.0)),
        (
            "collected-by".to_string(),
            FigureValue::Text("สำนักทะเบียนอำเภอเก็บเอง".into()),
        ),
        (
            "collection-period".to_string(),
            FigureValue::Text("1 ต.ค. 2567 ถึง 31 มี.ค. 2568".into()),
        ),
    ]);
    office
        .store
        .save_answer(office.round.id, SATISFACTION, input, "clerk")
        .expect("save the survey's figures");
    office.save(
        FIRST_PHYSICAL,
        AnswerStatus::Met,
        "เปิด 08.30 น. ถึง 16.30 น.",
    );
    office.attach(FIRST_PHYSICAL, "ป้ายเวลาทำการ 2568.jpg", 3000, 1);
    office.attach(SATISFACTION, "รายงานผลสำรวจ.pdf", 4000, 2);
    office.store.submit_round(office.round.id, "clerk").unwrap();
    office
        .store
        .approve_round(
            office.round.id,
            ApprovalInput {
                name: "นายสมศักดิ์ รักงาน".into(),
                position: "ปลัดอำเภอ 1".into(),
            },
            "supervisor",
        )
        .unwrap();
    office
}

fn printed(document: Document, data: &FormData) -> Vec<u8> {
    render_timed("issue15", document, data, &PrintOptions::default())
}

#[test]
fn the_report_prints_every_figure_behind_an_outcome_answer() {
    let office = office_with_outcome_figures();
    let form = round_data(&office.store, office.round.id, TODAY).unwrap();
    let text = pdf_text_as_written(&printed(Document::Report, &form));
    for expected in [
        "วิธีการเก็บข้อมูล:๑คะแนน",
        "ความครอบคลุมและขนาดกลุ่มตัวอย่าง:๓คะแนน",
        "ผลความพึงพอใจ:๔คะแนน",
        "รวมคะแนนย่อย:๘จาก๑๐คะแนน",
        "จำนวนผู้ตอบแบบประเมินแต่ละระดับความพึงพอใจ:มากที่สุด๕๐·มาก๓๐·ปานกลาง๑๕·น้อย๓·น้อยที่สุด๒",
        "จำนวนผู้ตอบทั้งหมด:๑๐๐คน",
        // (50×5 + 30×4 + 15×3 + 3×2 + 2×1) / (100 × 5) = 84.6 %
        "ผลคิดเป็นร้อยละ:๘๔.๖",
        "ขนาดกลุ่มตัวอย่างที่กำหนด:๑๒๐คน",
        "ผู้เก็บข้อมูล(หน่วยงานเก็บเองหรือหน่วยงานภายนอก):สำนักทะเบียนอำเภอเก็บเอง",
        "ช่วงเวลาที่เก็บข้อมูล:๑ต.ค.๒๕๖๗ถึง๓๑มี.ค.๒๕๖๘",
    ] {
        assert!(
            text.contains(&without_repeated_clusters(expected)),
            "the report prints {expected:?}"
        );
    }
}

#[test]
fn the_evidence_index_names_each_item_with_its_part() {
    let office = office_with_outcome_figures();
    let form = round_data(&office.store, office.round.id, TODAY).unwrap();
    let text = pdf_text_as_written(&printed(Document::EvidenceIndex, &form));
    assert_in_order(
        &text,
        &[
            "ด้านกายภาพ (Checklist) ข้อ ๑".into(),
            "ป้ายเวลาทำการ".into(),
            "ด้านผลลัพธ์ ข้อ ๑".into(),
            "รายงานผลสำรวจ.pdf".into(),
        ],
        "physical item 1 and outcome item 1 are told apart",
    );
}

#[test]
fn sections_are_headed_by_their_names_not_by_codes() {
    let office = office_with_outcome_figures();
    let form = round_data(&office.store, office.round.id, TODAY).unwrap();
    let text = pdf_text_as_written(&printed(Document::Report, &form));
    assert!(
        text.contains("เกณฑ์ด้านผลลัพธ์๓ข้อข้อละ๑๐คะแนน"),
        "the outcome section is printed"
    );
    assert!(
        !text.contains("Oเกณฑ์ด้านผลลัพธ์"),
        "without the pack's code letter O before its name"
    );
    assert!(
        !text.contains("๑เกณฑ์ประเมินตนเองด้านกายภาพ"),
        "nor a section number before a name that does not number itself"
    );
}

/// The words of `text` that have an Arabic digit and no Latin letter: a number people
/// read. Words with Latin letters (the QR code's text "GECC:…/2569/…", "P1", an e-mail
/// address, a file name) name things letter for letter and may keep them.
fn arabic_numbers(text: &str) -> Vec<String> {
    text.split_whitespace()
        .filter(|word| word.chars().any(|c| c.is_ascii_digit()))
        .filter(|word| !word.chars().any(|c| c.is_ascii_alphabetic()))
        .map(str::to_string)
        .collect()
}

#[test]
fn a_thai_digit_printout_has_no_arabic_digit_in_any_number_people_read() {
    let office = office_with_outcome_figures();
    let round_form = round_data(&office.store, office.round.id, TODAY).unwrap();
    let office_form = province_data_for_round(&office.store, office.round.id, TODAY).unwrap();
    let checklist = office.store.checklist(office.round.id).unwrap();
    // What identifies a file, a key or an office is printed as the app shows it.
    let mut identifiers: Vec<String> = checklist
        .evidence
        .iter()
        .flat_map(|file| [file.sha256[..12].to_string(), file.original_name.clone()])
        .collect();
    identifiers.push(office.store.signing_key_info().unwrap().fingerprint);
    identifiers.push(office.store.local_office_uid().unwrap());
    for document in Document::ALL {
        let form = if document.is_province_form() {
            &office_form
        } else {
            &round_form
        };
        let mut text = pdf_text_spaced(&printed(document, form), &["-layout"]);
        for identifier in &identifiers {
            text = text.replace(identifier.as_str(), " ");
        }
        let found = arabic_numbers(&text);
        assert!(
            found.is_empty(),
            "{document:?} prints these with Arabic digits: {found:?}"
        );
    }
    let arabic = PrintOptions {
        digits: Digits::Arabic,
        ..PrintOptions::default()
    };
    let text = pdf_text_as_written(&render(Document::Report, &round_form, &arabic).unwrap());
    assert!(
        text.contains("สำรวจ2รอบปี2568รวม14จุดบริการ"),
        "with Arabic digits chosen, the note keeps them"
    );
}

#[test]
fn every_date_on_a_printout_is_the_day_it_was_printed_in_the_pcs_time_zone() {
    let office = office_with_outcome_figures();
    // A PC set to UTC, at 20:00 on 21 November: already the 22nd in Bangkok.
    let today = LocalDay {
        date: time::macros::date!(2025 - 11 - 21),
        offset: time::UtcOffset::UTC,
    };
    let mut form = round_data(&office.store, office.round.id, today).unwrap();
    let FormData::Round(data) = &mut form else {
        panic!("round data")
    };
    let moment = "2025-11-21T20:00:00.000Z";
    data.submitted_at = Some(moment.into());
    data.checklist.round.approved_at = Some(moment.into());
    let mut dates = Vec::new();
    for document in [Document::Report, Document::SignOff, Document::EvidenceIndex] {
        let text = pdf_text(&printed(document, &form));
        dates.extend(thai_dates(&text).into_iter().map(|date| (document, date)));
    }
    let signoff: Vec<_> = dates
        .iter()
        .filter(|(document, _)| *document == Document::SignOff)
        .collect();
    assert_eq!(
        signoff.len(),
        2,
        "prepared and reviewed are dated: {dates:?}"
    );
    for (document, date) in &dates {
        assert_eq!(
            date, "๒๑พฤศจิกายน๒๕๖๘",
            "{document:?}: every date is the PC's today"
        );
    }
}

/// Every "<day> <month> <year>" in text read without white space.
fn thai_dates(text: &str) -> Vec<String> {
    const MONTHS: [&str; 12] = [
        "มกราคม",
        "กุมภาพันธ์",
        "มีนาคม",
        "เมษายน",
        "พฤษภาคม",
        "มิถุนายน",
        "กรกฎาคม",
        "สิงหาคม",
        "กันยายน",
        "ตุลาคม",
        "พฤศจิกายน",
        "ธันวาคม",
    ];
    let is_digit = |c: char| ('๐'..='๙').contains(&c) || c.is_ascii_digit();
    let mut found = Vec::new();
    for month in MONTHS {
        for (at, _) in text.match_indices(month) {
            let day: String = text[..at]
                .chars()
                .rev()
                .take_while(|c| is_digit(*c))
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let year: String = text[at + month.len()..]
                .chars()
                .take_while(|c| is_digit(*c))
                .take(4)
                .collect();
            if !day.is_empty() && !year.is_empty() {
                found.push(format!("{day}{month}{year}"));
            }
        }
    }
    found
}
