//! The province's own desk: a roster of the offices it expects bundles from (chosen from
//! the shipped list of districts, local organisations added by name), who has sent and
//! who has not against the province's own report dates, and forms 1 and 2 over all of it.

use gecc_core::bundle::{ExportOptions, ImportOptions, ImportStatus};
use gecc_core::model::{AnswerStatus, DeskRole, OfficeKind, RoundKind};
use gecc_core::store::{ReportDate, Reporting, RosterOfficeInput};
use gecc_forms::{province_data, Digits, Document, FormData, PrintOptions};

use crate::bundle_support::{profile, Office};
use crate::forms_support::*;
use crate::support::*;

/// Pattani's twelve districts as a clerk of each might type their district.
const TYPED_DISTRICTS: [&str; 12] = [
    "อ.เมือง",
    "อำเภอโคกโพธิ์",
    "หนองจิก",
    "ปะนาเระ",
    "มายอ",
    "ทุ่งยางแดง",
    "สายบุรี",
    "ไม้แก่น",
    "ยะหริ่ง",
    "ยะรัง",
    "กะพ้อ",
    "แม่ลาน",
];

const LOCAL_ORGANISATIONS: [&str; 8] = [
    "เทศบาลเมืองปัตตานี",
    "เทศบาลตำบลตะลุโบะ",
    "เทศบาลตำบลยะรัง",
    "องค์การบริหารส่วนตำบลบาราเฮาะ",
    "องค์การบริหารส่วนตำบลปุยุด",
    "องค์การบริหารส่วนตำบลตันหยงลุโละ",
    "องค์การบริหารส่วนตำบลคลองมานิง",
    "องค์การบริหารส่วนจังหวัดปัตตานี",
];

fn trusting() -> ImportOptions {
    ImportOptions {
        accept_new_key: true,
        ..ImportOptions::default()
    }
}

/// An office's summary bundle, made on its own PC, imported at the province.
fn send(province: &mut Office, name: &str, kind: OfficeKind, district: &str) {
    let mut office = Office::new(name, district);
    let mut own = profile(name, district);
    own.kind = kind;
    own.officer_phone = format!("07{:07}", name.chars().count());
    office.store.save_local_office(own).unwrap();
    office.save("physical.wayfinding-signs", AnswerStatus::Met, "ป้ายครบ");
    let (_folder, files) = office.export(&ExportOptions {
        summary_only: true,
        ..ExportOptions::default()
    });
    let outcomes = province.import(&files, &trusting());
    assert_eq!(
        outcomes[0].status,
        ImportStatus::Imported,
        "{name}: {:?}",
        outcomes[0].verdict.problems
    );
}

/// A province PC with Pattani's 12 districts and 8 local organisations on its roster, of
/// which 15 have sent (10 districts, 5 organisations) and 5 have not.
fn pattani_with_five_unsent() -> Office {
    let mut province = Office::new("ที่ทำการปกครองจังหวัดปัตตานี", "เมืองปัตตานี");
    province.store.set_role(DeskRole::Province).unwrap();
    let added = province.store.add_province_to_roster("ปัตตานี").unwrap();
    assert_eq!((added.added, added.already), (12, 0));
    for (index, name) in LOCAL_ORGANISATIONS.iter().enumerate() {
        province
            .store
            .add_office_to_roster(RosterOfficeInput {
                name: name.to_string(),
                kind: OfficeKind::LocalAdministration,
                province: String::new(),
                district: String::new(),
                phone: format!("073-{index:03}-000"),
            })
            .unwrap();
    }
    for district in &TYPED_DISTRICTS[..10] {
        send(
            &mut province,
            &format!("สำนักทะเบียน{district}"),
            OfficeKind::DistrictRegistration,
            district,
        );
    }
    for name in &LOCAL_ORGANISATIONS[..5] {
        // Typed with a space where the roster has none: still the same organisation.
        let typed = name.replacen("ตำบล", "ตำบล ", 1);
        send(&mut province, &typed, OfficeKind::LocalAdministration, "");
    }
    province
}

const BEFORE_THE_REPORT: time::Date = time::macros::date!(2026 - 01 - 20);

