//! Opening a ZIP file that came from outside (a USB stick, an e-mail) and checking every
//! entry before a single byte is extracted, so that a hostile archive cannot write outside
//! its folder, fill the disk, or pass damaged data off as good.
//!
//! The `zip` crate finds the central directory and decompresses; the checks run on our own
//! reading of the central directory, because the crate keeps its entries in a map keyed by
//! name and silently merges entries whose names repeat.

use std::collections::HashSet;
use std::io::{BufReader, ErrorKind, Read, Seek, SeekFrom};
use std::path::Path;

use encoding_rs::WINDOWS_874;
use zip::result::ZipError;
use zip::ZipArchive;

use crate::file_names::is_device_name;
use crate::os::ReadBackFile;

/// Bytes handed to the sink at a time: large enough to stream quickly, small enough that
/// no entry is ever held in memory whole.
const CHUNK_BYTES: usize = 64 * 1024;
/// Entries at most this large are not held to the ratio limit: tiny files compress far
/// better than 100 to 1 (a run of spaces, an empty form) without being dangerous.
const RATIO_FREE_BYTES: u64 = 1 << 20;
/// A local header is at least this long, so stored data starts at least this far after it.
const LOCAL_HEADER_BYTES: u64 = 30;
const CENTRAL_HEADER_SIGNATURE: u32 = 0x0201_4b50;
const ZIP64_EXTRA_FIELD: u16 = 0x0001;
const UNICODE_PATH_EXTRA_FIELD: u16 = 0x7075;
const METHOD_STORED: u16 = 0;
const METHOD_DEFLATED: u16 = 8;
const METHOD_AES: u16 = 99;
/// General-purpose flag bits that mean the entry (or the directory) is encrypted:
/// traditional encryption, strong encryption, and an encrypted central directory.
const ENCRYPTION_FLAGS: u16 = 1 | (1 << 6) | (1 << 13);
const FILE_TYPE_MASK: u32 = 0o170_000;
const SYMBOLIC_LINK_TYPE: u32 = 0o120_000;

/// How much an archive may hold before it is refused without being unpacked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ZipLimits {
    /// The most entries (files and folders) an archive may list.
    pub max_entries: usize,
    /// The most bytes all entries together may declare once unpacked.
    pub max_total_uncompressed: u64,
    /// The most times an entry larger than 1 MiB may grow when unpacked.
    pub max_ratio: u64,
}

impl Default for ZipLimits {
    fn default() -> Self {
        ZipLimits {
            max_entries: 100_000,
            max_total_uncompressed: 64 << 30,
            max_ratio: 100,
        }
    }
}

/// How an entry's name was stored, so a listing can say which decoding was applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameEncoding {
    /// UTF-8, flagged or not (plain ASCII is UTF-8 too).
    Utf8,
    /// The Thai Windows code page, which Windows' built-in compressed folders write.
    Cp874,
}

/// An entry that passed every check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SafeEntry {
    /// The entry's index in the archive, for `read_entry`; also its index in `entries()`.
    pub index: usize,
    /// Decoded, '/'-separated and relative; folders lose their trailing '/'.
    pub name: String,
    pub is_dir: bool,
    /// The uncompressed size the archive declares; `read_entry` holds the data to it.
    pub size: u64,
    pub compressed_size: u64,
    pub encoding: NameEncoding,
    pub crc32: u32,
}

/// Why an entry's name could hurt the computer if it were used as a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnsafeNameReason {
    Absolute,
    ParentDirectory,
    /// A part made only of dots and spaces, such as `.`, which Windows may drop or misread.
    DotComponent,
    DriveLetter,
    /// A ':' after the start, which Windows reads as an alternate data stream.
    Colon,
    Backslash,
    Nul,
    ControlCharacter,
    DeviceName,
    Empty,
}

