//! `cargo xtask bench start` (and the last part of `cargo xtask bench`): the release app's
//! time from start to an interactive checklist and its memory, beside a bare Tauri window
//! built from the same toolchain (crates/bare-window). tests/e2e/bench-start.ts measures
//! through tauri-driver under Xvfb and prints the table; nothing is asserted.

use crate::run;

/// Runs the TypeScript measurement through Vite's module runner, as vitest runs the e2e
/// tests, without making it a test.
const RUN_SCRIPT: &str = "import { runnerImport } from 'vite'; \
    await runnerImport('./tests/e2e/bench-start.ts', { configFile: false, logLevel: 'error' });";

pub fn start_up() -> Result<(), String> {
    for (program, version_arg) in [("xvfb-run", "--help"), ("tauri-driver", "--help")] {
        if !run::available(program, version_arg) {
            return Err(format!(
                "{program} is missing: run `cargo xtask setup` first"
            ));
        }
    }
    run::step("build the UI", run::npm(&["run", "build"]))?;
    run::step(
        "build GECC Desk and a bare Tauri window (release)",
        run::cargo(&[
            "build",
            "--release",
            "-p",
            "gecc-desk",
            "-p",
            "gecc-bare-window",
        ]),
    )?;
    run::step(
        "start to interactive and memory, against a bare Tauri window (xvfb, tauri-driver)",
        run::command(
            "xvfb-run",
            &["-a", "node", "--input-type=module", "-e", RUN_SCRIPT],
        ),
    )
}
