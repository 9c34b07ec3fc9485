//! A test driver for the crash harness (tests/acceptance/crash.rs): it saves answers,
//! attaches evidence, exports and imports bundles in a loop until it is killed, and
//! appends to an acknowledgement file (synced) after each save the store confirmed, so
//! the harness can check that nothing acknowledged was lost. Not for people.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

use gecc_core::bundle::{export_round, import_paths, ExportOptions, ImportOptions};
use gecc_core::evidence::{ingest_file, CopyControl};
use gecc_core::model::{AnswerInput, AnswerStatus};
use gecc_core::Store;

/// The items the worker writes to.
pub const ITEMS: [&str; 4] = [
    "physical.service-hours",
    "physical.wayfinding-signs",
    "physical.service-layout",
    "physical.public-transport",
];

/// xorshift64*: small, seeded and the same everywhere.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, bound: u64) -> u64 {
        self.next() % bound.max(1)
    }
}

fn acknowledge(file: &mut std::fs::File, line: &str) {
    file.write_all(line.as_bytes())
        .expect("write the acknowledgement");
    file.sync_all().expect("sync the acknowledgement");
}

/// The newest counter saved for `item`, from its note "n=<counter>".
fn counter_of(store: &Store, round_id: i64, item: &str) -> u64 {
    store
        .answer(round_id, item)
        .ok()
        .flatten()
        .and_then(|a| {
            a.content
                .note
                .strip_prefix("n=")
                .and_then(|n| n.parse().ok())
        })
        .unwrap_or(0)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let data: PathBuf = args.next().expect("the data folder").into();
    let seed: u64 = args.next().and_then(|s| s.parse().ok()).expect("a seed");
    let bundles: PathBuf = args
        .next()
        .expect("the bundle folder to import from")
        .into();
    let exports = data.join("exports");
    std::fs::create_dir_all(&exports).expect("an export folder");
    let mut store = Store::open(gecc_core::data_dir::database_path(&data)).expect("open the store");
    let round_id = store
        .list_rounds()
        .expect("rounds")
        .into_iter()
        .find(|r| r.office_is_local)
        .expect("this office's round")
        .id;
    let mut acknowledgements = OpenOptions::new()
        .create(true)
        .append(true)
        .open(data.join("acknowledged.txt"))
        .expect("the acknowledgement file");
    let mut random = Random(seed | 1);
    loop {
        match random.below(100) {
            0..=69 => {
                let item = ITEMS[random.below(ITEMS.len() as u64) as usize];
                let counter = counter_of(&store, round_id, item) + 1;
                let input = AnswerInput {
                    status: AnswerStatus::InProgress,
                    note: format!("n={counter}"),
                    ..AnswerInput::default()
                };
                store
                    .save_answer(round_id, item, input, "crash")
                    .expect("save");
                acknowledge(&mut acknowledgements, &format!("save {item} {counter}\n"));
            }
            70..=84 => attach(
                &mut store,
                round_id,
                &mut random,
                &mut acknowledgements,
                &data,
            ),
            85..=94 => {
                export_round(
                    &mut store,
                    round_id,
                    &ExportOptions::default(),
                    Vec::new(),
                    &exports,
                    &mut |_| CopyControl::Continue,
                )
                .expect("export");
                acknowledge(&mut acknowledgements, "export\n");
            }
            _ => {
                let files: Vec<PathBuf> = std::fs::read_dir(&bundles)
                    .expect("the bundle folder")
                    .flatten()
                    .map(|e| e.path())
                    .collect();
                import_paths(
                    &mut store,
                    &files,
                    &ImportOptions::default(),
                    "crash",
                    &mut |_| CopyControl::Continue,
                )
                .expect("import");
                acknowledge(&mut acknowledgements, "import\n");
            }
        }
    }
}

/// Attaches a new file of up to 256 kB (the evidence store stays small: at most 40).
fn attach(
    store: &mut Store,
    round_id: i64,
    random: &mut Random,
    acknowledgements: &mut std::fs::File,
    data: &Path,
) {
    if store.evidence_files().map(|f| f.len()).unwrap_or(0) >= 40 {
        return;
    }
    let source = data.join("source.jpg");
    let size = 1 + random.below(256 * 1024) as usize;
    let mut content = vec![0xFF, 0xD8, 0xFF, 0xE0];
    content.extend((0..size).map(|_| random.next() as u8));
    std::fs::write(&source, &content).expect("a source file");
    let ingested = ingest_file(&store.evidence_dir(), &source, &mut |_, _| {
        CopyControl::Continue
    })
    .expect("ingest");
    store
        .attach_ingested(round_id, ITEMS[0], &ingested, "crash")
        .expect("attach");
    acknowledge(acknowledgements, &format!("attach {}\n", ingested.sha256));
}
