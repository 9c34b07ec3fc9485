//! Who is working (issue 15, point 9): the office's staff list and the person chosen
//! from it when the app starts, remembered in the database; changes are recorded under
//! that name instead of the PC's login.

use gecc_core::store::Staff;
use tauri::State;

use super::CommandResult;
use crate::state::AppState;

#[tauri::command]
pub async fn get_staff(state: State<'_, AppState>) -> CommandResult<Staff> {
    state.with_store(|store| store.staff())
}

/// Replaces the staff list (one name a line as typed).
#[tauri::command]
pub async fn set_staff(state: State<'_, AppState>, names: Vec<String>) -> CommandResult<Staff> {
    let staff = state.with_store(|store| store.set_staff(&names))?;
    state.set_actor(gecc_core::actor::actor_or_unknown(staff.current.as_deref()));
    Ok(staff)
}

/// Says who is working on this PC from now on (one of the staff), or nobody.
#[tauri::command]
pub async fn choose_person(
    state: State<'_, AppState>,
    name: Option<String>,
) -> CommandResult<Staff> {
    let staff = state.with_store(|store| store.set_current_person(name.as_deref()))?;
    state.set_actor(gecc_core::actor::actor_or_unknown(staff.current.as_deref()));
    Ok(staff)
}
