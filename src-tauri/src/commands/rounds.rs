//! Rounds and their calendar: the rounds of this office, a new round, its deadlines.

use gecc_core::model::{Deadline, DeadlineInput, NewRoundInput, Round};
use gecc_core::store::{CarriedRound, CarryOver};
use tauri::State;

use super::CommandResult;
use crate::state::AppState;

#[tauri::command]
pub async fn list_rounds(state: State<'_, AppState>) -> CommandResult<Vec<Round>> {
    state.with_store(|store| store.list_rounds())
}

#[tauri::command]
pub async fn create_round(
    state: State<'_, AppState>,
    input: NewRoundInput,
) -> CommandResult<Round> {
    let today = state.today();
    state.with_store(|store| store.create_round(input, today))
}

/// Opens a round started from an earlier round of this office (see `CarryOver`).
#[tauri::command]
pub async fn create_round_from(
    state: State<'_, AppState>,
    input: NewRoundInput,
    carry: CarryOver,
) -> CommandResult<CarriedRound> {
    let today = state.today();
    let actor = state.actor();
    state.with_store(|store| store.create_round_from(input, &carry, &actor, today))
}

#[tauri::command]
pub async fn save_deadline(
    state: State<'_, AppState>,
    round_id: i64,
    input: DeadlineInput,
) -> CommandResult<Deadline> {
    state.with_store(|store| store.save_deadline(round_id, input))
}

#[tauri::command]
pub async fn delete_deadline(
    state: State<'_, AppState>,
    round_id: i64,
    deadline_id: i64,
) -> CommandResult<()> {
    state.with_store(|store| store.delete_deadline(round_id, deadline_id))
}
