//! GECC Desk's printed forms: the self-assessment report of a round, its sign-off sheet
//! and evidence index, and the province report forms 1 (registration) and 2 (application
//! progress), rendered to A4 PDF with Typst as a library. Fonts and templates are compiled
//! in and nothing is read from the network or the disk, so the same data gives the same
//! bytes on any PC. A separate crate keeps Typst's build cost out of gecc-core.
//!
//! ```no_run
//! # fn example(store: &gecc_core::Store, today: gecc_core::timestamp::LocalDay) -> Result<(), gecc_forms::FormError> {
//! use gecc_forms::{render, round_data, Document, PrintOptions};
//! let pdf = render(Document::Report, &round_data(store, 1, today)?, &PrintOptions::default())?;
//! # Ok(()) }
//! ```

mod data;
mod error;
mod qr;
mod render;
pub mod segment;
mod view;
mod world;

#[cfg(test)]
mod tests;

pub use data::{
    bundle_documents, province_data, province_data_for_round, round_data, LevelProgress,
    PartProgress, ProvinceData, ProvinceOffice, RoundData,
};
pub use error::FormError;
pub use gecc_core::thai::Digits;
pub use render::render;

/// The documents GECC Desk prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Document {
    /// The self-assessment report of a round: cover, summary per part, every item.
    Report,
    /// Who prepared, reviewed and certified the round, with lines to sign on.
    SignOff,
    /// Every evidence file per item, so paper and bundle can be matched.
    EvidenceIndex,
    /// Province report form 1: each office's responsible officer and GECC Online username.
    Form1,
    /// Province report form 2: each office's progress through the parts of the criteria.
    Form2,
}

impl Document {
    pub const ALL: [Document; 5] = [
        Document::Report,
        Document::SignOff,
        Document::EvidenceIndex,
        Document::Form1,
        Document::Form2,
    ];

    /// The name the CLI and the app use.
    pub fn as_str(self) -> &'static str {
        match self {
            Document::Report => "report",
            Document::SignOff => "signoff",
            Document::EvidenceIndex => "evidence",
            Document::Form1 => "form1",
            Document::Form2 => "form2",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.as_str() == text)
    }

    /// The Thai title printed at the head of the document, also used to name its file.
    pub fn title(self) -> &'static str {
        render::title(self)
    }

    /// Forms 1 and 2 are printed from the province's data, the others from a round.
    pub fn is_province_form(self) -> bool {
        matches!(self, Document::Form1 | Document::Form2)
    }

    fn template(self) -> &'static str {
        match self {
            Document::Report => "/report.typ",
            Document::SignOff => "/signoff.typ",
            Document::EvidenceIndex => "/evidence.typ",
            Document::Form1 => "/form1.typ",
            Document::Form2 => "/form2.typ",
        }
    }
}

/// Where page numbers go and how they read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum PageNumbers {
    /// "- ๒ -" at the top centre from the second page, as in official letters.
    #[default]
    Dashes,
    /// "หน้า ๒ จาก ๕" at the top right of every page.
    OfTotal,
}

impl PageNumbers {
    pub fn as_str(self) -> &'static str {
        match self {
            PageNumbers::Dashes => "dashes",
            PageNumbers::OfTotal => "of-total",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [PageNumbers::Dashes, PageNumbers::OfTotal]
            .into_iter()
            .find(|p| p.as_str() == text)
    }
}

/// How to print: Thai digits (the official default) or Arabic, and the page numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PrintOptions {
    pub digits: Digits,
    pub page_numbers: PageNumbers,
}

impl Default for PrintOptions {
    fn default() -> Self {
        PrintOptions {
            digits: Digits::Thai,
            page_numbers: PageNumbers::Dashes,
        }
    }
}

/// What a document is printed from: one round, or the province's offices for a fiscal
/// year and kind of round.
#[derive(Debug, Clone)]
pub enum FormData {
    Round(Box<RoundData>),
    Province(ProvinceData),
}

impl From<RoundData> for FormData {
    fn from(data: RoundData) -> Self {
        FormData::Round(Box::new(data))
    }
}

impl From<ProvinceData> for FormData {
    fn from(data: ProvinceData) -> Self {
        FormData::Province(data)
    }
}
