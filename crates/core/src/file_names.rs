//! File names that are safe on Windows, for every name the program writes to disk: the
//! original names of evidence are kept as data and may hold anything.
//!
//! The rules (Microsoft's "Naming Files, Paths, and Namespaces"): no control characters
//! and none of `< > : " / \ | ? *`; no trailing dot or space (Windows drops them, so
//! "ภาพ." and "ภาพ" would be one file); no device name before the first dot, in any
//! case (`CON`, `PRN`, `AUX`, `NUL`, `COM0`–`COM9`, `LPT0`–`LPT9`, with the superscript
//! digits ¹ ² ³ too, and `CONIN$`, `CONOUT$`); and short enough that the whole path stays
//! under 260 characters, counted in UTF-16 units as Windows counts them.

/// The longest name (in UTF-16 units, as Windows counts) we write.
const MAX_NAME_UNITS: usize = 200;

/// The longest extension kept when a name is shortened; a longer "extension" is more
/// likely a sentence with a dot in it than a file type.
const MAX_KEPT_EXTENSION_CHARS: usize = 10;

/// Whether Windows would open a device instead of a file for this name (one part of a
/// path): the stem before the first dot counts, whatever its case and however many
/// spaces follow it, so `con.txt`, `NUL.tar.gz` and `aux .pdf` are all devices.
pub fn is_device_name(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or("");
    let stem = stem.trim_end_matches(' ').to_uppercase();
    if matches!(
        stem.as_str(),
        "CON" | "PRN" | "AUX" | "NUL" | "CONIN$" | "CONOUT$"
    ) {
        return true;
    }
    // COM0 to COM9 and LPT0 to LPT9, and the superscript digits Windows also accepts.
    let mut characters = stem.chars();
    let prefix: String = characters.by_ref().take(3).collect();
    let rest: Vec<char> = characters.collect();
    (prefix == "COM" || prefix == "LPT")
        && matches!(rest.as_slice(), [digit] if digit.is_ascii_digit() || "¹²³".contains(*digit))
}

/// Whether Windows refuses this character anywhere in a name.
fn is_forbidden_character(character: char) -> bool {
    character.is_control() || "<>:\"/\\|?*".contains(character)
}

/// `name` made safe to create on Windows (and so anywhere): forbidden characters become
/// `_`, trailing dots and spaces go, reserved device names get a leading `_`, and a very
/// long name is shortened keeping its extension. Thai and emoji are kept.
pub fn windows_safe_name(name: &str) -> String {
    windows_safe_name_within(name, MAX_NAME_UNITS)
}

/// Like `windows_safe_name`, shortened to at most `max_units` UTF-16 units (as Windows
/// counts), for names that sit deep in a path that must stay under 260 characters.
/// `max_units` below 2 is taken as 2, the room a prefixed device name needs.
pub fn windows_safe_name_within(name: &str, max_units: usize) -> String {
    let max_units = max_units.max(2);
    let cleaned: String = name
        .chars()
        .map(|c| if is_forbidden_character(c) { '_' } else { c })
        .collect();
    let cleaned = cleaned.trim_end_matches(['.', ' ']).trim_start();
    let safe = fit(cleaned, max_units);
    if !is_device_name(&safe) {
        return safe;
    }
    // The prefix takes one unit, so the name is fitted again one unit shorter; the
    // shorter name may no longer be a device name ("COM1" shortened is "COM"), but a
    // leading `_` is harmless either way.
    format!("_{}", fit(cleaned, max_units - 1))
}

