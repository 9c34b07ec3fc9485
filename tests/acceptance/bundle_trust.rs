//! A bundle is trusted for what it proves and nothing more (issue 14): padded text,
//! history and events a clerk could not have saved, records the database would refuse,
//! unsigned bundles for pinned offices, ambiguous input and unreadable messages. Each
//! class is refused by `gecc verify` and by the import, before anything is written.

use std::fs;
use std::path::{Path, PathBuf};

use gecc_core::bundle::{ExportOptions, ImportOptions, ImportStatus, ProblemCode};
use gecc_core::model::AnswerStatus;
use serde_json::{json, Value};

use crate::bundle_support::*;
use crate::support::{gecc, stdout};

const SIGN: &str = "physical.wayfinding-signs";
const HOURS: &str = "physical.service-hours";
const FORGER: [u8; 32] = [7; 32];

/// A change made to a bundle's document, and to a text file of it.
type EditDocument = Box<dyn Fn(&mut Value)>;
type EditText = Box<dyn Fn(String) -> String>;

fn sender() -> Office {
    let mut office = Office::new("ที่ว่าการอำเภอเมืองปัตตานี", "เมืองปัตตานี");
    office.save(SIGN, AnswerStatus::Met, "ติดป้ายบอกทางครบทุกจุด");
    office.save(SIGN, AnswerStatus::Met, "ติดป้ายบอกทางครบทุกจุด ทั้งสองภาษา");
    office.save(HOURS, AnswerStatus::InProgress, "เปิดวันเสาร์");
    office.attach(SIGN, "ป้ายศูนย์ราชการสะดวก.jpg", 20_000, 1);
    office
}

fn exported() -> (Office, tempfile::TempDir, PathBuf) {
    let mut office = sender();
    let (folder, files) = office.export(&ExportOptions::default());
    let file = files[0].clone();
    (office, folder, file)
}

fn allow_unsigned() -> ImportOptions {
    ImportOptions {
        allow_unsigned: true,
        ..ImportOptions::default()
    }
}

/// A copy of `source` whose document is edited, then re-signed by a key nobody has seen
/// (which a fresh receiver trusts on first use), so only the new checks can refuse it.
fn forged(source: &Path, name: &str, edit: impl Fn(&mut Value)) -> PathBuf {
    tampered(source, name, |entries| {
        edit_document(entries, &edit);
        resign(entries, &FORGER);
    })
}

/// Like `forged`, editing `assessment.json` as text (for what JSON values cannot hold).
fn forged_text(source: &Path, name: &str, edit: impl Fn(String) -> String) -> PathBuf {
    tampered(source, name, |entries| {
        let bytes = entry_mut(entries, "/data/assessment.json");
        *bytes = edit(String::from_utf8(bytes.clone()).unwrap()).into_bytes();
        resign(entries, &FORGER);
    })
}

/// Like `forged`, editing `bag-info.txt`.
fn forged_bag_info(source: &Path, name: &str, edit: impl Fn(String) -> String) -> PathBuf {
    tampered(source, name, |entries| {
        let bytes = entry_mut(entries, "/bag-info.txt");
        *bytes = edit(String::from_utf8(bytes.clone()).unwrap()).into_bytes();
        resign(entries, &FORGER);
    })
}

fn backups(office: &Office) -> usize {
    let folder = office.data.database().parent().unwrap().join("backups");
    fs::read_dir(folder).map(|d| d.count()).unwrap_or(0)
}

/// Folders under evidence/ with nothing in them: what a refused import must not leave.
fn empty_folders(folder: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in fs::read_dir(folder).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            if fs::read_dir(&path)
                .map(|mut d| d.next().is_none())
                .unwrap_or(false)
            {
                found.push(path.clone());
            }
            found.extend(empty_folders(&path));
        }
    }
    found
}

fn code_name(code: ProblemCode) -> String {
    serde_json::to_value(code)
        .unwrap()
        .as_str()
        .unwrap()
        .to_string()
}

