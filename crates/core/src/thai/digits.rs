//! Thai digits (๐๑๒๓๔๕๖๗๘๙), used in official print, and back.

/// Which digits to write numbers with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Digits {
    Thai,
    Arabic,
}

const THAI_ZERO: u32 = 0x0E50;

/// Replaces every ASCII digit with its Thai digit; everything else is kept.
pub fn to_thai_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) if c.is_ascii_digit() => char::from_u32(THAI_ZERO + d).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// Replaces every Thai digit with its ASCII digit, for reading typed or pasted numbers.
pub fn to_arabic_digits(text: &str) -> String {
    text.chars()
        .map(|c| {
            let code = c as u32;
            if (THAI_ZERO..THAI_ZERO + 10).contains(&code) {
                char::from_digit(code - THAI_ZERO, 10).unwrap_or(c)
            } else {
                c
            }
        })
        .collect()
}

impl Digits {
    pub fn apply(self, text: &str) -> String {
        match self {
            Digits::Thai => to_thai_digits(text),
            Digits::Arabic => text.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_ascii_digit_becomes_its_thai_digit() {
        assert_eq!(to_thai_digits("0123456789"), "๐๑๒๓๔๕๖๗๘๙");
    }

    #[test]
    fn non_digits_are_kept_as_they_are() {
        assert_eq!(to_thai_digits("หน้า 2 จาก 15, 3.5%"), "หน้า ๒ จาก ๑๕, ๓.๕%");
    }

    #[test]
    fn thai_digits_read_back_as_ascii() {
        assert_eq!(to_arabic_digits("๒๕๖๘ and ๐๙"), "2568 and 09");
        assert_eq!(
            to_arabic_digits(&to_thai_digits("fiscal 2570")),
            "fiscal 2570"
        );
    }
}
