//! The desktop shell: lets only one copy run, opens the store, registers the plugins and
//! the commands, remembers the window's size and place, holds dropped files for the UI,
//! and closes the window only after the UI has saved.

mod commands;
mod opening;
mod state;
mod window_place;

use std::sync::atomic::Ordering;
use std::time::Duration;

use gecc_core::model::{DragPosition, DroppedFiles};
use tauri::{AppHandle, DragDropEvent, Emitter, Manager, Window, WindowEvent};
use tauri_plugin_window_state::StateFlags;

use state::AppState;

/// How long the UI gets to finish its saves after the window is asked to close.
const CLOSE_GRACE: Duration = Duration::from_secs(3);

/// The window the configuration creates.
const MAIN_WINDOW: &str = "main";

pub fn run() {
    let started = std::time::Instant::now();
    let app = tauri::Builder::default()
        // First, so that a second launch hands over and exits before any other plugin
        // starts (the plugin's own advice).
        .plugin(tauri_plugin_single_instance::init(
            |app, _arguments, _working_folder| show_the_running_window(app),
        ))
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        // The window opens at the size and place it was left (the first run at the
        // configuration's 1280×680); window_place keeps it where it can be reached.
        .plugin(
            tauri_plugin_window_state::Builder::new()
                .with_state_flags(StateFlags::SIZE | StateFlags::POSITION | StateFlags::MAXIMIZED)
                .build(),
        )
        .invoke_handler(tauri::generate_handler![
            commands::get_settings,
            commands::set_language,
            commands::get_office,
            commands::set_office,
            commands::list_rounds,
            commands::create_round,
            commands::get_checklist,
            commands::save_answer,
            commands::item_history,
            commands::submit_round,
            commands::approve_round,
            commands::unlock_round,
            commands::attach_with_dialog,
            commands::attach_dropped,
            commands::discard_drop,
            commands::cancel_attach,
            commands::set_evidence_type,
            commands::detach_evidence,
            commands::delete_evidence,
            commands::evidence_thumbnail,
            commands::open_evidence,
            commands::save_deadline,
            commands::delete_deadline,
            commands::list_packs,
            commands::import_pack,
            commands::preview_pack_move,
            commands::move_round_to_pack,
            commands::get_pack,
            commands::next_pack_version,
            commands::check_pack_draft,
            commands::save_pack_draft,
            commands::export_pack,
            commands::signing_key,
            commands::plan_bundle,
            commands::round_bundles,
            commands::export_bundle,
            commands::cancel_bundle_job,
            commands::choose_bundles,
            commands::import_bundles,
            commands::province_status,
            commands::export_province_package,
            commands::choose_province_package,
            commands::import_province_package,
            commands::create_round_from,
            commands::set_role,
            commands::work_for_province,
            commands::get_geography,
            commands::get_roster,
            commands::add_province_to_roster,
            commands::add_office_to_roster,
            commands::add_sender_to_roster,
            commands::set_roster_phone,
            commands::remove_from_roster,
            commands::get_report_dates,
            commands::set_report_dates,
            commands::list_backups,
            commands::create_backup,
            commands::restore_backup,
            commands::close_when_saved,
            commands::print_document,
            commands::open_export_folder,
            commands::get_staff,
            commands::set_staff,
            commands::choose_person,
            commands::save_diagnostics,
        ])
        .on_window_event(|window, event| match event {
            WindowEvent::CloseRequested { api, .. } => {
                // The first request waits for the UI; a second one (after the UI is done
                // or the grace period ran out) is let through.
                let first = !window
                    .state::<AppState>()
                    .closing
                    .swap(true, Ordering::SeqCst);
                if first {
                    api.prevent_close();
                    ask_ui_to_finish_and_close(window);
                }
            }
            WindowEvent::DragDrop(drop) => forward_drag_and_drop(window, drop),
            _ => {}
        })
        .build(tauri::generate_context!())
        .expect("GECC Desk failed to start");
    // Plugins start inside `build`: a second launch has already handed over to the running
    // copy and exited by now, so the database is opened by one process only. It is opened
    // on a thread of its own while `run` starts the page; commands that come before it is
    // open wait for it.
    let data_dir = gecc_core::data_dir::resolve_data_dir(None);
    gecc_core::diagnostics::start_logging(&data_dir, "gecc-desk");
    let plugins_ms = started.elapsed().as_millis();
    app.manage(AppState::before_opening(
        &gecc_core::data_dir::database_path(&data_dir),
        gecc_core::clock::Clock::System,
    ));
    open_the_store_beside(app.handle().clone(), plugins_ms);
    // The plugin restored the window when it was made (inside `build`).
    if let Some(window) = app.get_webview_window(MAIN_WINDOW) {
        window_place::keep_on_screen(&window);
    }
    app.run(|_, _| {});
}

/// Opens the store on a thread of its own, so the window does not wait for it.
fn open_the_store_beside(app: AppHandle, plugins_ms: u128) {
    let opening = std::time::Instant::now();
    let open = move |app: &AppHandle| {
        app.state::<AppState>().open_store();
        tracing::info!(
            plugins_ms,
            store_ms = opening.elapsed().as_millis(),
            "started"
        );
    };
    let beside = app.clone();
    if let Err(error) = std::thread::Builder::new()
        .name("open-store".into())
        .spawn(move || open(&beside))
    {
        // No thread to spare: open it here, before the window, as it used to be.
        tracing::warn!(%error, "opening the store on the main thread");
        open(&app);
    }
}

/// Another launch of the program (a second click on the shortcut) brings the running
/// window to the front instead of opening the same database twice.
fn show_the_running_window(app: &AppHandle) {
    if let Some(window) = app.get_webview_window(MAIN_WINDOW) {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// The UI flushes pending saves and calls `close_when_saved`; if it cannot, the app
/// closes after a grace period anyway.
fn ask_ui_to_finish_and_close(window: &Window) {
    let _ = window.emit("close-requested", ());
    let app = window.app_handle().clone();
    std::thread::spawn(move || {
        std::thread::sleep(CLOSE_GRACE);
        app.exit(0);
    });
}

/// Tells the UI where files are dragged and dropped. Dropped paths stay in Rust: the UI
/// gets their names and a drop id, and names the item with `attach_dropped`.
fn forward_drag_and_drop(window: &Window, drop: &DragDropEvent) {
    let _ = match drop {
        DragDropEvent::Enter { position, .. } | DragDropEvent::Over { position } => window.emit(
            "drag-over",
            DragPosition {
                x: position.x,
                y: position.y,
            },
        ),
        DragDropEvent::Drop { paths, position } => {
            let names = paths
                .iter()
                .map(|p| {
                    p.file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default()
                })
                .collect();
            let drop_id = window.state::<AppState>().hold_drop(paths.clone());
            window.emit(
                "files-dropped",
                DroppedFiles {
                    drop_id,
                    names,
                    x: position.x,
                    y: position.y,
                },
            )
        }
        DragDropEvent::Leave => window.emit("drag-leave", ()),
        _ => Ok(()),
    };
}
