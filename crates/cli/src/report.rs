//! `gecc report`: a printed form as PDF, the same bytes the app prints, written to a file
//! under a temporary name and renamed once read back.

use std::path::{Path, PathBuf};

use gecc_core::model::RoundKind;
use gecc_core::thai::fiscal_year_be;
use gecc_core::timestamp::{local_offset, LocalDay};
use gecc_core::{Error, Store};
use gecc_forms::{Digits, Document, PageNumbers, PrintOptions};

use crate::print::json_value;

/// The arguments of `gecc report`.
#[derive(clap::Args)]
pub struct ReportArgs {
    /// The round's number, as `gecc rounds` lists it. Needed for report, signoff and
    /// evidence; with form1 or form2 it prints that round's office only.
    #[arg(value_name = "ROUND")]
    round: Option<i64>,
    /// report: the self-assessment report; signoff: the sign-off sheet; evidence: the
    /// evidence index; form1, form2: the province report forms 1 (registration) and 2
    /// (application progress).
    #[arg(long, value_parser = ["report", "signoff", "evidence", "form1", "form2"])]
    form: String,
    /// The PDF file to write.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: PathBuf,
    /// form1 and form2 without ROUND: every office's round of this fiscal year (B.E.);
    /// today's when left out.
    #[arg(long, conflicts_with = "round", value_name = "YEAR")]
    fiscal_year: Option<i32>,
    /// form1 and form2 without ROUND: application, maintenance-6-month or
    /// maintenance-12-month.
    #[arg(long, conflicts_with = "round", default_value = "application")]
    kind: String,
    /// Write numbers and dates with Arabic digits (2568) instead of Thai ones (๒๕๖๘).
    #[arg(long)]
    arabic_digits: bool,
    /// dashes: "- ๒ -" at the top from the second page; of-total: "หน้า ๒ จาก ๕" on every page.
    #[arg(long, default_value = "dashes", value_parser = ["dashes", "of-total"])]
    page_numbers: String,
}

/// Renders the form and writes it to the output file.
pub fn report(store: &Store, args: &ReportArgs, as_json: bool) -> Result<(), Error> {
    let document = Document::parse(&args.form).ok_or_else(|| {
        Error::invalid(
            format!("ไม่รู้จักเอกสาร \"{}\"", args.form),
            format!(
                "\"{}\" is not a form: report, signoff, evidence, form1 or form2.",
                args.form
            ),
        )
    })?;
    // One reading of the clock for the whole printout (see LocalDay).
    let today = LocalDay::now(local_offset());
    let data = match (document.is_province_form(), args.round) {
        (false, Some(round)) => gecc_forms::round_data(store, round, today)?,
        (false, None) => {
            return Err(Error::invalid(
                format!(
                    "เอกสาร {} ต้องระบุหมายเลขรอบ (ROUND) เช่น gecc report 1 --form {}",
                    args.form, args.form
                ),
                format!(
                    "The {} form needs the round's number (ROUND), e.g. gecc report 1 --form {}",
                    args.form, args.form
                ),
            ))
        }
        (true, Some(round)) => gecc_forms::province_data_for_round(store, round, today)?,
        (true, None) => {
            let kind = RoundKind::parse(&args.kind).ok_or_else(|| {
                Error::invalid(
                    format!("ประเภทรอบ \"{}\" ไม่ถูกต้อง", args.kind),
                    format!("\"{}\" is not a kind of round: application, maintenance-6-month or maintenance-12-month.", args.kind),
                )
            })?;
            let year = args
                .fiscal_year
                .unwrap_or_else(|| fiscal_year_be(today.date));
            gecc_forms::province_data(store, year, kind, today)?
        }
    };
    let options = PrintOptions {
        digits: if args.arabic_digits {
            Digits::Arabic
        } else {
            Digits::Thai
        },
        page_numbers: PageNumbers::parse(&args.page_numbers).unwrap_or_default(),
    };
    let pdf = gecc_forms::render(document, &data, &options)?;
    gecc_core::files::write_file_atomically(&args.output, &pdf)?;
    wrote(&args.output, pdf.len(), as_json);
    Ok(())
}

fn wrote(path: &Path, bytes: usize, as_json: bool) {
    if as_json {
        json_value(&serde_json::json!({ "file": path, "bytes": bytes }));
    } else {
        say!("เขียนแล้ว (written): {} ({bytes} bytes)", path.display());
    }
}
