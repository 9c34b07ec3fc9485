//! GECC Desk's logic, usable without any user interface: the store, criteria packs,
//! scoring and the Thai calendar. The Tauri shell and the `gecc` CLI are thin layers over it.

pub mod actor;
pub mod answer_rules;
pub mod bindings;
pub mod bundle;
pub mod clock;
pub mod data_dir;
pub mod diagnostics;
pub mod error;
pub mod evidence;
pub mod file_names;
pub mod files;
pub mod hashing;
pub mod localized;
pub mod model;
pub mod os;
pub mod pack;
pub mod package;
pub mod printing;
pub mod roster;
pub mod scoring;
pub mod signing;
pub mod store;
pub mod thai;
pub mod timestamp;

pub use error::{Error, ErrorCode, ErrorPayload, Result};
pub use localized::Localized;
pub use store::Store;

/// The program's version, written into databases and (later) bundles.
pub const PROGRAM_VERSION: &str = env!("CARGO_PKG_VERSION");
