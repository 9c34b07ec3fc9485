//! A desk for the whole country (issue 18): 10,000 offices' summary bundles imported
//! (with the rate of the first and the last thousand, as the store grows), the matrix of
//! 10,000 offices over a roster of 11,000 entries typed as clerks type, forms 1 and 2
//! for 1,000 offices, and the report of a round of 70 items with 200 files.

use std::path::{Path, PathBuf};
use std::time::Instant;

use gecc_core::bundle::{export_round, import_paths, ExportOptions, ImportOptions, ImportStatus};
use gecc_core::evidence::CopyControl;
use gecc_core::model::{AnswerInput, AnswerStatus, OfficeKind, OfficeProfile, RoundKind};
use gecc_core::store::RosterOfficeInput;
use gecc_core::timestamp::{LocalDay, THAILAND_OFFSET};
use gecc_core::Store;
use gecc_forms::{province_data, render, round_data, Document, PrintOptions};

use crate::bundles::timed;
use crate::data::fresh_round;
use crate::seed::{answered_70_item_round, pdf_files};
use crate::Row;

const OFFICES: usize = 10_000;
const PROVINCE: &str = "ปัตตานี";

/// Office `index`: even ones district registration offices, odd ones local organisations.
fn profile(index: usize) -> OfficeProfile {
    let registration = index.is_multiple_of(2);
    OfficeProfile {
        name: if registration {
            format!("ที่ว่าการอำเภอทดสอบ{index:05}")
        } else {
            format!("เทศบาลตำบลทดสอบ {index:05}")
        },
        kind: if registration {
            OfficeKind::DistrictRegistration
        } else {
            OfficeKind::LocalAdministration
        },
        province: PROVINCE.into(),
        district: format!("อำเภอทดสอบ{index:05}"),
        officer_name: "สมหญิง ใจดี".into(),
        officer_position: "เจ้าพนักงานปกครอง".into(),
        officer_phone: String::new(),
        officer_email: String::new(),
        gecc_username: String::new(),
    }
}

/// One office's summary bundle, written as `folder/<index>.zip`.
fn make_bundle(work: &Path, folder: &Path, index: usize) {
    let (_store_folder, mut store, round) = fresh_round(work);
    store.save_local_office(profile(index)).expect("profile");
    for item in [
        "physical.service-hours",
        "physical.wayfinding-signs",
        "physical.service-layout",
    ] {
        let answer = AnswerInput {
            status: AnswerStatus::Met,
            note: "ดำเนินการครบถ้วนตามเกณฑ์".into(),
            ..AnswerInput::default()
        };
        store
            .save_answer(round.id, item, answer, "bench")
            .expect("answer");
    }
    let options = ExportOptions {
        summary_only: true,
        ..ExportOptions::default()
    };
    let out = tempfile::tempdir_in(work).expect("an output folder");
    let result = export_round(
        &mut store,
        round.id,
        &options,
        Vec::new(),
        out.path(),
        &mut |_| CopyControl::Continue,
    )
    .expect("export");
    std::fs::rename(
        out.path().join(&result.files[0]),
        folder.join(format!("{index:05}.zip")),
    )
    .expect("keep the bundle");
}

/// 10,000 offices' summary bundles, made once under `work` on every core and reused.
pub fn summary_bundles(work: &Path, count: usize) -> Vec<PathBuf> {
    let folder = work.join("summary-bundles-10k");
    std::fs::create_dir_all(&folder).expect("a bundle folder");
    let path = |index: usize| folder.join(format!("{index:05}.zip"));
    let missing: Vec<usize> = (0..count).filter(|&i| !path(i).is_file()).collect();
    if !missing.is_empty() {
        eprintln!("making {} summary bundles (once)...", missing.len());
        let workers = std::thread::available_parallelism().map_or(1, usize::from);
        std::thread::scope(|scope| {
            for chunk in missing.chunks(missing.len().div_ceil(workers)) {
                let folder = &folder;
                scope.spawn(move || {
                    for &index in chunk {
                        make_bundle(work, folder, index);
                    }
                });
            }
        });
    }
    (0..count).map(path).collect()
}

fn import(store: &mut Store, bundles: &[PathBuf]) -> f64 {
    let started = Instant::now();
    let outcomes = import_paths(
        store,
        bundles,
        &ImportOptions::default(),
        "bench",
        &mut |_| CopyControl::Continue,
    )
    .expect("import");
    let seconds = started.elapsed().as_secs_f64();
    let imported = outcomes
        .iter()
        .filter(|o| o.status == ImportStatus::Imported)
        .count();
    assert_eq!(imported, bundles.len(), "every bundle imports");
    seconds
}

/// The roster as a province would type it: every office that sent, its district or name
/// written differently ("อ.ทดสอบ…", spaces dropped), and 1,000 that have not sent.
fn fill_roster(store: &mut Store) {
    for index in 0..OFFICES + 1_000 {
        let input = if index.is_multiple_of(2) {
            RosterOfficeInput {
                name: format!("อำเภอทดสอบ{index:05}"),
                kind: OfficeKind::DistrictRegistration,
                province: format!("จ.{PROVINCE}"),
                district: format!("อ.ทดสอบ{index:05}"),
                phone: "073-000-000".into(),
            }
        } else {
            RosterOfficeInput {
                name: format!("เทศบาลตำบลทดสอบ{index:05}"),
                kind: OfficeKind::LocalAdministration,
                province: PROVINCE.into(),
                district: String::new(),
                phone: String::new(),
            }
        };
        store.add_office_to_roster(input).expect("a roster entry");
    }
}

