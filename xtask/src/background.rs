//! A step run beside the others: a long build that needs the processor while the tests
//! in front of it mostly wait on Wine, Chromium or WebKit. Its output goes to a log file
//! (shown when it fails), so it never interleaves with the steps printed meanwhile.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A command started in the background.
pub struct Job {
    name: String,
    child: Child,
    log: PathBuf,
    started: Instant,
}

/// A job left behind by a step that failed first is ended with everything it started.
impl Drop for Job {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            end_group(&mut self.child);
        }
    }
}

fn end_group(child: &mut Child) {
    #[cfg(unix)]
    {
        let group = format!("-{}", child.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
    }
    let _ = child.kill();
    let _ = child.wait();
}

impl Job {
    pub fn start(name: &str, mut command: Command, log: &Path) -> Result<Job, String> {
        println!("\n==> {name}: started, its output in {}", log.display());
        let out = File::create(log).map_err(|e| format!("create {}: {e}", log.display()))?;
        let err = out
            .try_clone()
            .map_err(|e| format!("open {}: {e}", log.display()))?;
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let child = command
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            .spawn()
            .map_err(|e| format!("{name}: could not start: {e}"))?;
        Ok(Job {
            name: name.to_string(),
            child,
            log: log.to_path_buf(),
            started: Instant::now(),
        })
    }

    /// Waits for the job, at most until `limit` after it started; fails with the end of
    /// its log when it failed or ran out of time.
    pub fn finish(mut self, limit: Option<Duration>) -> Result<(), String> {
        println!("\n==> {}: waiting for it", self.name);
        let waited = Instant::now();
        let status = loop {
            if let Some(status) = self.child.try_wait().map_err(|e| e.to_string())? {
                break Some(status);
            }
            if limit.is_some_and(|limit| self.started.elapsed() > limit) {
                end_group(&mut self.child);
                break None;
            }
            std::thread::sleep(Duration::from_millis(200));
        };
        let total = self.started.elapsed().as_secs_f64();
        let waited = waited.elapsed().as_secs_f64();
        match status {
            Some(status) if status.success() => {
                println!(
                    "<== {}: ok in {total:.1} s, of which {waited:.1} s waited for{}",
                    self.name,
                    crate::disk::note()
                );
                Ok(())
            }
            outcome => {
                let text = std::fs::read_to_string(&self.log).unwrap_or_default();
                let tail: Vec<&str> = text.lines().rev().take(40).collect();
                for line in tail.iter().rev() {
                    eprintln!("    {line}");
                }
                Err(match outcome {
                    Some(status) => format!(
                        "{} failed ({status}) after {total:.1} s{}",
                        self.name,
                        crate::disk::note()
                    ),
                    None => format!(
                        "{} was still running after {total:.0} s, its limit: ended",
                        self.name
                    ),
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_job_that_fails_fails_its_step_and_one_that_succeeds_passes() {
        let log = std::env::temp_dir().join(format!("xtask-job-{}.log", std::process::id()));
        let mut failing = Command::new("sh");
        failing.args(["-c", "echo the reason; exit 3"]);
        let error = Job::start("failing", failing, &log)
            .unwrap()
            .finish(None)
            .unwrap_err();
        assert!(error.contains("failing failed"), "{error}");
        assert!(std::fs::read_to_string(&log)
            .unwrap()
            .contains("the reason"));
        let passing = Command::new("true");
        assert!(Job::start("passing", passing, &log)
            .unwrap()
            .finish(None)
            .is_ok());
        let _ = std::fs::remove_file(&log);
    }

    #[test]
    fn a_job_past_its_limit_is_ended() {
        let log = std::env::temp_dir().join(format!("xtask-slow-{}.log", std::process::id()));
        let mut slow = Command::new("sleep");
        slow.arg("30");
        let error = Job::start("slow", slow, &log)
            .unwrap()
            .finish(Some(Duration::from_millis(500)))
            .unwrap_err();
        assert!(error.contains("still running"), "{error}");
        let _ = std::fs::remove_file(&log);
    }
}
