//! Submission bundles end to end on real files: export, verify, import into a fresh data
//! folder, merge between two PCs of one office, e-mail parts, and every tampered or
//! hostile bundle refused with nothing written.

use std::fs;
use std::path::Path;

use gecc_core::bundle::{ExportOptions, ImportOptions, ImportStatus, ProblemCode, Side};
use gecc_core::evidence::stored_path;
use gecc_core::model::{AnswerStatus, RoundKind};
use gecc_core::ErrorCode;

use crate::bundle_support::*;
use crate::support::DataDir;

const SIGN: &str = "physical.wayfinding-signs";
const HOURS: &str = "physical.service-hours";
const LAYOUT: &str = "physical.service-layout";

/// An office with answers in Thai, evidence with Thai, emoji and clashing names.
fn filled_office() -> Office {
    let mut office = Office::new("ที่ว่าการอำเภอเมืองปัตตานี", "เมืองปัตตานี");
    office.save(
        SIGN,
        AnswerStatus::Met,
        "ติดป้ายบอกทางครบทุกจุด ทั้งภาษาไทยและภาษาอังกฤษ",
    );
    office.save(HOURS, AnswerStatus::InProgress, "เปิดวันเสาร์ ๘.๓๐–๑๒.๐๐ น.");
    office.attach(SIGN, "ป้ายศูนย์ราชการสะดวก.jpg", 40_000, 1);
    office.attach(SIGN, "ป้ายศูนย์ราชการสะดวก.JPG", 30_000, 2);
    office.attach(HOURS, "คำสั่ง 🙂 เวลาทำการ.pdf", 20_000, 3);
    office
}

fn ok() -> ImportOptions {
    ImportOptions::default()
}

#[test]
fn a_bundle_imported_on_a_fresh_pc_reproduces_every_answer_change_and_file_byte_for_byte() {
    let mut office = filled_office();
    let (_folder, files) = office.export(&ExportOptions::default());
    assert_eq!(files.len(), 1, "one file without a part size");
    let name = files[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.contains("ปัตตานี") && name.ends_with("ครั้งที่ 1.zip"),
        "{name}"
    );

    let mut province = Office::new("สำนักงานจังหวัดปัตตานี", "เมืองปัตตานี");
    let outcomes = province.import(&files, &ok());
    assert_eq!(
        outcomes[0].status,
        ImportStatus::Imported,
        "{:?}",
        outcomes[0].verdict.problems
    );
    assert_eq!(outcomes[0].evidence_copied, 3);
    let round_id = outcomes[0].round_id.unwrap();

    let theirs = province.store.checklist(round_id).unwrap();
    let mine = office.store.checklist(office.round.id).unwrap();
    assert!(
        !theirs.round.office_is_local,
        "another office's round is marked as such"
    );
    assert_eq!(theirs.round.office_name, "ที่ว่าการอำเภอเมืองปัตตานี");
    let contents = |c: &gecc_core::model::Checklist| {
        c.answers
            .iter()
            .map(|a| (a.item_id.clone(), a.content.clone(), a.updated_at.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        contents(&theirs),
        contents(&mine),
        "every answer arrives as it was"
    );
    for item in [SIGN, HOURS] {
        let a = office.store.history(office.round.id, item).unwrap();
        let b = province.store.history(round_id, item).unwrap();
        let strip = |h: Vec<gecc_core::model::AnswerChange>| {
            h.into_iter()
                .map(|c| (c.before, c.after, c.changed_by, c.changed_at))
                .collect::<Vec<_>>()
        };
        assert_eq!(strip(b), strip(a), "the history of {item} arrives whole");
    }
    let mut names: Vec<String> = theirs
        .evidence
        .iter()
        .map(|e| e.original_name.clone())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "คำสั่ง 🙂 เวลาทำการ.pdf",
            "ป้ายศูนย์ราชการสะดวก.JPG",
            "ป้ายศูนย์ราชการสะดวก.jpg"
        ],
        "original names survive the round trip"
    );
    for file in &mine.evidence {
        let here = fs::read(stored_path(&office.store.evidence_dir(), &file.sha256)).unwrap();
        let there = fs::read(stored_path(&province.store.evidence_dir(), &file.sha256)).unwrap();
        assert!(
            here == there,
            "evidence {} arrives byte for byte",
            file.original_name
        );
    }
    assert_eq!(theirs.links.len(), mine.links.len(), "every link arrives");
    let refused = province
        .store
        .save_answer(
            round_id,
            SIGN,
            answer(AnswerStatus::NotMet, "x"),
            "province",
        )
        .unwrap_err();
    assert_eq!(
        refused.code(),
        ErrorCode::RoundLocked,
        "another office's round is read-only"
    );
}

