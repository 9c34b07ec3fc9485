//! Scoring rules, checked on the shipped 2568 pack and on a structurally different
//! synthetic pack, so that nothing about one year's criteria is hard-coded.

use super::*;
use crate::model::{Answer, AnswerInput, AnswerStatus, RoundKind};
use crate::pack::{builtin_packs, parse_pack, CriteriaPack};

fn pack_2568() -> CriteriaPack {
    parse_pack(builtin_packs()[0].bytes).unwrap().pack
}

fn synthetic_pack() -> CriteriaPack {
    parse_pack(include_bytes!(
        "../../../../tests/fixtures/packs/synthetic-2564.json"
    ))
    .unwrap()
    .pack
}

fn answer(item_id: &str, status: AnswerStatus) -> Answer {
    Answer {
        round_id: 1,
        item_id: item_id.to_string(),
        content: AnswerInput {
            status,
            ..AnswerInput::default()
        },
        updated_at: String::new(),
        updated_by: "test".into(),
        carried_from_round: None,
    }
}

fn with_sub_scores(mut answer: Answer, scores: &[(&str, f64)]) -> Answer {
    answer.content.sub_scores = scores.iter().map(|(k, v)| (k.to_string(), *v)).collect();
    answer
}

/// Every item of the parts of `part_kinds`, marked met.
fn all_met(pack: &CriteriaPack, part_ids: &[&str]) -> Vec<Answer> {
    pack.items()
        .filter(|(part, _)| part_ids.contains(&part.id.as_str()))
        .map(|(_, item)| answer(&item.id, AnswerStatus::Met))
        .collect()
}

fn part<'a>(score: &'a RoundScore, id: &str) -> &'a PartScore {
    score
        .parts
        .iter()
        .find(|p| p.part_id == id)
        .expect("part is scored")
}

#[test]
fn an_empty_2568_round_has_everything_open_and_62_points_unassessable() {
    let score = score_round(&pack_2568(), RoundKind::Application, &[]);
    assert_eq!(score.points.total, 100.0, "2568 totals 100 points");
    assert_eq!(score.points.earned, 0.0);
    assert_eq!(
        score.points.open, 38.0,
        "8 basic + 30 outcome points are listed and open"
    );
    assert_eq!(
        score.points.undisclosed, 62.0,
        "the 25 advanced items (62 points) are not listed"
    );
    assert_eq!(score.undisclosed_items, 25);
    assert_eq!(score.gate, GateState::Open);
    assert_eq!(score.level, None);
    assert_eq!(score.reachable_level.as_deref(), Some("excellent"));
    assert!(!score.pack_complete, "the 2568 pack says it is incomplete");
}

#[test]
fn the_2568_application_has_14_physical_8_basic_and_3_outcome_items() {
    let score = score_round(&pack_2568(), RoundKind::Application, &[]);
    assert_eq!(part(&score, "physical").listed_items, 14);
    assert_eq!(part(&score, "quality").listed_items, 8);
    assert_eq!(part(&score, "outcome").listed_items, 3);
    assert!(
        score.parts.iter().all(|p| p.part_id != "maintenance"),
        "maintenance is not part of an application"
    );
}

#[test]
fn one_physical_item_not_met_fails_the_gate_and_no_level_is_reached() {
    let pack = pack_2568();
    let mut answers = all_met(&pack, &["physical", "quality"]);
    answers[0].content.status = AnswerStatus::NotMet;
    let score = score_round(&pack, RoundKind::Application, &answers);
    assert_eq!(score.gate, GateState::Failed);
    assert_eq!(score.level, None, "a failed gate reaches no level");
    assert_eq!(
        score.reachable_level, None,
        "a failed gate cannot be made up with points"
    );
}

#[test]
fn not_applicable_does_not_pass_a_gate() {
    let pack = pack_2568();
    let mut answers = all_met(&pack, &["physical"]);
    answers[1].content.status = AnswerStatus::NotApplicable;
    let score = score_round(&pack, RoundKind::Application, &answers);
    assert_eq!(part(&score, "physical").gate, GateState::Failed);
}

