//! The list of checks and docs/bundle-format.md tell the same story: the same numbered
//! checks in the same order, each naming the problem codes it reports, and every code
//! a reader can meet explained there.

use super::*;

const DOCUMENT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/bundle-format.md");

fn document() -> String {
    std::fs::read_to_string(DOCUMENT).expect("docs/bundle-format.md")
}

/// The code as tools and the document spell it (`unsafe_archive`).
fn spelled(code: ProblemCode) -> String {
    serde_json::to_value(code)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .expect("a code serialises as a string")
}

/// The numbered checks of "What `verify` checks, in order": (number, bold name, text).
fn numbered_checks(document: &str) -> Vec<(u32, String, String)> {
    let start = document
        .find("## What `verify` checks, in order")
        .expect("the section on what verify checks");
    let section = &document[start..];
    let section = &section[..section[3..]
        .find("\n## ")
        .map_or(section.len(), |end| end + 3)];
    let mut checks: Vec<(u32, String, String)> = Vec::new();
    let mut in_item = false;
    for line in section.lines() {
        let head = line
            .split_once(". **")
            .filter(|(number, _)| !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()));
        if let Some((number, rest)) = head {
            let name = rest.split("**").next().unwrap_or_default().to_string();
            checks.push((number.parse().unwrap(), name, line.to_string()));
            in_item = true;
        } else if line.trim().is_empty() {
            in_item = false;
        } else if in_item {
            let text = &mut checks.last_mut().unwrap().2;
            text.push(' ');
            text.push_str(line.trim());
        }
    }
    checks
}

#[test]
fn problem_code_all_lists_every_code_once() {
    // No wildcard: a new code does not compile until it has a place here and in ALL.
    fn place(code: ProblemCode) -> usize {
        match code {
            UnsafeArchive => 0,
            MissingPart => 1,
            NotABag => 2,
            BagDeclaration => 3,
            BagInfo => 4,
            Manifest => 5,
            MissingFile => 6,
            ExtraFile => 7,
            ChecksumMismatch => 8,
            PayloadOxum => 9,
            Signature => 10,
            Unsigned => 11,
            FormatTooNew => 12,
            Document => 13,
            UnknownPack => 14,
            Replay => 15,
            NewKey => 16,
            AlreadyImported => 17,
            DocumentTooLarge => 18,
            DuplicateKey => 19,
            DuplicateTag => 20,
            BagInfoMismatch => 21,
            EvidenceSize => 22,
            PartDigest => 23,
            PaddedText => 24,
            InvalidRecord => 25,
            UnsignedForPinnedOffice => 26,
        }
    }
    for (index, code) in ProblemCode::ALL.into_iter().enumerate() {
        assert_eq!(
            place(code),
            index,
            "{code:?} is in its place in ProblemCode::ALL"
        );
    }
}

#[test]
fn every_problem_code_verify_and_import_can_report_is_named_in_the_format_document() {
    let document = document();
    let missing: Vec<String> = ProblemCode::ALL
        .into_iter()
        .map(spelled)
        .filter(|code| !document.contains(&format!("`{code}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/bundle-format.md explains every problem code; it lacks {missing:?}"
    );
}

#[test]
fn the_format_documents_numbered_checks_are_the_checks_run_in_that_order() {
    let documented: Vec<(u32, String)> = numbered_checks(&document())
        .into_iter()
        .map(|(number, name, _)| (number, name))
        .collect();
    let run: Vec<(u32, String)> = CHECKS
        .iter()
        .map(|check| (check.number, check.name.to_string()))
        .collect();
    assert_eq!(
        documented, run,
        "docs/bundle-format.md numbers the checks as they run"
    );
    let numbers: Vec<u32> = run.iter().map(|(number, _)| *number).collect();
    let counted: Vec<u32> = (1..=run.len() as u32).collect();
    assert_eq!(
        numbers, counted,
        "the checks are numbered 1, 2, 3... in order"
    );
}

#[test]
fn each_check_names_the_problem_codes_it_reports_on_its_line_of_the_format_document() {
    let documented = numbered_checks(&document());
    for (check, (_, _, text)) in CHECKS.iter().zip(&documented) {
        for &code in check.codes {
            assert!(
                text.contains(&format!("`{}`", spelled(code))),
                "check {} ({}) names `{}` in docs/bundle-format.md",
                check.number,
                check.name,
                spelled(code)
            );
        }
    }
}

#[test]
fn every_problem_code_is_reported_by_some_check_of_the_list() {
    for code in ProblemCode::ALL {
        assert!(
            CHECKS.iter().any(|check| check.codes.contains(&code)),
            "{code:?} is reported by some check of the list"
        );
    }
}
