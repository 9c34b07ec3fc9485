//! Installs what a fresh Debian 12 machine lacks: the Debian packages Tauri and the
//! tests need, the Python tools the interoperability tests run, tauri-driver, and the npm
//! packages. Anything already present is skipped.

use std::path::Path;
use std::process::Command;

use crate::run;

/// Debian packages: WebKitGTK and friends to build and run the app, Xvfb and the
/// WebKit WebDriver for end-to-end tests (and a D-Bus daemon, the session bus on which
/// a second launch finds the running app), Chromium for the UI flows (Playwright drives
/// Debian's Chromium; it cannot download its own here), Thai and emoji fonts so
/// screenshots show what a clerk's Windows PC shows; Python's venv, unzip, zip and 7-Zip
/// for the interoperability tests, which check that tools other than ours read our
/// bundles; poppler-utils (pdftotext, pdfinfo, pdftoppm) to read the printed forms back.
const DEBIAN_PACKAGES: &[&str] = &[
    "libwebkit2gtk-4.1-dev",
    "build-essential",
    "libssl-dev",
    "libayatana-appindicator3-dev",
    "librsvg2-dev",
    "pkg-config",
    "xvfb",
    "xauth",
    "webkit2gtk-driver",
    "dbus-daemon",
    "fonts-thai-tlwg",
    "fonts-noto-color-emoji",
    "chromium",
    "curl",
    "python3-venv",
    "p7zip-full",
    "unzip",
    "zip",
    "poppler-utils",
    // `ip`, to bring up the loopback interface in the tests' network namespace.
    "iproute2",
    // Windows, built and checked here: mingw-w64 links the cross-built programs, makensis
    // compiles our installer, Wine runs the tests and the installer.
    "mingw-w64",
    "nsis",
    "wine",
    "wine64",
    // A real FAT32 stick for the export's 4 GiB rule: mkfs.vfat makes the image and
    // fusefat mounts it (this kernel has no vfat driver; FUSE works in a user namespace).
    "dosfstools",
    "fusefat",
];

/// The Python packages the interoperability tests run, pinned so that what "another tool
/// reads our bundles" means changes only with a commit: bagit.py (the Library of
/// Congress's BagIt tool), the BagIt profile validator, a JSON Schema validator, and
/// `cryptography` for an Ed25519 check of our signatures written by others.
const INTEROP_PYTHON_PACKAGES: &[&str] = &[
    "bagit==1.9.0",
    "bagit_profile==1.3.1",
    "jsonschema==4.26.0",
    "cryptography==46.0.3",
];

/// Where the interoperability tests look for their Python (see tests/acceptance/interop.rs).
const INTEROP_VENV: &str = "target/interop-venv";

/// The file in the venv naming the pins it was made with, written only once pip has
/// finished, so an interrupted or outdated venv is made again.
const INTEROP_MARKER: &str = "gecc-pinned-packages.txt";

fn is_installed(package: &str) -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", package])
        .output()
        .map(|output| String::from_utf8_lossy(&output.stdout).contains("install ok installed"))
        .unwrap_or(false)
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|output| String::from_utf8_lossy(&output.stdout).trim() == "0")
        .unwrap_or(false)
}

/// `apt-get` as root, through sudo when we are not root.
fn apt_get(args: &[&str]) -> Command {
    let mut command = if is_root() {
        Command::new("apt-get")
    } else {
        let mut sudo = Command::new("sudo");
        sudo.arg("apt-get");
        sudo
    };
    command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
    command
}

/// Installs those of `packages` that are missing (one `apt-get update` first).
pub fn debian_packages(packages: &[&str]) -> Result<(), String> {
    let missing: Vec<&str> = packages
        .iter()
        .copied()
        .filter(|p| !is_installed(p))
        .collect();
    if missing.is_empty() {
        println!("==> Debian packages: all present");
        return Ok(());
    }
    run::step("apt-get update", apt_get(&["update", "-qq"]))?;
    let mut install = vec!["install", "-y", "-qq", "--no-install-recommends"];
    install.extend(&missing);
    run::step(&format!("install {}", missing.join(" ")), apt_get(&install))
}

pub fn setup() -> Result<(), String> {
    if !cfg!(target_os = "linux") {
        println!("==> setup: nothing to install off Debian (the hosted Windows workflow installs its own tools)");
        return npm_ci_if_needed();
    }
    debian_packages(DEBIAN_PACKAGES)?;

    interop_venv()?;

    if run::available("tauri-driver", "--help") {
        println!("==> tauri-driver: present");
    } else {
        run::step(
            "install tauri-driver",
            run::cargo(&["install", "tauri-driver", "--locked", "--version", "^2"]),
        )?;
    }

    npm_ci_if_needed()
}

fn npm_ci_if_needed() -> Result<(), String> {
    if npm_packages_current() {
        println!("==> npm packages: present and matching package-lock.json");
        Ok(())
    } else {
        run::step("npm ci", run::npm(&["ci", "--no-audit", "--no-fund"]))
    }
}

/// cargo-fuzz, for `cargo xtask fuzz`; like tauri-driver, installed once from crates.io.
pub fn cargo_fuzz() -> Result<(), String> {
    if run::available("cargo-fuzz", "--version") {
        println!("==> cargo-fuzz: present");
        Ok(())
    } else {
        run::step(
            "install cargo-fuzz",
            run::cargo(&["install", "cargo-fuzz", "--locked", "--version", "^0.13"]),
        )
    }
}

/// node_modules exists and was installed after the last change to package-lock.json.
fn npm_packages_current() -> bool {
    let modified = |path: &str| {
        std::fs::metadata(run::repo_root().join(path))
            .and_then(|m| m.modified())
            .ok()
    };
    match (
        modified("node_modules/.package-lock.json"),
        modified("package-lock.json"),
    ) {
        (Some(installed), Some(locked)) => installed >= locked,
        _ => false,
    }
}

/// Makes the interoperability tests' Python venv unless it is there with today's pins.
fn interop_venv() -> Result<(), String> {
    let venv = run::repo_root().join(INTEROP_VENV);
    let marker = venv.join(INTEROP_MARKER);
    let wanted = format!("{}\n", INTEROP_PYTHON_PACKAGES.join("\n"));
    let python = venv.join("bin/python3");
    if python.exists() && std::fs::read_to_string(&marker).ok().as_deref() == Some(&wanted) {
        println!("==> interop Python venv: present with the pinned packages");
        return Ok(());
    }
    // A venv made with other pins starts afresh, so no package of an old pin lingers.
    if venv.exists() {
        std::fs::remove_dir_all(&venv)
            .map_err(|error| format!("remove the outdated {INTEROP_VENV}: {error}"))?;
    }
    // Debian's Python is the one python3-venv serves; elsewhere, the one on the PATH.
    let system_python = if Path::new("/usr/bin/python3").exists() {
        "/usr/bin/python3"
    } else {
        "python3"
    };
    let venv_text = venv.to_string_lossy();
    run::step(
        &format!("create {INTEROP_VENV}"),
        run::command(system_python, &["-m", "venv", &venv_text]),
    )?;
    let mut install = vec![
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
    ];
    install.extend(INTEROP_PYTHON_PACKAGES);
    run::step(
        &format!("pip install {}", INTEROP_PYTHON_PACKAGES.join(" ")),
        run::command(&python.to_string_lossy(), &install),
    )?;
    std::fs::write(&marker, wanted).map_err(|error| format!("write {}: {error}", marker.display()))
}
