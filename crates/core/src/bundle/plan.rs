//! What an export will write, shown before it starts: its size and parts, and with
//! photos reduced for e-mail, the size as attached beside it (estimated for photos not
//! reduced yet, read from their headers).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::export::{stem_of, ExportOptions};
use super::names::part_file_name;
use super::parts::plan_parts;
use super::tag_files::tag_files;
use crate::error::{Error, Result};
use crate::store::BundleContents;

/// What an export will write, shown before it starts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExportPlan {
    #[ts(type = "number")]
    pub bytes: u64,
    /// What the same bundle would take with every file as attached (equal to `bytes`
    /// when photos are not reduced).
    #[ts(type = "number")]
    pub bytes_as_attached: u64,
    /// Photos that will travel reduced.
    pub reduced_photos: u32,
    /// Some reduced sizes are estimates (those photos are reduced when the export runs).
    pub estimated: bool,
    pub evidence_files: u32,
    pub parts: u32,
    pub sequence: u32,
    pub file_names: Vec<String>,
}

/// The parts an export will write and their estimated size.
pub fn plan_export(contents: &BundleContents, options: &ExportOptions) -> Result<ExportPlan> {
    let planned = |contents: &BundleContents, part_size_mb| -> Result<(u64, u32)> {
        let tags = tag_files(
            contents,
            options.remove_personal_data,
            "2000-01-01T00:00:00+07:00",
        );
        let parts = plan_parts(contents, &tags, part_size_mb)?;
        Ok((
            parts.iter().map(|p| p.estimated_bytes).sum(),
            parts.len() as u32,
        ))
    };
    let Some(max_side) = photo_max_side(options)? else {
        let (bytes, count) = planned(contents, options.part_size_mb)?;
        return Ok(plan_of(contents, (bytes, count), bytes, (0, false)));
    };
    // As attached, in one file: a photo too large for a part must not fail the comparison.
    let (as_attached, _) = planned(contents, None)?;
    let mut reduced = contents.clone();
    let estimate = super::reduce::estimate(&mut reduced, &contents.evidence_dir, max_side);
    Ok(plan_of(
        contents,
        planned(&reduced, options.part_size_mb)?,
        as_attached,
        (estimate.photos, estimate.estimated),
    ))
}

/// The longest side photos are reduced to, checked; none when the bundle carries no
/// files (a summary) or photos travel as attached.
pub(super) fn photo_max_side(options: &ExportOptions) -> Result<Option<u32>> {
    match options.photo_max_side {
        Some(_) if options.summary_only => Ok(None),
        Some(side) if !crate::evidence::MAX_SIDE_RANGE.contains(&side) => Err(Error::invalid(
            format!(
                "ด้านยาวของรูปที่ย่อต้องอยู่ระหว่าง {} ถึง {} พิกเซล",
                crate::evidence::MAX_SIDE_RANGE.start(),
                crate::evidence::MAX_SIDE_RANGE.end()
            ),
            format!(
                "The longest side of a reduced photo must be from {} to {} pixels.",
                crate::evidence::MAX_SIDE_RANGE.start(),
                crate::evidence::MAX_SIDE_RANGE.end()
            ),
        )),
        side => Ok(side),
    }
}

fn plan_of(
    contents: &BundleContents,
    (bytes, count): (u64, u32),
    bytes_as_attached: u64,
    (reduced_photos, estimated): (u32, bool),
) -> ExportPlan {
    let stem = stem_of(contents);
    ExportPlan {
        bytes,
        bytes_as_attached,
        reduced_photos,
        estimated,
        evidence_files: contents.evidence.len() as u32,
        parts: count,
        sequence: contents.sequence,
        file_names: (1..=count)
            .map(|k| part_file_name(&stem, k, count))
            .collect(),
    }
}
