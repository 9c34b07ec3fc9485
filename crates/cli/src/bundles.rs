//! The bundle commands: export, verify, import, status and key. Each prints a per-file
//! report for people (or JSON with --json) and says by its exit status whether all went
//! well, so province scripts can rely on it.

use std::path::{Path, PathBuf};

use gecc_core::bundle::{
    expand_folders, export_round, import_paths, verify_paths, BundleVerdict, ExportOptions,
    ExportPhase, ImportOptions, ImportOutcome, ImportStatus, Side,
};
use gecc_core::error::megabytes;
use gecc_core::evidence::CopyControl;
use gecc_core::store::{OfficeRow, ProvinceStatus, Reporting};
use gecc_core::thai::fiscal_year_be;
use gecc_core::{Error, Store};

use crate::print::json_value;

/// A progress line on standard error, redrawn a few times a second, only when a person
/// is watching (standard error is a terminal); scripts see nothing. `show` words what is
/// done: megabytes, or a count of things (photos).
fn terminal_progress(
    label: &'static str,
    show: fn(u64, u64) -> String,
) -> impl FnMut(u64, u64) -> CopyControl {
    use std::io::IsTerminal;
    let watching = std::io::stderr().is_terminal();
    let mut last = std::time::Instant::now();
    move |done, total| {
        if watching && last.elapsed().as_millis() >= 200 {
            last = std::time::Instant::now();
            eprint!("\r{label}: {}   ", show(done, total));
        }
        CopyControl::Continue
    }
}

/// "12.5 MB 40%".
fn megabytes_done(done: u64, total: u64) -> String {
    let percent = (done * 100)
        .checked_div(total)
        .map(|p| format!(" {p}%"))
        .unwrap_or_default();
    format!("{:.1} MB{percent}", done as f64 / 1_000_000.0)
}

/// "37 / 100".
fn count_done(done: u64, total: u64) -> String {
    format!("{done} / {total}")
}

fn eprint_clear() {
    use std::io::IsTerminal;
    if std::io::stderr().is_terminal() {
        eprint!("\r{:60}\r", "");
    }
}

pub fn parse_side(text: &str) -> Result<Side, Error> {
    match text {
        "mine" => Ok(Side::Mine),
        "theirs" => Ok(Side::Theirs),
        other => Err(Error::invalid(
            format!("--prefer ต้องเป็น mine หรือ theirs ไม่ใช่ \"{other}\""),
            format!("--prefer takes mine or theirs, not \"{other}\"."),
        )),
    }
}

pub fn export(
    store: &mut Store,
    round: i64,
    folder: &Path,
    options: &ExportOptions,
    as_json: bool,
) -> Result<(), Error> {
    // The report PDF travels in the bag, so a receiver without GECC Desk can read it.
    let printed = gecc_forms::bundle_documents(
        store,
        round,
        store.clock().today(),
        options.remove_personal_data,
    )?;
    // The size first, so a clerk at a terminal knows what the stick needs.
    let mut contents = store.bundle_contents(round, options.summary_only)?;
    contents.printed = printed.clone();
    let plan = gecc_core::bundle::plan_export(&contents, options)?;
    let about = if plan.estimated {
        "ประมาณ "
    } else {
        ""
    };
    eprintln!(
        "จะเขียน {about}{} ใน {} ไฟล์ (will write {}{} in {} file(s))",
        megabytes(plan.bytes),
        plan.parts,
        if plan.estimated { "about " } else { "" },
        megabytes(plan.bytes),
        plan.parts
    );
    if options.photo_max_side.is_some() {
        eprintln!(
            "ย่อรูปภาพ {} รูป จากเดิม {} (reducing {} photos; {} as attached)",
            plan.reduced_photos,
            megabytes(plan.bytes_as_attached),
            plan.reduced_photos,
            megabytes(plan.bytes_as_attached)
        );
    }
    let mut reducing = terminal_progress("ย่อรูปภาพ (reducing photos)", count_done);
    let mut progress = terminal_progress("ส่งออก (exporting)", megabytes_done);
    let result = export_round(
        store,
        round,
        options,
        printed,
        folder,
        &mut |p| match p.phase {
            ExportPhase::Reducing => reducing(p.done, p.total),
            _ => progress(p.done, p.total),
        },
    )?;
    eprint_clear();
    if as_json {
        json_value(&result);
        return Ok(());
    }
    for file in &result.files {
        say!("{}", Path::new(&result.folder).join(file).display());
    }
    say!(
        "ครั้งที่ {} · {} ไบต์ · รหัสชุดข้อมูล {} · กุญแจ {}",
        result.sequence,
        result.bytes,
        &result.digest[..16],
        result.fingerprint
    );
    if result.reduced_photos > 0 {
        say!(
            "ย่อรูปภาพ {} รูป แต่ละรูปบันทึกค่าแฮชของต้นฉบับไว้ (photos reduced, each naming its original)",
            result.reduced_photos
        );
    }
    say!(
        "อ่านกลับและตรวจครบทุกไฟล์แล้ว ถอดแฟลชไดรฟ์ได้อย่างปลอดภัย (read back and verified: safe to remove)"
    );
    Ok(())
}

