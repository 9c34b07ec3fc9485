//! Text that exists in Thai and English, because every label and message is shown in both.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A piece of text in Thai (always present, the official language) and English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Localized {
    pub th: String,
    pub en: String,
}

impl Localized {
    pub fn new(th: impl Into<String>, en: impl Into<String>) -> Self {
        Localized {
            th: th.into(),
            en: en.into(),
        }
    }

    /// Thai first, English after, for places that can show only one string (CLI, logs).
    pub fn both(&self) -> String {
        format!("{} ({})", self.th, self.en)
    }
}
