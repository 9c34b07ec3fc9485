//! Every way an operation can fail, each with a stable code the UI branches on and a
//! message in Thai with English, saying what happened and what to do next.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::Localized;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("database schema version {found} is newer than this program supports ({supported})")]
    DatabaseTooNew { found: i64, supported: i64 },
    #[error("{path} is not a GECC Desk database")]
    NotADatabase { path: PathBuf },
    #[error("storage error: {0}")]
    Storage(#[from] rusqlite::Error),
    #[error("could not {action} {path}: {source}")]
    Io {
        action: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("criteria pack is invalid: {}", problems.join("; "))]
    PackInvalid { problems: Vec<String> },
    #[error("criteria pack format {found} is newer than this program reads ({supported})")]
    PackFormatTooNew { found: u32, supported: u32 },
    #[error("a different pack {pack_id} version {pack_version} is already installed")]
    PackConflict { pack_id: String, pack_version: u32 },
    #[error("no criteria pack {0}")]
    PackNotFound(String),
    #[error("no round {0}")]
    RoundNotFound(i64),
    #[error("the office already has a {kind} round for fiscal year {fiscal_year_be}")]
    RoundExists {
        kind: &'static str,
        fiscal_year_be: i32,
    },
    #[error("round {0} is submitted or approved and read-only")]
    RoundLocked(i64),
    #[error("item {item_id} is not in this round's criteria pack")]
    ItemNotInPack { item_id: String },
    #[error("invalid input: {}", .0.en)]
    InvalidInput(Localized),
    #[error("cancelled")]
    Cancelled,
    #[error("{path} is not a file")]
    NotAFile { path: PathBuf },
    #[error("the disk is full while writing {path}")]
    DiskFull { path: PathBuf },
    #[error("stored evidence {sha256} does not match its hash")]
    EvidenceCorrupt { sha256: String },
    #[error("no evidence file {0}")]
    EvidenceNotFound(i64),
    #[error("evidence file {id} still supports {links} item(s)")]
    EvidenceInUse { id: i64, links: u32 },
    #[error("bundle refused: {}", .0.en)]
    BundleRefused(Localized),
    #[error("{path} needs {needed} bytes but has {available} free")]
    NotEnoughSpace {
        path: PathBuf,
        needed: u64,
        available: u64,
    },
    #[error("{path} is held open by another program")]
    FileInUse { path: PathBuf },
    #[error("{path} holds files of at most {limit} bytes but the bundle needs one of {largest}")]
    TooLargeForFileSystem {
        path: PathBuf,
        largest: u64,
        limit: u64,
    },
    #[error("round {round_id} cannot go from {from} to {to}")]
    RoundStateChange {
        round_id: i64,
        from: &'static str,
        to: &'static str,
    },
}

/// The stable codes errors carry across IPC; the UI branches on these, never on text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ErrorCode {
    DatabaseTooNew,
    NotADatabase,
    Storage,
    Io,
    PackInvalid,
    PackFormatTooNew,
    PackConflict,
    PackNotFound,
    RoundNotFound,
    RoundExists,
    RoundLocked,
    ItemNotInPack,
    InvalidInput,
    Cancelled,
    NotAFile,
    DiskFull,
    EvidenceCorrupt,
    EvidenceNotFound,
    EvidenceInUse,
    RoundStateChange,
    BundleRefused,
    FileInUse,
    FileTooLarge,
    Internal,
}

/// An error as it crosses to the UI: `{code, message}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ErrorPayload {
    pub code: ErrorCode,
    pub message: Localized,
}

impl Error {
    pub fn invalid(th: impl Into<String>, en: impl Into<String>) -> Self {
        Error::InvalidInput(Localized::new(th, en))
    }