impl UnsafeNameReason {
    /// The reason in plain Thai, for clerks.
    pub fn thai(&self) -> &'static str {
        match self {
            Self::Absolute => "ขึ้นต้นด้วย / ซึ่งชี้ไปยังตำแหน่งนอกโฟลเดอร์",
            Self::ParentDirectory => "มี .. ซึ่งชี้ออกไปนอกโฟลเดอร์",
            Self::DotComponent => "มีส่วนของชื่อที่เป็นจุดหรือช่องว่างล้วน",
            Self::DriveLetter => "ขึ้นต้นด้วยชื่อไดรฟ์ เช่น C:",
            Self::Colon => "มีเครื่องหมาย : ซึ่ง Windows ใช้ระบุข้อมูลแฝงในไฟล์",
            Self::Backslash => "มีเครื่องหมาย \\ ซึ่ง Windows ใช้แบ่งโฟลเดอร์",
            Self::Nul => "มีอักขระว่าง (NUL) ซ่อนอยู่",
            Self::ControlCharacter => "มีอักขระควบคุมที่มองไม่เห็นซ่อนอยู่",
            Self::DeviceName => "มีส่วนที่เป็นชื่ออุปกรณ์ของ Windows เช่น CON หรือ NUL",
            Self::Empty => "ชื่อว่างเปล่าหรือมีส่วนที่ว่างเปล่า",
        }
    }
}

impl std::fmt::Display for UnsafeNameReason {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(match self {
            Self::Absolute => "it starts with '/', an absolute path",
            Self::ParentDirectory => "it climbs out of its folder with '..'",
            Self::DotComponent => "it has a part made only of dots or spaces",
            Self::DriveLetter => "it starts with a drive letter such as 'C:'",
            Self::Colon => "it contains ':', which Windows reads as a hidden data stream",
            Self::Backslash => "it contains '\\', which Windows reads as a folder separator",
            Self::Nul => "it contains a NUL character",
            Self::ControlCharacter => "it contains an invisible control character",
            Self::DeviceName => "a part of it is a Windows device name such as CON or NUL",
            Self::Empty => "it is empty or has an empty part",
        })
    }
}

/// Why an archive or an entry was refused.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum ZipProblem {
    #[error("This file is not a ZIP file: perhaps the wrong file was chosen.")]
    NotAZip,
    #[error("The ZIP file is incomplete or damaged: it may have been cut short while copying, so copy it again.")]
    Truncated,
    #[error("The entry {} in the ZIP file has an unsafe name: {reason}.", shown(.name))]
    UnsafeName {
        name: String,
        reason: UnsafeNameReason,
    },
    #[error("The entry {} in the ZIP file is a symbolic link, which could point anywhere on this computer.", shown(.name))]
    Symlink { name: String },
    #[error("The name {} appears more than once in the ZIP file, so it is unclear which copy is the real one.", shown(.name))]
    Duplicate { name: String },
    #[error("The ZIP file lists {count} entries, more than the {limit} allowed.")]
    TooManyEntries { count: usize, limit: usize },
    #[error("The ZIP file would unpack to {}, more than the {} allowed.", describe_size(*total), describe_size(*limit))]
    TooLarge { total: u64, limit: u64 },
    #[error("The entry {} would grow {ratio} times when unpacked, which is how a ZIP bomb fills a disk.", shown(.name))]
    SuspiciousRatio { name: String, ratio: u64 },
    #[error("The entry {} does not hold the number of bytes the ZIP file declares for it, so the file is damaged or was tampered with.", shown(.name))]
    SizeMismatch { name: String },
    #[error("The entry {} failed its CRC-32 check, so its bytes were damaged on the way.", shown(.name))]
    ChecksumMismatch { name: String },
    #[error("The entry {} is protected by a password, which this program does not open.", shown(.name))]
    Encrypted { name: String },
    #[error("The entry {} is compressed in a way this program does not read (only stored and deflate are read).", shown(.name))]
    UnsupportedCompression { name: String },
    #[error(
        "The entry {} shares its stored bytes with another entry, a trick ZIP bombs use.", shown(.name)
    )]
    OverlappingEntries { name: String },
    #[error("The entry {} is {}, larger than the {} expected of it.", shown(.name), describe_size(*size), describe_size(*limit))]
    EntryTooLarge { name: String, size: u64, limit: u64 },
    #[error("The ZIP file could not be read: {message}.")]
    Io { message: String },
}

