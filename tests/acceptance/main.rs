//! GECC Desk acceptance tests: one binary, one module per part of the product, each
//! against real SQLite files on disk and the real `gecc` binary.
//!
//! Table of contents
//! - `store`: opening a database: WAL and durability settings, upgrading a database made
//!   by migration 1, refusing newer and foreign files without touching them.
//! - `packs`: the pack format: shipped and fixture packs against the JSON Schema, import,
//!   re-import, conflicting versions, invalid and hostile pack files.
//! - `rounds`: opening rounds: defaults (fiscal year, newest pack), duplicates, any pack.
//! - `answers`: saving answers: validation per answer kind, the append-only history,
//!   approved rounds refuse changes, answers survive closing and reopening.
//! - `office`: the office profile: saved, validated, and never a password.
//! - `cli`: `gecc packs`, `gecc rounds`, `gecc score`, `gecc answers` on a real database file,
//!   `--data-dir` and `GECC_DATA_DIR`.

mod support;

mod answers;
mod cli;
mod office;
mod packs;
mod rounds;
mod store;
