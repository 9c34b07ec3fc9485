//! Reading a province package: every check before anything is used. The bag may hold
//! exactly the files the format names; each is hashed against the manifests, the tag
//! manifest against the Ed25519 signature, and the pack and dates go through the same
//! checks as a pack file and as dates typed in the app.

use std::collections::HashMap;
use std::path::Path;

use super::{
    PackagePayload, DATES_PATH, MAX_PACKAGE_FILE, PACKAGE_BAG, PACKAGE_FORMAT_VERSION, PACK_PATH,
};
use crate::bundle::safe_zip::{SafeZip, ZipLimits};
use crate::bundle::{first_repeated_key, parse_bagit_txt, parse_manifest, BagInfo, SIGNATURE_FILE};
use crate::error::{Error, Result};
use crate::hashing::sha256_hex;
use crate::pack::{parse_pack, PackFile};
use crate::signing::{fingerprint_of_base64, verify, KeyInfo};
use crate::store::ReportDates;
use crate::Localized;

/// A package that passed every check.
#[derive(Debug, Clone)]
pub struct ProvincePackage {
    pub payload: PackagePayload,
    pub pack: PackFile,
    pub signer: KeyInfo,
    /// When the province made it (RFC 3339).
    pub bagging_time: String,
    /// SHA-256 of the tag manifest: names this package and nothing else.
    pub digest: String,
}

const FILES: [&str; 7] = [
    "bagit.txt",
    "bag-info.txt",
    "manifest-sha256.txt",
    "tagmanifest-sha256.txt",
    SIGNATURE_FILE,
    PACK_PATH,
    DATES_PATH,
];

fn refused(th: impl Into<String>, en: impl Into<String>) -> Error {
    Error::BundleRefused(Localized::new(th, en))
}

/// Reads and checks the package at `path`.
pub fn read_package(path: &Path) -> Result<ProvincePackage> {
    let files = read_files(path)?;
    let file = |name: &str| files.get(name).map(Vec::as_slice).unwrap_or_default();
    let text = |name: &str| {
        std::str::from_utf8(file(name)).map_err(|_| {
            refused(
                format!("{name} ไม่ใช่ข้อความ UTF-8"),
                format!("{name} is not UTF-8 text."),
            )
        })
    };
    let version =
        parse_bagit_txt(text("bagit.txt")?).map_err(|e| refused(format!("bagit.txt: {e}"), e))?;
    if version != "1.0" {
        return Err(refused(
            format!("BagIt รุ่น {version} ไม่รองรับ"),
            format!("BagIt version {version} is not read."),
        ));
    }
    let info = BagInfo::parse(text("bag-info.txt")?)
        .map_err(|e| refused(format!("bag-info.txt: {e}"), e))?;
    let single = |label: &str| -> Result<String> {
        let mut values = info.0.iter().filter(|(l, _)| l.eq_ignore_ascii_case(label));
        match (values.next(), values.next()) {
            (Some((_, value)), None) => Ok(value.clone()),
            (None, _) => Err(refused(
                format!("bag-info.txt ไม่มี {label}"),
                format!("bag-info.txt has no {label}."),
            )),
            _ => Err(refused(
                format!("bag-info.txt ระบุ {label} ซ้ำ จึงอ่านได้สองแบบ"),
                format!("bag-info.txt gives {label} twice."),
            )),
        }
    };
    let format: u32 = single("GECC-Package-Format-Version")?
        .parse()
        .unwrap_or(u32::MAX);
    if format > PACKAGE_FORMAT_VERSION {
        return Err(refused(
            "ชุดเกณฑ์นี้ทำด้วยโปรแกรมรุ่นใหม่กว่า กรุณาปรับรุ่นโปรแกรมก่อนนำเข้า",
            "This package was made by a newer program: update GECC Desk first.",
        ));
    }
    check_manifest(
        text("tagmanifest-sha256.txt")?,
        &["bagit.txt", "bag-info.txt", "manifest-sha256.txt"],
        &files,
    )?;
    check_manifest(
        text("manifest-sha256.txt")?,
        &[PACK_PATH, DATES_PATH],
        &files,
    )?;
    let signer = check_signature(
        text(SIGNATURE_FILE)?,
        file("tagmanifest-sha256.txt"),
        &single("GECC-Signing-Key")?,
    )?;
    let province = single("GECC-Province")?;
    if province.is_empty() || province.chars().count() > 300 {
        return Err(refused(
            "ชุดเกณฑ์ไม่ระบุจังหวัด",
            "The package names no province.",
        ));
    }
    let pack = parse_pack(file(PACK_PATH))?;
    let report_dates = dates(file(DATES_PATH))?;
    Ok(ProvincePackage {
        payload: PackagePayload {
            province,
            pack_bytes: pack.bytes.clone(),
            report_dates,
        },
        pack,
        signer,
        bagging_time: single("GECC-Bagging-Time")?,
        digest: sha256_hex(file("tagmanifest-sha256.txt")),
    })
}

