//! `gecc roster`, `gecc report-dates` and `gecc role`: the province's own desk from a
//! terminal (the same store calls as the app's overview).

use clap::Subcommand;
use gecc_core::model::{DeskRole, OfficeKind};
use gecc_core::store::{ReportDate, RosterEntry, RosterOfficeInput};
use gecc_core::thai::fiscal_year_be;
use gecc_core::{Error, Store};

use crate::print::json_value;

#[derive(Subcommand)]
pub enum RosterAction {
    /// The offices on the roster (the default).
    List,
    /// Add every district of a province (from the shipped list), or one office by name.
    Add {
        /// Every district of this province, e.g. ปัตตานี.
        #[arg(long, value_name = "NAME", conflicts_with_all = ["office", "sender"])]
        province: Option<String>,
        /// One office by name (a local organisation, say).
        #[arg(long, value_name = "NAME", conflicts_with = "sender")]
        office: Option<String>,
        /// With --office: local (the default), district or other.
        #[arg(long, default_value = "local")]
        kind: String,
        /// With --office: its province (this PC's when left out).
        #[arg(long = "in-province", value_name = "NAME")]
        in_province: Option<String>,
        /// With --office: its district.
        #[arg(long)]
        district: Option<String>,
        /// With --office: the phone number to call.
        #[arg(long)]
        phone: Option<String>,
        /// An office that sent a bundle without being listed, by its number in `gecc status --json`.
        #[arg(long, value_name = "OFFICE_ID")]
        sender: Option<i64>,
    },
    /// Change the phone number of an entry.
    Phone { id: i64, phone: String },
    /// Take an entry off the roster (what it sent stays).
    Remove { id: i64 },
}

pub fn roster(
    store: &mut Store,
    action: Option<&RosterAction>,
    as_json: bool,
) -> Result<(), Error> {
    match action {
        None | Some(RosterAction::List) => {}
        Some(RosterAction::Add {
            province: Some(province),
            ..
        }) => {
            let added = store.add_province_to_roster(province)?;
            if as_json {
                json_value(&added);
                return Ok(());
            }
            say!(
                "จังหวัด{}: เพิ่ม {} อำเภอ (มีอยู่แล้ว {}) / added {} districts ({} already listed)",
                added.province,
                added.added,
                added.already,
                added.added,
                added.already
            );
            return Ok(());
        }
        Some(RosterAction::Add {
            office: Some(name),
            kind,
            in_province,
            district,
            phone,
            ..
        }) => {
            let kind = match kind.as_str() {
                "local" | "local_administration" => OfficeKind::LocalAdministration,
                "district" | "district_registration" => OfficeKind::DistrictRegistration,
                "other" => OfficeKind::Other,
                other => {
                    return Err(Error::invalid(
                        format!("ประเภทสำนักงาน \"{other}\" ไม่ถูกต้อง: local, district หรือ other"),
                        format!("\"{other}\" is not a kind of office: local, district or other."),
                    ))
                }
            };
            let entry = store.add_office_to_roster(RosterOfficeInput {
                name: name.clone(),
                kind,
                province: in_province.clone().unwrap_or_default(),
                district: district.clone().unwrap_or_default(),
                phone: phone.clone().unwrap_or_default(),
            })?;
            print_entries(&[entry], as_json);
            return Ok(());
        }
        Some(RosterAction::Add {
            sender: Some(office_id),
            ..
        }) => {
            let entry = store.add_sender_to_roster(*office_id)?;
            print_entries(&[entry], as_json);
            return Ok(());
        }
        Some(RosterAction::Add { .. }) => {
            return Err(Error::invalid(
                "ระบุ --province, --office หรือ --sender",
                "Give --province, --office or --sender.",
            ))
        }
        Some(RosterAction::Phone { id, phone }) => {
            let entry = store.set_roster_phone(*id, phone)?;
            print_entries(&[entry], as_json);
            return Ok(());
        }
        Some(RosterAction::Remove { id }) => {
            store.remove_from_roster(*id)?;
            return Ok(());
        }
    }
    print_entries(&store.roster()?, as_json);
    Ok(())
}

fn print_entries(entries: &[RosterEntry], as_json: bool) {
    if as_json {
        json_value(&entries);
        return;
    }
    for entry in entries {
        say!(
            "{} | {} | {} | {} | {}",
            entry.id,
            entry.name,
            entry.district,
            entry.province,
            if entry.phone.is_empty() {
                "-"
            } else {
                &entry.phone
            }
        );
    }
}

/// `gecc report-dates`: shows the province's report dates of a year and kind, or sets
/// them from `TITLE=YYYY-MM-DD` pairs.
pub fn report_dates(
    store: &mut Store,
    fiscal_year: Option<i32>,
    kind: &str,
    set: &[String],
    as_json: bool,
) -> Result<(), Error> {
    let kind = crate::round_kind(kind)?;
    let year = fiscal_year.unwrap_or_else(|| fiscal_year_be(store.clock().today().date));
    let dates = if set.is_empty() {
        store.report_dates(year, kind)?
    } else {
        let parsed = set
            .iter()
            .map(|pair| {
                let (title, date) = pair.rsplit_once('=').ok_or_else(|| {
                    Error::invalid(
                        format!("\"{pair}\" ต้องเป็น ชื่อ=ปปปป-ดด-วว"),
                        format!("\"{pair}\" is not TITLE=YYYY-MM-DD."),
                    )
                })?;
                Ok(ReportDate {
                    title: title.to_string(),
                    date: date.to_string(),
                })
            })
            .collect::<Result<Vec<_>, Error>>()?;
        store.set_report_dates(year, kind, parsed)?
    };
    if as_json {
        json_value(&dates);
        return Ok(());
    }
    for date in &dates.dates {
        say!("{} | {}", date.date, date.title);
    }
    Ok(())
}

/// `gecc role`: shows or sets whom this PC works for; `province --province NAME` does
/// what the app's first run does for a province office.
pub fn role(
    store: &mut Store,
    set: Option<&str>,
    province: Option<&str>,
    add_districts: bool,
    as_json: bool,
) -> Result<(), Error> {
    let settings = match (set, province) {
        (None, _) => store.settings()?,
        (Some("province"), Some(name)) => {
            let desk = store.work_for_province(name, add_districts)?;
            if let Some(added) = &desk.added {
                say!(
                    "{}: +{} ({})",
                    desk.office.profile.name,
                    added.added,
                    added.already
                );
            }
            desk.settings
        }
        (Some("province"), None) => store.set_role(DeskRole::Province)?,
        (Some("district"), None) => store.set_role(DeskRole::District)?,
        (Some(other), _) => {
            return Err(Error::invalid(
                format!("\"{other}\" ไม่ถูกต้อง: district หรือ province (--province ใช้กับ province)"),
                format!(
                "\"{other}\" is not a role: district or province (--province goes with province)."
            ),
            ))
        }
    };
    if as_json {
        json_value(&settings);
        return Ok(());
    }
    say!(
        "{}",
        match settings.role {
            Some(DeskRole::Province) => "province",
            Some(DeskRole::District) => "district",
            None => "not chosen",
        }
    );
    Ok(())
}
