//! Small previews of image evidence, upright as the camera meant (EXIF orientation),
//! made once and kept beside the evidence so the checklist shows them at once.

use std::fs;
use std::io::Cursor;
use std::path::Path;

use image::DynamicImage;

use super::{stored_path, FileFormat};
use crate::error::{Error, Result};

/// Previews live in this folder inside the evidence folder, named by the file's hash.
pub const THUMBNAIL_FOLDER: &str = "thumbnails";
/// The longest side of a preview, in pixels.
pub const THUMBNAIL_EDGE: u32 = 320;

/// A JPEG preview of an image file, or `None` for files that have no preview (not an
/// image, a format we do not decode, or a damaged picture).
pub fn thumbnail_jpeg(
    evidence_dir: &Path,
    sha256: &str,
    format: FileFormat,
) -> Result<Option<Vec<u8>>> {
    if !format.is_image() || format == FileFormat::Heic {
        return Ok(None);
    }
    let folder = evidence_dir.join(THUMBNAIL_FOLDER);
    let cached = folder.join(format!("{sha256}.jpg"));
    if let Ok(bytes) = fs::read(&cached) {
        return Ok(Some(bytes));
    }
    let Some(bytes) = render(&stored_path(evidence_dir, sha256)) else {
        return Ok(None);
    };
    fs::create_dir_all(&folder).map_err(|e| Error::io("create folder", &folder, e))?;
    // Written under another name first, so a crash never leaves half a preview in the cache.
    let partial = folder.join(format!("{sha256}.jpg.part"));
    fs::write(&partial, &bytes).map_err(|e| Error::io("write", &partial, e))?;
    fs::rename(&partial, &cached).map_err(|e| Error::io("store", &cached, e))?;
    Ok(Some(bytes))
}

fn render(path: &Path) -> Option<Vec<u8>> {
    let picture = super::photo::decode_upright(path)?.picture;
    let preview =
        DynamicImage::ImageRgb8(picture.thumbnail(THUMBNAIL_EDGE, THUMBNAIL_EDGE).to_rgb8());
    let mut bytes = Cursor::new(Vec::new());
    preview
        .write_to(&mut bytes, image::ImageFormat::Jpeg)
        .ok()?;
    Some(bytes.into_inner())
}
