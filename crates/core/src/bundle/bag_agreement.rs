//! Refusing a bag that says two things: a tag we read given twice, `bag-info.txt` naming
//! another office, round or pack than `assessment.json`, or an evidence entry whose size
//! is not its file's. Each would otherwise be read one way silently.

use std::collections::HashMap;

use super::bag::BagInfo;
use super::report::{ProblemCode, Refusal};
use super::AssessmentDocument;

/// The tags whose value we act on or show: each may be given once.
const READ_ONCE: &[&str] = &[
    "Source-Organization",
    "External-Identifier",
    "Bag-Group-Identifier",
    "Payload-Oxum",
    "Bagging-Date",
    "BagIt-Profile-Identifier",
];

/// A tag we read that is given more than once (GECC-* tags and RFC tags with one value).
pub fn repeated_tag(info: &BagInfo, file_name: &str) -> Result<(), Refusal> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (label, _) in &info.0 {
        let lower = label.to_ascii_lowercase();
        let read =
            lower.starts_with("gecc-") || READ_ONCE.iter().any(|t| t.eq_ignore_ascii_case(label));
        let count = seen.entry(lower).or_default();
        *count += 1;
        if read && *count == 2 {
            return Err(Refusal::new(
                ProblemCode::DuplicateTag,
                format!("{file_name} ระบุ {label} ซ้ำสองครั้ง จึงอ่านได้สองแบบ ไม่นำเข้า"),
                format!("{file_name} gives {label} twice, so it could be read two ways; refused."),
            ));
        }
    }
    Ok(())
}

/// `bag-info.txt` and the document must describe the same office, round and pack; a tag
/// a bag from another tool leaves out is not compared.
pub fn bag_info_agrees(info: &BagInfo, document: &AssessmentDocument) -> Result<(), Refusal> {
    let uid = &document.office.uid;
    let round = &document.round;
    let yes_no = |value: bool| if value { "yes" } else { "no" };
    let expected: [(&str, String); 8] = [
        ("Bag-Group-Identifier", format!("gecc-office:{uid}")),
        (
            "External-Identifier",
            format!(
                "gecc-round:{uid}/{}/{}",
                round.fiscal_year_be,
                round.kind.as_str()
            ),
        ),
        (
            "Source-Organization",
            one_line(&document.office.profile.name),
        ),
        ("GECC-Pack-Id", document.pack.id.clone()),
        ("GECC-Pack-Version", document.pack.version.to_string()),
        ("GECC-Pack-SHA256", document.pack.sha256.clone()),
        ("GECC-Summary-Only", yes_no(document.summary_only).into()),
        (
            "GECC-Personal-Data-Removed",
            yes_no(document.personal_data_removed).into(),
        ),
    ];
    for (label, wanted) in expected {
        let Some(given) = info.get(label) else {
            continue;
        };
        if given != wanted {
            return Err(Refusal::new(
                ProblemCode::BagInfoMismatch,
                format!("bag-info.txt ระบุ {label} เป็น \"{given}\" แต่ assessment.json ระบุ \"{wanted}\" ชุดข้อมูลขัดกันเอง ไม่นำเข้า"),
                format!("bag-info.txt gives {label} as \"{given}\" but assessment.json says \"{wanted}\": the bundle contradicts itself; refused."),
            ));
        }
    }
    Ok(())
}

/// A value as `BagInfo::push` writes it: on one line, trimmed.
fn one_line(value: &str) -> String {
    let line: String = value
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    line.trim().to_string()
}

/// Every evidence entry with a file declares that file's size.
pub fn evidence_sizes_agree(
    document: &AssessmentDocument,
    payload_sizes: &HashMap<String, u64>,
) -> Result<(), Refusal> {
    for record in &document.evidence {
        let Some(path) = &record.path else { continue };
        let Some(&size) = payload_sizes.get(path) else {
            continue;
        };
        if size != record.size {
            return Err(Refusal::new(
                ProblemCode::EvidenceSize,
                format!(
                    "หลักฐาน \"{}\" ระบุขนาด {} ไบต์ แต่ไฟล์ในชุดข้อมูลมี {size} ไบต์",
                    record.original_name, record.size
                ),
                format!(
                    "Evidence \"{}\" declares {} bytes, but its file in the bag has {size}.",
                    record.original_name, record.size
                ),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_we_read_given_twice_is_refused_in_any_case_and_others_may_repeat() {
        let info = BagInfo::parse("GECC-Bundle-Sequence: 1\ngecc-bundle-sequence: 2\n").unwrap();
        let refusal = repeated_tag(&info, "bag-info.txt").unwrap_err();
        assert_eq!(refusal.code, ProblemCode::DuplicateTag);
        assert!(
            refusal.en.contains("gecc-bundle-sequence"),
            "{}",
            refusal.en
        );
        let info = BagInfo::parse("Payload-Oxum: 1.1\nPayload-Oxum: 1.1\n").unwrap();
        assert!(
            repeated_tag(&info, "bag-info.txt").is_err(),
            "even the same value"
        );
        let info =
            BagInfo::parse("Contact-Name: ก\nContact-Name: ข\nX-Other: 1\nX-Other: 2\n").unwrap();
        assert!(
            repeated_tag(&info, "bag-info.txt").is_ok(),
            "RFC 8493 lets other tags repeat"
        );
    }
}
