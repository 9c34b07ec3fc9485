//! Where the program keeps its data: the operating system's per-user application data
//! folder, never the program's own folder (an installed program's folder may be
//! read-only, and an update or uninstall replaces it), unless `GECC_DATA_DIR` (or the
//! CLI's `--data-dir`) says otherwise, or the program runs portable from a USB stick.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use crate::store::DATABASE_FILE_NAME;

/// The application identifier; the Tauri shell uses the same one, so the app and the
/// CLI find the same database by default.
pub const APP_IDENTIFIER: &str = "th.gecc.desk";

/// The environment variable that overrides the data folder (tests use it).
pub const DATA_DIR_VARIABLE: &str = "GECC_DATA_DIR";

/// A file of this name beside the executable makes the program portable: its data
/// folder is then `PORTABLE_DATA_FOLDER` beside the executable too, so a USB stick
/// carries the program and its data from PC to PC. A file rather than the data folder
/// itself, so that deleting the data never silently turns portable mode off and the
/// marker can say in words what it does.
pub const PORTABLE_MARKER: &str = "gecc-portable.txt";

/// The data folder of a portable copy, beside the executable.
pub const PORTABLE_DATA_FOLDER: &str = "GECC-Data";

/// The data folder: an explicit choice first, then `GECC_DATA_DIR`, then a portable
/// copy's folder beside the executable, then the OS default
/// (`~/.local/share/th.gecc.desk` on Linux, `%APPDATA%\th.gecc.desk` on Windows).
pub fn resolve_data_dir(explicit: Option<&Path>) -> PathBuf {
    let variable = std::env::var_os(DATA_DIR_VARIABLE);
    choose_data_dir(
        explicit,
        variable.as_deref(),
        executable_folder().as_deref(),
        dirs::data_dir().as_deref(),
    )
}

/// The choice `resolve_data_dir` makes, from everything it depends on: the explicit
/// folder, the variable's value, the folder holding the executable and the OS's
/// per-user data folder. Kept apart so tests can give each of them.
pub fn choose_data_dir(
    explicit: Option<&Path>,
    variable: Option<&OsStr>,
    executable_folder: Option<&Path>,
    user_data_dir: Option<&Path>,
) -> PathBuf {
    if let Some(dir) = explicit {
        return dir.to_path_buf();
    }
    if let Some(dir) = variable.filter(|v| !v.is_empty()) {
        return PathBuf::from(dir);
    }
    if let Some(folder) = executable_folder.filter(|folder| is_portable(folder)) {
        return folder.join(PORTABLE_DATA_FOLDER);
    }
    user_data_dir
        .map(|dir| dir.join(APP_IDENTIFIER))
        .unwrap_or_else(|| PathBuf::from(APP_IDENTIFIER))
}

/// Whether the program in `executable_folder` runs portable (the marker file is there).
pub fn is_portable(executable_folder: &Path) -> bool {
    executable_folder.join(PORTABLE_MARKER).is_file()
}

/// The folder holding the running executable, if the OS can say.
pub fn executable_folder() -> Option<PathBuf> {
    std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(Path::to_path_buf))
}

/// The database file inside a data folder.
pub fn database_path(data_dir: &Path) -> PathBuf {
    data_dir.join(DATABASE_FILE_NAME)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A program folder and a user profile, both temporary, for one test.
    struct Computer {
        _root: tempfile::TempDir,
        program: PathBuf,
        profile: PathBuf,
    }

    impl Computer {
        fn new() -> Computer {
            let root = tempfile::tempdir().unwrap();
            let program = root.path().join("GECC Desk");
            let profile = root.path().join("AppData").join("Roaming");
            std::fs::create_dir_all(&program).unwrap();
            std::fs::create_dir_all(&profile).unwrap();
            Computer {
                _root: root,
                program,
                profile,
            }
        }

        fn data_dir(&self, explicit: Option<&Path>, variable: Option<&str>) -> PathBuf {
            choose_data_dir(
                explicit,
                variable.map(OsStr::new),
                Some(&self.program),
                Some(&self.profile),
            )
        }
    }

    #[test]
    fn data_lives_in_the_user_profile_never_beside_the_program() {
        let computer = Computer::new();
        let dir = computer.data_dir(None, None);
        assert_eq!(dir, computer.profile.join(APP_IDENTIFIER));
        assert!(
            !dir.starts_with(&computer.program),
            "an installed program's folder is not where data goes"
        );
    }

    #[test]
    fn a_marker_file_beside_the_executable_makes_the_data_folder_portable() {
        let computer = Computer::new();
        std::fs::write(computer.program.join(PORTABLE_MARKER), "portable").unwrap();
        assert!(is_portable(&computer.program));
        assert_eq!(
            computer.data_dir(None, None),
            computer.program.join(PORTABLE_DATA_FOLDER),
            "a portable copy keeps its data beside itself, on the stick"
        );
    }

    #[test]
    fn a_folder_named_like_the_marker_does_not_make_the_program_portable() {
        let computer = Computer::new();
        std::fs::create_dir(computer.program.join(PORTABLE_MARKER)).unwrap();
        assert_eq!(
            computer.data_dir(None, None),
            computer.profile.join(APP_IDENTIFIER),
            "only a file is the marker"
        );
    }

    #[test]
    fn an_explicit_folder_and_the_variable_win_over_portable_mode() {
        let computer = Computer::new();
        std::fs::write(computer.program.join(PORTABLE_MARKER), "portable").unwrap();
        let chosen = Path::new("/srv/gecc");
        assert_eq!(
            computer.data_dir(Some(chosen), Some("/from/variable")),
            chosen
        );
        assert_eq!(
            computer.data_dir(None, Some("/from/variable")),
            Path::new("/from/variable")
        );
        assert_eq!(
            computer.data_dir(None, Some("")),
            computer.program.join(PORTABLE_DATA_FOLDER),
            "an empty variable is as good as none"
        );
    }

    #[test]
    fn without_a_known_executable_or_profile_the_choice_still_has_an_answer() {
        assert_eq!(
            choose_data_dir(
                None,
                None,
                None,
                Some(Path::new("/home/clerk/.local/share"))
            ),
            Path::new("/home/clerk/.local/share").join(APP_IDENTIFIER)
        );
        assert_eq!(
            choose_data_dir(None, None, None, None),
            PathBuf::from(APP_IDENTIFIER)
        );
    }

    #[test]
    fn the_executable_folder_is_the_folder_holding_the_running_program() {
        let folder = executable_folder().expect("the OS knows where this test runs from");
        let exe = std::env::current_exe().unwrap();
        assert_eq!(exe.parent(), Some(folder.as_path()));
    }
}
