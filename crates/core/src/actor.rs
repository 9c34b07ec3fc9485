//! Who is making a change, for the history. The program has no logins, so until the
//! office profile names people, the operating system's user name is recorded.

/// The logged-in user's name as the operating system reports it.
pub fn os_user_name() -> String {
    ["USERNAME", "USER", "LOGNAME"]
        .iter()
        .filter_map(|key| std::env::var(key).ok())
        .map(|name| name.trim().to_string())
        .find(|name| !name.is_empty())
        .unwrap_or_else(|| "unknown".to_string())
}
