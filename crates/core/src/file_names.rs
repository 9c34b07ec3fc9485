//! File names that are safe on Windows, for every name the program writes to disk: the
//! original names of evidence are kept as data and may hold anything.

/// Names Windows reserves for devices, with or without an extension.
const RESERVED: [&str; 22] = [
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
    "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

/// The longest name (in UTF-16 units, as Windows counts) we write.
const MAX_NAME_UNITS: usize = 200;

/// `name` made safe to create on Windows (and so anywhere): forbidden characters become
/// `_`, trailing dots and spaces go, reserved device names get a leading `_`, and a very
/// long name is shortened keeping its extension. Thai and emoji are kept.
pub fn windows_safe_name(name: &str) -> String {
    windows_safe_name_within(name, MAX_NAME_UNITS)
}

/// Like `windows_safe_name`, shortened to at most `max_units` UTF-16 units (as Windows
/// counts), for names that sit deep in a path that must stay under 260 characters.
pub fn windows_safe_name_within(name: &str, max_units: usize) -> String {
    let mut safe: String = name
        .chars()
        .map(|c| {
            if c.is_control() || "<>:\"/\\|?*".contains(c) {
                '_'
            } else {
                c
            }
        })
        .collect();
    safe = safe.trim_end_matches(['.', ' ']).trim_start().to_string();
    if safe.is_empty() {
        safe = "_".to_string();
    }
    let stem = safe
        .split('.')
        .next()
        .unwrap_or("")
        .trim_end()
        .to_uppercase();
    if RESERVED.contains(&stem.as_str()) {
        safe.insert(0, '_');
    }
    if safe.encode_utf16().count() > max_units {
        let extension = safe
            .rsplit_once('.')
            .map(|(_, e)| format!(".{e}"))
            .filter(|e| e.chars().count() <= 10)
            .unwrap_or_default();
        let mut shortened = String::new();
        for c in safe.chars() {
            if shortened.encode_utf16().count() + c.len_utf16() + extension.encode_utf16().count()
                > max_units
            {
                break;
            }
            shortened.push(c);
        }
        safe = format!("{}{extension}", shortened.trim_end_matches(['.', ' ']));
    }
    safe
}

#[cfg(test)]
mod tests {
    use super::windows_safe_name;

    #[test]
    fn forbidden_characters_become_underscores() {
        assert_eq!(
            windows_safe_name("คำสั่ง: ที่ 1/2568 <ใหม่>?.docx"),
            "คำสั่ง_ ที่ 1_2568 _ใหม่__.docx"
        );
    }

    #[test]
    fn reserved_device_names_are_prefixed() {
        assert_eq!(windows_safe_name("CON.txt"), "_CON.txt");
        assert_eq!(windows_safe_name("lpt1"), "_lpt1");
        assert_eq!(
            windows_safe_name("CONTROL.txt"),
            "CONTROL.txt",
            "only the exact device names"
        );
    }

    #[test]
    fn trailing_dots_and_spaces_are_removed() {
        assert_eq!(windows_safe_name("รายงาน. . "), "รายงาน");
        assert_eq!(windows_safe_name("..."), "_");
    }

    #[test]
    fn thai_and_emoji_are_kept() {
        assert_eq!(windows_safe_name("ภาพถ่าย 🙂.jpg"), "ภาพถ่าย 🙂.jpg");
    }

    #[test]
    fn long_names_are_shortened_keeping_the_extension() {
        let long = format!("{}.pdf", "ก".repeat(300));
        let safe = windows_safe_name(&long);
        assert!(safe.ends_with(".pdf"));
        assert!(safe.encode_utf16().count() <= 200);
    }
}
