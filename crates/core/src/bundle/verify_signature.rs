//! Check 5 of docs/bundle-format.md: our Ed25519 signature over the tag manifest. A bag
//! without one is let through with a warning (the import decides, check 13); a bad one
//! never is.

use super::bag::BagInfo;
use super::checks::Flow;
use super::report::ProblemCode;
use super::tag_files::SIGNATURE_FILE;
use super::verify_bag::BagCheck;
use crate::error::Result;
use crate::signing::{fingerprint_of_base64, verify as verify_signature, KeyInfo};

/// Check 5; it never stops the checks (check 6 does, on any problem so far).
pub(crate) fn signature(bag: &mut BagCheck<'_>) -> Result<Flow> {
    bag.signer = signer(bag);
    Ok(Flow::Next)
}

/// The key that signed the bag, or None (with a warning or a problem filed).
fn signer(bag: &mut BagCheck<'_>) -> Option<KeyInfo> {
    let file = bag.file.clone();
    let Some(bytes) = bag.read_tag(SIGNATURE_FILE) else {
        bag.verdict.warning(
            &file,
            SIGNATURE_FILE,
            ProblemCode::Unsigned,
            "ชุดข้อมูลนี้ไม่มีลายมือชื่อดิจิทัล จึงยืนยันไม่ได้ว่ามาจากสำนักงานใด".into(),
            "This bundle is not signed, so nothing shows which office made it.".into(),
        );
        return None;
    };
    let verdict = &mut bag.verdict;
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let fields = BagInfo::parse(&text).unwrap_or_default();
    // Two keys or two signatures: whichever we read, the other could be meant.
    let repeated = ["Algorithm", "Public-Key", "Signature"]
        .into_iter()
        .find(|label| {
            fields
                .0
                .iter()
                .filter(|(l, _)| l.eq_ignore_ascii_case(label))
                .count()
                > 1
        });
    if let Some(label) = repeated {
        verdict.problem(
            &file,
            SIGNATURE_FILE,
            ProblemCode::DuplicateTag,
            format!("{SIGNATURE_FILE} ระบุ {label} ซ้ำสองครั้ง จึงอ่านได้สองแบบ ไม่นำเข้า"),
            format!("{SIGNATURE_FILE} gives {label} twice, so it could be read two ways; refused."),
        );
        return None;
    }
    let key = fields.get("Public-Key").unwrap_or("").to_string();
    let signature = fields.get("Signature").unwrap_or("");
    let mut fail = |th: String, en: String| {
        verdict.problem(&file, SIGNATURE_FILE, ProblemCode::Signature, th, en);
    };
    if !fields
        .get("Algorithm")
        .is_some_and(|a| a.eq_ignore_ascii_case("Ed25519"))
    {
        fail(
            "ลายมือชื่อดิจิทัลใช้วิธีที่ไม่รู้จัก".into(),
            "The signature uses an unknown algorithm.".into(),
        );
        return None;
    }
    if verify_signature(&key, signature, &bag.tag_manifest).is_err() {
        fail(
            "ลายมือชื่อดิจิทัลไม่ถูกต้อง ชุดข้อมูลถูกแก้ไขหลังลงนาม หรือไม่ได้มาจากเครื่องที่อ้าง ห้ามนำเข้า".into(),
            "The signature does not verify: the bundle was changed after signing, or did not come from the PC it claims. Do not import it.".into(),
        );
        return None;
    }
    if bag.bag_info.get("GECC-Signing-Key") != Some(format!("ed25519:{key}").as_str()) {
        fail(
            "กุญแจใน bag-info.txt ไม่ตรงกับกุญแจที่ลงนาม".into(),
            "The key in bag-info.txt is not the key that signed.".into(),
        );
        return None;
    }
    // The signature covers the payload only through these files.
    for needed in ["bagit.txt", "bag-info.txt", "manifest-sha256.txt"] {
        if !bag.tag_entries.iter().any(|(_, name)| name == needed) {
            fail(
                format!("tagmanifest-sha256.txt ไม่ได้ครอบคลุม {needed} ลายมือชื่อจึงไม่คุ้มครองเนื้อหา"),
                format!("tagmanifest-sha256.txt does not cover {needed}, so the signature would not protect the contents."),
            );
            return None;
        }
    }
    Some(KeyInfo {
        fingerprint: fingerprint_of_base64(&key),
        public_key: key,
    })
}
