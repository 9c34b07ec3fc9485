//! Tauri's build step for the bare window: embeds its page and config.
fn main() {
    tauri_build::build();
}
