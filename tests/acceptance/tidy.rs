//! Habits that keep the tree tidy, checked like any other behaviour (rust-analyzer's
//! "tidy" tests): the IPC commands are named alike in every place that lists them, no UI
//! code writes HTML from a string, and every file under assets/ is used by something.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::support::repo_root;

fn read(relative: &str) -> String {
    std::fs::read_to_string(repo_root().join(relative))
        .unwrap_or_else(|error| panic!("read {relative}: {error}"))
}

/// Every file under `folder`, skipping what is built or installed rather than written.
fn files_under(folder: &Path) -> Vec<PathBuf> {
    const NOT_WRITTEN: &[&str] = &[".git", "target", "node_modules", "dist", "gen", "corpus"];
    let mut found = Vec::new();
    let mut folders = vec![folder.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap().flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() {
                if !NOT_WRITTEN.contains(&name.as_str()) {
                    folders.push(path);
                }
            } else {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The text between `start` and the next `end` after it.
fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).unwrap_or_else(|| panic!("no {start}")) + start.len();
    let to = text[from..].find(end).unwrap_or_else(|| panic!("no {end}")) + from;
    &text[from..to]
}

/// Words of `[a-z_]` following each `marker` in `text`.
fn names_after(text: &str, marker: &str) -> BTreeSet<String> {
    text.match_indices(marker)
        .map(|(at, _)| {
            text[at + marker.len()..]
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                .collect::<String>()
        })
        .filter(|name| !name.is_empty())
        .collect()
}

/// The commands the shell defines: each `#[tauri::command]` function in commands/.
fn defined_commands() -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for file in files_under(&repo_root().join("src-tauri/src/commands")) {
        let text = std::fs::read_to_string(&file).unwrap();
        for (at, _) in text.match_indices("#[tauri::command]") {
            let after = &text[at..];
            let signature = &after[after.find("fn ").unwrap() + 3..];
            names.insert(signature[..signature.find(['(', '<']).unwrap()].to_string());
        }
    }
    names
}

/// The commands the UI calls: the first argument of each `run<T>("name", ...)` in its one
/// API module (a formatter may put the name on the next line).
fn ui_commands() -> BTreeSet<String> {
    let api = read("ui/src/api.ts");
    let mut names = BTreeSet::new();
    for (at, _) in api.match_indices("run<") {
        // Past the type argument, which may nest `<...>`, to the call's `(`.
        let mut depth = 0;
        let Some(close) = api[at + 3..].char_indices().find_map(|(i, c)| {
            depth += match c {
                '<' => 1,
                '>' => -1,
                _ => 0,
            };
            (depth == 0).then_some(at + 3 + i)
        }) else {
            continue;
        };
        let Some(call) = api[close + 1..].strip_prefix('(') else {
            continue;
        };
        if let Some(quoted) = call.trim_start().strip_prefix('"') {
            names.insert(quoted[..quoted.find('"').unwrap()].to_string());
        }
    }
    names
}

#[test]
fn every_ipc_command_is_named_alike_in_the_shell_its_manifest_its_capability_and_the_ui() {
    let defined = defined_commands();
    let lib = read("src-tauri/src/lib.rs");
    let handled = names_after(between(&lib, "generate_handler![", "]"), "commands::");
    let build = read("src-tauri/build.rs");
    let manifest = names_after(between(&build, ".commands(&[", "]"), "\"");
    let capability = read("src-tauri/capabilities/default.json");
    let granted: BTreeSet<String> = capability
        .match_indices("\"allow-")
        .map(|(at, _)| {
            let name = &capability[at + "\"allow-".len()..];
            name[..name.find('"').unwrap()].replace('-', "_")
        })
        .collect();
    let called = ui_commands();
    assert!(defined.len() > 40, "the commands were found: {defined:?}");
    for (place, names) in [
        ("generate_handler! in src-tauri/src/lib.rs", &handled),
        ("the manifest in src-tauri/build.rs", &manifest),
        ("src-tauri/capabilities/default.json", &granted),
        ("ui/src/api.ts", &called),
    ] {
        let missing: Vec<_> = defined.difference(names).collect();
        let unknown: Vec<_> = names.difference(&defined).collect();
        assert!(
            missing.is_empty() && unknown.is_empty(),
            "{place} lacks {missing:?} and names {unknown:?}, unlike the #[tauri::command] functions"
        );
    }
}

#[test]
fn no_ui_code_writes_html_from_a_string() {
    // lit-html escapes what it puts in a template; these take markup as a string, where a
    // clerk's note or a bundle's office name could become a script.
    const RAW_HTML: &[&str] = &[
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write(",
    ];
    for file in files_under(&repo_root().join("ui")) {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        for raw in RAW_HTML {
            assert!(
                !text.contains(raw),
                "{} uses {raw}; build the DOM with lit-html instead",
                file.display()
            );
        }
    }
}

#[test]
fn every_file_under_assets_is_used_by_something() {
    let root = repo_root();
    let texts: Vec<(PathBuf, String)> = files_under(&root)
        .into_iter()
        .filter_map(|path| Some((path.clone(), std::fs::read_to_string(&path).ok()?)))
        .collect();
    let mut unused = Vec::new();
    for asset in files_under(&root.join("assets")) {
        let name = asset.file_name().unwrap().to_string_lossy().into_owned();
        let named = texts
            .iter()
            .any(|(path, text)| *path != asset && text.contains(&name));
        if !named {
            unused.push(asset.strip_prefix(&root).unwrap().display().to_string());
        }
    }
    assert!(
        unused.is_empty(),
        "nothing names these assets; remove them or say what uses them: {unused:?}"
    );
}
