//! A Wine prefix made from nothing for each test run, so what the tests see is what a new
//! Windows user profile holds: no leftovers from an earlier run, no downloads (Wine's
//! offers to fetch Mono and Gecko are switched off), and HOME pointed inside the prefix's
//! folder so that Wine's "Desktop" and "Documents" never reach the real home folder.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::run;

/// How long a kept-up Wine server waits for the next program before it ends by itself.
const PERSIST_SECONDS: u32 = 60;

/// The longest any wait for Wine to settle may take; the slowest step (an installer)
/// settles in seconds.
const SETTLE_LIMIT: Duration = Duration::from_secs(180);

/// How a wait for Wine ended.
#[derive(Debug, PartialEq, Eq)]
#[must_use]
pub enum Settled {
    /// Everything ended within the limit.
    ByItself,
    /// It had not ended within the limit, and was killed.
    Killed,
    /// `wineserver` could not be started.
    NoServer,
}

/// A Wine prefix under target/wine/.
pub struct Wine {
    root: PathBuf,
}

impl Wine {
    /// Removes any prefix of this name and makes a new one, with the stand-in
    /// `bcryptprimitives.dll` in its system32 (tests/wine/bcryptprimitives.c says why).
    pub fn fresh(name: &str) -> Result<Wine, String> {
        let wine = Wine::at(run::repo_root().join("target/wine").join(name));
        let _ = wine.command("wineserver", &["-k"]).output();
        if wine.root.exists() {
            std::fs::remove_dir_all(&wine.root)
                .map_err(|e| format!("remove {}: {e}", wine.root.display()))?;
        }
        std::fs::create_dir_all(wine.home()).map_err(|e| format!("create the Wine home: {e}"))?;
        run::step(
            &format!("make the Wine prefix {name}"),
            wine.command("wineboot", &["--init"]),
        )?;
        let _ = wine.settle();
        let dll = stand_in_dll()?;
        let system32 = wine.drive_c().join("windows/system32/bcryptprimitives.dll");
        std::fs::copy(&dll, &system32).map_err(|e| format!("copy {}: {e}", dll.display()))?;
        Ok(wine)
    }

    /// A prefix in `root`/prefix, made by the first Wine program run in it.
    fn at(root: PathBuf) -> Wine {
        Wine { root }
    }

    /// `program` (a Windows or Wine program) run in this prefix, quietly.
    pub fn command(&self, program: &str, args: &[&str]) -> Command {
        let mut command = run::command(program, args);
        command
            .env("WINEPREFIX", self.prefix())
            .env("HOME", self.home())
            .env("WINEDEBUG", "-all")
            .env("WINEDLLOVERRIDES", "mscoree,mshtml=")
            .env_remove("DISPLAY")
            .env_remove("GECC_DATA_DIR");
        command
    }

    /// Keeps the Wine server running between commands (each start costs a second) for
    /// at most [`PERSIST_SECONDS`] after the last program; [`Wine::stop`] ends it sooner.
    /// Its output goes nowhere: a server holding CI's pipes open would keep CI waiting.
    pub fn keep_server(&self) -> Result<(), String> {
        self.command("wineserver", &[&format!("-p{PERSIST_SECONDS}")])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .map_err(|e| format!("wineserver -p: {e}"))
            .map(|_| ())
    }

    /// Ends every program in the prefix and the server (which writes the registry files
    /// out as it goes), then waits until it is gone. Killing first matters: `wineserver -w`
    /// alone waits for a server kept up by [`Wine::keep_server`] to time out.
    pub fn stop(&self) -> Settled {
        let _ = self.command("wineserver", &["-k"]).status();
        self.settle()
    }

    /// Waits until the prefix's programs and server have ended, for at most
    /// [`SETTLE_LIMIT`]; a server still there then is killed, so no wait can stall a run.
    pub fn settle(&self) -> Settled {
        let Ok(mut waiting) = self
            .command("wineserver", &["-w"])
            .stdin(Stdio::null())
            .spawn()
        else {
            return Settled::NoServer;
        };
        let started = Instant::now();
        while started.elapsed() < SETTLE_LIMIT {
            if let Ok(Some(_)) = waiting.try_wait() {
                return Settled::ByItself;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        eprintln!(
            "Wine did not settle within {} s: killing its server",
            SETTLE_LIMIT.as_secs()
        );
        let _ = waiting.kill();
        let _ = waiting.wait();
        let _ = self.command("wineserver", &["-k"]).status();
        Settled::Killed
    }

    pub fn prefix(&self) -> PathBuf {
        self.root.join("prefix")
    }

    fn home(&self) -> PathBuf {
        self.root.join("home")
    }

    pub fn drive_c(&self) -> PathBuf {
        self.prefix().join("drive_c")
    }

    /// The Windows user's profile folder (C:\users\NAME).
    pub fn profile(&self) -> Result<PathBuf, String> {
        let users = self.drive_c().join("users");
        std::fs::read_dir(&users)
            .map_err(|e| format!("read {}: {e}", users.display()))?
            .flatten()
            .map(|entry| entry.path())
            .find(|path| path.file_name().is_some_and(|n| n != "Public"))
            .ok_or_else(|| format!("no user profile in {}", users.display()))
    }

    /// The text of the user's registry hive (HKCU), as Wine writes it once the server stops.
    pub fn user_registry(&self) -> Result<String, String> {
        let path = self.prefix().join("user.reg");
        std::fs::read_to_string(&path).map_err(|e| format!("read {}: {e}", path.display()))
    }
}

/// Builds the stand-in DLL from its C source with mingw-w64 (a second, once per run).
fn stand_in_dll() -> Result<PathBuf, String> {
    let source = run::repo_root().join("tests/wine/bcryptprimitives.c");
    let output = run::repo_root().join("target/wine/bcryptprimitives.dll");
    std::fs::create_dir_all(output.parent().unwrap_or(Path::new(".")))
        .map_err(|e| format!("create target/wine: {e}"))?;
    run::step(
        "build the stand-in bcryptprimitives.dll (Wine 8.0 has none)",
        run::command(
            "x86_64-w64-mingw32-gcc",
            &[
                "-shared",
                "-O2",
                "-o",
                &output.to_string_lossy(),
                &source.to_string_lossy(),
                "-ladvapi32",
            ],
        ),
    )?;
    Ok(output)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Regression: `stop` used to wait (`wineserver -w`) for a server that
    /// `keep_server` had made persistent, which never ends by itself, and CI hung there
    /// until its time ran out.
    #[test]
    fn a_server_kept_up_for_the_tests_is_stopped_without_waiting_for_it() {
        if !run::available("wineserver", "--version") {
            eprintln!("skipped: Wine is not installed (`cargo xtask setup` installs it)");
            return;
        }
        let root = run::repo_root().join("target/wine/stop-test");
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("prefix")).expect("a prefix folder");
        std::fs::create_dir_all(root.join("home")).expect("a home folder");
        let wine = Wine::at(root.clone());
        wine.keep_server().expect("wineserver -p starts");
        let started = Instant::now();
        assert_eq!(wine.stop(), Settled::ByItself);
        // Not a speed check: waiting instead of stopping takes the whole persistence.
        assert!(
            started.elapsed() < Duration::from_secs(u64::from(PERSIST_SECONDS)),
            "stop waited for the kept-up server to time out"
        );
        assert_eq!(
            wine.settle(),
            Settled::ByItself,
            "nothing is left to wait for"
        );
        let _ = std::fs::remove_dir_all(&root);
    }
}
