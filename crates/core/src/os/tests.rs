//! The OS answers as the export relies on them, on whichever system runs the tests (Linux
//! in CI, Windows under Wine in `cargo xtask test`).

use std::fs;
use std::io::{Read, Seek, SeekFrom};
use std::time::{Duration, Instant};

use super::*;

fn bytes(count: usize) -> Vec<u8> {
    (0..count).map(|i| (i * 7 + i / 251) as u8).collect()
}

#[test]
fn a_file_read_back_past_the_cache_reads_exactly_what_was_written_from_any_offset() {
    let folder = tempfile::tempdir().unwrap();
    for size in [0, 1, 4095, 4096, 4097, 262_143, 262_144, 262_145, 786_449] {
        let path = folder.path().join(format!("ชุดข้อมูล {size}.zip"));
        let written = bytes(size);
        fs::write(&path, &written).unwrap();
        let mut file = ReadBackFile::open(&path).unwrap();
        let mut whole = Vec::new();
        file.read_to_end(&mut whole).unwrap();
        assert_eq!(whole, written, "whole file of {size} bytes");
        for start in [0, 1, 4095, 4096, 262_140, 262_144, 500_000] {
            if start > size {
                continue;
            }
            let mut clone = file.try_clone().unwrap();
            assert_eq!(
                clone.seek(SeekFrom::Start(start as u64)).unwrap(),
                start as u64
            );
            let mut piece = vec![0u8; 10_000.min(size - start)];
            clone.read_exact(&mut piece).unwrap();
            assert_eq!(
                piece,
                written[start..start + piece.len()],
                "{size} from {start}"
            );
        }
        assert_eq!(
            file.seek(SeekFrom::End(-1)).ok(),
            size.checked_sub(1).map(|n| n as u64)
        );
    }
}

#[test]
fn a_clone_keeps_its_own_position() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("a.bin");
    fs::write(&path, bytes(10_000)).unwrap();
    let mut first = ReadBackFile::open(&path).unwrap();
    let mut second = first.try_clone().unwrap();
    first.seek(SeekFrom::Start(9_000)).unwrap();
    let mut one = [0u8; 4];
    let mut two = [0u8; 4];
    second.read_exact(&mut two).unwrap();
    first.read_exact(&mut one).unwrap();
    assert_eq!(two, bytes(4)[..]);
    assert_eq!(one, bytes(9_004)[9_000..]);
}

#[test]
fn a_hidden_temporary_file_becomes_a_visible_file_under_its_thai_name() {
    let folder = tempfile::tempdir().unwrap();
    let partial = folder.path().join(".GECC อำเภอเมือง 2569.zip.part");
    let target = folder.path().join("GECC อำเภอเมือง 2569.zip");
    drop(create_hidden(&partial).unwrap()); // a stale one from a killed export is replaced
    std::io::Write::write_all(&mut create_hidden(&partial).unwrap(), b"bundle").unwrap();
    assert!(is_hidden(&partial), "the temporary file is hidden");
    rename_durably(&partial, &target, false).unwrap();
    assert!(!partial.exists());
    assert_eq!(fs::read(&target).unwrap(), b"bundle");
    assert!(!is_hidden(&target), "the finished file is visible");
}

#[cfg(windows)]
fn is_hidden(path: &std::path::Path) -> bool {
    use std::os::windows::fs::MetadataExt;
    fs::metadata(path).unwrap().file_attributes() & 2 != 0
}

#[cfg(unix)]
fn is_hidden(path: &std::path::Path) -> bool {
    path.file_name().unwrap().to_string_lossy().starts_with('.')
}

#[test]
fn the_volume_of_a_temporary_folder_has_room_and_a_known_file_system() {
    let folder = tempfile::tempdir().unwrap();
    assert!(available_space(folder.path()).unwrap() > 0);
    assert!(file_system(folder.path()).is_some());
    assert_eq!(FileSystem::Fat.max_file_bytes(), Some(4_294_967_295));
    assert_eq!(FileSystem::Other.max_file_bytes(), None);
}

#[test]
fn a_rename_waits_for_a_file_another_program_holds_open_then_succeeds() {
    let folder = tempfile::tempdir().unwrap();
    let from = folder.path().join("ใหม่.json");
    let to = folder.path().join("ชุดเกณฑ์.json");
    fs::write(&from, b"new").unwrap();
    fs::write(&to, b"old").unwrap();
    let holder = hold_open(&to);
    let released = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(400));
        drop(holder);
    });
    rename_durably(&from, &to, true).unwrap();
    released.join().unwrap();
    assert_eq!(fs::read(&to).unwrap(), b"new");
}

#[test]
fn a_rename_onto_a_file_held_open_throughout_gives_up_after_a_few_seconds() {
    let folder = tempfile::tempdir().unwrap();
    let from = folder.path().join("ใหม่.json");
    let to = folder.path().join("ชุดเกณฑ์.json");
    fs::write(&from, b"new").unwrap();
    fs::write(&to, b"old").unwrap();
    let _holder = hold_open(&to);
    let started = Instant::now();
    let outcome = rename_durably(&from, &to, true);
    if cfg!(windows) {
        let error = outcome.unwrap_err();
        assert!(is_in_use(&error), "{error}");
        assert!(started.elapsed() >= IN_USE_PATIENCE);
        assert_eq!(fs::read(&from).unwrap(), b"new", "nothing was lost");
    } else {
        // Linux lets a file another program holds open be replaced.
        outcome.unwrap();
    }
}

/// Opens `path` the way an antivirus scanner or a viewer does on Windows: sharing reads
/// only, so the file can be neither replaced nor deleted while it is held.
fn hold_open(path: &std::path::Path) -> fs::File {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(windows)]
    std::os::windows::fs::OpenOptionsExt::share_mode(&mut options, 1);
    options.open(path).unwrap()
}
