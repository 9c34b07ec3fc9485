//! After an attach, the files whose guessed kind does nothing for the item's evidence
//! rule while the rule still needs a kind they might be: the app asks the clerk which,
//! and `gecc attach` says so (issue 15, point 8).

use super::evidence::item_evidence;
use super::Store;
use crate::error::Result;
use crate::evidence::{kinds_to_ask, KindQuestion};
use crate::model::EvidenceLink;

impl Store {
    /// The questions to ask about `attached` (links of one item just made), given every
    /// link the round has now.
    pub fn kind_questions(
        &self,
        round_id: i64,
        item_id: &str,
        attached: &[EvidenceLink],
    ) -> Result<Vec<KindQuestion>> {
        if attached.is_empty() {
            return Ok(Vec::new());
        }
        let round = self.round(round_id)?;
        let pack = self.round_pack(round_id)?;
        let links = self.evidence_links(round_id)?;
        let Some(evidence) = item_evidence(&pack, &round, &links)
            .into_iter()
            .find(|e| e.item_id == item_id)
        else {
            return Ok(Vec::new());
        };
        let mut questions = Vec::new();
        for link in attached {
            let file = self.evidence_file(link.evidence_id)?;
            let choices = kinds_to_ask(
                &pack,
                evidence.rule.as_ref(),
                evidence.unmet.as_ref(),
                file.format,
                &link.evidence_type,
            );
            if !choices.is_empty() {
                questions.push(KindQuestion {
                    evidence_id: link.evidence_id,
                    name: file.original_name,
                    guessed: link.evidence_type.clone(),
                    choices,
                });
            }
        }
        Ok(questions)
    }
}
