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
mod print;
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

pub use gecc_core::printing::{Document, PageNumbers, PrintSource};
pub use print::{prepare_print, PrintJob};

/// The template each document is laid out with, in the in-memory world.
fn template(document: Document) -> &'static str {
    match document {
        Document::Report => "/report.typ",
        Document::SignOff => "/signoff.typ",
        Document::EvidenceIndex => "/evidence.typ",
        Document::Form1 => "/form1.typ",
        Document::Form2 => "/form2.typ",
    }
}

/// The Thai title printed at the head of the document, also used to name its file.
pub fn title(document: Document) -> &'static str {
    render::title(document)
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
