//! Who made a change (issue 15, point 9): offices share PCs, so the person working says
//! who they are (the office's staff list in the app, `--by NAME` in the CLI), and that
//! name, not the PC's login, is what the history, the events and the bundles carry.

use gecc_core::model::{AnswerInput, AnswerStatus};
use gecc_core::ErrorCode;

use crate::support::*;

const SOMSRI: &str = "นางสาวสมศรี ใจดี";

#[test]
fn the_staff_list_is_kept_and_the_person_chosen_from_it_is_who_changes_are_recorded_under() {
    let data = DataDir::new();
    let mut store = data.open();
    let round = application_round(&mut store);
    assert_eq!(
        store.actor().unwrap(),
        "unknown",
        "nobody has said who they are"
    );

    let typed = ["  นายวิชัย รักงาน ", "", SOMSRI, SOMSRI].map(String::from);
    let staff = store.set_staff(&typed).unwrap();
    assert_eq!(
        staff.names,
        ["นายวิชัย รักงาน", SOMSRI],
        "trimmed, blank lines and repeats dropped"
    );
    assert_eq!(
        store
            .set_current_person(Some(SOMSRI))
            .unwrap()
            .current
            .as_deref(),
        Some(SOMSRI)
    );
    drop(store);

    let mut store = data.open();
    assert_eq!(
        store.staff().unwrap().current.as_deref(),
        Some(SOMSRI),
        "remembered when the app starts again"
    );
    let input = AnswerInput {
        status: AnswerStatus::Met,
        ..AnswerInput::default()
    };
    let actor = store.actor().unwrap();
    let saved = store
        .save_answer(round.id, "physical.service-hours", input, &actor)
        .unwrap();
    assert_eq!(saved.answer.updated_by, SOMSRI);

    let error = store.set_current_person(Some("คนนอก")).unwrap_err();
    assert_eq!(
        error.code(),
        ErrorCode::InvalidInput,
        "only a name on the list can be chosen"
    );
    let staff = store.set_staff(&["นายวิชัย รักงาน".to_string()]).unwrap();
    assert_eq!(
        staff.current, None,
        "a person taken off the list is no longer the one working"
    );
    assert_eq!(store.actor().unwrap(), "unknown");
    let error = store.set_staff(&["สมศรี\u{7}".to_string()]).unwrap_err();
    assert_eq!(
        error.code(),
        ErrorCode::InvalidInput,
        "a name a bundle would be refused for"
    );
}

fn json(output: &std::process::Output) -> serde_json::Value {
    assert!(output.status.success(), "{}", stderr(output));
    serde_json::from_str(&stdout(output)).expect("JSON")
}

#[test]
fn gecc_by_names_who_attached_and_the_name_travels_in_a_bundle_that_verifies_and_imports() {
    let folder = tempfile::tempdir().unwrap();
    let office = folder.path().join("office");
    let province = folder.path().join("province");
    let outbox = folder.path().join("outbox");
    std::fs::create_dir_all(&outbox).unwrap();
    let photo = folder.path().join("ป้ายเวลาทำการ.jpg");
    std::fs::write(&photo, include_bytes!("../fixtures/evidence/grey-8x8.jpg")).unwrap();
    let opened = gecc(&office, &["rounds", "new", "--fiscal-year", "2570"]);
    assert!(opened.status.success(), "{}", stderr(&opened));

    let attach = [
        "attach",
        "1",
        "physical.service-hours",
        photo.to_str().unwrap(),
        "--json",
        "--by",
        SOMSRI,
    ];
    let attached = json(&gecc(&office, &attach));
    assert_eq!(attached["attached"][0]["linked_by"], SOMSRI);
    let refused = gecc(
        &office,
        &[
            "attach",
            "1",
            "physical.service-hours",
            photo.to_str().unwrap(),
            "--by",
            "สม\nศรี",
        ],
    );
    assert!(
        !refused.status.success(),
        "a name on two lines is refused before anything changes"
    );

    let exported = gecc(&office, &["export", "1", "-o", outbox.to_str().unwrap()]);
    assert!(exported.status.success(), "{}", stderr(&exported));
    let verified = gecc(&province, &["verify", outbox.to_str().unwrap()]);
    assert!(
        verified.status.success(),
        "the bundle with the clerk's name verifies: {}",
        stdout(&verified)
    );
    let imported = json(&gecc(
        &province,
        &[
            "import",
            outbox.to_str().unwrap(),
            "--json",
            "--by",
            "นายประจักษ์ จังหวัด",
        ],
    ));
    let round = imported[0]["round_id"]
        .as_i64()
        .expect("imported into a round");
    let checklist = json(&gecc(&province, &["checklist", &round.to_string()]));
    assert_eq!(
        checklist["links"][0]["linked_by"], SOMSRI,
        "the clerk's name, not the province's, is on the file"
    );
    assert_eq!(checklist["evidence"][0]["added_by"], SOMSRI);

    let without = json(&gecc(
        &office,
        &[
            "attach",
            "1",
            "physical.amenities",
            photo.to_str().unwrap(),
            "--json",
        ],
    ));
    assert_eq!(
        without["attached"][0]["linked_by"], "unknown",
        "no --by: unknown, never the PC's login"
    );
}