impl ZipProblem {
    /// The problem in plain Thai, for clerks.
    pub fn thai(&self) -> String {
        match self {
            Self::NotAZip => "ไฟล์นี้ไม่ใช่ไฟล์ ZIP อาจเลือกไฟล์ผิด".into(),
            Self::Truncated => {
                "ไฟล์ ZIP ไม่ครบหรือเสียหาย อาจคัดลอกมาไม่สมบูรณ์ กรุณาคัดลอกไฟล์มาใหม่อีกครั้ง".into()
            }
            Self::UnsafeName { name, reason } => {
                format!(
                    "ชื่อ {} ในไฟล์ ZIP ไม่ปลอดภัย เพราะ{}",
                    shown(name),
                    reason.thai()
                )
            }
            Self::Symlink { name } => format!(
                "{} ในไฟล์ ZIP เป็นลิงก์ที่อาจชี้ไปยังที่ใดก็ได้ในเครื่องนี้ จึงไม่ปลอดภัย",
                shown(name)
            ),
            Self::Duplicate { name } => format!(
                "ชื่อ {} ซ้ำกันมากกว่าหนึ่งครั้งในไฟล์ ZIP จึงไม่รู้ว่าไฟล์ไหนเป็นของจริง",
                shown(name)
            ),
            Self::TooManyEntries { count, limit } => {
                format!("ไฟล์ ZIP มี {count} รายการ เกินกว่าที่รับได้ ({limit} รายการ)")
            }
            Self::TooLarge { total, limit } => format!(
                "ไฟล์ ZIP เมื่อแตกออกจะมีขนาด {} เกินกว่าที่รับได้ ({})",
                describe_size(*total),
                describe_size(*limit)
            ),
            Self::SuspiciousRatio { name, ratio } => format!(
                "{} ในไฟล์ ZIP จะขยายขึ้น {ratio} เท่าเมื่อแตกออก ซึ่งเป็นลักษณะของไฟล์ ZIP อันตรายที่ทำให้ดิสก์เต็ม",
                shown(name)
            ),
            Self::SizeMismatch { name } => format!(
                "ขนาดข้อมูลของ {} ไม่ตรงกับที่ไฟล์ ZIP ระบุไว้ ไฟล์อาจเสียหายหรือถูกแก้ไข",
                shown(name)
            ),
            Self::ChecksumMismatch { name } => format!(
                "ข้อมูลของ {} ไม่ผ่านการตรวจความถูกต้อง (CRC-32) ไฟล์อาจเสียหายระหว่างคัดลอก",
                shown(name)
            ),
            Self::Encrypted { name } => {
                format!("{} ในไฟล์ ZIP ถูกใส่รหัสผ่านไว้ โปรแกรมนี้จึงเปิดไม่ได้", shown(name))
            }
            Self::UnsupportedCompression { name } => format!(
                "{} ในไฟล์ ZIP ถูกบีบอัดด้วยวิธีที่โปรแกรมนี้อ่านไม่ได้ กรุณาบีบอัดใหม่ด้วย ZIP แบบปกติ",
                shown(name)
            ),
            Self::OverlappingEntries { name } => format!(
                "{} ในไฟล์ ZIP ใช้ข้อมูลร่วมกับรายการอื่น ซึ่งเป็นลักษณะของไฟล์ ZIP อันตราย",
                shown(name)
            ),
            Self::EntryTooLarge { name, size, limit } => format!(
                "{} มีขนาด {} ใหญ่เกินกว่าที่ควรเป็น ({})",
                shown(name),
                describe_size(*size),
                describe_size(*limit)
            ),
            Self::Io { message } => format!("อ่านไฟล์ ZIP ไม่สำเร็จ ({message})"),
        }
    }
}

