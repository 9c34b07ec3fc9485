//! `gecc`: GECC Desk's core from a terminal, so province offices can script it and tests
//! can drive it against a real database file.

#[macro_use]
mod print;
mod answer;
mod attach;
mod bundles;
mod package;
mod report;
mod roster;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use gecc_core::bundle::{ExportOptions, ImportOptions};
use gecc_core::data_dir::{database_path, resolve_data_dir};
use gecc_core::model::{NewRoundInput, RoundKind};
use gecc_core::store::BackupReason;
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
    /// Who is making the change (answer, attach, import), recorded in the history and bundles;
    /// "unknown" without it.
    #[arg(long, global = true, value_name = "NAME")]
    by: Option<String>,
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
    /// Save an item's answer (status, reason, note, owner, due date, sub-scores,
    /// figures) as the app does; what is not given stays as it was.
    Answer(answer::AnswerArgs),
    /// Copy evidence files into the store and link them to an item of a round.
    Attach {
        /// The round's number, as `gecc rounds` lists it.
        round: i64,
        /// The item's id, as the pack has it (e.g. physical.lighting).
        item_id: String,
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The kind of evidence (one of the pack's evidence type ids, e.g. photo).
        #[arg(long)]
        kind: Option<String>,
    },
    /// Write a round's submission bundle (a ZIP holding a signed BagIt bag) into a folder,
    /// read it back and verify it.
    Export {
        /// The round's number, as `gecc rounds` lists it.
        round: i64,
        /// The folder to write into (a USB stick, say).
        #[arg(short = 'o', long = "output", value_name = "DIR")]
        output: PathBuf,
        /// Leave out the evidence files: answers and the list of files only.
        #[arg(long)]
        summary_only: bool,
        /// Replace staff names, phones and e-mail, for sharing outside the office.
        #[arg(long)]
        remove_personal_data: bool,
        /// Split into e-mail-sized parts of at most this many MB.
        #[arg(long, value_name = "MB")]
        part_size: Option<u32>,
        /// Reduce photos for e-mail (longest side 1,600 px unless --max-side says;
        /// upright, no EXIF or GPS); each names the original it was made from.
        #[arg(long)]
        reduce_photos: bool,
        /// The longest side of a reduced photo, in pixels.
        #[arg(long, value_name = "PX", requires = "reduce_photos")]
        max_side: Option<u32>,
    },
    /// Check bundles (files, parts in any order, or folders of them) without writing
    /// anything; exits non-zero if any would be refused.
    Verify {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// List every file of each bag, not only the bad ones.
        #[arg(long)]
        verbose: bool,
        #[command(flatten)]
        trust: TrustFlags,
    },
    /// Verify and import bundles (files, parts, or folders of them), each in one
    /// transaction; exits non-zero if any was refused or needs a choice.
    Import {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// For items changed on both sides: keep this PC's answer (mine) or take the
        /// bundle's (theirs).
        #[arg(long, value_name = "mine|theirs")]
        prefer: Option<String>,
        /// This PC works for the bundle's office too (a second PC of the same office).
        #[arg(long)]
        adopt_office: bool,
        #[command(flatten)]
        trust: TrustFlags,
    },
    /// The province's matrix: every office against the parts of a fiscal year's rounds.
    Status {
        /// The fiscal year (B.E.); today's when left out.
        #[arg(long)]
        fiscal_year: Option<i32>,
        #[arg(long, default_value = "application")]
        kind: String,
        /// Write CSV (with a BOM, for Excel) to this file, or "-" for standard output.
        #[arg(long, value_name = "FILE")]
        csv: Option<PathBuf>,
        /// Only the offices that have sent nothing, with their phone numbers (for a phone round).
        #[arg(long)]
        not_sent: bool,
    },
    /// The province's roster: the offices it expects bundles from.
    Roster {
        #[command(subcommand)]
        action: Option<roster::RosterAction>,
    },
    /// The province's report dates of a fiscal year and kind of round (they say who is
    /// late); set them with --set "TITLE=YYYY-MM-DD" (each date once).
    ReportDates {
        #[arg(long)]
        fiscal_year: Option<i32>,
        #[arg(long, default_value = "application")]
        kind: String,
        #[arg(long, value_name = "TITLE=YYYY-MM-DD")]
        set: Vec<String>,
    },
    /// The province package: export the criteria edition and report dates as one signed
    /// file, show what one would change, or take one in.
    Package {
        #[command(subcommand)]
        action: package::PackageAction,
    },
    /// Whom this PC works for: district (an office that assesses itself) or province.
    Role {
        /// district or province; shows the role when left out.
        set: Option<String>,
        /// With province: which one (the office is named after it and every district of
        /// it goes on the roster, as the app's first run does).
        #[arg(long, value_name = "NAME")]
        province: Option<String>,
        /// With --province: leave the roster as it is.
        #[arg(long)]
        without_districts: bool,
    },
    /// Show this PC's signing key fingerprint, to read out to the province by phone.
    Key,
    /// Print a form as PDF: a round's self-assessment report, sign-off sheet or evidence
    /// index, or the province report forms 1 and 2 (for one round's office, or for every
    /// office with --fiscal-year and --kind).
    Report(report::ReportArgs),
    /// Write one diagnostics ZIP (the logs, versions, the OS, the database's health and
    /// table sizes; no answers, notes, names or files) into a folder, to e-mail to
    /// whoever supports the office. Works when the database cannot be opened.
    Diagnostics {
        /// The folder to write into.
        #[arg(short = 'o', long = "output", value_name = "DIR")]
        output: PathBuf,
    },
    /// List the database's backups (made when the app starts, before imports and pack
    /// moves), make one, or restore one.
    Backups {
        #[command(subcommand)]
        action: Option<BackupsAction>,
    },
}

