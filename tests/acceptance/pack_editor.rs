//! Packs made in the program: an office or province fills in the items a shipped pack
//! lacks, saves its own edition, moves rounds to it (answers carry over by item id), and
//! exports the file to share.

use gecc_core::model::{AnswerInput, AnswerStatus};
use gecc_core::pack::{AnswerKind, Confidence, Item, ItemLevel};
use gecc_core::store::draft_to_file;
use gecc_core::{ErrorCode, Localized};

use crate::support::*;

/// The 2568 pack with two advanced items filled in, as province Pattani's own edition.
fn pattani_edition(store: &gecc_core::Store) -> gecc_core::pack::CriteriaPack {
    let mut draft = store.pack("gecc-2568", 2).unwrap();
    draft.pack_id = "gecc-2568.pattani".into();
    draft.pack_version = store.next_pack_version("gecc-2568.pattani").unwrap();
    draft.title = Localized::new("เกณฑ์ GECC 2568 ฉบับจังหวัดปัตตานี", "GECC 2568, Pattani edition");
    let quality = draft.parts.iter_mut().find(|p| p.id == "quality").unwrap();
    for (number, title) in [(5, "ข้อขั้นสูงที่จังหวัดกรอก ๑"), (6, "ข้อขั้นสูงที่จังหวัดกรอก ๒")]
    {
        quality.sections[0].items.push(Item {
            id: format!("quality.pattani-advanced-{number}"),
            code: format!("2.{number}"),
            level: Some(ItemLevel::Advanced),
            points: Some(2.0),
            title: Localized::new(
                title,
                format!("Advanced item {number} filled in by the province"),
            ),
            guidance: None,
            typical_evidence: None,
            answer: AnswerKind::Check,
            confidence: Confidence::Official,
            evidence_rule: Some("report & photo".into()),
            figures: vec![],
        });
    }
    quality.undisclosed[0].expected_items -= 2;
    quality.undisclosed[0].points -= 4.0;
    draft
}

#[test]
fn an_edition_with_filled_in_items_is_saved_and_rounds_move_to_it_keeping_answers() {
    let data = DataDir::new();
    let mut store = data.open();
    let round = application_round(&mut store);
    let met = AnswerInput {
        status: AnswerStatus::Met,
        ..AnswerInput::default()
    };
    store
        .save_answer(round.id, "quality.needs-survey", met, "clerk")
        .unwrap();

    let draft = pattani_edition(&store);
    assert_eq!(draft.pack_version, 1, "a new pack id starts at version 1");
    let summary = store.save_pack_draft(&draft).unwrap();
    let quality = summary
        .parts
        .iter()
        .find(|p| p.part_id == "quality")
        .unwrap();
    assert_eq!(
        (quality.listed_items, quality.undisclosed_items),
        (10, 23),
        "2 items moved from undisclosed to listed"
    );
    assert_eq!(
        quality.points, 70.0,
        "the part is still worth 8 + 62 points"
    );

    let moved = store
        .move_round_to_pack(round.id, "gecc-2568.pattani", 1, "clerk")
        .unwrap();
    assert_eq!(
        moved.carried_over, 1,
        "answers carry over by item id to another pack"
    );
    assert_eq!(moved.added.len(), 2);
    let score = store.score(round.id).unwrap();
    assert_eq!(score.points.earned, 1.0);
    assert_eq!(
        score.points.undisclosed, 58.0,
        "62 - 4: two items can now be assessed"
    );
}

#[test]
fn an_exported_edition_is_the_file_another_office_imports() {
    let data = DataDir::new();
    let mut store = data.open();
    let draft = pattani_edition(&store);
    store.save_pack_draft(&draft).unwrap();
    let exported = store.pack_bytes("gecc-2568.pattani", 1).unwrap();
    assert_eq!(
        exported,
        draft_to_file(&draft).unwrap().bytes,
        "the export is the saved file, byte for byte"
    );
    assert!(String::from_utf8(exported.clone())
        .unwrap()
        .contains("\"format_version\": 2"));

    let district = DataDir::new();
    let mut other = district.open();
    let file = district.path().join("gecc-2568.pattani-v1.json");
    std::fs::write(&file, &exported).unwrap();
    let imported = other.import_pack_file(&file).unwrap();
    assert_eq!(imported.pack_id, "gecc-2568.pattani");
    assert_eq!(
        store.next_pack_version("gecc-2568.pattani").unwrap(),
        2,
        "the next edit would be version 2"
    );
}

#[test]
fn an_edition_with_mistakes_is_refused_with_every_problem() {
    let data = DataDir::new();
    let mut store = data.open();
    let mut draft = pattani_edition(&store);
    let quality = draft.parts.iter_mut().find(|p| p.id == "quality").unwrap();
    quality.sections[0].items[1].id = "quality.needs-survey".into();
    quality.sections[0].items[2].evidence_rule = Some("photo & stamp".into());
    let error = store.save_pack_draft(&draft).unwrap_err();
    assert_eq!(error.code(), ErrorCode::PackInvalid);
    let message = error.message().en;
    assert!(message.contains("is repeated"), "{message}");
    assert!(
        message.contains("\"stamp\", which is not in evidence_types"),
        "{message}"
    );
    assert_eq!(
        store.list_packs().unwrap().len(),
        BUILTIN_PACKS,
        "nothing was installed"
    );
}

#[test]
fn an_office_pack_under_a_shipped_id_and_version_does_not_stop_the_program_opening() {
    let data = DataDir::new();
    drop(data.open());
    {
        // As if the office had made its own "gecc-2568 v2" before the program shipped one.
        let conn = rusqlite::Connection::open(data.database()).unwrap();
        let mut pack: serde_json::Value =
            serde_json::from_slice(gecc_core::pack::builtin_packs()[1].bytes).unwrap();
        pack["title"]["th"] = "ฉบับของสำนักงานเอง".into();
        let bytes = serde_json::to_vec(&pack).unwrap();
        conn.execute(
            "UPDATE criteria_packs SET content = ?1, sha256 = 'office-own' WHERE pack_id = 'gecc-2568' AND pack_version = 2",
            [bytes],
        )
        .unwrap();
    }
    let store = data.open();
    let title = store.pack("gecc-2568", 2).unwrap().title.th;
    assert_eq!(
        title, "ฉบับของสำนักงานเอง",
        "the office's pack stays and the program opens"
    );
}