pub fn today() -> LocalDay {
    LocalDay {
        date: gecc_core::clock::Clock::System
            .now()
            .to_offset(THAILAND_OFFSET)
            .date(),
        offset: THAILAND_OFFSET,
    }
}

pub fn country_desk(work: &Path) -> Vec<Row> {
    // First, so that its first print is the process's first use of Typst.
    let report = report_rows(work);
    let bundles = summary_bundles(work, OFFICES);
    let (_folder, mut store, _) = fresh_round(work);
    // The first thousand, the eight in between, the last thousand: does the store's
    // growth slow the import down?
    let first = import(&mut store, &bundles[..1_000]);
    let middle = import(&mut store, &bundles[1_000..OFFICES - 1_000]);
    let last = import(&mut store, &bundles[OFFICES - 1_000..]);
    let total = first + middle + last;

    fill_roster(&mut store);
    let (status, matrix) = timed(|| {
        store
            .province_status(2570, RoundKind::Application, today().date)
            .expect("the matrix")
    });
    assert_eq!(
        status.rows.len(),
        OFFICES + 1_000,
        "every roster entry once"
    );
    let sent = status.rows.iter().filter(|r| r.bundles > 0).count();
    assert_eq!(sent, OFFICES, "every sender matched to its entry");

    let (_forms_folder, mut forms_store, _) = fresh_round(work);
    import(&mut forms_store, &bundles[..1_000]);
    let options = PrintOptions::default();
    let (pages, forms) = timed(|| {
        let data = province_data(&forms_store, 2570, RoundKind::Application, today())
            .expect("province data");
        let form1 = render(Document::Form1, &data, &options).expect("form 1");
        let form2 = render(Document::Form2, &data, &options).expect("form 2");
        form1.len() + form2.len()
    });
    let mut rows = vec![
        Row {
            what: format!("province imports {OFFICES} summary bundles"),
            ours: format!("{total:.1} s"),
            baseline: "goal 30 s".into(),
            ratio: Some(total / 30.0),
        },
        Row {
            // Seconds for a thousand bundles are milliseconds for one.
            what: "  per bundle: the last 1,000 against the first".into(),
            ours: format!("{last:.1} ms"),
            baseline: format!("first 1,000 {first:.1} ms"),
            ratio: Some(last / first),
        },
        Row {
            what: format!("  matrix of {OFFICES} offices, roster of 11,000"),
            ours: format!("{:.0} ms", matrix * 1000.0),
            baseline: String::new(),
            ratio: None,
        },
        Row {
            what: "forms 1 and 2 for 1,000 offices".into(),
            ours: format!("{forms:.2} s"),
            baseline: format!("goal 10 s ({:.1} MB)", pages as f64 / 1e6),
            ratio: Some(forms / 10.0),
        },
    ];
    rows.extend(report);
    rows
}

/// The 70-item report: the first print of a process (Typst's library and fonts are set
/// up by it) and the median of five more with Typst's cache emptied before each, as when
/// a clerk prints again after changing answers.
pub fn report_rows(work: &Path) -> Vec<Row> {
    let (_folder, store, round) = round_of_70_items(work);
    let print = || {
        let data = round_data(&store, round, today()).expect("round data");
        render(Document::Report, &data, &PrintOptions::default())
            .expect("the report")
            .len()
    };
    let (bytes, first) = timed(print);
    let mut again: Vec<f64> = (0..5)
        .map(|_| {
            typst::comemo::evict(0);
            timed(print).1
        })
        .collect();
    again.sort_by(f64::total_cmp);
    let mut reading: Vec<f64> = (0..5)
        .map(|_| timed(|| round_data(&store, round, today()).expect("round data")).1)
        .collect();
    reading.sort_by(f64::total_cmp);
    vec![
        Row {
            what: "report of a 70-item round with 200 files".into(),
            ours: format!("{:.0} ms", again[2] * 1000.0),
            baseline: format!("goal 200 ms ({} KB)", bytes / 1000),
            ratio: Some(again[2] / 0.2),
        },
        Row {
            what: "  of which reading the round (then layout and PDF)".into(),
            ours: format!("{:.0} ms", reading[2] * 1000.0),
            baseline: String::new(),
            ratio: None,
        },
        Row {
            what: "  the first print after the program starts".into(),
            ours: format!("{:.0} ms", first * 1000.0),
            baseline: "goal 200 ms".into(),
            ratio: Some(first / 0.2),
        },
    ]
}

/// A round of the synthetic 70-item pack, every item answered with a Thai note and 200
/// files attached, in a store of its own.
fn round_of_70_items(work: &Path) -> (tempfile::TempDir, Store, i64) {
    let (folder, mut store, _) = fresh_round(work);
    let paths = pdf_files(work, 200);
    let round = answered_70_item_round(&mut store, Some(2565), &paths);
    (folder, store, round)
}