/// `gecc verify` and the import both refuse `file` for `code`; the import writes
/// nothing, makes no backup and leaves no empty folder. Returns the English messages.
#[track_caller]
fn refused_by_both(
    receiver: &mut Office,
    file: &Path,
    code: ProblemCode,
    options: &ImportOptions,
) -> String {
    let mut args = vec!["--json", "verify"];
    if options.allow_unsigned {
        args.push("--allow-unsigned");
    }
    let file_text = file.to_string_lossy().into_owned();
    args.push(&file_text);
    let verified = gecc(receiver.data.path(), &args);
    assert!(
        !verified.status.success(),
        "gecc verify refuses {}:\n{}",
        file.display(),
        stdout(&verified)
    );
    let verdicts: Value = serde_json::from_str(&stdout(&verified)).expect("verdicts as JSON");
    let codes: Vec<&str> = verdicts[0]["problems"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["code"].as_str())
        .collect();
    assert!(
        codes.contains(&code_name(code).as_str()),
        "gecc verify names {code:?} for {}: {verdicts:#}",
        file.display()
    );

    let before = store_state(&receiver.store, &receiver.data);
    let backups_before = backups(receiver);
    let empty_before = empty_folders(&receiver.store.evidence_dir());
    let outcome = &receiver.import(&[file.to_path_buf()], options)[0];
    assert_eq!(outcome.status, ImportStatus::Refused, "{}", file.display());
    assert!(
        outcome.verdict.has(code),
        "{} is refused for {code:?}: {:?}",
        file.display(),
        outcome.verdict.problems
    );
    assert_eq!(
        store_state(&receiver.store, &receiver.data),
        before,
        "a refused bundle writes nothing"
    );
    assert_eq!(
        backups(receiver),
        backups_before,
        "no backup for a refused bundle"
    );
    assert_eq!(
        empty_folders(&receiver.store.evidence_dir()),
        empty_before,
        "no empty folder is left under evidence/"
    );
    let messages: Vec<String> = outcome
        .verdict
        .problems
        .iter()
        .map(|p| {
            assert!(!p.message.th.is_empty() && !p.message.en.is_empty());
            format!("{} | {}", p.message.th, p.message.en)
        })
        .collect();
    messages.join("\n")
}

fn province() -> Office {
    Office::new("ที่ทำการปกครองจังหวัดปัตตานี", "เมืองปัตตานี")
}

#[test]
fn padded_text_is_refused_in_a_bundle_and_a_save_stores_exactly_the_text_it_checked() {
    let (mut office, _folder, file) = exported();
    let padded = |text: &str| format!("{text}{}", " ".repeat(100_000));
    let variants: Vec<(&str, EditDocument)> = vec![
        (
            "note.zip",
            Box::new(move |d| d["answers"][0]["note"] = padded("x").into()),
        ),
        (
            "owner.zip",
            Box::new(|d| d["answers"][0]["owner"] = "  สมชาย  ".into()),
        ),
        (
            "reason.zip",
            Box::new(|d| d["answers"][0]["not_applicable_reason"] = " ไม่มีพื้นที่ ".into()),
        ),
        (
            "history-after.zip",
            Box::new(|d| d["history"][0]["after"]["owner"] = "สมชาย ".into()),
        ),
        (
            "deadline.zip",
            Box::new(
                |d| d["deadlines"] = json!([{"title": " ส่งแบบประเมิน ", "due_date": "2026-01-15", "done": false, "source": ""}]),
            ),
        ),
        (
            "office.zip",
            Box::new(|d| d["office"]["district"] = " เมือง".into()),
        ),
        (
            "unlock.zip",
            Box::new(|d| {
                d["events"].as_array_mut().unwrap().push(json!({
                    "item_id": null, "kind": "round_unlocked", "actor": "clerk",
                    "at": "2026-11-21T04:00:00.000Z",
                    "detail": {"reason": " แก้ไข ", "from": "submitted"}
                }))
            }),
        ),
    ];
    for (name, edit) in variants {
        let file = forged(&file, name, edit);
        let mut receiver = province();
        refused_by_both(
            &mut receiver,
            &file,
            ProblemCode::PaddedText,
            &ImportOptions::default(),
        );
    }

    // A clerk's save (the app and `gecc` call the same function) stores the checked text.
    let mut input = answer(AnswerStatus::NotApplicable, &padded("บันทึก"));
    input.owner = format!("  สมชาย{}", " ".repeat(10_000));
    input.not_applicable_reason = format!("ไม่มีพื้นที่{}", " ".repeat(10_000));
    let saved = office
        .store
        .save_answer(office.round.id, HOURS, input, "clerk")
        .unwrap()
        .answer;
    assert_eq!(saved.content.note, "บันทึก");
    assert_eq!(saved.content.owner, "สมชาย");
    assert_eq!(saved.content.not_applicable_reason, "ไม่มีพื้นที่");
    let stored: String = rusqlite::Connection::open(office.store.path())
        .unwrap()
        .query_row(
            "SELECT after FROM answer_history ORDER BY id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(
        stored.len() < 1_000,
        "the history holds the trimmed text: {} bytes",
        stored.len()
    );
}

