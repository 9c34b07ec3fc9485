//! The faults fuzzing found in the verifier, each kept as its own regression test over
//! the input that reproduced it (fuzz/seeds/bundle_reader, written by fuzz/make_seeds.py).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::*;

/// Far more than a fixed verifier needs, far less than the hang each fault was.
const QUICKLY: Duration = Duration::from_secs(30);

/// The verdicts on one seed, and how long they took.
fn verify_seed(name: &str) -> (Vec<BundleVerdict>, Duration) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/seeds/bundle_reader")
        .join(name);
    assert!(path.is_file(), "the seed {name} is there");
    let started = Instant::now();
    let verified = verify_paths(&[path], &mut |_| CopyControl::Continue).expect("not cancelled");
    let verdicts = verified.into_iter().map(|v| v.verdict).collect();
    (verdicts, started.elapsed())
}

fn english(verdict: &BundleVerdict) -> Vec<String> {
    verdict
        .problems
        .iter()
        .map(|p| format!("{}: {}", p.entry, p.message.en))
        .collect()
}

#[test]
fn regression_a_part_marker_whose_digest_is_not_ascii_hex_is_not_a_part_and_does_not_panic() {
    // The "missing part" message cut the marker's digest at byte 12, inside a Thai
    // letter: a panic. A digest must now be 64 lowercase hex digits to make a part.
    let (verdicts, _) = verify_seed("crash-part-digest-not-ascii.zip");
    assert_eq!(verdicts.len(), 1, "one archive, one verdict");
    let verdict = &verdicts[0];
    assert!(
        !verdict.ok,
        "the archive is refused: {:?}",
        english(verdict)
    );
    assert!(
        !verdict.has(ProblemCode::MissingPart),
        "the marker does not make it part 1 of 2: {:?}",
        english(verdict)
    );
}

#[test]
fn regression_a_part_marker_claiming_part_1_of_four_billion_is_not_a_part_and_is_refused_quickly() {
    // Listing the four billion missing parts hung the verifier, then ran out of memory.
    // A bundle has at most 10,000 parts; a marker claiming more does not make a part.
    let (verdicts, took) = verify_seed("timeout-part-count-huge.zip");
    assert_eq!(verdicts.len(), 1, "one archive, one verdict");
    let verdict = &verdicts[0];
    assert!(
        !verdict.ok,
        "the archive is refused: {:?}",
        english(verdict)
    );
    assert!(
        !verdict.has(ProblemCode::MissingPart),
        "no part is listed as missing: {:?}",
        english(verdict)
    );
    assert!(took < QUICKLY, "refused in {took:?}");
}

#[test]
fn regression_a_tag_manifest_listing_one_file_again_and_again_is_refused_before_hashing_it_again() {
    // Each line of a tag manifest read and hashed its file once more: 1 MiB of lines
    // over a 1 MiB bag-info.txt hashed ~14 GB from a 5 kB archive.
    let (verdicts, took) = verify_seed("timeout-tagmanifest-repeats.zip");
    let verdict = &verdicts[0];
    let problems = english(verdict);
    assert!(
        verdict
            .problems
            .iter()
            .any(|p| p.code == ProblemCode::Manifest
                && p.entry == "tagmanifest-sha256.txt"
                && p.message.en.contains("lists bag-info.txt again")),
        "a path listed twice makes the tag manifest malformed: {problems:?}"
    );
    assert!(!verdict.ok, "refused");
    assert!(took < QUICKLY, "refused in {took:?}");
}

#[test]
fn regression_a_payload_manifest_listing_one_file_again_and_again_is_refused_before_hashing_it_again(
) {
    // Each line of a payload manifest added a hasher fed with every chunk of the file:
    // ~20 GB hashed from a 10 kB archive.
    let (verdicts, took) = verify_seed("timeout-manifest-repeats.zip");
    let verdict = &verdicts[0];
    let problems = english(verdict);
    for manifest in ["manifest-sha256.txt", "manifest-sha512.txt"] {
        assert!(
            verdict
                .problems
                .iter()
                .any(|p| p.code == ProblemCode::Manifest
                    && p.entry == manifest
                    && p.message.en.contains("lists data/blob.bin again")),
            "{manifest} listing a path twice is malformed: {problems:?}"
        );
    }
    assert!(
        verdict.checked_bytes <= 1 << 20,
        "the 1 MiB file is hashed at most once, not once per line ({} bytes)",
        verdict.checked_bytes
    );
    assert!(!verdict.ok, "refused");
    assert!(took < QUICKLY, "refused in {took:?}");
}
