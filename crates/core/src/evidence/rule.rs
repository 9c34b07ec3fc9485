//! Evidence rules: which kinds of evidence an item needs, written in the pack as a small
//! expression such as `photo & (order | minutes)` ("a photo, and an order or minutes"),
//! and what is still missing given the evidence attached.

use std::fmt;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A parsed rule. `&` binds tighter than `|`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum EvidenceRule {
    /// At least one file of this evidence type.
    Type { id: String },
    /// Every part.
    All { of: Vec<EvidenceRule> },
    /// At least one part.
    Any { of: Vec<EvidenceRule> },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleError(pub String);

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Name(String),
    And,
    Or,
    Open,
    Close,
}

fn tokens(text: &str) -> Result<Vec<Token>, RuleError> {
    let mut tokens = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            ' ' | '\t' => {
                chars.next();
            }
            '&' => {
                chars.next();
                tokens.push(Token::And);
            }
            '|' => {
                chars.next();
                tokens.push(Token::Or);
            }
            '(' => {
                chars.next();
                tokens.push(Token::Open);
            }
            ')' => {
                chars.next();
                tokens.push(Token::Close);
            }
            c if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_' => {
                let mut name = String::new();
                while let Some(&c) = chars.peek().filter(|c| {
                    c.is_ascii_lowercase() || c.is_ascii_digit() || **c == '-' || **c == '_'
                }) {
                    name.push(c);
                    chars.next();
                }
                tokens.push(Token::Name(name));
            }
            other => {
                return Err(RuleError(format!(
                    "unexpected character '{other}' in evidence rule \"{text}\""
                )))
            }
        }
    }
    Ok(tokens)
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn any(&mut self) -> Result<EvidenceRule, RuleError> {
        let mut parts = vec![self.all()?];
        while self.peek() == Some(&Token::Or) {
            self.at += 1;
            parts.push(self.all()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            EvidenceRule::Any { of: parts }
        })
    }

    fn all(&mut self) -> Result<EvidenceRule, RuleError> {
        let mut parts = vec![self.single()?];
        while self.peek() == Some(&Token::And) {
            self.at += 1;
            parts.push(self.single()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            EvidenceRule::All { of: parts }
        })
    }

    fn single(&mut self) -> Result<EvidenceRule, RuleError> {
        let token = self.tokens.get(self.at).cloned();
        self.at += 1;
        match token {
            Some(Token::Name(id)) => Ok(EvidenceRule::Type { id }),
            Some(Token::Open) => {
                let inner = self.any()?;
                if self.peek() != Some(&Token::Close) {
                    return Err(RuleError("a '(' is not closed".into()));
                }
                self.at += 1;
                Ok(inner)
            }
            _ => Err(RuleError("expected an evidence type or '('".into())),
        }
    }
}

impl EvidenceRule {
    pub fn parse(text: &str) -> Result<EvidenceRule, RuleError> {
        let mut parser = Parser {
            tokens: tokens(text)?,
            at: 0,
        };
        let rule = parser.any()?;
        if parser.at != parser.tokens.len() {
            return Err(RuleError(format!(
                "unexpected text after the rule in \"{text}\""
            )));
        }
        Ok(rule)
    }

    /// Every evidence type the rule names.
    pub fn type_ids(&self) -> Vec<&str> {
        match self {
            EvidenceRule::Type { id } => vec![id.as_str()],
            EvidenceRule::All { of } | EvidenceRule::Any { of } => {
                of.iter().flat_map(|r| r.type_ids()).collect()
            }
        }
    }

    /// What is still needed, given which types are present; `None` when satisfied.
    pub fn unmet(&self, present: &dyn Fn(&str) -> bool) -> Option<EvidenceRule> {
        match self {
            EvidenceRule::Type { id } => (!present(id)).then(|| self.clone()),
            EvidenceRule::All { of } => {
                let mut missing: Vec<EvidenceRule> =
                    of.iter().filter_map(|r| r.unmet(present)).collect();
                match missing.len() {
                    0 => None,
                    1 => missing.pop(),
                    _ => Some(EvidenceRule::All { of: missing }),
                }
            }
            EvidenceRule::Any { of } => {
                if of.iter().any(|r| r.unmet(present).is_none()) {
                    None
                } else {
                    Some(self.clone())
                }
            }
        }
    }
}

impl fmt::Display for EvidenceRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let join = |f: &mut fmt::Formatter<'_>, of: &[EvidenceRule], separator: &str| {
            for (index, rule) in of.iter().enumerate() {
                if index > 0 {
                    f.write_str(separator)?;
                }
                match rule {
                    EvidenceRule::Type { .. } => write!(f, "{rule}")?,
                    _ => write!(f, "({rule})")?,
                }
            }
            Ok(())
        };
        match self {
            EvidenceRule::Type { id } => f.write_str(id),
            EvidenceRule::All { of } => join(f, of, " & "),
            EvidenceRule::Any { of } => join(f, of, " | "),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn having<'a>(types: &'a [&'a str]) -> impl Fn(&str) -> bool + 'a {
        move |id| types.contains(&id)
    }

    #[test]
    fn and_binds_tighter_than_or() {
        let rule = EvidenceRule::parse("photo & order | minutes").unwrap();
        assert_eq!(rule.to_string(), "(photo & order) | minutes");
        let rule = EvidenceRule::parse("photo & (order | minutes)").unwrap();
        assert_eq!(rule.to_string(), "photo & (order | minutes)");
    }

    #[test]
    fn a_photo_and_an_order_or_minutes() {
        let rule = EvidenceRule::parse("photo & (order | minutes)").unwrap();
        assert_eq!(
            rule.unmet(&having(&[])).unwrap().to_string(),
            "photo & (order | minutes)"
        );
        assert_eq!(
            rule.unmet(&having(&["photo"])).unwrap().to_string(),
            "order | minutes"
        );
        assert_eq!(
            rule.unmet(&having(&["minutes"])).unwrap().to_string(),
            "photo"
        );
        assert_eq!(rule.unmet(&having(&["photo", "order"])), None, "satisfied");
    }

    #[test]
    fn names_every_type_it_uses() {
        let rule = EvidenceRule::parse("(photo | video) & plan").unwrap();
        assert_eq!(rule.type_ids(), ["photo", "video", "plan"]);
    }

    #[test]
    fn malformed_rules_are_refused() {
        for text in [
            "",
            "photo &",
            "(photo",
            "photo)",
            "photo ! order",
            "Photo",
            "ภาพ",
        ] {
            assert!(EvidenceRule::parse(text).is_err(), "\"{text}\" is refused");
        }
    }

    /// The UI reads rules too (ui/src/evidence-rule.ts, for the Thai chooser): both
    /// suites run the same cases, so the two readers cannot drift apart.
    #[test]
    fn the_shared_rule_cases_read_here_as_in_the_ui() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/fixtures/evidence-rules.json"
        );
        let cases: Vec<serde_json::Value> =
            serde_json::from_str(&std::fs::read_to_string(path).expect("the shared cases"))
                .expect("a JSON array");
        assert!(cases.len() >= 25, "{} cases", cases.len());
        for case in cases {
            let text = case["rule"].as_str().expect("each case has a rule");
            match (
                case.get("written").and_then(|w| w.as_str()),
                EvidenceRule::parse(text),
            ) {
                (Some(written), Ok(rule)) => assert_eq!(rule.to_string(), written, "{text:?}"),
                (None, Err(_)) => assert_eq!(case["error"], true, "{text:?} says neither"),
                (written, parsed) => panic!("{text:?}: expected {written:?}, read {parsed:?}"),
            }
        }
    }
}
