// The version information of a Windows program in one language, from version-info.rc.in;
// included by the build scripts of the app (src-tauri/build.rs) and of the CLI
// (crates/cli/build.rs), so both programs describe themselves the same way.

/// `language` is "th" or "en"; the version is the package's own.
#[allow(dead_code)]
fn windows_version_info(language: &str, file_name: &str, description: &str) -> String {
    let version = std::env::var("CARGO_PKG_VERSION").expect("cargo sets CARGO_PKG_VERSION");
    let mut numbers: Vec<String> = version
        .split(['.', '-', '+'])
        .take(3)
        .map(|part| part.parse::<u16>().unwrap_or(0).to_string())
        .collect();
    numbers.resize(4, "0".to_string());
    let (primary, sub, block, translation) = match language {
        "th" => ("0x1E", "0x01", "041E04B0", "0x041E, 0x04B0"),
        _ => ("0x09", "0x01", "040904B0", "0x0409, 0x04B0"),
    };
    include_str!("version-info.rc.in")
        .replace("@PRIMARY@", primary)
        .replace("@SUB@", sub)
        .replace("@BLOCK@", block)
        .replace("@TRANSLATION@", translation)
        .replace("@VERSION_COMMAS@", &numbers.join(","))
        .replace("@VERSION@", &version)
        .replace("@FILE_NAME@", file_name)
        .replace("@DESCRIPTION@", description)
}