/// A name as the user typed it, in quotes: Thai and other letters print as themselves;
/// only invisible control characters are written as escapes, so they can be seen.
pub fn shown(name: &str) -> String {
    let mut text = String::from("\"");
    for c in name.chars() {
        if c.is_control() {
            text.push_str(&c.escape_unicode().to_string());
        } else {
            text.push(c);
        }
    }
    text.push('"');
    text
}

/// An archive whose every entry passed the checks, open for reading entry by entry.
pub struct SafeZip {
    archive: ZipArchive<BufReader<ReadBackFile>>,
    entries: Vec<SafeEntry>,
}

impl SafeZip {
    /// Opens the archive at `path` and checks every entry; the first problem is returned.
    /// Nothing is decompressed here: only the central directory is read.
    pub fn open(path: &Path, limits: &ZipLimits) -> Result<SafeZip, ZipProblem> {
        let mut file = ReadBackFile::open(path).map_err(|error| io_problem(&error))?;
        let looks_like_zip = starts_like_a_zip(&mut file)?;
        // A second handle on the same open file, not a second open of the path: the
        // directory we check is then the very one the crate reads, even if the path is
        // swapped meanwhile. Every read the crate makes starts with an absolute seek.
        let directory_file = file.try_clone().map_err(|error| io_problem(&error))?;
        let archive = ZipArchive::new(BufReader::new(file))
            .map_err(|error| open_problem(error, looks_like_zip))?;
        if archive.len() > limits.max_entries {
            return Err(ZipProblem::TooManyEntries {
                count: archive.len(),
                limit: limits.max_entries,
            });
        }
        let records = read_central_directory(
            &mut BufReader::new(directory_file),
            archive.central_directory_start(),
            archive.offset(),
            limits.max_entries,
        )?;
        let mut seen = HashSet::with_capacity(records.len());
        let mut total: u64 = 0;
        let mut entries = Vec::with_capacity(records.len());
        for (index, record) in records.iter().enumerate() {
            let entry = check_record(index, record, limits, &mut seen)?;
            total = total.saturating_add(entry.size);
            entries.push(entry);
        }
        if total > limits.max_total_uncompressed {
            return Err(ZipProblem::TooLarge {
                total,
                limit: limits.max_total_uncompressed,
            });
        }
        if records.len() != archive.len() {
            return Err(merged_by_the_crate(&records));
        }
        check_overlaps(&records, &entries, archive.central_directory_start())?;
        Ok(SafeZip { archive, entries })
    }

    /// Every entry, in archive order: `entries()[i].index == i`.
    pub fn entries(&self) -> &[SafeEntry] {
        &self.entries
    }

    /// The archive's comment, with any bytes that are not UTF-8 replaced.
    pub fn comment(&self) -> String {
        String::from_utf8_lossy(self.archive.comment()).into_owned()
    }

