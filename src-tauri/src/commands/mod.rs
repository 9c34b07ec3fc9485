//! The commands the UI may call. Each is a few lines: call core, map the error.

mod backups;
mod bundles;
mod checklist;
mod evidence;
mod packs;
mod print;
mod review;
mod rounds;

pub use backups::*;
pub use bundles::*;
pub use checklist::*;
pub use evidence::*;
pub use packs::*;
pub use print::*;
pub use review::*;
pub use rounds::*;

use gecc_core::ErrorPayload;

pub type CommandResult<T> = Result<T, ErrorPayload>;
