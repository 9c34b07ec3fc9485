//! GECC Desk's entry point; everything else is in the library so tests and mobile
//! targets could reuse it.

// No console window behind the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    gecc_desk_lib::run();
}
