//! Windows programs made on this Debian machine: cross-compiled for x86_64-pc-windows-gnu
//! with Debian's mingw-w64 (`rustup` brings the target's standard library), packed by our
//! own NSIS script with Debian's makensis (Tauri's NSIS bundler downloads a plug-in from a
//! host we cannot reach), and tested under Debian's Wine. The app's window itself needs
//! WebView2, which Wine lacks: that stays with the hosted Windows workflow.

pub mod dist;
pub mod smoke;
pub mod tests;
pub mod wine;

use std::path::PathBuf;
use std::process::Command;

use crate::run;

/// The one Windows target we build: 64-bit, the GNU ABI that mingw-w64 links.
pub const TARGET: &str = "x86_64-pc-windows-gnu";
const LINKER: &str = "x86_64-w64-mingw32-gcc";

/// The profile the tests and the installer smoke test build in, once for both: no LTO,
/// many codegen units, no debug information (the release profile's single codegen unit
/// and LTO cost CI minutes that tests do not need). `dist --windows` uses `release`.
pub const CI_PROFILE: &str = "windows-ci";

/// The target's standard library (through rustup, the toolchain's own channel) and the
/// Debian tools (setup installs them): the linker, makensis and Wine.
pub fn prepare_toolchain() -> Result<(), String> {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map(|output| String::from_utf8_lossy(&output.stdout).contains(TARGET))
        .unwrap_or(false);
    if installed {
        println!("==> Rust target {TARGET}: present");
    } else {
        run::step(
            &format!("rustup target add {TARGET}"),
            run::command("rustup", &["target", "add", TARGET]),
        )?;
    }
    for (program, argument) in [
        (LINKER, "--version"),
        ("makensis", "-VERSION"),
        ("wine", "--version"),
    ] {
        if !run::available(program, argument) {
            return Err(format!("{program} is missing: run `cargo xtask setup`"));
        }
    }
    Ok(())
}

/// Cargo for the Windows target, linking with mingw-w64. Our own crates go through
/// clippy as they are compiled (clippy-driver as the workspace's compiler wrapper, warnings
/// denied, as `cargo clippy` would call it), so `cfg(windows)` code is linted by the same
/// build that the tests and the installer use, not by a second pass over everything.
pub fn cargo(args: &[&str]) -> Command {
    // The target goes right after the subcommand: after a `--`, it would be the test
    // programs' argument, and cargo would build for this machine instead.
    let (subcommand, rest) = args.split_first().expect("a cargo subcommand");
    let mut all = vec![*subcommand, "--target", TARGET];
    all.extend(rest);
    let mut command = run::linted(run::cargo(&all));
    command.env("CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER", LINKER);
    command
}

/// Where cargo puts the Windows programs of `profile`.
pub fn output_folder(profile: &str) -> PathBuf {
    let folder = if profile == "dev" { "debug" } else { profile };
    run::repo_root().join("target").join(TARGET).join(folder)
}

/// Builds the app (embedding ui/dist, which `npm run build` makes) and the CLI.
pub fn build_command(profile: &str) -> Command {
    cargo(&[
        "build",
        "--profile",
        profile,
        "-p",
        "gecc-desk",
        "-p",
        "gecc-cli",
        "--bins",
    ])
}

/// The app and the CLI (embedding the ui/dist already built), then the core and CLI
/// tests, for Windows in the CI profile: what the Wine tests and the smoke test use.
pub fn build_for_tests() -> Result<(), String> {
    prepare_toolchain()?;
    run::step(
        "Windows: build gecc-desk.exe and gecc.exe (clippy, warnings denied)",
        build_command(CI_PROFILE),
    )?;
    run::step(
        "Windows: build the core and CLI tests (clippy, warnings denied)",
        tests::build_command(),
    )
}

/// The UI, then the app and the CLI for Windows; the folder that holds them.
pub fn build_programs(profile: &str) -> Result<PathBuf, String> {
    run::step("build the UI", run::npm(&["run", "build"]))?;
    run::step(
        &format!("build gecc-desk.exe and gecc.exe ({profile}, {TARGET})"),
        build_command(profile),
    )?;
    built_programs(profile)
}

/// The folder holding the programs `profile` built, once each is checked to be there.
pub fn built_programs(profile: &str) -> Result<PathBuf, String> {
    let folder = output_folder(profile);
    for name in dist::PROGRAM_FILES {
        if !folder.join(name).is_file() {
            return Err(format!("the build left no {name} in {}", folder.display()));
        }
    }
    Ok(folder)
}
