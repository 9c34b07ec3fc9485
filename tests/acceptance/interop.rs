//! Interoperability: a bundle is only an archival format if tools other than ours read it,
//! so these tests hand real bundles to Python's `zipfile`, Info-ZIP's `unzip`, 7-Zip,
//! bagit.py (the Library of Congress's BagIt tool), the BagIt profile validator and a JSON
//! Schema validator, and import a bag that bagit.py made. `cargo xtask setup` installs
//! every one of them; a missing tool fails the test, because a skipped interoperability
//! test proves nothing.

use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use gecc_core::bundle::{evidence_bag_paths, ExportOptions};
use gecc_core::evidence::{ingest_file, CopyControl};
use gecc_core::model::AnswerStatus;

use crate::bundle_support::*;
use crate::support::*;

const SIGN: &str = "physical.wayfinding-signs";
const HOURS: &str = "physical.service-hours";

/// The office names of the CSV test, as a province would see them.
const PATTANI: &str = "ที่ว่าการอำเภอเมืองปัตตานี";
const NONG_CHIK: &str = "ที่ว่าการอำเภอหนองจิก";

/// Thai letters without spaces, to build long names from.
const LONG_PHRASE: &str = "ภาพถ่ายการให้บริการประชาชนณจุดบริการเบ็ดเสร็จ";

/// A Thai file name of 200 characters with its extension: Windows takes it (it counts
/// UTF-16 units, one per Thai letter), but it is 592 bytes in UTF-8.
fn long_thai_name() -> String {
    let stem: String = LONG_PHRASE.chars().cycle().take(196).collect();
    let name = format!("{stem}.jpg");
    assert_eq!(name.chars().count(), 200, "the long name is 200 characters");
    name
}

/// The evidence of [`thai_office`], in the order attached: original names and the bag
/// paths other tools must show, exactly. The short names keep their Thai whole; how far
/// the long one is shortened is the exporter's rule (`evidence_bag_paths`), held here to
/// what every tool needs: a start of the original name, its extension, and at most 255
/// UTF-8 bytes, the longest name Linux and macOS create.
fn thai_evidence() -> Vec<(String, String)> {
    let long = long_thai_name();
    let originals = [
        "ป้ายศูนย์ราชการสะดวก.jpg",
        "ป้ายศูนย์ราชการสะดวก.JPG",
        "คำสั่ง 🙂 เวลาทำการ.pdf",
        long.as_str(),
    ];
    let keys = ["0", "1", "2", "3"];
    let paths = evidence_bag_paths(keys.into_iter().zip(originals));
    let evidence: Vec<(String, String)> = keys
        .iter()
        .zip(originals)
        .map(|(key, name)| (name.to_string(), paths[*key].clone()))
        .collect();
    let bag_paths: Vec<&str> = evidence.iter().map(|(_, path)| path.as_str()).collect();
    assert_eq!(
        bag_paths[..3],
        [
            "data/evidence/ป้ายศูนย์ราชการสะดวก.jpg",
            "data/evidence/ป้ายศูนย์ราชการสะดวก (2).JPG",
            "data/evidence/คำสั่ง 🙂 เวลาทำการ.pdf",
        ],
        "short names keep their Thai and emoji; a name equal ignoring case is numbered"
    );
    let long_bag_name = bag_paths[3].strip_prefix("data/evidence/").unwrap();
    let long_stem = long_bag_name
        .strip_suffix(".jpg")
        .unwrap_or_else(|| panic!("the shortened long name keeps its extension: {long_bag_name}"));
    assert!(
        long.starts_with(long_stem) && long_bag_name.len() <= 255,
        "the long name is shortened to a start of itself within 255 bytes: {long_bag_name} ({} bytes)",
        long_bag_name.len()
    );
    evidence
}

/// An office with Thai answers and evidence under Thai, emoji, case-clashing and very
/// long names.
fn thai_office() -> Office {
    let mut office = Office::new(PATTANI, "เมืองปัตตานี");
    office.save(SIGN, AnswerStatus::Met, "ติดป้ายบอกทางครบทุกจุด");
    office.save(HOURS, AnswerStatus::InProgress, "เปิดวันเสาร์ ๘.๓๐–๑๒.๐๐ น.");
    for (seed, (name, _)) in thai_evidence().iter().enumerate() {
        let item = if seed % 2 == 0 { SIGN } else { HOURS };
        attach_as(
            &mut office,
            item,
            name,
            20_000 + seed * 1_000,
            seed as u8 + 1,
        );
    }
    office
}