/// `name` (already free of forbidden characters) within `max_units` UTF-16 units,
/// keeping a short extension, never ending in a dot or a space, and never empty.
fn fit(name: &str, max_units: usize) -> String {
    let fitted = if name.encode_utf16().count() <= max_units {
        name.to_string()
    } else {
        let extension = name
            .rsplit_once('.')
            .map(|(_, extension)| format!(".{extension}"))
            .filter(|e| e.chars().count() <= MAX_KEPT_EXTENSION_CHARS)
            .filter(|e| e.encode_utf16().count() < max_units)
            .unwrap_or_default();
        let room = max_units - extension.encode_utf16().count();
        let mut stem = String::new();
        for c in name.chars() {
            if stem.encode_utf16().count() + c.len_utf16() > room {
                break;
            }
            stem.push(c);
        }
        format!("{}{extension}", stem.trim_end_matches(['.', ' ']))
    };
    let fitted = fitted.trim_end_matches(['.', ' ']);
    if fitted.is_empty() {
        "_".to_string()
    } else {
        fitted.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every rule of Windows' naming checked independently of the code above, so a test
    /// cannot pass by sharing the code's mistake.
    fn assert_windows_accepts(name: &str, max_units: usize) {
        assert!(!name.is_empty(), "a name is never empty");
        for forbidden in ['<', '>', ':', '"', '/', '\\', '|', '?', '*'] {
            assert!(!name.contains(forbidden), "{name:?} holds {forbidden:?}");
        }
        assert!(
            name.chars()
                .all(|c| c as u32 >= 32 && !(0x7f..=0x9f).contains(&(c as u32))),
            "{name:?} holds a control character"
        );
        assert!(
            !name.ends_with('.') && !name.ends_with(' '),
            "{name:?} ends in a dot or a space, which Windows drops"
        );
        let stem = name
            .split('.')
            .next()
            .unwrap()
            .trim_end()
            .to_ascii_uppercase();
        let devices = [
            "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "COM0", "COM1", "COM2", "COM3",
            "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³", "LPT0", "LPT1",
            "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
        ];
        assert!(!devices.contains(&stem.as_str()), "{name:?} is a device");
        assert!(
            name.encode_utf16().count() <= max_units,
            "{name:?} is longer than {max_units} UTF-16 units"
        );
    }

    #[test]
    fn forbidden_characters_become_underscores() {
        assert_eq!(
            windows_safe_name("คำสั่ง: ที่ 1/2568 <ใหม่>?.docx"),
            "คำสั่ง_ ที่ 1_2568 _ใหม่__.docx"
        );
        assert_eq!(
            windows_safe_name("a\\b|c*d\"e"),
            "a_b_c_d_e",
            "a backslash never reaches a name, where Windows would read a folder"
        );
        assert_eq!(
            windows_safe_name("line\nbreak\ttab\u{7f}\u{85}"),
            "line_break_tab__",
            "control characters (C0, DEL and C1) become underscores"
        );
    }

    #[test]
    fn every_device_name_gets_a_leading_underscore_in_any_case_and_with_any_extension() {
        let devices = [
            "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "COM0", "COM1", "COM9", "LPT0",
            "LPT1", "LPT9", "COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³",
        ];
        for device in devices {
            for name in [
                device.to_string(),
                device.to_lowercase(),
                format!("{device}.txt"),
                format!("{}.tar.gz", device.to_lowercase()),
                format!("{device} .pdf"),
                format!("{device}..."),
            ] {
                let safe = windows_safe_name(&name);
                assert!(safe.starts_with('_'), "{name:?} became {safe:?}");
                assert_windows_accepts(&safe, 200);
            }
        }
        assert_eq!(windows_safe_name("CON.txt"), "_CON.txt");
        assert_eq!(windows_safe_name("lpt1"), "_lpt1");
        assert_eq!(windows_safe_name("CONOUT$.log"), "_CONOUT$.log");
    }

    #[test]
    fn names_that_only_start_like_a_device_are_kept() {
        for name in [
            "CONTROL.txt",
            "COM10.txt",
            "LPT.pdf",
            "NULL.jpg",
            "AUXILIARY",
            "COM1A",
            "ก CON.txt",
        ] {
            assert_eq!(windows_safe_name(name), name, "only exact device names");
        }
    }

    #[test]
    fn trailing_dots_and_spaces_are_removed() {
        assert_eq!(windows_safe_name("รายงาน. . "), "รายงาน");
        assert_eq!(windows_safe_name("  รายงาน.pdf"), "รายงาน.pdf");
        assert_eq!(windows_safe_name("..."), "_");
        assert_eq!(windows_safe_name(" "), "_");
        assert_eq!(windows_safe_name(""), "_", "a name is never empty");
    }

    #[test]
    fn thai_and_emoji_are_kept() {
        assert_eq!(windows_safe_name("ภาพถ่าย 🙂.jpg"), "ภาพถ่าย 🙂.jpg");
        assert_eq!(
            windows_safe_name("คำสั่งแต่งตั้งคณะทำงาน ๒๕๖๘.pdf"),
            "คำสั่งแต่งตั้งคณะทำงาน ๒๕๖๘.pdf",
            "Thai digits and combining vowels are ordinary characters"
        );
    }

    #[test]
    fn long_names_are_shortened_keeping_the_extension() {
        let long = format!("{}.pdf", "ก".repeat(300));
        let safe = windows_safe_name(&long);
        assert!(safe.ends_with(".pdf"));
        assert_eq!(safe.encode_utf16().count(), 200);
        assert_windows_accepts(&safe, 200);
    }

    #[test]
    fn a_shortened_name_is_counted_in_utf16_units_so_emoji_count_twice() {
        let safe = windows_safe_name_within(&format!("{}.jpg", "🙂".repeat(40)), 20);
        assert_eq!(safe, format!("{}.jpg", "🙂".repeat(8)));
        assert_eq!(
            windows_safe_name_within("🙂🙂", 3),
            "🙂",
            "an emoji is never cut in half"
        );
    }

    #[test]
    fn shortening_never_leaves_a_trailing_dot_a_space_an_empty_name_or_a_device() {
        assert_eq!(
            windows_safe_name_within("รายงาน . ฉบับเต็ม.pdf", 11),
            "รายงาน.pdf"
        );
        assert_eq!(
            windows_safe_name_within("CONTROL.txt", 7),
            "_CO.txt",
            "CONTROL cut to CON would be a device"
        );
        assert_eq!(windows_safe_name_within("COM1.txt", 4), "_COM");
        assert_eq!(windows_safe_name_within(". . .", 5), "_");
        for max_units in 0..12 {
            for name in [
                "CONTROL.txt",
                "ก. . .pdf",
                "🙂🙂🙂.jpg",
                "nul",
                "   .",
                "a.verylongext",
            ] {
                let safe = windows_safe_name_within(name, max_units);
                assert_windows_accepts(&safe, max_units.max(2));
            }
        }
    }

    #[test]
    fn device_names_are_recognised_as_windows_does() {
        for device in ["CON", "con.txt", "Nul.tar.gz", "aux .pdf", "COM0", "lpt9.x"] {
            assert!(is_device_name(device), "{device} opens a device");
        }
        for device in ["COM¹", "lpt³.txt", "CONIN$", "conout$.log"] {
            assert!(is_device_name(device), "{device} opens a device");
        }
        for file in ["CONTROL", "COM10", "LPT", "COM⁴", "_CON", "ก", "", ".CON"] {
            assert!(!is_device_name(file), "{file:?} is an ordinary file");
        }
    }
}
