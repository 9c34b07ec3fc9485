//! The small in-memory world Typst compiles a form in: the compiled-in templates and
//! fonts, the form's data as a virtual JSON file, a QR code per page made on request,
//! and a fixed date. Nothing is read from disk and no package is fetched, so a form
//! prints the same offline, on any PC, on any day.

use std::collections::HashMap;
use std::sync::LazyLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, Source, VirtualPath};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use crate::qr;

/// Sarabun (SIL Open Font License, see assets/fonts/OFL.txt): the freely redistributable
/// member of the TH Sarabun family Thai official documents are set in.
const FONT_FILES: [&[u8]; 2] = [
    include_bytes!("../../../assets/fonts/Sarabun-Regular.ttf"),
    include_bytes!("../../../assets/fonts/Sarabun-Bold.ttf"),
];

/// The templates, by the path they import each other with.
pub(crate) const TEMPLATES: [(&str, &str); 6] = [
    (
        "/common.typ",
        include_str!("../../../assets/print/common.typ"),
    ),
    (
        "/report.typ",
        include_str!("../../../assets/print/report.typ"),
    ),
    (
        "/signoff.typ",
        include_str!("../../../assets/print/signoff.typ"),
    ),
    (
        "/evidence.typ",
        include_str!("../../../assets/print/evidence.typ"),
    ),
    (
        "/form1.typ",
        include_str!("../../../assets/print/form1.typ"),
    ),
    (
        "/form2.typ",
        include_str!("../../../assets/print/form2.typ"),
    ),
];

/// Where a template finds its data.
pub(crate) const DATA_PATH: &str = "/data.json";

/// Parsed once per process: the standard library, the fonts, the templates. Keeping them
/// alive also lets Typst's cache reuse work between two forms.
static LIBRARY: LazyLock<LazyHash<Library>> =
    LazyLock::new(|| LazyHash::new(Library::builder().build()));

static FONTS: LazyLock<(LazyHash<FontBook>, Vec<Font>)> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONT_FILES
        .iter()
        .flat_map(|bytes| Font::iter(Bytes::new(*bytes)))
        .collect();
    (LazyHash::new(FontBook::from_fonts(&fonts)), fonts)
});

static SOURCES: LazyLock<HashMap<FileId, Source>> = LazyLock::new(|| {
    TEMPLATES
        .iter()
        .map(|(path, text)| {
            let id = file_id(path);
            (id, Source::new(id, (*text).to_string()))
        })
        .collect()
});

fn file_id(path: &str) -> FileId {
    FileId::new(None, VirtualPath::new(path))
}

/// A virtual path as "/dir/name", whatever the system's separator: Typst keeps virtual
/// paths as the system's paths, so on Windows "/data.json" comes back as "\data.json".
fn slashed(path: &VirtualPath) -> String {
    let parts: Vec<String> = path
        .as_rootless_path()
        .components()
        .map(|part| part.as_os_str().to_string_lossy().into_owned())
        .collect();
    format!("/{}", parts.join("/"))
}

/// One compilation's world: which template is the main file, its data, the QR codes'
/// text and the date `datetime.today()` answers.
pub(crate) struct FormWorld {
    main: FileId,
    /// A main file given as text instead of a compiled-in template (tests only).
    main_text: Option<Source>,
    data: Bytes,
    qr_text: String,
    today: Datetime,
}

impl FormWorld {
    /// A world whose main file is the template at `main_path` (one of [`TEMPLATES`]).
    pub(crate) fn new(
        main_path: &str,
        data_json: Vec<u8>,
        qr_text: String,
        today: time::Date,
    ) -> Self {
        FormWorld {
            main: file_id(main_path),
            main_text: None,
            data: Bytes::new(data_json),
            qr_text,
            today: Datetime::from_ymd(today.year(), today.month() as u8, today.day())
                .unwrap_or(Datetime::from_ymd(2000, 1, 1).expect("1 January 2000 exists")),
        }
    }

    /// A world whose main file is `text`, with the templates importable beside it.
    #[cfg(test)]
    pub(crate) fn with_main_text(text: &str, data_json: Vec<u8>, today: time::Date) -> Self {
        let main = file_id("/test-main.typ");
        FormWorld {
            main_text: Some(Source::new(main, text.to_string())),
            ..FormWorld::new("/test-main.typ", data_json, "GECC:TEST".to_string(), today)
        }
    }
}

impl World for FormWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.0
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if let Some(source) = self.main_text.as_ref().filter(|s| s.id() == id) {
            return Ok(source.clone());
        }
        SOURCES
            .get(&id)
            .cloned()
            .ok_or_else(|| FileError::NotFound(id.vpath().as_rootless_path().into()))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        let path = id.vpath().as_rooted_path();
        let not_found = || FileError::NotFound(path.into());
        if id.package().is_some() {
            return Err(not_found());
        }
        let text = slashed(id.vpath());
        if text == DATA_PATH {
            return Ok(self.data.clone());
        }
        // Each page asks for its own code ("/qr/3.svg"); it is made when asked, so the
        // page count need not be known before layout.
        if let Some(page) = text
            .strip_prefix("/qr/")
            .and_then(|rest| rest.strip_suffix(".svg"))
            .and_then(|number| number.parse::<u32>().ok())
        {
            return Ok(Bytes::from_string(qr::page_svg(&self.qr_text, page)));
        }
        if let Some(source) = SOURCES.get(&id) {
            return Ok(Bytes::from_string(source.text().to_string()));
        }
        Err(not_found())
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.1.get(index).cloned()
    }

    fn today(&self, _offset: Option<i64>) -> Option<Datetime> {
        Some(self.today)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn virtual_paths_read_with_forward_slashes_on_every_system() {
        // Regression: on Windows "/data.json" came back as "\\data.json" and no form printed.
        assert_eq!(slashed(&VirtualPath::new("/data.json")), DATA_PATH);
        assert_eq!(slashed(&VirtualPath::new("/qr/3.svg")), "/qr/3.svg");
        assert_eq!(slashed(&VirtualPath::new("report.typ")), "/report.typ");
    }
}
