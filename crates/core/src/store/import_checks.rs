//! The checks only the receiving PC can make (checks 12 to 18 of docs/bundle-format.md,
//! run from the list in `bundle/checks.rs`): the pack is installed, the key is trusted,
//! the bundle is new here and not a replay, and it may change the round as it stands.

use rusqlite::{params, OptionalExtension};

use super::bundle_checks::check_items;
use super::Store;
use crate::bundle::checks::Flow;
use crate::bundle::{
    plan_merge, BundleSummary, BundleVerdict, ImportOptions, ItemDecision, MergePlan, OpenedBundle,
    ProblemCode, RoundSnapshot,
};
use crate::error::Result;

/// A bundle that verified, and what each check found about where it lands here.
pub(crate) struct ImportCheck<'a> {
    pub bundle: &'a OpenedBundle,
    pub verdict: &'a mut BundleVerdict,
    pub options: &'a ImportOptions,
    pub file: String,
    pub summary: BundleSummary,
    /// From check 12: the pack's row here.
    pub pack_row: i64,
    /// From check 13: the office here (None for a new one), whether this PC adopts it,
    /// whether it is this PC's own, and the key that signed ("" when unsigned).
    pub office_id: Option<i64>,
    pub adopt: bool,
    pub own_office: bool,
    pub signer_key: String,
    /// From check 14: the round here, if any.
    pub round_id: Option<i64>,
    /// From check 16: the sequence the bundle is logged under.
    pub sequence: u32,
    /// From check 18.
    pub merge: MergePlan,
}

impl<'a> ImportCheck<'a> {
    pub fn new(
        bundle: &'a OpenedBundle,
        verdict: &'a mut BundleVerdict,
        options: &'a ImportOptions,
        summary: BundleSummary,
    ) -> ImportCheck<'a> {
        ImportCheck {
            bundle,
            file: verdict.files.join(", "),
            verdict,
            options,
            sequence: summary.sequence.max(1),
            signer_key: summary
                .signer
                .as_ref()
                .map(|k| k.public_key.clone())
                .unwrap_or_default(),
            summary,
            pack_row: 0,
            office_id: None,
            adopt: false,
            own_office: false,
            round_id: None,
            merge: MergePlan::default(),
        }
    }

    /// Files a problem about the bundle as a whole and stops the checks.
    fn refuse(&mut self, code: ProblemCode, th: String, en: String) -> Flow {
        self.verdict.problem(&self.file, "", code, th, en);
        Flow::Stop
    }
}

