//! `cargo xtask fuzz [--seconds N] [TARGET...]`: runs the cargo-fuzz targets in fuzz/
//! for a bounded time each (60 s unless told), on the stable toolchain, and fails on any
//! crash, timeout or running out of memory, naming the input that did it.
//!
//! Seeds in fuzz/seeds/<target> are read, never written; what the fuzzer finds grows
//! fuzz/corpus/<target> (not committed), and failing inputs land in fuzz/artifacts.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::{run, setup};

/// Every target, in the order they run.
const TARGETS: &[&str] = &["bundle_reader", "pack_parser", "assessment_json"];

const DEFAULT_SECONDS: u64 = 60;

/// No sanitizer: our code forbids `unsafe`, so AddressSanitizer watches only our
/// dependencies' unsafe code, at twice the build time, a fifth of the executions per
/// second and ten times the memory (measured on pack_parser; see ARCHITECTURE.md). Long
/// runs by hand may still ask for `--sanitizer address`.
const DEFAULT_SANITIZER: &str = "none";

/// libFuzzer's limits: one input may take 10 s and the process 2 GB of memory (checked
/// every second). The 1 GB limit on a single allocation needs the sanitizer's malloc
/// hooks, so it applies with `--sanitizer address` only.
const LIMITS: &[&str] = &[
    "-timeout=10",
    "-rss_limit_mb=2048",
    "-malloc_limit_mb=1024",
    "-print_final_stats=1",
];

struct Options {
    /// Only build the targets (and fetch what they need), so a later run is offline.
    build_only: bool,
    seconds: u64,
    sanitizer: String,
    targets: Vec<String>,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        build_only: false,
        seconds: DEFAULT_SECONDS,
        sanitizer: DEFAULT_SANITIZER.into(),
        targets: Vec::new(),
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag, Some(value.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = || {
            inline
                .clone()
                .or_else(|| args.next().cloned())
                .ok_or(format!("{flag} needs a value"))
        };
        match flag {
            "--seconds" => {
                options.seconds = value()?
                    .parse()
                    .ok()
                    .filter(|s| *s > 0)
                    .ok_or("--seconds needs a whole number of seconds above 0")?
            }
            "--sanitizer" => options.sanitizer = value()?,
            "--build-only" => options.build_only = true,
            target if TARGETS.contains(&target) => options.targets.push(target.into()),
            other => {
                return Err(format!(
                    "unknown argument {other:?}; usage: cargo xtask fuzz [--seconds N] \
                     [--sanitizer none|address] [--build-only] [{}]...",
                    TARGETS.join("|")
                ))
            }
        }
    }
    if options.targets.is_empty() {
        options.targets = TARGETS.iter().map(|t| t.to_string()).collect();
    }
    Ok(options)
}

/// What libFuzzer said about one run.
#[derive(Default)]
struct Report {
    executions: Option<u64>,
    per_second: Option<u64>,
    corpus: Option<String>,
    peak_rss_mb: Option<u64>,
    /// "crash", "timeout" or "out of memory", when the run failed.
    fault: Option<String>,
    artifact: Option<String>,
    /// The panic message or libFuzzer's error line.
    reason: Vec<String>,
}

fn read_report(log: &str) -> Report {
    let mut report = Report::default();
    let stat = |line: &str, name: &str| {
        line.strip_prefix(&format!("stat::{name}:"))
            .and_then(|v| v.trim().parse().ok())
    };
    for line in log.lines() {
        let line = line.trim_end();
        if let Some(v) = stat(line, "number_of_executed_units") {
            report.executions = Some(v);
        }
        if let Some(v) = stat(line, "average_exec_per_sec") {
            report.per_second = Some(v);
        }
        if let Some(v) = stat(line, "peak_rss_mb") {
            report.peak_rss_mb = Some(v);
        }
        // Status lines: "#12345  NEW    cov: 1 ft: 2 corp: 300/41Kb ..."
        if let Some(at) = line.find(" corp: ") {
            let rest = &line[at + 7..];
            report.corpus = rest.split_whitespace().next().map(str::to_string);
        }
        if line.starts_with("==") && line.contains("ERROR") {
            report.reason.push(line.to_string());
        }
        let fault = if line.contains("ERROR: libFuzzer: timeout") {
            Some("timeout")
        } else if line.contains("ERROR: libFuzzer: out-of-memory") {
            Some("out of memory")
        } else if line.contains("ERROR: libFuzzer: deadly signal")
            || line.contains("ERROR: AddressSanitizer")
            || line.contains("ERROR: libFuzzer: fuzz target exited")
        {
            Some("crash")
        } else {
            None
        };
        if fault.is_some() && report.fault.is_none() {
            report.fault = fault.map(str::to_string);
        }
        if let Some(at) = line.find("Test unit written to ") {
            report.artifact = Some(line[at + 21..].trim().to_string());
        }
    }
    // The panic: "thread '…' panicked at FILE:LINE:COLUMN:" and the message below it.
    if let Some(at) = log.find("thread '") {
        let panic: Vec<String> = log[at..]
            .lines()
            .take_while(|l| !l.starts_with("stack backtrace") && !l.starts_with("note:"))
            .take_while(|l| !l.starts_with("=="))
            .take(4)
            .map(|l| l.trim_end().to_string())
            .collect();
        if panic.first().is_some_and(|l| l.contains("panicked at")) {
            report.reason.splice(0..0, panic);
        }
    }
    report
}

