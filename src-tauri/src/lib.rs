//! The desktop shell: opens the store, registers the dialog plugin and the commands,
//! and makes sure the window closes only after the UI has finished saving.

mod commands;
mod state;

use std::sync::atomic::Ordering;
use std::time::Duration;

use tauri::{Emitter, Manager, WindowEvent};

use state::AppState;

/// How long the UI gets to finish its saves after the window is asked to close.
const CLOSE_GRACE: Duration = Duration::from_secs(3);

pub fn run() {
    // Read the UTC offset before any thread starts: afterwards the OS cannot be asked safely.
    let state = AppState::open(gecc_core::timestamp::local_offset());
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            commands::get_settings,
            commands::set_language,
            commands::get_office,
            commands::set_office,
            commands::list_rounds,
            commands::create_round,
            commands::get_checklist,
            commands::save_answer,
            commands::close_when_saved,
        ])
        .on_window_event(|window, event| {
            if let WindowEvent::CloseRequested { api, .. } = event {
                let state = window.state::<AppState>();
                if state.closing.swap(true, Ordering::SeqCst) {
                    return;
                }
                // Ask the UI to flush pending saves; it calls `close_when_saved` when done.
                api.prevent_close();
                let _ = window.emit("close-requested", ());
                let app = window.app_handle().clone();
                std::thread::spawn(move || {
                    std::thread::sleep(CLOSE_GRACE);
                    app.exit(0);
                });
            }
        })
        .run(tauri::generate_context!())
        .expect("GECC Desk failed to start");
}