fn print_verdict(verdict: &BundleVerdict, verbose: bool) {
    let mark = if verdict.ok {
        "ผ่าน OK"
    } else {
        "ไม่ผ่าน FAILED"
    };
    say!("{}: {mark}", verdict.files.join(", "));
    if let Some(summary) = &verdict.summary {
        say!(
            "  {} ({} {}) ปีงบประมาณ {} {} ครั้งที่ {} · {} แฟ้ม · {}",
            summary.office_name,
            summary.district,
            summary.province,
            summary.fiscal_year_be,
            summary.kind.as_str(),
            summary.sequence,
            verdict.entries.len(),
            summary
                .signer
                .as_ref()
                .map(|k| format!("ลงนามโดยกุญแจ {}", k.fingerprint))
                .unwrap_or_else(|| "ไม่มีลายมือชื่อ (unsigned)".into())
        );
    }
    for entry in &verdict.entries {
        if verbose || !entry.ok {
            let mark = if entry.ok { "ok" } else { "BAD" };
            say!("  {mark:>3} {} ({} bytes)", entry.path, entry.size);
        }
    }
    for problem in &verdict.problems {
        let entry = if problem.entry.is_empty() {
            String::new()
        } else {
            format!("{}: ", problem.entry)
        };
        say!("  ✗ {entry}{}", problem.message.th);
        say!("    {}", problem.message.en);
    }
    for warning in &verdict.warnings {
        say!("  ! {}", warning.message.th);
        say!("    {}", warning.message.en);
    }
}

/// Verifies bundles without writing anything; true when every one would import.
pub fn verify(
    store: &Store,
    paths: &[PathBuf],
    options: &ImportOptions,
    verbose: bool,
    as_json: bool,
) -> Result<bool, Error> {
    let files = expand_folders(paths)?;
    let mut verdicts = Vec::new();
    let mut progress = terminal_progress("ตรวจ (verifying)", megabytes_done);
    let mut done = 0;
    let verified_all = verify_paths(&files, &mut |bytes| {
        done += bytes;
        progress(done, 0)
    })?;
    eprint_clear();
    for verified in verified_all {
        let mut verdict = verified.verdict;
        if let Some(bundle) = &verified.bundle {
            store.prepare_import(bundle, &mut verdict, options)?;
        }
        verdicts.push(verdict);
    }
    if as_json {
        json_value(&verdicts);
    } else {
        for verdict in &verdicts {
            print_verdict(verdict, verbose);
        }
    }
    Ok(!verdicts.is_empty() && verdicts.iter().all(|v| v.ok))
}

