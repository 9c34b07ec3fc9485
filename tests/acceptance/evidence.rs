//! Evidence files: copied in and hashed in one pass, stored once per content under their
//! hash, linked to items as a type of evidence, checked against the pack's rules.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use gecc_core::evidence::{ingest_file, stored_path, CopyControl, FileFormat};
use gecc_core::model::{EventKind, RoundKind};
use gecc_core::{ErrorCode, Store};

use crate::support::*;

const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, b'J', b'F', b'I', b'F'];

/// Writes a file of `size` bytes starting with `head` into `folder`.
fn source_file(folder: &Path, name: &str, head: &[u8], size: usize) -> PathBuf {
    let mut content = head.to_vec();
    content.extend((0..size.saturating_sub(head.len())).map(|i| (i % 251) as u8));
    let path = folder.join(name);
    fs::write(&path, content).expect("write a source file");
    path
}

fn attach(
    store: &mut Store,
    round_id: i64,
    item_id: &str,
    path: &Path,
) -> gecc_core::Result<gecc_core::model::EvidenceLink> {
    let ingested = ingest_file(&store.evidence_dir(), path, &mut |_, _| {
        CopyControl::Continue
    })?;
    store.attach_ingested(round_id, item_id, &ingested, "clerk")
}

/// Every regular file under the evidence folder.
fn stored_files(store: &Store) -> Vec<PathBuf> {
    fn walk(folder: &Path, found: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(folder).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, found);
            } else {
                found.push(path);
            }
        }
    }
    let mut found = Vec::new();
    walk(&store.evidence_dir(), &mut found);
    found
}

fn v2_round(store: &mut Store) -> gecc_core::model::Round {
    open_round(store, RoundKind::Application, None, Some("gecc-2568"))
        .expect("a round on the newest 2568 pack")
}

#[test]
fn an_attached_file_is_stored_under_its_hash_and_keeps_its_original_name() {
    let data = DataDir::new();
    let sources = tempfile::tempdir().unwrap();
    let mut store = data.open();
    let round = v2_round(&mut store);
    let names = [
        "ภาพป้ายเวลาเปิดให้บริการ 🙂.jpg".to_string(),
        // 200 characters: as long as Linux allows with Thai in it (255 bytes of UTF-8).
        format!("รายงาน{}.pdf", "x".repeat(190)),
        format!("{}.pdf", "ก".repeat(80)),
        "คำสั่ง: แต่งตั้ง? <ฉบับ> \"ใหม่\" |2568|.docx".to_string(),
        "CON.txt".to_string(),
    ];
    for (index, name) in names.iter().enumerate() {
        let path = source_file(sources.path(), name, JPEG, 10_000 + index);
        attach(&mut store, round.id, "physical.service-hours", &path).expect("attach");
        fs::remove_file(&path).expect("the original can be deleted afterwards");
    }
    let checklist = store.checklist(round.id).unwrap();
    let kept: Vec<&str> = checklist
        .evidence
        .iter()
        .map(|f| f.original_name.as_str())
        .collect();
    assert_eq!(
        kept,
        names.iter().map(String::as_str).collect::<Vec<_>>(),
        "every original name is kept exactly"
    );
    for file in &checklist.evidence {
        let stored = stored_path(&store.evidence_dir(), &file.sha256);
        assert_eq!(
            sha256_hex(&stored),
            file.sha256,
            "the stored file is named by its SHA-256"
        );
        assert_eq!(fs::metadata(&stored).unwrap().len(), file.size);
        assert_eq!(
            file.format,
            FileFormat::Jpeg,
            "the format comes from the bytes, not the name"
        );
    }
}

#[test]
fn the_same_file_attached_twice_is_stored_once() {
    let data = DataDir::new();
    let sources = tempfile::tempdir().unwrap();
    let mut store = data.open();
    let round = v2_round(&mut store);
    let first = source_file(sources.path(), "ป้าย.jpg", JPEG, 50_000);
    let copy = sources.path().join("สำเนา ป้าย.jpg");
    fs::copy(&first, &copy).unwrap();
    attach(&mut store, round.id, "physical.service-hours", &first).unwrap();
    attach(&mut store, round.id, "physical.service-hours", &first).unwrap();
    attach(&mut store, round.id, "physical.wayfinding-signs", &copy).unwrap();
    assert_eq!(store.evidence_files().unwrap().len(), 1, "one stored file");
    assert_eq!(stored_files(&store).len(), 1, "one file on disk");
    assert_eq!(
        store.evidence_links(round.id).unwrap().len(),
        2,
        "linked to two items, once each"
    );
}