#[test]
fn importing_the_same_bundle_twice_changes_nothing() {
    let mut office = filled_office();
    let (_folder, files) = office.export(&ExportOptions::default());
    let mut province = Office::new("จังหวัด", "เมือง");
    province.import(&files, &ok());
    let before = store_state(&province.store, &province.data);
    let again = province.import(&files, &ok());
    assert_eq!(again[0].status, ImportStatus::AlreadyImported);
    assert_eq!(
        store_state(&province.store, &province.data),
        before,
        "the second import wrote nothing"
    );
}

#[test]
fn evidence_already_present_is_not_copied_again_and_a_newer_bundle_updates_the_round() {
    let mut office = filled_office();
    let (_a, first) = office.export(&ExportOptions::default());
    office.save(LAYOUT, AnswerStatus::Met, "จัดผังใหม่");
    let (_b, second) = office.export(&ExportOptions::default());
    let mut province = Office::new("จังหวัด", "เมือง");
    province.import(&first, &ok());
    let outcome = &province.import(&second, &ok())[0];
    assert_eq!(outcome.status, ImportStatus::Imported);
    assert_eq!(
        (outcome.evidence_copied, outcome.evidence_already_here),
        (0, 3),
        "same hashes are not copied twice"
    );
    assert_eq!(outcome.taken, [LAYOUT], "only the changed item is taken");
    let bundles = province.store.bundles(outcome.round_id.unwrap()).unwrap();
    assert_eq!(
        bundles.iter().map(|b| b.sequence).collect::<Vec<_>>(),
        [1, 2]
    );
    assert_eq!(
        bundles[1].previous_digest, bundles[0].digest,
        "each bundle names the one before it"
    );
}

#[test]
fn an_older_bundle_after_a_newer_one_is_refused_as_a_replay() {
    let mut office = filled_office();
    let (_a, first) = office.export(&ExportOptions::default());
    office.save(LAYOUT, AnswerStatus::Met, "จัดผังใหม่");
    let (_b, second) = office.export(&ExportOptions::default());
    let mut province = Office::new("จังหวัด", "เมือง");
    province.import(&second, &ok());
    let before = store_state(&province.store, &province.data);
    let outcome = &province.import(&first, &ok())[0];
    assert_eq!(outcome.status, ImportStatus::Refused);
    assert!(
        outcome.verdict.has(ProblemCode::Replay),
        "{:?}",
        outcome.verdict.problems
    );
    assert_eq!(store_state(&province.store, &province.data), before);
}

#[test]
fn a_summary_bundle_lists_the_evidence_without_carrying_it() {
    let mut office = filled_office();
    let (_folder, files) = office.export(&ExportOptions {
        summary_only: true,
        ..ExportOptions::default()
    });
    let names: Vec<String> = read_zip(&files[0]).into_iter().map(|(n, _)| n).collect();
    assert!(
        !names.iter().any(|n| n.contains("/data/evidence/")),
        "no evidence files: {names:?}"
    );
    let mut province = Office::new("จังหวัด", "เมือง");
    let outcome = &province.import(&files, &ok())[0];
    assert_eq!(outcome.status, ImportStatus::Imported);
    let checklist = province.store.checklist(outcome.round_id.unwrap()).unwrap();
    assert_eq!(checklist.evidence.len(), 3, "the files are listed");
    assert!(
        checklist
            .evidence
            .iter()
            .all(|e| !province.store.evidence_received(&e.sha256).unwrap()),
        "but marked as not received"
    );
    // The full bundle later brings the files themselves.
    let (_full, full) = office.export(&ExportOptions::default());
    let outcome = &province.import(&full, &ok())[0];
    assert_eq!(outcome.evidence_copied, 3);
    assert!(checklist
        .evidence
        .iter()
        .all(|e| province.store.evidence_received(&e.sha256).unwrap()));
}