    /// Streams an entry's bytes to `sink` in chunks of at most 64 KiB, never passing on
    /// more than the declared size: data longer or shorter than declared is a
    /// `SizeMismatch` and a wrong CRC-32 a `ChecksumMismatch`. Returns the byte count.
    /// A sink error comes back as `Io`.
    pub fn read_entry(
        &mut self,
        index: usize,
        sink: &mut dyn FnMut(&[u8]) -> std::io::Result<()>,
    ) -> Result<u64, ZipProblem> {
        let entry = self.entries.get(index).ok_or_else(|| ZipProblem::Io {
            message: format!("the archive has no entry number {index}"),
        })?;
        let (name, declared) = (entry.name.clone(), entry.size);
        let file = self
            .archive
            .by_index(index)
            .map_err(|error| read_problem(error, &name))?;
        // One byte more than declared is enough to catch a header that lies low, without
        // letting a ZIP bomb unpack any further.
        let mut bounded = file.take(declared.saturating_add(1));
        let mut buffer = vec![0_u8; CHUNK_BYTES];
        let mut count: u64 = 0;
        loop {
            let read = match bounded.read(&mut buffer) {
                Ok(0) => break,
                Ok(read) => read,
                Err(error) if error.kind() == ErrorKind::Interrupted => continue,
                Err(error) => return Err(stream_problem(&error, &name, count, declared)),
            };
            count += read as u64;
            if count > declared {
                return Err(ZipProblem::SizeMismatch { name });
            }
            sink(&buffer[..read]).map_err(|error| io_problem(&error))?;
        }
        if count != declared {
            return Err(ZipProblem::SizeMismatch { name });
        }
        Ok(count)
    }

    /// Reads a small entry (a tag file, a marker) whole, refusing one larger than
    /// `max_bytes` before reading anything.
    pub fn read_small(&mut self, index: usize, max_bytes: u64) -> Result<Vec<u8>, ZipProblem> {
        if let Some(entry) = self.entries.get(index) {
            if entry.size > max_bytes {
                return Err(ZipProblem::EntryTooLarge {
                    name: entry.name.clone(),
                    size: entry.size,
                    limit: max_bytes,
                });
            }
        }
        let mut bytes = Vec::new();
        self.read_entry(index, &mut |chunk| {
            bytes.extend_from_slice(chunk);
            Ok(())
        })?;
        Ok(bytes)
    }
}

/// Checks an entry name as a relative path and returns it without the trailing '/' that
/// marks a folder, and whether it was a folder. Public so writers can check their own
/// names by the same rule.
pub fn check_entry_name(name: &str) -> Result<(&str, bool), UnsafeNameReason> {
    if name.is_empty() {
        return Err(UnsafeNameReason::Empty);
    }
    if name.contains('\0') {
        return Err(UnsafeNameReason::Nul);
    }
    if name.chars().any(char::is_control) {
        return Err(UnsafeNameReason::ControlCharacter);
    }
    if name.contains('\\') {
        return Err(UnsafeNameReason::Backslash);
    }
    if name.starts_with('/') {
        return Err(UnsafeNameReason::Absolute);
    }
    let bytes = name.as_bytes();
    if bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':' {
        return Err(UnsafeNameReason::DriveLetter);
    }
    if name.contains(':') {
        return Err(UnsafeNameReason::Colon);
    }
    let (path, is_dir) = match name.strip_suffix('/') {
        Some(path) => (path, true),
        None => (name, false),
    };
    for component in path.split('/') {
        if component.is_empty() {
            return Err(UnsafeNameReason::Empty);
        }
        if component == ".." {
            return Err(UnsafeNameReason::ParentDirectory);
        }
        // Windows drops trailing dots and spaces, so ". ." would become nothing at all.
        if component.trim_end_matches(['.', ' ']).is_empty() {
            return Err(UnsafeNameReason::DotComponent);
        }
        if is_device_name(component) {
            return Err(UnsafeNameReason::DeviceName);
        }
    }
    Ok((path, is_dir))
}

/// One record of the central directory as stored, before any check.
struct CentralRecord {
    flags: u16,
    method: u16,
    crc32: u32,
    compressed_size: u64,
    size: u64,
    external_attributes: u32,
    /// Where the entry's local header starts, from the start of the file.
    local_header: u64,
    raw_name: Vec<u8>,
    /// The Info-ZIP Unicode Path (0x7075), when its checksum matches the stored name.
    unicode_name: Option<String>,
}

