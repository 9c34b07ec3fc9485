//! Exists because bundles arrive from USB sticks and e-mail: whatever bytes they hold,
//! the safe ZIP reader, the BagIt checks and the assessment document checks must refuse
//! them with a reason or accept them whole, never crash, hang, or unpack without limit.
//!
//! The input is one archive, or several joined by `PART_SEPARATOR` (parts selected
//! together). Each is written to a file, opened by `SafeZip` directly (every entry read
//! back within its declared size and CRC), then verified by `verify_paths` as the
//! importer does, and every accepted bundle's files are read back as an import would.
#![no_main]

use gecc_core::bundle::safe_zip::{check_entry_name, SafeZip, ZipLimits};
use gecc_fuzz::{check_verdicts, crc32, split_parts, verify, write_parts};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let parts = split_parts(data);
    let paths = write_parts("bundle", &parts);

    // The safe reader on its own, for the first archive.
    if let Ok(mut zip) = SafeZip::open(&paths[0], &ZipLimits::default()) {
        let entries = zip.entries().to_vec();
        let mut names = std::collections::HashSet::new();
        for (position, entry) in entries.iter().enumerate() {
            assert_eq!(entry.index, position);
            assert!(
                check_entry_name(&entry.name).is_ok(),
                "an unsafe name got through: {:?}",
                entry.name
            );
            assert!(
                names.insert(entry.name.clone()),
                "duplicate {:?}",
                entry.name
            );
        }
        for entry in &entries {
            let mut bytes = Vec::new();
            let read = zip.read_entry(entry.index, &mut |chunk| {
                bytes.extend_from_slice(chunk);
                Ok(())
            });
            assert!(
                bytes.len() as u64 <= entry.size,
                "{:?} handed over {} bytes, more than the {} declared",
                entry.name,
                bytes.len(),
                entry.size
            );
            if let Ok(count) = read {
                assert_eq!(count, entry.size);
                assert_eq!(count, bytes.len() as u64);
                assert_eq!(
                    crc32(&bytes),
                    entry.crc32,
                    "{:?} passed with a wrong CRC",
                    entry.name
                );
            }
        }
    }

    let mut results = verify(&paths);
    check_verdicts(&mut results, paths.len());
});