#[test]
fn progress_is_reported_and_a_cancelled_copy_leaves_no_trace() {
    let data = DataDir::new();
    let sources = tempfile::tempdir().unwrap();
    let store = data.open();
    let path = source_file(sources.path(), "วิดีโอ.mp4", b"....", 5 * 1024 * 1024 + 7);
    let mut seen = Vec::new();
    let ingested = ingest_file(&store.evidence_dir(), &path, &mut |done, total| {
        seen.push((done, total));
        CopyControl::Continue
    })
    .unwrap();
    assert!(
        seen.windows(2).all(|w| w[0].0 < w[1].0),
        "progress only grows"
    );
    assert_eq!(
        seen.last(),
        Some(&(ingested.size, ingested.size)),
        "progress ends at the whole size"
    );
    assert!(
        seen.len() >= 5,
        "a 5 MiB file reports several steps: {}",
        seen.len()
    );

    let other = source_file(sources.path(), "อีกไฟล์.mp4", b"....", 5 * 1024 * 1024 + 9);
    let before = stored_files(&store);
    let error = ingest_file(&store.evidence_dir(), &other, &mut |done, _| {
        if done > 2 * 1024 * 1024 {
            CopyControl::Cancel
        } else {
            CopyControl::Continue
        }
    })
    .expect_err("cancelled");
    assert_eq!(error.code(), ErrorCode::Cancelled);
    assert_eq!(
        stored_files(&store),
        before,
        "the cancelled copy left no file, partial or whole"
    );
}

#[test]
fn folders_and_missing_files_are_refused_clearly() {
    let data = DataDir::new();
    let store = data.open();
    let folder = tempfile::tempdir().unwrap();
    let error = ingest_file(&store.evidence_dir(), folder.path(), &mut |_, _| {
        CopyControl::Continue
    })
    .unwrap_err();
    assert_eq!(error.code(), ErrorCode::NotAFile);
    let missing = folder.path().join("หายไป.pdf");
    let error = ingest_file(&store.evidence_dir(), &missing, &mut |_, _| {
        CopyControl::Continue
    })
    .unwrap_err();
    assert_eq!(error.code(), ErrorCode::Io);
    assert!(
        error.message().th.contains("หายไป.pdf"),
        "{}",
        error.message().th
    );
}

#[test]
fn an_empty_file_can_be_evidence() {
    let data = DataDir::new();
    let sources = tempfile::tempdir().unwrap();
    let mut store = data.open();
    let round = v2_round(&mut store);
    let path = source_file(sources.path(), "ว่าง.txt", b"", 0);
    attach(&mut store, round.id, "physical.lighting", &path).unwrap();
    assert_eq!(store.evidence_files().unwrap()[0].size, 0);
}

#[test]
fn detaching_keeps_the_file_for_other_items_and_deleting_needs_it_unused() {
    let data = DataDir::new();
    let sources = tempfile::tempdir().unwrap();
    let mut store = data.open();
    let round = v2_round(&mut store);
    let path = source_file(sources.path(), "ภาพรวม.jpg", JPEG, 2_000);
    let link = attach(&mut store, round.id, "physical.amenities", &path).unwrap();
    store
        .link_evidence(round.id, "physical.restrooms", link.evidence_id, "clerk")
        .unwrap();

    store
        .detach_evidence(round.id, "physical.amenities", link.evidence_id, "clerk")
        .unwrap();
    let links = store.evidence_links(round.id).unwrap();
    assert_eq!(links.len(), 1, "the other item keeps the file");
    assert_eq!(links[0].item_id, "physical.restrooms");
    let error = store
        .delete_evidence(link.evidence_id)
        .expect_err("still in use");
    assert_eq!(error.code(), ErrorCode::EvidenceInUse);

    store
        .detach_evidence(round.id, "physical.restrooms", link.evidence_id, "clerk")
        .unwrap();
    store
        .delete_evidence(link.evidence_id)
        .expect("an unused file can be deleted");
    assert!(store.evidence_files().unwrap().is_empty());
    assert!(
        stored_files(&store).is_empty(),
        "the file is gone from the disk too"
    );
}