#[test]
fn removing_personal_data_leaves_no_staff_name_phone_email_or_username() {
    let mut office = filled_office();
    let (_folder, files) = office.export(&ExportOptions {
        remove_personal_data: true,
        ..ExportOptions::default()
    });
    let text: String = read_zip(&files[0])
        .into_iter()
        .filter(|(n, _)| n.ends_with(".json") || n.ends_with(".txt"))
        .map(|(_, b)| String::from_utf8_lossy(&b).into_owned())
        .collect();
    for personal in [
        "สมหญิง",
        "สมชาย",
        "somying@dopa.go.th",
        "073-000-000",
        "pattani-muang",
        "clerk",
    ] {
        assert!(
            !text.contains(personal),
            "{personal} must not be in a bundle without personal data"
        );
    }
    assert!(
        text.contains("บุคคล ๑"),
        "names are replaced by placeholders"
    );
    assert!(
        text.contains("ติดป้ายบอกทางครบทุกจุด"),
        "the answers themselves stay"
    );
}

#[test]
fn e_mail_parts_stay_under_the_size_say_which_part_they_are_and_import_in_any_order() {
    let mut office = Office::new("อำเภอหนองจิก", "หนองจิก");
    office.save(SIGN, AnswerStatus::Met, "ครบ");
    for (index, item) in [SIGN, HOURS, LAYOUT].iter().enumerate() {
        office.attach(item, &format!("ภาพถ่าย {index}.jpg"), 600_000, index as u8);
    }
    let (_folder, mut files) = office.export(&ExportOptions {
        part_size_mb: Some(1),
        ..ExportOptions::default()
    });
    assert!(
        files.len() >= 3,
        "three 600 kB files need three 1 MB parts: {files:?}"
    );
    let count = files.len();
    for (index, file) in files.iter().enumerate() {
        assert!(
            fs::metadata(file).unwrap().len() <= 1_000_000,
            "{} is at most 1 MB",
            file.display()
        );
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            name.ends_with(&format!("ส่วน {} จาก {count}.zip", index + 1)),
            "{name}"
        );
    }

    let mut province = Office::new("จังหวัด", "เมือง");
    let missing = files.remove(1);
    let before = store_state(&province.store, &province.data);
    let outcome = &province.import(&files, &ok())[0];
    assert_eq!(outcome.status, ImportStatus::Refused);
    assert!(outcome.verdict.has(ProblemCode::MissingPart));
    assert!(
        outcome.verdict.first_problem().th.contains("ส่วนที่ 2"),
        "the missing part is named: {}",
        outcome.verdict.first_problem().th
    );
    assert_eq!(
        store_state(&province.store, &province.data),
        before,
        "nothing is written"
    );

    files.push(missing);
    files.reverse();
    let outcome = &province.import(&files, &ok())[0];
    assert_eq!(
        outcome.status,
        ImportStatus::Imported,
        "{:?}",
        outcome.verdict.problems
    );
    assert_eq!(outcome.evidence_copied, 3);
}

#[test]
fn a_file_larger_than_the_part_size_is_refused_before_anything_is_written() {
    let mut office = Office::new("อำเภอ", "อำเภอ");
    office.attach(SIGN, "วิดีโอ.jpg", 1_500_000, 9);
    let folder = tempfile::tempdir().unwrap();
    let error = gecc_core::bundle::export_round(
        &mut office.store,
        office.round.id,
        &ExportOptions {
            part_size_mb: Some(1),
            ..ExportOptions::default()
        },
        Vec::new(),
        folder.path(),
        &mut |_| gecc_core::evidence::CopyControl::Continue,
    )
    .unwrap_err();
    assert_eq!(error.code(), ErrorCode::InvalidInput);
    assert!(
        error.message().th.contains("วิดีโอ.jpg"),
        "the message names the file"
    );
    assert_eq!(
        fs::read_dir(folder.path()).unwrap().count(),
        0,
        "no file is left"
    );
}

#[test]
fn a_cancelled_export_leaves_no_file_under_any_name() {
    let mut office = filled_office();
    let folder = tempfile::tempdir().unwrap();
    let mut calls = 0;
    let error = gecc_core::bundle::export_round(
        &mut office.store,
        office.round.id,
        &ExportOptions::default(),
        Vec::new(),
        folder.path(),
        &mut |_| {
            calls += 1;
            if calls > 2 {
                gecc_core::evidence::CopyControl::Cancel
            } else {
                gecc_core::evidence::CopyControl::Continue
            }
        },
    )
    .unwrap_err();
    assert_eq!(error.code(), ErrorCode::Cancelled);
    assert_eq!(
        fs::read_dir(folder.path()).unwrap().count(),
        0,
        "nothing is left in the folder"
    );
    assert!(
        office.store.bundles(office.round.id).unwrap().is_empty(),
        "a cancelled export is not logged"
    );
}

