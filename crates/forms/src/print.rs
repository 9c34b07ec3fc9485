//! The one way a document is printed, for the app and `gecc report` alike: the store is
//! needed only to read the document's data (brief, under the app's lock), then the PDF is
//! rendered without it. Which data a document prints from is decided here and nowhere
//! else, so the app and the CLI cannot drift apart.

use gecc_core::file_names::windows_safe_name;
use gecc_core::timestamp::LocalDay;
use gecc_core::Store;

use crate::data::{province_data, province_data_for_round, round_data};
use crate::{Document, FormData, FormError, PrintOptions, PrintSource};

/// A document with its data read, ready to render.
#[derive(Debug, Clone)]
pub struct PrintJob {
    document: Document,
    data: FormData,
    /// Whose document it is, for its file name: "office fiscal-year", or the year.
    subject: String,
}

/// Reads what `document` prints from `source`: a round's own data, that round's office
/// alone for forms 1 and 2, or every office of the province for a year and kind.
pub fn prepare_print(
    store: &Store,
    document: Document,
    source: &PrintSource,
    today: LocalDay,
) -> Result<PrintJob, FormError> {
    let (data, subject) = match (document.is_province_form(), *source) {
        (false, PrintSource::Round { round_id }) => (
            round_data(store, round_id, today)?,
            round_subject(store, round_id)?,
        ),
        (true, PrintSource::Round { round_id }) => (
            province_data_for_round(store, round_id, today)?,
            round_subject(store, round_id)?,
        ),
        (
            true,
            PrintSource::Province {
                fiscal_year_be,
                kind,
            },
        ) => (
            province_data(store, fiscal_year_be, kind, today)?,
            fiscal_year_be.to_string(),
        ),
        (false, PrintSource::Province { .. }) => return Err(FormError::wrong_data(document)),
    };
    Ok(PrintJob {
        document,
        data,
        subject,
    })
}

impl PrintJob {
    /// The PDF's bytes; long, and needs no store.
    /// Logged with its outcome and duration (the document's name, never its content).
    pub fn render(&self, options: &PrintOptions) -> Result<Vec<u8>, FormError> {
        let started = std::time::Instant::now();
        let rendered = crate::render(self.document, &self.data, options);
        let millis = started.elapsed().as_millis() as u64;
        let document = self.document.as_str();
        match &rendered {
            Ok(pdf) => tracing::info!(document, bytes = pdf.len(), millis, "printed"),
            // The variant only: a template's message may quote what the office typed.
            Err(error) => tracing::error!(document, error = error.kind(), millis, "print failed"),
        }
        rendered
    }

    /// The name to save the PDF under: the document's Thai title and whose it is, safe
    /// as a Windows file name.
    pub fn file_name(&self) -> String {
        let named = [crate::title(self.document), self.subject.as_str()]
            .iter()
            .map(|part| part.trim())
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        windows_safe_name(&format!("{named}.pdf"))
    }
}

/// The round named in a file name: office and fiscal year.
fn round_subject(store: &Store, round_id: i64) -> gecc_core::Result<String> {
    let round = store.round(round_id)?;
    Ok(format!("{} {}", round.office_name, round.fiscal_year_be))
}
