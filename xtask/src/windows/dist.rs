//! What an office downloads: the installer (our NSIS script, installer/windows/), a
//! portable ZIP for a USB stick, and the SHA-256 of each beside it, since the programs are
//! not code-signed and the hash is how an office checks the file it got.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::run;

/// The programs the installer and the portable ZIP carry, from cargo's output folder.
pub const PROGRAM_FILES: &[&str] = &["gecc-desk.exe", "gecc.exe", "WebView2Loader.dll"];

/// How hard makensis compresses: LZMA for what offices download (the smallest file), none
/// for the installers the smoke test makes and throws away (LZMA took minutes there, zlib
/// over a minute).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    Smallest,
    None,
}

/// The files `package` wrote.
pub struct Packaged {
    pub setup: PathBuf,
    pub portable: PathBuf,
}

/// `cargo xtask dist --windows`: release programs, the installer and the portable ZIP in
/// target/dist/windows/, with their sizes and hashes.
pub fn dist_windows() -> Result<(), String> {
    super::prepare_toolchain()?;
    let programs = super::build_programs("release")?;
    let folder = run::repo_root().join("target/dist/windows");
    let packaged = package(
        &programs,
        &folder,
        &workspace_version()?,
        Compression::Smallest,
    )?;
    println!();
    for path in [&packaged.setup, &packaged.portable]
        .into_iter()
        .cloned()
        .chain(PROGRAM_FILES.iter().map(|name| folder.join(name)))
    {
        let bytes = std::fs::metadata(&path)
            .map_err(|e| format!("{}: {e}", path.display()))?
            .len();
        let shown = path
            .strip_prefix(run::repo_root())
            .unwrap_or(&path)
            .display()
            .to_string();
        println!("{:>8.1} MB  {shown}", bytes as f64 / 1e6);
    }
    Ok(())
}

/// Copies the programs from `programs` into `folder` (emptied first), then writes the
/// installer for `version`, the portable ZIP and a `.sha256` beside each file.
pub fn package(
    programs: &Path,
    folder: &Path,
    version: &str,
    compression: Compression,
) -> Result<Packaged, String> {
    if folder.exists() {
        std::fs::remove_dir_all(folder).map_err(|e| format!("empty {}: {e}", folder.display()))?;
    }
    std::fs::create_dir_all(folder).map_err(|e| format!("create {}: {e}", folder.display()))?;
    for name in PROGRAM_FILES {
        std::fs::copy(programs.join(name), folder.join(name))
            .map_err(|e| format!("copy {name}: {e}"))?;
    }
    strip_symbols(folder)?;
    let setup = folder.join(format!("GECC-Desk-{version}-setup.exe"));
    installer(folder, &setup, version, compression)?;
    let portable = folder.join(format!("GECC-Desk-{version}-portable.zip"));
    portable_zip(folder, &portable)?;
    for name in PROGRAM_FILES {
        write_sha256(&folder.join(name))?;
    }
    write_sha256(&setup)?;
    write_sha256(&portable)?;
    Ok(Packaged { setup, portable })
}

/// Strips the symbols from the copied programs. The release profile strips already; the
/// CI profile's programs keep the standard library's debug information (over 100 MB
/// each), which would only slow the installer's compression. Where mingw-w64's strip is
/// not installed (the hosted runner builds in release), the files are left as they are.
fn strip_symbols(folder: &Path) -> Result<(), String> {
    const STRIP: &str = "x86_64-w64-mingw32-strip";
    if !run::available(STRIP, "--version") {
        return Ok(());
    }
    for name in PROGRAM_FILES.iter().filter(|name| name.ends_with(".exe")) {
        let path = folder.join(name);
        run::step(
            &format!("strip {name}"),
            run::command(STRIP, &["--strip-all", &path.to_string_lossy()]),
        )?;
    }
    Ok(())
}

