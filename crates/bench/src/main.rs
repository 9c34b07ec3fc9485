//! `gecc-bench`: measures the store and the evidence copy against plain tools on the
//! same data in the same run, and prints a table. Figures go in closing notes; nothing
//! here is asserted.

mod attach;
mod bundles;
mod data;
mod desk;
mod photos;
mod saves;
mod seed;

use std::path::PathBuf;

/// One measured row: what, our figure, the baseline's, and their ratio.
pub struct Row {
    pub what: String,
    pub ours: String,
    pub baseline: String,
    pub ratio: Option<f64>,
}

fn main() {
    let work = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("target/bench"));
    std::fs::create_dir_all(&work).expect("create the benchmark folder");
    if std::env::args().nth(2).as_deref() == Some("export-peak") {
        return bundles::export_peak_child(&work);
    }
    if std::env::args().nth(2).as_deref() == Some("seed-desk") {
        return seed::seed_desk(&work);
    }
    if std::env::args().nth(2).as_deref() == Some("reduce-photos") {
        return photos::reduce_child(&work);
    }
    let mut rows = Vec::new();
    // `gecc-bench DIR photos` (or `desk`) runs only those rows, when working on them.
    match std::env::args().nth(2).as_deref() {
        Some("photos") => {
            rows.extend(photos::reduce_against_imagemagick(&work));
            return print_rows(rows);
        }
        Some("report") => {
            rows.extend(desk::report_rows(&work));
            return print_rows(rows);
        }
        Some("desk") => {
            rows.extend(desk::country_desk(&work));
            return print_rows(rows);
        }
        _ => {}
    }
    rows.extend(saves::answer_saves(&work));
    rows.extend(attach::attach_against_cp_and_sha256sum(&work));
    rows.extend(bundles::export_and_verify(&work));
    rows.extend(bundles::export_peak_memory(&work));
    rows.extend(desk::country_desk(&work));
    rows.extend(photos::reduce_against_imagemagick(&work));
    print_rows(rows);
}

fn print_rows(rows: Vec<Row>) {
    println!(
        "\n{:<52} {:>16} {:>26} {:>7}",
        "MEASUREMENT", "GECC DESK", "BASELINE", "RATIO"
    );
    for row in rows {
        let ratio = row.ratio.map(|r| format!("{r:.2}")).unwrap_or_default();
        println!(
            "{:<52} {:>16} {:>26} {:>7}",
            row.what, row.ours, row.baseline, ratio
        );
    }
}
