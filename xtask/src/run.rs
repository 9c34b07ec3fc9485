//! Running commands from the repository root, loudly, with their time.

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

pub fn command(program: &str, args: &[&str]) -> Command {
    let mut command = Command::new(program);
    command.args(args).current_dir(repo_root());
    command
}

pub fn cargo(args: &[&str]) -> Command {
    command(
        &std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()),
        args,
    )
}

pub fn npm(args: &[&str]) -> Command {
    // npm is a batch file on Windows (the hosted workflow runs xtask there).
    command(if cfg!(windows) { "npm.cmd" } else { "npm" }, args)
}

/// `command` (a cargo build or test) with our own crates compiled through clippy as they
/// are built: clippy-driver as the workspace's compiler wrapper, warnings denied, as
/// `cargo clippy` calls it. One compilation both lints and builds, instead of a
/// `cargo clippy` pass over every dependency and then a build of them all again. Every
/// command that reuses those artifacts must be linted too, or cargo rebuilds our crates.
pub fn linted(mut command: Command) -> Command {
    command.env("RUSTC_WORKSPACE_WRAPPER", clippy_driver()).env(
        "CLIPPY_ARGS",
        "-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__",
    );
    command
}

/// clippy-driver beside the cargo that runs us (the toolchain's own).
fn clippy_driver() -> PathBuf {
    let cargo = std::env::var_os("CARGO").map(PathBuf::from);
    cargo
        .and_then(|cargo| cargo.parent().map(|folder| folder.join("clippy-driver")))
        .filter(|driver| driver.is_file())
        .unwrap_or_else(|| PathBuf::from("clippy-driver"))
}

/// Runs a command to completion; fails with the step's name when it fails.
pub fn step(name: &str, mut command: Command) -> Result<(), String> {
    timed_step(name, &mut command).map(|_| ())
}

pub fn timed_step(name: &str, command: &mut Command) -> Result<Duration, String> {
    println!("\n==> {name}");
    let started = Instant::now();
    let status = command.status().map_err(|error| {
        format!(
            "{name}: could not start {:?}: {error}",
            command.get_program()
        )
    })?;
    let elapsed = started.elapsed();
    if status.success() {
        println!("<== {name}: ok in {:.1} s", elapsed.as_secs_f64());
        Ok(elapsed)
    } else {
        Err(format!(
            "{name} failed ({status}) after {:.1} s",
            elapsed.as_secs_f64()
        ))
    }
}

/// Whether a program can be found and run.
pub fn available(program: &str, version_arg: &str) -> bool {
    Command::new(program)
        .arg(version_arg)
        .output()
        .map(|output| output.status.success())
        .unwrap_or(false)
}
