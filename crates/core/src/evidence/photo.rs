//! Photos decoded upright (EXIF orientation applied) and re-encoded smaller: the one
//! decoding path behind checklist previews and the photos reduced for an e-mail bundle.
//! A reduction is a pure function of the original's bytes and the longest side asked
//! for: the same photo always gives the same JPEG, so it can be cached and re-checked.

use std::io::Cursor;
use std::path::Path;

use image::codecs::jpeg::JpegEncoder;
use image::{
    ColorType, DynamicImage, ExtendedColorType, ImageDecoder, ImageEncoder, ImageReader, Limits,
};

use super::FileFormat;

/// A photo that needs more memory than this to decode is not previewed or reduced (a
/// decompression bomb, or a panorama far beyond what any reader of a bundle needs).
pub(crate) const DECODE_MEMORY_LIMIT: u64 = 512 * 1024 * 1024;
/// The JPEG quality of a reduced photo: text on a sign still reads, and a 12-megapixel
/// phone photo reduced to 1,600 px comes to about 0.3 MB.
pub const REDUCED_JPEG_QUALITY: u8 = 85;
/// The longest side of a reduced photo unless the clerk chose another.
pub const DEFAULT_MAX_SIDE: u32 = 1600;
/// The smallest and largest longest side a clerk may choose.
pub const MAX_SIDE_RANGE: std::ops::RangeInclusive<u32> = 320..=10_000;

/// A picture decoded and turned upright, with what else its file carried.
pub(crate) struct Upright {
    pub picture: DynamicImage,
    /// The file held EXIF metadata (camera, time, often the place it was taken).
    pub had_exif: bool,
    /// The colour profile, kept so colours stay as the camera meant.
    pub icc_profile: Option<Vec<u8>>,
}

/// Decodes an image file within the memory limit and applies its EXIF orientation;
/// `None` for what is not an image we decode, or a damaged one.
pub(crate) fn decode_upright(path: &Path) -> Option<Upright> {
    let mut reader = ImageReader::open(path).ok()?.with_guessed_format().ok()?;
    let mut limits = Limits::default();
    limits.max_alloc = Some(DECODE_MEMORY_LIMIT);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().ok()?;
    let orientation = decoder.orientation().ok();
    let had_exif = decoder.exif_metadata().ok().flatten().is_some();
    let icc_profile = decoder.icc_profile().ok().flatten();
    let mut picture = DynamicImage::from_decoder(decoder).ok()?;
    if let Some(orientation) = orientation {
        picture.apply_orientation(orientation);
    }
    Some(Upright {
        picture,
        had_exif,
        icc_profile,
    })
}

/// Whether photos of this format are reduced for e-mail. A GIF may be animated and a
/// HEIC photo is not decoded here: both travel as they are.
pub fn is_reducible(format: FileFormat) -> bool {
    matches!(
        format,
        FileFormat::Jpeg | FileFormat::Png | FileFormat::Webp | FileFormat::Bmp | FileFormat::Tiff
    )
}

/// What a reduction gives: the new JPEG and the original's upright pixel size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReducedPhoto {
    pub jpeg: Vec<u8>,
    pub original_width: u32,
    pub original_height: u32,
}

/// The photo at `path` with its longest side at most `max_side`, upright, as a JPEG
/// without EXIF (no place, no camera); `None` when it cannot be decoded, or when it
/// carries no EXIF and the JPEG would not be smaller (a screenshot that PNG holds better,
/// a photo already small): then the original itself is what to send.
pub fn reduce_photo(path: &Path, original_size: u64, max_side: u32) -> Option<ReducedPhoto> {
    let upright = decode_upright(path)?;
    let (width, height) = (upright.picture.width(), upright.picture.height());
    let fits = width.max(height) <= max_side;
    let smaller = if fits {
        upright.picture
    } else {
        // Area averaging: every original pixel counts, so fine print does not alias.
        upright.picture.thumbnail(max_side, max_side)
    };
    let jpeg = encode_jpeg(&flatten(smaller), upright.icc_profile)?;
    if !upright.had_exif && jpeg.len() as u64 >= original_size {
        return None;
    }
    Some(ReducedPhoto {
        jpeg,
        original_width: width,
        original_height: height,
    })
}

/// Grey stays grey (a third of the bytes); anything with transparency is put on white,
/// as a page would show it; the rest becomes 8-bit RGB.
fn flatten(picture: DynamicImage) -> DynamicImage {
    let color = picture.color();
    if !color.has_alpha() {
        return match color {
            ColorType::L8 => picture,
            ColorType::L16 => DynamicImage::ImageLuma8(picture.to_luma8()),
            ColorType::Rgb8 => picture,
            _ => DynamicImage::ImageRgb8(picture.to_rgb8()),
        };
    }
    let rgba = picture.to_rgba8();
    let mut rgb = image::RgbImage::new(rgba.width(), rgba.height());
    for (target, source) in rgb.pixels_mut().zip(rgba.pixels()) {
        let alpha = u32::from(source[3]);
        for channel in 0..3 {
            let value = u32::from(source[channel]) * alpha + 255 * (255 - alpha);
            target[channel] = ((value + 127) / 255) as u8;
        }
    }
    DynamicImage::ImageRgb8(rgb)
}

fn encode_jpeg(picture: &DynamicImage, icc_profile: Option<Vec<u8>>) -> Option<Vec<u8>> {
    let mut bytes = Cursor::new(Vec::new());
    let mut encoder = JpegEncoder::new_with_quality(&mut bytes, REDUCED_JPEG_QUALITY);
    if let Some(profile) = icc_profile {
        // Without a profile the photo is read as sRGB, which is what most phones take.
        let _ = encoder.set_icc_profile(profile);
    }
    let color = match picture {
        DynamicImage::ImageLuma8(_) => ExtendedColorType::L8,
        _ => ExtendedColorType::Rgb8,
    };
    encoder
        .write_image(picture.as_bytes(), picture.width(), picture.height(), color)
        .ok()?;
    Some(bytes.into_inner())
}

/// The longest side a reduction would give a picture of this size.
pub fn reduced_dimensions(width: u32, height: u32, max_side: u32) -> (u32, u32) {
    let longest = width.max(height);
    if longest <= max_side || longest == 0 {
        return (width, height);
    }
    let scale = |side: u32| {
        ((u64::from(side) * u64::from(max_side) + u64::from(longest) / 2) / u64::from(longest))
            .max(1) as u32
    };
    (scale(width), scale(height))
}

/// The pixel size of an image file from its header alone (nothing decoded).
pub fn image_dimensions(path: &Path) -> Option<(u32, u32)> {
    ImageReader::open(path)
        .ok()?
        .with_guessed_format()
        .ok()?
        .into_dimensions()
        .ok()
}

#[cfg(test)]
#[path = "photo_tests.rs"]
mod tests;
