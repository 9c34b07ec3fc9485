//! A round of the synthetic 70-item pack with every item answered and files attached:
//! the report benchmark prints it, and `gecc-bench WORK seed-desk` leaves one in the
//! app's data folder so `cargo xtask bench start` can time the app opening a full year.

use std::fs;
use std::path::{Path, PathBuf};

use gecc_core::data_dir::{database_path, resolve_data_dir};
use gecc_core::evidence::sample_photo::{sample_photo, ORIENTATION_ROTATE_90};
use gecc_core::evidence::CopyControl;
use gecc_core::model::{AnswerInput, AnswerStatus, DeskRole, NewRoundInput, RoundKind};
use gecc_core::Store;

/// Camera photos made for the benchmarks (reduced for e-mail, and a full year's evidence).
pub const CAMERA_PHOTOS: u32 = 100;

/// The 70-item pack the tests use (the published GECC criteria have 25 listed items).
fn pack_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/packs/synthetic-2564.json")
}

/// Opens a round of the 70-item pack in `fiscal_year_be` (today's when `None`), answers
/// every item with a Thai note and attaches `files` round the items; returns the round.
pub fn answered_70_item_round(
    store: &mut Store,
    fiscal_year_be: Option<i32>,
    files: &[PathBuf],
) -> i64 {
    let summary = store
        .import_pack_file(&pack_path())
        .expect("the 70-item pack");
    let today = crate::desk::today().date;
    let round = store
        .create_round(
            NewRoundInput {
                kind: RoundKind::Application,
                fiscal_year_be,
                pack_id: Some(summary.pack_id.clone()),
                pack_version: Some(summary.pack_version),
            },
            today,
        )
        .expect("a round of the 70-item pack");
    let items: Vec<String> = store
        .checklist(round.id)
        .expect("checklist")
        .item_evidence
        .iter()
        .map(|e| e.item_id.clone())
        .collect();
    for (n, item) in items.iter().enumerate() {
        let answer = AnswerInput {
            status: AnswerStatus::Met,
            note: format!("ดำเนินการตามเกณฑ์ข้อ {n} ครบถ้วน มีหลักฐานประกอบ"),
            ..AnswerInput::default()
        };
        store
            .save_answer(round.id, item, answer, "bench")
            .expect("answer");
    }
    for (n, path) in files.iter().enumerate() {
        let ingested =
            gecc_core::evidence::ingest_file(&store.evidence_dir(), path, &mut |_, _| {
                CopyControl::Continue
            })
            .expect("ingest");
        store
            .attach_ingested(round.id, &items[n % items.len()], &ingested, "bench")
            .expect("attach");
    }
    round.id
}

/// `CAMERA_PHOTOS` camera-sized photos (4,000 × 3,000, sideways, as phones take them):
/// made once under `work` and reused.
pub fn camera_photos(work: &Path) -> Vec<PathBuf> {
    made_once(
        &work.join("photos-4mb"),
        CAMERA_PHOTOS as usize,
        |n| format!("ภาพถ่ายป้ายศูนย์ {n:03}.jpg"),
        |n| {
            let seed = u32::try_from(n).expect("fewer photos than u32 holds");
            sample_photo(4000, 3000, ORIENTATION_ROTATE_90, seed, 92)
        },
    )
}

/// `count` small PDFs with Thai names: made once under `work` and reused.
pub fn pdf_files(work: &Path, count: usize) -> Vec<PathBuf> {
    made_once(
        &work.join("pdfs-small"),
        count,
        |n| format!("หลักฐาน {n:03}.pdf"),
        |n| format!("%PDF-1.7\n% {n}\n").into_bytes(),
    )
}

/// `count` files in `folder`, named by `name` and written with `contents` only when
/// missing, so that every benchmark run after the first reuses them.
fn made_once(
    folder: &Path,
    count: usize,
    name: impl Fn(usize) -> String,
    contents: impl Fn(usize) -> Vec<u8>,
) -> Vec<PathBuf> {
    fs::create_dir_all(folder).expect("create the folder of sample files");
    (0..count)
        .map(|n| {
            let path = folder.join(name(n));
            if !path.is_file() {
                fs::write(&path, contents(n)).expect("write a sample file");
            }
            path
        })
        .collect()
}

/// `gecc-bench WORK seed-desk`: the data folder the app would open (from the same
/// environment: GECC_DATA_DIR or XDG_DATA_HOME) gets a district desk whose current
/// round is the 70-item pack, answered, with 200 files: 100 camera photos and 100 PDFs.
pub fn seed_desk(work: &Path) {
    let data_dir = resolve_data_dir(None);
    fs::create_dir_all(&data_dir).expect("create the data folder");
    let mut store = Store::open(database_path(&data_dir)).expect("open the app's store");
    store.set_role(DeskRole::District).expect("a district desk");
    let mut files = camera_photos(work);
    files.extend(pdf_files(work, 100));
    let round = answered_70_item_round(&mut store, None, &files);
    println!(
        "{}: round {round}, {} files",
        data_dir.display(),
        files.len()
    );
}
