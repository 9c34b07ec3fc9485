//! The small QR code on every page: the round (office uid / fiscal year / kind), the
//! document and the page number, so a scanned or printed page can be traced to its round
//! and bundle.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// What a page's code says: `<identity> P<page>`, e.g.
/// `GECC:5F0C…/2568/APPLICATION/REPORT P3` (upper case keeps the code in QR's compact
/// alphanumeric mode).
pub fn page_text(identity: &str, page: u32) -> String {
    format!("{identity} P{page}")
}

/// The page's code as SVG, one unit per module with the standard quiet zone. Medium error
/// correction survives a crease or a stamp on paper. Text too long for any QR code (it
/// cannot be: identities are short) gives an empty white square rather than no page.
pub fn page_svg(identity: &str, page: u32) -> String {
    match QrCode::with_error_correction_level(page_text(identity, page), EcLevel::M) {
        Ok(code) => code
            .render::<svg::Color<'_>>()
            .module_dimensions(1, 1)
            .quiet_zone(true)
            .build(),
        Err(_) => r#"<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>"#.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_code_names_the_round_document_and_page() {
        assert_eq!(
            page_text("gecc:abc/2568/application/report", 3),
            "gecc:abc/2568/application/report P3"
        );
    }

    #[test]
    fn a_page_code_is_an_svg_with_dark_modules() {
        let svg = page_svg(
            &format!("gecc:{}/2568/maintenance-12-month/form2", "f".repeat(32)),
            120,
        );
        assert!(
            svg.contains("<svg") && svg.contains("<path"),
            "an SVG with a path: {svg}"
        );
    }
}