#[test]
fn a_history_entry_or_event_a_clerk_could_not_save_refuses_the_whole_bundle() {
    let (_office, _folder, file) = exported();
    let event = |kind: &str, detail: Value| json!({"item_id": null, "kind": kind, "actor": "clerk", "at": "2026-11-21T04:00:00.000Z", "detail": detail});
    let variants: Vec<(&str, ProblemCode, EditDocument)> = vec![
        (
            "long-after.zip",
            ProblemCode::InvalidRecord,
            Box::new(|d| d["history"][0]["after"]["note"] = "ก".repeat(20_001).into()),
        ),
        (
            "long-before.zip",
            ProblemCode::InvalidRecord,
            Box::new(|d| {
                let after = d["history"][0]["after"].clone();
                d["history"][0]["before"] = after;
                d["history"][0]["before"]["note"] = "ท".repeat(300_000).into();
            }),
        ),
        (
            "number-on-text-item.zip",
            ProblemCode::InvalidRecord,
            Box::new(|d| d["history"][0]["after"]["value_number"] = 5.into()),
        ),
        (
            "bad-date.zip",
            ProblemCode::InvalidRecord,
            Box::new(|d| d["history"][0]["after"]["due_date"] = "2026-02-30".into()),
        ),
        (
            "bad-time.zip",
            ProblemCode::InvalidRecord,
            Box::new(|d| d["history"][0]["changed_at"] = "เมื่อวาน".into()),
        ),
        (
            "long-changer.zip",
            ProblemCode::InvalidRecord,
            Box::new(|d| d["history"][0]["changed_by"] = "ก".repeat(201).into()),
        ),
        (
            "unknown-item.zip",
            ProblemCode::Document,
            Box::new(|d| d["history"][0]["item_id"] = "physical.no-such-item".into()),
        ),
        (
            "bad-status.zip",
            ProblemCode::Document,
            Box::new(|d| d["history"][0]["after"]["status"] = "done_honest".into()),
        ),
        (
            "long-unlock.zip",
            ProblemCode::InvalidRecord,
            Box::new(move |d| {
                d["events"].as_array_mut().unwrap().push(event(
                    "round_unlocked",
                    json!({"reason": "ก".repeat(2_001), "from": "submitted"}),
                ))
            }),
        ),
        (
            "huge-detail.zip",
            ProblemCode::InvalidRecord,
            Box::new(move |d| {
                d["events"]
                    .as_array_mut()
                    .unwrap()
                    .push(event("pack_changed", json!({"note": "ก".repeat(9_000)})))
            }),
        ),
        (
            "event-actor.zip",
            ProblemCode::InvalidRecord,
            Box::new(|d| d["events"][0]["actor"] = "ก".repeat(201).into()),
        ),
        (
            "event-item.zip",
            ProblemCode::Document,
            Box::new(|d| d["events"][0]["item_id"] = "physical.no-such-item".into()),
        ),
    ];
    for (name, code, edit) in variants {
        let file = forged(&file, name, edit);
        let mut receiver = province();
        refused_by_both(&mut receiver, &file, code, &ImportOptions::default());
    }
}

