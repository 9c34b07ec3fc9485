//! The core's unit tests and the CLI's acceptance tests, cross-compiled for Windows and
//! run under Wine, where Windows' own rules apply (forbidden names, files held open,
//! drive letters, UTF-16 paths). The few tests that drive Linux tools are skipped by name
//! here, in one list, each with its reason.

use std::process::Command;

use super::wine::Wine;
use super::{cargo, CI_PROFILE};

/// Tests skipped under Wine: (name filter, why it cannot run there).
pub const SKIPPED: &[(&str, &str)] = &[
    (
        "interop::",
        "drives Linux tools on our bundles: Python's zipfile and bagit.py in a venv, Info-ZIP unzip, 7-Zip",
    ),
    (
        "bundle_faults::",
        "mounts tmpfs sticks in a private mount namespace (unshare) and limits file sizes with prlimit",
    ),
    (
        "fat_stick::",
        "mounts a FAT32 image with fusefat in a private mount namespace (unshare)",
    ),
    (
        "forms::",
        "reads the printed PDFs back with poppler's pdftotext and pdfinfo",
    ),
    (
        "printed_report::",
        "reads the printed report, index and forms back with poppler's pdftotext",
    ),
    (
        "bundle_report::",
        "reads the bundle's printed report back with poppler's pdftotext",
    ),
    (
        "roster::a_province_of_20_offices_sees_who_has_not_sent_and_prints_all_20_on_forms_1_and_2",
        "reads forms 1 and 2 back with poppler's pdftotext",
    ),
];

/// The package and target selection, the same for the build and the run, so the run
/// reuses what the build made.
const SELECTION: &[&str] = &[
    "-p",
    "gecc-core",
    "-p",
    "gecc-cli",
    "--lib",
    "--test",
    "acceptance",
];

/// Builds the tests for Windows (the profile the installer's programs share).
pub fn build_command() -> Command {
    let mut args = vec!["test", "--no-run", "--profile", CI_PROFILE];
    args.extend(SELECTION);
    cargo(&args)
}

/// Runs them on this system (Windows itself, in the hosted workflow), skipping
/// [`SKIPPED`], which it lists first.
pub fn native_command() -> Command {
    println!("\n==> tests skipped on Windows");
    for (filter, reason) in SKIPPED {
        println!("    {filter:<18} {reason}");
    }
    let mut args = vec!["test", "--profile", CI_PROFILE];
    args.extend(SELECTION);
    args.push("--");
    for (filter, _) in SKIPPED {
        args.extend(["--skip", filter]);
    }
    cargo(&args)
}

/// Runs them under Wine (the prefix's server kept up), every test binary through `wine`.
pub fn command(wine: &Wine) -> Command {
    let _ = wine.keep_server();
    let mut command = native_command();
    // Only Wine's own variables: HOME (which Wine::command points inside the prefix's
    // folder) would move cargo's home too, and every dependency would build again.
    for (key, value) in wine.command("wine", &[]).get_envs() {
        if let (Some(value), true) = (value, key.to_string_lossy().starts_with("WINE")) {
            command.env(key, value);
        }
    }
    command.env("CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER", "wine");
    command
}
