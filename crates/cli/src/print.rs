//! How the CLI shows things: aligned plain-text tables for people, JSON for scripts.

/// Writes a line to standard output. When the reader has gone (`gecc ... | head`), the
/// program ends quietly instead of panicking on the broken pipe.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write;
        if let Err(error) = writeln!(std::io::stdout().lock(), $($arg)*) {
            if error.kind() == std::io::ErrorKind::BrokenPipe {
                std::process::exit(0);
            }
            panic!("cannot write to standard output: {error}");
        }
    }};
}

use gecc_core::model::{Checklist, PackSummary, Round};
use gecc_core::scoring::GateState;

/// Prints any value as pretty JSON, for scripts.
pub fn json_value(value: &impl serde::Serialize) {
    json(value);
}

fn json(value: &impl serde::Serialize) {
    say!(
        "{}",
        serde_json::to_string_pretty(value).unwrap_or_default()
    );
}

/// Points without a trailing ".0" when whole.
fn points(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.2}")
    }
}

pub fn packs(packs: &[PackSummary], as_json: bool) {
    if as_json {
        return json(&packs);
    }
    for pack in packs {
        let completeness = if pack.complete {
            "complete"
        } else {
            "INCOMPLETE"
        };
        let origin = if pack.builtin { "built-in" } else { "imported" };
        say!(
            "{} v{} (B.E. {})  {}  [{completeness}, {origin}]",
            pack.pack_id,
            pack.pack_version,
            pack.year_be,
            pack.title.th
        );
        for part in &pack.parts {
            let undisclosed = if part.undisclosed_items > 0 {
                format!(" + {} not yet listed", part.undisclosed_items)
            } else {
                String::new()
            };
            say!(
                "  {:<14} {:>3} items{undisclosed:<18} {:>4} points",
                part.part_id,
                part.listed_items,
                points(part.points)
            );
        }
    }
}

pub fn rounds(rounds: &[Round], as_json: bool) {
    if as_json {
        return json(&rounds);
    }
    say!(
        "{:<5} {:<7} {:<22} {:<10} {:<14} OFFICE",
        "ROUND",
        "FY",
        "KIND",
        "STATE",
        "PACK"
    );
    for round in rounds {
        say!(
            "{:<5} {:<7} {:<22} {:<10} {:<14} {}",
            round.id,
            round.fiscal_year_be,
            round.kind.as_str(),
            round.state.as_str(),
            format!("{} v{}", round.pack_id, round.pack_version),
            round.office_name
        );
    }
}

/// A round started from an earlier one, and what came along.
pub fn carried(carried: &gecc_core::store::CarriedRound, as_json: bool) {
    if as_json {
        return json(carried);
    }
    rounds(std::slice::from_ref(&carried.round), false);
    say!(
        "จากรอบ {}: คำตอบ {} ข้อ หลักฐาน {} รายการ / from round {}: {} answers, {} evidence links",
        carried.from_round,
        carried.answers,
        carried.links,
        carried.from_round,
        carried.answers,
        carried.links
    );
    if !carried.left_behind.is_empty() {
        say!(
            "ไม่มีในเกณฑ์ใหม่ / not in the new criteria: {}",
            carried.left_behind.join(", ")
        );
    }
    if !carried.stale_evidence.is_empty() {
        say!(
            "ควรถ่ายรูปใหม่ / new photo needed: {}",
            carried.stale_evidence.join(", ")
        );
    }
}

pub fn score(checklist: &Checklist, as_json: bool) {
    let score = &checklist.score;
    if as_json {
        return json(score);
    }
    let round = &checklist.round;
    say!(
        "Round {} · fiscal year {} · {} · pack {} v{}",
        round.id,
        round.fiscal_year_be,
        round.kind.as_str(),
        round.pack_id,
        round.pack_version
    );
    say!(
        "{:<14} {:>5} {:>4} {:>7} {:>4} {:>5} {:>7} {:>9} {:>12}",
        "PART",
        "ITEMS",
        "MET",
        "NOT MET",
        "N/A",
        "OPEN",
        "EARNED",
        "OPEN PTS",
        "NOT LISTED"
    );
    for part in &score.parts {
        say!(
            "{:<14} {:>5} {:>4} {:>7} {:>4} {:>5} {:>7} {:>9} {:>12}",
            part.part_id,
            part.listed_items,
            part.met,
            part.not_met,
            part.not_applicable,
            part.not_started + part.in_progress,
            points(part.points.earned),
            points(part.points.open),
            points(part.points.undisclosed)
        );
    }
    say!(
        "Total: {} of {} points earned, {} open, {} cannot be assessed yet ({} items not listed in the pack)",
        points(score.points.earned),
        points(score.points.total),
        points(score.points.open),
        points(score.points.undisclosed),
        score.undisclosed_items
    );
    let gate = match score.gate {
        GateState::NoGate => "none",
        GateState::Open => "open (not every gate item is met yet)",
        GateState::Passed => "passed",
        GateState::Failed => "FAILED (a gate item is not met)",
    };
    say!("Gate: {gate}");
    say!(
        "Level: {}; best still reachable: {}",
        score.level.as_deref().unwrap_or("none yet"),
        score.reachable_level.as_deref().unwrap_or("none")
    );
    if !score.pack_complete {
        say!("Note: this criteria pack is incomplete; import the official pack when available.");
    }
}