pub fn fuzz(args: &[String]) -> Result<(), String> {
    let options = parse(args)?;
    setup::cargo_fuzz()?;
    let root = run::repo_root();
    let scratch = root.join("fuzz/target/tmp");
    let logs = root.join("fuzz/target/logs");
    // The targets' scratch files of earlier runs (one folder per process) go first.
    let _ = std::fs::remove_dir_all(&scratch);
    for folder in [&scratch, &logs] {
        std::fs::create_dir_all(folder)
            .map_err(|error| format!("create {}: {error}", folder.display()))?;
    }
    let mut failures = Vec::new();
    let mut rows = Vec::new();
    for target in &options.targets {
        let corpus = format!("fuzz/corpus/{target}");
        std::fs::create_dir_all(root.join(&corpus))
            .map_err(|error| format!("create {corpus}: {error}"))?;
        run::step(
            &format!("build fuzz target {target}"),
            fuzz_command(&["build", target], &options.sanitizer, &scratch),
        )?;
        if options.build_only {
            continue;
        }

        let seconds = format!("-max_total_time={}", options.seconds);
        let seeds = format!("fuzz/seeds/{target}");
        let mut fuzz_args = vec!["run", target, &corpus, &seeds, "--"];
        fuzz_args.push(&seconds);
        fuzz_args.extend(LIMITS);
        let dictionary = format!("-dict=fuzz/dicts/{target}.dict");
        if root.join(&dictionary[6..]).exists() {
            fuzz_args.push(&dictionary);
        }
        let log_path = logs.join(format!("{target}.log"));
        let log = std::fs::File::create(&log_path)
            .map_err(|error| format!("create {}: {error}", log_path.display()))?;
        let mut command = fuzz_command(&fuzz_args, &options.sanitizer, &scratch);
        command.stdout(Stdio::null()).stderr(log);
        println!(
            "\n==> fuzz {target} for {} s (libFuzzer's output: {})",
            options.seconds,
            shown(&log_path, &root)
        );
        let started = Instant::now();
        let status = command
            .status()
            .map_err(|error| format!("could not start cargo fuzz: {error}"))?;
        let elapsed = started.elapsed().as_secs_f64();
        let text = std::fs::read_to_string(&log_path).unwrap_or_default();
        let report = read_report(&text);
        let result = match (&report.fault, status.success()) {
            (None, true) if report.executions.is_some() => "ok".to_string(),
            (Some(fault), _) => fault.clone(),
            (None, _) => format!("failed ({status})"),
        };
        println!("<== fuzz {target}: {result} in {elapsed:.1} s");
        if result != "ok" {
            // libFuzzer's last words, without cargo-fuzz's summary (from its ─── rule on).
            let tail: Vec<&str> = text
                .lines()
                .take_while(|line| !line.starts_with('─'))
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .take(25)
                .collect();
            for line in tail.iter().rev() {
                eprintln!("    {line}");
            }
            let artifact = report
                .artifact
                .clone()
                .unwrap_or_else(|| "(no input written)".into());
            let mut failure = format!("{target}: {result}; input: {artifact}");
            for line in &report.reason {
                failure.push_str(&format!("\n    {line}"));
            }
            let prefix = bootstrap(&options.sanitizer)
                .map(|(name, value)| format!("{name}={value} "))
                .unwrap_or_default();
            failure.push_str(&format!(
                "\n    reproduce: {prefix}cargo fuzz run --sanitizer {} {target} {artifact}",
                options.sanitizer
            ));
            failures.push(failure);
        }
        rows.push((target.clone(), report, result));
    }

    if options.build_only {
        return Ok(());
    }
    println!(
        "\n{:<16} {:>12} {:>9} {:>14} {:>9}  result",
        "target", "executions", "execs/s", "corpus", "peak RSS"
    );
    let number = |v: Option<u64>| v.map_or("-".to_string(), |v| v.to_string());
    for (target, report, result) in &rows {
        println!(
            "{:<16} {:>12} {:>9} {:>14} {:>9}  {result}",
            target,
            number(report.executions),
            number(report.per_second),
            report.corpus.as_deref().unwrap_or("-"),
            report
                .peak_rss_mb
                .map_or("-".to_string(), |mb| format!("{mb} MB")),
        );
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} target(s) failed:\n{}",
            failures.len(),
            failures.join("\n")
        ))
    }
}

/// `cargo fuzz ...` from the repository root on the stable toolchain, with scratch files
/// kept in fuzz/target.
fn fuzz_command(args: &[&str], sanitizer: &str, scratch: &Path) -> Command {
    let mut all = vec!["fuzz", args[0], "--sanitizer", sanitizer];
    all.extend(&args[1..]);
    let mut command = run::cargo(&all);
    command.env("TMPDIR", scratch);
    if let Some((name, value)) = bootstrap(sanitizer) {
        command.env(name, value);
    }
    command
}

/// A sanitizer is a nightly-only flag (-Zsanitizer), and only the stable toolchain exists
/// on our machines and CI, so it is let through with RUSTC_BOOTSTRAP; the coverage flags
/// cargo-fuzz always passes are stable. See ARCHITECTURE.md.
fn bootstrap(sanitizer: &str) -> Option<(&'static str, &'static str)> {
    (sanitizer != "none").then_some(("RUSTC_BOOTSTRAP", "1"))
}

fn shown(path: &Path, root: &Path) -> String {
    path.strip_prefix(root)
        .map(PathBuf::from)
        .unwrap_or_else(|_| path.to_path_buf())
        .display()
        .to_string()
}