/// Attaches a generated file as if its name on the clerk's PC were `name`. The file is
/// made under a short name: a 200-letter Thai name is about 600 bytes in UTF-8, which
/// Windows (counting UTF-16 units) allows and Linux (255 bytes at most) does not.
fn attach_as(office: &mut Office, item: &str, name: &str, size: usize, seed: u8) {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("evidence.bin");
    let mut content = JPEG_HEAD.to_vec();
    content.extend((0..size.saturating_sub(JPEG_HEAD.len())).map(|i| ((i * 7) as u8) ^ seed));
    fs::write(&path, &content).unwrap();
    let mut ingested = ingest_file(&office.store.evidence_dir(), &path, &mut |_, _| {
        CopyControl::Continue
    })
    .expect("store the evidence file");
    ingested.original_name = name.to_string();
    office
        .store
        .attach_ingested(office.round.id, item, &ingested, "clerk")
        .expect("attach the evidence file");
}

/// The interoperability tests' Python: GECC_INTEROP_PYTHON, or the venv `cargo xtask
/// setup` makes. Missing is a failure, never a skip.
fn python() -> PathBuf {
    let path = std::env::var_os("GECC_INTEROP_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("target/interop-venv/bin/python3"));
    assert!(
        path.exists(),
        "the interoperability tests need Python with bagit, bagit_profile and jsonschema at {}: run `cargo xtask setup` (or set GECC_INTEROP_PYTHON)",
        path.display()
    );
    path
}

/// A command for a third-party tool in a UTF-8 locale, as on any current desktop, so no
/// result depends on how a tool treats Thai names under the C locale (Python, for one,
/// prints and opens files through the locale's encoding).
fn tool(program: impl AsRef<OsStr>) -> Command {
    let mut command = Command::new(program);
    command
        .env("LANG", "C.UTF-8")
        .env("LC_ALL", "C.UTF-8")
        .env("PYTHONUTF8", "1")
        .env("PYTHONIOENCODING", "utf-8");
    command
}

/// Runs a tool, failing with the way to install it when it is not there.
fn run(command: &mut Command) -> Output {
    command.output().unwrap_or_else(|error| {
        panic!(
            "could not run {:?} ({error}): run `cargo xtask setup` to install the interoperability tools",
            command.get_program()
        )
    })
}

/// Runs Python code with arguments (`sys.argv[1:]`).
fn python_code(code: &str, args: &[&OsStr]) -> Output {
    run(tool(python()).arg("-c").arg(code).args(args))
}

fn both(output: &Output) -> String {
    format!("{}{}", stdout(output), stderr(output))
}

/// Asserts success, showing everything the tool said otherwise.
#[track_caller]
fn assert_success(output: &Output, what: &str) {
    assert!(
        output.status.success(),
        "{what} must succeed ({}):\n{}",
        output.status,
        both(output)
    );
}

/// The folder holding `bagit.txt` directly under `folder` (the bag inside an extracted
/// bundle).
fn bag_in(folder: &Path) -> PathBuf {
    let mut bags: Vec<PathBuf> = fs::read_dir(folder)
        .expect("list the extracted folder")
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.join("bagit.txt").is_file())
        .collect();
    assert_eq!(
        bags.len(),
        1,
        "a bundle extracts to exactly one bag folder in {}",
        folder.display()
    );
    bags.remove(0)
}

fn unzip_into(bundle: &Path, folder: &Path) {
    let output = run(tool("unzip")
        .arg("-o")
        .arg("-q")
        .arg(bundle)
        .arg("-d")
        .arg(folder));
    assert_success(&output, "unzip -o of a bundle");
}

fn seven_zip_into(bundle: &Path, folder: &Path) {
    let mut target = std::ffi::OsString::from("-o");
    target.push(folder);
    let output = run(tool("7z").arg("x").arg("-y").arg(target).arg(bundle));
    assert_success(&output, "7z x of a bundle");
}

/// `bagit.py --validate` on a folder: the full check, every payload file hashed.
fn bagit_validate(bag: &Path) -> Output {
    run(tool(python()).args(["-m", "bagit", "--validate"]).arg(bag))
}

