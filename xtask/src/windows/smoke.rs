//! The installer smoke test under Wine, from a fresh prefix: what a clerk's first install,
//! an upgrade and an uninstall leave on the PC, checked by looking at files and the
//! registry (an installer's exit status proves little: a 32-bit one does nothing under
//! this Wine and still exits 0), and bundles that cross between the Windows `gecc.exe` and
//! the Linux `gecc` with Thai names intact, both ways.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use super::dist::{installer, package, workspace_version, Compression};
use super::wine::Wine;
use crate::run;

/// The uninstall key as Wine writes it in user.reg (backslashes doubled).
const UNINSTALL_KEY: &str = r"[Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\GECC Desk]";
const SHORTCUT: &str = "GECC Desk ศูนย์ราชการสะดวก.lnk";
/// An item of the built-in 2568 pack, and evidence names a clerk would give.
const ITEM: &str = "physical.service-hours";
const FROM_WINDOWS: &str = "ภาพถ่าย ป้ายเวลาทำการ หน้าสำนักงาน.jpg";
const FROM_LINUX: &str = "รายงานผลสำรวจความพึงพอใจ ไตรมาส ๑.pdf";

/// Packs the Windows programs that `cargo xtask test` built once for the tests too, then
/// installs, uses, upgrades and uninstalls them in a new prefix; the Linux `gecc` is the
/// one the same run built.
pub fn installer_smoke_test() -> Result<(), String> {
    let programs = super::built_programs(super::CI_PROFILE)?;
    let linux_gecc = run::repo_root().join("target/debug/gecc");
    let (programs, linux_gecc) = (programs.as_path(), linux_gecc.as_path());
    let version = workspace_version()?;
    let dist = run::repo_root().join("target/wine/dist");
    let packaged = package(programs, &dist, &version, Compression::None)?;
    let newer = dist.join("GECC-Desk-upgrade-setup.exe");
    installer(&dist, &newer, &format!("{version}.1"), Compression::None)?;

    let wine = Wine::fresh("installer")?;
    let outcome = (|| {
        let mut test = Smoke {
            wine: &wine,
            linux_gecc,
            work: wine_work()?,
        };
        test.first_install(&packaged.setup, &version)?;
        test.bundles_cross_both_ways()?;
        test.long_thai_paths()?;
        test.refused_while_running(&newer, &version)?;
        test.upgrade_keeps_the_data(&newer, &version)?;
        test.uninstall_keeps_the_data()
    })();
    let _ = wine.stop();
    outcome?;
    println!("<== installer smoke test under Wine: ok");
    Ok(())
}

fn wine_work() -> Result<PathBuf, String> {
    let work = run::repo_root().join("target/wine/work");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).map_err(|e| format!("create {}: {e}", work.display()))?;
    Ok(work)
}

struct Smoke<'a> {
    wine: &'a Wine,
    linux_gecc: &'a Path,
    work: PathBuf,
}

