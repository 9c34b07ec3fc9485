//! Tauri's build step, with an app manifest that lists our commands: a command the
//! capability file does not grant is refused, so the UI can call only what it uses. On
//! Windows it also gives gecc-desk.exe its Thai version information beside the English
//! one Tauri writes.

include!("../assets/windows/version_info.rs");

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
        "item_history",
        "submit_round",
        "approve_round",
        "unlock_round",
        "attach_with_dialog",
        "attach_dropped",
        "discard_drop",
        "cancel_attach",
        "set_evidence_type",
        "detach_evidence",
        "delete_evidence",
        "evidence_thumbnail",
        "open_evidence",
        "save_deadline",
        "delete_deadline",
        "list_packs",
        "import_pack",
        "preview_pack_move",
        "move_round_to_pack",
        "get_pack",
        "next_pack_version",
        "check_pack_draft",
        "save_pack_draft",
        "export_pack",
        "signing_key",
        "plan_bundle",
        "round_bundles",
        "export_bundle",
        "cancel_bundle_job",
        "choose_bundles",
        "import_bundles",
        "province_status",
        "export_province_package",
        "choose_province_package",
        "import_province_package",
        "create_round_from",
        "set_role",
        "work_for_province",
        "get_geography",
        "get_roster",
        "add_province_to_roster",
        "add_office_to_roster",
        "add_sender_to_roster",
        "set_roster_phone",
        "remove_from_roster",
        "get_report_dates",
        "set_report_dates",
        "list_backups",
        "create_backup",
        "restore_backup",
        "close_when_saved",
        "print_document",
        "open_export_folder",
        "get_staff",
        "set_staff",
        "choose_person",
        "save_diagnostics",
    ]);
    println!("cargo:rerun-if-changed=../assets/windows");
    let windows = tauri_build::WindowsAttributes::new().append_rc_content(windows_version_info(
        "th",
        "gecc-desk.exe",
        "GECC Desk: เตรียมการประเมินศูนย์ราชการสะดวก",
    ));
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(manifest)
            .windows_attributes(windows),
    )
    .expect("tauri-build failed");
}
