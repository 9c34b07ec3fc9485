//! A PC becoming the province office's desk, in one step for the app's first run and
//! `gecc role province --province NAME` alike: the role saved, the office named after the
//! province (the rest of its profile kept), and the province's districts on the roster.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{RosterAdded, Store};
use crate::error::{Error, Result};
use crate::model::{DeskRole, Office, OfficeKind, Settings};
use crate::roster::geography;

/// What becoming the province's desk did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ProvinceDesk {
    pub settings: Settings,
    pub office: Office,
    /// The districts added, when asked for.
    pub added: Option<RosterAdded>,
}

impl Store {
    /// This PC works for the province office of `province` (a name of the shipped list).
    pub fn work_for_province(
        &mut self,
        province: &str,
        add_districts: bool,
    ) -> Result<ProvinceDesk> {
        let Some(found) = geography().province(province) else {
            return Err(Error::invalid(
                format!("ไม่พบจังหวัด \"{}\" ในรายชื่อจังหวัด", province.trim()),
                format!("\"{}\" is not a province of the list.", province.trim()),
            ));
        };
        let name = found.name_th.clone();
        let mut profile = self.local_office()?.profile;
        profile.name = format!("ที่ทำการปกครองจังหวัด{name}");
        profile.kind = OfficeKind::Other;
        profile.province = name.clone();
        let office = self.save_local_office(profile)?;
        let added = if add_districts {
            Some(self.add_province_to_roster(&name)?)
        } else {
            None
        };
        let settings = self.set_role(DeskRole::Province)?;
        Ok(ProvinceDesk {
            settings,
            office,
            added,
        })
    }
}