impl Smoke<'_> {
    fn program_folder(&self) -> Result<PathBuf, String> {
        Ok(self
            .wine
            .profile()?
            .join("AppData/Local/Programs/GECC Desk"))
    }

    fn database(&self) -> Result<PathBuf, String> {
        Ok(self
            .wine
            .profile()?
            .join("AppData/Roaming/th.gecc.desk/gecc-desk.sqlite3"))
    }

    /// Runs a Windows program in the prefix and waits for everything it started.
    fn windows(&self, program: &Path, args: &[&str]) -> Result<Output, String> {
        let program = program.to_string_lossy();
        let mut all = vec![program.as_ref()];
        all.extend(args);
        let output = self
            .wine
            .command("wine", &all)
            .output()
            .map_err(|e| format!("wine {program}: {e}"))?;
        let _ = self.wine.settle();
        Ok(output)
    }

    /// The installed gecc.exe, which must succeed.
    fn gecc_exe(&self, args: &[&str]) -> Result<String, String> {
        let output = self.windows(&self.program_folder()?.join("gecc.exe"), args)?;
        succeeded("gecc.exe", args, output)
    }

    /// The Linux gecc on its own data folder, which must succeed.
    fn gecc_linux(&self, data: &Path, args: &[&str]) -> Result<String, String> {
        let mut command = Command::new(self.linux_gecc);
        command.arg("--data-dir").arg(data).args(args);
        let output = command.output().map_err(|e| format!("gecc: {e}"))?;
        succeeded("gecc", args, output)
    }

    fn first_install(&mut self, setup: &Path, version: &str) -> Result<(), String> {
        println!("\n==> silent install from a fresh prefix");
        self.windows(setup, &["/S"])?;
        let folder = self.program_folder()?;
        for name in [
            "gecc-desk.exe",
            "gecc.exe",
            "WebView2Loader.dll",
            "uninstall.exe",
        ] {
            expect(
                folder.join(name).is_file(),
                format!("{name} installed in {}", folder.display()),
            )?;
        }
        for (name, description, subsystem) in [
            (
                "gecc-desk.exe",
                "เตรียมการประเมินศูนย์ราชการสะดวก",
                Subsystem::Window,
            ),
            ("gecc.exe", "GECC Desk แบบบรรทัดคำสั่ง", Subsystem::Console),
        ] {
            let bytes =
                std::fs::read(folder.join(name)).map_err(|e| format!("read {name}: {e}"))?;
            // The app opens no console window beside its own (the clerk would close it,
            // and the app with it); the CLI is a console program.
            expect(
                pe_subsystem(&bytes) == Some(subsystem),
                format!(
                    "{name} is a {subsystem:?} program, got {:?}",
                    pe_subsystem(&bytes)
                ),
            )?;
            expect(
                holds_utf16(&bytes, description) && holds_utf16(&bytes, version),
                format!(
                    "{name} describes itself in Thai (\"{description}\") with version {version}"
                ),
            )?;
        }
        let shortcut = self
            .wine
            .profile()?
            .join("AppData/Roaming/Microsoft/Windows/Start Menu/Programs")
            .join(SHORTCUT);
        expect(
            shortcut.is_file(),
            format!("the Start-menu shortcut {}", shortcut.display()),
        )?;
        let entry = self
            .uninstall_entry()?
            .ok_or("no uninstall key under HKCU")?;
        for value in [
            "\"DisplayName\"=\"GECC Desk\"".to_string(),
            format!("\"DisplayVersion\"=\"{version}\""),
            "\"Publisher\"=".into(),
            "\"DisplayIcon\"=".into(),
            "\"EstimatedSize\"=dword:".into(),
            "\"UninstallString\"=".into(),
            "\"QuietUninstallString\"=".into(),
        ] {
            expect(
                entry.contains(&value),
                format!("the uninstall key holds {value}"),
            )?;
        }
        let packs = self.gecc_exe(&["packs"])?;
        expect(
            packs.contains("gecc-2568"),
            format!("gecc.exe packs lists the 2568 pack: {packs}"),
        )?;
        expect(
            self.database()?.is_file(),
            "gecc.exe made its database under %APPDATA%\\th.gecc.desk".into(),
        )?;
        println!("<== installed: files, shortcut, uninstall key, gecc.exe runs and keeps its data in %APPDATA%");
        Ok(())
    }

    /// The HKCU uninstall key's lines, if it is there.
    fn uninstall_entry(&self) -> Result<Option<String>, String> {
        let _ = self.wine.stop();
        let registry = self.wine.user_registry()?;
        Ok(registry
            .split("\n\n")
            .find(|block| block.starts_with(UNINSTALL_KEY))
            .map(str::to_string))
    }

    fn bundles_cross_both_ways(&mut self) -> Result<(), String> {
        println!("\n==> bundles between the Windows gecc.exe and the Linux gecc, with Thai names");
        let work = self.work.clone();
        // Windows to Linux.
        let photo = work.join(FROM_WINDOWS);
        std::fs::write(&photo, jpeg_bytes())
            .map_err(|e| format!("write {}: {e}", photo.display()))?;
        let outbox = work.join("จากวินโดวส์");
        std::fs::create_dir_all(&outbox).map_err(|e| e.to_string())?;
        self.gecc_exe(&["rounds", "new", "--fiscal-year", "2569"])?;
        self.gecc_exe(&[
            "attach",
            "1",
            ITEM,
            &photo.to_string_lossy(),
            "--kind",
            "photo",
        ])?;
        self.gecc_exe(&["export", "1", "-o", &outbox.to_string_lossy()])?;
        let linux = work.join("linux-data");
        self.gecc_linux(
            &linux,
            &["verify", "--accept-new-key", &outbox.to_string_lossy()],
        )?;
        self.gecc_linux(
            &linux,
            &["import", "--accept-new-key", &outbox.to_string_lossy()],
        )?;
        let listed = self.gecc_linux(&linux, &["evidence", "1"])?;
        expect(
            listed.contains(FROM_WINDOWS),
            format!("Linux lists the Windows evidence by its Thai name: {listed}"),
        )?;

        // Linux to Windows.
        let report = work.join(FROM_LINUX);
        std::fs::write(&report, b"%PDF-1.4\n% a report\n").map_err(|e| e.to_string())?;
        let other = work.join("linux-office");
        let inbox = work.join("จากลินุกซ์");
        std::fs::create_dir_all(&inbox).map_err(|e| e.to_string())?;
        self.gecc_linux(&other, &["rounds", "new", "--fiscal-year", "2569"])?;
        self.gecc_linux(&other, &["attach", "1", ITEM, &report.to_string_lossy()])?;
        self.gecc_linux(&other, &["export", "1", "-o", &inbox.to_string_lossy()])?;
        self.gecc_exe(&["verify", "--accept-new-key", &inbox.to_string_lossy()])?;
        self.gecc_exe(&["import", "--accept-new-key", &inbox.to_string_lossy()])?;
        let rounds = self.gecc_exe(&["rounds", "--json"])?;
        let received = rounds.matches("\"id\"").count();
        expect(
            received >= 2,
            format!("gecc.exe holds its own round and the received one: {rounds}"),
        )?;
        let listed = self.gecc_exe(&["evidence", "2"])?;
        expect(
            listed.contains(FROM_LINUX),
            format!("gecc.exe lists the Linux evidence by its Thai name: {listed}"),
        )?;
        println!("<== both ways: verified, imported, Thai evidence names intact");
        Ok(())
    }

    /// A data folder and an export folder deeper than Windows' old 260-character limit,
    /// named in Thai, in the user's profile.
    fn long_thai_paths(&mut self) -> Result<(), String> {
        println!("\n==> a data folder of more than 260 characters, in Thai");
        let mut deep = self.wine.profile()?.join("AppData/Roaming");
        let mut windows = String::from(r"C:\users\");
        windows.push_str(
            &self
                .wine
                .profile()?
                .file_name()
                .unwrap_or_default()
                .to_string_lossy(),
        );
        windows.push_str(r"\AppData\Roaming");
        while windows.chars().count() <= 300 {
            let folder = "ข้อมูลสำนักทะเบียนอำเภอเมืองปัตตานี";
            deep.push(folder);
            windows.push('\\');
            windows.push_str(folder);
        }
        std::fs::create_dir_all(&deep).map_err(|e| format!("create {}: {e}", deep.display()))?;
        let data = format!(r"{windows}\ข้อมูล");
        let out = format!(r"{windows}\ส่งจังหวัด");
        std::fs::create_dir_all(deep.join("ส่งจังหวัด")).map_err(|e| e.to_string())?;
        let photo = self.work.join(FROM_WINDOWS);
        self.gecc_exe(&[
            "--data-dir",
            &data,
            "rounds",
            "new",
            "--fiscal-year",
            "2569",
        ])?;
        self.gecc_exe(&[
            "--data-dir",
            &data,
            "attach",
            "1",
            ITEM,
            &photo.to_string_lossy(),
        ])?;
        self.gecc_exe(&["--data-dir", &data, "export", "1", "-o", &out])?;
        self.gecc_exe(&["--data-dir", &data, "verify", &out])?;
        let written = std::fs::read_dir(deep.join("ส่งจังหวัด"))
            .map_err(|e| e.to_string())?
            .count();
        expect(
            written == 1,
            format!("one bundle in the deep folder, found {written}"),
        )?;
        println!(
            "<== {} characters: database, evidence and bundle written and verified",
            windows.chars().count()
        );
        Ok(())
    }

    fn refused_while_running(&self, newer: &Path, version: &str) -> Result<(), String> {
        println!("\n==> the installer refuses while GECC Desk runs");
        let holder = run::repo_root().join("target/wine/hold_running_mutex.exe");
        run::step(
            "build the running-app stand-in",
            run::command(
                "x86_64-w64-mingw32-gcc",
                &[
                    "-O2",
                    "-o",
                    &holder.to_string_lossy(),
                    &run::repo_root()
                        .join("tests/wine/hold_running_mutex.c")
                        .to_string_lossy(),
                ],
            ),
        )?;
        let mut running = self
            .wine
            .command("wine", &[&holder.to_string_lossy(), "20"])
            .spawn()
            .map_err(|e| format!("start the stand-in: {e}"))?;
        std::thread::sleep(std::time::Duration::from_secs(3));
        let output = self
            .wine
            .command("wine", &[&newer.to_string_lossy(), "/S"])
            .output()
            .map_err(|e| e.to_string())?;
        let _ = running.kill();
        let _ = running.wait();
        let _ = self.wine.settle();
        expect(
            output.status.code() == Some(2),
            format!(
                "the installer exits with status 2 while the app runs, got {:?}",
                output.status.code()
            ),
        )?;
        let entry = self.uninstall_entry()?.unwrap_or_default();
        expect(
            entry.contains(&format!("\"DisplayVersion\"=\"{version}\"")),
            "the older version is still the one installed".into(),
        )?;
        println!("<== refused with status 2, nothing replaced");
        Ok(())
    }

    fn upgrade_keeps_the_data(&self, newer: &Path, version: &str) -> Result<(), String> {
        println!("\n==> a newer installer over the older install");
        let before = std::fs::read(self.database()?)
            .map_err(|e| e.to_string())?
            .len();
        self.windows(newer, &["/S"])?;
        let entry = self
            .uninstall_entry()?
            .ok_or("the uninstall key is gone after the upgrade")?;
        expect(
            entry.contains(&format!("\"DisplayVersion\"=\"{version}.1\"")),
            "the newer version is registered".into(),
        )?;
        let rounds = self.gecc_exe(&["rounds", "--json"])?;
        expect(
            rounds.matches("\"id\"").count() >= 2,
            format!("the rounds survive the upgrade: {rounds}"),
        )?;
        expect(before > 0, "the database was there before".into())?;
        println!("<== upgraded in place; the database and its rounds are kept");
        Ok(())
    }

    fn uninstall_keeps_the_data(&self) -> Result<(), String> {
        println!("\n==> silent uninstall");
        let folder = self.program_folder()?;
        self.windows(&folder.join("uninstall.exe"), &["/S"])?;
        expect(
            !folder.join("gecc-desk.exe").exists(),
            "the program is removed".into(),
        )?;
        expect(
            !folder.join("gecc.exe").exists(),
            "gecc.exe is removed".into(),
        )?;
        expect(
            self.uninstall_entry()?.is_none(),
            "the uninstall key is removed".into(),
        )?;
        expect(
            self.database()?.is_file(),
            "the user's data folder is kept".into(),
        )?;
        println!("<== removed the program and its key, kept the data");
        Ok(())
    }
}

