//! Camera-like JPEGs for tests and benchmarks (the program itself never calls this):
//! a photo's kind of content (gradients and grain, so sizes are realistic), taken
//! sideways with the EXIF orientation saying so, and the place it was taken in GPS tags,
//! as a phone writes them.

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::{ExtendedColorType, ImageEncoder, RgbImage};

/// The EXIF orientation of a phone held upright: the sensor's picture is turned a
/// quarter to the right to be seen upright.
pub const ORIENTATION_ROTATE_90: u16 = 6;

/// A JPEG of `width` × `height` stored pixels with `orientation` and a GPS position in
/// its EXIF block; `seed` varies the content so that photos differ.
pub fn sample_photo(width: u32, height: u32, orientation: u16, seed: u32, quality: u8) -> Vec<u8> {
    let mut state = seed.wrapping_mul(2_654_435_761).wrapping_add(1);
    let mut noise = move || {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        (state >> 24) as i32 - 128
    };
    let mut picture = RgbImage::new(width, height);
    for (x, y, pixel) in picture.enumerate_pixels_mut() {
        // A bright left edge marks which way is up: it ends on top once turned upright.
        let edge = if x < width / 8 { 90 } else { 0 };
        let base = [
            (x * 200 / width.max(1)) as i32 + edge,
            (y * 200 / height.max(1)) as i32 + edge,
            ((x + y + seed) % 256) as i32 / 2 + edge,
        ];
        // A phone's fine grain: a few levels either way.
        let grain = noise() / 12;
        for channel in 0..3 {
            pixel[channel] = (base[channel] + grain).clamp(0, 255) as u8;
        }
    }
    let mut bytes = Cursor::new(Vec::new());
    let mut encoder = JpegEncoder::new_with_quality(&mut bytes, quality);
    encoder
        .set_exif_metadata(exif_with_gps(orientation))
        .expect("JPEG takes EXIF");
    encoder
        .write_image(picture.as_raw(), width, height, ExtendedColorType::Rgb8)
        .expect("encode a sample photo");
    bytes.into_inner()
}

/// A little-endian TIFF block: IFD0 with the orientation and a pointer to a GPS IFD
/// holding latitude and longitude.
fn exif_with_gps(orientation: u16) -> Vec<u8> {
    let mut tiff: Vec<u8> = b"II*\0".to_vec();
    tiff.extend(8u32.to_le_bytes());
    let entry = |tiff: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: [u8; 4]| {
        tiff.extend(tag.to_le_bytes());
        tiff.extend(kind.to_le_bytes());
        tiff.extend(count.to_le_bytes());
        tiff.extend(value);
    };
    const SHORT: u16 = 3;
    const LONG: u16 = 4;
    const ASCII: u16 = 2;
    const RATIONAL: u16 = 5;
    // IFD0 at 8: two entries (30 bytes); the GPS IFD at 38: four entries (54 bytes);
    // the rationals at 92 and 116.
    tiff.extend(2u16.to_le_bytes());
    let [o0, o1] = orientation.to_le_bytes();
    entry(&mut tiff, 0x0112, SHORT, 1, [o0, o1, 0, 0]);
    entry(&mut tiff, 0x8825, LONG, 1, 38u32.to_le_bytes());
    tiff.extend(0u32.to_le_bytes());
    tiff.extend(4u16.to_le_bytes());
    entry(&mut tiff, 0x0001, ASCII, 2, *b"N\0\0\0");
    entry(&mut tiff, 0x0002, RATIONAL, 3, 92u32.to_le_bytes());
    entry(&mut tiff, 0x0003, ASCII, 2, *b"E\0\0\0");
    entry(&mut tiff, 0x0004, RATIONAL, 3, 116u32.to_le_bytes());
    tiff.extend(0u32.to_le_bytes());
    for (whole, part) in [(6, 1), (52, 1), (0, 1), (101, 1), (15, 1), (0, 1)] {
        tiff.extend((whole as u32).to_le_bytes());
        tiff.extend((part as u32).to_le_bytes());
    }
    debug_assert_eq!(tiff.len(), 140);
    tiff
}