/// Reads every central directory record from `start` until the next thing is not one,
/// stopping with `TooManyEntries` past `max_entries` so a huge directory is not kept.
fn read_central_directory(
    reader: &mut BufReader<ReadBackFile>,
    start: u64,
    archive_offset: u64,
    max_entries: usize,
) -> Result<Vec<CentralRecord>, ZipProblem> {
    reader
        .seek(SeekFrom::Start(start))
        .map_err(|error| io_problem(&error))?;
    let mut records = Vec::new();
    loop {
        let mut signature = [0_u8; 4];
        read_exactly(reader, &mut signature)?;
        if u32::from_le_bytes(signature) != CENTRAL_HEADER_SIGNATURE {
            return Ok(records);
        }
        if records.len() == max_entries {
            return Err(ZipProblem::TooManyEntries {
                count: records.len() + 1,
                limit: max_entries,
            });
        }
        let mut fixed = [0_u8; 42];
        read_exactly(reader, &mut fixed)?;
        let u16_at = |at: usize| u16::from_le_bytes([fixed[at], fixed[at + 1]]);
        let u32_at = |at: usize| {
            u32::from_le_bytes([fixed[at], fixed[at + 1], fixed[at + 2], fixed[at + 3]])
        };
        let mut raw_name = vec![0_u8; usize::from(u16_at(24))];
        read_exactly(reader, &mut raw_name)?;
        let mut extra = vec![0_u8; usize::from(u16_at(26))];
        read_exactly(reader, &mut extra)?;
        reader
            .seek_relative(i64::from(u16_at(28)))
            .map_err(|error| io_problem(&error))?;
        let mut record = CentralRecord {
            flags: u16_at(4),
            method: u16_at(6),
            crc32: u32_at(12),
            compressed_size: u64::from(u32_at(16)),
            size: u64::from(u32_at(20)),
            external_attributes: u32_at(34),
            local_header: u64::from(u32_at(38)),
            raw_name,
            unicode_name: None,
        };
        read_extra_fields(&mut record, &extra)?;
        record.local_header = record
            .local_header
            .checked_add(archive_offset)
            .ok_or(ZipProblem::Truncated)?;
        records.push(record);
    }
}

/// Applies the extra fields that change what a record means: ZIP64 sizes and offset, and
/// the Info-ZIP Unicode Path that older tools add beside a name in a legacy code page.
fn read_extra_fields(record: &mut CentralRecord, extra: &[u8]) -> Result<(), ZipProblem> {
    let mut rest = extra;
    while rest.len() >= 4 {
        let id = u16::from_le_bytes([rest[0], rest[1]]);
        let length = usize::from(u16::from_le_bytes([rest[2], rest[3]]));
        let data = rest.get(4..4 + length).ok_or(ZipProblem::Truncated)?;
        rest = &rest[4 + length..];
        if id == ZIP64_EXTRA_FIELD {
            // Only the fields whose 32-bit value is all ones are present, in this order.
            let mut values = data
                .chunks_exact(8)
                .map(|bytes| u64::from_le_bytes(bytes.try_into().unwrap_or([0xFF; 8])));
            for field in [
                &mut record.size,
                &mut record.compressed_size,
                &mut record.local_header,
            ] {
                if *field == u64::from(u32::MAX) {
                    *field = values.next().ok_or(ZipProblem::Truncated)?;
                }
            }
        } else if id == UNICODE_PATH_EXTRA_FIELD && data.len() >= 5 {
            // The version byte is not checked, as the zip crate does not check it either:
            // both readers must agree on every name.
            let checksum = u32::from_le_bytes([data[1], data[2], data[3], data[4]]);
            if checksum == crc32(&record.raw_name) {
                record.unicode_name = std::str::from_utf8(&data[5..]).ok().map(str::to_owned);
            }
        }
    }
    Ok(())
}

