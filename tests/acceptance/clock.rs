//! One clock: a store whose clock is stopped dates everything it writes with that moment
//! (a round, an answer, a backup, an exported bundle's bagging time in the PC's time zone),
//! and "today" (the round's fiscal year) is the same moment's date where the PC is.

use gecc_core::bundle::{export_round, ExportOptions};
use gecc_core::clock::Clock;
use gecc_core::evidence::CopyControl;
use gecc_core::model::{AnswerInput, AnswerStatus, NewRoundInput, RoundKind};
use gecc_core::store::BackupReason;
use time::macros::{datetime, offset};

use crate::support::*;

#[test]
fn a_stopped_clock_dates_every_round_answer_backup_and_bundle_the_store_writes() {
    let data = DataDir::new();
    let mut store = data.open();
    // 17:30 UTC on 30 September 2026 is already 1 October in Thailand: fiscal year 2570.
    let clock = Clock::fixed(datetime!(2026-09-30 17:30:15.250 UTC), offset!(+7));
    store.set_clock(clock);
    let stamp = "2026-09-30T17:30:15.250Z";

    let round = store
        .create_round(
            NewRoundInput {
                kind: RoundKind::Application,
                fiscal_year_be: None,
                pack_id: None,
                pack_version: None,
            },
            store.clock().today().date,
        )
        .unwrap();
    assert_eq!(
        round.fiscal_year_be, 2570,
        "today is the clock's date in Thai time"
    );
    assert_eq!(round.created_at, stamp);

    let input = AnswerInput {
        status: AnswerStatus::Met,
        note: "ติดป้ายแล้ว".into(),
        ..AnswerInput::default()
    };
    let saved = store
        .save_answer(round.id, "physical.service-hours", input, "clerk")
        .unwrap();
    assert_eq!(saved.answer.updated_at, stamp);

    let backup = store.back_up(BackupReason::Manual).unwrap();
    assert_eq!(backup.created_at, stamp, "{}", backup.file_name);

    let stick = tempfile::tempdir().unwrap();
    let options = ExportOptions {
        summary_only: true,
        ..ExportOptions::default()
    };
    let result = export_round(
        &mut store,
        round.id,
        &options,
        Vec::new(),
        stick.path(),
        &mut |_| CopyControl::Continue,
    )
    .unwrap();
    let bundle = stick.path().join(&result.files[0]);
    let mut archive = zip::ZipArchive::new(std::fs::File::open(bundle).unwrap()).unwrap();
    let bag_info = (0..archive.len())
        .find_map(|index| {
            let mut entry = archive.by_index(index).unwrap();
            entry.name().ends_with("bag-info.txt").then(|| {
                let mut text = String::new();
                std::io::Read::read_to_string(&mut entry, &mut text).unwrap();
                text
            })
        })
        .expect("a bag-info.txt");
    for line in [
        "Bagging-Date: 2026-10-01",
        "GECC-Bagging-Time: 2026-10-01T00:30:15+07:00",
    ] {
        assert!(
            bag_info.lines().any(|l| l == line),
            "the bagging time is the clock's moment in the PC's time zone: {line}\n{bag_info}"
        );
    }
    let records = store.bundles(round.id).unwrap();
    assert_eq!(records[0].at, stamp);
}