#[test]
fn all_physical_met_passes_the_gate() {
    let pack = pack_2568();
    let score = score_round(
        &pack,
        RoundKind::Application,
        &all_met(&pack, &["physical"]),
    );
    assert_eq!(score.gate, GateState::Passed);
}

#[test]
fn outcome_points_are_the_sum_of_sub_scores_once_decided() {
    let pack = pack_2568();
    let answers = vec![
        with_sub_scores(
            answer("outcome.citizen-satisfaction", AnswerStatus::Met),
            &[
                ("collection-method", 1.0),
                ("sample-coverage", 3.0),
                ("satisfaction-result", 4.0),
            ],
        ),
        with_sub_scores(
            answer("outcome.ease-of-contact", AnswerStatus::InProgress),
            &[("channel-count", 3.0)],
        ),
    ];
    let score = score_round(&pack, RoundKind::Application, &answers);
    let outcome = part(&score, "outcome");
    assert_eq!(
        outcome.points.earned, 8.0,
        "1 + 3 + 4, as in the source's example"
    );
    assert_eq!(outcome.points.lost, 2.0);
    assert_eq!(
        outcome.points.open, 20.0,
        "an item in progress stays open whatever its sub-scores"
    );
}

#[test]
fn a_full_2568_round_reaches_only_38_points_while_62_cannot_be_assessed() {
    let pack = pack_2568();
    let mut answers = all_met(&pack, &["physical", "quality"]);
    for (item, subs) in [
        (
            "outcome.citizen-satisfaction",
            vec![
                ("collection-method", 2.0),
                ("sample-coverage", 4.0),
                ("satisfaction-result", 4.0),
            ],
        ),
        (
            "outcome.ease-of-contact",
            vec![("channel-count", 5.0), ("online-growth", 5.0)],
        ),
        (
            "outcome.anytime-technology",
            vec![
                ("anytime-service", 4.0),
                ("status-tracking", 3.0),
                ("complaint-system", 3.0),
            ],
        ),
    ] {
        answers.push(with_sub_scores(answer(item, AnswerStatus::Met), &subs));
    }
    let score = score_round(&pack, RoundKind::Application, &answers);
    assert_eq!(score.points.earned, 38.0);
    assert_eq!(score.points.open, 0.0);
    assert_eq!(score.level, None, "38 points is below the basic level's 70");
    assert_eq!(score.next_level.as_deref(), Some("basic"));
    assert_eq!(score.points_to_next_level, Some(32.0));
    assert_eq!(
        score.reachable_level.as_deref(),
        Some("excellent"),
        "the 62 unlisted points could still lift it"
    );
}

#[test]
fn a_maintenance_round_scores_the_physical_list_and_the_maintenance_report_only() {
    let score = score_round(&pack_2568(), RoundKind::Maintenance6Month, &[]);
    let parts: Vec<&str> = score.parts.iter().map(|p| p.part_id.as_str()).collect();
    assert_eq!(parts, ["physical", "maintenance"]);
    assert_eq!(score.points.total, 0.0);
    assert_eq!(
        score.reachable_level, None,
        "levels do not apply to a round without points"
    );
}

#[test]
fn the_synthetic_pack_scores_by_its_own_parts_points_and_levels() {
    let pack = synthetic_pack();
    let empty = score_round(&pack, RoundKind::Application, &[]);
    assert_eq!(part(&empty, "p1-physical").listed_items, 14);
    assert_eq!(
        part(&empty, "p2-quality").listed_items,
        50,
        "30 basic + 20 advanced"
    );
    assert_eq!(part(&empty, "p3-outcome").listed_items, 3);
    assert_eq!(part(&empty, "p4-readiness").listed_items, 3);
    assert_eq!(empty.points.total, 100.0, "30×1 + 20×2 + 3×10");
    assert_eq!(empty.points.undisclosed, 0.0);
    assert!(empty.pack_complete);

    let answers = all_met(&pack, &["p1-physical", "p2-quality"]);
    let score = score_round(&pack, RoundKind::Application, &answers);
    assert_eq!(score.points.earned, 70.0);
    assert_eq!(
        score.level.as_deref(),
        Some("silver"),
        "70 reaches silver (70) in this pack's bands"
    );
    assert_eq!(score.next_level.as_deref(), Some("gold"));
    assert_eq!(score.points_to_next_level, Some(15.0));
}

