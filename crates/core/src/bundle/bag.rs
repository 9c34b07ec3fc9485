//! The text files of a BagIt 1.0 bag (RFC 8493): `bagit.txt`, `bag-info.txt` and the
//! manifests, written and read exactly as the RFC says so other tools agree with us.

/// The bag declaration; every bag we write is version 1.0 in UTF-8.
pub const BAGIT_TXT: &str = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";

/// Labelled values of `bag-info.txt`, in order. Labels may repeat.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BagInfo(pub Vec<(String, String)>);

impl BagInfo {
    pub fn push(&mut self, label: &str, value: impl Into<String>) {
        // A value must stay on one line: line breaks and other controls become spaces.
        let value: String = value
            .into()
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        self.0.push((label.to_string(), value.trim().to_string()));
    }

    /// The first value of `label` (labels compare without regard to case).
    pub fn get(&self, label: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(l, _)| l.eq_ignore_ascii_case(label))
            .map(|(_, v)| v.as_str())
    }

    pub fn to_text(&self) -> String {
        self.0
            .iter()
            .map(|(label, value)| format!("{label}: {value}\n"))
            .collect()
    }

    /// Reads `label: value` lines; a line starting with white space continues the value
    /// above it.
    pub fn parse(text: &str) -> Result<BagInfo, String> {
        let mut info = BagInfo::default();
        for (number, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            if line.starts_with([' ', '\t']) {
                let Some((_, value)) = info.0.last_mut() else {
                    return Err(format!("line {} continues nothing", number + 1));
                };
                value.push(' ');
                value.push_str(line.trim());
                continue;
            }
            let Some((label, value)) = line.split_once(':') else {
                return Err(format!("line {} has no label", number + 1));
            };
            if label.trim().is_empty() {
                return Err(format!("line {} has an empty label", number + 1));
            }
            info.0
                .push((label.trim().to_string(), value.trim().to_string()));
        }
        Ok(info)
    }
}

/// Reads `bagit.txt`: returns the version if it is the declaration of a UTF-8 bag.
pub fn parse_bagit_txt(text: &str) -> Result<String, String> {
    let info = BagInfo::parse(text)?;
    for label in ["BagIt-Version", "Tag-File-Character-Encoding"] {
        let given = info.0.iter().filter(|(l, _)| l.eq_ignore_ascii_case(label));
        if given.count() > 1 {
            return Err(format!("bagit.txt gives {label} twice"));
        }
    }
    let version = info
        .get("BagIt-Version")
        .ok_or("bagit.txt has no BagIt-Version")?;
    let encoding = info
        .get("Tag-File-Character-Encoding")
        .ok_or("bagit.txt has no Tag-File-Character-Encoding")?;
    if !encoding.eq_ignore_ascii_case("UTF-8") {
        return Err(format!("tag files in {encoding} are not supported"));
    }
    Ok(version.to_string())
}

/// Percent-encodes what RFC 8493 says must be: `%`, CR and LF.
pub fn encode_manifest_path(path: &str) -> String {
    path.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn decode_manifest_path(path: &str) -> String {
    path.replace("%0A", "\n")
        .replace("%0a", "\n")
        .replace("%0D", "\r")
        .replace("%0d", "\r")
        .replace("%25", "%")
}

pub fn manifest_text(entries: &[(String, String)]) -> String {
    entries
        .iter()
        .map(|(hash, path)| format!("{hash}  {}\n", encode_manifest_path(path)))
        .collect()
}

/// Reads a manifest into (lowercase hash, path) pairs, refusing malformed lines.
pub fn parse_manifest(text: &str, hex_digits: usize) -> Result<Vec<(String, String)>, String> {
    let mut entries = Vec::new();
    // A path listed twice would be hashed once per line: a few kilobytes of repeats
    // could keep a verifier busy for hours.
    let mut listed = std::collections::HashSet::new();
    for (number, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let (hash, path) = line
            .split_once([' ', '\t'])
            .ok_or_else(|| format!("line {} has no path", number + 1))?;
        let path = path.trim_start_matches([' ', '\t']);
        if hash.len() != hex_digits || !hash.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(format!("line {} has no valid checksum", number + 1));
        }
        if path.is_empty() {
            return Err(format!("line {} has no path", number + 1));
        }
        let path = decode_manifest_path(path);
        if !listed.insert(path.clone()) {
            return Err(format!("line {} lists {path} again", number + 1));
        }
        entries.push((hash.to_ascii_lowercase(), path));
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_declaration_giving_its_version_twice_is_refused() {
        let text = "BagIt-Version: 1.0\nBagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n";
        assert_eq!(
            parse_bagit_txt(text),
            Err("bagit.txt gives BagIt-Version twice".to_string())
        );
        assert_eq!(parse_bagit_txt(BAGIT_TXT), Ok("1.0".to_string()));
    }

    #[test]
    fn a_manifest_listing_one_path_twice_is_refused() {
        let hash = "a".repeat(64);
        let text = format!("{hash}  data/a.jpg\n{hash}  data/b.jpg\n{hash}  data/a.jpg\n");
        assert_eq!(
            parse_manifest(&text, 64),
            Err("line 3 lists data/a.jpg again".to_string()),
            "each line would be hashed again: a path is listed once"
        );
    }

    #[test]
    fn bag_info_round_trips_thai_values_and_continuation_lines() {
        let mut info = BagInfo::default();
        info.push("Source-Organization", "ที่ว่าการอำเภอเมืองปัตตานี");
        info.push("Contact-Name", "สมหญิง\nใจดี");
        let parsed = BagInfo::parse(&info.to_text()).unwrap();
        assert_eq!(
            parsed.get("source-organization"),
            Some("ที่ว่าการอำเภอเมืองปัตตานี")
        );
        assert_eq!(
            parsed.get("Contact-Name"),
            Some("สมหญิง ใจดี"),
            "a value stays on one line"
        );
        let folded = BagInfo::parse("External-Description: one\n  two\n").unwrap();
        assert_eq!(folded.get("External-Description"), Some("one two"));
    }

    #[test]
    fn manifest_paths_with_percent_and_line_breaks_are_encoded_and_decoded() {
        let hash = "a".repeat(64);
        let entries = vec![(hash.clone(), "data/100% ป้าย\nใหม่.jpg".to_string())];
        let text = manifest_text(&entries);
        assert_eq!(text.lines().count(), 1, "one line per file: {text}");
        assert_eq!(parse_manifest(&text, 64).unwrap(), entries);
        assert!(
            parse_manifest("abc data/x\n", 64).is_err(),
            "a short checksum is refused"
        );
    }
}
