//! Our layer of a bag that passed BagIt (checks 7 to 10 of docs/bundle-format.md):
//! `assessment.json` read with limits and no ambiguity, its records held to a clerk's
//! rules and the database's, agreeing with `bag-info.txt` and with the files the bag
//! carries, and the bundle's sequence number.

use std::collections::HashMap;

use super::bag_agreement::{bag_info_agrees, evidence_sizes_agree};
use super::checks::Flow;
use super::document_json::{parse_document, MAX_DOCUMENT};
use super::document_rules::check_records;
use super::names::ASSESSMENT_PATH;
use super::report::{ProblemCode, Refusal};
use super::verify_bag::BagCheck;
use super::AssessmentDocument;
use crate::error::Result;

/// Check 7: `data/assessment.json` is there, small enough (refused on its declared size
/// before a byte is read), and reads as our document.
pub(crate) fn document(bag: &mut BagCheck<'_>) -> Result<Flow> {
    let file = bag.file.clone();
    let Some(&(archive, index, size)) = bag.layout.payload.get(ASSESSMENT_PATH) else {
        bag.verdict.problem(
            &file,
            ASSESSMENT_PATH,
            ProblemCode::Document,
            "ไม่พบ data/assessment.json จึงไม่ใช่ชุดข้อมูลของ GECC Desk".into(),
            "data/assessment.json is missing, so this is not a GECC Desk bundle.".into(),
        );
        return Ok(Flow::Stop);
    };
    if size > MAX_DOCUMENT {
        bag.verdict.problem(
            &file,
            ASSESSMENT_PATH,
            ProblemCode::DocumentTooLarge,
            format!("assessment.json มีขนาด {size} ไบต์ เกินกว่าที่เอกสารของรอบใดจะมีได้ ({MAX_DOCUMENT} ไบต์)"),
            format!("assessment.json is {size} bytes, more than any round's document may be ({MAX_DOCUMENT} bytes)."),
        );
        return Ok(Flow::Stop);
    }
    let bytes = match bag.zips[archive].read_small(index, MAX_DOCUMENT) {
        Ok(bytes) => bytes,
        Err(problem) => {
            bag.verdict.problem(
                &file,
                ASSESSMENT_PATH,
                ProblemCode::UnsafeArchive,
                problem.thai(),
                problem.to_string(),
            );
            return Ok(Flow::Stop);
        }
    };
    Ok(match parse_document(&bytes) {
        Ok(document) => {
            bag.document = Some(document);
            Flow::Next
        }
        Err(refusal) => refuse(bag, refusal),
    })
}

/// Check 8: every record as a clerk's save and the database would take it.
pub(crate) fn records(bag: &mut BagCheck<'_>) -> Result<Flow> {
    Ok(match bag.document.as_ref().map(check_records) {
        Some(Err(refusal)) => refuse(bag, refusal),
        _ => Flow::Next,
    })
}

/// Check 9: the document says what the bag holds (each evidence file, with its content
/// and size) and what `bag-info.txt` says.
pub(crate) fn agreement(bag: &mut BagCheck<'_>) -> Result<Flow> {
    let Some(document) = bag.document.as_ref() else {
        return Ok(Flow::Next);
    };
    let sizes: HashMap<String, u64> = bag
        .layout
        .payload
        .iter()
        .map(|(path, &(_, _, size))| (path.clone(), size))
        .collect();
    let agrees = check_files(document, &bag.payload_sha256)
        .and_then(|()| evidence_sizes_agree(document, &sizes))
        .and_then(|()| bag_info_agrees(&bag.bag_info, document));
    Ok(match agrees {
        Ok(()) => Flow::Next,
        Err(refusal) => refuse(bag, refusal),
    })
}

/// Check 10: `GECC-Bundle-Sequence` is a number from 1. A bag from another BagIt tool
/// has none; it can only be imported unsigned, and is numbered by the receiver (0 here
/// means "not numbered").
pub(crate) fn sequence(bag: &mut BagCheck<'_>) -> Result<Flow> {
    let sequence = match bag.bag_info.get("GECC-Bundle-Sequence") {
        None if bag.signer.is_none() => Some(0),
        given => given
            .and_then(|s| s.trim().parse::<u32>().ok())
            .filter(|s| *s >= 1),
    };
    let Some(sequence) = sequence else {
        bag.verdict.problem(
            &bag.file,
            "bag-info.txt",
            ProblemCode::BagInfo,
            "bag-info.txt ไม่มีเลขลำดับชุดข้อมูล (GECC-Bundle-Sequence) ที่ถูกต้อง".into(),
            "bag-info.txt has no valid GECC-Bundle-Sequence.".into(),
        );
        return Ok(Flow::Stop);
    };
    bag.sequence = sequence;
    Ok(Flow::Next)
}

/// Files a refusal of the document and stops the checks.
fn refuse(bag: &mut BagCheck<'_>, refusal: Refusal) -> Flow {
    bag.verdict.refuse(&bag.file, ASSESSMENT_PATH, refusal);
    Flow::Stop
}

/// Every evidence entry with a path names a payload file with exactly its SHA-256; an
/// entry without one is allowed only in a summary.
fn check_files(
    document: &AssessmentDocument,
    payload_sha256: &HashMap<String, String>,
) -> Result<(), Refusal> {
    for evidence in &document.evidence {
        let name = &evidence.original_name;
        match &evidence.path {
            Some(path) if payload_sha256.get(path) != Some(&evidence.sha256) => {
                return Err(Refusal::new(
                    ProblemCode::Document,
                    format!("หลักฐาน \"{name}\" ไม่อยู่ในชุดข้อมูลหรือเนื้อหาไม่ตรง"),
                    format!("Evidence \"{name}\" is not in the bag, or its content differs."),
                ));
            }
            None if !document.summary_only => {
                return Err(Refusal::new(
                    ProblemCode::Document,
                    format!("หลักฐาน \"{name}\" ไม่มีไฟล์ทั้งที่ไม่ใช่ชุดสรุป"),
                    format!("Evidence \"{name}\" has no file, yet the bundle is not a summary."),
                ));
            }
            _ => {}
        }
    }
    Ok(())
}