/// Flips one byte in the middle of a file, keeping its size (so only the hash notices).
fn flip_a_byte(path: &Path) {
    let mut bytes = fs::read(path).expect("read the file to tamper with");
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    fs::write(path, bytes).expect("write the tampered file");
}

/// An exported bag, extracted with `extract`, passes bagit.py; the same bag with one
/// evidence byte flipped fails it, naming the file.
fn extracted_bag_validates_and_a_flipped_byte_fails(extract: fn(&Path, &Path), extractor: &str) {
    let mut office = thai_office();
    let (_folder, files) = office.export(&ExportOptions::default());
    let extracted = tempfile::tempdir().unwrap();
    extract(&files[0], extracted.path());
    let bag = bag_in(extracted.path());
    for (_, bag_path) in thai_evidence() {
        assert!(
            bag.join(&bag_path).is_file(),
            "{extractor} creates {bag_path} under its Thai name"
        );
    }

    let valid = bagit_validate(&bag);
    assert_success(
        &valid,
        &format!("bagit.py --validate of a bag {extractor} extracted"),
    );

    let victim = "data/evidence/ป้ายศูนย์ราชการสะดวก.jpg";
    flip_a_byte(&bag.join(victim));
    let invalid = bagit_validate(&bag);
    assert!(
        !invalid.status.success(),
        "bagit.py must refuse a bag with a flipped evidence byte:\n{}",
        both(&invalid)
    );
    assert!(
        both(&invalid).contains("ป้ายศูนย์ราชการสะดวก.jpg"),
        "bagit.py names the changed file:\n{}",
        both(&invalid)
    );
}

#[test]
fn python_zipfile_unzip_and_7zip_list_every_evidence_file_under_its_exact_thai_name() {
    let mut office = thai_office();
    let (_folder, files) = office.export(&ExportOptions::default());
    let bundle = &files[0];
    let stem = bundle.file_stem().unwrap().to_string_lossy().into_owned();

    // Python decodes a name as UTF-8 only when the entry's UTF-8 flag is set, so exact
    // Thai here proves the flag; printing JSON keeps stdout ASCII whatever the locale.
    let listed = python_code(
        "import json, sys, zipfile\nprint(json.dumps(zipfile.ZipFile(sys.argv[1]).namelist()))",
        &[bundle.as_os_str()],
    );
    assert_success(&listed, "zipfile.namelist()");
    let names: Vec<String> =
        serde_json::from_str(stdout(&listed).trim()).expect("namelist as JSON");
    for (_, bag_path) in thai_evidence() {
        let expected = format!("{stem}/{bag_path}");
        assert!(
            names.contains(&expected),
            "Python's zipfile lists {expected} exactly; it listed {names:?}"
        );
    }

    let unzip = run(tool("unzip").arg("-l").arg(bundle));
    assert_success(&unzip, "unzip -l");
    let seven = run(tool("7z").arg("l").arg(bundle));
    assert_success(&seven, "7z l");
    for (lister, output) in [("unzip -l", &unzip), ("7z l", &seven)] {
        let text = stdout(output);
        for (_, bag_path) in thai_evidence() {
            assert!(
                text.contains(&format!("{stem}/{bag_path}")),
                "{lister} shows {bag_path} under the bag folder {stem}, in Thai:\n{text}"
            );
        }
    }
}

#[test]
fn a_bag_extracted_by_unzip_passes_bagit_py_and_fails_it_with_one_byte_flipped() {
    extracted_bag_validates_and_a_flipped_byte_fails(unzip_into, "unzip");
}

#[test]
fn a_bag_extracted_by_7zip_passes_bagit_py_and_fails_it_with_one_byte_flipped() {
    extracted_bag_validates_and_a_flipped_byte_fails(seven_zip_into, "7z x");
}

#[test]
fn an_extracted_bag_meets_our_bagit_profile_our_json_schema_and_an_independent_signature_check() {
    let mut office = thai_office();
    let (_folder, files) = office.export(&ExportOptions::default());
    let extracted = tempfile::tempdir().unwrap();
    unzip_into(&files[0], extracted.path());
    bag_meets_profile_schema_and_signature(&bag_in(extracted.path()));
}

