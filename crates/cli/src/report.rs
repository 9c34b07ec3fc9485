//! `gecc report`: a printed form as PDF, the same bytes the app prints (both go through
//! `gecc_forms::prepare_print`), written to a file under a temporary name and renamed once
//! read back.

use std::path::{Path, PathBuf};

use clap::builder::{PossibleValuesParser, TypedValueParser};
use gecc_core::thai::fiscal_year_be;
use gecc_core::{Error, Store};
use gecc_forms::{Digits, Document, PageNumbers, PrintOptions, PrintSource};

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
    #[arg(long, value_parser = named(&Document::ALL.map(Document::as_str), Document::parse))]
    form: Document,
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
    #[arg(long, default_value = "dashes",
          value_parser = named(&PageNumbers::ALL.map(PageNumbers::as_str), PageNumbers::parse))]
    page_numbers: PageNumbers,
}

/// A parser that accepts exactly the names core gives (so `--help` lists them) and turns
/// them into core's value.
fn named<T: Clone + Send + Sync + 'static>(
    names: &[&'static str],
    parse: fn(&str) -> Option<T>,
) -> impl TypedValueParser<Value = T> {
    PossibleValuesParser::new(names.iter().copied()).try_map(move |name| {
        parse(&name).ok_or_else(|| format!("\"{name}\" is not one of the names"))
    })
}

/// Renders the form and writes it to the output file.
pub fn report(store: &Store, args: &ReportArgs, as_json: bool) -> Result<(), Error> {
    let document = args.form;
    // One reading of the clock for the whole printout (see LocalDay).
    let today = store.clock().today();
    let source = match args.round {
        Some(round_id) => PrintSource::Round { round_id },
        None if !document.is_province_form() => {
            return Err(Error::invalid(
                format!(
                    "เอกสาร {0} ต้องระบุหมายเลขรอบ (ROUND) เช่น gecc report 1 --form {0}",
                    document.as_str()
                ),
                format!(
                    "The {0} form needs the round's number (ROUND), e.g. gecc report 1 --form {0}",
                    document.as_str()
                ),
            ))
        }
        None => PrintSource::Province {
            fiscal_year_be: args
                .fiscal_year
                .unwrap_or_else(|| fiscal_year_be(today.date)),
            kind: crate::round_kind(&args.kind)?,
        },
    };
    let options = PrintOptions {
        digits: if args.arabic_digits {
            Digits::Arabic
        } else {
            Digits::Thai
        },
        page_numbers: args.page_numbers,
    };
    let pdf = gecc_forms::prepare_print(store, document, &source, today)?.render(&options)?;
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