#[test]
fn sub_scores_above_the_item_points_are_capped() {
    let pack = synthetic_pack();
    // Sub-score maxima are 4 + 6 = 10; the scorer must never count more than the item's points.
    let answers = vec![with_sub_scores(
        answer("syn.out-1", AnswerStatus::Met),
        &[("s1", 4.0), ("s2", 6.0)],
    )];
    let score = score_round(&pack, RoundKind::Application, &answers);
    assert_eq!(part(&score, "p3-outcome").points.earned, 10.0);
}

#[test]
fn a_not_met_points_item_keeps_the_sub_scores_it_earned() {
    let pack = synthetic_pack();
    let answers = vec![with_sub_scores(
        answer("syn.out-2", AnswerStatus::NotMet),
        &[("s1", 3.0)],
    )];
    let score = score_round(&pack, RoundKind::Application, &answers);
    assert_eq!(part(&score, "p3-outcome").points.earned, 3.0);
    assert_eq!(part(&score, "p3-outcome").points.lost, 7.0);
}

fn step_ids(path: &CheapestPath) -> Vec<&str> {
    path.steps.iter().map(|s| s.item_id.as_str()).collect()
}

#[test]
fn the_cheapest_path_takes_the_largest_open_items_first_and_the_gate_before_all() {
    let pack = synthetic_pack();
    // 14 physical met, 30 basic met: 30 points, the next level (bronze) needs 50.
    let answers = all_met(&pack, &["p1-physical"])
        .into_iter()
        .chain(
            pack.items()
                .filter(|(p, i)| {
                    p.id == "p2-quality" && i.level == Some(crate::pack::ItemLevel::Basic)
                })
                .map(|(_, i)| answer(&i.id, AnswerStatus::Met)),
        )
        .collect::<Vec<_>>();
    let score = score_round(&pack, RoundKind::Application, &answers);
    let path = score.cheapest_path.expect("a next level exists");
    assert_eq!(path.level, "bronze");
    assert!(path.reaches);
    assert_eq!(
        path.steps.len(),
        2,
        "two 10-point outcome items close a 20-point gap"
    );
    assert!(
        path.steps.iter().all(|s| s.points == 10.0),
        "largest first: {:?}",
        step_ids(&path)
    );
}

#[test]
fn the_cheapest_path_lists_gate_items_that_are_still_open() {
    let pack = synthetic_pack();
    let score = score_round(&pack, RoundKind::Application, &[]);
    let path = score.cheapest_path.unwrap();
    assert_eq!(
        path.steps.iter().filter(|s| s.gate).count(),
        14,
        "every physical item must be met first"
    );
    assert!(
        path.steps[..14].iter().all(|s| s.gate),
        "gate items come first"
    );
}

#[test]
fn the_2568_path_says_how_far_the_listed_items_fall_short() {
    let pack = pack_2568();
    let score = score_round(
        &pack,
        RoundKind::Application,
        &all_met(&pack, &["physical"]),
    );
    let path = score.cheapest_path.unwrap();
    assert_eq!(path.level, "basic");
    assert!(!path.reaches, "38 listed points cannot reach 70");
    assert_eq!(path.points_short, 32.0, "70 - 38");
    assert_eq!(path.steps.len(), 11, "all 8 basic and 3 outcome items");
}

#[test]
fn no_path_once_the_gate_failed() {
    let pack = pack_2568();
    let mut answers = all_met(&pack, &["physical"]);
    answers[0].content.status = AnswerStatus::NotMet;
    assert_eq!(
        score_round(&pack, RoundKind::Application, &answers).cheapest_path,
        None
    );
}
