//! The office profile: saved and validated, with the GECC Online username but never a
//! password, though the paper form asks for one.

use gecc_core::model::{OfficeKind, OfficeProfile};
use gecc_core::ErrorCode;

use crate::support::*;

fn profile() -> OfficeProfile {
    OfficeProfile {
        name: "  สำนักทะเบียนอำเภอเมืองปัตตานี ".into(),
        kind: OfficeKind::DistrictRegistration,
        province: "ปัตตานี".into(),
        district: "เมืองปัตตานี".into(),
        officer_name: "นางสาวสมศรี รักงาน".into(),
        officer_position: "เจ้าพนักงานปกครองชำนาญงาน".into(),
        officer_phone: "0 7333 1234".into(),
        officer_email: "somsri@dopa.go.th".into(),
        gecc_username: "pattani.muang".into(),
    }
}

#[test]
fn a_new_installation_has_a_blank_office_profile() {
    let data = DataDir::new();
    let office = data.open().local_office().unwrap();
    assert_eq!(office.profile.name, "");
    assert_eq!(office.profile.kind, OfficeKind::DistrictRegistration);
}

#[test]
fn the_office_profile_is_saved_trimmed_and_survives_reopening() {
    let data = DataDir::new();
    data.open().save_local_office(profile()).unwrap();
    let office = data.open().local_office().unwrap();
    assert_eq!(
        office.profile.name, "สำนักทะเบียนอำเภอเมืองปัตตานี",
        "surrounding spaces are trimmed"
    );
    assert_eq!(office.profile.gecc_username, "pattani.muang");
}

#[test]
fn a_bad_email_or_an_overlong_field_is_refused_and_nothing_changes() {
    let data = DataDir::new();
    let mut store = data.open();
    store.save_local_office(profile()).unwrap();
    for (case, input) in [
        (
            "an e-mail without @",
            OfficeProfile {
                officer_email: "somsri.dopa.go.th".into(),
                ..profile()
            },
        ),
        (
            "an e-mail with spaces",
            OfficeProfile {
                officer_email: "som sri@dopa.go.th".into(),
                ..profile()
            },
        ),
        (
            "a 301-character name",
            OfficeProfile {
                name: "ก".repeat(301),
                ..profile()
            },
        ),
        (
            "a control character",
            OfficeProfile {
                district: "เมือง\u{0}".into(),
                ..profile()
            },
        ),
    ] {
        let error = store
            .save_local_office(input)
            .err()
            .unwrap_or_else(|| panic!("{case} is refused"));
        assert_eq!(error.code(), ErrorCode::InvalidInput, "{case}");
    }
    assert_eq!(
        store.local_office().unwrap().profile.officer_email,
        "somsri@dopa.go.th",
        "refused saves change nothing"
    );
}

#[test]
fn no_password_is_stored_anywhere() {
    let data = DataDir::new();
    data.open().save_local_office(profile()).unwrap();
    let conn = rusqlite::Connection::open(data.database()).unwrap();
    let mut statement = conn
        .prepare("SELECT name FROM pragma_table_list WHERE schema = 'main'")
        .unwrap();
    let tables: Vec<String> = statement
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for table in tables {
        let mut columns = conn
            .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))
            .unwrap();
        for column in columns
            .query_map([], |r| r.get::<_, String>(0))
            .unwrap()
            .map(Result::unwrap)
        {
            assert!(
                !column.to_lowercase().contains("pass"),
                "table {table} has a password-like column {column}"
            );
        }
    }
}
