//! `cargo xtask <chore>`: the one door for chores, so the README's two commands, CI and
//! developers all do the same thing.
//!
//!   setup    install what is missing (Debian packages, the interop tests' Python venv,
//!            tauri-driver, npm packages)
//!   start    setup, build the UI, start the app
//!   test     setup, then every check and test CI runs, with a timing summary
//!   codegen  regenerate ui/src/bindings.ts from the Rust types
//!   bench    release build, then every benchmark against its baseline, as a table, the
//!            province overview of 10,000 offices against its goals
//!            (`bench start`: only the app's start-up and memory against a bare window)
//!   dist     release build of the Linux package (.deb), with its size; slow, so not
//!            part of `test`. `dist --windows`: the Windows programs cross-built here,
//!            our NSIS installer, a portable ZIP and their SHA-256 in target/dist/windows/
//!   fuzz     the cargo-fuzz targets in fuzz/, 60 s each unless `--seconds N` (only built
//!            with `--build-only`); fails on
//!            any crash, timeout or running out of memory (see README.md)

mod background;
mod bench_matrix;
mod bench_start;
mod disk;
mod fuzz;
mod run;
mod setup;
mod test;
mod windows;

use std::process::ExitCode;

fn main() -> ExitCode {
    let chore = std::env::args().nth(1).unwrap_or_default();
    let result = match chore.as_str() {
        "setup" => setup::setup(),
        "start" => setup::setup().and_then(|()| start()),
        "test" => setup::setup().and_then(|()| test::test_all()),
        "codegen" => codegen(),
        "bench" => bench(),
        "dist" if std::env::args().nth(2).as_deref() == Some("--windows") => {
            setup::setup().and_then(|()| windows::dist::dist_windows())
        }
        "dist" => setup::setup().and_then(|()| dist()),
        // Parts of `test`: the Windows build (in the background, beside the Linux tests),
        // and the smoke test, inside its network namespace after the Windows tests.
        "windows-build" => windows::build_for_tests(),
        "windows-smoke" => windows::smoke::installer_smoke_test(),
        // The hosted Windows workflow: the same tests as under Wine, on Windows itself.
        "test-windows" => windows::prepare_toolchain().and_then(|()| {
            run::step("build the tests", windows::tests::build_command())?;
            run::step("run the tests", windows::tests::native_command())
        }),
        "fuzz" => fuzz::fuzz(&std::env::args().skip(2).collect::<Vec<_>>()),
        _ => {
            eprintln!("usage: cargo xtask <setup|start|test|codegen|bench|dist [--windows]|fuzz>");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask {chore}: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Builds exactly what `cargo xtask test` builds (every target, our crates through
/// clippy), so whichever of the README's two commands runs second compiles nothing
/// again; `cargo run -p gecc-desk` alone would unify features differently and rebuild.
fn start() -> Result<(), String> {
    run::step("build the UI", run::npm(&["run", "build"]))?;
    run::step("build everything once", test::build_everything())?;
    let app = run::repo_root()
        .join("target/debug")
        .join(format!("gecc-desk{}", std::env::consts::EXE_SUFFIX));
    run::step("start GECC Desk", run::command(&app.to_string_lossy(), &[]))
}

/// Every benchmark (the Rust ones, then the province overview of 10,000 offices in
/// Chromium), then the app's start-up against a bare Tauri window; `bench start` runs only
/// the latter.
fn bench() -> Result<(), String> {
    bench_start::build()?;
    if std::env::args().nth(2).as_deref() != Some("start") {
        // The baselines: ImageMagick for reduced photos, GNU time for its peak memory.
        setup::debian_packages(&["imagemagick", "time"])?;
        let binary = run::repo_root().join("target/release/gecc-bench");
        let work = run::repo_root().join("target/bench");
        run::step(
            "run the benchmarks",
            run::command(&binary.to_string_lossy(), &[&work.to_string_lossy()]),
        )?;
        bench_matrix::matrix()?;
    }
    bench_start::start_up()
}

/// The Debian package through Tauri's bundler, which builds the UI and the app in release
/// mode first; then where it is and how large, with the program inside it.
fn dist() -> Result<(), String> {
    run::step(
        "build the .deb (release)",
        run::npm(&["run", "tauri", "--", "build", "--bundles", "deb", "--ci"]),
    )?;
    let root = run::repo_root();
    let folder = root.join("target/release/bundle/deb");
    let packages: Vec<std::path::PathBuf> = std::fs::read_dir(&folder)
        .map_err(|error| format!("read {}: {error}", folder.display()))?
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "deb"))
        .collect();
    if packages.is_empty() {
        return Err(format!("no .deb in {}", folder.display()));
    }
    for path in packages
        .iter()
        .chain([&root.join("target/release/gecc-desk")])
    {
        let bytes = std::fs::metadata(path)
            .map_err(|error| format!("{}: {error}", path.display()))?
            .len();
        let shown = path.strip_prefix(&root).unwrap_or(path);
        println!("{:>8.1} MB  {}", bytes as f64 / 1e6, shown.display());
    }
    Ok(())
}

fn codegen() -> Result<(), String> {
    let mut command = run::cargo(&["test", "-p", "gecc-core", "--lib", "bindings"]);
    command.env("UPDATE_BINDINGS", "1");
    run::step("regenerate ui/src/bindings.ts", command)
}
