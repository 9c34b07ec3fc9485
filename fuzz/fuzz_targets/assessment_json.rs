//! Exists because data/assessment.json is the part of a bundle that says what an office
//! did, and the province imports it from other PCs: any bytes must be refused with a
//! reason or give a document whose files, hashes and links agree, never a crash.
//!
//! The checks on the document are private to the verifier, so the input goes through
//! the public door: it is wrapped in a sound, unsigned bag (with the seed evidence files
//! it names) and verified with `verify_paths`. The document is also read by plain serde
//! and must survive being written out and read back, as re-exports do.
#![no_main]

use gecc_core::bundle::{AssessmentDocument, ProblemCode, ASSESSMENT_PATH};
use gecc_fuzz::{bag_around, check_verdicts, verify, write_parts};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(document) = serde_json::from_slice::<AssessmentDocument>(data) {
        let written = serde_json::to_vec(&document).expect("a document always serialises");
        let again: AssessmentDocument = serde_json::from_slice(&written)
            .unwrap_or_else(|error| panic!("a document written out does not read back: {error}"));
        assert_eq!(
            again, document,
            "a document written out reads back differently"
        );
    }

    let bag = bag_around(data);
    let paths = write_parts("assessment", &[&bag]);
    let mut results = verify(&paths);
    check_verdicts(&mut results, 1);
    let verdict = &results[0].verdict;
    // Only what the document itself can get wrong may be found: the bag is sound.
    for problem in &verdict.problems {
        assert!(
            problem.entry == ASSESSMENT_PATH
                && matches!(
                    problem.code,
                    ProblemCode::Document
                        | ProblemCode::FormatTooNew
                        | ProblemCode::DocumentTooLarge
                        | ProblemCode::DuplicateKey
                        | ProblemCode::EvidenceSize
                        | ProblemCode::PaddedText
                        | ProblemCode::InvalidRecord
                ),
            "the bag around the document is sound, yet: {problem:?}"
        );
    }
    if let Some(bundle) = &results[0].bundle {
        // What the verifier accepted is what plain serde reads from the same bytes.
        let document: AssessmentDocument =
            serde_json::from_slice(data).expect("an accepted document");
        assert_eq!(bundle.document, document);
        assert!(bundle
            .document
            .evidence
            .iter()
            .all(|e| e.path.is_some() || bundle.document.summary_only));
    }
});
