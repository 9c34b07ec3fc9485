//! `cargo xtask bench start` (and the last part of `cargo xtask bench`): the release app's
//! time from start to an interactive checklist and its memory, beside a bare Tauri window
//! built from the same toolchain (crates/bare-window). tests/e2e/bench-start.ts measures
//! through tauri-driver under Xvfb and prints the table; nothing is asserted.

use crate::run;

/// Runs the TypeScript measurement through Vite's module runner, as vitest runs the e2e
/// tests, without making it a test.
const RUN_SCRIPT: &str = "import { runnerImport } from 'vite'; \
    await runnerImport('./tests/e2e/bench-start.ts', { configFile: false, logLevel: 'error' });";

/// Builds the UI and, in one cargo run (so shared crates build once, with one set of
/// features), the app, the bare window, the benchmarks (which also seed a full year) and
/// `gecc` (not measured here, but built with the others it costs a link, and alone it
/// would build the shared crates again with other features).
pub fn build() -> Result<(), String> {
    run::step("build the UI", run::npm(&["run", "build"]))?;
    run::step(
        "build GECC Desk, a bare Tauri window, the benchmarks and gecc (release)",
        run::cargo(&[
            "build",
            "--release",
            "-p",
            "gecc-desk",
            "-p",
            "gecc-bare-window",
            "-p",
            "gecc-bench",
            "-p",
            "gecc-cli",
        ]),
    )
}

/// Measures the built binaries (see [`build`]).
pub fn start_up() -> Result<(), String> {
    for (program, version_arg) in [("xvfb-run", "--help"), ("tauri-driver", "--help")] {
        if !run::available(program, version_arg) {
            return Err(format!(
                "{program} is missing: run `cargo xtask setup` first"
            ));
        }
    }
    run::step(
        "start to interactive and memory, against a bare Tauri window (xvfb, tauri-driver)",
        run::command(
            "xvfb-run",
            &["-a", "node", "--input-type=module", "-e", RUN_SCRIPT],
        ),
    )
}