#[derive(Subcommand)]
enum BackupsAction {
    /// Back up the database now.
    Create,
    /// Replace the database with a backup (the current state is backed up first). The
    /// app must be closed.
    Restore {
        /// The backup's file name, as `gecc backups` lists it.
        file_name: String,
    },
}

/// What a person has confirmed about a bundle's origin.
#[derive(clap::Args)]
struct TrustFlags {
    /// Accept a bag without our signature (e.g. made by bagit.py).
    #[arg(long)]
    allow_unsigned: bool,
    /// Trust a key not seen before for the bundle's office (after checking its
    /// fingerprint by phone).
    #[arg(long)]
    accept_new_key: bool,
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
        /// Start from an earlier round of this office: evidence links always, statuses
        /// and notes unless told not to. A maintenance round starts from the approved
        /// application round unless --fresh.
        #[arg(long, value_name = "ROUND")]
        from: Option<i64>,
        /// Start empty, even for a maintenance round.
        #[arg(long, conflicts_with = "from")]
        fresh: bool,
        /// Carry evidence links only, not statuses.
        #[arg(long)]
        without_statuses: bool,
        /// Do not carry notes.
        #[arg(long)]
        without_notes: bool,
        /// Name the items whose evidence was all added before this day (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        evidence_before: Option<String>,
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
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(2),
        Err(error) => {
            gecc_core::diagnostics::log_error(&error);
            let message = error.message();
            eprintln!("gecc: {}\n      {}", message.th, message.en);
            ExitCode::FAILURE
        }
    }
}

