//! From a document and its data to PDF bytes: the data becomes the template's JSON, Typst
//! lays it out in the in-memory world, and typst-pdf writes the file. Pure: the same
//! document, data and options always give the same bytes.

use typst::diag::SourceDiagnostic;
use typst::foundations::Smart;
use typst::layout::PagedDocument;
use typst_pdf::PdfOptions;

use crate::view::{identity, province_view, round_view, PageView};
use crate::world::FormWorld;
use crate::{Document, FormData, FormError, PrintOptions};

/// How many compilations Typst's cache keeps what it learned: enough to reuse work when
/// a document is printed again, bounded so a long-running app does not grow.
const CACHE_AGE: usize = 8;

/// Renders `document` from `data` as A4 PDF.
pub fn render(
    document: Document,
    data: &FormData,
    options: &PrintOptions,
) -> Result<Vec<u8>, FormError> {
    let (pages, identity) = layout(document, data, options)?;
    let pdf_options = PdfOptions {
        ident: Smart::Custom(&identity),
        ..PdfOptions::default()
    };
    let bytes =
        typst_pdf::pdf(&pages, &pdf_options).map_err(|errors| template_error(document, &errors));
    typst::comemo::evict(CACHE_AGE);
    bytes
}

/// Lays `document` out without writing the PDF; also returns what its QR codes say.
pub(crate) fn layout(
    document: Document,
    data: &FormData,
    options: &PrintOptions,
) -> Result<(PagedDocument, String), FormError> {
    let (json, identity, today) = template_data(document, data, options)?;
    let world = FormWorld::new(crate::template(document), json, identity.clone(), today);
    let pages = typst::compile::<PagedDocument>(&world)
        .output
        .map_err(|errors| template_error(document, &errors))?;
    Ok((pages, identity))
}

/// The JSON the document's template reads, what its QR codes say, and its date.
fn template_data(
    document: Document,
    data: &FormData,
    options: &PrintOptions,
) -> Result<(Vec<u8>, String, time::Date), FormError> {
    let title = title(document).to_string();
    let json = match (data, document.is_province_form()) {
        (FormData::Round(round), false) => {
            let checklist = &round.checklist;
            let trace = identity(
                &round.office_uid,
                checklist.round.fiscal_year_be,
                checklist.round.kind.as_str(),
                document,
            );
            let page = PageView::new(
                options,
                title,
                &round.office.profile.name,
                round.today.date,
                &trace,
            );
            let view = round_view(round, page, options.digits);
            (serde_json::to_vec(&view), trace, round.today.date)
        }
        (FormData::Province(province), true) => {
            let trace = identity(
                &province.printed_by_uid,
                province.fiscal_year_be,
                province.kind.as_str(),
                document,
            );
            let author = format!("จังหวัด{}", province.province);
            let page = PageView::new(options, title, &author, province.today.date, &trace);
            let view = province_view(province, page, options.digits);
            (serde_json::to_vec(&view), trace, province.today.date)
        }
        _ => return Err(FormError::wrong_data(document)),
    };
    let (bytes, trace, today) = json;
    let bytes = bytes.map_err(|error| FormError::Template {
        document: document.as_str(),
        details: error.to_string(),
    })?;
    Ok((bytes, trace, today))
}

/// The document's title, in the PDF's metadata and its footer.
pub(crate) fn title(document: Document) -> &'static str {
    match document {
        Document::Report => "รายงานผลการประเมินตนเอง",
        Document::SignOff => "แบบรับรองผลการประเมินตนเอง",
        Document::EvidenceIndex => "บัญชีหลักฐาน",
        Document::Form1 => "แบบรายงาน ๑ การลงทะเบียน",
        Document::Form2 => "แบบรายงาน ๒ การกรอกข้อมูลใบสมัคร",
    }
}

fn template_error(document: Document, errors: &[SourceDiagnostic]) -> FormError {
    FormError::Template {
        document: document.as_str(),
        details: errors
            .iter()
            .map(|error| {
                let hints: String = error.hints.iter().map(|h| format!(" ({h})")).collect();
                format!("{}{hints}", error.message)
            })
            .collect::<Vec<_>>()
            .join("; "),
    }
}
