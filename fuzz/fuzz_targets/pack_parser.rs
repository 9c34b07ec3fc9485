//! Exists because a criteria pack is a file a clerk imports from anywhere: any bytes
//! must give a validated pack or a list of problems, never a crash; a pack that passed
//! must score without a crash and read back the same once written out again (the pack
//! editor writes packs).
#![no_main]

use gecc_core::hashing::sha256_hex;
use gecc_core::model::RoundKind;
use gecc_core::pack::parse_pack;
use gecc_core::scoring::score_round;
use gecc_core::Error;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let file = match parse_pack(data) {
        Ok(file) => file,
        Err(Error::PackInvalid { problems }) => {
            assert!(!problems.is_empty(), "a refused pack must say why");
            return;
        }
        Err(Error::PackFormatTooNew { found, supported }) => {
            assert!(found > supported);
            return;
        }
        Err(other) => panic!("parse_pack failed in an unexpected way: {other:?}"),
    };
    assert_eq!(
        file.bytes, data,
        "the pack must keep the exact bytes imported"
    );
    assert_eq!(file.sha256, sha256_hex(data));

    for kind in RoundKind::ALL {
        let score = score_round(&file.pack, kind, &[]);
        assert!(score.level.is_none() || score.points.total > 0.0);
        assert_eq!(score.points.earned, 0.0, "no answers earn no points");
    }

    let written = serde_json::to_vec_pretty(&file.pack).expect("a pack always serialises");
    let again = parse_pack(&written)
        .unwrap_or_else(|error| panic!("a valid pack, written out, is refused: {error:?}"));
    assert_eq!(
        again.pack, file.pack,
        "a pack written out reads back differently"
    );
});
