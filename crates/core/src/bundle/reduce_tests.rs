//! The cache of reductions and the names reduced copies travel under.

use std::fs;

use super::*;
use crate::hashing::sha256_hex;

#[test]
fn a_reduced_copy_travels_as_jpg_under_the_name_it_had() {
    assert_eq!(jpeg_name("ป้ายศูนย์.png"), "ป้ายศูนย์.jpg");
    assert_eq!(jpeg_name("IMG_0001.JPG"), "IMG_0001.JPG");
    assert_eq!(jpeg_name("scan.jpeg"), "scan.jpeg");
    assert_eq!(jpeg_name("ภาพ.ถ่าย.tiff"), "ภาพ.ถ่าย.jpg");
    assert_eq!(jpeg_name("ไม่มีนามสกุล"), "ไม่มีนามสกุล.jpg");
    assert_eq!(jpeg_name(".png"), ".png.jpg");
}

#[test]
fn the_cache_finds_a_reduction_by_the_original_and_the_side_it_was_made_for() {
    let evidence = tempfile::tempdir().unwrap();
    let original = evidence.path().join("photo.jpg");
    let photo = crate::evidence::sample_photo::sample_photo(900, 600, 1, 5, 90);
    fs::write(&original, &photo).unwrap();
    let sha = sha256_hex(&photo);
    let made = Cache::open(evidence.path())
        .make(&original, &sha, photo.len() as u64, 400)
        .unwrap();
    let Outcome::Reduced { width, height, .. } = &made else {
        panic!("{made:?}");
    };
    assert_eq!((*width, *height), (900, 600));
    let cache = Cache::open(evidence.path());
    assert_eq!(cache.find(&sha, 400), Some(made));
    assert_eq!(cache.find(&sha, 500), None);
    // A photo that is sent as it is leaves a marker, so it is not decoded again.
    let small = evidence.path().join("small.png");
    fs::write(&small, b"not a picture at all").unwrap();
    assert_eq!(
        Cache::open(evidence.path())
            .make(&small, &"a".repeat(64), 20, 400)
            .unwrap(),
        Outcome::AsItIs
    );
    assert_eq!(
        Cache::open(evidence.path()).find(&"a".repeat(64), 400),
        Some(Outcome::AsItIs)
    );
}
