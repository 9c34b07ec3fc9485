//! Thai official conventions: Buddhist-era dates, Thai month names and digits, and the
//! fiscal year (1 October to 30 September, named by the B.E. year it ends in).

mod calendar;
mod digits;

pub use calendar::*;
pub use digits::{to_arabic_digits, to_thai_digits, Digits};