#[test]
fn everything_the_database_enforces_is_checked_by_verify_and_a_refused_import_leaves_nothing() {
    let (_office, _folder, file) = exported();
    let deadline = |title: &str, due: &str| json!([{"title": title, "due_date": due, "done": false, "source": ""}]);
    let variants: Vec<(&str, EditDocument)> = vec![
        (
            "title-301.zip",
            Box::new(move |d| d["deadlines"] = deadline(&"ก".repeat(301), "2026-01-15")),
        ),
        (
            "title-empty.zip",
            Box::new(move |d| d["deadlines"] = deadline("", "2026-01-15")),
        ),
        (
            "due-date.zip",
            Box::new(move |d| d["deadlines"] = deadline("ส่งแบบ", "2026-13-01")),
        ),
        (
            "year-9999.zip",
            Box::new(|d| d["round"]["fiscal_year_be"] = 9999.into()),
        ),
        (
            "year-2499.zip",
            Box::new(|d| d["round"]["fiscal_year_be"] = 2499.into()),
        ),
        (
            "size.zip",
            Box::new(|d| d["evidence"][0]["size"] = json!(u64::MAX)),
        ),
        (
            "evidence-twice.zip",
            Box::new(|d| {
                let first = d["evidence"][0].clone();
                d["evidence"].as_array_mut().unwrap().push(first)
            }),
        ),
        (
            "answer-twice.zip",
            Box::new(|d| {
                let first = d["answers"][0].clone();
                d["answers"].as_array_mut().unwrap().push(first)
            }),
        ),
        (
            "added-at.zip",
            Box::new(|d| d["evidence"][0]["added_at"] = "2026-11-21".into()),
        ),
    ];
    for (name, edit) in variants {
        let file = forged(&file, name, edit);
        let mut receiver = province();
        refused_by_both(
            &mut receiver,
            &file,
            ProblemCode::InvalidRecord,
            &ImportOptions::default(),
        );
    }

    // What verify accepts, the import stores: deadlines at the limits, a backup made once.
    let fits = forged(&file, "fits.zip", |d| {
        d["deadlines"] = json!([
            {"title": "ก".repeat(300), "due_date": "2026-01-15", "done": true, "source": ""},
            {"title": "ส", "due_date": "2026-02-28", "done": false, "source": ""}
        ]);
        d["round"]["fiscal_year_be"] = 2569.into();
    });
    let mut receiver = province();
    let verified = gecc(receiver.data.path(), &["verify", &fits.to_string_lossy()]);
    assert!(verified.status.success(), "{}", stdout(&verified));
    let backups_before = backups(&receiver);
    let outcome = &receiver.import(&[fits], &ImportOptions::default())[0];
    assert_eq!(
        outcome.status,
        ImportStatus::Imported,
        "{:?}",
        outcome.verdict.problems
    );
    assert_eq!(
        backups(&receiver),
        backups_before + 1,
        "one backup before the import"
    );
}

