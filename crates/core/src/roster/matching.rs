//! Whether an office that sent a bundle is the one a roster entry means. Clerks type
//! their province and district as they like ("อ.เมือง", "อำเภอเมืองปัตตานี", "จ.ปัตตานี"),
//! so names are compared without the words for province and district, spaces or case.

/// The name with the words for province or district and every space taken away.
fn bare(name: &str, prefixes: &[&str]) -> String {
    let squeezed: String = name.chars().filter(|c| !c.is_whitespace()).collect();
    let mut rest = squeezed.as_str();
    for prefix in prefixes {
        if let Some(stripped) = rest.strip_prefix(prefix) {
            rest = stripped;
            break;
        }
    }
    rest.to_lowercase()
}

const PROVINCE_WORDS: &[&str] = &["จังหวัด", "จ."];
const DISTRICT_WORDS: &[&str] = &["กิ่งอำเภอ", "อำเภอ", "อ.", "เขต", "สำนักงานเขต"];

/// A province as compared: "จังหวัดปัตตานี", "จ. ปัตตานี" and "ปัตตานี" give one key; so
/// do "กทม." and "กรุงเทพมหานคร". Empty for a blank name, which matches nothing.
pub fn province_key(name: &str) -> String {
    let name = bare(name, PROVINCE_WORDS);
    match name.as_str() {
        "กทม." | "กทม" | "กรุงเทพฯ" | "กรุงเทพ" => {
            "กรุงเทพมหานคร".to_string()
        }
        _ => name,
    }
}

/// A district of `province` as compared: "อ.เมือง" is the province's own เมือง district
/// ("เมืองปัตตานี"), as clerks of that district often write it.
pub fn district_key(province: &str, name: &str) -> String {
    let name = bare(&bare(name, &["สำนักงานเขต"]), DISTRICT_WORDS);
    if name == "เมือง" {
        format!("เมือง{}", bare(province, PROVINCE_WORDS))
    } else {
        name
    }
}

/// An office name typed by people, as compared: without spaces, in lower case.
pub fn name_key(name: &str) -> String {
    bare(name, &[])
}

/// "จังหวัดปัตตานี", "จ. ปัตตานี" and "ปัตตานี" are one province; so are "กทม." and
/// "กรุงเทพมหานคร".
pub fn same_province(a: &str, b: &str) -> bool {
    let (a, b) = (province_key(a), province_key(b));
    !a.is_empty() && a == b
}

/// Whether two district names in `province` are one.
pub fn same_district(province: &str, a: &str, b: &str) -> bool {
    let (a, b) = (district_key(province, a), district_key(province, b));
    !a.is_empty() && a == b
}

/// Office names typed by people: equal but for spaces and letter case.
pub fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (name_key(a), name_key(b));
    !a.is_empty() && a == b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provinces_and_districts_match_however_a_clerk_wrote_them() {
        assert!(same_province("จังหวัดปัตตานี", "ปัตตานี"));
        assert!(same_province("จ. ปัตตานี", "ปัตตานี"));
        assert!(same_province("กทม.", "กรุงเทพมหานคร"));
        assert!(!same_province("ปัตตานี", "ยะลา"));
        assert!(!same_province("", ""), "two blanks are not a match");
        assert!(same_district("ปัตตานี", "อำเภอเมืองปัตตานี", "เมืองปัตตานี"));
        assert!(same_district("ปัตตานี", "อ.เมือง", "เมืองปัตตานี"));
        assert!(same_district("จังหวัดปัตตานี", "เมือง", "อำเภอเมืองปัตตานี"));
        assert!(same_district("ปัตตานี", "หนองจิก ", "อำเภอ หนองจิก"));
        assert!(same_district("กรุงเทพมหานคร", "เขตพระนคร", "พระนคร"));
        assert!(same_district("กรุงเทพมหานคร", "สำนักงานเขตพระนคร", "พระนคร"));
        assert!(!same_district("ปัตตานี", "หนองจิก", "ยะรัง"));
        assert!(!same_district("ยะลา", "เมือง", "เมืองปัตตานี"));
        assert!(same_name("เทศบาลตำบล ตะลุโบะ", "เทศบาลตำบลตะลุโบะ"));
        assert!(!same_name("อบต.บาราเฮาะ", "อบต.ปุยุด"));
    }
}
