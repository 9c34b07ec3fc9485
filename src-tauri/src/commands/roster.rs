//! The province's desk: whom this PC works for, the roster of offices, the list of
//! provinces and districts it is chosen from, and the province's report dates.

use gecc_core::model::{DeskRole, RoundKind, Settings};
use gecc_core::roster::{geography, Geography};
use gecc_core::store::{
    ProvinceDesk, ReportDate, ReportDates, RosterAdded, RosterEntry, RosterOfficeInput,
};
use tauri::State;

use super::CommandResult;
use crate::state::AppState;

/// The first run's answer "a province office": the role, the office's name and province,
/// and (when ticked) every district on the roster, in one call.
#[tauri::command]
pub async fn work_for_province(
    state: State<'_, AppState>,
    province: String,
    add_districts: bool,
) -> CommandResult<ProvinceDesk> {
    state.with_store(|store| store.work_for_province(&province, add_districts))
}

#[tauri::command]
pub async fn set_role(state: State<'_, AppState>, role: DeskRole) -> CommandResult<Settings> {
    state.with_store(|store| store.set_role(role))
}

/// Thailand's provinces and districts, for the province chooser.
#[tauri::command]
pub async fn get_geography() -> CommandResult<Geography> {
    Ok(geography().clone())
}

#[tauri::command]
pub async fn get_roster(state: State<'_, AppState>) -> CommandResult<Vec<RosterEntry>> {
    state.with_store(|store| store.roster())
}

#[tauri::command]
pub async fn add_province_to_roster(
    state: State<'_, AppState>,
    province: String,
) -> CommandResult<RosterAdded> {
    state.with_store(|store| store.add_province_to_roster(&province))
}

#[tauri::command]
pub async fn add_office_to_roster(
    state: State<'_, AppState>,
    input: RosterOfficeInput,
) -> CommandResult<RosterEntry> {
    state.with_store(|store| store.add_office_to_roster(input))
}

#[tauri::command]
pub async fn add_sender_to_roster(
    state: State<'_, AppState>,
    office_id: i64,
) -> CommandResult<RosterEntry> {
    state.with_store(|store| store.add_sender_to_roster(office_id))
}

#[tauri::command]
pub async fn set_roster_phone(
    state: State<'_, AppState>,
    id: i64,
    phone: String,
) -> CommandResult<RosterEntry> {
    state.with_store(|store| store.set_roster_phone(id, &phone))
}

#[tauri::command]
pub async fn remove_from_roster(state: State<'_, AppState>, id: i64) -> CommandResult<()> {
    state.with_store(|store| store.remove_from_roster(id))
}

#[tauri::command]
pub async fn get_report_dates(
    state: State<'_, AppState>,
    fiscal_year_be: i32,
    kind: RoundKind,
) -> CommandResult<ReportDates> {
    state.with_store(|store| store.report_dates(fiscal_year_be, kind))
}

#[tauri::command]
pub async fn set_report_dates(
    state: State<'_, AppState>,
    fiscal_year_be: i32,
    kind: RoundKind,
    dates: Vec<ReportDate>,
) -> CommandResult<ReportDates> {
    state.with_store(|store| store.set_report_dates(fiscal_year_be, kind, dates))
}