pub fn answers(checklist: &Checklist, as_json: bool) {
    if as_json {
        return json(&checklist.answers);
    }
    say!(
        "{:<34} {:<15} {:<11} {:<20} NOTE",
        "ITEM",
        "STATUS",
        "DUE",
        "OWNER"
    );
    for (_, item) in checklist.pack.items() {
        let Some(answer) = checklist.answers.iter().find(|a| a.item_id == item.id) else {
            continue;
        };
        say!(
            "{:<34} {:<15} {:<11} {:<20} {}",
            item.id,
            answer.content.status.as_str(),
            answer.content.due_date.as_deref().unwrap_or("-"),
            answer.content.owner,
            answer.content.note.replace('\n', " / ")
        );
    }
}

/// A round's evidence: each file once, with the items it supports and as what.
pub fn evidence(checklist: &Checklist, as_json: bool) {
    let rows: Vec<serde_json::Value> = checklist
        .evidence
        .iter()
        .map(|file| {
            let links: Vec<serde_json::Value> = checklist
                .links
                .iter()
                .filter(|link| link.evidence_id == file.id)
                .map(|link| serde_json::json!({ "item_id": link.item_id, "evidence_type": link.evidence_type }))
                .collect();
            serde_json::json!({ "file": file, "links": links })
        })
        .collect();
    if as_json {
        return json(&rows);
    }
    say!(
        "{:<16} {:>10} {:<8} {:<40} ITEMS",
        "SHA-256",
        "BYTES",
        "FORMAT",
        "NAME"
    );
    for file in &checklist.evidence {
        let items: Vec<String> = checklist
            .links
            .iter()
            .filter(|link| link.evidence_id == file.id)
            .map(|link| format!("{} ({})", link.item_id, link.evidence_type))
            .collect();
        say!(
            "{:<16} {:>10} {:<8} {:<40} {}",
            &file.sha256[..16],
            file.size,
            file.format.as_str(),
            file.original_name,
            items.join(", ")
        );
    }
}

pub fn backups(backups: &[gecc_core::store::BackupInfo], as_json: bool) {
    if as_json {
        return json(&backups);
    }
    if backups.is_empty() {
        say!("ยังไม่มีสำเนาสำรอง (no backups yet)");
    }
    for backup in backups {
        say!(
            "{}  {:>10} bytes  {}",
            backup.file_name,
            backup.bytes,
            backup.reason.as_str()
        );
    }
}

pub fn restored(report: &gecc_core::store::RestoreReport, as_json: bool) {
    if as_json {
        return json(report);
    }
    say!(
        "กู้คืนจาก {} แล้ว ข้อมูลก่อนกู้คืนเก็บไว้ที่ {} (restored; the previous state is in that backup)",
        report.restored.file_name,
        report.previous.file_name
    );
    if report.missing_evidence > 0 {
        say!(
            "ไฟล์หลักฐาน {} ไฟล์ถูกลบไปหลังทำสำเนา จึงทำเครื่องหมายว่ายังไม่ได้รับ ({} evidence file(s) deleted since the backup are marked as not received)",
            report.missing_evidence,
            report.missing_evidence
        );
    }
}

/// A file the command wrote (a diagnostics ZIP), to attach to an e-mail.
pub fn written(path: &std::path::Path, as_json: bool) {
    if as_json {
        return json(&serde_json::json!({ "path": path }));
    }
    say!(
        "เขียนไฟล์ {} แล้ว ส่งไฟล์นี้ให้ผู้ดูแลโปรแกรมทางอีเมลได้ (written; e-mail it to whoever supports GECC Desk)",
        path.display()
    );
}
