//! The office's staff list and the person working now, kept in the settings table so a
//! shared PC remembers both (issue 15, point 9). The list is the office's own, short and
//! editable; the person working is one of it, or nobody ("unknown" in the history).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Store;
use crate::actor::person_name;
use crate::error::{Error, Result};

/// A staff list longer than any service centre's team is a mistake (a pasted file).
pub const MAX_STAFF: usize = 100;

/// The staff list, in the order the office keeps it, and who is working on this PC.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Staff {
    pub names: Vec<String>,
    pub current: Option<String>,
}

impl Store {
    pub fn staff(&self) -> Result<Staff> {
        let names: Vec<String> = match self.setting("staff")? {
            Some(json) => serde_json::from_str(&json).unwrap_or_default(),
            None => Vec::new(),
        };
        let current = self
            .setting("current_person")?
            .filter(|name| names.contains(name));
        Ok(Staff { names, current })
    }

    /// Replaces the list (names trimmed, blank lines and repeats dropped). The person
    /// working stays chosen only while their name is still on it.
    pub fn set_staff(&mut self, typed: &[String]) -> Result<Staff> {
        let mut names: Vec<String> = Vec::new();
        for line in typed.iter().filter(|line| !line.trim().is_empty()) {
            let name = person_name(line)?;
            if !names.contains(&name) {
                names.push(name);
            }
        }
        if names.len() > MAX_STAFF {
            return Err(Error::invalid(
                format!("รายชื่อเจ้าหน้าที่ได้ไม่เกิน {MAX_STAFF} คน"),
                format!("The staff list holds at most {MAX_STAFF} people."),
            ));
        }
        self.put_setting("staff", Some(&serde_json::Value::from(names).to_string()))?;
        self.staff()
    }

    /// Says who is working on this PC (one of the staff list), or nobody.
    pub fn set_current_person(&mut self, name: Option<&str>) -> Result<Staff> {
        let staff = self.staff()?;
        if let Some(name) = name {
            if !staff.names.iter().any(|n| n == name) {
                return Err(Error::invalid(
                    format!("\"{name}\" ไม่อยู่ในรายชื่อเจ้าหน้าที่ของสำนักงาน"),
                    format!("\"{name}\" is not on the office's staff list."),
                ));
            }
        }
        self.put_setting("current_person", name)?;
        self.staff()
    }

    /// The name changes are recorded under: the person working, or "unknown".
    pub fn actor(&self) -> Result<String> {
        Ok(crate::actor::actor_or_unknown(
            self.staff()?.current.as_deref(),
        ))
    }
}