/// Every check on one record, in the order their problems are reported.
fn check_record(
    index: usize,
    record: &CentralRecord,
    limits: &ZipLimits,
    seen: &mut HashSet<String>,
) -> Result<SafeEntry, ZipProblem> {
    let (decoded, encoding) = match &record.unicode_name {
        Some(name) => (name.clone(), NameEncoding::Utf8),
        None => decode_name(&record.raw_name),
    };
    let (name, is_dir) = match check_entry_name(&decoded) {
        Ok((name, is_dir)) => (name.to_string(), is_dir),
        Err(reason) => {
            return Err(ZipProblem::UnsafeName {
                name: decoded,
                reason,
            })
        }
    };
    // The Unix file type sits in the upper half of the external attributes. It is checked
    // whatever system the archive claims to come from, as a link is never expected.
    if (record.external_attributes >> 16) & FILE_TYPE_MASK == SYMBOLIC_LINK_TYPE {
        return Err(ZipProblem::Symlink { name });
    }
    if record.flags & ENCRYPTION_FLAGS != 0 || record.method == METHOD_AES {
        return Err(ZipProblem::Encrypted { name });
    }
    if record.method != METHOD_STORED && record.method != METHOD_DEFLATED {
        return Err(ZipProblem::UnsupportedCompression { name });
    }
    if !seen.insert(name.clone()) {
        return Err(ZipProblem::Duplicate { name });
    }
    if record.size > RATIO_FREE_BYTES {
        let ratio = record.size / record.compressed_size.max(1);
        if ratio > limits.max_ratio {
            return Err(ZipProblem::SuspiciousRatio { name, ratio });
        }
    }
    Ok(SafeEntry {
        index,
        name,
        is_dir,
        size: record.size,
        compressed_size: record.compressed_size,
        encoding,
        crc32: record.crc32,
    })
}

/// Names that are valid UTF-8 are UTF-8 (the flag is often missing); anything else is
/// taken as the Thai Windows code page.
fn decode_name(raw: &[u8]) -> (String, NameEncoding) {
    match std::str::from_utf8(raw) {
        Ok(name) => (name.to_string(), NameEncoding::Utf8),
        Err(_) => (
            WINDOWS_874.decode_without_bom_handling(raw).0.into_owned(),
            NameEncoding::Cp874,
        ),
    }
}

/// The zip crate kept fewer entries than the directory holds: it merges entries whose
/// names it decodes alike (lossy UTF-8 or CP437), or it read a different count.
fn merged_by_the_crate(records: &[CentralRecord]) -> ZipProblem {
    let mut seen = HashSet::new();
    records
        .iter()
        .map(|record| String::from_utf8_lossy(&record.raw_name).into_owned())
        .find(|name| !seen.insert(name.clone()))
        .map_or(ZipProblem::Truncated, |name| ZipProblem::Duplicate { name })
}

/// Refuses entries whose stored bytes overlap another's or run into the central
/// directory: honest archives never do this, and overlapping bombs rely on it.
fn check_overlaps(
    records: &[CentralRecord],
    entries: &[SafeEntry],
    directory_start: u64,
) -> Result<(), ZipProblem> {
    let mut order: Vec<usize> = (0..records.len()).collect();
    order.sort_by_key(|&index| records[index].local_header);
    let mut previous_end = 0_u64;
    for index in order {
        let record = &records[index];
        let end = record
            .local_header
            .saturating_add(LOCAL_HEADER_BYTES)
            .saturating_add(record.compressed_size);
        if record.local_header < previous_end || end > directory_start {
            return Err(ZipProblem::OverlappingEntries {
                name: entries[index].name.clone(),
            });
        }
        previous_end = end;
    }
    Ok(())
}

/// Reads the first bytes to tell a damaged ZIP from a file that never was one.
fn starts_like_a_zip(file: &mut ReadBackFile) -> Result<bool, ZipProblem> {
    let mut head = Vec::with_capacity(4);
    (&mut *file)
        .take(4)
        .read_to_end(&mut head)
        .map_err(|error| io_problem(&error))?;
    file.rewind().map_err(|error| io_problem(&error))?;
    // A local header, an empty archive's end record, or a split archive's marker.
    Ok(matches!(
        head.as_slice(),
        [b'P', b'K', 3, 4] | [b'P', b'K', 5, 6] | [b'P', b'K', 7, 8]
    ))
}