/// Check 12: the same pack id, version and bytes are installed here, and every item,
/// answer and change passes it.
pub(crate) fn pack(store: &Store, check: &mut ImportCheck<'_>) -> Result<Flow> {
    let pack = &check.bundle.document.pack;
    let pack_row: Option<(i64, String)> = store
        .conn
        .query_row(
            "SELECT id, sha256 FROM criteria_packs WHERE pack_id = ?1 AND pack_version = ?2",
            params![pack.id, pack.version],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?;
    check.pack_row = match pack_row {
        Some((row, sha256)) if sha256 == pack.sha256 => row,
        Some(_) => return Ok(check.refuse(ProblemCode::UnknownPack,
            format!("ชุดเกณฑ์ {} รุ่น {} ในเครื่องนี้มีเนื้อหาต่างจากที่ใช้ทำชุดข้อมูล กรุณาขอไฟล์ชุดเกณฑ์จากผู้ส่ง", pack.id, pack.version),
            format!("Pack {} version {} on this PC differs from the one the bundle was made with. Ask the sender for the pack file.", pack.id, pack.version))),
        None => return Ok(check.refuse(ProblemCode::UnknownPack,
            format!("เครื่องนี้ไม่มีชุดเกณฑ์ {} รุ่น {} กรุณานำเข้าชุดเกณฑ์นี้ก่อน แล้วนำเข้าชุดข้อมูลอีกครั้ง", pack.id, pack.version),
            format!("This PC does not have pack {} version {}. Import that pack first, then import the bundle again.", pack.id, pack.version))),
    };
    let criteria = store.load_pack(check.pack_row)?;
    if let Err(refusal) = check_items(&criteria, &check.bundle.document) {
        check.verdict.refuse(&check.file, "", refusal);
        return Ok(Flow::Stop);
    }
    Ok(Flow::Next)
}

/// Check 13: whose office the bundle is (this one, one seen before, or a new one)
/// decides its key: unsigned only when allowed and never for an office whose key is
/// pinned; a new key for a known office only when accepted.
pub(crate) fn key(store: &Store, check: &mut ImportCheck<'_>) -> Result<Flow> {
    let document = &check.bundle.document;
    let local_uid = store.local_office_uid()?;
    let existing = office_by_uid(store, &document.office.uid)?;
    check.adopt = check.options.adopt_office && document.office.uid != local_uid;
    check.office_id = if check.adopt {
        Some(store.local_office()?.id)
    } else {
        existing.map(|(id, _)| id)
    };
    check.own_office = check.adopt || document.office.uid == local_uid;

    let signer = check.summary.signer.clone();
    if signer.is_none() && !check.options.allow_unsigned {
        return Ok(check.refuse(ProblemCode::Unsigned,
            "ชุดข้อมูลไม่มีลายมือชื่อดิจิทัล หากแน่ใจว่ามาจากสำนักงานจริง ให้เลือก \"นำเข้าแม้ไม่มีลายมือชื่อ\"".into(),
            "The bundle is not signed. If you are sure where it came from, choose \"import unsigned\" (--allow-unsigned).".into()));
    }
    if signer.is_none() && (check.own_office || has_pinned_key(store, check.office_id)?) {
        let name = &document.office.profile.name;
        return Ok(check.refuse(ProblemCode::UnsignedForPinnedOffice,
            format!("ชุดข้อมูลนี้ไม่มีลายมือชื่อดิจิทัล แต่เครื่องนี้รู้จักกุญแจของสำนักงาน \"{name}\" แล้ว ชุดข้อมูลที่ไม่มีลายมือชื่อจึงเปลี่ยนรอบของสำนักงานนี้ไม่ได้ แม้เลือก \"นำเข้าแม้ไม่มีลายมือชื่อ\" กรุณาขอชุดข้อมูลที่ลงนามจากสำนักงาน"),
            format!("This bundle is not signed, but this PC has pinned the key of the office \"{name}\": an unsigned bundle never changes that office's rounds, even with \"import unsigned\" (--allow-unsigned). Ask the office for a signed bundle.")));
    }
    if let (Some(signer), Some(office_id)) = (&signer, check.office_id) {
        let own_key = check.own_office && store.signing_key_info()?.public_key == signer.public_key;
        let known: Vec<String> = office_keys(store, office_id)?;
        if !own_key
            && !known.is_empty()
            && !known.contains(&signer.public_key)
            && !check.options.accept_new_key
        {
            return Ok(check.refuse(ProblemCode::NewKey,
                format!("ชุดข้อมูลลงนามด้วยกุญแจที่เครื่องนี้ไม่เคยเห็นของสำนักงานนี้ (ลายนิ้วมือ {}) กรุณาโทรยืนยันลายนิ้วมือกับสำนักงาน แล้วเลือก \"ยอมรับกุญแจใหม่\"", signer.fingerprint),
                format!("The bundle is signed with a key this PC has not seen for this office (fingerprint {}). Confirm the fingerprint with the office by phone, then accept the new key (--accept-new-key).", signer.fingerprint)));
        }
    }
    Ok(Flow::Next)
}

/// Check 14: the round here, if any; a bundle it already has changes nothing (a
/// warning, not a problem).
pub(crate) fn already_imported(store: &Store, check: &mut ImportCheck<'_>) -> Result<Flow> {
    let round = &check.bundle.document.round;
    check.round_id = match check.office_id {
        Some(office_id) => store
            .conn
            .query_row(
                "SELECT id FROM rounds WHERE office_id = ?1 AND fiscal_year_be = ?2 AND kind = ?3",
                params![office_id, round.fiscal_year_be, round.kind.as_str()],
                |row| row.get(0),
            )
            .optional()?,
        None => None,
    };
    let Some(round_id) = check.round_id else {
        return Ok(Flow::Next);
    };
    let known: bool = store.conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM bundles WHERE round_id = ?1 AND digest = ?2)",
        params![round_id, check.bundle.digest],
        |row| row.get(0),
    )?;
    if known {
        check.verdict.warning(
            &check.file,
            "",
            ProblemCode::AlreadyImported,
            "เครื่องนี้มีชุดข้อมูลนี้อยู่แล้ว ไม่มีอะไรเปลี่ยนแปลง".into(),
            "This PC already has this bundle; nothing changed.".into(),
        );
        return Ok(Flow::Stop);
    }
    Ok(Flow::Next)
}

/// Check 15: a bundle without personal data never updates a round already here (its
/// placeholders would look like other people's changes).
pub(crate) fn personal_data_removed(_: &Store, check: &mut ImportCheck<'_>) -> Result<Flow> {
    if check.round_id.is_none() || !check.bundle.document.personal_data_removed {
        return Ok(Flow::Next);
    }
    Ok(check.refuse(ProblemCode::Document,
        "ชุดข้อมูลนี้นำข้อมูลส่วนบุคคลออกแล้ว ใช้อ่านนอกสำนักงานเท่านั้น จึงนำมาปรับปรุงรอบที่มีอยู่แล้วไม่ได้ กรุณาขอชุดข้อมูลฉบับเต็ม".into(),
        "This bundle has personal data removed: it is for reading outside the office and cannot update a round that is already here. Ask for the full bundle.".into()))
}

