//! Who is making a change, for the history, events and bundles. Offices share PCs and
//! the program has no logins, so the person working says who they are: in the app they
//! pick their name from the office's staff list (`Store::staff`), in the CLI with
//! `--by NAME`. The operating system's login named the PC, not the clerk, and is not
//! used; a change nobody claimed is recorded as "unknown".

use crate::error::{Error, Result};

/// What the history records when nobody said who they are.
pub const UNKNOWN: &str = "unknown";

/// A person's name as bundles carry it (`bundle::document_rules`): one line, no control
/// characters, at most this many characters, no spaces around it.
pub const MAX_PERSON_CHARS: usize = 200;

/// A typed name made ready to record: trimmed, then refused when empty, too long or
/// holding control characters (a bundle carrying it would be refused on import).
pub fn person_name(typed: &str) -> Result<String> {
    let name = typed.trim();
    if name.is_empty() {
        return Err(Error::invalid("ต้องระบุชื่อ", "A name is needed."));
    }
    if name.chars().count() > MAX_PERSON_CHARS {
        return Err(Error::invalid(
            format!("ชื่อยาวเกิน {MAX_PERSON_CHARS} ตัวอักษร"),
            format!("The name is longer than {MAX_PERSON_CHARS} characters."),
        ));
    }
    if name.chars().any(char::is_control) {
        return Err(Error::invalid(
            "ชื่อต้องอยู่ในบรรทัดเดียว ไม่มีอักขระควบคุม",
            "A name is one line, without control characters.",
        ));
    }
    Ok(name.to_string())
}

/// The name to record for a change by `person`, or "unknown".
pub fn actor_or_unknown(person: Option<&str>) -> String {
    person.map_or_else(|| UNKNOWN.to_string(), str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_trimmed_and_kept_on_one_line_within_what_bundles_accept() {
        assert_eq!(person_name("  นางสาวสมศรี ใจดี ").unwrap(), "นางสาวสมศรี ใจดี");
        assert!(person_name("   ").is_err());
        assert!(person_name("สมศรี\nใจดี").is_err());
        assert!(person_name(&"ก".repeat(MAX_PERSON_CHARS + 1)).is_err());
        assert_eq!(
            person_name(&"ก".repeat(MAX_PERSON_CHARS))
                .unwrap()
                .chars()
                .count(),
            MAX_PERSON_CHARS
        );
    }

    #[test]
    fn a_change_nobody_claimed_is_recorded_as_unknown() {
        assert_eq!(actor_or_unknown(None), "unknown");
        assert_eq!(actor_or_unknown(Some("สมศรี")), "สมศรี");
    }
}
