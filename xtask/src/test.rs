//! Every check and test, in the order that builds once and tests many: the UI bundle
//! first (the app embeds it), then format and lints, one build of every Rust target, the
//! Rust and UI tests, and last the end-to-end test of the real app in its real webview.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use crate::{background, disk, run};

pub fn test_all() -> Result<(), String> {
    // Said first, not twenty minutes into a build: the run is not refused (the estimate
    // may be generous), but a full disk later is then no mystery.
    if let Some(warning) = disk::shortfall(&run::repo_root(), disk::TEST_RUN_NEEDS) {
        println!("\nwarning: {warning}");
    }
    let home = isolated_home()?;
    let mut timings: Vec<(String, Duration)> = Vec::new();
    let mut timed =
        |name: &str, mut command: Command, limit: Option<Duration>| -> Result<(), String> {
            for (variable, folder) in [
                ("XDG_DATA_HOME", "data"),
                ("XDG_CONFIG_HOME", "config"),
                ("XDG_CACHE_HOME", "cache"),
                ("XDG_RUNTIME_DIR", "runtime"),
            ] {
                command.env(variable, home.join(folder));
            }
            command.env_remove("GECC_DATA_DIR");
            let elapsed = run::timed_step_within(name, &mut command, limit)?;
            timings.push((name.to_string(), elapsed));
            Ok(())
        };
    // Builds may take long on a fresh machine; programs under test may not hang CI.
    let minutes = |m: u64| Some(Duration::from_secs(60 * m));

    timed(
        "UI type check (tsc)",
        run::npm(&["run", "typecheck"]),
        minutes(10),
    )?;
    timed(
        "UI format and lint (Biome)",
        run::npm(&["run", "lint"]),
        minutes(10),
    )?;
    timed("UI build (vite)", run::npm(&["run", "build"]), minutes(10))?;
    timed(
        "Rust format check",
        run::cargo(&["fmt", "--all", "--", "--check"]),
        minutes(5),
    )?;
    core_has_no_tauri()?;
    // One build of every target (binaries and tests together) so that features are
    // unified once: the test run and the end-to-end test reuse these artifacts. Our own
    // crates are linted by clippy as they compile (run::linted says why).
    timed(
        "build everything once (app, CLI, tests; clippy, warnings denied)",
        build_everything(),
        None,
    )?;
    // The Windows programs and tests (their own workspace crates linted by clippy in the
    // same pass) build in the background while the Linux and UI tests run, which mostly
    // wait on SQLite, Chromium and WebKit: the cross-build's minutes overlap theirs.
    crate::windows::prepare_toolchain()?;
    let windows_build = background::Job::start(
        "Windows: build gecc-desk.exe, gecc.exe and the core and CLI tests (clippy, warnings denied; in the background)",
        run::cargo(&["xtask", "windows-build"]),
        &run::repo_root().join("target/windows-build.log"),
    )?;
    // Every test runs in a network namespace with only a loopback interface: a test that
    // reached out (or an app that did) would fail here, which proves nothing needs to.
    timed(
        "Rust tests (units, acceptance, bindings freshness), no network",
        without_network(run::linted(run::cargo(&["test", "--workspace"]))),
        minutes(25),
    )?;
    timed(
        "UI unit tests (vitest), no network",
        without_network(run::npm(&["test"])),
        minutes(10),
    )?;
    timed(
        "UI flows in Chromium (Playwright), no network",
        without_network(run::npm(&["run", "test:flows"])),
        minutes(15),
    )?;
    timed(
        "end-to-end: the real app in its webview (xvfb, tauri-driver), no network",
        without_network(run::command("xvfb-run", &["-a", "npm", "run", "test:e2e"])),
        minutes(20),
    )?;
    windows_build.finish(minutes(60))?;
    // The fuzz crate (with cargo-fuzz itself, and what it fetches) builds in the
    // background in turn, while the Windows tests wait on Wine.
    let fuzz_build = background::Job::start(
        "build the fuzz targets (in the background)",
        run::cargo(&["xtask", "fuzz", "--build-only"]),
        &run::repo_root().join("target/fuzz-build.log"),
    )?;
    // Windows: the tests run under Wine, then the installer made from the same programs
    // is installed, used, upgraded and removed under Wine.
    let wine = crate::windows::wine::Wine::fresh("tests")?;
    timed(
        "Windows: core and CLI tests under Wine, no network",
        without_network(crate::windows::tests::command(&wine)),
        minutes(20),
    )?;
    if wine.stop() != crate::windows::wine::Settled::ByItself {
        return Err("Wine did not end after the tests: its server was killed".into());
    }
    timed(
        "Windows: installer smoke test under Wine, no network",
        without_network(run::cargo(&["xtask", "windows-smoke"])),
        minutes(15),
    )?;
    // Fuzzing, bounded: once the background build is done, each target (bundle reader,
    // pack parser, assessment JSON) runs for 30 s from the committed seeds, offline like
    // every other test. Longer runs are by hand.
    fuzz_build.finish(minutes(30))?;
    timed(
        "fuzz each target for 30 s, no network",
        without_network(run::cargo(&["xtask", "fuzz", "--seconds", "30"])),
        minutes(10),
    )?;

    println!("\nAll checks passed.");
    for (name, elapsed) in &timings {
        println!("  {:>7.1} s  {name}", elapsed.as_secs_f64());
    }
    let total: Duration = timings.iter().map(|(_, d)| *d).sum();
    println!("  {:>7.1} s  total", total.as_secs_f64());
    Ok(())
}