/// Check 16: a sequence at or below the newest taken from the same key for the round is
/// old or replayed. An unnumbered bag (another tool's, unsigned) cannot be a replay of
/// itself: it is numbered after the newest unsigned bag taken for the round.
pub(crate) fn not_a_replay(store: &Store, check: &mut ImportCheck<'_>) -> Result<Flow> {
    let Some(round_id) = check.round_id else {
        return Ok(Flow::Next);
    };
    let newest: Option<u32> = store.conn.query_row(
        "SELECT max(sequence) FROM bundles WHERE round_id = ?1 AND direction = 'imported' AND signer_key = ?2",
        params![round_id, check.signer_key],
        |row| row.get(0),
    )?;
    let sequence = check.summary.sequence;
    if sequence == 0 {
        check.sequence = newest.unwrap_or(0) + 1;
    } else if let Some(newest) = newest.filter(|n| sequence <= *n) {
        return Ok(check.refuse(ProblemCode::Replay,
            format!("ชุดข้อมูลนี้เป็นครั้งที่ {sequence} แต่เครื่องนี้รับครั้งที่ {newest} จากเครื่องเดียวกันไปแล้ว จึงเป็นชุดเก่าหรือซ้ำ ไม่ได้นำเข้า"),
            format!("This is bundle {sequence} but this PC already took bundle {newest} from the same sender: it is old or replayed, and was not imported.")));
    }
    Ok(Flow::Next)
}

/// Check 17: the round here uses the bundle's pack.
pub(crate) fn same_pack(store: &Store, check: &mut ImportCheck<'_>) -> Result<Flow> {
    let Some(round_id) = check.round_id else {
        return Ok(Flow::Next);
    };
    let round_pack: i64 = store.conn.query_row(
        "SELECT pack_row_id FROM rounds WHERE id = ?1",
        params![round_id],
        |row| row.get(0),
    )?;
    if round_pack == check.pack_row {
        return Ok(Flow::Next);
    }
    let here = store.round(round_id)?;
    let version = check.bundle.document.pack.version;
    Ok(check.refuse(ProblemCode::UnknownPack,
        format!("รอบนี้ในเครื่องนี้ใช้ชุดเกณฑ์ {} รุ่น {} แต่ชุดข้อมูลใช้รุ่น {} กรุณาย้ายรอบให้ใช้รุ่นเดียวกันก่อน", here.pack_id, here.pack_version, version),
        format!("This round uses pack {} version {} here, the bundle version {}. Move the round to the same version first.", here.pack_id, here.pack_version, version)))
}

/// Check 18: the merge is planned against the round as it stands here, because which
/// items it would change decides: a round of this office that is submitted or approved
/// here is not changed by answers without the newer review state (unlock it first).
pub(crate) fn review_state(store: &Store, check: &mut ImportCheck<'_>) -> Result<Flow> {
    let mine = match check.round_id {
        Some(round_id) => store.round_snapshot(round_id)?,
        None => RoundSnapshot::default(),
    };
    let theirs = RoundSnapshot::of_document(&check.bundle.document);
    let options = check.options;
    check.merge = plan_merge(&mine, &theirs, &options.choices, options.prefer);
    let Some(round_id) = check.round_id.filter(|_| check.own_office) else {
        return Ok(Flow::Next);
    };
    let round = store.round(round_id)?;
    let item_changes = check
        .merge
        .items
        .values()
        .any(|d| matches!(d, ItemDecision::Take | ItemDecision::Resolved(_)));
    if !round.is_editable() && !check.merge.take_round_state && item_changes {
        return Ok(check.refuse(ProblemCode::Document,
            "รอบนี้ในเครื่องนี้ส่งตรวจหรืออนุมัติแล้ว แต่ชุดข้อมูลมีการแก้ไขคำตอบ กรุณาปลดล็อกรอบก่อนนำเข้า".into(),
            "This round is submitted or approved here, but the bundle changes answers. Unlock the round first.".into()));
    }
    Ok(Flow::Next)
}

/// The local office's id row, or another office's by its uid.
fn office_by_uid(store: &Store, uid: &str) -> Result<Option<(i64, bool)>> {
    Ok(store
        .conn
        .query_row(
            "SELECT id, is_local FROM offices WHERE uid = ?1",
            params![uid],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?)
}

/// Whether this PC has pinned a key for the office (it has taken a signed bundle).
fn has_pinned_key(store: &Store, office_id: Option<i64>) -> Result<bool> {
    match office_id {
        Some(office_id) => Ok(!office_keys(store, office_id)?.is_empty()),
        None => Ok(false),
    }
}

fn office_keys(store: &Store, office_id: i64) -> Result<Vec<String>> {
    let mut statement = store
        .conn
        .prepare("SELECT public_key FROM office_keys WHERE office_id = ?1")?;
    let keys = statement
        .query_map(params![office_id], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(keys)
}
