//! The figures behind outcome answers: a tally of responses per satisfaction level (the
//! program computes responses and the percentage), a sample size, who collected.

use std::collections::BTreeMap;

use gecc_core::model::{AnswerInput, AnswerStatus};
use gecc_core::pack::FigureValue;
use gecc_core::ErrorCode;

use crate::support::*;

const ITEM: &str = "outcome.citizen-satisfaction";

fn tally(counts: &[(&str, u32)]) -> FigureValue {
    FigureValue::Tally(counts.iter().map(|(k, v)| (k.to_string(), *v)).collect())
}

fn with_figures(figures: Vec<(&str, FigureValue)>) -> AnswerInput {
    AnswerInput {
        status: AnswerStatus::InProgress,
        figures: figures
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect::<BTreeMap<_, _>>(),
        ..AnswerInput::default()
    }
}

#[test]
fn a_satisfaction_tally_gives_responses_and_percentage_and_survives_reopening() {
    let data = DataDir::new();
    let round_id = {
        let mut store = data.open();
        let round = application_round(&mut store);
        let input = with_figures(vec![
            (
                "responses",
                tally(&[("very-high", 120), ("high", 60), ("medium", 20)]),
            ),
            ("sample-size", FigureValue::Number(200.0)),
            (
                "collected-by",
                FigureValue::Text("มหาวิทยาลัยสงขลานครินทร์ (หน่วยงานภายนอก)".into()),
            ),
        ]);
        let saved = store.save_answer(round.id, ITEM, input, "clerk").unwrap();
        let summary = saved
            .tallies
            .iter()
            .find(|t| t.item_id == ITEM)
            .expect("the save reports the tally");
        assert_eq!(summary.responses, 200);
        assert_eq!(
            summary.percent,
            Some(90.0),
            "(120×5 + 60×4 + 20×3) / (200×5)"
        );
        round.id
    };
    let store = data.open();
    let checklist = store.checklist(round_id).unwrap();
    assert_eq!(checklist.tallies.len(), 1);
    assert_eq!(checklist.tallies[0].percent, Some(90.0));
    let answer = store.answer(round_id, ITEM).unwrap().unwrap();
    assert_eq!(
        answer.content.figures["collected-by"],
        FigureValue::Text("มหาวิทยาลัยสงขลานครินทร์ (หน่วยงานภายนอก)".into())
    );
}

#[test]
fn figures_that_do_not_fit_the_item_are_refused() {
    let data = DataDir::new();
    let mut store = data.open();
    let round = application_round(&mut store);
    let cases = vec![
        (
            "an unknown figure",
            ITEM,
            vec![("bribes", FigureValue::Number(1.0))],
        ),
        (
            "an unknown rating level",
            ITEM,
            vec![("responses", tally(&[("ecstatic", 5)]))],
        ),
        (
            "a negative sample size",
            ITEM,
            vec![("sample-size", FigureValue::Number(-3.0))],
        ),
        (
            "text where a number goes",
            ITEM,
            vec![("sample-size", FigureValue::Text("สองร้อย".into()))],
        ),
        (
            "figures on an item without any",
            "physical.lighting",
            vec![("responses", tally(&[("high", 1)]))],
        ),
    ];
    for (case, item, figures) in cases {
        let error = store
            .save_answer(round.id, item, with_figures(figures), "clerk")
            .unwrap_err();
        assert_eq!(error.code(), ErrorCode::InvalidInput, "{case}");
    }
    assert!(
        store.answers(round.id).unwrap().is_empty(),
        "nothing was saved"
    );
}

#[test]
fn packs_declare_figures_only_in_format_2_and_tallies_need_levels() {
    let data = DataDir::new();
    let mut store = data.open();
    let mut pack: serde_json::Value =
        serde_json::from_slice(&std::fs::read(synthetic_pack_path()).unwrap()).unwrap();
    pack["parts"][2]["sections"][0]["items"][0]["figures"] = serde_json::json!([{ "kind": "tally", "id": "responses", "title": { "th": "ผู้ตอบ", "en": "Responses" }, "levels": [] }]);
    let path = data.path().join("figures.json");
    std::fs::write(&path, serde_json::to_vec(&pack).unwrap()).unwrap();
    let message = store.import_pack_file(&path).unwrap_err().message().en;
    assert!(message.contains("need format_version 2"), "{message}");
    assert!(message.contains("needs at least one level"), "{message}");
}