/// One build of every target of the workspace, our crates linted as they compile: the
/// test run, the end-to-end test and `cargo xtask start` all use what it made.
pub fn build_everything() -> Command {
    run::linted(run::cargo(&["build", "--workspace", "--all-targets"]))
}

/// `command` inside a new user and network namespace (`unshare -rn`) where only the
/// loopback interface exists and is up: the tests' own WebDriver and dev connections
/// work, nothing else can be reached. Cargo is told it is offline.
fn without_network(command: Command) -> Command {
    let mut wrapped = Command::new("unshare");
    wrapped
        .args(["-rn", "sh", "-c", "ip link set lo up && exec \"$@\"", "sh"])
        .arg(command.get_program())
        .args(command.get_args())
        .current_dir(command.get_current_dir().unwrap_or(&run::repo_root()))
        .env("CARGO_NET_OFFLINE", "true");
    for (key, value) in command.get_envs() {
        match value {
            Some(value) => wrapped.env(key, value),
            None => wrapped.env_remove(key),
        };
    }
    wrapped
}

/// A fresh set of XDG folders under target/, so no test touches the user's real data.
fn isolated_home() -> Result<std::path::PathBuf, String> {
    let home = run::repo_root().join("target/test-home");
    let _ = std::fs::remove_dir_all(&home);
    for folder in ["data", "config", "cache", "runtime"] {
        create_private_dir(&home.join(folder))?;
    }
    Ok(home)
}

fn create_private_dir(path: &Path) -> Result<(), String> {
    std::fs::create_dir_all(path).map_err(|e| format!("create {}: {e}", path.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o700))
            .map_err(|e| format!("chmod {}: {e}", path.display()))?;
    }
    Ok(())
}

/// `cargo tree -i tauri` must find nothing under gecc-core. The same query on the shell
/// must find Tauri, which proves the check itself can fail.
fn core_has_no_tauri() -> Result<(), String> {
    println!("\n==> gecc-core does not depend on Tauri");
    let tree = |package: &str| -> Result<String, String> {
        let output = run::cargo(&["tree", "-p", package, "-e", "normal,build", "-i", "tauri"])
            .output()
            .map_err(|e| format!("cargo tree: {e}"))?;
        let stderr = String::from_utf8_lossy(&output.stderr);
        if !output.status.success() && !stderr.contains("did not match any packages") {
            return Err(format!("cargo tree -p {package} failed: {stderr}"));
        }
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    };
    let core = tree("gecc-core")?;
    if !core.trim().is_empty() {
        return Err(format!("gecc-core depends on Tauri:\n{core}"));
    }
    if !tree("gecc-desk")?.contains("tauri v2") {
        return Err("the check is broken: it does not see Tauri under gecc-desk either".into());
    }
    println!("<== gecc-core does not depend on Tauri: ok");
    Ok(())
}