#[test]
fn an_unsigned_bundle_never_changes_a_round_of_an_office_whose_key_is_pinned() {
    let (mut office, _folder, first) = exported();
    let mut receiver = province();
    let outcome = &receiver.import(std::slice::from_ref(&first), &ImportOptions::default())[0];
    assert_eq!(outcome.status, ImportStatus::Imported);
    office.save(HOURS, AnswerStatus::Met, "เปิดทุกวันเสาร์");
    let (_second_folder, second) = office.export(&ExportOptions::default());

    let unsigned = |source: &Path, name: &str, edit: &dyn Fn(&mut Value)| {
        tampered(source, name, |entries| {
            edit_document(entries, edit);
            resign(entries, &FORGER);
            entries.retain(|(n, _)| !n.ends_with("gecc-signature.txt"));
        })
    };
    let forged_note = unsigned(&second[0], "forged-note.zip", &|d| {
        d["answers"][0]["note"] = "ข้อความปลอม".into()
    });
    let stripped = unsigned(&second[0], "stripped.zip", &|_| {});
    let stripped_first = unsigned(&first, "stripped-first.zip", &|d| {
        d["answers"][1]["note"] = "ปลอมในรอบเดิม".into()
    });
    for file in [&forged_note, &stripped, &stripped_first] {
        let messages = refused_by_both(
            &mut receiver,
            file,
            ProblemCode::UnsignedForPinnedOffice,
            &allow_unsigned(),
        );
        assert!(messages.contains("ที่ว่าการอำเภอเมืองปัตตานี"), "{messages}");
    }
    // Nor the office's own round on its own PC, nor a PC adopting the office.
    refused_by_both(
        &mut office,
        &forged_note,
        ProblemCode::UnsignedForPinnedOffice,
        &allow_unsigned(),
    );
    // (`gecc verify` has no --adopt-office, so the import alone is asked.)
    let mut second_pc = province();
    let before = store_state(&second_pc.store, &second_pc.data);
    let adopting = ImportOptions {
        adopt_office: true,
        ..allow_unsigned()
    };
    let outcome = &second_pc.import(std::slice::from_ref(&forged_note), &adopting)[0];
    assert!(
        outcome.verdict.has(ProblemCode::UnsignedForPinnedOffice),
        "{:?}",
        outcome.verdict.problems
    );
    assert_eq!(store_state(&second_pc.store, &second_pc.data), before);
    // `gecc import --allow-unsigned` says so too.
    let cli = gecc(
        receiver.data.path(),
        &["import", "--allow-unsigned", &forged_note.to_string_lossy()],
    );
    assert!(!cli.status.success());
    assert!(stdout(&cli).contains("never changes"), "{}", stdout(&cli));

    // The signed bundle still imports; an unsigned one of an office never seen still may.
    let outcome = &receiver.import(&second, &ImportOptions::default())[0];
    assert_eq!(
        outcome.status,
        ImportStatus::Imported,
        "{:?}",
        outcome.verdict.problems
    );
    let mut fresh = province();
    let outcome = &fresh.import(&[stripped], &allow_unsigned())[0];
    assert_eq!(
        outcome.status,
        ImportStatus::Imported,
        "{:?}",
        outcome.verdict.problems
    );
}