fn read_exactly(reader: &mut BufReader<ReadBackFile>, buffer: &mut [u8]) -> Result<(), ZipProblem> {
    reader
        .read_exact(buffer)
        .map_err(|error| match error.kind() {
            ErrorKind::UnexpectedEof => ZipProblem::Truncated,
            _ => io_problem(&error),
        })
}

fn io_problem(error: &std::io::Error) -> ZipProblem {
    ZipProblem::Io {
        message: error.to_string(),
    }
}

/// Maps the crate's refusal to open: a file that begins like a ZIP but cannot be read is
/// damaged or cut short; anything else never was a ZIP.
fn open_problem(error: ZipError, looks_like_zip: bool) -> ZipProblem {
    match error {
        ZipError::Io(error) if error.kind() != ErrorKind::UnexpectedEof => io_problem(&error),
        _ if looks_like_zip => ZipProblem::Truncated,
        _ => ZipProblem::NotAZip,
    }
}

/// Maps the crate's refusal to start reading an entry.
fn read_problem(error: ZipError, name: &str) -> ZipProblem {
    let name = name.to_string();
    match error {
        ZipError::Io(error) if error.kind() == ErrorKind::UnexpectedEof => ZipProblem::Truncated,
        ZipError::Io(error) => io_problem(&error),
        ZipError::UnsupportedArchive(ZipError::PASSWORD_REQUIRED) | ZipError::InvalidPassword => {
            ZipProblem::Encrypted { name }
        }
        ZipError::UnsupportedArchive(_) => ZipProblem::UnsupportedCompression { name },
        ZipError::InvalidArchive(_) | ZipError::FileNotFound => ZipProblem::Truncated,
        other => ZipProblem::Io {
            message: other.to_string(),
        },
    }
}

/// Maps an error met while streaming an entry. The crate checks the CRC-32 when the data
/// ends; when the data ended early, the size is the truer complaint.
fn stream_problem(error: &std::io::Error, name: &str, count: u64, declared: u64) -> ZipProblem {
    let name = name.to_string();
    let checksum = error.to_string().to_lowercase().contains("checksum");
    match error.kind() {
        _ if checksum && count == declared => ZipProblem::ChecksumMismatch { name },
        _ if checksum => ZipProblem::SizeMismatch { name },
        ErrorKind::UnexpectedEof if count != declared => ZipProblem::SizeMismatch { name },
        ErrorKind::UnexpectedEof | ErrorKind::InvalidData | ErrorKind::InvalidInput => {
            ZipProblem::Truncated
        }
        _ => io_problem(error),
    }
}

/// The CRC-32 table (polynomial 0xEDB88320), built once at compile time.
const CRC_TABLE: [u32; 256] = {
    let mut table = [0_u32; 256];
    let mut index = 0;
    while index < 256 {
        let mut value = index as u32;
        let mut bit = 0;
        while bit < 8 {
            value = if value & 1 == 1 {
                0xEDB8_8320 ^ (value >> 1)
            } else {
                value >> 1
            };
            bit += 1;
        }
        table[index] = value;
        index += 1;
    }
    table
};

/// The CRC-32 that ZIP uses; needed here only for short things such as names.
fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0_u32, |value, &byte| {
        CRC_TABLE[((value ^ u32::from(byte)) & 0xFF) as usize] ^ (value >> 8)
    })
}

/// A size as a person reads it, in binary units labelled as Windows labels them.
fn describe_size(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["KB", "MB", "GB", "TB", "PB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

#[cfg(test)]
#[path = "safe_zip_tests.rs"]
pub(crate) mod tests;
