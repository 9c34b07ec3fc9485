//! Our layer of a bag that passed BagIt: `assessment.json` read with limits and no
//! ambiguity, its records held to a clerk's rules and the database's, and agreeing with
//! `bag-info.txt` and with the files the bag carries.

use std::collections::HashMap;

use super::bag::BagInfo;
use super::bag_agreement::{bag_info_agrees, evidence_sizes_agree};
use super::document_json::parse_document;
use super::document_rules::check_records;
use super::names::ASSESSMENT_PATH;
use super::report::{BundleVerdict, ProblemCode, Refusal};
use super::AssessmentDocument;

/// What the bag holds, as the manifests proved it.
pub struct PayloadFacts<'a> {
    pub sha256: &'a HashMap<String, String>,
    pub sizes: &'a HashMap<String, u64>,
    pub bag_info: &'a BagInfo,
}

/// Parses and checks the document; on a problem it is filed in `verdict` and None returned.
pub fn check_document(
    bytes: &[u8],
    payload: &PayloadFacts<'_>,
    verdict: &mut BundleVerdict,
    file: &str,
) -> Option<AssessmentDocument> {
    let checked = parse_document(bytes).and_then(|document| {
        check_records(&document)?;
        check_files(&document, payload.sha256)?;
        evidence_sizes_agree(&document, payload.sizes)?;
        bag_info_agrees(payload.bag_info, &document)?;
        Ok(document)
    });
    match checked {
        Ok(document) => Some(document),
        Err(refusal) => {
            verdict.refuse(file, ASSESSMENT_PATH, refusal);
            None
        }
    }
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
