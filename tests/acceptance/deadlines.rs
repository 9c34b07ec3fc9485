//! The round's calendar: dates from the last known letters filled in when a round opens,
//! then edited by the office; the next one is what the dashboard counts down to.

use gecc_core::model::{DeadlineInput, RoundKind};
use gecc_core::ErrorCode;
use time::macros::date;

use crate::support::*;

fn dates(store: &gecc_core::Store, round_id: i64) -> Vec<String> {
    store
        .deadlines(round_id)
        .unwrap()
        .into_iter()
        .map(|d| d.due_date)
        .collect()
}

#[test]
fn an_application_round_starts_with_the_window_and_report_dates_of_its_year() {
    let data = DataDir::new();
    let mut store = data.open();
    let round = application_round(&mut store);
    assert_eq!(
        dates(&store, round.id),
        ["2026-01-08", "2026-01-31", "2026-02-28", "2026-03-01"],
        "fiscal year 2569: the window opens 8 Jan, reports by 31 Jan and 1 Mar, as in the 2567 letter"
    );
    let deadlines = store.deadlines(round.id).unwrap();
    assert!(
        deadlines.iter().all(|d| d.source.contains("ตัวอย่าง")),
        "defaults say they are examples"
    );
}

#[test]
fn a_leap_year_closes_the_window_on_29_february() {
    let data = DataDir::new();
    let mut store = data.open();
    let round = open_round(&mut store, RoundKind::Application, Some(2571), None).unwrap();
    assert!(
        dates(&store, round.id).contains(&"2028-02-29".to_string()),
        "2571 B.E. is 2028, a leap year"
    );
}

#[test]
fn maintenance_rounds_are_due_at_the_end_of_their_half_year() {
    let data = DataDir::new();
    let mut store = data.open();
    let six = open_round(&mut store, RoundKind::Maintenance6Month, None, None).unwrap();
    let twelve = open_round(&mut store, RoundKind::Maintenance12Month, None, None).unwrap();
    assert_eq!(dates(&store, six.id), ["2026-03-31"]);
    assert_eq!(dates(&store, twelve.id), ["2026-09-30"]);
}

#[test]
fn the_office_edits_adds_and_removes_dates() {
    let data = DataDir::new();
    let mut store = data.open();
    let round = application_round(&mut store);
    let first = store.deadlines(round.id).unwrap().remove(0);
    let edited = store
        .save_deadline(
            round.id,
            DeadlineInput {
                id: Some(first.id),
                title: first.title.clone(),
                due_date: "2026-01-05".into(),
                done: false,
            },
        )
        .unwrap();
    assert_eq!(edited.due_date, "2026-01-05");
    assert_eq!(
        edited.source, "",
        "an edited date is the office's own, no longer an example"
    );

    let added = store
        .save_deadline(
            round.id,
            DeadlineInput {
                id: None,
                title: "ประชุมชี้แจงจังหวัด".into(),
                due_date: "2025-12-20".into(),
                done: false,
            },
        )
        .unwrap();
    assert_eq!(
        dates(&store, round.id)[0],
        "2025-12-20",
        "dates are listed earliest first"
    );
    store.delete_deadline(round.id, added.id).unwrap();
    assert_eq!(store.deadlines(round.id).unwrap().len(), 4);

    for (title, due) in [("", "2026-01-01"), ("x", "31/01/2569"), ("x", "2026-02-30")] {
        let input = DeadlineInput {
            id: None,
            title: title.into(),
            due_date: due.into(),
            done: false,
        };
        let error = store.save_deadline(round.id, input).unwrap_err();
        assert_eq!(
            error.code(),
            ErrorCode::InvalidInput,
            "title {title:?}, date {due:?}"
        );
    }
}

#[test]
fn the_next_deadline_is_the_first_not_done_from_today() {
    let data = DataDir::new();
    let mut store = data.open();
    let round = application_round(&mut store);
    let next = store
        .next_deadline(round.id, date!(2026 - 01 - 10))
        .unwrap()
        .unwrap();
    assert_eq!(next.due_date, "2026-01-31", "8 Jan has passed on 10 Jan");
    let mut report = next.clone();
    report.done = true;
    store
        .save_deadline(
            round.id,
            DeadlineInput {
                id: Some(report.id),
                title: report.title,
                due_date: report.due_date,
                done: true,
            },
        )
        .unwrap();
    let next = store
        .next_deadline(round.id, date!(2026 - 01 - 10))
        .unwrap()
        .unwrap();
    assert_eq!(next.due_date, "2026-02-28", "a date marked done is skipped");
    assert!(store
        .next_deadline(round.id, date!(2026 - 06 - 01))
        .unwrap()
        .is_none());
}