    pub fn io(action: &'static str, path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            action,
            path: path.into(),
            source,
        }
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            Error::DatabaseTooNew { .. } => ErrorCode::DatabaseTooNew,
            Error::NotADatabase { .. } => ErrorCode::NotADatabase,
            Error::Storage(_) => ErrorCode::Storage,
            Error::Io { .. } => ErrorCode::Io,
            Error::PackInvalid { .. } => ErrorCode::PackInvalid,
            Error::PackFormatTooNew { .. } => ErrorCode::PackFormatTooNew,
            Error::PackConflict { .. } => ErrorCode::PackConflict,
            Error::PackNotFound(_) => ErrorCode::PackNotFound,
            Error::RoundNotFound(_) => ErrorCode::RoundNotFound,
            Error::RoundExists { .. } => ErrorCode::RoundExists,
            Error::RoundLocked(_) => ErrorCode::RoundLocked,
            Error::ItemNotInPack { .. } => ErrorCode::ItemNotInPack,
            Error::InvalidInput(_) => ErrorCode::InvalidInput,
            Error::Cancelled => ErrorCode::Cancelled,
            Error::NotAFile { .. } => ErrorCode::NotAFile,
            Error::DiskFull { .. } => ErrorCode::DiskFull,
            Error::EvidenceCorrupt { .. } => ErrorCode::EvidenceCorrupt,
            Error::EvidenceNotFound(_) => ErrorCode::EvidenceNotFound,
            Error::EvidenceInUse { .. } => ErrorCode::EvidenceInUse,
            Error::RoundStateChange { .. } => ErrorCode::RoundStateChange,
            Error::BundleRefused(_) => ErrorCode::BundleRefused,
            Error::NotEnoughSpace { .. } => ErrorCode::DiskFull,
            Error::FileInUse { .. } => ErrorCode::FileInUse,
            Error::TooLargeForFileSystem { .. } => ErrorCode::FileTooLarge,
        }
    }

    /// What a person reads: what happened and what to do next, Thai and English.
    pub fn message(&self) -> Localized {
        match self {
            Error::DatabaseTooNew { found, supported } => Localized::new(
                format!("ฐานข้อมูลนี้สร้างโดยโปรแกรมรุ่นใหม่กว่า (รุ่นโครงสร้าง {found} แต่โปรแกรมนี้รองรับถึง {supported}) จึงไม่ได้เปิดและไม่ได้แก้ไขไฟล์ กรุณาติดตั้ง GECC Desk รุ่นล่าสุด"),
                format!("This database was made by a newer GECC Desk (schema {found}; this program knows up to {supported}). It was not opened or changed. Install the latest GECC Desk."),
            ),
            Error::NotADatabase { path } => Localized::new(
                format!("ไฟล์ {} ไม่ใช่ฐานข้อมูลของ GECC Desk จึงไม่ได้เปิดและไม่ได้แก้ไข", path.display()),
                format!("{} is not a GECC Desk database. It was not opened or changed.", path.display()),
            ),
            Error::Storage(error) => Localized::new(
                format!("บันทึกหรืออ่านข้อมูลไม่สำเร็จ ข้อมูลเดิมยังอยู่ครบ ลองอีกครั้ง หากยังไม่ได้ให้แจ้งผู้ดูแล ({error})"),
                format!("Could not read or save data; what was saved before is intact. Try again, and report it if it persists. ({error})"),
            ),
            Error::Io { action, path, source } => Localized::new(
                format!("ดำเนินการกับไฟล์ {} ไม่สำเร็จ ({action}: {source})", path.display()),
                format!("Could not {action} {}: {source}", path.display()),
            ),
            Error::PackInvalid { problems } => Localized::new(
                format!("ไฟล์ชุดเกณฑ์ไม่ถูกต้อง ไม่ได้นำเข้า: {}", problems.join("; ")),
                format!("The criteria pack is invalid and was not imported: {}", problems.join("; ")),
            ),
            Error::PackFormatTooNew { found, supported } => Localized::new(
                format!("ชุดเกณฑ์ใช้รูปแบบรุ่น {found} ซึ่งใหม่กว่าที่โปรแกรมนี้อ่านได้ (รุ่น {supported}) กรุณาปรับปรุงโปรแกรม"),
                format!("The criteria pack uses format {found}, newer than this program reads ({supported}). Update GECC Desk."),
            ),
            Error::PackConflict { pack_id, pack_version } => Localized::new(
                format!("มีชุดเกณฑ์ {pack_id} รุ่น {pack_version} ที่เนื้อหาต่างกันอยู่แล้ว ผู้จัดทำชุดเกณฑ์ต้องเพิ่มเลขรุ่น"),
                format!("A different pack {pack_id} version {pack_version} is already installed. Its author must raise the version number."),
            ),
            Error::PackNotFound(pack) => Localized::new(
                format!("ไม่พบชุดเกณฑ์ {pack}"),
                format!("No criteria pack {pack} is installed."),
            ),
            Error::RoundNotFound(id) => Localized::new(
                format!("ไม่พบรอบการประเมินหมายเลข {id}"),
                format!("There is no assessment round {id}."),
            ),
            Error::RoundExists { kind, fiscal_year_be } => Localized::new(
                format!("มีรอบการประเมินประเภทนี้ของปีงบประมาณ {fiscal_year_be} อยู่แล้ว ({kind})"),
                format!("The office already has a {kind} round for fiscal year {fiscal_year_be}."),
            ),
            Error::RoundLocked(_) => Localized::new(
                "รอบการประเมินนี้ส่งตรวจหรืออนุมัติแล้วจึงแก้ไขไม่ได้ หากต้องแก้ไขให้ปลดล็อกพร้อมระบุเหตุผล",
                "This round is submitted or approved and read-only. To change it, unlock it and give a reason.",
            ),
            Error::ItemNotInPack { item_id } => Localized::new(
                format!("ข้อ {item_id} ไม่อยู่ในชุดเกณฑ์ของรอบนี้"),
                format!("Item {item_id} is not in this round's criteria pack."),
            ),
            Error::InvalidInput(message) => message.clone(),
            Error::Cancelled => Localized::new(
                "ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลงใด ๆ",
                "Cancelled; nothing was changed.",
            ),
            Error::NotAFile { path } => Localized::new(
                format!("{} ไม่ใช่ไฟล์ (อาจเป็นโฟลเดอร์) จึงแนบไม่ได้", path.display()),
                format!("{} is not a file (a folder, perhaps), so it cannot be attached.", path.display()),
            ),
            Error::DiskFull { path } => Localized::new(
                format!("พื้นที่ดิสก์เต็มขณะเขียน {} ไม่มีการบันทึกครึ่ง ๆ กลาง ๆ กรุณาเพิ่มพื้นที่ว่างแล้วลองใหม่", path.display()),
                format!("The disk filled up while writing {}. Nothing half-written was kept; free some space and try again.", path.display()),
            ),
            Error::EvidenceCorrupt { sha256 } => Localized::new(
                format!("ไฟล์หลักฐานที่เก็บไว้ ({}) อ่านกลับแล้วไม่ตรงกับที่เขียน ดิสก์อาจมีปัญหา ไม่ได้แนบไฟล์นี้", &sha256[..12.min(sha256.len())]),
                format!("The stored evidence file ({}) did not read back as written; the disk may be failing. The file was not attached.", &sha256[..12.min(sha256.len())]),
            ),
            Error::EvidenceNotFound(id) => Localized::new(
                format!("ไม่พบไฟล์หลักฐานหมายเลข {id}"),
                format!("There is no evidence file {id}."),
            ),
            Error::EvidenceInUse { links, .. } => Localized::new(
                format!("ไฟล์นี้ยังใช้เป็นหลักฐานของ {links} ข้อ ให้นำออกจากทุกข้อก่อนจึงจะลบได้"),
                format!("This file still supports {links} item(s); detach it from every item before deleting it."),
            ),
            Error::BundleRefused(message) => message.clone(),
            Error::NotEnoughSpace { path, needed, available } => Localized::new(
                format!("ที่ {} มีพื้นที่ว่าง {} แต่ต้องใช้ {} ไม่ได้เขียนไฟล์ใด ๆ กรุณาใช้แฟลชไดรฟ์ที่ว่างกว่านี้ หรือเลือก \"เฉพาะสรุป\"", path.display(), megabytes(*available), megabytes(*needed)),
                format!("{} has {} free but the bundle needs {}. Nothing was written; use a stick with more room, or choose \"summary only\".", path.display(), megabytes(*available), megabytes(*needed)),
            ),
            Error::FileInUse { path } => Localized::new(
                format!("ไฟล์ {} ถูกโปรแกรมอื่นเปิดค้างไว้ (เช่น โปรแกรมป้องกันไวรัสหรือโปรแกรมดูไฟล์) จึงบันทึกไม่ได้ ไม่มีข้อมูลใดสูญหาย กรุณาปิดโปรแกรมนั้นแล้วลองใหม่", path.display()),
                format!("{} is held open by another program (an antivirus scanner or a viewer, perhaps), so it could not be saved. Nothing was lost; close that program and try again.", path.display()),
            ),
            Error::TooLargeForFileSystem { path, largest, limit } => Localized::new(
                format!("แฟลชไดรฟ์ที่ {} เป็นแบบ FAT32 ซึ่งเก็บไฟล์ได้ไม่เกิน {} แต่ชุดข้อมูลนี้มีไฟล์ขนาด {} ไม่ได้เขียนไฟล์ใด ๆ กรุณาเลือก \"แบ่งเป็นส่วนสำหรับอีเมล\" หรือใช้แฟลชไดรฟ์ที่ฟอร์แมตเป็น exFAT หรือ NTFS", path.display(), megabytes(*limit), megabytes(*largest)),
                format!("The stick at {} is FAT32, which holds files of at most {}, and this bundle needs a file of {}. Nothing was written; choose e-mail parts, or use a stick formatted exFAT or NTFS.", path.display(), megabytes(*limit), megabytes(*largest)),
            ),
            Error::RoundStateChange { from, to, .. } => Localized::new(
                format!("เปลี่ยนสถานะรอบการประเมินจาก \"{from}\" เป็น \"{to}\" ไม่ได้"),
                format!("The round cannot go from \"{from}\" to \"{to}\"."),
            ),
        }
    }
}

/// Every error on its way to the clerk (the app's commands and the CLI both turn errors
/// into payloads) is logged here, so none goes unrecorded.
impl From<&Error> for ErrorPayload {
    fn from(error: &Error) -> Self {
        crate::diagnostics::log_error(error);
        ErrorPayload {
            code: error.code(),
            message: error.message(),
        }
    }
}

impl From<Error> for ErrorPayload {
    fn from(error: Error) -> Self {
        ErrorPayload::from(&error)
    }
}

/// Bytes as megabytes with one decimal, the unit people see on USB sticks.
pub fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_000_000.0)
}
