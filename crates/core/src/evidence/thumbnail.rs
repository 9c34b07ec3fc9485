//! Small previews of image evidence, upright as the camera meant (EXIF orientation),
//! made once and kept beside the evidence so the checklist shows them at once.

use std::fs;
use std::io::Cursor;
use std::path::Path;

use image::metadata::Orientation;
use image::{DynamicImage, GrayImage, RgbImage};
use jpeg_decoder::PixelFormat;

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
    let Some(bytes) = render(&stored_path(evidence_dir, sha256), format) else {
        return Ok(None);
    };
    fs::create_dir_all(&folder).map_err(|e| Error::io("create folder", &folder, e))?;
    // Written under another name first, so a crash never leaves half a preview in the cache.
    let partial = folder.join(format!("{sha256}.jpg.part"));
    fs::write(&partial, &bytes).map_err(|e| Error::io("write", &partial, e))?;
    fs::rename(&partial, &cached).map_err(|e| Error::io("store", &cached, e))?;
    Ok(Some(bytes))
}

fn render(path: &Path, format: FileFormat) -> Option<Vec<u8>> {
    let picture = preview_source(path, format)?;
    let preview =
        DynamicImage::ImageRgb8(picture.thumbnail(THUMBNAIL_EDGE, THUMBNAIL_EDGE).to_rgb8());
    let mut bytes = Cursor::new(Vec::new());
    preview
        .write_to(&mut bytes, image::ImageFormat::Jpeg)
        .ok()?;
    Some(bytes.into_inner())
}

/// The picture a preview is made from, upright: a JPEG decoded at the smallest of 1/8,
/// 1/4, 1/2 or its whole size that still covers the preview (a 4,000 × 3,000 camera
/// photo at 500 × 375: a 64th of the pixels, the memory and most of the time), anything
/// else, or a JPEG that way cannot read, decoded whole.
fn preview_source(path: &Path, format: FileFormat) -> Option<DynamicImage> {
    if format == FileFormat::Jpeg {
        if let Some(picture) = scaled_jpeg(path, THUMBNAIL_EDGE) {
            return Some(picture);
        }
    }
    Some(super::photo::decode_upright(path)?.picture)
}

/// A JPEG decoded at a scale whose longer side is at least `edge` (8-bit grey or RGB
/// only; CMYK and 16-bit pictures go the whole way), turned as its EXIF says.
fn scaled_jpeg(path: &Path, edge: u32) -> Option<DynamicImage> {
    let file = fs::File::open(path).ok()?;
    let mut decoder = jpeg_decoder::Decoder::new(std::io::BufReader::new(file));
    decoder.set_max_decoding_buffer_size(super::photo::DECODE_MEMORY_LIMIT as usize);
    decoder.read_info().ok()?;
    let side = u16::try_from(edge).ok()?;
    let (width, height) = decoder.scale(side, side).ok()?;
    let pixels = decoder.decode().ok()?;
    let (width, height) = (u32::from(width), u32::from(height));
    let mut picture = match decoder.info()?.pixel_format {
        PixelFormat::RGB24 => DynamicImage::ImageRgb8(RgbImage::from_raw(width, height, pixels)?),
        PixelFormat::L8 => DynamicImage::ImageLuma8(GrayImage::from_raw(width, height, pixels)?),
        PixelFormat::L16 | PixelFormat::CMYK32 => return None,
    };
    if let Some(orientation) = decoder.exif_data().and_then(Orientation::from_exif_chunk) {
        picture.apply_orientation(orientation);
    }
    Some(picture)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::sample_photo::{sample_photo, ORIENTATION_ROTATE_90};

    #[test]
    fn a_camera_photo_is_decoded_at_an_eighth_for_its_preview_and_stands_upright() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("ภาพถ่าย.jpg");
        fs::write(
            &path,
            sample_photo(4000, 3000, ORIENTATION_ROTATE_90, 1, 90),
        )
        .unwrap();

        let source = preview_source(&path, FileFormat::Jpeg).unwrap();
        assert_eq!(
            (source.width(), source.height()),
            (375, 500),
            "4,000 × 3,000 marked 'rotate 90°' is read as 500 × 375 and turned upright"
        );
        let preview = image::load_from_memory(&render(&path, FileFormat::Jpeg).unwrap()).unwrap();
        assert_eq!((preview.width(), preview.height()), (240, THUMBNAIL_EDGE));
    }

    #[test]
    fn a_small_photo_is_decoded_at_the_scale_that_still_covers_the_preview() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("แคบ.jpg");
        fs::write(&path, sample_photo(1000, 200, 1, 2, 90)).unwrap();
        let source = preview_source(&path, FileFormat::Jpeg).unwrap();
        assert_eq!(
            (source.width(), source.height()),
            (500, 100),
            "a half, not a quarter: the long side must stay at least 320"
        );
    }
}