/// Imports `file` into a fresh province store and asserts it is refused with `code` and
/// that nothing was written.
fn assert_refused(file: &std::path::Path, code: ProblemCode, options: &ImportOptions) {
    let mut province = Office::new("จังหวัด", "เมือง");
    let before = store_state(&province.store, &province.data);
    let outcome = &province.import(&[file.to_path_buf()], options)[0];
    assert_eq!(
        outcome.status,
        ImportStatus::Refused,
        "{} must be refused",
        file.display()
    );
    assert!(
        outcome.verdict.has(code),
        "{} is refused for {code:?}: {:?}",
        file.display(),
        outcome.verdict.problems
    );
    assert_eq!(
        store_state(&province.store, &province.data),
        before,
        "a refused bundle writes nothing"
    );
}

#[test]
fn one_flipped_byte_in_evidence_in_the_document_or_in_the_tag_manifest_is_refused() {
    let mut office = filled_office();
    let (_folder, files) = office.export(&ExportOptions::default());
    let evidence = tampered(&files[0], "evidence.zip", |e| {
        entry_mut(e, ".pdf")[100] ^= 1
    });
    assert_refused(&evidence, ProblemCode::ChecksumMismatch, &ok());
    let document = tampered(&files[0], "document.zip", |e| {
        entry_mut(e, "/data/assessment.json")[50] ^= 1
    });
    assert_refused(&document, ProblemCode::ChecksumMismatch, &ok());
    let tags = tampered(&files[0], "tags.zip", |e| {
        entry_mut(e, "/tagmanifest-sha256.txt")[3] ^= 1
    });
    assert_refused(&tags, ProblemCode::ChecksumMismatch, &ok());
}

#[test]
fn a_wrong_signature_is_refused_and_an_unsigned_bag_needs_explicit_consent() {
    let mut office = filled_office();
    let (_folder, files) = office.export(&ExportOptions::default());
    let wrong = tampered(&files[0], "wrong.zip", |e| {
        // Another key's valid signature over the same tag manifest does not match the key named.
        let text = String::from_utf8(entry_mut(e, "/gecc-signature.txt").clone()).unwrap();
        let other = gecc_core::signing::new_signing_key().unwrap();
        let manifest = entry_mut(e, "/tagmanifest-sha256.txt").clone();
        let forged: String = text
            .lines()
            .map(|l| {
                if l.starts_with("Signature:") {
                    format!(
                        "Signature: {}\n",
                        gecc_core::signing::sign(&other, &manifest)
                    )
                } else {
                    format!("{l}\n")
                }
            })
            .collect();
        *entry_mut(e, "/gecc-signature.txt") = forged.into_bytes();
    });
    assert_refused(&wrong, ProblemCode::Signature, &ok());

    let unsigned = tampered(&files[0], "unsigned.zip", |e| {
        e.retain(|(n, _)| !n.ends_with("gecc-signature.txt"))
    });
    assert_refused(&unsigned, ProblemCode::Unsigned, &ok());
    let mut province = Office::new("จังหวัด", "เมือง");
    let outcome = &province.import(
        &[unsigned],
        &ImportOptions {
            allow_unsigned: true,
            ..ok()
        },
    )[0];
    assert_eq!(
        outcome.status,
        ImportStatus::Imported,
        "an unsigned bag imports when allowed"
    );
}

#[test]
fn a_future_format_malformed_json_or_an_unknown_pack_is_refused_even_when_signed() {
    let mut office = filled_office();
    let (_folder, files) = office.export(&ExportOptions::default());
    let seed = gecc_core::signing::new_signing_key().unwrap();
    let future = tampered(&files[0], "future.zip", |e| {
        edit_document(e, |d| d["format_version"] = 2.into());
        resign(e, &seed);
    });
    assert_refused(&future, ProblemCode::FormatTooNew, &ok());
    let malformed = tampered(&files[0], "malformed.zip", |e| {
        *entry_mut(e, "/data/assessment.json") =
            b"{\"format\": \"gecc-desk-assessment\", ".to_vec();
        resign(e, &seed);
    });
    assert_refused(&malformed, ProblemCode::Document, &ok());
    let unknown = tampered(&files[0], "unknown-pack.zip", |e| {
        edit_document(e, |d| d["pack"]["id"] = "gecc-2599".into());
        // bag-info.txt names the same pack, or the bag would contradict itself.
        let info = String::from_utf8(entry_mut(e, "/bag-info.txt").clone()).unwrap();
        *entry_mut(e, "/bag-info.txt") = info
            .replace("GECC-Pack-Id: gecc-2568", "GECC-Pack-Id: gecc-2599")
            .into_bytes();
        resign(e, &seed);
    });
    assert_refused(&unknown, ProblemCode::UnknownPack, &ok());
    let bad_answer = tampered(&files[0], "bad-item.zip", |e| {
        edit_document(e, |d| {
            d["answers"][0]["item_id"] = "physical.no-such-item".into()
        });
        resign(e, &seed);
    });
    assert_refused(&bad_answer, ProblemCode::Document, &ok());
}

