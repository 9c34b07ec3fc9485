//! Dividing a bundle into e-mail-sized parts. Each part is a ZIP of its own holding the
//! bag's tag files and some of the payload; unzipping every part into one folder gives
//! the whole bag. A file larger than a part cannot be split and is refused up front.

use super::tag_files::TagFiles;
use crate::error::{megabytes, Error, Result};
use crate::store::BundleContents;

/// What one part holds: the assessment document and the printed report or not, and
/// evidence by index.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PartPlan {
    pub holds_assessment: bool,
    pub evidence: Vec<usize>,
    pub estimated_bytes: u64,
}

/// ZIP headers per entry: local header, data descriptor, central record, extra fields.
const ENTRY_OVERHEAD: u64 = 30 + 24 + 46 + 64;
/// End of central directory, the archive comment and the part marker.
const ARCHIVE_OVERHEAD: u64 = 22 + 56 + 400 + 600;

fn entry_bytes(stem: &str, path: &str, size: u64) -> u64 {
    ENTRY_OVERHEAD + 2 * (stem.len() + 1 + path.len()) as u64 + size
}

/// The parts of a bundle of at most `part_size_mb` megabytes each (one part if none).
pub fn plan_parts(
    contents: &BundleContents,
    tags: &TagFiles,
    part_size_mb: Option<u32>,
) -> Result<Vec<PartPlan>> {
    // The bag folder name is at most ~200 bytes; estimate with a generous stem.
    let stem = "x".repeat(200);
    let tag_bytes: u64 = tags
        .files
        .iter()
        .map(|(name, bytes)| entry_bytes(&stem, name, bytes.len() as u64))
        .sum::<u64>()
        + ARCHIVE_OVERHEAD;
    // The printed report travels with the assessment document, so the first part alone
    // can be read by people without GECC Desk.
    let assessment_bytes = entry_bytes(
        &stem,
        "data/assessment.json",
        tags.assessment_json.len() as u64,
    ) + contents
        .printed
        .iter()
        .map(|printed| entry_bytes(&stem, &printed.bag_path, printed.bytes.len() as u64))
        .sum::<u64>();
    let evidence_bytes: Vec<u64> = contents
        .evidence
        .iter()
        .map(|file| entry_bytes(&stem, &file.bag_path, file.size))
        .collect();

    let Some(limit_mb) = part_size_mb else {
        return Ok(vec![PartPlan {
            holds_assessment: true,
            evidence: (0..contents.evidence.len()).collect(),
            estimated_bytes: tag_bytes + assessment_bytes + evidence_bytes.iter().sum::<u64>(),
        }]);
    };
    if limit_mb == 0 {
        return Err(Error::invalid(
            "ขนาดส่วนต้องมากกว่า 0 MB",
            "The part size must be more than 0 MB.",
        ));
    }
    let limit = u64::from(limit_mb) * 1_000_000;
    let room = limit.saturating_sub(tag_bytes);
    if assessment_bytes > room {
        return Err(too_small(
            limit,
            "assessment.json",
            assessment_bytes + tag_bytes,
        ));
    }
    if let Some((index, bytes)) = evidence_bytes
        .iter()
        .enumerate()
        .find(|(_, bytes)| **bytes > room)
    {
        let name = contents.evidence[index]
            .bag_path
            .trim_start_matches("data/evidence/");
        return Err(too_small(limit, name, bytes + tag_bytes));
    }

    // First fit, largest first: few parts, and the order is stable for a given bundle.
    let mut order: Vec<usize> = (0..contents.evidence.len()).collect();
    order.sort_by(|a, b| evidence_bytes[*b].cmp(&evidence_bytes[*a]).then(a.cmp(b)));
    let mut parts = vec![PartPlan {
        holds_assessment: true,
        evidence: Vec::new(),
        estimated_bytes: tag_bytes + assessment_bytes,
    }];
    for index in order {
        let bytes = evidence_bytes[index];
        match parts
            .iter_mut()
            .find(|p| p.estimated_bytes + bytes <= limit)
        {
            Some(part) => {
                part.evidence.push(index);
                part.estimated_bytes += bytes;
            }
            None => parts.push(PartPlan {
                holds_assessment: false,
                evidence: vec![index],
                estimated_bytes: tag_bytes + bytes,
            }),
        }
    }
    for part in &mut parts {
        part.evidence.sort_unstable();
    }
    Ok(parts)
}

fn too_small(limit: u64, name: &str, needed: u64) -> Error {
    Error::invalid(
        format!(
            "ไฟล์ \"{name}\" ต้องใช้ {} ใหญ่กว่าขนาดส่วนที่ตั้งไว้ ({}) จึงแบ่งส่งทางอีเมลไม่ได้ กรุณาตั้งขนาดส่วนให้ใหญ่ขึ้น หรือส่งออกเป็นไฟล์เดียวลงแฟลชไดรฟ์",
            megabytes(needed),
            megabytes(limit)
        ),
        format!(
            "\"{name}\" needs {}, more than the part size ({}), so it cannot go by e-mail in parts. Raise the part size, or export one file to a USB stick.",
            megabytes(needed),
            megabytes(limit)
        ),
    )
}
