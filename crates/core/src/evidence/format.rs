//! What kind of file a piece of evidence is, read from its first bytes (and its name
//! only where the bytes are shared by several formats, as in Office files).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FileFormat {
    Jpeg,
    Png,
    Gif,
    Webp,
    Heic,
    Bmp,
    Tiff,
    Pdf,
    Word,
    Excel,
    Powerpoint,
    Text,
    Video,
    Archive,
    Other,
}

impl FileFormat {
    pub const ALL: [FileFormat; 15] = [
        FileFormat::Jpeg,
        FileFormat::Png,
        FileFormat::Gif,
        FileFormat::Webp,
        FileFormat::Heic,
        FileFormat::Bmp,
        FileFormat::Tiff,
        FileFormat::Pdf,
        FileFormat::Word,
        FileFormat::Excel,
        FileFormat::Powerpoint,
        FileFormat::Text,
        FileFormat::Video,
        FileFormat::Archive,
        FileFormat::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FileFormat::Jpeg => "jpeg",
            FileFormat::Png => "png",
            FileFormat::Gif => "gif",
            FileFormat::Webp => "webp",
            FileFormat::Heic => "heic",
            FileFormat::Bmp => "bmp",
            FileFormat::Tiff => "tiff",
            FileFormat::Pdf => "pdf",
            FileFormat::Word => "word",
            FileFormat::Excel => "excel",
            FileFormat::Powerpoint => "powerpoint",
            FileFormat::Text => "text",
            FileFormat::Video => "video",
            FileFormat::Archive => "archive",
            FileFormat::Other => "other",
        }
    }

    pub fn parse(text: &str) -> FileFormat {
        Self::ALL
            .into_iter()
            .find(|f| f.as_str() == text)
            .unwrap_or(FileFormat::Other)
    }

    pub fn is_image(self) -> bool {
        matches!(
            self,
            FileFormat::Jpeg
                | FileFormat::Png
                | FileFormat::Gif
                | FileFormat::Webp
                | FileFormat::Heic
                | FileFormat::Bmp
                | FileFormat::Tiff
        )
    }

    /// Recognises a file from its first bytes and its name.
    pub fn detect(head: &[u8], file_name: &str) -> FileFormat {
        let extension = file_name
            .rsplit_once('.')
            .map(|(_, ext)| ext.to_lowercase())
            .unwrap_or_default();
        let starts = |magic: &[u8]| head.starts_with(magic);
        if starts(&[0xFF, 0xD8, 0xFF]) {
            FileFormat::Jpeg
        } else if starts(b"\x89PNG\r\n\x1a\n") {
            FileFormat::Png
        } else if starts(b"GIF87a") || starts(b"GIF89a") {
            FileFormat::Gif
        } else if starts(b"RIFF") && head.get(8..12) == Some(b"WEBP") {
            FileFormat::Webp
        } else if head.get(4..8) == Some(b"ftyp") {
            match head.get(8..12) {
                Some(b"heic" | b"heix" | b"mif1" | b"msf1" | b"hevc") => FileFormat::Heic,
                _ => FileFormat::Video,
            }
        } else if starts(b"BM") && matches!(extension.as_str(), "bmp" | "dib") {
            FileFormat::Bmp
        } else if starts(b"II*\0") || starts(b"MM\0*") {
            FileFormat::Tiff
        } else if starts(b"%PDF-") {
            FileFormat::Pdf
        } else if starts(b"PK\x03\x04") {
            match extension.as_str() {
                "docx" | "docm" | "odt" => FileFormat::Word,
                "xlsx" | "xlsm" | "ods" => FileFormat::Excel,
                "pptx" | "pptm" | "odp" => FileFormat::Powerpoint,
                _ => FileFormat::Archive,
            }
        } else if starts(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            match extension.as_str() {
                "doc" => FileFormat::Word,
                "xls" => FileFormat::Excel,
                "ppt" => FileFormat::Powerpoint,
                _ => FileFormat::Other,
            }
        } else if starts(b"Rar!") || starts(b"7z\xBC\xAF\x27\x1C") {
            FileFormat::Archive
        } else {
            match extension.as_str() {
                "txt" | "csv" | "md" => FileFormat::Text,
                "mp4" | "mov" | "avi" | "mkv" | "wmv" => FileFormat::Video,
                _ => FileFormat::Other,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn images_are_known_by_their_bytes_whatever_their_name() {
        assert_eq!(
            FileFormat::detect(&[0xFF, 0xD8, 0xFF, 0xE1], "ภาพถ่าย.pdf"),
            FileFormat::Jpeg
        );
        assert_eq!(
            FileFormat::detect(b"\x89PNG\r\n\x1a\n....", "x"),
            FileFormat::Png
        );
        assert_eq!(
            FileFormat::detect(b"\0\0\0\x18ftypheic", "IMG_0001.HEIC"),
            FileFormat::Heic
        );
    }

    #[test]
    fn office_files_are_told_apart_by_their_extension() {
        assert_eq!(
            FileFormat::detect(b"PK\x03\x04", "คำสั่ง.DOCX"),
            FileFormat::Word
        );
        assert_eq!(
            FileFormat::detect(b"PK\x03\x04", "สถิติ.xlsx"),
            FileFormat::Excel
        );
        assert_eq!(
            FileFormat::detect(b"PK\x03\x04", "รวม.zip"),
            FileFormat::Archive
        );
        assert_eq!(
            FileFormat::detect(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "old.xls"),
            FileFormat::Excel
        );
    }

    #[test]
    fn a_pdf_and_unknown_files() {
        assert_eq!(FileFormat::detect(b"%PDF-1.7", "report"), FileFormat::Pdf);
        assert_eq!(FileFormat::detect(b"hello", "notes.txt"), FileFormat::Text);
        assert_eq!(FileFormat::detect(b"", "empty"), FileFormat::Other);
    }

    #[test]
    fn formats_round_trip_through_their_names() {
        for format in FileFormat::ALL {
            assert_eq!(FileFormat::parse(format.as_str()), format);
        }
    }
}