/// Issue 17: a bag of photos reduced for e-mail, in parts, unzipped into one folder, is
/// valid for bagit.py, our profile and schema (`reduced_from` included), and its
/// signature checks out with another Ed25519 implementation.
#[test]
fn a_bag_of_reduced_photos_in_e_mail_parts_passes_bagit_py_profile_schema_and_signature() {
    let (mut office, _) = crate::reduced_photos::office_with_photos(8, (1200, 900));
    let (_folder, parts) = office.export(&ExportOptions {
        part_size_mb: Some(1),
        photo_max_side: Some(1000),
        ..ExportOptions::default()
    });
    assert!(parts.len() > 1, "in e-mail parts");
    let extracted = tempfile::tempdir().unwrap();
    for part in &parts {
        unzip_into(part, extracted.path());
    }
    let bag = bag_in(extracted.path());
    let document: serde_json::Value =
        serde_json::from_slice(&fs::read(bag.join("data/assessment.json")).unwrap()).unwrap();
    let reduced = document["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|record| record.get("reduced_from").is_some())
        .count();
    assert_eq!(reduced, 8);
    bag_meets_profile_schema_and_signature(&bag);
}

fn bag_meets_profile_schema_and_signature(bag: &Path) {
    let script = repo_root().join("tests/interop/check_profile_and_schema.py");
    let checked = run(tool(python()).arg(&script).arg(bag));
    assert_success(
        &checked,
        "bagit validation, our BagIt profile and the assessment's JSON Schema",
    );
    let report = stdout(&checked);
    // The signature is checked by an independent Ed25519 implementation (cryptography).
    for check in ["bagit", "profile-id", "profile", "schema", "signature"] {
        assert!(
            report
                .lines()
                .any(|line| line.split_whitespace().take(2).eq([check, "ok"])),
            "the {check} check ran and passed:\n{report}"
        );
    }
}

/// Makes a bag with bagit.py from a copy of an extracted payload and zips it with
/// Python's zipfile under a top folder, as another organisation's tooling would.
const MAKE_BAG_WITH_BAGIT_PY: &str = r#"
import json, os, shutil, sys, zipfile
import bagit

payload, work, archive = sys.argv[1], sys.argv[2], sys.argv[3]
bag_info = json.loads(sys.argv[4])
folder = os.path.join(work, "bagit-py-bag")
# bagit.py moves the folder's content into data/ itself, so it gets the payload's content.
shutil.copytree(payload, folder)
bagit.make_bag(folder, bag_info=bag_info, checksums=["sha256"])
with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(names):
            path = os.path.join(root, name)
            out.write(path, os.path.join("bagit-py-bag", os.path.relpath(path, folder)))
"#;

#[test]
fn a_bag_made_by_bagit_py_from_our_payload_imports_only_when_unsigned_bags_are_allowed() {
    let mut office = thai_office();
    let (_folder, files) = office.export(&ExportOptions::default());
    let extracted = tempfile::tempdir().unwrap();
    unzip_into(&files[0], extracted.path());
    let payload = bag_in(extracted.path()).join("data");

    let work = tempfile::tempdir().unwrap();
    let archive = work.path().join("bagit-py-bag.zip");
    let bag_info = serde_json::json!({
        "Source-Organization": PATTANI,
        "GECC-Format-Version": "1",
        "GECC-Bundle-Sequence": "1",
    });
    let made = python_code(
        MAKE_BAG_WITH_BAGIT_PY,
        &[
            payload.as_os_str(),
            work.path().as_os_str(),
            archive.as_os_str(),
            OsStr::new(&bag_info.to_string()),
        ],
    );
    assert_success(&made, "bagit.make_bag and zipping with zipfile");
    let archive_text = archive.to_string_lossy().into_owned();

    let province = DataDir::new();
    let refused = gecc(province.path(), &["import", &archive_text]);
    assert!(
        !refused.status.success(),
        "a bag without our signature is refused unless unsigned bags are allowed:\n{}",
        both(&refused)
    );
    assert!(
        both(&refused).contains("not signed"),
        "the refusal says the bag is not signed:\n{}",
        both(&refused)
    );

    let imported = gecc(
        province.path(),
        &["import", "--allow-unsigned", &archive_text],
    );
    assert_success(&imported, "gecc import --allow-unsigned of a bagit.py bag");
    let rounds = gecc(province.path(), &["--json", "rounds"]);
    assert_success(&rounds, "gecc --json rounds");
    let rounds: serde_json::Value = serde_json::from_str(&stdout(&rounds)).expect("rounds as JSON");
    let found = rounds
        .as_array()
        .expect("a list of rounds")
        .iter()
        .any(|r| {
            r["office_name"] == PATTANI && r["fiscal_year_be"] == 2569 && r["kind"] == "application"
        });
    assert!(
        found,
        "the imported round is listed for {PATTANI}, fiscal year 2569: {rounds:#}"
    );
}

/// Makes a bag with bagit.py from our payload, with only the tags `bag_info` gives.
fn bag_made_by_bagit_py(payload: &Path, work: &Path, bag_info: &serde_json::Value) -> PathBuf {
    let archive = work.join("bagit-py-bag.zip");
    let made = python_code(
        MAKE_BAG_WITH_BAGIT_PY,
        &[
            payload.as_os_str(),
            work.as_os_str(),
            archive.as_os_str(),
            OsStr::new(&bag_info.to_string()),
        ],
    );
    assert_success(&made, "bagit.make_bag and zipping with zipfile");
    archive
}

#[test]
fn a_bag_made_by_bagit_py_without_our_tags_imports_unsigned_numbered_by_the_receiver_but_never_over_a_pinned_key(
) {
    let mut office = thai_office();
    let (_folder, files) = office.export(&ExportOptions::default());
    let extracted = tempfile::tempdir().unwrap();
    unzip_into(&files[0], extracted.path());
    let payload = bag_in(extracted.path()).join("data");

    // Only what bagit.py writes by itself (Bagging-Date, Payload-Oxum) and a contact.
    for (index, bag_info) in [
        serde_json::json!({}),
        serde_json::json!({"Source-Organization": PATTANI, "Contact-Name": "สมหญิง ใจดี"}),
    ]
    .iter()
    .enumerate()
    {
        let work = tempfile::tempdir().unwrap();
        let archive = bag_made_by_bagit_py(&payload, work.path(), bag_info);
        let archive_text = archive.to_string_lossy().into_owned();

        let province = DataDir::new();
        let verified = gecc(province.path(), &["verify", &archive_text]);
        assert!(
            !verified.status.success(),
            "unsigned needs consent:\n{}",
            both(&verified)
        );
        assert!(
            both(&verified).contains("not signed"),
            "{}",
            both(&verified)
        );
        let verified = gecc(
            province.path(),
            &["verify", "--allow-unsigned", &archive_text],
        );
        assert_success(
            &verified,
            &format!("gecc verify --allow-unsigned of bag {index}"),
        );
        let imported = gecc(
            province.path(),
            &["import", "--allow-unsigned", &archive_text],
        );
        assert_success(
            &imported,
            &format!("gecc import --allow-unsigned of bag {index}"),
        );
        let status = gecc(province.path(), &["--json", "rounds"]);
        let rounds: serde_json::Value = serde_json::from_str(&stdout(&status)).unwrap();
        assert!(
            rounds
                .as_array()
                .unwrap()
                .iter()
                .any(|r| r["office_name"] == PATTANI),
            "the round is there: {rounds:#}"
        );
        let connection = rusqlite::Connection::open(province.database()).unwrap();
        let sequence: i64 = connection
            .query_row(
                "SELECT sequence FROM bundles WHERE direction = 'imported'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(sequence, 1, "the receiver numbers an unnumbered bag");

        // A province that took the office's signed bundle has pinned its key.
        let pinned = DataDir::new();
        let bundle = files[0].to_string_lossy().into_owned();
        assert_success(
            &gecc(pinned.path(), &["import", &bundle]),
            "the signed bundle",
        );
        let refused = gecc(
            pinned.path(),
            &["import", "--allow-unsigned", &archive_text],
        );
        assert!(!refused.status.success(), "{}", both(&refused));
        assert!(both(&refused).contains("pinned"), "{}", both(&refused));
    }
}

#[test]
fn gecc_verify_passes_our_own_bundle_and_fails_a_tampered_copy_naming_the_bad_file() {
    let mut office = thai_office();
    let (_folder, files) = office.export(&ExportOptions::default());
    let receiver = DataDir::new();
    let bundle = files[0].to_string_lossy().into_owned();
    let verified = gecc(receiver.path(), &["verify", &bundle]);
    assert_success(&verified, "gecc verify of a bundle as exported");

    let victim = "data/evidence/คำสั่ง 🙂 เวลาทำการ.pdf";
    let bad = tampered(&files[0], "tampered.zip", |entries| {
        let bytes = entry_mut(entries, victim);
        let middle = bytes.len() / 2;
        bytes[middle] ^= 0x01;
    });
    let refused = gecc(receiver.path(), &["verify", &bad.to_string_lossy()]);
    assert!(
        !refused.status.success(),
        "gecc verify fails a bundle with a changed evidence byte:\n{}",
        both(&refused)
    );
    assert!(
        both(&refused).contains("คำสั่ง 🙂 เวลาทำการ.pdf"),
        "gecc verify names the changed file:\n{}",
        both(&refused)
    );
}

#[test]
fn every_part_unzipped_into_one_folder_gives_a_bag_that_passes_bagit_py() {
    let mut office = Office::new(PATTANI, "เมืองปัตตานี");
    for (seed, name) in ["ภาพที่ ๑.jpg", "ภาพที่ ๒.jpg", "ภาพที่ ๓.jpg"]
        .into_iter()
        .enumerate()
    {
        office.attach(SIGN, name, 600_000, seed as u8 + 1);
    }
    let (_folder, parts) = office.export(&ExportOptions {
        part_size_mb: Some(1),
        ..ExportOptions::default()
    });
    assert!(
        parts.len() >= 3,
        "three 600 kB files need three 1 MB parts: {parts:?}"
    );

    let extracted = tempfile::tempdir().unwrap();
    for part in &parts {
        unzip_into(part, extracted.path());
    }
    let bag = bag_in(extracted.path());
    let valid = bagit_validate(&bag);
    assert_success(
        &valid,
        "bagit.py --validate of every part unzipped into one folder",
    );
}

/// Reads a CSV file as Excel's users' tools would: UTF-8 with its BOM, into rows.
const READ_CSV: &str = r#"
import csv, json, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    print(json.dumps(list(csv.reader(f))))
"#;

#[test]
fn the_status_csv_starts_with_a_bom_and_python_reads_the_thai_office_names_in_its_first_column() {
    let province = DataDir::new();
    let mut folders = Vec::new();
    for (name, district) in [(PATTANI, "เมืองปัตตานี"), (NONG_CHIK, "หนองจิก")]
    {
        let mut office = Office::new(name, district);
        office.save(SIGN, AnswerStatus::Met, "ติดป้ายครบ");
        let (folder, files) = office.export(&ExportOptions::default());
        let imported = gecc(province.path(), &["import", &files[0].to_string_lossy()]);
        assert_success(&imported, &format!("gecc import of {name}'s bundle"));
        folders.push(folder);
    }

    let csv = province.path().join("สถานะ.csv");
    let written = gecc(
        province.path(),
        &[
            "status",
            "--fiscal-year",
            "2569",
            "--csv",
            &csv.to_string_lossy(),
        ],
    );
    assert_success(&written, "gecc status --csv");
    let bytes = fs::read(&csv).expect("the CSV file is written");
    assert!(
        bytes.starts_with(&[0xEF, 0xBB, 0xBF]),
        "the CSV starts with the UTF-8 byte-order mark, so Excel reads Thai"
    );

    let read = python_code(READ_CSV, &[csv.as_os_str()]);
    assert_success(&read, "Python's csv module reading the status CSV");
    let rows: Vec<Vec<String>> = serde_json::from_str(stdout(&read).trim()).expect("rows as JSON");
    assert_eq!(
        rows[0][0], "สำนักงาน",
        "the first row is a header, with no BOM left in its first cell: {rows:?}"
    );
    let first_column: Vec<&str> = rows[1..].iter().map(|row| row[0].as_str()).collect();
    for name in [PATTANI, NONG_CHIK] {
        assert!(
            first_column.contains(&name),
            "{name} is in the first column: {first_column:?}"
        );
    }
    assert!(
        rows.iter().all(|row| row.len() == rows[0].len()),
        "every row has as many cells as the header: {rows:?}"
    );
}
