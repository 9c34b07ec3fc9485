//! Opening rounds: one per office, fiscal year and kind, against one pack version.

use gecc_core::model::{RoundKind, RoundState};
use gecc_core::ErrorCode;

use crate::support::*;

#[test]
fn a_new_application_round_takes_the_fiscal_year_of_today_and_the_newest_pack() {
    let data = DataDir::new();
    let mut store = data.open();
    let round = application_round(&mut store);
    assert_eq!(
        round.fiscal_year_be, 2569,
        "1 Nov 2025 is in fiscal year 2569"
    );
    assert_eq!(round.pack_id, "gecc-2568");
    assert_eq!(round.state, RoundState::Draft);
    assert_eq!(store.list_rounds().unwrap(), vec![round]);
}

#[test]
fn a_second_round_of_the_same_kind_and_year_is_refused() {
    let data = DataDir::new();
    let mut store = data.open();
    application_round(&mut store);
    let error = open_round(&mut store, RoundKind::Application, Some(2569), None)
        .expect_err("duplicate round");
    assert_eq!(error.code(), ErrorCode::RoundExists);
}

#[test]
fn maintenance_rounds_of_the_same_year_sit_beside_the_application() {
    let data = DataDir::new();
    let mut store = data.open();
    application_round(&mut store);
    for kind in [RoundKind::Maintenance6Month, RoundKind::Maintenance12Month] {
        open_round(&mut store, kind, None, None).expect("a maintenance round opens");
    }
    let checklist = store.checklist(2).unwrap();
    let parts: Vec<&str> = checklist
        .score
        .parts
        .iter()
        .map(|p| p.part_id.as_str())
        .collect();
    assert_eq!(
        parts,
        ["physical", "maintenance"],
        "a maintenance round is the physical list plus the report"
    );
}

#[test]
fn a_round_can_use_an_imported_pack_by_id() {
    let data = DataDir::new();
    let mut store = data.open();
    let round = synthetic_round(&mut store);
    assert_eq!(
        (round.pack_id.as_str(), round.pack_version),
        ("synthetic-2564", 3)
    );
    assert_eq!(store.checklist(round.id).unwrap().pack.parts.len(), 4);
}

#[test]
fn unknown_packs_rounds_and_years_are_refused_clearly() {
    let data = DataDir::new();
    let mut store = data.open();
    let no_pack = open_round(&mut store, RoundKind::Application, None, Some("gecc-2599"));
    assert_eq!(no_pack.err().unwrap().code(), ErrorCode::PackNotFound);
    let common_era = open_round(&mut store, RoundKind::Application, Some(2026), None);
    let error = common_era.err().unwrap();
    assert_eq!(
        error.code(),
        ErrorCode::InvalidInput,
        "2026 is a Common Era year, not B.E."
    );
    assert_eq!(
        store.checklist(42).err().unwrap().code(),
        ErrorCode::RoundNotFound
    );
}
