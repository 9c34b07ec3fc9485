//! Answer saves through the store: each a durable transaction (WAL, full sync) with its
//! history entry, timed one by one for the median and the 99th percentile.

use std::path::Path;
use std::time::Instant;

use gecc_core::model::{AnswerInput, AnswerStatus};

use crate::data::fresh_round;
use crate::Row;

const SAVES: usize = 2_000;

fn percentile(sorted: &[f64], fraction: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * fraction).round() as usize]
}

pub fn answer_saves(work: &Path) -> Vec<Row> {
    let (_folder, mut store, round) = fresh_round(work);
    let items: Vec<String> = store
        .round_pack(round.id)
        .unwrap()
        .items()
        .map(|(_, i)| i.id.clone())
        .collect();
    let mut times = Vec::with_capacity(SAVES);
    for index in 0..SAVES {
        let input = AnswerInput {
            status: if index % 2 == 0 {
                AnswerStatus::InProgress
            } else {
                AnswerStatus::Met
            },
            note: format!("บันทึกครั้งที่ {index}: ติดป้ายและถ่ายภาพแล้ว รอตรวจทาน"),
            ..AnswerInput::default()
        };
        let item = &items[index % items.len()];
        let started = Instant::now();
        store
            .save_answer(round.id, item, input, "bench")
            .expect("save");
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    vec![
        Row {
            what: format!("answer save, p50 of {SAVES} (durable, with history)"),
            ours: format!("{:.2} ms", percentile(&times, 0.5)),
            baseline: String::new(),
            ratio: None,
        },
        Row {
            what: format!("answer save, p99 of {SAVES}"),
            ours: format!("{:.2} ms", percentile(&times, 0.99)),
            baseline: String::new(),
            ratio: None,
        },
    ]
}
