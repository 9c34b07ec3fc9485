//! Installs what a fresh Debian 12 machine lacks: the Debian packages Tauri and the
//! tests need, tauri-driver, and the npm packages. Anything already present is skipped.

use std::process::Command;

use crate::run;

/// Debian packages: WebKitGTK and friends to build and run the app, Xvfb and the
/// WebKit WebDriver for end-to-end tests, Chromium for the UI flows (Playwright drives
/// Debian's Chromium; it cannot download its own here), Thai and emoji fonts so
/// screenshots show what a clerk's Windows PC shows.
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
    "fonts-thai-tlwg",
    "fonts-noto-color-emoji",
    "chromium",
    "curl",
];

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

pub fn setup() -> Result<(), String> {
    let missing: Vec<&str> = DEBIAN_PACKAGES
        .iter()
        .copied()
        .filter(|p| !is_installed(p))
        .collect();
    if missing.is_empty() {
        println!("==> Debian packages: all present");
    } else {
        run::step("apt-get update", apt_get(&["update", "-qq"]))?;
        let mut install = vec!["install", "-y", "-qq", "--no-install-recommends"];
        install.extend(&missing);
        run::step(&format!("install {}", missing.join(" ")), apt_get(&install))?;
    }

    if run::available("tauri-driver", "--help") {
        println!("==> tauri-driver: present");
    } else {
        run::step(
            "install tauri-driver",
            run::cargo(&["install", "tauri-driver", "--locked", "--version", "^2"]),
        )?;
    }

    if npm_packages_current() {
        println!("==> npm packages: present and matching package-lock.json");
        Ok(())
    } else {
        run::step("npm ci", run::npm(&["ci", "--no-audit", "--no-fund"]))
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