/// The bag's files by their path in the bag; anything the format does not name is refused.
fn read_files(path: &Path) -> Result<HashMap<String, Vec<u8>>> {
    let limits = ZipLimits {
        max_entries: 32,
        max_total_uncompressed: 8 * MAX_PACKAGE_FILE,
        max_ratio: 100,
    };
    let mut zip = SafeZip::open(path, &limits).map_err(|p| refused(p.thai(), p.to_string()))?;
    let mut files = HashMap::new();
    for entry in zip.entries().to_vec() {
        if entry.is_dir {
            continue;
        }
        let name = entry
            .name
            .strip_prefix(&format!("{PACKAGE_BAG}/"))
            .filter(|name| FILES.contains(name))
            .ok_or_else(|| {
                refused(
                    format!("ไฟล์ {} ไม่ใช่ส่วนหนึ่งของชุดเกณฑ์จังหวัด อาจไม่ใช่ไฟล์ที่จังหวัดส่งมา", entry.name),
                    format!("{} is not part of a province package; this may not be the province's file.", entry.name),
                )
            })?;
        let bytes = zip
            .read_small(entry.index, MAX_PACKAGE_FILE)
            .map_err(|p| refused(p.thai(), p.to_string()))?;
        files.insert(name.to_string(), bytes);
    }
    if let Some(missing) = FILES.iter().find(|name| !files.contains_key(**name)) {
        return Err(refused(
            format!("ชุดเกณฑ์จังหวัดไม่มีไฟล์ {missing}"),
            format!("The package has no {missing}."),
        ));
    }
    Ok(files)
}

/// The manifest lists exactly `expected`, each with the SHA-256 of its bytes.
fn check_manifest(text: &str, expected: &[&str], files: &HashMap<String, Vec<u8>>) -> Result<()> {
    let entries =
        parse_manifest(text, 64).map_err(|e| refused(format!("รายการตรวจสอบเสียหาย: {e}"), e))?;
    let mut listed: Vec<&str> = entries.iter().map(|(_, path)| path.as_str()).collect();
    listed.sort_unstable();
    let mut wanted = expected.to_vec();
    wanted.sort_unstable();
    if listed != wanted {
        return Err(refused(
            "รายการตรวจสอบของชุดเกณฑ์ไม่ตรงกับไฟล์ในชุด",
            "The package's manifest does not list the files it holds.",
        ));
    }
    for (hash, path) in &entries {
        if files.get(path).map(|b| sha256_hex(b)) != Some(hash.to_lowercase()) {
            return Err(refused(
                format!("{path} ถูกแก้ไขหลังจังหวัดลงนาม ห้ามนำเข้า"),
                format!("{path} was changed after the province signed it. Do not import it."),
            ));
        }
    }
    Ok(())
}

fn check_signature(text: &str, tag_manifest: &[u8], declared_key: &str) -> Result<KeyInfo> {
    let fields = BagInfo::parse(text).unwrap_or_default();
    for label in ["Algorithm", "Public-Key", "Signature"] {
        if fields
            .0
            .iter()
            .filter(|(l, _)| l.eq_ignore_ascii_case(label))
            .count()
            != 1
        {
            return Err(refused(
                format!("{SIGNATURE_FILE} ต้องระบุ {label} หนึ่งครั้ง"),
                format!("{SIGNATURE_FILE} must give {label} once."),
            ));
        }
    }
    let key = fields.get("Public-Key").unwrap_or_default();
    let good = fields
        .get("Algorithm")
        .is_some_and(|a| a.eq_ignore_ascii_case("Ed25519"))
        && verify(
            key,
            fields.get("Signature").unwrap_or_default(),
            tag_manifest,
        )
        .is_ok()
        && declared_key == format!("ed25519:{key}");
    if !good {
        return Err(refused(
            "ลายมือชื่อดิจิทัลของชุดเกณฑ์ไม่ถูกต้อง ไฟล์ถูกแก้ไขหลังลงนาม ห้ามนำเข้า",
            "The package's signature does not verify: it was changed after signing. Do not import it.",
        ));
    }
    Ok(KeyInfo {
        fingerprint: fingerprint_of_base64(key),
        public_key: key.to_string(),
    })
}

/// The report dates: no repeated key, each year and kind once, each date as typed in the app.
fn dates(bytes: &[u8]) -> Result<Vec<ReportDates>> {
    let bad = |en: String| {
        refused(
            format!("กำหนดส่งรายงานในชุดเกณฑ์อ่านไม่ได้: {en}"),
            format!("The package's report dates cannot be read: {en}"),
        )
    };
    if let Some(key) = first_repeated_key(bytes).map_err(|e| bad(e.to_string()))? {
        return Err(bad(format!("the key {key} is given twice")));
    }
    let mut all: Vec<ReportDates> =
        serde_json::from_slice(bytes).map_err(|e| bad(e.to_string()))?;
    if all.len() > 30 {
        return Err(bad("more than 30 years and kinds".into()));
    }
    let mut seen = std::collections::HashSet::new();
    for dates in &mut all {
        if !seen.insert((dates.fiscal_year_be, dates.kind))
            || !(2500..=2700).contains(&dates.fiscal_year_be)
        {
            return Err(bad(format!(
                "fiscal year {} ({}) given twice or out of range",
                dates.fiscal_year_be,
                dates.kind.as_str()
            )));
        }
        let checked = crate::store::validate_report_dates(dates.dates.clone())?;
        if checked != dates.dates {
            return Err(bad("a date or title is not as the app would save it".into()));
        }
        dates.edited = true;
    }
    Ok(all)
}
