//! Tauri's build step, with an app manifest that lists our commands: a command the
//! capability file does not grant is refused, so the UI can call only what it uses.

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(&[
        "get_settings",
        "set_language",
        "get_office",
        "set_office",
        "list_rounds",
        "create_round",
        "get_checklist",
        "save_answer",
        "close_when_saved",
    ]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("tauri-build failed");
}
