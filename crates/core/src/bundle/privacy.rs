//! "Remove personal data": a copy of the document to share outside the office, with
//! staff names replaced by stable placeholders (so the history still shows who did what
//! as "บุคคล ๑", "บุคคล ๒") and phone numbers, e-mail and the GECC Online username blanked.
//! Free text (notes, file names) is not scanned: the docs say so.

use std::collections::BTreeMap;

use super::AssessmentDocument;
use crate::thai::to_thai_digits;

/// Replaces each distinct person's name by the same placeholder everywhere. Public so the
/// printed report in a bundle names people exactly as its document does.
#[derive(Debug, Default)]
pub struct Pseudonyms(BTreeMap<String, String>);

impl Pseudonyms {
    pub fn replace(&mut self, name: &mut String) {
        if name.trim().is_empty() {
            return;
        }
        let next = self.0.len() + 1;
        *name = self
            .0
            .entry(name.clone())
            .or_insert_with(|| format!("บุคคล {}", to_thai_digits(&next.to_string())))
            .clone();
    }
}

pub fn remove_personal_data(document: &mut AssessmentDocument) {
    let mut names = Pseudonyms::default();
    let profile = &mut document.office.profile;
    names.replace(&mut profile.officer_name);
    profile.officer_phone.clear();
    profile.officer_email.clear();
    profile.gecc_username.clear();
    names.replace(&mut document.round.approved_by_name);
    for answer in &mut document.answers {
        names.replace(&mut answer.content.owner);
        names.replace(&mut answer.updated_by);
    }
    for change in &mut document.history {
        names.replace(&mut change.changed_by);
        if let Some(before) = &mut change.before {
            names.replace(&mut before.owner);
        }
        names.replace(&mut change.after.owner);
    }
    for event in &mut document.events {
        names.replace(&mut event.actor);
        // An approval's detail names the approver.
        if let Some(serde_json::Value::String(name)) = event.detail.get_mut("name") {
            if event.kind == "round_approved" {
                names.replace(name);
            }
        }
    }
    for file in &mut document.evidence {
        names.replace(&mut file.added_by);
    }
    for link in &mut document.links {
        names.replace(&mut link.linked_by);
    }
    document.personal_data_removed = true;
}