/// Runs the command; Ok(false) when it ran but found something wrong (exit status 2).
fn run(cli: &Cli) -> Result<bool, Error> {
    let data_dir = resolve_data_dir(cli.data_dir.as_deref());
    gecc_core::diagnostics::start_logging(&data_dir, "gecc");
    // Before the store is opened: diagnostics matter most when it cannot be.
    if let Command::Diagnostics { output } = &cli.command {
        let now = gecc_core::clock::Clock::System.now();
        let target = output.join(gecc_core::diagnostics::diagnostics_file_name(now));
        gecc_core::diagnostics::write_diagnostics(&data_dir, "gecc", &target, now)?;
        print::written(&target, cli.json);
        return Ok(true);
    }
    // A restore replaces the database file, so it runs before the store is opened.
    if let Command::Backups {
        action: Some(BackupsAction::Restore { file_name }),
    } = &cli.command
    {
        let report = gecc_core::store::restore_backup(&database_path(&data_dir), file_name)?;
        print::restored(&report, cli.json);
        return Ok(true);
    }
    // Checked before anything is opened: a name a bundle would be refused for is refused here.
    let actor = match cli.by.as_deref() {
        Some(typed) => gecc_core::actor::person_name(typed)?,
        None => gecc_core::actor::actor_or_unknown(None),
    };
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
                    from,
                    fresh,
                    without_statuses,
                    without_notes,
                    evidence_before,
                }),
        } => {
            let kind = round_kind(kind)?;
            let input = NewRoundInput {
                kind,
                fiscal_year_be: *fiscal_year,
                pack_id: pack.clone(),
                pack_version: *version,
            };
            let today = store.clock().today().date;
            let source = match from {
                Some(round) => Some(*round),
                None if *fresh => None,
                None => store.default_carry_source(kind)?,
            };
            match source {
                None => {
                    let round = store.create_round(input, today)?;
                    print::rounds(&[round], cli.json);
                }
                Some(from_round) => {
                    let carry = gecc_core::store::CarryOver {
                        from_round,
                        statuses: !*without_statuses,
                        notes: !*without_notes,
                        evidence_before: evidence_before.clone(),
                    };
                    let carried = store.create_round_from(input, &carry, &actor, today)?;
                    print::carried(&carried, cli.json);
                }
            }
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
        Command::Answer(args) => answer::answer(&mut store, args, &actor, cli.json)?,
        Command::Attach {
            round,
            item_id,
            files,
            kind,
        } => {
            return attach::attach(
                &mut store,
                *round,
                item_id,
                files,
                kind.as_deref(),
                &actor,
                cli.json,
            )
        }
        Command::Export {
            round,
            output,
            summary_only,
            remove_personal_data,
            part_size,
            reduce_photos,
            max_side,
        } => {
            let options = ExportOptions {
                summary_only: *summary_only,
                remove_personal_data: *remove_personal_data,
                part_size_mb: *part_size,
                photo_max_side: reduce_photos
                    .then(|| max_side.unwrap_or(gecc_core::evidence::DEFAULT_MAX_SIDE)),
            };
            bundles::export(&mut store, *round, output, &options, cli.json)?;
        }
        Command::Verify {
            files,
            verbose,
            trust,
        } => {
            let options = trust.options();
            return bundles::verify(&store, files, &options, *verbose, cli.json);
        }
        Command::Import {
            files,
            prefer,
            adopt_office,
            trust,
        } => {
            let options = ImportOptions {
                prefer: prefer.as_deref().map(bundles::parse_side).transpose()?,
                adopt_office: *adopt_office,
                ..trust.options()
            };
            return bundles::import(&mut store, files, &options, &actor, cli.json);
        }
        Command::Status {
            fiscal_year,
            kind,
            csv,
            not_sent,
        } => bundles::status(
            &store,
            *fiscal_year,
            kind,
            csv.as_deref(),
            *not_sent,
            cli.json,
        )?,
        Command::Roster { action } => roster::roster(&mut store, action.as_ref(), cli.json)?,
        Command::ReportDates {
            fiscal_year,
            kind,
            set,
        } => roster::report_dates(&mut store, *fiscal_year, kind, set, cli.json)?,
        Command::Package { action } => package::package(&mut store, action, &actor, cli.json)?,
        Command::Role {
            set,
            province,
            without_districts,
        } => roster::role(
            &mut store,
            set.as_deref(),
            province.as_deref(),
            !*without_districts,
            cli.json,
        )?,
        Command::Key => bundles::key(&store, cli.json)?,
        Command::Report(args) => report::report(&store, args, cli.json)?,
        Command::Backups { action: None } => print::backups(&store.backups(), cli.json),
        Command::Backups {
            action: Some(BackupsAction::Create),
        } => print::backups(&[store.back_up(BackupReason::Manual)?], cli.json),
        Command::Backups {
            action: Some(BackupsAction::Restore { .. }),
        } => unreachable!("restores run before the store is opened"),
        Command::Diagnostics { .. } => unreachable!("diagnostics run before the store is opened"),
    }
    Ok(true)
}

impl TrustFlags {
    fn options(&self) -> ImportOptions {
        ImportOptions {
            allow_unsigned: self.allow_unsigned,
            accept_new_key: self.accept_new_key,
            ..ImportOptions::default()
        }
    }
}

/// A kind of round as typed after `--kind`.
fn round_kind(text: &str) -> Result<RoundKind, Error> {
    RoundKind::parse(text).ok_or_else(|| {
        Error::invalid(
            format!("ประเภทรอบ \"{text}\" ไม่ถูกต้อง"),
            format!("\"{text}\" is not a kind of round: application, maintenance-6-month or maintenance-12-month."),
        )
    })
}