/// Imports bundles; true when every one imported (or was already here).
pub fn import(
    store: &mut Store,
    paths: &[PathBuf],
    options: &ImportOptions,
    actor: &str,
    as_json: bool,
) -> Result<bool, Error> {
    let files = expand_folders(paths)?;
    let mut progress = terminal_progress("นำเข้า (importing)", megabytes_done);
    let outcomes = import_paths(store, &files, options, actor, &mut |p| {
        progress(p.done, p.total)
    })?;
    eprint_clear();
    if as_json {
        json_value(&outcomes);
    } else {
        for outcome in &outcomes {
            print_outcome(outcome);
        }
    }
    Ok(!outcomes.is_empty()
        && outcomes.iter().all(|o| {
            matches!(
                o.status,
                ImportStatus::Imported | ImportStatus::AlreadyImported
            )
        }))
}

fn print_outcome(outcome: &ImportOutcome) {
    match outcome.status {
        ImportStatus::Imported => {
            say!(
                "{}: นำเข้าแล้ว (imported) → รอบ {} · รับคำตอบ {} ข้อ · ประวัติ +{} · เหตุการณ์ +{} · หลักฐานใหม่ {} · มีอยู่แล้ว {}",
                outcome.verdict.files.join(", "),
                outcome.round_id.unwrap_or_default(),
                outcome.taken.len(),
                outcome.history_added,
                outcome.events_added,
                outcome.evidence_copied,
                outcome.evidence_already_here
            );
            for conflict in &outcome.conflicts {
                say!(
                    "  ข้อ {} แก้ไขทั้งสองฝั่ง ใช้ของ{} (changed on both sides; kept {})",
                    conflict.item_id,
                    if conflict.resolution == Some(Side::Mine) {
                        "เครื่องนี้"
                    } else {
                        "ชุดข้อมูล"
                    },
                    if conflict.resolution == Some(Side::Mine) {
                        "this PC's answer"
                    } else {
                        "the bundle's answer"
                    }
                );
            }
        }
        ImportStatus::AlreadyImported => say!(
            "{}: มีอยู่แล้ว ไม่มีอะไรเปลี่ยน (already imported; nothing changed)",
            outcome.verdict.files.join(", ")
        ),
        ImportStatus::NeedsChoice => {
            say!(
                "{}: ไม่ได้นำเข้า มี {} ข้อที่แก้ไขทั้งสองฝั่ง ให้เลือกด้วย --prefer mine หรือ --prefer theirs (not imported: items changed on both sides)",
                outcome.verdict.files.join(", "),
                outcome.conflicts.len()
            );
            for conflict in &outcome.conflicts {
                say!(
                    "  ข้อ {}: เครื่องนี้ {} ({}) · ชุดข้อมูล {} ({})",
                    conflict.item_id,
                    conflict
                        .mine
                        .as_ref()
                        .map(|a| a.status.as_str())
                        .unwrap_or("-"),
                    conflict.mine_updated_at,
                    conflict
                        .theirs
                        .as_ref()
                        .map(|a| a.status.as_str())
                        .unwrap_or("-"),
                    conflict.theirs_updated_at
                );
            }
        }
        ImportStatus::Refused => print_verdict(&outcome.verdict, false),
    }
}

pub fn key(store: &Store, as_json: bool) -> Result<(), Error> {
    let key = store.signing_key_info()?;
    if as_json {
        json_value(&key);
    } else {
        say!(
            "ลายนิ้วมือกุญแจของเครื่องนี้ (this PC's key fingerprint): {}",
            key.fingerprint
        );
        say!("Ed25519 public key: {}", key.public_key);
    }
    Ok(())
}

