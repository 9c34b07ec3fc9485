//! Helpers for the printed-forms tests: a full round and a province of 20 offices to
//! print, reading a PDF back with poppler's pdftotext, and timing each render.

use std::process::Command;
use std::time::Instant;

use gecc_core::bundle::{ExportOptions, ImportOptions};
use gecc_core::model::AnswerStatus;
use gecc_forms::{render, Document, FormData, PrintOptions};

use crate::bundle_support::{answer, profile, Office};
use crate::support::*;

/// The day the documents are printed on, on a PC in Thailand: 22 November 2025,
/// ๒๒ พฤศจิกายน ๒๕๖๘.
pub const TODAY: gecc_core::timestamp::LocalDay = gecc_core::timestamp::LocalDay {
    date: time::macros::date!(2025 - 11 - 22),
    offset: gecc_core::timestamp::THAILAND_OFFSET,
};
pub const TODAY_THAI: &str = "๒๒ พฤศจิกายน ๒๕๖๘";

/// Notes as clerks write them: several long Thai sentences, tone marks and sara am.
pub const NOTES: [&str; 4] = [
    "ระเบียบกระทรวงมหาดไทยว่าด้วยการให้บริการประชาชนกำหนดให้จัดทำแผนพัฒนาคุณภาพการให้บริการทุกปีงบประมาณ สำนักทะเบียนอำเภอได้จัดทำแบบสำรวจความพึงพอใจของผู้รับบริการและนำผลการสำรวจมาปรับปรุงขั้นตอนการให้บริการให้รวดเร็วยิ่งขึ้น",
    "คณะทำงานได้ประชุมเพื่อทบทวนแผนบริหารความต่อเนื่องในภาวะวิกฤตและซักซ้อมการปฏิบัติตามแผนร่วมกับหน่วยงานที่เกี่ยวข้อง จัดหาน้ำดื่มสะอาดที่นั่งรอที่เพียงพอและห้องน้ำสำหรับผู้พิการไว้บริการประชาชน",
    "ติดตั้งระบบบัตรคิวอัตโนมัติและจอแสดงลำดับคิวพร้อมเสียงเรียกเพื่อลดระยะเวลารอคอยของผู้รับบริการ\nนำข้อร้องเรียนของประชาชนมาวิเคราะห์หาสาเหตุและกำหนดมาตรการแก้ไขปัญหาพร้อมรายงานผลต่อนายอำเภอทุกเดือน",
    "",
];

/// Thai marks written above or below a letter.
pub fn is_thai_mark(c: char) -> bool {
    matches!(c as u32, 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E)
}

/// Typst 0.14 writes a letter with two stacked marks (ขั้) as two runs that each carry the
/// cluster's text, so text extraction repeats it ("ขั้ขั้น"; typst issues 4225 and 7610).
/// The page looks right; until that is fixed upstream, a cluster with marks that
/// directly repeats itself is read once, in the extracted and in the expected text alike.
pub fn without_repeated_clusters(text: &str) -> String {
    let mut clusters: Vec<String> = Vec::new();
    for c in text.chars() {
        match clusters.last_mut() {
            Some(cluster) if is_thai_mark(c) => cluster.push(c),
            _ => clusters.push(c.to_string()),
        }
    }
    let mut out = String::new();
    let mut previous = "";
    for cluster in &clusters {
        if !(cluster.chars().count() > 1 && cluster == previous) {
            out.push_str(cluster);
        }
        previous = cluster;
    }
    out
}

/// What `pdftotext -raw` reads in the order the text was written, cell by cell, without
/// whitespace. (Without `-raw`, pdftotext regroups lines by position, and a file name
/// wrapped in its cell can come out split around the cells beside it.)
pub fn pdf_text_as_written(pdf: &[u8]) -> String {
    pdf_text_with(pdf, &["-raw"])
}

/// What `pdftotext -layout` reads from a PDF (line by line down the page, so a table's
/// rows come in order), without any whitespace: line ends fall anywhere.
pub fn pdf_text(pdf: &[u8]) -> String {
    pdf_text_with(pdf, &["-layout"])
}

pub fn pdf_text_with(pdf: &[u8], flags: &[&str]) -> String {
    let text: String = pdf_text_spaced(pdf, flags)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    without_repeated_clusters(&text)
}