#[test]
fn evidence_rules_say_what_is_still_missing() {
    let data = DataDir::new();
    let sources = tempfile::tempdir().unwrap();
    let mut store = data.open();
    let round = v2_round(&mut store);
    let item = "physical.lighting";
    let status = |store: &Store| {
        let checklist = store.checklist(round.id).unwrap();
        let found = checklist
            .item_evidence
            .into_iter()
            .find(|e| e.item_id == item)
            .unwrap();
        (found.files, found.unmet.map(|rule| rule.to_string()))
    };
    assert_eq!(status(&store), (0, Some("measurement & photo".into())));

    let photo = source_file(sources.path(), "ห้องบริการ.jpg", JPEG, 3_000);
    let link = attach(&mut store, round.id, item, &photo).unwrap();
    assert_eq!(
        link.evidence_type, "photo",
        "a picture counts as a photo until the clerk says otherwise"
    );
    assert_eq!(status(&store), (1, Some("measurement".into())));

    let lux = source_file(sources.path(), "ค่าความสว่าง.pdf", b"%PDF-1.7", 3_000);
    let link = attach(&mut store, round.id, item, &lux).unwrap();
    assert_eq!(link.evidence_type, "document");
    store
        .set_evidence_type(round.id, item, link.evidence_id, "measurement", "clerk")
        .unwrap();
    assert_eq!(
        status(&store),
        (2, None),
        "a photo and a measurement satisfy the rule"
    );

    let error = store
        .set_evidence_type(round.id, item, link.evidence_id, "bribe", "clerk")
        .unwrap_err();
    assert_eq!(
        error.code(),
        ErrorCode::InvalidInput,
        "only the pack's evidence types are accepted"
    );
}

#[test]
fn every_evidence_change_is_in_the_items_history() {
    let data = DataDir::new();
    let sources = tempfile::tempdir().unwrap();
    let mut store = data.open();
    let round = v2_round(&mut store);
    let path = source_file(sources.path(), "แผน BCP.pdf", b"%PDF-1.4", 1_000);
    let link = attach(&mut store, round.id, "quality.business-continuity", &path).unwrap();
    store
        .set_evidence_type(
            round.id,
            "quality.business-continuity",
            link.evidence_id,
            "plan",
            "clerk",
        )
        .unwrap();
    store
        .detach_evidence(
            round.id,
            "quality.business-continuity",
            link.evidence_id,
            "head",
        )
        .unwrap();
    let history = store
        .item_history(round.id, "quality.business-continuity")
        .unwrap();
    let kinds: Vec<EventKind> = history.events.iter().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        [
            EventKind::EvidenceAttached,
            EventKind::EvidenceTypeChanged,
            EventKind::EvidenceDetached
        ]
    );
    assert_eq!(history.events[0].detail["name"], "แผน BCP.pdf");
    assert_eq!(history.events[2].actor, "head");
}

#[test]
fn evidence_of_a_submitted_round_cannot_change() {
    let data = DataDir::new();
    let sources = tempfile::tempdir().unwrap();
    let mut store = data.open();
    let round = v2_round(&mut store);
    let path = source_file(sources.path(), "ป้าย.jpg", JPEG, 1_000);
    let link = attach(&mut store, round.id, "physical.service-hours", &path).unwrap();
    store.submit_round(round.id, "clerk").unwrap();
    let error = attach(&mut store, round.id, "physical.wayfinding-signs", &path).unwrap_err();
    assert_eq!(error.code(), ErrorCode::RoundLocked);
    let error = store
        .detach_evidence(
            round.id,
            "physical.service-hours",
            link.evidence_id,
            "clerk",
        )
        .unwrap_err();
    assert_eq!(error.code(), ErrorCode::RoundLocked);
}

#[test]
fn a_damaged_stored_copy_is_replaced_by_the_next_attach_of_the_same_file() {
    let data = DataDir::new();
    let sources = tempfile::tempdir().unwrap();
    let mut store = data.open();
    let round = v2_round(&mut store);
    let path = source_file(sources.path(), "ป้าย.jpg", JPEG, 4_000);
    let link = attach(&mut store, round.id, "physical.service-hours", &path).unwrap();
    let stored = store.evidence_path(link.evidence_id).unwrap();
    fs::write(&stored, b"bit rot").unwrap();
    let ingested = ingest_file(&store.evidence_dir(), &path, &mut |_, _| {
        CopyControl::Continue
    })
    .unwrap();
    assert!(!ingested.already_stored, "the damaged copy is not trusted");
    assert_eq!(
        sha256_hex(&stored),
        ingested.sha256,
        "the good copy replaced it"
    );
}

#[test]
fn copies_cut_off_by_a_crash_are_swept_on_the_next_start() {
    let data = DataDir::new();
    let store = data.open();
    let incoming = store.evidence_dir().join("incoming");
    fs::create_dir_all(&incoming).unwrap();
    let stale = incoming.join("123-456-0.part");
    let fresh = incoming.join("123-456-1.part");
    fs::write(&stale, b"half a photo").unwrap();
    fs::write(&fresh, b"a copy in progress in another window").unwrap();
    fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(SystemTime::now() - Duration::from_secs(3 * 24 * 3600))
        .unwrap();
    drop(store);
    drop(data.open());
    assert!(!stale.exists(), "a days-old partial copy is removed");
    assert!(
        fresh.exists(),
        "a recent one may belong to a running copy and is kept"
    );
}
