//! `gecc package`: the province sends its criteria edition and report dates as one signed
//! file; an office shows what it would change and takes it in (the app's same calls).

use std::path::PathBuf;

use clap::Subcommand;
use gecc_core::model::RoundKind;
use gecc_core::package::{DatesChoice, PackageRequest};
use gecc_core::store::{PackageKeyTrust, PackagePreview};
use gecc_core::thai::fiscal_year_be;
use gecc_core::{Error, Store};

use crate::print::json_value;

#[derive(Subcommand)]
pub enum PackageAction {
    /// Write the province package (one file) into a folder.
    Export {
        #[arg(short = 'o', long = "output", value_name = "DIR")]
        output: PathBuf,
        /// The pack edition to send (the newest installed when left out).
        #[arg(long)]
        pack: Option<String>,
        #[arg(long)]
        version: Option<u32>,
        /// The fiscal year whose report dates go along (today's when left out).
        #[arg(long)]
        fiscal_year: Option<i32>,
    },
    /// Show who signed a package and what taking it in would change; writes nothing.
    Show { file: PathBuf },
    /// Take a package in: the edition installed, the report dates set, draft rounds moved.
    Import {
        file: PathBuf,
        /// Trust a key not seen before (after checking its fingerprint with the province).
        #[arg(long)]
        accept_new_key: bool,
    },
}

pub fn package(
    store: &mut Store,
    action: &PackageAction,
    actor: &str,
    as_json: bool,
) -> Result<(), Error> {
    match action {
        PackageAction::Export {
            output,
            pack,
            version,
            fiscal_year,
        } => {
            let newest = store
                .list_packs()?
                .into_iter()
                .filter(|p| pack.as_ref().is_none_or(|id| &p.pack_id == id))
                .filter(|p| version.is_none_or(|v| p.pack_version == v))
                .max_by_key(|p| (p.year_be, p.pack_version))
                .ok_or_else(|| {
                    Error::PackNotFound(pack.clone().unwrap_or_else(|| "(any)".into()))
                })?;
            let year = fiscal_year.unwrap_or_else(|| fiscal_year_be(store.clock().today().date));
            let request = PackageRequest {
                pack_id: newest.pack_id,
                pack_version: newest.pack_version,
                report_dates: RoundKind::ALL
                    .into_iter()
                    .map(|kind| DatesChoice {
                        fiscal_year_be: year,
                        kind,
                    })
                    .collect(),
            };
            let written = store.export_province_package(&request, output)?;
            if as_json {
                json_value(&written);
            } else {
                say!("{}", written.path);
                say!("ลายนิ้วมือกุญแจ / key fingerprint: {}", written.fingerprint);
            }
        }
        PackageAction::Show { file } => show(&store.preview_province_package(file)?, as_json),
        PackageAction::Import {
            file,
            accept_new_key,
        } => {
            let preview = store.import_province_package(file, *accept_new_key, actor)?;
            show(&preview, as_json);
        }
    }
    Ok(())
}

fn show(preview: &PackagePreview, as_json: bool) {
    if as_json {
        return json_value(preview);
    }
    let trust = match &preview.trust {
        PackageKeyTrust::Known => "รู้จักแล้ว / known".to_string(),
        PackageKeyTrust::New => "ยังไม่รู้จัก / new: check by phone".to_string(),
        PackageKeyTrust::Changed { known_fingerprint } => {
            format!("เปลี่ยนจาก / changed from {known_fingerprint}")
        }
    };
    say!(
        "จังหวัด{} | {} | {}",
        preview.province,
        preview.fingerprint,
        trust
    );
    say!(
        "{} v{} ({}): เพิ่ม {} ข้อ, เอาออก {} ข้อ / {} items added, {} removed",
        preview.pack_id,
        preview.pack_version,
        preview
            .compared_version
            .map_or("-".into(), |v| format!("from v{v}")),
        preview.items_added.len(),
        preview.items_removed.len(),
        preview.items_added.len(),
        preview.items_removed.len()
    );
    for part in &preview.parts {
        say!(
            "  {}: {} → {} ข้อ, {} → {} คะแนน",
            part.title.th,
            part.items_before,
            part.items_after,
            part.points_before,
            part.points_after
        );
    }
    for round in &preview.rounds {
        let what = match &round.reason {
            None => "ย้าย / moves".to_string(),
            Some(reason) => format!("ไม่ย้าย / stays: {}", reason.th),
        };
        say!(
            "  รอบ {} ({} {}) v{}: {what}",
            round.round_id,
            round.fiscal_year_be,
            round.kind.as_str(),
            round.pack_version
        );
    }
    for dates in &preview.report_dates {
        for date in &dates.dates {
            say!(
                "  {} {}: {} | {}",
                dates.fiscal_year_be,
                dates.kind.as_str(),
                date.date,
                date.title
            );
        }
    }
    if preview.already_taken {
        say!("นำเข้าแล้วก่อนหน้านี้ / taken in before: nothing changes");
    }
}
