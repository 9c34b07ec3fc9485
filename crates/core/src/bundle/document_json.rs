//! Reading `data/assessment.json` so that it can mean only one thing: a key given twice
//! in any object is refused (serde keeps the last one silently), the header is checked
//! before the body, and the body is read straight into the typed document, never into a
//! generic JSON value whose size only the file bounds.

use std::collections::HashSet;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use super::report::{ProblemCode, Refusal};
use super::{AssessmentDocument, ASSESSMENT_FORMAT, BUNDLE_FORMAT_VERSION};

/// The assessment document of a round with full history is a few MB; 64 MB leaves room
/// for years of notes while bounding what a hostile bundle can make us hold.
pub const MAX_DOCUMENT: u64 = 64 << 20;

/// Parses the document: no repeated key anywhere, our format and version, every field
/// the schema requires with the right type.
pub fn parse_document(bytes: &[u8]) -> Result<AssessmentDocument, Refusal> {
    if let Some(path) = first_repeated_key(bytes).map_err(not_json)? {
        return Err(Refusal::new(
            ProblemCode::DuplicateKey,
            format!("assessment.json ระบุ \"{path}\" ซ้ำสองครั้ง จึงอ่านได้สองแบบ ไม่นำเข้า"),
            format!(
                "assessment.json gives \"{path}\" twice, so it could be read two ways; refused."
            ),
        ));
    }
    /// Only the two fields that say whether the rest can be read at all.
    #[derive(Deserialize)]
    struct Header {
        format: Option<String>,
        format_version: Option<u64>,
    }
    let header: Header = serde_json::from_slice(bytes).map_err(|_| not_ours())?;
    if header.format.as_deref() != Some(ASSESSMENT_FORMAT) {
        return Err(not_ours());
    }
    let version = header.format_version.unwrap_or(0);
    if version == 0 || version > u64::from(BUNDLE_FORMAT_VERSION) {
        return Err(Refusal::new(
            ProblemCode::FormatTooNew,
            format!("assessment.json ใช้รูปแบบรุ่น {version} ซึ่งโปรแกรมนี้อ่านไม่ได้ (อ่านได้ถึงรุ่น {BUNDLE_FORMAT_VERSION}) กรุณาปรับปรุง GECC Desk"),
            format!("assessment.json uses format {version}, which this program cannot read (up to {BUNDLE_FORMAT_VERSION}). Update GECC Desk."),
        ));
    }
    serde_json::from_slice(bytes).map_err(|error| {
        Refusal::new(
            ProblemCode::Document,
            format!("assessment.json ขาดข้อมูลหรือข้อมูลผิดชนิด: {error}"),
            format!("assessment.json lacks data or has data of the wrong type: {error}"),
        )
    })
}

fn not_json(error: serde_json::Error) -> Refusal {
    Refusal::new(
        ProblemCode::Document,
        format!("assessment.json ไม่ใช่ JSON ที่ถูกต้อง: {error}"),
        format!("assessment.json is not valid JSON: {error}"),
    )
}

fn not_ours() -> Refusal {
    Refusal::new(
        ProblemCode::Document,
        "assessment.json ไม่ใช่เอกสารของ GECC Desk",
        "assessment.json is not a GECC Desk document.",
    )
}

/// The path (e.g. `answers[2].note`) of the first key repeated within one object, read
/// in one pass that keeps only the keys of the objects it is inside.
pub fn first_repeated_key(bytes: &[u8]) -> Result<Option<String>, serde_json::Error> {
    let mut walk = Walk::default();
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let result = Step(&mut walk).deserialize(&mut deserializer);
    if walk.repeated.is_some() {
        return Ok(walk.repeated);
    }
    result?;
    deserializer.end()?;
    Ok(None)
}

#[derive(Default)]
struct Walk {
    path: Vec<String>,
    repeated: Option<String>,
}

/// One value of the document; an object's keys are compared as they are read.
struct Step<'a>(&'a mut Walk);

impl<'de> DeserializeSeed<'de> for Step<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Step<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0usize;
        loop {
            self.0.path.push(format!("[{index}]"));
            let more = seq.next_element_seed(Step(&mut *self.0))?;
            self.0.path.pop();
            if more.is_none() {
                return Ok(());
            }
            index += 1;
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut keys = HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            let dot = if self.0.path.is_empty() { "" } else { "." };
            if !keys.insert(key.clone()) {
                self.0.repeated = Some(format!("{}{dot}{key}", self.0.path.concat()));
                return Err(serde::de::Error::custom("repeated key"));
            }
            self.0.path.push(format!("{dot}{key}"));
            map.next_value_seed(Step(&mut *self.0))?;
            self.0.path.pop();
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_repeated_at_any_depth_is_found_with_its_path() {
        assert_eq!(
            first_repeated_key(br#"{"a": 1, "b": [{"c": 1}, {"c": 2, "c": 3}]}"#).unwrap(),
            Some("b[1].c".into())
        );
        assert_eq!(
            first_repeated_key(br#"{"format": "x", "format": "y"}"#).unwrap(),
            Some("format".into())
        );
        assert_eq!(
            first_repeated_key("{\"ชื่อ\": {\"บันทึก\": 1, \"บันทึก\": 2}}".as_bytes()).unwrap(),
            Some("ชื่อ.บันทึก".into()),
            "a Thai key prints as typed"
        );
        assert_eq!(
            first_repeated_key(br#"{"a": {"x": 1}, "b": {"x": 1}}"#).unwrap(),
            None,
            "the same key in two objects is not a repeat"
        );
        assert!(first_repeated_key(br#"{"a": 1"#).is_err(), "broken JSON");
        assert!(
            first_repeated_key(br#"{"a": 1} x"#).is_err(),
            "trailing text"
        );
    }

    #[test]
    fn keys_written_with_escapes_compare_as_the_text_they_mean() {
        assert_eq!(
            first_repeated_key(br#"{"note": 1, "n\u006fte": 2}"#).unwrap(),
            Some("note".into())
        );
    }
}
