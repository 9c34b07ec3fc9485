//! Part of `cargo xtask bench` (issue 18): the province overview of a department's 10,000
//! offices (and of 1,000) in Debian's Chromium, the built UI with province_status faked:
//! open, the worst scroll frame, filter and sort beside their goals (200 / 200 / 100 /
//! 100 ms). tests/ui/bench-matrix.ts measures in the page and prints the table; nothing
//! is asserted.

use crate::run;

/// Runs the TypeScript measurement through Vite's module runner, as vitest runs the UI
/// flows, without making it a flow.
const RUN_SCRIPT: &str = "import { runnerImport } from 'vite'; \
    await runnerImport('./tests/ui/bench-matrix.ts', { configFile: false, logLevel: 'error' });";

pub fn matrix() -> Result<(), String> {
    // The flows' Chromium (`cargo xtask setup` installs it), or the one CHROMIUM names.
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "chromium".into());
    if !run::available(&chromium, "--version") {
        return Err(format!(
            "{chromium} is missing: run `cargo xtask setup` first"
        ));
    }
    run::step("build the UI", run::npm(&["run", "build"]))?;
    run::step(
        "the province overview of 10,000 offices: open, scroll, filter, sort (Chromium)",
        run::command("node", &["--input-type=module", "-e", RUN_SCRIPT]),
    )
}