#[test]
fn a_new_key_for_a_known_office_needs_a_phone_check_before_it_is_trusted() {
    let mut office = filled_office();
    let (_a, first) = office.export(&ExportOptions::default());
    office.save(LAYOUT, AnswerStatus::Met, "ใหม่");
    let (_b, second) = office.export(&ExportOptions::default());
    let seed = gecc_core::signing::new_signing_key().unwrap();
    let other_key = tampered(&second[0], "other-key.zip", |e| resign(e, &seed));
    let mut province = Office::new("จังหวัด", "เมือง");
    province.import(&first, &ok());
    let outcome = &province.import(std::slice::from_ref(&other_key), &ok())[0];
    assert!(
        outcome.verdict.has(ProblemCode::NewKey),
        "{:?}",
        outcome.verdict.problems
    );
    let outcome = &province.import(
        &[other_key],
        &ImportOptions {
            accept_new_key: true,
            ..ok()
        },
    )[0];
    assert_eq!(outcome.status, ImportStatus::Imported);
}

/// A change made to a bundle's entries.
type EditEntries = Box<dyn Fn(&mut Vec<RawEntry>)>;

#[test]
fn hostile_archives_are_refused_and_nothing_lands_outside_or_inside_the_store() {
    let mut office = filled_office();
    let (folder, files) = office.export(&ExportOptions::default());
    let cases: Vec<(&str, EditEntries)> = vec![
        (
            "traversal",
            Box::new(|e| e.push(RawEntry::new("../evil.txt", b"x"))),
        ),
        (
            "deep traversal",
            Box::new(|e| e.push(RawEntry::new("bag/data/../../../evil.txt", b"x"))),
        ),
        (
            "absolute",
            Box::new(|e| e.push(RawEntry::new("/tmp/evil.txt", b"x"))),
        ),
        (
            "drive letter",
            Box::new(|e| e.push(RawEntry::new("C:/Windows/evil.txt", b"x"))),
        ),
        (
            "backslash",
            Box::new(|e| e.push(RawEntry::new("..\\evil.txt", b"x"))),
        ),
        (
            "device name",
            Box::new(|e| e.push(RawEntry::new("bag/data/evidence/CON.txt", b"x"))),
        ),
        (
            "nul",
            Box::new(|e| {
                e.push(RawEntry {
                    name: b"bag/a\0b".to_vec(),
                    ..RawEntry::new("", b"x")
                })
            }),
        ),
        (
            "symlink",
            Box::new(|e| {
                e.push(RawEntry {
                    unix_mode: Some(0o120777),
                    ..RawEntry::new("bag/data/link", b"/etc/passwd")
                })
            }),
        ),
        (
            "duplicate",
            Box::new(|e| {
                let copy =
                    RawEntry::new(&String::from_utf8(e[2].name.clone()).unwrap(), &e[2].data);
                e.push(copy);
            }),
        ),
    ];
    for (index, (label, edit)) in cases.into_iter().enumerate() {
        let mut entries = raw_entries(&files[0]);
        edit(&mut entries);
        // Numbered, not labelled: a label such as "device name" is no file name on Windows.
        let path = folder.path().join(format!("case {index}.zip"));
        fs::write(&path, raw_zip(&entries)).unwrap();
        assert_refused(&path, ProblemCode::UnsafeArchive, &ok());
        assert!(
            !folder.path().join("../evil.txt").exists(),
            "{label}: nothing is written outside"
        );
    }
    let bytes = fs::read(&files[0]).unwrap();
    let truncated = folder.path().join("truncated.zip");
    fs::write(&truncated, &bytes[..bytes.len() * 2 / 3]).unwrap();
    assert_refused(&truncated, ProblemCode::UnsafeArchive, &ok());
}