#[test]
fn ambiguous_bundles_are_refused_with_a_message_that_names_what_is_ambiguous() {
    let (mut office, _folder, file) = exported();
    let text_variants: Vec<(&str, &str, EditText)> = vec![
        (
            "top-key.zip",
            "summary_only",
            Box::new(|t| t.replacen('{', "{\n  \"summary_only\": true,", 1)),
        ),
        (
            "answer-key.zip",
            "answers[0].note",
            Box::new(|t| t.replacen("\"note\": ", "\"note\": \"ปลอม\", \"note\": ", 1)),
        ),
        (
            "detail-key.zip",
            "detail.sha256",
            Box::new(|t| t.replacen("\"detail\": {", "\"detail\": {\"sha256\": \"x\", ", 1)),
        ),
    ];
    for (name, named, edit) in text_variants {
        let file = forged_text(&file, name, edit);
        let messages = refused_by_both(
            &mut province(),
            &file,
            ProblemCode::DuplicateKey,
            &ImportOptions::default(),
        );
        assert!(
            messages.contains(named),
            "the message names {named}: {messages}"
        );
    }

    let tag_variants: Vec<(&str, ProblemCode, &str, EditText)> = vec![
        (
            "sequence-twice.zip",
            ProblemCode::DuplicateTag,
            "GECC-Bundle-Sequence",
            Box::new(|t| format!("{t}GECC-Bundle-Sequence: 2\n")),
        ),
        (
            "oxum-twice.zip",
            ProblemCode::DuplicateTag,
            "Payload-Oxum",
            Box::new(|t| format!("{t}Payload-Oxum: 1.1\n")),
        ),
        (
            "other-office.zip",
            ProblemCode::BagInfoMismatch,
            "Bag-Group-Identifier",
            Box::new(|t| {
                let line = t
                    .lines()
                    .find(|l| l.starts_with("Bag-Group-Identifier"))
                    .unwrap();
                t.replace(line, "Bag-Group-Identifier: gecc-office:someone-else")
            }),
        ),
        (
            "other-name.zip",
            ProblemCode::BagInfoMismatch,
            "Source-Organization",
            Box::new(|t| {
                t.replace(
                    "Source-Organization: ที่ว่าการอำเภอเมืองปัตตานี",
                    "Source-Organization: ที่ว่าการอำเภอหนองจิก",
                )
            }),
        ),
        (
            "other-pack.zip",
            ProblemCode::BagInfoMismatch,
            "GECC-Pack-Version",
            Box::new(|t| {
                let line = t
                    .lines()
                    .find(|l| l.starts_with("GECC-Pack-Version"))
                    .unwrap();
                t.replace(line, "GECC-Pack-Version: 99")
            }),
        ),
        (
            "summary-flag.zip",
            ProblemCode::BagInfoMismatch,
            "GECC-Summary-Only",
            Box::new(|t| t.replace("GECC-Summary-Only: no", "GECC-Summary-Only: yes")),
        ),
    ];
    for (name, code, named, edit) in tag_variants {
        let file = forged_bag_info(&file, name, edit);
        let messages = refused_by_both(&mut province(), &file, code, &ImportOptions::default());
        assert!(
            messages.contains(named),
            "the message names {named}: {messages}"
        );
    }

    let size = forged(&file, "size.zip", |d| {
        let size = d["evidence"][0]["size"].as_u64().unwrap();
        d["evidence"][0]["size"] = (size + 1).into();
    });
    let messages = refused_by_both(
        &mut province(),
        &size,
        ProblemCode::EvidenceSize,
        &ImportOptions::default(),
    );
    assert!(messages.contains("ป้ายศูนย์ราชการสะดวก.jpg"), "{messages}");

    let two_signatures = tampered(&file, "two-signatures.zip", |entries| {
        let signature = entry_mut(entries, "/gecc-signature.txt");
        let text = String::from_utf8(signature.clone()).unwrap();
        let line = text
            .lines()
            .find(|l| l.starts_with("Signature:"))
            .unwrap()
            .to_string();
        signature.extend(format!("{line}\n").into_bytes());
    });
    refused_by_both(
        &mut province(),
        &two_signatures,
        ProblemCode::DuplicateTag,
        &ImportOptions::default(),
    );

    // Parts whose markers all name a digest that is not the bag's.
    for (seed, name) in ["ภาพ ๑.jpg", "ภาพ ๒.jpg"].into_iter().enumerate() {
        office.attach(HOURS, name, 600_000, seed as u8 + 5);
    }
    let (_parts_folder, parts) = office.export(&ExportOptions {
        part_size_mb: Some(1),
        ..ExportOptions::default()
    });
    assert!(parts.len() >= 2, "{parts:?}");
    let other_digest = "0".repeat(64);
    let relabelled: Vec<PathBuf> = parts
        .iter()
        .enumerate()
        .map(|(index, part)| {
            tampered(part, &format!("relabelled-{index}.zip"), |entries| {
                for (entry, bytes) in entries.iter_mut() {
                    if entry.starts_with("gecc-part-") {
                        let mut marker: Value = serde_json::from_slice(bytes).unwrap();
                        marker["digest"] = other_digest.clone().into();
                        *bytes = serde_json::to_vec(&marker).unwrap();
                    }
                }
            })
        })
        .collect();
    let mut receiver = province();
    let before = store_state(&receiver.store, &receiver.data);
    let outcome = &receiver.import(&relabelled, &ImportOptions::default())[0];
    assert_eq!(outcome.status, ImportStatus::Refused);
    assert!(
        outcome.verdict.has(ProblemCode::PartDigest),
        "{:?}",
        outcome.verdict.problems
    );
    assert_eq!(store_state(&receiver.store, &receiver.data), before);
    let mut args = vec!["verify".to_string()];
    args.extend(relabelled.iter().map(|p| p.to_string_lossy().into_owned()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let verified = gecc(receiver.data.path(), &args);
    assert!(!verified.status.success());
    assert!(
        stdout(&verified).contains("do not belong"),
        "{}",
        stdout(&verified)
    );
}

#[test]
fn messages_print_thai_names_as_typed_and_list_only_what_is_missing() {
    let (mut office, _folder, file) = exported();
    // The same Thai name twice in the ZIP, and a Thai name holding a control character.
    let evidence = read_zip(&file)
        .into_iter()
        .find(|(n, _)| n.ends_with(".jpg"))
        .unwrap();
    let mut entries = raw_entries(&file);
    entries.push(RawEntry::new(&evidence.0, &evidence.1));
    let twice = file.with_file_name("twice.zip");
    fs::write(&twice, raw_zip(&entries)).unwrap();
    let mut entries = raw_entries(&file);
    entries.push(RawEntry::new("ป้าย\u{7}ศูนย์.jpg", b"x"));
    let control = file.with_file_name("control.zip");
    fs::write(&control, raw_zip(&entries)).unwrap();

    for (bundle, shown) in [
        (&twice, "ป้ายศูนย์ราชการสะดวก.jpg"),
        (&control, "ป้าย\\u{7}ศูนย์.jpg"),
    ] {
        let receiver = province();
        let output = gecc(receiver.data.path(), &["verify", &bundle.to_string_lossy()]);
        let printed = stdout(&output);
        assert!(!output.status.success());
        assert!(
            printed.contains(shown),
            "the name prints as typed ({shown}):\n{printed}"
        );
        assert!(
            !printed.contains("\\u{e"),
            "no Thai letter is escaped:\n{printed}"
        );
        let json = gecc(
            receiver.data.path(),
            &["--json", "verify", &bundle.to_string_lossy()],
        );
        let verdicts: Value = serde_json::from_str(&stdout(&json)).unwrap();
        let message = &verdicts[0]["problems"][0]["message"];
        for language in ["th", "en"] {
            let text = message[language].as_str().unwrap();
            assert!(text.contains(shown), "{language}: {text}");
        }
    }

    // Every part given, one of them twice: only "the same part twice" is said.
    for (seed, name) in ["ภาพ ๑.jpg", "ภาพ ๒.jpg"].into_iter().enumerate() {
        office.attach(HOURS, name, 600_000, seed as u8 + 5);
    }
    let (_parts_folder, parts) = office.export(&ExportOptions {
        part_size_mb: Some(1),
        ..ExportOptions::default()
    });
    let copy = parts[0].with_file_name("copy of part 1.zip");
    fs::copy(&parts[0], &copy).unwrap();
    let mut all = parts.clone();
    all.push(copy);
    let receiver = province();
    let args: Vec<String> = std::iter::once("verify".to_string())
        .chain(all.iter().map(|p| p.to_string_lossy().into_owned()))
        .collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let printed = stdout(&gecc(receiver.data.path(), &args));
    assert!(
        printed.contains("The same part was selected twice."),
        "{printed}"
    );
    assert!(
        !printed.contains("missing"),
        "nothing is missing:\n{printed}"
    );
    // One part left out: its number is named.
    let args: Vec<String> = std::iter::once("verify".to_string())
        .chain(parts[1..].iter().map(|p| p.to_string_lossy().into_owned()))
        .collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let printed = stdout(&gecc(receiver.data.path(), &args));
    assert!(printed.contains("part(s) 1 of"), "{printed}");
    assert!(!printed.contains("part(s)  of"), "{printed}");
}

#[test]
fn an_assessment_document_over_its_limit_is_refused_on_its_size_before_it_is_read() {
    let (_office, _folder, file) = exported();
    let limit = gecc_core::bundle::MAX_DOCUMENT as usize;
    // White space after the JSON is still valid JSON: only the size can refuse it.
    let big = forged_text(&file, "big.zip", |text| {
        let padding = limit + 1 - text.len();
        text + &" ".repeat(padding)
    });
    let messages = refused_by_both(
        &mut province(),
        &big,
        ProblemCode::DocumentTooLarge,
        &ImportOptions::default(),
    );
    assert!(messages.contains("assessment.json"), "{messages}");
}