#[test]
fn a_province_of_20_offices_sees_who_has_not_sent_and_prints_all_20_on_forms_1_and_2() {
    let province = pattani_with_five_unsent();
    let status = province
        .store
        .province_status(2569, RoundKind::Application, BEFORE_THE_REPORT)
        .unwrap();
    assert_eq!(status.roster_size, 20);
    assert_eq!(
        status.rows.len(),
        20,
        "every office on the roster, each once, and not the province itself"
    );
    let mut unsent: Vec<&str> = status
        .rows
        .iter()
        .filter(|r| r.has_sent_nothing())
        .map(|r| r.office_name.as_str())
        .collect();
    unsent.sort();
    let mut expected = vec![
        "อำเภอกะพ้อ",
        "อำเภอแม่ลาน",
        "องค์การบริหารส่วนตำบลตันหยงลุโละ",
        "องค์การบริหารส่วนตำบลคลองมานิง",
        "องค์การบริหารส่วนจังหวัดปัตตานี",
    ];
    expected.sort();
    assert_eq!(unsent, expected);
    assert_eq!(unsent.len(), 5, "{unsent:?}");
    for row in &status.rows {
        assert!(
            row.roster_id.is_some(),
            "{} is a roster entry",
            row.office_name
        );
        if row.has_sent_nothing() {
            assert_eq!(row.office_id, None);
            assert_eq!(
                row.reporting,
                Reporting::NotDue,
                "nothing due before 31 January"
            );
        } else {
            assert_eq!(row.bundles, 1, "{}", row.office_name);
            assert_eq!(row.reporting, Reporting::OnTime, "{}", row.office_name);
            assert!(
                !row.phone.is_empty(),
                "{}: the phone from the office's profile",
                row.office_name
            );
        }
    }
    let muang = status
        .rows
        .iter()
        .find(|r| r.office_name == "อำเภอเมืองปัตตานี")
        .unwrap();
    assert!(
        muang.office_id.is_some(),
        "a clerk who typed อ.เมือง is the เมืองปัตตานี district"
    );
    let unsent_organisation = status
        .rows
        .iter()
        .find(|r| r.office_name == "องค์การบริหารส่วนจังหวัดปัตตานี")
        .unwrap();
    assert_eq!(
        unsent_organisation.phone, "073-007-000",
        "the roster's phone for whoever has not sent"
    );

    let form = province_data(&province.store, 2569, RoundKind::Application, TODAY).unwrap();
    let FormData::Province(data) = &form else {
        panic!("province data")
    };
    assert_eq!(data.offices.len(), 20);
    assert_eq!(data.offices.iter().filter(|o| !o.received).count(), 5);
    for document in [Document::Form1, Document::Form2] {
        let pdf = render_timed("roster", document, &form, &PrintOptions::default());
        let text = pdf_text(&pdf);
        for row in &status.rows {
            let name = Digits::Thai.apply(&row.office_name);
            assert!(text.contains(&name), "{document:?} lists {name}");
        }
        assert_eq!(
            text.matches("ยังไม่ได้รับข้อมูลจากสำนักงาน").count(),
            5,
            "{document:?} marks the five not received"
        );
        if document == Document::Form2 {
            // The department's form 2 has a fourth row for every office: the readiness
            // assessment, declared in the 2568 pack (version 3) though its questions are unknown.
            assert_eq!(
                text.matches("๔.แบบประเมินความพร้อม").count(),
                20,
                "row ๔ for each of the 20 offices"
            );
        }
    }
}

#[test]
fn the_provinces_own_report_dates_say_who_is_late_and_who_is_missing() {
    let province = pattani_with_five_unsent();
    let mut store = province.store;
    let defaults = store.report_dates(2569, RoundKind::Application).unwrap();
    assert!(!defaults.edited);
    assert_eq!(
        defaults.dates.len(),
        2,
        "the letter's two report dates until the province sets its own"
    );
    // The bundles were made on 29 November 2026 (the export's printing day is fixed; the
    // bag is dated by the store's clock, today): a report date before that makes them late.
    let saved = store
        .set_report_dates(
            2569,
            RoundKind::Application,
            vec![ReportDate {
                title: "  รายงานครั้งที่ ๑ ".into(),
                date: "2020-01-10".into(),
            }],
        )
        .unwrap();
    assert!(saved.edited);
    assert_eq!(saved.dates[0].title, "รายงานครั้งที่ ๑", "trimmed as any title");
    let status = store
        .province_status(
            2569,
            RoundKind::Application,
            time::macros::date!(2020 - 02 - 01),
        )
        .unwrap();
    assert_eq!(status.report_dates, ["2020-01-10"]);
    for row in &status.rows {
        if row.has_sent_nothing() {
            assert_eq!(row.reporting, Reporting::Missing, "{}", row.office_name);
        } else {
            assert!(
                matches!(row.reporting, Reporting::Late { days } if days > 0),
                "{}: {:?}",
                row.office_name,
                row.reporting
            );
        }
    }
    let refused = store.set_report_dates(
        2569,
        RoundKind::Application,
        vec![ReportDate {
            title: "รายงาน".into(),
            date: "31/01/2569".into(),
        }],
    );
    assert!(refused.is_err(), "a date that is not YYYY-MM-DD is refused");
    assert_eq!(
        store
            .report_dates(2569, RoundKind::Application)
            .unwrap()
            .dates[0]
            .date,
        "2020-01-10"
    );
}

