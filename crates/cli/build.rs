//! On Windows, gecc.exe carries the icon and its version and description in English and
//! Thai (what Explorer shows under Properties); elsewhere this does nothing.

include!("../../assets/windows/version_info.rs");

fn main() {
    println!("cargo:rerun-if-changed=../../assets/windows");
    println!("cargo:rerun-if-changed=../../assets/icons/icon.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let manifest_dir = std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let icon = manifest_dir.join("../../assets/icons/icon.ico");
    let icon = icon.display().to_string().replace('\\', "/");
    let script = format!(
        "#pragma code_page(65001)\n1 ICON \"{icon}\"\n{}\n{}\n",
        windows_version_info("en", "gecc.exe", "gecc: GECC Desk from the command line"),
        windows_version_info("th", "gecc.exe", "gecc: GECC Desk แบบบรรทัดคำสั่ง"),
    );
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("gecc.rc");
    std::fs::write(&out, script).expect("write gecc.rc");
    embed_resource::compile(&out, embed_resource::NONE)
        .manifest_optional()
        .expect("compile gecc.rc into the program's resources");
}
