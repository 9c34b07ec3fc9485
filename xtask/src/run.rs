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
    timed_step_within(name, command, None)
}

/// Like [`timed_step`], but a step still running after `limit` is ended with everything it
/// started (its own process group), so one hung program fails the run at once with the
/// step's name instead of holding CI until its own time runs out.
pub fn timed_step_within(
    name: &str,
    command: &mut Command,
    limit: Option<Duration>,
) -> Result<Duration, String> {
    println!("\n==> {name}");
    let started = Instant::now();
    let cpu_before = children_cpu_seconds();
    #[cfg(unix)]
    if limit.is_some() {
        std::os::unix::process::CommandExt::process_group(command, 0);
    }
    let mut child = command.spawn().map_err(|error| {
        format!(
            "{name}: could not start {:?}: {error}",
            command.get_program()
        )
    })?;
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| format!("{name}: {e}"))? {
            break status;
        }
        if limit.is_some_and(|limit| started.elapsed() > limit) {
            end_group(&mut child);
            return Err(format!(
                "{name} was still running after {:.0} s, its limit: ended",
                started.elapsed().as_secs_f64()
            ));
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    let elapsed = started.elapsed();
    if status.success() {
        let cpu = match (cpu_before, children_cpu_seconds()) {
            (Some(before), Some(after)) => format!(" (CPU {:.0} s)", after - before),
            _ => String::new(),
        };
        println!(
            "<== {name}: ok in {:.1} s{cpu}{}",
            elapsed.as_secs_f64(),
            crate::disk::note()
        );
        Ok(elapsed)
    } else {
        Err(format!(
            "{name} failed ({status}) after {:.1} s{}",
            elapsed.as_secs_f64(),
            crate::disk::note()
        ))
    }
}

/// The processor time (user and system) of every child this program has waited for,
/// from /proc on Linux: a step's CPU time says what it costs on an idle machine even
/// when the wall time was measured beside other work.
fn children_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the command name, which is in parentheses and may hold spaces.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    // cutime and cstime are the 16th and 17th fields of the whole line; clock ticks are
    // 100 a second on every Linux this runs on.
    let ticks: f64 = fields.get(13)?.parse::<f64>().ok()? + fields.get(14)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

/// Ends a child started as the leader of its own process group, and everything in it.
fn end_group(child: &mut std::process::Child) {
    #[cfg(unix)]
    {
        let group = format!("-{}", child.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// Whether a program can be found and run.
pub fn available(program: &str, version_arg: &str) -> bool {
    Command::new(program)
        .arg(version_arg)
        .output()
        .map(|output| output.status.success())
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_step_past_its_limit_is_ended_with_what_it_started_and_named() {
        let marker = std::env::temp_dir().join(format!("xtask-limit-{}", std::process::id()));
        let _ = std::fs::remove_file(&marker);
        // The grandchild would write the marker after 3 s if it outlived the step.
        let script = format!("(sleep 3; touch {}) & sleep 60", marker.display());
        let mut command = Command::new("sh");
        command.args(["-c", &script]);
        let error = timed_step_within("a hung step", &mut command, Some(Duration::from_secs(1)))
            .expect_err("a step over its limit fails");
        assert!(error.contains("a hung step"), "{error}");
        std::thread::sleep(Duration::from_secs(4));
        assert!(
            !marker.exists(),
            "the step's background program was ended too"
        );
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_processor_time_of_a_finished_child_is_counted() {
        let before = children_cpu_seconds().expect("read from /proc");
        let busy = "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done";
        let status = Command::new("sh")
            .args(["-c", busy])
            .status()
            .expect("sh runs");
        assert!(status.success());
        let after = children_cpu_seconds().expect("read from /proc");
        assert!(after > before, "{before} s then {after} s");
    }

    #[test]
    fn a_step_within_its_limit_succeeds() {
        let mut command = Command::new("true");
        assert!(timed_step_within("quick", &mut command, Some(Duration::from_secs(30))).is_ok());
    }
}
