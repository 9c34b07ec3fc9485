//! The one ordered list of the checks a bundle passes before anything is written, as
//! docs/bundle-format.md numbers them ("What `verify` checks, in order"). A new check is
//! one function, one entry here, one line of that document and its problem codes; the
//! tests below fail when the list and the document disagree.

use super::report::ProblemCode::{self, *};
use super::verify_archives::{part_digest, parts, safe_zip, Selection};
use super::verify_bag::{format_version, one_bag, BagCheck};
use super::verify_bagit::bagit;
use super::verify_document::{agreement, document, records, sequence};
use super::verify_signature::signature;
use crate::error::Result;
use crate::store::import_checks::{
    already_imported, key, not_a_replay, pack, personal_data_removed, review_state, same_pack,
    ImportCheck,
};
use crate::store::Store;

/// One numbered check: its number and bold name in the document, the problem codes it
/// can report, and the function that makes it.
// The number, name and codes are what the document says; only its tests read them.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) struct Check {
    pub number: u32,
    pub name: &'static str,
    pub codes: &'static [ProblemCode],
    pub run: Run,
}

/// What a check looks at, which decides who runs it: the files chosen (`verify_paths`),
/// one bag (`verify_bag`), or the bag against this PC's store (`Store::prepare_import`).
pub(crate) enum Run {
    /// The files chosen, before any of them is trusted.
    Selection(fn(&mut Selection)),
    /// One bag; a check that stops skips the rest, except `Finally` ones.
    Bag(fn(&mut BagCheck<'_>) -> Result<Flow>),
    /// One bag, even when a check above stopped.
    Finally(fn(&mut BagCheck<'_>)),
    /// A bag that verified, against this PC's store; a check that stops refuses it.
    Store(fn(&Store, &mut ImportCheck<'_>) -> Result<Flow>),
}

/// Whether the checks after this one still run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flow {
    Next,
    /// What the next checks need is missing or refused: they are skipped.
    Stop,
}

/// Every check, in the order it runs and the document numbers it.
pub(crate) const CHECKS: &[Check] = &[
    Check {
        number: 1,
        name: "Safe ZIP",
        codes: &[UnsafeArchive],
        run: Run::Selection(safe_zip),
    },
    Check {
        number: 2,
        name: "Parts",
        codes: &[MissingPart],
        run: Run::Selection(parts),
    },
    Check {
        number: 3,
        name: "One bag",
        codes: &[NotABag, ExtraFile, Manifest],
        run: Run::Bag(one_bag),
    },
    Check {
        number: 4,
        name: "BagIt",
        codes: &[
            UnsafeArchive,
            BagDeclaration,
            BagInfo,
            DuplicateTag,
            Manifest,
            MissingFile,
            ExtraFile,
            ChecksumMismatch,
            PayloadOxum,
        ],
        run: Run::Bag(bagit),
    },
    Check {
        number: 5,
        name: "Signature",
        codes: &[Unsigned, DuplicateTag, Signature],
        run: Run::Bag(signature),
    },
    Check {
        number: 6,
        name: "Format version",
        codes: &[FormatTooNew],
        run: Run::Bag(format_version),
    },
    Check {
        number: 7,
        name: "The document",
        codes: &[
            Document,
            DocumentTooLarge,
            UnsafeArchive,
            DuplicateKey,
            FormatTooNew,
        ],
        run: Run::Bag(document),
    },
    Check {
        number: 8,
        name: "The records, as a save and the database would take them",
        codes: &[InvalidRecord, PaddedText, Document],
        run: Run::Bag(records),
    },
    Check {
        number: 9,
        name: "The bag agrees with itself",
        codes: &[Document, EvidenceSize, BagInfoMismatch],
        run: Run::Bag(agreement),
    },
    Check {
        number: 10,
        name: "The sequence",
        codes: &[BagInfo],
        run: Run::Bag(sequence),
    },
    Check {
        number: 11,
        name: "The parts are this bag's",
        codes: &[PartDigest],
        run: Run::Finally(part_digest),
    },
    Check {
        number: 12,
        name: "The pack",
        codes: &[UnknownPack, Document, InvalidRecord, PaddedText],
        run: Run::Store(pack),
    },
    Check {
        number: 13,
        name: "The key",
        codes: &[Unsigned, UnsignedForPinnedOffice, NewKey],
        run: Run::Store(key),
    },
    Check {
        number: 14,
        name: "Already imported",
        codes: &[AlreadyImported],
        run: Run::Store(already_imported),
    },
    Check {
        number: 15,
        name: "Personal data removed",
        codes: &[Document],
        run: Run::Store(personal_data_removed),
    },
    Check {
        number: 16,
        name: "Not a replay",
        codes: &[Replay],
        run: Run::Store(not_a_replay),
    },
    Check {
        number: 17,
        name: "Same pack as the round here",
        codes: &[UnknownPack],
        run: Run::Store(same_pack),
    },
    Check {
        number: 18,
        name: "Not locked by review",
        codes: &[Document],
        run: Run::Store(review_state),
    },
];

#[cfg(test)]
#[path = "checks_tests.rs"]
mod tests;