/// Compiles installer/windows/gecc-desk.nsi for `version` into `setup`. The offline
/// WebView2 Runtime installer goes inside when GECC_WEBVIEW2_INSTALLER names one (the
/// hosted workflow downloads it; nothing here does).
pub fn installer(
    programs: &Path,
    setup: &Path,
    version: &str,
    compression: Compression,
) -> Result<(), String> {
    let root = run::repo_root();
    let mut defines = vec![
        format!("-DVERSION={version}"),
        format!("-DSOURCE={}", programs.display()),
        format!("-DOUTFILE={}", setup.display()),
        format!("-DICON={}", root.join("assets/icons/icon.ico").display()),
    ];
    if let Some(webview2) = std::env::var_os("GECC_WEBVIEW2_INSTALLER") {
        defines.push(format!(
            "-DWEBVIEW2_INSTALLER={}",
            Path::new(&webview2).display()
        ));
    }
    let mut args: Vec<&str> = vec!["-V2", "-INPUTCHARSET", "UTF8"];
    if compression == Compression::None {
        // SetCompress is ignored by the script's solid LZMA, so that is overridden first.
        args.extend(["-XSetCompressor /FINAL zlib", "-XSetCompress off"]);
    }
    args.extend(defines.iter().map(String::as_str));
    let script = root.join("installer/windows/gecc-desk.nsi");
    let script = script.to_string_lossy();
    args.push(&script);
    run::step(
        &format!(
            "makensis: {}",
            setup.file_name().unwrap_or_default().to_string_lossy()
        ),
        run::command("makensis", &args),
    )
}

/// The portable copy: the programs and `gecc-portable.txt`, whose presence beside
/// gecc-desk.exe keeps the data in `GECC-Data` next to it (see README.md).
fn portable_zip(folder: &Path, target: &Path) -> Result<(), String> {
    let file =
        std::fs::File::create(target).map_err(|e| format!("create {}: {e}", target.display()))?;
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let zip_error = |e: zip::result::ZipError| format!("write {}: {e}", target.display());
    for name in PROGRAM_FILES {
        zip.start_file(format!("GECC Desk/{name}"), options)
            .map_err(zip_error)?;
        let bytes = std::fs::read(folder.join(name)).map_err(|e| format!("read {name}: {e}"))?;
        zip.write_all(&bytes)
            .map_err(|e| format!("write {name}: {e}"))?;
    }
    zip.start_file("GECC Desk/gecc-portable.txt", options)
        .map_err(zip_error)?;
    zip.write_all(PORTABLE_NOTE.as_bytes())
        .map_err(|e| format!("write the marker: {e}"))?;
    zip.finish().map_err(zip_error)?;
    Ok(())
}

/// The marker's text: its presence is what counts, its words tell a person why it is there.
const PORTABLE_NOTE: &str = "GECC Desk รุ่นพกพา: ไฟล์นี้ทำให้ข้อมูลทั้งหมดเก็บอยู่ในโฟลเดอร์ GECC-Data ข้างโปรแกรม อย่าลบไฟล์นี้\r\n\
GECC Desk, portable: this file keeps all data in the GECC-Data folder beside the program. Do not delete it.\r\n";

/// Writes `NAME.sha256` beside `path` in the form `sha256sum -c` reads.
pub fn write_sha256(path: &Path) -> Result<String, String> {
    let mut file =
        std::fs::File::open(path).map_err(|e| format!("read {}: {e}", path.display()))?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 1 << 20];
    loop {
        let read = file
            .read(&mut buffer)
            .map_err(|e| format!("read {}: {e}", path.display()))?;
        if read == 0 {
            break;
        }
        hasher.update(&buffer[..read]);
    }
    let hex: String = hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let mut target = path.as_os_str().to_owned();
    target.push(".sha256");
    std::fs::write(&target, format!("{hex}  {name}\n"))
        .map_err(|e| format!("write {}: {e}", Path::new(&target).display()))?;
    Ok(hex)
}

/// The workspace's version, from Cargo.toml's [workspace.package].
pub fn workspace_version() -> Result<String, String> {
    let manifest = std::fs::read_to_string(run::repo_root().join("Cargo.toml"))
        .map_err(|e| format!("read Cargo.toml: {e}"))?;
    manifest
        .split("[workspace.package]")
        .nth(1)
        .and_then(|section| {
            section
                .lines()
                .find(|line| line.trim_start().starts_with("version"))
        })
        .and_then(|line| line.split('"').nth(1))
        .map(str::to_string)
        .ok_or_else(|| "no version in Cargo.toml's [workspace.package]".to_string())
}