/// Whether `text` appears in `bytes` as UTF-16 (little-endian), as version resources keep it.
/// What kind of program a Windows executable says it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Subsystem {
    Window,
    Console,
    Other(u16),
}

/// The subsystem field of a PE file's optional header (at the same offset in PE32 and
/// PE32+): 2 a window program, 3 a console program.
fn pe_subsystem(bytes: &[u8]) -> Option<Subsystem> {
    let word = |at: usize| -> Option<u16> {
        Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
    };
    let pe = u32::from_le_bytes(bytes.get(0x3C..0x40)?.try_into().ok()?) as usize;
    if bytes.get(pe..pe + 4)? != b"PE\0\0" {
        return None;
    }
    Some(match word(pe + 24 + 68)? {
        2 => Subsystem::Window,
        3 => Subsystem::Console,
        other => Subsystem::Other(other),
    })
}

fn holds_utf16(bytes: &[u8], text: &str) -> bool {
    let needle: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    bytes.windows(needle.len()).any(|window| window == needle)
}

fn succeeded(program: &str, args: &[&str], output: Output) -> Result<String, String> {
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    if output.status.success() {
        Ok(stdout)
    } else {
        Err(format!(
            "{program} {} failed ({}):\n{stdout}\n{}",
            args.join(" "),
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}

fn expect(holds: bool, what: String) -> Result<(), String> {
    if holds {
        println!("    ok: {what}");
        Ok(())
    } else {
        Err(format!("installer smoke test: expected {what}"))
    }
}

/// A small real JPEG (a grey 8×8 picture), so the evidence is recognised as a photo.
fn jpeg_bytes() -> Vec<u8> {
    const JPEG: &[u8] = include_bytes!("../../../tests/fixtures/evidence/grey-8x8.jpg");
    JPEG.to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The smallest PE header that says `subsystem`.
    fn pe_with(subsystem: u16) -> Vec<u8> {
        let mut bytes = vec![0u8; 0x200];
        bytes[0..2].copy_from_slice(b"MZ");
        bytes[0x3C..0x40].copy_from_slice(&0x80u32.to_le_bytes());
        bytes[0x80..0x84].copy_from_slice(b"PE\0\0");
        bytes[0x80 + 24 + 68..0x80 + 24 + 70].copy_from_slice(&subsystem.to_le_bytes());
        bytes
    }

    #[test]
    fn a_pe_file_says_whether_it_is_a_window_or_a_console_program() {
        assert_eq!(pe_subsystem(&pe_with(2)), Some(Subsystem::Window));
        assert_eq!(pe_subsystem(&pe_with(3)), Some(Subsystem::Console));
        assert_eq!(pe_subsystem(&pe_with(10)), Some(Subsystem::Other(10)));
        assert_eq!(pe_subsystem(b"not a program"), None);
        let mut broken = pe_with(2);
        broken[0x80] = b'X';
        assert_eq!(pe_subsystem(&broken), None);
    }
}
