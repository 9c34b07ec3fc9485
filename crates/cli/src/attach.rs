//! `gecc attach`: evidence files copied into the store and linked to an item, through the
//! same core job as the app's attach (copy outside the lock, then register), so a script
//! or a test can evidence a round without the window.

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use gecc_core::evidence::{attach_to_item, AttachRequest};
use gecc_core::{Error, Store};

/// Attaches `files` to `item_id` of `round`, filed as `kind` when one is given.
/// Ok(false) when a file could not be attached (each failure is printed with its reason).
pub fn attach(
    store: &mut Store,
    round: i64,
    item_id: &str,
    files: &[PathBuf],
    kind: Option<&str>,
    actor: &str,
    json: bool,
) -> Result<bool, Error> {
    let request = AttachRequest {
        round_id: round,
        item_id,
        paths: files,
        kind,
        actor,
    };
    let report = attach_to_item(store, &request, &AtomicBool::new(false), &mut |_| {})?;
    let (attached, questions) = (&report.attached, &report.questions);
    if json {
        println!(
            "{}",
            serde_json::json!({ "attached": attached, "failed": report.failed, "questions": questions })
        );
    } else {
        println!(
            "แนบหลักฐาน {} ไฟล์กับข้อ {item_id} แล้ว / attached {} file(s) to {item_id}",
            attached.len(),
            attached.len()
        );
        for question in questions {
            let choices = question.choices.join(" | ");
            println!(
                "{}: บันทึกเป็น \"{}\" อาจเป็น {choices} ระบุด้วย --kind / filed as \"{}\", might be {choices}: say which with --kind",
                question.name, question.guessed, question.guessed
            );
        }
    }
    for failure in &report.failed {
        eprintln!(
            "gecc: {}: {}\n      {}",
            failure.name, failure.error.message.th, failure.error.message.en
        );
    }
    Ok(report.failed.is_empty())
}
