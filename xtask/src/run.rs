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
