//! The tag files of one bundle, computed before any byte is written: the manifests list
//! hashes the store already knows (evidence is named by its SHA-256), so the bag's
//! declaration, manifests and signature can lead the ZIP and a reader meets them first.

use super::bag::{manifest_text, BagInfo, BAGIT_TXT};
use super::names::ASSESSMENT_PATH;
use super::{privacy, AssessmentDocument, BUNDLE_FORMAT_VERSION};
use crate::hashing::sha256_hex;
use crate::signing::{key_info, public_key_of, sign};
use crate::store::BundleContents;

/// Names our BagIt profile (assets/bundle/bagit-profile.json); an identifier, never fetched.
pub const BAGIT_PROFILE_IDENTIFIER: &str = "https://gecc-desk.invalid/bagit-profile/v1.json";

/// The signature file: not listed in the tag manifest, because it signs that manifest.
pub const SIGNATURE_FILE: &str = "gecc-signature.txt";

/// Every small file of the bag, with the document and the bundle's digest.
#[derive(Debug, Clone)]
pub struct TagFiles {
    pub assessment_json: Vec<u8>,
    /// (bag path, bytes) of bagit.txt, bag-info.txt, the manifests and the signature.
    pub files: Vec<(String, Vec<u8>)>,
    /// SHA-256 of tagmanifest-sha256.txt.
    pub digest: String,
    pub fingerprint: String,
}

/// Builds the tag files of `contents` as of `bagging_date` (RFC 3339, local time).
pub fn tag_files(
    contents: &BundleContents,
    remove_personal_data: bool,
    bagging_date: &str,
) -> TagFiles {
    let mut document: AssessmentDocument = contents.document.clone();
    if remove_personal_data {
        privacy::remove_personal_data(&mut document);
    }
    let assessment_json = serde_json::to_vec_pretty(&document).unwrap_or_default();

    let mut manifest: Vec<(String, String)> = contents
        .evidence
        .iter()
        .map(|file| (file.sha256.clone(), file.bag_path.clone()))
        .collect();
    manifest.push((sha256_hex(&assessment_json), ASSESSMENT_PATH.to_string()));
    for printed in &contents.printed {
        manifest.push((sha256_hex(&printed.bytes), printed.bag_path.clone()));
    }
    manifest.sort_by(|a, b| a.1.cmp(&b.1));
    let payload_bytes = assessment_json.len() as u64
        + contents.evidence.iter().map(|f| f.size).sum::<u64>()
        + contents
            .printed
            .iter()
            .map(|p| p.bytes.len() as u64)
            .sum::<u64>();
    let payload_files = manifest.len() as u64;

    let key = key_info(&public_key_of(&contents.signing_seed));
    let office = &document.office;
    let round = &document.round;
    let round_identifier = format!(
        "gecc-round:{}/{}/{}",
        office.uid,
        round.fiscal_year_be,
        round.kind.as_str()
    );
    let mut info = BagInfo::default();
    info.push("Source-Organization", office.profile.name.clone());
    let address = [
        office.profile.district.as_str(),
        office.profile.province.as_str(),
    ]
    .iter()
    .filter(|part| !part.is_empty())
    .copied()
    .collect::<Vec<_>>()
    .join(", ");
    if !address.is_empty() {
        info.push("Organization-Address", address);
    }
    info.push("Contact-Name", office.profile.officer_name.clone());
    info.push("Contact-Phone", office.profile.officer_phone.clone());
    info.push("Contact-Email", office.profile.officer_email.clone());
    info.push(
        "External-Description",
        format!(
            "GECC self-assessment, fiscal year {} ({}), {}",
            round.fiscal_year_be,
            round.kind.as_str(),
            if document.summary_only {
                "summary only"
            } else {
                "with evidence"
            }
        ),
    );
    info.push(
        "Bagging-Date",
        bagging_date.get(..10).unwrap_or(bagging_date),
    );
    info.push("External-Identifier", round_identifier);
    info.push(
        "Bag-Group-Identifier",
        format!("gecc-office:{}", office.uid),
    );
    info.push("Payload-Oxum", format!("{payload_bytes}.{payload_files}"));
    info.push(
        "Bag-Software-Agent",
        format!("GECC Desk {}", crate::PROGRAM_VERSION),
    );
    info.push("BagIt-Profile-Identifier", BAGIT_PROFILE_IDENTIFIER);
    info.push("GECC-Format-Version", BUNDLE_FORMAT_VERSION.to_string());
    info.push("GECC-Program-Version", crate::PROGRAM_VERSION);
    info.push("GECC-Bagging-Time", bagging_date);
    info.push("GECC-Pack-Id", document.pack.id.clone());
    info.push("GECC-Pack-Version", document.pack.version.to_string());
    info.push("GECC-Pack-SHA256", document.pack.sha256.clone());
    info.push("GECC-Bundle-Sequence", contents.sequence.to_string());
    info.push(
        "GECC-Previous-Bundle-SHA256",
        contents.previous_digest.clone(),
    );
    info.push("GECC-Summary-Only", yes_no(document.summary_only));
    info.push(
        "GECC-Personal-Data-Removed",
        yes_no(document.personal_data_removed),
    );
    info.push("GECC-Signing-Key", format!("ed25519:{}", key.public_key));
    info.push("GECC-Key-Fingerprint", key.fingerprint.clone());

    let bag_info = info.to_text().into_bytes();
    let manifest = manifest_text(&manifest).into_bytes();
    let tag_manifest = manifest_text(&[
        (sha256_hex(BAGIT_TXT.as_bytes()), "bagit.txt".to_string()),
        (sha256_hex(&bag_info), "bag-info.txt".to_string()),
        (sha256_hex(&manifest), "manifest-sha256.txt".to_string()),
    ])
    .into_bytes();
    let digest = sha256_hex(&tag_manifest);
    let signature = format!(
        "Algorithm: Ed25519\nSigned-File: tagmanifest-sha256.txt\nPublic-Key: {}\nFingerprint: {}\nSignature: {}\n",
        key.public_key,
        key.fingerprint,
        sign(&contents.signing_seed, &tag_manifest)
    );
    TagFiles {
        assessment_json,
        files: vec![
            ("bagit.txt".to_string(), BAGIT_TXT.as_bytes().to_vec()),
            ("bag-info.txt".to_string(), bag_info),
            ("manifest-sha256.txt".to_string(), manifest),
            ("tagmanifest-sha256.txt".to_string(), tag_manifest),
            (SIGNATURE_FILE.to_string(), signature.into_bytes()),
        ],
        digest,
        fingerprint: key.fingerprint,
    }
}

fn yes_no(value: bool) -> &'static str {
    if value {
        "yes"
    } else {
        "no"
    }
}
