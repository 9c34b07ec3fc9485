//! Shared helpers: fresh data folders, fixture paths, and running the real `gecc` binary.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

use gecc_core::data_dir::database_path;
use gecc_core::model::{NewRoundInput, Round, RoundKind};
use gecc_core::Store;
use tempfile::TempDir;

/// The repository's root folder.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// How many packs ship inside the program.
pub const BUILTIN_PACKS: usize = 3;

pub fn fixture(relative: &str) -> PathBuf {
    repo_root().join("tests/fixtures").join(relative)
}

pub fn synthetic_pack_path() -> PathBuf {
    fixture("packs/synthetic-2564.json")
}

/// A data folder that disappears after the test, with the database path inside it.
pub struct DataDir {
    pub dir: TempDir,
}

impl DataDir {
    pub fn new() -> DataDir {
        DataDir {
            dir: tempfile::tempdir().expect("create a temporary data folder"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn database(&self) -> PathBuf {
        database_path(self.dir.path())
    }

    pub fn open(&self) -> Store {
        Store::open(self.database()).expect("open the store")
    }
}

/// 1 November 2025: fiscal year 2569.
pub fn a_day_in_fiscal_year_2569() -> time::Date {
    time::macros::date!(2025 - 11 - 01)
}

/// Opens a round on a day of fiscal year 2569; `None` takes the store's defaults.
pub fn open_round(
    store: &mut Store,
    kind: RoundKind,
    fiscal_year_be: Option<i32>,
    pack_id: Option<&str>,
) -> gecc_core::Result<Round> {
    let input = NewRoundInput {
        kind,
        fiscal_year_be,
        pack_id: pack_id.map(str::to_string),
        pack_version: None,
    };
    store.create_round(input, a_day_in_fiscal_year_2569())
}

/// Imports the synthetic fixture pack and opens a fiscal year 2564 application round on it.
pub fn synthetic_round(store: &mut Store) -> Round {
    store
        .import_pack_file(&synthetic_pack_path())
        .expect("import the synthetic pack");
    open_round(
        store,
        RoundKind::Application,
        Some(2564),
        Some("synthetic-2564"),
    )
    .expect("open a round on the synthetic pack")
}

pub fn application_round(store: &mut Store) -> Round {
    open_round(store, RoundKind::Application, None, None).expect("open an application round")
}

/// Runs the real `gecc` binary with the given data folder.
pub fn gecc(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gecc"))
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .env_remove("GECC_DATA_DIR")
        .output()
        .expect("run gecc")
}

/// Starts `command`, trying again (twice at most, 200 ms apart) when the system refuses
/// it for a moment: Linux refuses a program just copied while another test's child still
/// holds the copy open between its fork and its exec ("Text file busy"), and Wine 8.0
/// once refused CreateProcess with ERROR_INTERNAL_ERROR (1359) just after a kill.
pub fn start(command: &mut Command) -> std::io::Result<Child> {
    let mut attempt = 1;
    loop {
        match command.spawn() {
            Err(error) if attempt < 3 && refused_for_a_moment(&error) => {
                eprintln!("{command:?} did not start ({error}); trying again");
                std::thread::sleep(Duration::from_millis(200));
                attempt += 1;
            }
            result => return result,
        }
    }
}

fn refused_for_a_moment(error: &std::io::Error) -> bool {
    error.kind() == std::io::ErrorKind::ExecutableFileBusy
        || (cfg!(windows) && error.raw_os_error() == Some(1359))
}

/// [`Command::output`], started through [`start`].
pub fn run(command: &mut Command) -> std::io::Result<Output> {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    start(command)?.wait_with_output()
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

pub fn sha256_of_file(path: &Path) -> Vec<u8> {
    use sha2::{Digest, Sha256};
    Sha256::digest(std::fs::read(path).expect("read file")).to_vec()
}

pub fn sha256_hex(path: &Path) -> String {
    sha256_of_file(path)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
