//! Thai line breaking done before Typst sees the text. Thai has no spaces between words
//! and Typst's own breaking (an LSTM model) sometimes cuts inside a word
//! ("ระเบียบกระทรว|งมหาดไทย"), which a province officer reads as a typo. So text from the
//! data is cut here into pieces at the points where ICU's dictionary and LSTM models both
//! allow a break, and the templates set each piece in an unbreakable box.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use icu_segmenter::LineSegmenter;
use serde::Serialize;

/// The dictionary model: the judge of what a Thai word is.
static DICTIONARY: LazyLock<LineSegmenter> = LazyLock::new(LineSegmenter::new_dictionary);
static LSTM: LazyLock<LineSegmenter> = LazyLock::new(LineSegmenter::new_lstm);

/// A piece wider than this many letters (marks above and below do not count) is cut
/// further: at the dictionary's breaks, then after `_ - / .`. A box wider than its cell
/// would be broken by Typst wherever its own model likes, so pieces are kept about as
/// narrow as the narrowest text column (2.5 cm at 14 pt).
const LONGEST_PIECE: usize = 10;

/// Letters that take room on the line: Thai vowels and tone marks written above or below
/// a consonant do not.
fn width_in_letters(text: &str) -> usize {
    text.chars()
        .filter(|c| !matches!(*c as u32, 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E))
        .count()
}

/// Text as the templates receive it: unbreakable pieces, `" "` where a space was and
/// `"\n"` where a line ended. Serialised as a JSON list of strings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Words(pub Vec<String>);

impl Words {
    /// The text the pieces came from, with runs of spaces as one space.
    pub fn text(&self) -> String {
        self.0.concat()
    }
}

/// Byte offsets inside `text` where the dictionary model allows a line break (neither 0
/// nor the end).
pub fn dictionary_breaks(text: &str) -> BTreeSet<usize> {
    inner_breaks(&DICTIONARY, text)
}

fn inner_breaks(segmenter: &LineSegmenter, text: &str) -> BTreeSet<usize> {
    segmenter
        .segment_str(text)
        .filter(|&offset| offset > 0 && offset < text.len())
        .collect()
}

/// Where a line may break: where both models agree; inside a piece that would still be
/// too long, wherever the dictionary allows.
fn agreed_breaks(text: &str) -> BTreeSet<usize> {
    let dictionary = dictionary_breaks(text);
    let lstm = inner_breaks(&LSTM, text);
    let mut breaks: BTreeSet<usize> = dictionary.intersection(&lstm).copied().collect();
    let mut start = 0;
    for end in breaks.clone().into_iter().chain([text.len()]) {
        if width_in_letters(&text[start..end]) > LONGEST_PIECE {
            breaks.extend(dictionary.range(start + 1..end));
        }
        start = end;
    }
    breaks
}

/// Cuts a piece that is still too long after the characters that end a part of a file
/// name or code, so `รายงาน_ผลสำรวจ_๒๕๖๘.pdf` can wrap in a narrow column.
fn split_long(piece: &str, pieces: &mut Vec<String>) {
    if width_in_letters(piece) <= LONGEST_PIECE {
        pieces.push(piece.to_string());
        return;
    }
    let mut current = String::new();
    for c in piece.chars() {
        current.push(c);
        if matches!(c, '_' | '-' | '/' | '.' | '\\') {
            pieces.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        pieces.push(current);
    }
}

/// Cuts `text` into unbreakable pieces (see [`Words`]).
pub fn words(text: &str) -> Words {
    let mut pieces: Vec<String> = Vec::new();
    for (index, line) in text.trim().lines().enumerate() {
        if index > 0 {
            pieces.push("\n".to_string());
        }
        let line = line.trim();
        let mut start = 0;
        for end in agreed_breaks(line).into_iter().chain([line.len()]) {
            let piece = &line[start..end];
            start = end;
            let word = piece.trim_end();
            if !word.is_empty() {
                split_long(word, &mut pieces);
            }
            if word.len() < piece.len() {
                pieces.push(" ".to_string());
            }
        }
    }
    Words(pieces)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thai_words_are_cut_only_between_words() {
        let words = words("ระเบียบกระทรวงมหาดไทย");
        assert!(
            words
                .0
                .iter()
                .all(|w| w != "งมหาดไทย" && !w.ends_with("กระทรว")),
            "no piece ends inside กระทรวง: {words:?}"
        );
        assert_eq!(words.text(), "ระเบียบกระทรวงมหาดไทย");
    }

    #[test]
    fn every_cut_is_a_dictionary_break() {
        let text = "ศูนย์ราชการสะดวกให้บริการประชาชนด้วยความรวดเร็วและเข้าถึงง่ายทุกช่องทาง";
        let allowed = dictionary_breaks(text);
        let mut offset = 0;
        for piece in &words(text).0[..words(text).0.len() - 1] {
            offset += piece.len();
            assert!(
                allowed.contains(&offset),
                "cut after {piece:?} is a word boundary"
            );
        }
    }

    #[test]
    fn spaces_and_line_ends_become_their_own_pieces() {
        let words = words("  สำนักทะเบียน อำเภอเมือง\nจังหวัดปัตตานี  ");
        assert!(words.0.contains(&" ".to_string()));
        assert!(words.0.contains(&"\n".to_string()));
        assert!(
            !words.0.first().unwrap().starts_with(' '),
            "leading spaces are dropped"
        );
        assert!(
            words.0.iter().all(|w| w == " " || !w.ends_with(' ')),
            "pieces carry no trailing space"
        );
    }

    #[test]
    fn a_long_file_name_can_wrap_after_its_separators() {
        let words = words("รายงานผลการสำรวจความพึงพอใจ_ปีงบประมาณ2568_ฉบับสมบูรณ์.pdf");
        assert!(
            words
                .0
                .iter()
                .all(|w| w.chars().count() <= LONGEST_PIECE + 16),
            "no piece is much longer than a narrow cell: {words:?}"
        );
    }

    #[test]
    fn empty_text_has_no_pieces() {
        assert!(words("   ").0.is_empty());
    }
}
