//! `gecc`: GECC Desk's core from a terminal, so province offices can script it and tests
//! can drive it against a real database file.

mod print;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use gecc_core::data_dir::{database_path, resolve_data_dir};
use gecc_core::model::{NewRoundInput, RoundKind};
use gecc_core::timestamp::{local_offset, today_at};
use gecc_core::{Error, Store};

#[derive(Parser)]
#[command(
    name = "gecc",
    version,
    about = "GECC Desk from the command line (ศูนย์ราชการสะดวก)"
)]
struct Cli {
    /// The data folder (default: GECC_DATA_DIR, else the per-user app data folder).
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// Print JSON instead of a table, for scripts.
    #[arg(long, global = true)]
    json: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List the installed criteria packs with item counts per part, or import one.
    Packs {
        #[command(subcommand)]
        action: Option<PacksAction>,
    },
    /// List the assessment rounds, or open a new one.
    Rounds {
        #[command(subcommand)]
        action: Option<RoundsAction>,
    },
    /// Print a round's whole checklist (pack, answers, evidence, score) as JSON.
    Checklist {
        /// The round's number, as `gecc rounds` lists it.
        round: i64,
    },
    /// Show a round's score: points per part, the physical gate, the projected level.
    Score {
        /// The round's number, as `gecc rounds` lists it.
        round: i64,
    },
    /// List a round's saved answers: status, owner, due date and note per item.
    Answers {
        /// The round's number, as `gecc rounds` lists it.
        round: i64,
    },
    /// List a round's evidence files: SHA-256, size, format, original name, items.
    Evidence {
        /// The round's number, as `gecc rounds` lists it.
        round: i64,
    },
}

#[derive(Subcommand)]
enum RoundsAction {
    /// Open a round for this installation's office.
    New {
        /// application, maintenance-6-month or maintenance-12-month.
        #[arg(long, default_value = "application")]
        kind: String,
        /// The fiscal year (B.E.); today's when left out.
        #[arg(long)]
        fiscal_year: Option<i32>,
        /// The criteria pack id; the newest pack when left out.
        #[arg(long)]
        pack: Option<String>,
        /// The pack's version; the newest version of the pack when left out.
        #[arg(long)]
        version: Option<u32>,
    },
}

#[derive(Subcommand)]
enum PacksAction {
    /// Validate a pack file and install it.
    Import { file: PathBuf },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            let message = error.message();
            eprintln!("gecc: {}\n      {}", message.th, message.en);
            ExitCode::FAILURE
        }
    }
}

fn run(cli: &Cli) -> Result<(), Error> {
    let data_dir = resolve_data_dir(cli.data_dir.as_deref());
    let mut store = Store::open(database_path(&data_dir))?;
    match &cli.command {
        Command::Packs { action: None } => print::packs(&store.list_packs()?, cli.json),
        Command::Packs {
            action: Some(PacksAction::Import { file }),
        } => {
            let summary = store.import_pack_file(file)?;
            print::packs(&[summary], cli.json);
        }
        Command::Rounds { action: None } => print::rounds(&store.list_rounds()?, cli.json),
        Command::Rounds {
            action:
                Some(RoundsAction::New {
                    kind,
                    fiscal_year,
                    pack,
                    version,
                }),
        } => {
            let kind = RoundKind::parse(kind).ok_or_else(|| {
                Error::invalid(
                    format!("ประเภทรอบ \"{kind}\" ไม่ถูกต้อง"),
                    format!("\"{kind}\" is not a kind of round: application, maintenance-6-month or maintenance-12-month."),
                )
            })?;
            let input = NewRoundInput {
                kind,
                fiscal_year_be: *fiscal_year,
                pack_id: pack.clone(),
                pack_version: *version,
            };
            let round = store.create_round(input, today_at(local_offset()))?;
            print::rounds(&[round], cli.json);
        }
        Command::Checklist { round } => print::json_value(&store.checklist(*round)?),
        Command::Score { round } => {
            let checklist = store.checklist(*round)?;
            print::score(&checklist, cli.json);
        }
        Command::Answers { round } => {
            let checklist = store.checklist(*round)?;
            print::answers(&checklist, cli.json);
        }
        Command::Evidence { round } => {
            let checklist = store.checklist(*round)?;
            print::evidence(&checklist, cli.json);
        }
    }
    Ok(())
}