#[test]
fn a_zip_bomb_is_refused_without_being_unpacked() {
    let folder = tempfile::tempdir().unwrap();
    let bomb = folder.path().join("bomb.zip");
    let mut writer = zip::ZipWriter::new(fs::File::create(&bomb).unwrap());
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    writer.start_file("bag/bagit.txt", options).unwrap();
    std::io::Write::write_all(
        &mut writer,
        b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
    )
    .unwrap();
    writer.start_file("bag/data/zeros.bin", options).unwrap();
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..200 {
        std::io::Write::write_all(&mut writer, &zeros).unwrap();
    }
    writer.finish().unwrap();
    assert!(
        fs::metadata(&bomb).unwrap().len() < 1_000_000,
        "200 MB of zeros packs small"
    );
    assert_refused(&bomb, ProblemCode::UnsafeArchive, &ok());
}

#[test]
fn names_written_in_the_thai_windows_code_page_are_read_correctly() {
    // The code page has Thai but no emoji, so the office's files have Thai names only.
    let mut office = Office::new("ที่ว่าการอำเภอยะรัง", "ยะรัง");
    office.save(SIGN, AnswerStatus::Met, "ครบ");
    office.attach(SIGN, "ป้ายศูนย์ราชการสะดวก.jpg", 40_000, 1);
    office.attach(HOURS, "คำสั่งเวลาทำการ.pdf", 20_000, 3);
    let (folder, files) = office.export(&ExportOptions::default());
    // As Thai Windows' own "compressed folder" writes them: CP874, no UTF-8 flag.
    let entries: Vec<RawEntry> = read_zip(&files[0])
        .into_iter()
        .map(|(name, data)| {
            let (encoded, _, _) = encoding_rs::WINDOWS_874.encode(&name);
            RawEntry {
                name: encoded.into_owned(),
                data,
                utf8_flag: false,
                unix_mode: None,
            }
        })
        .collect();
    let path = folder.path().join("cp874.zip");
    fs::write(&path, raw_zip(&entries)).unwrap();
    let mut province = Office::new("จังหวัด", "เมือง");
    let outcome = &province.import(&[path], &ok())[0];
    assert_eq!(
        outcome.status,
        ImportStatus::Imported,
        "{:?}",
        outcome.verdict.problems
    );
    assert!(
        outcome
            .verdict
            .entries
            .iter()
            .any(|e| e.path == "data/evidence/ป้ายศูนย์ราชการสะดวก.jpg"),
        "the Thai name is decoded: {:?}",
        outcome.verdict.entries
    );
}

#[test]
fn two_pcs_of_one_office_merge_per_item_and_ask_only_about_items_changed_on_both() {
    let mut office = filled_office();
    let (_a, first) = office.export(&ExportOptions::default());
    let mut home = Office::new("", "");
    let outcome = &home.import(
        &first,
        &ImportOptions {
            adopt_office: true,
            ..ok()
        },
    )[0];
    assert_eq!(
        outcome.status,
        ImportStatus::Imported,
        "{:?}",
        outcome.verdict.problems
    );
    // The home PC now works on the office's round, under the office's identity.
    let home_round = outcome.round_id.unwrap();
    home.round = home.store.round(home_round).unwrap();
    assert!(
        home.round.office_is_local,
        "an adopted office's round is editable at home"
    );
    assert_eq!(
        home.store.local_office().unwrap().profile.name,
        "ที่ว่าการอำเภอเมืองปัตตานี"
    );

    home.save(LAYOUT, AnswerStatus::Met, "ที่บ้าน: ผังใหม่");
    home.save(HOURS, AnswerStatus::Met, "ที่บ้าน: เปิดเสาร์แล้ว");
    office.save(SIGN, AnswerStatus::NotMet, "ที่ทำงาน: ป้ายหลุด");
    office.save(HOURS, AnswerStatus::NotMet, "ที่ทำงาน: ยังไม่เปิดเสาร์");
    let (_b, second) = office.export(&ExportOptions::default());

    let before = store_state(&home.store, &home.data);
    let asked = &home.import(&second, &ok())[0];
    assert_eq!(asked.status, ImportStatus::NeedsChoice);
    assert_eq!(
        asked
            .conflicts
            .iter()
            .map(|c| c.item_id.as_str())
            .collect::<Vec<_>>(),
        [HOURS],
        "only the item changed on both sides is asked about"
    );
    assert_eq!(
        store_state(&home.store, &home.data),
        before,
        "nothing is written until someone chooses"
    );

    let choices = [(HOURS.to_string(), Side::Mine)].into_iter().collect();
    let merged = &home.import(&second, &ImportOptions { choices, ..ok() })[0];
    assert_eq!(merged.status, ImportStatus::Imported);
    let answer = |o: &Office, item: &str| {
        o.store
            .answer(o.round.id, item)
            .unwrap()
            .unwrap()
            .content
            .note
    };
    assert_eq!(
        answer(&home, SIGN),
        "ที่ทำงาน: ป้ายหลุด",
        "changed only at the office: taken"
    );
    assert_eq!(
        answer(&home, LAYOUT),
        "ที่บ้าน: ผังใหม่",
        "changed only at home: kept"
    );
    assert_eq!(
        answer(&home, HOURS),
        "ที่บ้าน: เปิดเสาร์แล้ว",
        "the chosen side stands"
    );
    let notes: Vec<String> = home
        .store
        .history(home.round.id, HOURS)
        .unwrap()
        .into_iter()
        .map(|c| c.after.note)
        .collect();
    assert!(
        notes.contains(&"ที่ทำงาน: ยังไม่เปิดเสาร์".to_string())
            && notes.contains(&"ที่บ้าน: เปิดเสาร์แล้ว".to_string()),
        "both sides' changes stay in the history: {notes:?}"
    );

    // Back at the office, the home PC's bundle brings its choices without asking again.
    let (_c, third) = home.export(&ExportOptions::default());
    let back = &office.import(&third, &ok())[0];
    assert_eq!(
        back.status,
        ImportStatus::Imported,
        "{:?} {:?}",
        back.verdict.problems,
        back.conflicts
    );
    assert!(
        back.conflicts.is_empty(),
        "the office does not have to choose again"
    );
    assert_eq!(answer(&office, HOURS), "ที่บ้าน: เปิดเสาร์แล้ว");
    assert_eq!(answer(&office, LAYOUT), "ที่บ้าน: ผังใหม่");
}

