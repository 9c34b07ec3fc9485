//! The province's roster: Thailand's provinces and districts shipped as data (so a
//! province office picks its districts instead of typing them), and how an office that
//! sent a bundle is recognised as an entry of the roster.

mod geography;
mod matching;

pub use geography::{district_office_name, geography, District, Geography, Province};
pub use matching::{district_key, name_key, province_key, same_district, same_name, same_province};