#[test]
fn an_office_that_sent_without_being_listed_is_shown_and_is_added_when_asked() {
    let mut province = Office::new("ที่ทำการปกครองจังหวัดปัตตานี", "เมืองปัตตานี");
    province.store.add_province_to_roster("จังหวัดปัตตานี").unwrap();
    send(
        &mut province,
        "เทศบาลตำบลรูสะมิแล",
        OfficeKind::LocalAdministration,
        "",
    );
    let status = province
        .store
        .province_status(2569, RoundKind::Application, BEFORE_THE_REPORT)
        .unwrap();
    assert_eq!(status.rows.len(), 13);
    let sender = status
        .rows
        .iter()
        .find(|r| r.roster_id.is_none())
        .expect("the sender is listed");
    assert_eq!(sender.office_name, "เทศบาลตำบลรูสะมิแล");
    let entry = province
        .store
        .add_sender_to_roster(sender.office_id.unwrap())
        .unwrap();
    assert_eq!(entry.office_id, sender.office_id);
    let again = province
        .store
        .add_sender_to_roster(sender.office_id.unwrap())
        .unwrap();
    assert_eq!(again.id, entry.id, "adding twice keeps one entry");
    let status = province
        .store
        .province_status(2569, RoundKind::Application, BEFORE_THE_REPORT)
        .unwrap();
    assert_eq!(status.rows.len(), 13);
    assert!(status.rows.iter().all(|r| r.roster_id.is_some()));
    let again = province.store.add_province_to_roster("ปัตตานี").unwrap();
    assert_eq!(
        (again.added, again.already),
        (0, 12),
        "a province added twice adds nothing"
    );
    assert!(province.store.add_province_to_roster("แอตแลนติส").is_err());
}

#[test]
fn a_new_installation_asks_whom_it_works_for_and_one_with_an_office_works_for_it() {
    let data = DataDir::new();
    let mut store = data.open();
    assert_eq!(store.settings().unwrap().role, None, "a first run asks");
    assert_eq!(
        store.set_role(DeskRole::Province).unwrap().role,
        Some(DeskRole::Province)
    );
    let reopened = data.open();
    assert_eq!(
        reopened.settings().unwrap().role,
        Some(DeskRole::Province),
        "kept"
    );
    let office = Office::new("สำนักทะเบียนอำเภอหนองจิก", "หนองจิก");
    assert_eq!(
        office.store.settings().unwrap().role,
        Some(DeskRole::District)
    );
}

#[test]
fn gecc_roster_lists_adds_and_status_names_who_has_not_sent_with_their_phones() {
    let data = DataDir::new();
    let dir = data.path();
    // As the app's first run: the role, the office named after the province, its districts.
    let output = gecc(dir, &["role", "province", "--province", "จ.ปัตตานี"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&gecc(dir, &["role"])).trim(), "province");
    let office = data.open().local_office().unwrap().profile;
    assert_eq!(
        (office.name.as_str(), office.province.as_str()),
        ("ที่ทำการปกครองจังหวัดปัตตานี", "ปัตตานี")
    );
    let output = gecc(dir, &["roster", "add", "--province", "ปัตตานี"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("เพิ่ม 0 อำเภอ (มีอยู่แล้ว 12)"),
        "the first run listed them: {}",
        stdout(&output)
    );
    let output = gecc(
        dir,
        &[
            "roster",
            "add",
            "--office",
            "เทศบาลตำบลตะลุโบะ",
            "--in-province",
            "ปัตตานี",
            "--phone",
            "073-331-234",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let listed = stdout(&gecc(dir, &["roster"]));
    assert_eq!(listed.lines().count(), 13, "{listed}");
    assert!(listed.contains("อำเภอหนองจิก | หนองจิก | ปัตตานี"), "{listed}");
    let unsent = stdout(&gecc(
        dir,
        &["status", "--fiscal-year", "2569", "--not-sent"],
    ));
    assert_eq!(unsent.lines().count(), 13, "{unsent}");
    assert!(
        unsent.contains("เทศบาลตำบลตะลุโบะ | 073-331-234 | ยังไม่ส่ง"),
        "{unsent}"
    );
    let csv = stdout(&gecc(
        dir,
        &["status", "--fiscal-year", "2569", "--csv", "-"],
    ));
    assert_eq!(csv.lines().count(), 14, "a header and 13 offices: {csv}");
    let output = gecc(
        dir,
        &[
            "report-dates",
            "--fiscal-year",
            "2569",
            "--set",
            "รายงานครั้งที่ ๑=2026-01-31",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output).trim(), "2026-01-31 | รายงานครั้งที่ ๑");
    let refused = gecc(dir, &["roster", "add", "--province", "แอตแลนติส"]);
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("แอตแลนติส"),
        "{}",
        stderr(&refused)
    );
}
