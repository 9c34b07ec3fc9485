//! A Wine prefix made from nothing for each test run, so what the tests see is what a new
//! Windows user profile holds: no leftovers from an earlier run, no downloads (Wine's
//! offers to fetch Mono and Gecko are switched off), and HOME pointed inside the prefix's
//! folder so that Wine's "Desktop" and "Documents" never reach the real home folder.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::run;

/// A Wine prefix under target/wine/.
pub struct Wine {
    root: PathBuf,
}

impl Wine {
    /// Removes any prefix of this name and makes a new one, with the stand-in
    /// `bcryptprimitives.dll` in its system32 (tests/wine/bcryptprimitives.c says why).
    pub fn fresh(name: &str) -> Result<Wine, String> {
        let wine = Wine {
            root: run::repo_root().join("target/wine").join(name),
        };
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
        run::step(
            "wait for Wine to settle",
            wine.command("wineserver", &["-w"]),
        )?;
        let dll = stand_in_dll()?;
        let system32 = wine.drive_c().join("windows/system32/bcryptprimitives.dll");
        std::fs::copy(&dll, &system32).map_err(|e| format!("copy {}: {e}", dll.display()))?;
        Ok(wine)
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

    /// Keeps the Wine server running between commands (each start costs a second);
    /// [`Wine::stop`] ends it.
    pub fn keep_server(&self) -> Result<(), String> {
        self.command("wineserver", &["-p"])
            .status()
            .map_err(|e| format!("wineserver -p: {e}"))
            .map(|_| ())
    }

    /// Waits for every program in the prefix to end, then stops the server (which writes
    /// the registry files out).
    pub fn stop(&self) {
        let _ = self.command("wineserver", &["-w"]).status();
        let _ = self.command("wineserver", &["-k"]).status();
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
