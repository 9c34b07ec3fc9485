//! Thailand's provinces and districts with their DOPA codes, from
//! `assets/geography/thailand-districts.json` (source, licence and corrections in the
//! README beside it), read once and kept.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

const DATA: &str = include_str!("../../../../assets/geography/thailand-districts.json");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct District {
    /// The DOPA code: the province's two digits and the district's two (e.g. 9401).
    pub code: String,
    pub name_th: String,
    #[serde(default)]
    pub name_en: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Province {
    pub code: String,
    pub name_th: String,
    #[serde(default)]
    pub name_en: String,
    pub districts: Vec<District>,
}

/// The whole list, as the app's province chooser shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Geography {
    /// Where the list comes from (package and version).
    pub source: String,
    pub licence: String,
    pub provinces: Vec<Province>,
}

impl Geography {
    /// The province named `name` (with or without "จังหวัด", or its English name).
    pub fn province(&self, name: &str) -> Option<&Province> {
        self.provinces.iter().find(|p| {
            super::same_province(&p.name_th, name) || p.name_en.eq_ignore_ascii_case(name.trim())
        })
    }
}

/// The shipped list (parsed on first use; the data is checked by the tests below).
pub fn geography() -> &'static Geography {
    static PARSED: OnceLock<Geography> = OnceLock::new();
    PARSED.get_or_init(|| serde_json::from_str(DATA).expect("the shipped district list parses"))
}

/// What a district's registration office is called on the roster: "อำเภอเมืองปัตตานี",
/// or "สำนักงานเขตพระนคร" in Bangkok.
pub fn district_office_name(province: &Province, district: &District) -> String {
    if province.code == "10" {
        format!("สำนักงานเขต{}", district.name_th)
    } else {
        format!("อำเภอ{}", district.name_th)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn the_shipped_list_has_every_province_and_district_once_with_its_dopa_code() {
        let geography = geography();
        assert_eq!(geography.provinces.len(), 77);
        let districts: usize = geography.provinces.iter().map(|p| p.districts.len()).sum();
        assert_eq!(districts, 928, "878 อำเภอ and Bangkok's 50 เขต");
        let mut codes = HashSet::new();
        for province in &geography.provinces {
            assert_eq!(province.code.len(), 2);
            assert!(codes.insert(province.code.clone()));
            for district in &province.districts {
                assert_eq!(district.code.len(), 4, "{district:?}");
                assert!(district.code.starts_with(&province.code), "{district:?}");
                assert!(codes.insert(district.code.clone()), "{district:?} twice");
                assert!(
                    !district.name_th.starts_with("อำเภอ") && !district.name_th.starts_with("เขต")
                );
            }
        }
    }

    #[test]
    fn a_province_is_found_by_its_name_with_or_without_the_word_province() {
        let geography = geography();
        let pattani = geography.province("จังหวัดปัตตานี").unwrap();
        assert_eq!(pattani.code, "94");
        assert_eq!(geography.province(" ปัตตานี ").unwrap().code, "94");
        assert_eq!(pattani.districts.len(), 12);
        let chiang_mai = geography.province("เชียงใหม่").unwrap();
        assert!(
            chiang_mai
                .districts
                .iter()
                .any(|d| d.name_th == "กัลยาณิวัฒนา" && d.code == "5025"),
            "the newest district is listed with its code"
        );
        let bangkok = geography.province("กรุงเทพมหานคร").unwrap();
        assert_eq!(
            district_office_name(bangkok, &bangkok.districts[0]),
            "สำนักงานเขตพระนคร"
        );
        assert_eq!(
            district_office_name(pattani, &pattani.districts[0]),
            "อำเภอเมืองปัตตานี"
        );
        assert!(geography.province("แอตแลนติส").is_none());
    }
}