#[test]
fn prefer_theirs_decides_every_conflict_in_favour_of_the_bundle() {
    let mut office = filled_office();
    let (_a, first) = office.export(&ExportOptions::default());
    let mut home = Office::new("", "");
    let round_id = home.import(
        &first,
        &ImportOptions {
            adopt_office: true,
            ..ok()
        },
    )[0]
    .round_id
    .unwrap();
    home.round = home.store.round(round_id).unwrap();
    home.save(SIGN, AnswerStatus::InProgress, "บ้าน");
    office.save(SIGN, AnswerStatus::NotMet, "ที่ทำงาน");
    let (_b, second) = office.export(&ExportOptions::default());
    let outcome = &home.import(
        &second,
        &ImportOptions {
            prefer: Some(Side::Theirs),
            ..ok()
        },
    )[0];
    assert_eq!(outcome.status, ImportStatus::Imported);
    assert_eq!(
        home.store
            .answer(round_id, SIGN)
            .unwrap()
            .unwrap()
            .content
            .note,
        "ที่ทำงาน"
    );
}

#[test]
fn the_province_sees_every_office_with_parts_score_and_reporting() {
    let mut first = filled_office();
    let mut second = Office::new("ที่ว่าการอำเภอหนองจิก", "หนองจิก");
    second.save(SIGN, AnswerStatus::Met, "ครบ");
    let (_a, a) = first.export(&ExportOptions::default());
    let (_b, b) = second.export(&ExportOptions::default());
    // The province office assesses nobody itself: its store has no round of its own.
    let data = DataDir::new();
    let mut store = data.open();
    let outcomes = gecc_core::bundle::import_paths(
        &mut store,
        &[a[0].clone(), b[0].clone()],
        &ok(),
        "province",
        &mut |_| gecc_core::evidence::CopyControl::Continue,
    )
    .unwrap();
    assert!(outcomes.iter().all(|o| o.status == ImportStatus::Imported));
    let status = store
        .province_status(
            2569,
            RoundKind::Application,
            time::macros::date!(2026 - 09 - 01),
        )
        .unwrap();
    let names: Vec<&str> = status.rows.iter().map(|r| r.office_name.as_str()).collect();
    assert_eq!(
        names.len(),
        2,
        "two offices, and not the province itself: {names:?}"
    );
    assert!(names.contains(&"ที่ว่าการอำเภอหนองจิก"));
    let row = status
        .rows
        .iter()
        .find(|r| r.office_name == "ที่ว่าการอำเภอหนองจิก")
        .unwrap();
    let physical = row.parts.iter().find(|p| p.part_id == "physical").unwrap();
    assert_eq!(physical.decided, 1);
    assert_eq!(row.last_sequence, Some(1));
    assert!(
        matches!(row.reporting, gecc_core::store::Reporting::Late { .. }),
        "a bundle made today is late for the January 2569 report dates: {:?}",
        row.reporting
    );
    assert!(status.columns.iter().any(|c| c.part_id == "quality"));
}

