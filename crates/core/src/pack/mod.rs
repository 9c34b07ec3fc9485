//! Criteria packs: each year's GECC criteria as versioned data with stable item IDs,
//! so a new year's list is a file to import, not a new release of the program.

mod builtin;
mod figures;
mod model;
mod parse;
mod validate;

pub use builtin::{builtin_packs, BuiltinPack};
pub use figures::{summarize_tally, Figure, FigureValue, TallyLevel, TallySummary};
pub use model::*;
pub use parse::{parse_pack, PackFile};
pub use validate::PackProblem;

/// The `format` field every pack file carries.
pub const PACK_FORMAT: &str = "gecc-criteria-pack";
/// The newest pack format version this program reads. Version 2 added evidence types
/// and evidence rules; version 1 files are read as they are.
pub const PACK_FORMAT_VERSION: u32 = 2;
