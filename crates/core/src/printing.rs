//! The names of what GECC Desk prints, kept here rather than in gecc-forms so the UI's
//! types are generated from them (ts-rs lives with core's other bindings) and the CLI,
//! the app and the UI can never spell a document differently. Rendering is gecc-forms'.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::RoundKind;

/// The documents GECC Desk prints, named as in `gecc report --form`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[ts(rename = "PrintedDocumentName")]
pub enum Document {
    /// The self-assessment report of a round: cover, summary per part, every item.
    #[serde(rename = "report")]
    Report,
    /// Who prepared, reviewed and certified the round, with lines to sign on.
    #[serde(rename = "signoff")]
    SignOff,
    /// Every evidence file per item, so paper and bundle can be matched.
    #[serde(rename = "evidence")]
    EvidenceIndex,
    /// Province report form 1: each office's responsible officer and GECC Online username.
    #[serde(rename = "form1")]
    Form1,
    /// Province report form 2: each office's progress through the parts of the criteria.
    #[serde(rename = "form2")]
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

    /// The name the CLI and the app use (the same as serde's).
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

    /// Forms 1 and 2 are printed from the province's data, the others from a round.
    pub fn is_province_form(self) -> bool {
        matches!(self, Document::Form1 | Document::Form2)
    }
}

/// Where page numbers go and how they read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub enum PageNumbers {
    /// "- ๒ -" at the top centre from the second page, as in official letters.
    #[default]
    #[serde(rename = "dashes")]
    Dashes,
    /// "หน้า ๒ จาก ๕" at the top right of every page.
    #[serde(rename = "of-total")]
    OfTotal,
}

impl PageNumbers {
    pub const ALL: [PageNumbers; 2] = [PageNumbers::Dashes, PageNumbers::OfTotal];

    pub fn as_str(self) -> &'static str {
        match self {
            PageNumbers::Dashes => "dashes",
            PageNumbers::OfTotal => "of-total",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == text)
    }
}

/// What a document is printed from: one round (its documents, or forms 1 and 2 for its
/// office alone), or the province's offices for a fiscal year and kind of round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(untagged)]
pub enum PrintSource {
    Round {
        #[serde(rename = "roundId")]
        #[ts(type = "number")]
        round_id: i64,
    },
    Province {
        #[serde(rename = "fiscalYearBe")]
        fiscal_year_be: i32,
        kind: RoundKind,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_document_is_named_the_same_by_serde_and_by_the_cli() {
        for document in Document::ALL {
            let json = serde_json::to_string(&document).unwrap();
            assert_eq!(json, format!("\"{}\"", document.as_str()));
            assert_eq!(Document::parse(document.as_str()), Some(document));
        }
        for numbers in PageNumbers::ALL {
            let json = serde_json::to_string(&numbers).unwrap();
            assert_eq!(json, format!("\"{}\"", numbers.as_str()));
        }
    }

    #[test]
    fn a_print_source_reads_as_the_ui_sends_it() {
        let round: PrintSource = serde_json::from_str(r#"{"roundId":3}"#).unwrap();
        assert_eq!(round, PrintSource::Round { round_id: 3 });
        let province: PrintSource =
            serde_json::from_str(r#"{"fiscalYearBe":2568,"kind":"application"}"#).unwrap();
        assert_eq!(
            province,
            PrintSource::Province {
                fiscal_year_be: 2568,
                kind: RoundKind::Application
            }
        );
    }
}
