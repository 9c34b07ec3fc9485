//! TypeScript declarations of every type that crosses to the UI, generated from the Rust
//! types with ts-rs into one committed file, ui/src/bindings.ts. A test fails when the
//! file is stale; `cargo xtask codegen` rewrites it.

use ts_rs::TS;

use crate::bundle::{
    BundleSummary, BundleVerdict, EntryCheck, ExportOptions, ExportPhase, ExportPlan,
    ExportProgress, ExportResult, Finding, ImportOptions, ImportOutcome, ImportProgress,
    ImportStatus, ItemConflict, PackRef, ProblemCode, Side,
};
use crate::error::{ErrorCode, ErrorPayload};
use crate::evidence::{
    AttachFailure, AttachProgress, AttachReport, EvidenceRule, FileFormat, KindQuestion,
};
use crate::model::*;
use crate::pack::*;
use crate::package::{DatesChoice, PackageRequest};
use crate::printing::{Document, PageNumbers, PrintSource};
use crate::roster::{District, Geography, Province};
use crate::scoring::{CheapestPath, GateState, PartScore, PathStep, Points, RoundScore};
use crate::signing::KeyInfo;
use crate::store::{
    BackupInfo, BackupReason, CarriedRound, CarryOver, ItemChange, OfficeRow, PackageKeyTrust,
    PackagePreview, PackageRound, PackageWritten, PartCell, PartChange, PartColumn, PartProgress,
    ProvinceDesk, ProvinceStatus, ReportDate, ReportDates, Reporting, RestoreReport, RosterAdded,
    RosterEntry, RosterOfficeInput, Staff,
};
use crate::Localized;

/// The generated file's text.
pub fn typescript_bindings() -> String {
    let mut out = String::from(
        "// Generated from crates/core by ts-rs (`cargo xtask codegen`). Do not edit by hand.\n\n",
    );
    macro_rules! declare {
        ($($type:ty),* $(,)?) => {$(
            out.push_str("export ");
            out.push_str(&<$type as TS>::decl());
            out.push_str("\n\n");
        )*};
    }
    declare!(
        Localized,
        ErrorCode,
        ErrorPayload,
        OfficeKind,
        Office,
        OfficeProfile,
        RoundKind,
        RoundState,
        Round,
        NewRoundInput,
        CarryOver,
        CarriedRound,
        AnswerStatus,
        Answer,
        AnswerInput,
        AnswerChange,
        AnswerSaved,
        Checklist,
        ApprovalInput,
        AttachProgress,
        AttachFailure,
        AttachReport,
        KindQuestion,
        FileFormat,
        EvidenceFile,
        ReducedFrom,
        EvidenceLink,
        EvidenceRule,
        ItemEvidence,
        EventKind,
        RoundEvent,
        ItemHistory,
        DroppedFiles,
        Deadline,
        DeadlineInput,
        PackMove,
        RemovedItem,
        CheapestPath,
        PathStep,
        DragPosition,
        PackSummary,
        PackPartSummary,
        Settings,
        DeskRole,
        Staff,
        Language,
        CriteriaPack,
        EvidenceType,
        PackSource,
        Completeness,
        LevelBand,
        PartKind,
        Part,
        PartRule,
        UndisclosedItems,
        Section,
        ItemLevel,
        Confidence,
        Item,
        AnswerKind,
        KeyInfo,
        ExportOptions,
        ExportPlan,
        ExportPhase,
        ExportProgress,
        ExportResult,
        BundleVerdict,
        Finding,
        ProblemCode,
        EntryCheck,
        BundleSummary,
        PackRef,
        ImportOptions,
        ImportOutcome,
        ImportStatus,
        ImportProgress,
        ItemConflict,
        Side,
        BundleRecord,
        ProvinceStatus,
        PartColumn,
        PartProgress,
        PartCell,
        Reporting,
        OfficeRow,
        RosterEntry,
        RosterOfficeInput,
        RosterAdded,
        ProvinceDesk,
        ReportDate,
        ReportDates,
        Geography,
        Province,
        District,
        PackageRequest,
        DatesChoice,
        PackagePreview,
        PackageKeyTrust,
        ItemChange,
        PartChange,
        PackageRound,
        PackageWritten,
        BackupInfo,
        BackupReason,
        RestoreReport,
        SubScore,
        Figure,
        TallyLevel,
        FigureValue,
        TallySummary,
        GateState,
        Points,
        PartScore,
        RoundScore,
        Document,
        PageNumbers,
        PrintSource,
    );
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    #[test]
    fn committed_typescript_bindings_match_the_rust_types() {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/bindings.ts");
        let generated = super::typescript_bindings();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &generated).expect("write ui/src/bindings.ts");
            return;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "ui/src/bindings.ts is stale: run `cargo xtask codegen` and commit the result"
        );
    }
}
