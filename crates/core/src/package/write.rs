//! Writing a province package: the payload, the BagIt tag files and the signature, in a
//! ZIP whose bytes depend only on what it holds and when it was made.

use std::io::Write;

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::{PackagePayload, DATES_PATH, PACKAGE_BAG, PACKAGE_FORMAT_VERSION, PACK_PATH};
use crate::bundle::{manifest_text, zip_time, BagInfo, BAGIT_TXT, SIGNATURE_FILE};
use crate::hashing::sha256_hex;
use crate::signing::{key_info, public_key_of, sign};

/// The file name a package is saved under: the province and the edition it carries.
pub fn package_file_name(province: &str, pack_id: &str, pack_version: u32) -> String {
    let province: String = province
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '\u{0E00}'..='\u{0E7F}'))
        .collect();
    format!("ชุดเกณฑ์จังหวัด{province}-{pack_id}-v{pack_version}.zip")
}

/// The ZIP of a package signed with `seed`, dated `bagging_time` (RFC 3339).
pub fn package_bytes(payload: &PackagePayload, seed: &[u8; 32], bagging_time: &str) -> Vec<u8> {
    let dates_json = serde_json::to_vec_pretty(&payload.report_dates).unwrap_or_default();
    let manifest = manifest_text(&[
        (sha256_hex(&payload.pack_bytes), PACK_PATH.to_string()),
        (sha256_hex(&dates_json), DATES_PATH.to_string()),
    ]);
    let key = key_info(&public_key_of(seed));
    let mut info = BagInfo::default();
    info.push(
        "Source-Organization",
        format!("ที่ทำการปกครองจังหวัด{}", payload.province),
    );
    info.push(
        "External-Description",
        "GECC province package: criteria pack edition and report dates",
    );
    info.push(
        "Bagging-Date",
        bagging_time.get(..10).unwrap_or(bagging_time),
    );
    info.push(
        "Payload-Oxum",
        format!("{}.2", payload.pack_bytes.len() + dates_json.len()),
    );
    info.push(
        "Bag-Software-Agent",
        format!("GECC Desk {}", crate::PROGRAM_VERSION),
    );
    info.push(
        "GECC-Package-Format-Version",
        PACKAGE_FORMAT_VERSION.to_string(),
    );
    info.push("GECC-Province", payload.province.clone());
    info.push("GECC-Bagging-Time", bagging_time);
    info.push("GECC-Signing-Key", format!("ed25519:{}", key.public_key));
    info.push("GECC-Key-Fingerprint", key.fingerprint.clone());
    let bag_info = info.to_text();
    let tag_manifest = manifest_text(&[
        (sha256_hex(BAGIT_TXT.as_bytes()), "bagit.txt".to_string()),
        (sha256_hex(bag_info.as_bytes()), "bag-info.txt".to_string()),
        (
            sha256_hex(manifest.as_bytes()),
            "manifest-sha256.txt".to_string(),
        ),
    ]);
    let signature = format!(
        "Algorithm: Ed25519\nSigned-File: tagmanifest-sha256.txt\nPublic-Key: {}\nFingerprint: {}\nSignature: {}\n",
        key.public_key,
        key.fingerprint,
        sign(seed, tag_manifest.as_bytes())
    );
    let files: [(&str, &[u8]); 7] = [
        ("bagit.txt", BAGIT_TXT.as_bytes()),
        ("bag-info.txt", bag_info.as_bytes()),
        ("manifest-sha256.txt", manifest.as_bytes()),
        ("tagmanifest-sha256.txt", tag_manifest.as_bytes()),
        (SIGNATURE_FILE, signature.as_bytes()),
        (PACK_PATH, &payload.pack_bytes),
        (DATES_PATH, &dates_json),
    ];
    let mut zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(zip_time(bagging_time))
        .unix_permissions(0o644);
    for (name, bytes) in files {
        zip.start_file(format!("{PACKAGE_BAG}/{name}"), options)
            .and_then(|()| zip.write_all(bytes).map_err(Into::into))
            .expect("writing to memory cannot fail");
    }
    zip.finish()
        .expect("writing to memory cannot fail")
        .into_inner()
}