#[test]
fn a_bundle_without_personal_data_imports_as_new_but_never_updates_a_round_already_here() {
    let mut office = filled_office();
    let (_a, full) = office.export(&ExportOptions::default());
    let (_b, anonymous) = office.export(&ExportOptions {
        remove_personal_data: true,
        ..ExportOptions::default()
    });
    let mut elsewhere = Office::new("หน่วยงานภายนอก", "เมือง");
    let outcome = &elsewhere.import(&anonymous, &ok())[0];
    assert_eq!(
        outcome.status,
        ImportStatus::Imported,
        "{:?}",
        outcome.verdict.problems
    );
    let mut province = Office::new("จังหวัด", "เมือง");
    province.import(&full, &ok());
    let before = store_state(&province.store, &province.data);
    let outcome = &province.import(&anonymous, &ok())[0];
    assert_eq!(outcome.status, ImportStatus::Refused);
    assert!(
        outcome.verdict.has(ProblemCode::Document),
        "{:?}",
        outcome.verdict.problems
    );
    assert_eq!(store_state(&province.store, &province.data), before);
}

#[test]
fn a_manifest_added_after_signing_cannot_hide_or_add_files() {
    let mut office = filled_office();
    let (_folder, files) = office.export(&ExportOptions::default());
    let added = tampered(&files[0], "sha512.zip", |entries| {
        let root = entries[0].0.split('/').next().unwrap().to_string();
        entries.push((format!("{root}/manifest-sha512.txt"), Vec::new()));
    });
    assert_refused(&added, ProblemCode::ExtraFile, &ok());
}

/// The fuzzer's seeds: real bundles and hostile archives, and the four inputs that once
/// crashed or hung the verifier, each of which also has its own `regression_` test in
/// crates/core/src/bundle/verify_tests.rs.
#[test]
fn every_fuzzing_seed_is_verified_without_a_panic_and_the_found_faults_are_refused() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/seeds/bundle_reader");
    let mut checked = 0;
    for entry in fs::read_dir(&seeds).expect("the fuzzing seeds") {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "zip") {
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let verdicts = gecc_core::bundle::verify_paths(std::slice::from_ref(&path), &mut |_| {
            gecc_core::evidence::CopyControl::Continue
        })
        .map(|items| items.into_iter().map(|v| v.verdict.ok).collect::<Vec<_>>())
        .unwrap_or_default();
        if name.starts_with("crash-")
            || name.starts_with("timeout-")
            || name.starts_with("hostile-")
        {
            assert!(
                verdicts.iter().all(|ok| !ok),
                "{name} is refused, and quickly"
            );
        }
        checked += 1;
    }
    assert!(checked >= 40, "the seeds are there ({checked})");
}

#[test]
fn an_import_reports_its_progress_against_the_whole_batch_so_the_bar_moves() {
    // Regression: the app's import counted bytes against a total of 0, so its bar never
    // moved. The app and the CLI now run this one job.
    let mut office = filled_office();
    office.attach("physical.service-hours", "ภาพถ่ายเพิ่มเติม.jpg", 600_000, 9);
    let (_folder, files) = office.export(&ExportOptions {
        part_size_mb: Some(1),
        ..ExportOptions::default()
    });
    let whole: u64 = files.iter().map(|f| fs::metadata(f).unwrap().len()).sum();
    let data = DataDir::new();
    let mut store = data.open();
    let mut seen = Vec::new();
    let outcomes =
        gecc_core::bundle::import_paths(&mut store, &files, &ok(), "province", &mut |p| {
            seen.push((p.done, p.total));
            gecc_core::evidence::CopyControl::Continue
        })
        .unwrap();
    assert_eq!(outcomes[0].status, ImportStatus::Imported);
    assert!(seen.iter().all(|&(_, total)| total >= whole), "{seen:?}");
    assert!(
        seen.iter().any(|&(done, total)| done > 0 && done < total),
        "the bar stands part-way at some point: {seen:?}"
    );
    assert!(seen.last().unwrap().0 >= whole, "and reaches the end");
}