pub fn status(
    store: &Store,
    fiscal_year: Option<i32>,
    kind: &str,
    csv: Option<&Path>,
    not_sent: bool,
    as_json: bool,
) -> Result<(), Error> {
    let kind = crate::round_kind(kind)?;
    let today = store.clock().today().date;
    let year = fiscal_year.unwrap_or_else(|| fiscal_year_be(today));
    let mut status = store.province_status(year, kind, today)?;
    if not_sent {
        status.rows.retain(|row| row.has_sent_nothing());
        if !as_json {
            for row in &status.rows {
                let phone = if row.phone.is_empty() {
                    "-"
                } else {
                    &row.phone
                };
                say!("{} | {} | {}", row.office_name, phone, reporting_text(row));
            }
            return Ok(());
        }
    }
    if let Some(path) = csv {
        let text = status_csv(&status);
        if path.as_os_str() == "-" {
            say!("{}", text.trim_end());
        } else {
            gecc_core::files::write_file_atomically(path, text.as_bytes())?;
        }
        return Ok(());
    }
    if as_json {
        json_value(&status);
        return Ok(());
    }
    for row in status_rows(&status) {
        say!("{}", row.join(" | "));
    }
    Ok(())
}

fn reporting_text(row: &OfficeRow) -> String {
    match row.reporting {
        Reporting::NotDue => "ยังไม่ส่ง (ยังไม่ถึงกำหนด)".into(),
        Reporting::OnTime if row.is_local => "รอบของสำนักงานนี้".into(),
        Reporting::OnTime => "ส่งแล้ว".into(),
        Reporting::Late { days } => format!("ส่งช้า {days} วัน"),
        Reporting::Missing => "ยังไม่ส่ง (เลยกำหนด)".into(),
    }
}

/// The matrix as rows of cells: a header, then one row per office.
fn status_rows(status: &ProvinceStatus) -> Vec<Vec<String>> {
    let mut header = vec![
        "สำนักงาน".to_string(),
        "อำเภอ".into(),
        "จังหวัด".into(),
        "โทรศัพท์".into(),
    ];
    header.extend(status.columns.iter().map(|c| c.title.th.clone()));
    header.extend(["คะแนน", "ระดับ", "สถานะรอบ", "ชุดข้อมูลล่าสุด", "ครั้งที่", "การส่ง"].map(String::from));
    let mut rows = vec![header];
    for row in &status.rows {
        let mut cells = vec![
            row.office_name.clone(),
            row.district.clone(),
            row.province.clone(),
            row.phone.clone(),
        ];
        for column in &status.columns {
            cells.push(
                row.parts
                    .iter()
                    .find(|p| p.part_id == column.part_id)
                    .map(|p| format!("{}/{}", p.decided, p.listed))
                    .unwrap_or_else(|| "-".into()),
            );
        }
        cells.push(if row.round_id.is_some() {
            format!("{}/{}", trim(row.earned), trim(row.total))
        } else {
            "-".into()
        });
        cells.push(row.level.clone().unwrap_or_else(|| "-".into()));
        cells.push(
            row.round_state
                .map(|s| s.as_str().to_string())
                .unwrap_or_else(|| "-".into()),
        );
        cells.push(row.last_bundle_at.clone().unwrap_or_else(|| "-".into()));
        cells.push(
            row.last_sequence
                .map(|s| s.to_string())
                .unwrap_or_else(|| "-".into()),
        );
        cells.push(reporting_text(row));
        rows.push(cells);
    }
    rows
}

fn trim(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.2}")
    }
}

/// CSV (RFC 4180) with a UTF-8 byte-order mark, so Excel opens the Thai correctly.
pub fn status_csv(status: &ProvinceStatus) -> String {
    let mut text = String::from("\u{feff}");
    for row in status_rows(status) {
        let cells: Vec<String> = row
            .iter()
            .map(|cell| {
                if cell.contains([',', '"', '\n', '\r']) {
                    format!("\"{}\"", cell.replace('"', "\"\""))
                } else {
                    cell.clone()
                }
            })
            .collect();
        text.push_str(&cells.join(","));
        text.push_str("\r\n");
    }
    text
}
