//! The smallest Tauri app: one window showing a static page, no plugins and no commands.
//! `cargo xtask bench start` measures GECC Desk's start-up time and memory against it.

// No console window behind it on Windows release builds, as for the app.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    tauri::Builder::default()
        .run(tauri::generate_context!())
        .expect("the bare window failed to run");
}
