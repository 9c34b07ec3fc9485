//! The province package: one signed file a province sends its offices, holding the
//! criteria pack edition it filled in once (the advanced items, the readiness questions)
//! and its report dates. It is a small BagIt bag in a ZIP, signed with the province PC's
//! Ed25519 key exactly as bundles are, so outside tools can open it and nothing in it can
//! be changed unnoticed. Described in docs/province-package.md.

mod read;
mod write;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::store::ReportDates;

pub use read::{read_package, ProvincePackage};
pub use write::{package_bytes, package_file_name};

/// The version of the package format this program writes and the newest it reads.
pub const PACKAGE_FORMAT_VERSION: u32 = 1;

/// The one folder in the ZIP: the bag.
pub const PACKAGE_BAG: &str = "gecc-province-package";
/// The criteria pack edition, byte for byte as installed at the province.
pub const PACK_PATH: &str = "data/criteria-pack.json";
/// The province's report dates, as `ReportDates` records.
pub const DATES_PATH: &str = "data/report-dates.json";

/// Larger files are refused before being read: a pack is a few dozen kilobytes.
pub(crate) const MAX_PACKAGE_FILE: u64 = 4 * 1024 * 1024;

/// What the province puts in a package.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PackageRequest {
    pub pack_id: String,
    pub pack_version: u32,
    /// Which years and kinds of round to send the report dates of.
    pub report_dates: Vec<DatesChoice>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DatesChoice {
    pub fiscal_year_be: i32,
    pub kind: crate::model::RoundKind,
}

/// The payload of a package once read and checked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PackagePayload {
    pub province: String,
    pub pack_bytes: Vec<u8>,
    pub report_dates: Vec<ReportDates>,
}
