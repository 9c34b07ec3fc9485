//! Free disk space where the builds write: a CI machine once ran out of it while linking
//! the Windows program (ld: "No space left on device", twenty minutes in), so the run says
//! up front when the disk is short, and every step says what it left free.

use std::path::Path;
use std::process::Command;

/// What one `cargo xtask test` on a clean clone takes at its peak, builds, Wine prefixes,
/// fuzz targets and test files together (measured; see the closing note of issue 12),
/// with a margin.
pub const TEST_RUN_NEEDS: u64 = 14 * GB;

pub const GB: u64 = 1_000_000_000;

/// Bytes free to this user on the file system that holds `path`, from POSIX `df -Pk`
/// (no crate needed; `None` where df is missing or says something else).
pub fn free_bytes(path: &Path) -> Option<u64> {
    let output = Command::new("df").arg("-Pk").arg(path).output().ok()?;
    if !output.status.success() {
        return None;
    }
    available_from_df(&String::from_utf8_lossy(&output.stdout))
}

/// The "Available" column (in KiB) of df's POSIX output, as bytes.
fn available_from_df(output: &str) -> Option<u64> {
    let line = output.lines().nth(1)?;
    // A long device name does not wrap in -P output, but a mount point may hold spaces:
    // the column before the capacity (the first field ending in %) is the one.
    let fields: Vec<&str> = line.split_whitespace().collect();
    let capacity = fields.iter().position(|field| field.ends_with('%'))?;
    let available = fields.get(capacity.checked_sub(1)?)?;
    available.parse::<u64>().ok().map(|kib| kib * 1024)
}

/// "12.3 GB free", for step lines and messages.
pub fn shown(bytes: u64) -> String {
    format!("{:.1} GB free", bytes as f64 / GB as f64)
}

/// ", 12.3 GB free" where the builds write, for the line that ends a step (empty when df
/// cannot tell): a failure from a full disk then shows it beside the step.
pub fn note() -> String {
    free_bytes(&crate::run::repo_root())
        .map(|free| format!(", {}", shown(free)))
        .unwrap_or_default()
}

/// Before a run that writes `needs`: a message saying how short the disk is and what to
/// do, or `None` when there is room (or df cannot tell).
pub fn shortfall(path: &Path, needs: u64) -> Option<String> {
    let free = free_bytes(path)?;
    (free < needs).then(|| {
        format!(
            "only {} where {} is; a full test run needs about {:.0} GB. \
             Free some space (an old target/ folder: `cargo clean`) and run it again.",
            shown(free),
            path.display(),
            needs as f64 / GB as f64
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_available_column_is_read_from_posix_df_output() {
        let output = "Filesystem     1024-blocks     Used Available Capacity Mounted on\n\
                      /dev/vda        263174148 85331712 177842436      33% /\n";
        assert_eq!(available_from_df(output), Some(177_842_436 * 1024));
    }

    #[test]
    fn a_mount_point_with_spaces_does_not_shift_the_columns() {
        let output = "Filesystem 1024-blocks Used Available Capacity Mounted on\n\
                      /dev/sdb1 1000 400 600 40% /media/my stick\n";
        assert_eq!(available_from_df(output), Some(600 * 1024));
    }

    #[test]
    fn output_that_is_not_dfs_gives_nothing() {
        assert_eq!(available_from_df(""), None);
        assert_eq!(available_from_df("header only\n"), None);
        assert_eq!(available_from_df("h\n/dev/x a b c d /\n"), None);
    }

    #[test]
    fn this_machines_disk_is_read() {
        assert!(free_bytes(Path::new(".")).is_some_and(|free| free > 0));
    }
}