/// What `pdftotext` reads, white space kept, so words can be told apart.
pub fn pdf_text_spaced(pdf: &[u8], flags: &[&str]) -> String {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("form.pdf");
    std::fs::write(&path, pdf).unwrap();
    let output = Command::new("pdftotext")
        .args(flags)
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs (Debian's poppler-utils; cargo xtask setup installs it)");
    assert!(output.status.success(), "pdftotext reads the PDF");
    String::from_utf8(output.stdout).expect("pdftotext writes UTF-8")
}

/// Each of `expected` (whitespace ignored) occurs in `text`, one after the other.
pub fn assert_in_order(text: &str, expected: &[String], what: &str) {
    let mut from = 0;
    for item in expected {
        let wanted: String = item.chars().filter(|c| !c.is_whitespace()).collect();
        let wanted = without_repeated_clusters(&wanted);
        match text[from..].find(&wanted) {
            Some(at) => from += at + wanted.len(),
            None => panic!("{what}: {item:?} appears after what came before it"),
        }
    }
}

/// The number of pages, as `pdfinfo` (poppler-utils, beside pdftotext) counts them.
pub fn pages(pdf: &[u8]) -> usize {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("form.pdf");
    std::fs::write(&path, pdf).unwrap();
    let output = Command::new("pdfinfo")
        .arg(&path)
        .output()
        .expect("pdfinfo runs");
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .and_then(|count| count.trim().parse().ok())
        .expect("pdfinfo counts the pages")
}

/// Renders, prints how long it took, keeps the file when asked, and checks it is a PDF.
pub fn render_timed(
    label: &str,
    document: Document,
    data: &FormData,
    options: &PrintOptions,
) -> Vec<u8> {
    let started = Instant::now();
    let pdf = render(document, data, options).expect("the document renders");
    println!(
        "render {label} ({}): {} ms, {} bytes",
        document.as_str(),
        started.elapsed().as_millis(),
        pdf.len()
    );
    assert!(pdf.starts_with(b"%PDF-"), "{label}: the output is a PDF");
    if std::env::var_os("GECC_KEEP_FORMS").is_some() {
        let folder = repo_root().join("target/forms");
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(
            folder.join(format!("{label}-{}.pdf", document.as_str())),
            &pdf,
        )
        .unwrap();
    }
    pdf
}

/// An office with a complete synthetic round (70 items): every item answered, long notes
/// on most, evidence on some, submitted and approved.
pub fn full_round() -> (DataDir, gecc_core::Store, i64) {
    let data = DataDir::new();
    let mut store = data.open();
    store
        .save_local_office(profile("สำนักทะเบียนอำเภอเมืองปัตตานี", "เมืองปัตตานี"))
        .unwrap();
    let round = synthetic_round(&mut store);
    let pack = store.round_pack(round.id).unwrap();
    let statuses = [
        AnswerStatus::Met,
        AnswerStatus::Met,
        AnswerStatus::NotMet,
        AnswerStatus::InProgress,
        AnswerStatus::Met,
    ];
    let items: Vec<(String, gecc_core::pack::AnswerKind)> = pack
        .items()
        .map(|(_, item)| (item.id.clone(), item.answer.clone()))
        .collect();
    for (index, (item_id, kind)) in items.iter().enumerate() {
        let mut input = answer(statuses[index % statuses.len()], NOTES[index % NOTES.len()]);
        match kind {
            gecc_core::pack::AnswerKind::Number { .. } => input.value_number = Some(80.0),
            gecc_core::pack::AnswerKind::Text => input.value_text = Some("พร้อม".into()),
            _ => {}
        }
        if store
            .save_answer(round.id, item_id, input.clone(), "clerk")
            .is_err()
        {
            // Items of other answer kinds are left in progress with their note.
            input.status = AnswerStatus::InProgress;
            store
                .save_answer(round.id, item_id, input, "clerk")
                .unwrap();
        }
    }
    let mut office = Office {
        data,
        store,
        round: round.clone(),
    };
    for (index, (item_id, _)) in items.iter().take(6).enumerate() {
        office.attach(
            item_id,
            &format!("รูปถ่ายจุดบริการ_ปีงบประมาณ2564_{index}.jpg"),
            2000 + index * 700,
            index as u8,
        );
    }
    (office.data, office.store, round.id)
}

/// A province that received summary bundles from 20 district offices.
pub fn province_of_20_offices() -> Office {
    let mut province = Office::new("ที่ทำการปกครองจังหวัดปัตตานี", "เมืองปัตตานี");
    let options = ImportOptions {
        accept_new_key: true,
        ..ImportOptions::default()
    };
    for number in 1..=20 {
        let mut office = Office::new(
            &format!("สำนักทะเบียนอำเภอที่ {number:02} จังหวัดปัตตานี"),
            &format!("อำเภอที่ {number:02}"),
        );
        let mut with_username = profile(
            &format!("สำนักทะเบียนอำเภอที่ {number:02} จังหวัดปัตตานี"),
            &format!("อำเภอที่ {number:02}"),
        );
        with_username.gecc_username = format!("district-{number:02}@dopa.go.th");
        office.store.save_local_office(with_username).unwrap();
        if number % 3 != 0 {
            let items: Vec<String> = office
                .store
                .round_pack(office.round.id)
                .unwrap()
                .items()
                .filter(|(part, _)| part.id == "physical")
                .map(|(_, item)| item.id.clone())
                .collect();
            for item in items
                .iter()
                .take(if number % 2 == 0 { items.len() } else { 5 })
            {
                office.save(item, AnswerStatus::Met, NOTES[0]);
            }
        }
        let (_folder, files) = office.export(&ExportOptions {
            summary_only: true,
            ..ExportOptions::default()
        });
        province.import(&files, &options);
    }
    province
}
