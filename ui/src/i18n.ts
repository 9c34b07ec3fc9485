//! The interface's words in Thai (first) and English, and the helpers that pick one.

import type { AnswerStatus, BackupReason, GateState, Language, Localized, RoundKind, RoundState } from "./bindings";

const words = {
  appName: { th: "GECC Desk", en: "GECC Desk" },
  appSubtitle: { th: "ศูนย์ราชการสะดวก", en: "Government Easy Contact Center" },
  loading: { th: "กำลังเปิด…", en: "Opening…" },
  skipToChecklist: { th: "ข้ามไปยังรายการตรวจ", en: "Skip to the checklist" },
  switchLanguage: { th: "English", en: "ภาษาไทย" },
  switchLanguageLabel: { th: "Switch to English", en: "เปลี่ยนเป็นภาษาไทย" },
  unnamedOffice: { th: "สำนักงาน (ยังไม่ได้ตั้งชื่อ)", en: "Office (not named yet)" },
  round: { th: "รอบการประเมิน", en: "Assessment round" },
  fiscalYear: { th: "ปีงบประมาณ", en: "Fiscal year" },
  criteriaOfYear: { th: "เกณฑ์ปี", en: "criteria" },
  parts: { th: "ส่วนของเกณฑ์", en: "Parts" },
  score: { th: "คะแนนที่คาดว่าจะได้", en: "Projected score" },
  points: { th: "คะแนน", en: "points" },
  of: { th: "จาก", en: "of" },
  openPoints: { th: "ยังไม่ได้ประเมิน", en: "Not yet assessed" },
  undisclosedPoints: { th: "ประเมินไม่ได้ (ชุดเกณฑ์ยังไม่มีรายการ)", en: "Cannot be assessed (not in the pack yet)" },
  lostPoints: { th: "ไม่ได้คะแนน", en: "Not earned" },
  gate: { th: "ด้านกายภาพ (ต้องผ่านทุกข้อ)", en: "Physical gate (all must pass)" },
  level: { th: "ระดับที่คาดว่าจะได้", en: "Projected level" },
  noLevelYet: { th: "ยังไม่ถึงระดับพื้นฐาน", en: "Below the first level" },
  noLevelGateFailed: { th: "ไม่ผ่านการรับรอง (ด้านกายภาพไม่ผ่าน)", en: "Not certifiable (physical gate failed)" },
  levelsDoNotApply: { th: "รอบนี้ไม่มีการให้คะแนน", en: "This round is not scored" },
  reachable: { th: "ระดับสูงสุดที่ยังเป็นไปได้", en: "Best still reachable" },
  toNextLevel: { th: "ต้องการอีก", en: "Needs another" },
  toReach: { th: "คะแนนเพื่อถึง", en: "points to reach" },
  incompleteTitle: { th: "ชุดเกณฑ์นี้ยังไม่ครบ", en: "This criteria pack is incomplete" },
  incompleteBody: {
    th: "ยังไม่มีรายการข้อ {items} ข้อ รวม {points} คะแนน จึงยังประเมินส่วนนี้ไม่ได้ เมื่อได้รับเกณฑ์ฉบับทางการ ให้นำเข้าชุดเกณฑ์ใหม่ คำตอบที่บันทึกไว้จะตามไปด้วย",
    en: "{items} items worth {points} points are not listed yet, so they cannot be assessed. Import the official pack when it arrives; saved answers carry over.",
  },
  undisclosedBlock: { th: "ข้อที่ยังไม่มีรายการ", en: "Items not listed yet" },
  itemsDone: { th: "ประเมินแล้ว", en: "decided" },
  items: { th: "ข้อ", en: "items" },
  note: { th: "บันทึก", en: "Note" },
  notePlaceholder: { th: "บันทึกสิ่งที่ทำแล้ว สิ่งที่ยังขาด หรือเหตุผลหากไม่เกี่ยวข้อง", en: "What is done, what is missing, or why it does not apply" },
  status: { th: "สถานะ", en: "Status" },
  typicalEvidence: { th: "หลักฐานที่มักใช้", en: "Typical evidence" },
  guidance: { th: "คำแนะนำ", en: "Guidance" },
  subScores: { th: "คะแนนย่อย", en: "Sub-scores" },
  total: { th: "รวม", en: "Total" },
  figure: { th: "ตัวเลข", en: "Figure" },
  figures: { th: "ตัวเลขประกอบ", en: "Figures" },
  responses: { th: "ผู้ตอบ", en: "Responses" },
  people: { th: "คน", en: "people" },
  satisfaction: { th: "ผลความพึงพอใจ", en: "Satisfaction" },
  answerText: { th: "คำตอบ", en: "Answer" },
  saving: { th: "กำลังบันทึก…", en: "Saving…" },
  savedAt: { th: "บันทึกแล้ว", en: "Saved" },
  saveFailed: { th: "บันทึกไม่สำเร็จ", en: "Not saved" },
  retry: { th: "ลองอีกครั้ง", en: "Try again" },
  inferred: { th: "อนุมาน (ยังไม่ยืนยัน)", en: "Inferred (unconfirmed)" },
  basicLevel: { th: "เกณฑ์พื้นฐาน", en: "Basic" },
  advancedLevel: { th: "เกณฑ์ขั้นสูง", en: "Advanced" },
  cannotOpen: { th: "เปิดข้อมูลไม่ได้", en: "Could not open the data" },
  source: { th: "ที่มาของเกณฑ์", en: "Where these criteria come from" },
  officeProfile: { th: "ข้อมูลสำนักงาน", en: "Office profile" },
  editOffice: { th: "แก้ไขข้อมูลสำนักงาน", en: "Edit the office profile" },
  officeKind: { th: "ประเภทหน่วยงาน", en: "Kind of office" },
  officeKindDistrict: { th: "สำนักทะเบียนอำเภอ", en: "District registration office" },
  officeKindLocal: { th: "องค์กรปกครองส่วนท้องถิ่น", en: "Local administrative organisation" },
  officeKindOther: { th: "หน่วยงานอื่น", en: "Other" },
  officeName: { th: "ชื่อสำนักงาน", en: "Office name" },
  province: { th: "จังหวัด", en: "Province" },
  district: { th: "อำเภอ", en: "District" },
  officerName: { th: "ชื่อ-สกุล ผู้รับผิดชอบ", en: "Responsible officer" },
  officerPosition: { th: "ตำแหน่ง", en: "Position" },
  officerPhone: { th: "เบอร์โทรศัพท์", en: "Phone" },
  officerEmail: { th: "อีเมล", en: "E-mail" },
  geccUsername: { th: "ชื่อผู้ใช้ GECC Online (Username)", en: "GECC Online username" },
  noPasswordStored: {
    th: "โปรแกรมนี้ไม่เก็บรหัสผ่าน แม้แบบฟอร์มกระดาษจะขอ",
    en: "This program never stores a password, even where a paper form asks for one.",
  },
  save: { th: "บันทึก", en: "Save" },
  cancel: { th: "ยกเลิก", en: "Cancel" },
  close: { th: "ปิด", en: "Close" },
  notApplicableReason: { th: "เหตุผลที่ไม่เกี่ยวข้อง (ต้องระบุก่อนส่งตรวจ)", en: "Why it does not apply (needed before submitting)" },
  needsReason: { th: "ต้องระบุเหตุผล", en: "Reason needed" },
  owner: { th: "ผู้รับผิดชอบ", en: "Owner" },
  dueDate: { th: "กำหนดเสร็จ (วว/ดด/ปปปป)", en: "Due (dd/mm/yyyy B.E.)" },
  overdue: { th: "เลยกำหนด", en: "Overdue" },
  notANumber: {
    th: "อ่านเป็นตัวเลขไม่ได้ ให้พิมพ์เช่น 120, ๑,๒๐๐ หรือ 7.5 (จุดคือทศนิยม)",
    en: "Not a number: type e.g. 120, 1,200 or 7.5 (a point for decimals)",
  },
  mustBeWhole: { th: "ต้องเป็นจำนวนเต็ม", en: "Must be a whole number" },
  atLeast: { th: "ต้องไม่น้อยกว่า {min}", en: "Must be at least {min}" },
  atMost: { th: "ต้องไม่เกิน {max}", en: "Must be at most {max}" },
  subTotalOver: { th: "คะแนนย่อยรวมกันต้องไม่เกิน {max}", en: "The sub-scores together must not exceed {max}" },
  notSavedYet: { th: "ค่านี้ยังไม่บันทึก", en: "this value is not saved" },
  maxPoints: { th: "เต็ม {max}", en: "max {max}" },
  dateUnderstood: { th: "อ่านได้ว่า", en: "Read as" },
  notADate: {
    th: "ไม่ใช่วันที่ ให้พิมพ์ วัน/เดือน/ปี พ.ศ. เช่น 15/1/2570",
    en: "Not a date: type day/month/B.E. year, e.g. 15/1/2570",
  },
  noSuchDay: { th: "ไม่มีวันที่นี้ในปฏิทิน", en: "No such day in the calendar" },
  commonEraYear: {
    th: "ปี {year} เป็นปี ค.ศ. ให้พิมพ์ปี พ.ศ. ({be})",
    en: "{year} is a Common Era year; type the B.E. year ({be})",
  },
  implausibleYear: {
    th: "ปี พ.ศ. {year} อยู่นอกช่วงที่รับได้ ({from}–{to})",
    en: "B.E. year {year} is outside the accepted range ({from}–{to})",
  },
  history: { th: "ประวัติ", en: "History" },
  historyOf: { th: "ประวัติการแก้ไขข้อ", en: "History of item" },
  noHistory: { th: "ยังไม่มีการแก้ไข", en: "No changes yet" },
  evidence: { th: "หลักฐาน", en: "Evidence" },
  attach: { th: "แนบไฟล์", en: "Attach files" },
  dropHere: { th: "วางไฟล์ที่นี่เพื่อแนบกับข้อนี้", en: "Drop here to attach to this item" },
  evidenceNeeded: { th: "ยังขาดหลักฐาน", en: "Still needed" },
  evidenceComplete: { th: "หลักฐานครบตามเงื่อนไข", en: "Evidence complete" },
  noEvidenceYet: { th: "ยังไม่มีไฟล์หลักฐาน", en: "No evidence yet" },
  evidenceType: { th: "ประเภทหลักฐาน", en: "Kind of evidence" },
  untyped: { th: "— ระบุประเภท —", en: "— choose a kind —" },
  openFile: { th: "เปิดไฟล์", en: "Open" },
  detach: { th: "นำออก", en: "Detach" },
  detachTitle: { th: "นำไฟล์ออกจากข้อนี้", en: "Detach the file from this item" },
  alsoDelete: {
    th: "ลบไฟล์ออกจากโปรแกรมด้วย (ทำได้เมื่อไม่มีข้อใดใช้ไฟล์นี้แล้ว)",
    en: "Also delete the file from the program (only when no item uses it)",
  },
  confirm: { th: "ยืนยัน", en: "Confirm" },
  attaching: { th: "กำลังแนบ", en: "Attaching" },
  and: { th: "และ", en: "and" },
  or: { th: "หรือ", en: "or" },
  filterAll: { th: "ทั้งหมด", en: "All" },
  filterOpen: { th: "ยังไม่เสร็จ", en: "Not done" },
  filterOverdue: { th: "เลยกำหนด", en: "Overdue" },
  filterNoEvidence: { th: "ไม่มีหลักฐาน", en: "No evidence" },
  filterEvidenceMissing: { th: "หลักฐานยังไม่ครบ", en: "Evidence incomplete" },
  filterNotMet: { th: "ไม่ผ่าน", en: "Not met" },
  exportWithoutProfile: {
    th: "ยังไม่ได้กรอกข้อมูลสำนักงาน ชุดข้อมูลจะไม่มีชื่อสำนักงาน และจังหวัดจะไม่รู้ว่ามาจากที่ใด",
    en: "The office profile is empty: the bundle will carry no office name, and the province will not know where it came from.",
  },
  fillProfileFirst: { th: "กรอกข้อมูลสำนักงานก่อน", en: "Fill in the office profile first" },
  gateFailedBy: { th: "ข้อที่ไม่ผ่าน", en: "Items not met" },
  nothingMatches: { th: "ไม่มีข้อที่ตรงกับตัวกรองนี้", en: "No item matches this filter" },
  filterLabel: { th: "แสดง", en: "Show" },
  submitForReview: { th: "ส่งให้ผู้บังคับบัญชาตรวจ", en: "Submit for review" },
  submitTitle: { th: "ส่งรอบการประเมินให้ตรวจ", en: "Submit the round for review" },
  submitBody: {
    th: "เมื่อส่งแล้วจะแก้ไขคำตอบและหลักฐานไม่ได้ จนกว่าจะอนุมัติหรือปลดล็อก",
    en: "Once submitted, answers and evidence cannot change until the round is approved or unlocked.",
  },
  undecidedItems: { th: "ยังไม่ได้ประเมิน {count} ข้อ", en: "{count} items not decided" },
  itemsWithoutEvidence: { th: "ยังไม่มีไฟล์หลักฐาน {count} ข้อ", en: "{count} items without an evidence file" },
  andMore: { th: "และอีก {count} ข้อ", en: "and {count} more" },
  nothingOpen: { th: "ทุกข้อประเมินแล้วและมีหลักฐาน", en: "Every item is decided and has evidence." },
  approve: { th: "อนุมัติ", en: "Approve" },
  approveTitle: { th: "อนุมัติรอบการประเมิน", en: "Approve the round" },
  approverName: { th: "ชื่อ-สกุล ผู้อนุมัติ", en: "Approver's name" },
  approverPosition: { th: "ตำแหน่ง", en: "Position" },
  unlock: { th: "ปลดล็อกเพื่อแก้ไข", en: "Unlock to edit" },
  unlockTitle: { th: "ปลดล็อกรอบการประเมิน", en: "Unlock the round" },
  unlockReason: { th: "เหตุผลที่ต้องแก้ไข (บันทึกไว้ในประวัติ)", en: "Why it must change (kept in the history)" },
  approvedBy: { th: "อนุมัติโดย", en: "Approved by" },
  readOnly: { th: "อ่านอย่างเดียว", en: "Read-only" },
  dismiss: { th: "ปิดข้อความ", en: "Dismiss" },
  calendar: { th: "กำหนดการ", en: "Calendar" },
  editCalendar: { th: "แก้ไขกำหนดการ", en: "Edit the calendar" },
  noDeadlines: { th: "ยังไม่มีกำหนดการ", en: "No dates yet" },
  daysLeft: { th: "อีก {days} วัน", en: "{days} days left" },
  dueToday: { th: "วันนี้", en: "today" },
  daysLate: { th: "เลยมา {days} วัน", en: "{days} days late" },
  deadlineTitle: { th: "เรื่อง", en: "What" },
  deadlineDate: { th: "วันที่ (วว/ดด/ปปปป)", en: "Date (dd/mm/yyyy B.E.)" },
  deadlineDone: { th: "เสร็จแล้ว", en: "Done" },
  addDeadline: { th: "เพิ่มกำหนดการ", en: "Add a date" },
  remove: { th: "ลบ", en: "Remove" },
  exampleDate: { th: "วันที่ตัวอย่าง", en: "example date" },
  path: { th: "ทางที่สั้นที่สุดสู่", en: "Shortest way to" },
  pathSteps: { th: "ทำอีก {count} ข้อ", en: "{count} more items" },
  pathGateSteps: { th: "ด้านกายภาพที่ต้องผ่านก่อน {count} ข้อ", en: "{count} physical items to pass first" },
  pathShort: {
    th: "แม้ทำครบทุกข้อที่มีรายการ ยังขาดอีก {points} คะแนน ซึ่งอยู่ในข้อที่ชุดเกณฑ์ยังไม่มีรายการ",
    en: "Even with every listed item done, {points} points are missing; they are in items the pack does not list yet.",
  },
  evidenceCoverage: { th: "มีหลักฐาน", en: "with evidence" },
  pack: { th: "ชุดเกณฑ์", en: "Criteria pack" },
  version: { th: "รุ่น", en: "version" },
  importPack: { th: "นำเข้าชุดเกณฑ์…", en: "Import a pack…" },
  exportPack: { th: "ส่งออกไฟล์ชุดเกณฑ์…", en: "Export the pack file…" },
  makeEdition: { th: "ทำฉบับของสำนักงาน/จังหวัด…", en: "Make an office or province edition…" },
  moveToOtherPack: { th: "ย้ายไปชุดเกณฑ์อื่น…", en: "Move to another pack…" },
  editorTitle: { th: "แก้ไขชุดเกณฑ์", en: "Edit a criteria pack" },
  editorBasedOn: { th: "เริ่มจาก", en: "Based on" },
  editorHint: {
    th: "กรอกข้อที่ชุดเกณฑ์ยังไม่มีรายการ แก้ชื่อ คะแนน และเงื่อนไขหลักฐาน แล้วบันทึกเป็นชุดเกณฑ์ของสำนักงาน/จังหวัด ส่งออกไฟล์ให้หน่วยงานอื่นนำเข้าได้",
    en: "Fill in items the pack does not list yet, edit titles, points and evidence rules, then save it as your own edition and export the file for others to import.",
  },
  packId: { th: "รหัสชุดเกณฑ์", en: "Pack id" },
  packVersion: { th: "รุ่น", en: "Version" },
  yearBe: { th: "ปี (พ.ศ.)", en: "Year (B.E.)" },
  titleTh: { th: "ชื่อ (ไทย)", en: "Title (Thai)" },
  titleEn: { th: "ชื่อ (อังกฤษ)", en: "Title (English)" },
  completeness: { th: "ความครบถ้วน", en: "Completeness" },
  complete: { th: "ครบตามฉบับทางการ", en: "Complete, the official list" },
  incomplete: { th: "ยังไม่ครบ", en: "Incomplete" },
  sourceNote: { th: "ที่มา", en: "Source" },
  code: { th: "ข้อ", en: "Code" },
  itemId: { th: "รหัสถาวร", en: "Stable id" },
  itemLevel: { th: "ระดับ", en: "Level" },
  noLevel: { th: "—", en: "—" },
  itemPoints: { th: "คะแนน", en: "Points" },
  evidenceRule: { th: "เงื่อนไขหลักฐาน", en: "Evidence rule" },
  addItem: { th: "เพิ่มข้อ", en: "Add an item" },
  fillIn: { th: "กรอกข้อหนึ่งจากส่วนนี้", en: "Fill in one of these" },
  checkPack: { th: "ตรวจสอบ", en: "Check" },
  savePack: { th: "บันทึกเป็นชุดเกณฑ์", en: "Save as a pack" },
  packOk: { th: "ไม่พบปัญหา บันทึกได้", en: "No problems; it can be saved" },
  packProblems: { th: "ปัญหาที่ต้องแก้ก่อนบันทึก", en: "To fix before saving" },
  exportSaved: { th: "ส่งออกไฟล์…", en: "Export the file…" },
  // Issue 16: items pasted from the manual, the parts' declared structure, evidence rules by name.
  pasteItems: { th: "วางรายการข้อจากคู่มือ", en: "Paste items from the manual" },
  pasteHint: {
    th: "คัดลอกรายการข้อจากคู่มือ (PDF) มาวางได้ทีละหลายหน้า ข้อละหนึ่งเลข เช่น 2.5 หรือ ๒.๕ ข้อความที่ขึ้นบรรทัดใหม่จะต่อกันให้ เลขหน้าและหัวกระดาษจะถูกข้ามไป",
    en: "Copy the numbered items from the manual (PDF), several pages at a time, one number per item, e.g. 2.5 or ๒.๕. Broken lines are joined; page numbers and running headers are skipped.",
  },
  pastedText: { th: "ข้อความที่คัดลอกจากคู่มือ", en: "Text copied from the manual" },
  pasteFound: { th: "พบ {found} ข้อ เพิ่มได้ {adding} ข้อ", en: "{found} items found, {adding} can be added" },
  pasteNothing: { th: "ยังไม่พบบรรทัดที่ขึ้นต้นด้วยเลขข้อ เช่น 2.5", en: "No line starts with an item number such as 2.5 yet" },
  pasteSection: { th: "หมวด", en: "Section" },
  pasteExists: { th: "มีข้อนี้ในส่วนนี้แล้ว จึงไม่เพิ่มซ้ำ", en: "Already in this part, so not added again" },
  pasteNoTitle: { th: "ไม่มีข้อความ จึงไม่เพิ่ม", en: "No text, so not added" },
  pasteSetAside: { th: "ข้ามไป {count} บรรทัด", en: "Lines skipped: {count}" },
  setAsidePageNumber: { th: "เลขหน้า", en: "page number" },
  setAsideRunningHeader: { th: "หัวหรือท้ายกระดาษที่ซ้ำทุกหน้า", en: "running header or footer" },
  setAsideSectionHeading: { th: "หัวข้อหมวด", en: "section heading" },
  setAsideBeforeFirstItem: { th: "อยู่ก่อนข้อแรก", en: "before the first item" },
  pasteLine: { th: "บรรทัด {line}", en: "Line {line}" },
  keptAsText: {
    th: "บรรทัด {line} ขึ้นต้นด้วย {code} ซึ่งไม่เรียงต่อจากข้อก่อน จึงถือเป็นข้อความของข้อ {into}",
    en: "Line {line} starts with {code}, out of order, so it is kept as text of item {into}",
  },
  pasteTaken: { th: "{level}ข้อละ {points} คะแนน จาก {before} เหลือ {after} ข้อ", en: "{level}{points} points each, {before} to {after}" },
  pasteTakes: {
    th: "เมื่อเพิ่มแล้ว ข้อที่ยังไม่มีรายการจะลดลงตามที่เพิ่ม: {list}",
    en: "Once added, the items not listed yet go down by those added: {list}.",
  },
  pasteTotalStays: { th: "คะแนนรวมของ{part}จึงยังเป็น {total} คะแนน เท่าเดิม", en: "{part} stays worth {total} points." },
  pasteBeyond: {
    th: "{items} ข้อ{level}ข้อละ {points} คะแนน เกินจากที่ประกาศไว้",
    en: "{items} {level}items of {points} points are beyond what was declared",
  },
  pasteTotalChanges: {
    th: "คะแนนรวมของ{part}จะเปลี่ยนจาก {before} เป็น {after} คะแนน",
    en: "{part} would be worth {after} points instead of {before}",
  },
  addPasted: { th: "เพิ่ม {count} ข้อ", en: "Add {count} items" },
  pastedAdded: { th: "เพิ่ม {count} ข้อใน{part}แล้ว", en: "{count} items added to {part}" },
  levelBasicShort: { th: "ขั้นพื้นฐาน", en: "basic" },
  levelAdvancedShort: { th: "ขั้นสูง", en: "advanced" },
  structureGroup: { th: "{items} ข้อ × {points} คะแนน", en: "{items} × {points} points" },
  structureMatches: {
    th: "{what}: กรอกแล้ว {listed}{pending} = {total} คะแนน ตรงกับที่ประกาศ",
    en: "{what}: filled in {listed}{pending} = {total} points, as declared",
  },
  structurePending: { th: " · ยังไม่มีรายการ {groups}", en: " · not listed yet {groups}" },
  structureDiffers: { th: "{what}: ไม่ตรงกับที่ประกาศ", en: "{what}: not as declared" },
  structureDifference: {
    th: "มี {have} ข้อ ข้อละ {points} คะแนน แต่ประกาศไว้ {declared} ข้อ",
    en: "{have} items of {points} points, but {declared} were declared",
  },
  structureTotal: { th: "รวม {have} คะแนน แต่ประกาศไว้ {declared} คะแนน", en: "{have} points in all, but {declared} were declared" },
  // A part without sections (the readiness assessment): its questions pasted or added, replacing the form it declared.
  pasteHintPlain: {
    th: "คัดลอกคำถามหรือรายการข้อมาวางได้ทีละหลายหน้า ข้อละหนึ่งเลข เช่น 1. หรือ ๑. หรือ 4.1 ข้อความที่ขึ้นบรรทัดใหม่จะต่อกันให้ เลขหน้าและหัวกระดาษจะถูกข้ามไป",
    en: "Copy the numbered questions or items, several pages at a time, one number each, e.g. 1. or ๑. or 4.1. Broken lines are joined; page numbers and running headers are skipped.",
  },
  pasteNothingPlain: { th: "ยังไม่พบบรรทัดที่ขึ้นต้นด้วยเลขข้อ เช่น 1. หรือ 4.1", en: "No line starts with an item number such as 1. or 4.1 yet" },
  newSection: { th: "หมวดใหม่", en: "New section" },
  pasteNewSection: {
    th: "ส่วนนี้ยังไม่มีหมวด เมื่อเพิ่มแล้วจะสร้างหมวด {title} ให้",
    en: "This part has no section yet: adding makes one, {title}.",
  },
  pasteReplaces: {
    th: "เมื่อเพิ่ม {items} ข้อนี้แล้ว ข้อที่ประกาศไว้ว่ายังไม่มีรายการ {declared} ข้อ (ไม่มีคะแนน) จะถูกนำออก เพราะข้อที่เพิ่มเข้ามาแทนแล้ว",
    en: "Once these {items} items are added, the {declared} declared but not listed yet (worth no points) is taken off: the items added take its place.",
  },
  pasteNoPoints: { th: "{part}ไม่มีคะแนน ข้อที่เพิ่มจึงไม่เปลี่ยนคะแนนรวม", en: "{part} is worth no points; the items added change no total." },
  structureFormPending: { th: "{what}: ยังไม่มีรายการ {declared} ข้อ ไม่มีคะแนน", en: "{what}: {declared} not listed yet, worth no points" },
  structureFormFilled: {
    th: "{what}: กรอกแล้ว {items} ข้อ ไม่มีคะแนน ตรงกับที่ประกาศ",
    en: "{what}: filled in {items} items worth no points, as declared",
  },
  ruleChoose: { th: "เลือก", en: "Choose" },
  ruleNone: { th: "ไม่กำหนด", en: "None" },
  ruleLegend: { th: "หลักฐานที่ข้อ {code} ต้องมี", en: "Evidence item {code} needs" },
  ruleAll: { th: "และ (ต้องมีทุกอย่าง)", en: "and (all of them)" },
  ruleAny: { th: "หรือ (อย่างใดอย่างหนึ่ง)", en: "or (any one of them)" },
  ruleNeeds: { th: "ต้องมี", en: "Needs" },
  ruleAdvanced: { th: "แก้ไขขั้นสูง", en: "Advanced edit" },
  ruleSimple: { th: "เลือกจากรายการ", en: "Choose from the list" },
  ruleTokens: {
    th: "เขียนด้วยรหัสชนิดหลักฐาน: & คือ และ, | คือ หรือ, วงเล็บจัดกลุ่ม",
    en: "Written with evidence type ids: & is and, | is or, brackets group",
  },
  ruleUnknownKinds: { th: "ชุดเกณฑ์นี้ไม่มีชนิดหลักฐาน {ids}", en: "This pack has no evidence type {ids}" },
  done: { th: "เสร็จ", en: "Done" },
  itemIdFollowsCode: { th: "รหัสถาวรของข้อใหม่ตั้งจากเลขข้อ", en: "A new item's stable id is made from its number" },
  packImported: { th: "นำเข้าชุดเกณฑ์แล้ว", en: "Pack imported" },
  movePack: { th: "ใช้รุ่น {version}", en: "Use version {version}" },
  movePackTitle: { th: "ย้ายรอบนี้ไปใช้เกณฑ์รุ่นใหม่", en: "Move this round to the newer pack" },
  carriedOver: { th: "คำตอบที่ย้ายตามไป {count} ข้อ", en: "{count} answers carry over" },
  removedItems: { th: "ข้อที่รุ่นใหม่ไม่มีแล้ว (คำตอบเดิมยังเก็บไว้)", en: "Items the new version no longer has (their answers are kept)" },
  addedItems: { th: "ข้อใหม่ที่ต้องประเมิน {count} ข้อ", en: "{count} new items to assess" },
  move: { th: "ย้าย", en: "Move" },
  newRound: { th: "+ เปิดรอบการประเมินใหม่…", en: "+ Open a new round…" },
  newRoundTitle: { th: "เปิดรอบการประเมินใหม่", en: "Open a new round" },
  roundKind: { th: "ประเภทรอบ", en: "Kind of round" },
  create: { th: "เปิดรอบ", en: "Open" },
  chooseRound: { th: "เลือกรอบการประเมิน", en: "Choose a round" },
  welcome: {
    th: "ยินดีต้อนรับ กรุณากรอกข้อมูลสำนักงานก่อนเริ่ม (แก้ไขภายหลังได้)",
    en: "Welcome. Please fill in the office profile first (you can change it later).",
  },
  later: { th: "ไว้ภายหลัง", en: "Later" },

  // Bundles: exporting a round for the province, importing what offices send.
  exportBundle: { th: "ส่งออกชุดข้อมูล…", en: "Export bundle…" },
  print: { th: "พิมพ์…", en: "Print…" },
  printForms: { th: "พิมพ์แบบรายงาน ๑ และ ๒…", en: "Print forms 1 and 2…" },
  printTitle: { th: "พิมพ์เอกสาร", en: "Print" },
  printWhich: { th: "เอกสารที่จะพิมพ์", en: "Document" },
  printReport: { th: "รายงานผลการประเมินตนเอง", en: "Self-assessment report" },
  printSignOff: { th: "แบบรับรองผลการประเมินตนเอง (ลงนาม)", en: "Sign-off sheet" },
  printEvidenceIndex: { th: "บัญชีหลักฐาน", en: "Evidence index" },
  printForm1: { th: "แบบรายงาน ๑ การลงทะเบียน", en: "Report form 1: registration" },
  printForm2: { th: "แบบรายงาน ๒ การกรอกข้อมูลใบสมัคร", en: "Report form 2: application progress" },
  printArabicDigits: { th: "ใช้เลขอารบิก (ค่าเริ่มต้นเป็นเลขไทย)", en: "Arabic digits (Thai digits by default)" },
  printPageNumbers: { th: "เลขหน้า", en: "Page numbers" },
  printPageDashes: { th: "- ๒ - ที่หัวกระดาษ ตั้งแต่หน้า ๒", en: '"- 2 -" at the top from page 2' },
  printPageOfTotal: { th: "หน้า ๒ จาก ๕ ทุกหน้า", en: '"Page 2 of 5" on every page' },
  printOpen: { th: "เปิดเพื่อพิมพ์", en: "Open to print" },
  saveAsPdf: { th: "บันทึกเป็น PDF…", en: "Save as PDF…" },
  printRendering: { th: "กำลังจัดหน้าเอกสาร…", en: "Laying out the document…" },
  printOpened: {
    th: "เปิดไฟล์ PDF ในโปรแกรมอ่าน PDF แล้ว สั่งพิมพ์จากโปรแกรมนั้นบนกระดาษ A4",
    en: "The PDF is open in your PDF viewer: print it from there on A4.",
  },
  printSaved: { th: "บันทึกไฟล์ PDF แล้ว", en: "The PDF is saved." },
  exportBundleTitle: { th: "ส่งออกชุดข้อมูล", en: "Export bundle" },
  summaryOnly: { th: "เฉพาะสรุป (ไม่รวมไฟล์หลักฐาน)", en: "Summary only (no evidence files)" },
  removePersonalData: { th: "นำข้อมูลส่วนบุคคลออก", en: "Remove personal data" },
  removePersonalDataHint: {
    th: "ชื่อ เบอร์โทรศัพท์ และอีเมลของเจ้าหน้าที่จะถูกแทนที่",
    en: "Staff names, phone numbers and e-mail addresses are replaced",
  },
  splitForEmail: { th: "แบ่งเป็นส่วนสำหรับอีเมล", en: "Split into parts for e-mail" },
  partSizeMb: { th: "ขนาดไม่เกินส่วนละ (MB)", en: "At most, per part (MB)" },
  // Issue 17: photos reduced for e-mail bundles, the originals kept on this PC.
  reducePhotos: { th: "ลดขนาดรูปภาพสำหรับอีเมล", en: "Reduce photos for e-mail" },
  reducePhotosHint: {
    th: "ด้านยาวไม่เกิน {side} พิกเซล ลบข้อมูลตำแหน่ง GPS ต้นฉบับในเครื่องไม่เปลี่ยน",
    en: "Longest side {side} px, GPS position removed; the originals on this PC do not change",
  },
  // "ขนาด 420 MB → ประมาณ 32 MB (…)": the arrow is drawn between the two (views/icons.ts).
  planAsAttached: { th: "ขนาด {size}", en: "{size}" },
  planReduced: { th: "{size} (ย่อรูปภาพ {count} รูป)", en: "{size} ({count} photos reduced)" },
  planReducedEstimated: { th: "ประมาณ {size} (ย่อรูปภาพ {count} รูป)", en: "about {size} ({count} photos reduced)" },
  phaseReducing: { th: "กำลังย่อรูปภาพ {done} / {total}", en: "Reducing photos {done} / {total}" },
  exportReduced: { th: "ย่อรูปภาพ {count} รูป (ต้นฉบับยังอยู่ในเครื่องนี้)", en: "{count} photos reduced (the originals stay on this PC)" },
  reducedFrom: { th: "ย่อจากต้นฉบับ {size}", en: "Reduced from a {size} original" },
  reducedFromPixels: { th: "ต้นฉบับ {width} × {height} พิกเซล", en: "Original {width} × {height} px" },
  partSizeInvalid: {
    th: "ขนาดต่อส่วนต้องเป็นจำนวนเต็มเมกะไบต์ ตั้งแต่ 1 ขึ้นไป",
    en: "The part size must be a whole number of megabytes, 1 or more.",
  },
  planHeading: { th: "สิ่งที่จะเขียน", en: "What will be written" },
  planSize: { th: "ขนาดประมาณ {size}", en: "About {size}" },
  planEvidence: { th: "ไฟล์หลักฐาน {count} ไฟล์", en: "{count} evidence files" },
  planSequence: { th: "ชุดข้อมูลครั้งที่ {sequence}", en: "bundle number {sequence}" },
  planFiles: { th: "จะเขียน {count} ไฟล์:", en: "{count} file(s) will be written:" },
  lastExport: { th: "ส่งออกครั้งก่อน: ครั้งที่ {sequence} เมื่อ {date}", en: "Last export: number {sequence} on {date}" },
  startExport: { th: "เริ่มส่งออก", en: "Start" },
  waitingForFolder: { th: "เลือกโฟลเดอร์หรือแฟลชไดรฟ์ในหน้าต่างที่เปิดขึ้น…", en: "Choose a folder or USB stick in the window that opened…" },
  phaseWriting: { th: "กำลังเขียน", en: "Writing" },
  phaseChecking: { th: "กำลังอ่านกลับและตรวจ", en: "Reading back and checking" },
  exportDone: {
    th: "อ่านกลับและตรวจครบทุกไฟล์แล้ว ถอดแฟลชไดรฟ์ได้อย่างปลอดภัย",
    en: "Every file was read back and checked. It is safe to remove the USB stick.",
  },
  exportNotVerified: { th: "ยังตรวจไฟล์ที่เขียนไม่ครบ อย่าเพิ่งถอดแฟลชไดรฟ์", en: "Not every file was checked; do not remove the stick yet." },
  folder: { th: "โฟลเดอร์", en: "Folder" },
  openFolder: { th: "เปิดโฟลเดอร์", en: "Open the folder" },
  evidenceKindTitle: { th: "ไฟล์นี้เป็นหลักฐานชนิดใด", en: "Which kind of evidence is this?" },
  evidenceKindIntro: {
    th: "ข้อนี้ยังขาดหลักฐานบางชนิด และไฟล์ที่แนบอาจเป็นชนิดนั้น เลือกชนิดที่ถูกต้อง",
    en: "This item still needs a kind of evidence the file you attached might be. Choose what it is.",
  },
  kindAsFiled: { th: "(ตามที่ระบบเดา)", en: "(as guessed)" },
  kindLater: { th: "ไว้ภายหลัง", en: "Later" },
  whoTitle: { th: "ใครกำลังทำงานในเครื่องนี้", en: "Who is working on this PC?" },
  whoIntro: {
    th: "ชื่อที่เลือกจะบันทึกในประวัติการแก้ไขและในชุดข้อมูลที่ส่งจังหวัด",
    en: "The name chosen is recorded in the history of changes and in the bundles sent to the province.",
  },
  nobody: { th: "ไม่ระบุ", en: "Nobody named" },
  editStaff: { th: "แก้ไขรายชื่อเจ้าหน้าที่", en: "Edit the staff list" },
  staffList: { th: "รายชื่อเจ้าหน้าที่ของสำนักงาน (บรรทัดละหนึ่งคน)", en: "The office's staff (one name a line)" },
  noStaffYet: { th: "ยังไม่มีรายชื่อเจ้าหน้าที่", en: "No staff listed yet." },
  workingAs: { th: "ผู้ใช้งาน", en: "Working" },
  files: { th: "ไฟล์", en: "Files" },
  bundleNumber: { th: "ครั้งที่", en: "Number" },
  keyFingerprint: { th: "ลายนิ้วมือกุญแจ", en: "Key fingerprint" },
  diskFullHint: {
    th: 'พื้นที่ว่างไม่พอ ใช้แฟลชไดรฟ์ที่มีพื้นที่ว่างมากกว่านี้ หรือเลือก "เฉพาะสรุป"',
    en: 'Not enough free space: use a stick with more room, or choose "summary only".',
  },
  cancelledHint: { th: "ยกเลิกแล้ว ไม่มีไฟล์ใดค้างอยู่ที่ปลายทาง", en: "Cancelled; nothing was left in the folder." },
  importBundles: { th: "นำเข้าชุดข้อมูล…", en: "Import bundles…" },
  importBundlesTitle: { th: "นำเข้าชุดข้อมูล", en: "Import bundles" },
  importIntro: {
    th: "เลือกไฟล์ชุดข้อมูล (.zip) ที่ได้รับ หรือทั้งโฟลเดอร์ที่รวบรวมจากหลายสำนักงาน โปรแกรมจะตรวจทุกไฟล์ก่อน โดยยังไม่บันทึกอะไร",
    en: "Choose the bundle files (.zip) you received, or a whole folder collected from several offices. Every file is checked first; nothing is saved yet.",
  },
  chooseFiles: { th: "เลือกไฟล์…", en: "Choose files…" },
  chooseFolder: { th: "เลือกทั้งโฟลเดอร์ (จังหวัด)…", en: "Choose a whole folder (province)…" },
  verifying: { th: "กำลังตรวจชุดข้อมูล", en: "Checking the bundles" },
  importingNow: { th: "กำลังนำเข้า", en: "Importing" },
  bytesChecked: { th: "ตรวจแล้ว {size}", en: "{size} checked" },
  verdictOk: { th: "ตรวจผ่าน", en: "OK" },
  verdictFailed: { th: "ไม่ผ่าน", en: "FAILED" },
  notSigned: { th: "ไม่มีลายมือชื่อ", en: "Not signed" },
  signedBy: { th: "ลงนามโดยกุญแจ", en: "Signed with key" },
  summaryOnlyTag: { th: "เฉพาะสรุป", en: "Summary only" },
  personalDataRemovedTag: { th: "นำข้อมูลส่วนบุคคลออกแล้ว", en: "Personal data removed" },
  failedEntries: { th: "ไฟล์ที่ไม่ผ่านการตรวจ", en: "Files that failed the check" },
  allowUnsigned: { th: "นำเข้าแม้ไม่มีลายมือชื่อ", en: "Import even though it is not signed" },
  acceptNewKey: { th: "ยอมรับกุญแจใหม่ (โทรยืนยันลายนิ้วมือแล้ว)", en: "Accept the new key (fingerprint confirmed by phone)" },
  advancedOptions: { th: "ตัวเลือกขั้นสูง", en: "Advanced" },
  adoptOffice: { th: "เครื่องนี้ทำงานให้สำนักงานนี้ด้วย", en: "This PC works for this office too" },
  adoptOfficeHint: {
    th: "เลือกเมื่อเครื่องนี้เป็นอีกเครื่องหนึ่งของสำนักงานเดียวกัน (เช่น เครื่องที่บ้านกับที่ทำงาน) รอบในชุดข้อมูลจะเป็นรอบของเครื่องนี้และแก้ไขได้ เครื่องของจังหวัดไม่ต้องเลือก",
    en: "Choose this when this PC is another PC of the same office (home and work, say): the bundle's round becomes this PC's own and can be edited. The province's PC leaves it off.",
  },
  importNow: { th: "นำเข้า", en: "Import" },
  outcomeImported: { th: "นำเข้าแล้ว", en: "Imported" },
  outcomeAlreadyImported: { th: "มีอยู่แล้วในเครื่องนี้ ไม่มีอะไรเปลี่ยนแปลง", en: "Already on this PC; nothing changed" },
  outcomeRefused: { th: "ไม่ได้นำเข้า", en: "Not imported" },
  outcomeNeedsChoice: {
    th: "มีข้อที่แก้ไขทั้งสองฝั่ง กรุณาเลือกก่อน (ยังไม่ได้บันทึกอะไร)",
    en: "Items changed on both sides: choose first (nothing saved yet)",
  },
  importedCounts: {
    th: "รับคำตอบ {taken} ข้อ · ประวัติเพิ่ม {history} รายการ · คัดลอกหลักฐาน {copied} ไฟล์ · มีอยู่แล้ว {here} ไฟล์",
    en: "{taken} answers taken · {history} history entries added · {copied} evidence files copied · {here} already here",
  },
  openThisRound: { th: "เปิดรอบนี้", en: "Open this round" },
  conflictsTitle: { th: "ข้อที่แก้ไขทั้งในเครื่องนี้และในชุดข้อมูล", en: "Items changed both on this PC and in the bundle" },
  thisPc: { th: "เครื่องนี้", en: "This PC" },
  theBundle: { th: "ชุดข้อมูล", en: "The bundle" },
  useMineForAll: { th: "ใช้ของเครื่องนี้ทุกข้อ", en: "Use this PC's for all" },
  useTheirsForAll: { th: "ใช้ของชุดข้อมูลทุกข้อ", en: "Use the bundle's for all" },
  importWithChoices: { th: "นำเข้าตามที่เลือก", en: "Import with these choices" },
  evidenceCount: { th: "หลักฐาน {count} ไฟล์", en: "{count} evidence files" },
  noAnswer: { th: "ยังไม่มีคำตอบ", en: "No answer" },
  item: { th: "ข้อ", en: "Item" },
  provinceOverview: { th: "ภาพรวมจังหวัด", en: "Province overview" },
  backToChecklist: { th: "กลับไปที่รายการตรวจ", en: "Back to the checklist" },
  importFolder: { th: "นำเข้าทั้งโฟลเดอร์…", en: "Import a folder…" },
  office: { th: "สำนักงาน", en: "Office" },
  scoreShort: { th: "คะแนน", en: "Score" },
  levelShort: { th: "ระดับ", en: "Level" },
  roundStateShort: { th: "สถานะรอบ", en: "Round" },
  lastBundle: { th: "ชุดข้อมูลล่าสุด", en: "Last bundle" },
  reporting: { th: "การส่งรายงาน", en: "Reporting" },
  reportingSent: { th: "ส่งแล้ว", en: "Sent" },
  reportingLate: { th: "ส่งช้า {days} วัน", en: "Sent {days} days late" },
  reportingMissing: { th: "ยังไม่ส่ง (เลยกำหนด)", en: "Not sent (overdue)" },
  reportingNotSent: { th: "ยังไม่ส่ง", en: "Not sent yet" },
  reportingLocal: { th: "รอบของสำนักงานนี้", en: "This office's round" },
  findOffice: { th: "ค้นหาสำนักงานหรืออำเภอ", en: "Find an office or district" },
  showAllOffices: { th: "ทุกสำนักงาน", en: "All offices" },
  showNotSent: { th: "ยังไม่ส่ง", en: "Not sent" },
  showLate: { th: "ส่งช้า", en: "Sent late" },
  showSent: { th: "ส่งแล้ว", en: "Sent" },
  officesShown: { th: "แสดง {shown} จาก {total} สำนักงาน", en: "Showing {shown} of {total} offices" },
  noOfficeFound: { th: "ไม่พบสำนักงานที่ตรงกับการค้นหา", en: "No office matches" },
  reportDates: { th: "วันกำหนดส่งรายงาน", en: "Report dates" },
  reportDatesButton: { th: "กำหนดส่งรายงาน", en: "Report dates" },
  thisOffice: { th: "สำนักงานนี้", en: "this office" },
  provinceEmpty: {
    th: 'ยังไม่มีข้อมูลของสำนักงานใดสำหรับปีและประเภทรอบนี้ ให้รวบรวมไฟล์ชุดข้อมูล (.zip) ที่สำนักงานส่งมาไว้ในโฟลเดอร์เดียวกัน แล้วกด "นำเข้าทั้งโฟลเดอร์…" ด้านบน',
    en: 'No office has data for this year and kind of round yet. Put the bundle files (.zip) the offices sent into one folder, then press "Import a folder…" above.',
  },
  sentCounts: { th: "ส่งแล้ว {sent} / ยังไม่ส่ง {unsent} / ทั้งหมด {total}", en: "Sent {sent} / not sent {unsent} / total {total}" },
  copyUnsent: { th: "คัดลอกรายชื่อที่ยังไม่ส่ง", en: "Copy the offices not sent" },
  copiedUnsent: { th: "คัดลอกแล้ว {count} สำนักงาน", en: "Copied {count} offices" },
  copyFailed: { th: "คัดลอกไม่สำเร็จ ลองอีกครั้ง", en: "Could not copy; try again." },
  unsentLinePhone: { th: "{name} — โทร {phone}", en: "{name} — tel. {phone}" },
  unsentLineNoPhone: { th: "{name} — ไม่มีเบอร์", en: "{name} — no number" },
  phone: { th: "โทรศัพท์", en: "Phone" },
  notOnRoster: { th: "ไม่อยู่ในรายชื่อ", en: "Not on the roster" },
  addToRoster: { th: "เพิ่มในรายชื่อ", en: "Add to the roster" },
  rosterEmptyHint: {
    th: "ยังไม่มีรายชื่อสำนักงาน: เลือกจังหวัดเพื่อเพิ่มทุกอำเภอ",
    en: "No offices on the roster yet: choose a province to add all its districts",
  },
  ownChecklist: { th: "แบบประเมินของจังหวัดเอง", en: "The province's own assessment" },
  provinceNamed: { th: "จังหวัด{province}", en: "{province} province" },

  // The province's desk: whom the PC works for, its roster, its report dates.
  roleTitle: { th: "เครื่องนี้ใช้งานให้หน่วยงานใด", en: "Whom does this PC work for?" },
  roleIntro: { th: "ถามครั้งเดียวเมื่อเริ่มใช้โปรแกรมในเครื่องนี้", en: "Asked once, when GECC Desk first starts on this PC." },
  roleDistrict: {
    th: "สำนักงานทะเบียนอำเภอ / องค์กรปกครองส่วนท้องถิ่น",
    en: "A district registration office or local administrative organisation",
  },
  roleDistrictHint: {
    th: "ประเมินตนเองตามเกณฑ์ศูนย์ราชการสะดวก แล้วส่งชุดข้อมูลให้จังหวัด",
    en: "Assesses itself against the GECC criteria and sends bundles to the province",
  },
  roleProvince: { th: "ที่ทำการปกครองจังหวัด", en: "The provincial administration office" },
  roleProvinceHint: {
    th: "รับชุดข้อมูลจากอำเภอและท้องถิ่น และติดตามภาพรวมของทั้งจังหวัด",
    en: "Receives the bundles of districts and local organisations and follows the whole province",
  },
  chooseProvince: { th: "เลือกจังหวัด…", en: "Choose a province…" },
  provinceRequired: { th: "กรุณาเลือกจังหวัด", en: "Choose the province." },
  addAllDistricts: { th: "เพิ่มทุกอำเภอของจังหวัดลงในรายชื่อ", en: "Add every district of the province to the roster" },
  startUsing: { th: "เริ่มใช้งาน", en: "Start" },
  districtsAdded: { th: "เพิ่ม {added} อำเภอ (มีอยู่แล้ว {already})", en: "{added} districts added ({already} listed already)" },
  roster: { th: "รายชื่อสำนักงาน", en: "Offices roster" },
  rosterIntro: {
    th: "สำนักงานในรายชื่อแสดงในภาพรวมจังหวัดแม้ยังไม่ได้ส่งชุดข้อมูล เบอร์โทรศัพท์ที่แก้ไขจะบันทึกเมื่อออกจากช่อง",
    en: "Offices on the roster show in the overview before they send anything. A phone number is saved when you leave its box.",
  },
  rosterNone: { th: "ยังไม่มีสำนักงานในรายชื่อ", en: "No offices on the roster yet." },
  removeFromRosterAsk: { th: 'นำ "{name}" ออกจากรายชื่อ? ชุดข้อมูลที่ได้รับแล้วยังอยู่', en: 'Take "{name}" off the roster? Bundles received stay.' },
  confirmRemove: { th: "นำออก", en: "Remove" },
  keep: { th: "ไม่นำออก", en: "Keep" },
  addProvinceHeading: { th: "เพิ่มทุกอำเภอของจังหวัด", en: "Add every district of a province" },
  addDistricts: { th: "เพิ่มทุกอำเภอ", en: "Add the districts" },
  addLocalHeading: { th: "เพิ่มองค์กรปกครองส่วนท้องถิ่น", en: "Add a local administrative organisation" },
  districtOptional: { th: "อำเภอ (ถ้ามี)", en: "District (optional)" },
  officeAdded: { th: 'เพิ่ม "{name}" ในรายชื่อแล้ว', en: '"{name}" is on the roster.' },
  reportDatesTitle: { th: "กำหนดส่งรายงาน ปีงบประมาณ {year} · {kind}", en: "Report dates, fiscal year {year} · {kind}" },
  reportDatesDefault: { th: "วันที่ตามหนังสือกรมฯ (ยังไม่ได้แก้ไข)", en: "The dates of the department's letter (not edited)" },
  reportDatesEdited: { th: "วันที่ที่จังหวัดกำหนดเอง", en: "The province's own dates" },
  addReportDate: { th: "เพิ่มวันกำหนดส่ง", en: "Add a report date" },
  noReportDates: { th: "ไม่มีวันกำหนดส่ง: ทุกสำนักงานจะแสดงว่ายังไม่ถึงกำหนด", en: "No report dates: no office will show as overdue." },
  foreignRound: { th: "รอบของสำนักงานอื่น (รับจากชุดข้อมูล) อ่านอย่างเดียว", en: "Another office's round (received in a bundle): read-only" },
  receivedRound: { th: "รับจากชุดข้อมูล", en: "received" },
  thisPcKey: { th: "ลายนิ้วมือกุญแจของเครื่องนี้", en: "This PC's key fingerprint" },
  fingerprintHint: {
    th: "แจ้งลายนิ้วมือนี้ทางโทรศัพท์เมื่อจังหวัดขอยืนยัน",
    en: "Read this fingerprint out on the phone when the province asks to confirm it.",
  },

  // The province package: the province sends its criteria edition and report dates, an office takes them in.
  sendPackage: { th: "ส่งชุดเกณฑ์ให้สำนักงาน…", en: "Send the criteria to offices…" },
  sendPackageTitle: { th: "ส่งชุดเกณฑ์ให้สำนักงาน", en: "Send the criteria to the offices" },
  sendPackageIntro: {
    th: "ไฟล์เดียวที่ลงนามด้วยกุญแจของเครื่องนี้ ส่งให้ทุกสำนักงานทางแฟลชไดรฟ์หรืออีเมล สำนักงานจะเห็นว่าใครลงนามและมีอะไรเปลี่ยนก่อนนำเข้า",
    en: "One file signed with this PC's key, for every office by USB stick or e-mail; each office sees who signed it and what changes before taking it in.",
  },
  packageEdition: { th: "ชุดเกณฑ์ที่จะส่ง", en: "The edition to send" },
  builtinPack: { th: "มากับโปรแกรม", en: "shipped with the program" },
  noPacksToSend: { th: "ยังไม่มีชุดเกณฑ์ในเครื่องนี้", en: "No criteria pack is installed on this PC." },
  packageDatesHeading: { th: "วันกำหนดส่งรายงานที่ส่งไปด้วย ปีงบประมาณ {year}", en: "Report dates sent along, fiscal year {year}" },
  datesOfLetter: { th: "ตามหนังสือกรมฯ", en: "the department's letter" },
  datesOwn: { th: "จังหวัดกำหนดเอง", en: "the province's own" },
  noDatesYet: { th: "ไม่มีวันกำหนดส่ง", en: "no dates" },
  savePackageFile: { th: "บันทึกไฟล์…", en: "Save the file…" },
  packageWritten: {
    th: "เขียนไฟล์และอ่านกลับตรวจแล้ว ส่งไฟล์นี้ให้สำนักงานได้",
    en: "The file is written, read back and checked: send it to the offices.",
  },
  fingerprintByPhone: { th: "ให้สำนักงานตรวจทางโทรศัพท์", en: "offices check it with you by phone" },
  importFromProvince: { th: "นำเข้าชุดเกณฑ์จากจังหวัด…", en: "Import the province's criteria…" },
  packageImportTitle: { th: "นำเข้าชุดเกณฑ์จากจังหวัด", en: "Import the province's criteria" },
  choosingPackage: {
    th: "เลือกไฟล์ชุดเกณฑ์จังหวัด (.zip) ในหน้าต่างที่เปิดขึ้น…",
    en: "Choose the province's package (.zip) in the window that opened…",
  },
  chooseOtherPackage: { th: "เลือกไฟล์อื่น…", en: "Choose another file…" },
  packageFrom: { th: "จาก", en: "From" },
  packageSignedAt: { th: "ลงนามเมื่อ", en: "Signed on" },
  keyKnown: { th: "กุญแจเดิมของจังหวัด", en: "The province's usual key" },
  keyNew: {
    th: "ยังไม่รู้จักกุญแจนี้: โทรถามจังหวัดว่าลายนิ้วมือตรงกันก่อน",
    en: "This key is not known yet: phone the province to check the fingerprint matches first.",
  },
  keyChanged: {
    th: "กุญแจเปลี่ยนไป: ครั้งก่อนจังหวัดลงนามด้วย {known} แต่ไฟล์นี้ลงนามด้วย {fingerprint} ไฟล์นี้อาจไม่ได้มาจากจังหวัด โทรถามจังหวัดก่อนว่าเปลี่ยนเครื่องหรือกุญแจจริง และลายนิ้วมือใหม่ตรงกัน",
    en: "The key has changed: the province signed with {known} before, this file with {fingerprint}. It may not come from the province: phone the province to ask whether it really changed PC or key, and check the new fingerprint.",
  },
  keyChecked: { th: "ตรวจลายนิ้วมือกับจังหวัดแล้ว", en: "I checked the fingerprint with the province" },
  editionLine: { th: "{title} รุ่น {version}", en: "{title}, version {version}" },
  fromVersion: { th: "จากรุ่น {version}", en: "from version {version}" },
  itemsAdded: { th: "ข้อที่เพิ่ม {count} ข้อ", en: "{count} items added" },
  itemsRemoved: { th: "ข้อที่เอาออก {count} ข้อ", en: "{count} items removed" },
  sameItems: { th: "ข้อเหมือนเดิม", en: "The same items" },
  partColumn: { th: "ส่วน", en: "Part" },
  itemsColumn: { th: "จำนวนข้อ", en: "Items" },
  pointsColumn: { th: "คะแนน", en: "Points" },
  becomes: { th: "เป็น", en: "becomes" },
  roundsAffected: { th: "รอบการประเมินของสำนักงาน", en: "This office's rounds" },
  noRoundsAffected: { th: "ไม่มีรอบที่ใช้รุ่นเก่าของชุดเกณฑ์นี้", en: "No round uses an older version of this pack." },
  roundMoves: { th: "ย้ายไปใช้รุ่น {version} คำตอบตามไปด้วย", en: "Moves to version {version}, with its answers" },
  roundStays: { th: "คงรุ่น {version}", en: "Stays on version {version}" },
  datesComing: { th: "วันกำหนดส่งรายงานที่มาด้วย", en: "Report dates that come along" },
  noDatesComing: { th: "ไม่มีวันกำหนดส่งรายงานมาด้วย", en: "No report dates come along." },
  alreadyTaken: { th: "นำเข้าแล้ว ไม่มีอะไรเปลี่ยน", en: "Imported already: nothing would change." },
  packageImported: {
    th: "นำเข้าชุดเกณฑ์ของจังหวัด{province}แล้ว: {edition} · ย้ายรอบมาใช้รุ่นนี้ {moved} รอบ",
    en: "The criteria of {province} are imported: {edition} · {moved} rounds moved to it",
  },
  packageRefusedHint: {
    th: "ยังไม่ได้นำเข้าอะไร: ขอไฟล์ใหม่จากจังหวัด และอย่าแตกหรือแก้ไขไฟล์ ZIP ก่อนนำเข้า",
    en: "Nothing was imported: ask the province for the file again, and do not unzip or change it before importing.",
  },
  packageConflictHint: {
    th: "สำนักงานมีชุดเกณฑ์ฉบับของตนเองที่ใช้รหัสและรุ่นเดียวกันอยู่แล้ว ยังไม่ได้นำเข้าอะไร: โทรแจ้งจังหวัดให้บันทึกเป็นรุ่นถัดไป (เลขรุ่นสูงกว่า) แล้วส่งมาใหม่",
    en: "This office has its own edition under the same pack id and version, so nothing was imported: ask the province to save the next version (a higher number) and send it again.",
  },

  // Starting a round from an earlier round of the office.
  startFrom: { th: "เริ่มจากรอบก่อนหน้า", en: "Start from an earlier round" },
  startFresh: { th: "เริ่มใหม่ทั้งหมด", en: "Start from nothing" },
  carryStatuses: { th: "สถานะของแต่ละข้อ", en: "Each item's status" },
  carryNotes: { th: "บันทึก/หมายเหตุ", en: "Notes" },
  carryAlways: {
    th: "หลักฐานนำมาด้วยเสมอ (ไฟล์เดิม ไม่คัดลอกซ้ำ) ผู้รับผิดชอบ กำหนดเสร็จ และตัวเลขของรอบไม่นำมา",
    en: "Evidence always comes along (the same files, not copied); owners, due dates and the period's figures do not.",
  },
  evidenceBefore: { th: "หลักฐานเก่ากว่าวันที่ (วว/ดด/ปปปป) ให้ถ่ายใหม่", en: "Evidence older than (dd/mm/yyyy B.E.) to be taken again" },
  roundYearKind: { th: "{year} {kind}", en: "{year} {kind}" },
  roundNumber: { th: "หมายเลข {id}", en: "round {id}" },
  carriedFrom: { th: "จากรอบ {round}", en: "From {round}" },
  carriedNotice: {
    th: "นำมาจากรอบ {round}: คำตอบ {answers} ข้อ หลักฐาน {links} รายการ",
    en: "Carried from {round}: {answers} answers, {links} evidence links",
  },
  staleEvidence: { th: "ควรถ่ายรูปใหม่: {items}", en: "Take new photos for: {items}" },
  needsNewPhoto: { th: "ควรถ่ายรูปใหม่", en: "Take a new photo" },
  leftBehind: { th: "ไม่ได้นำมา เพราะเกณฑ์ของรอบใหม่ไม่มีข้อนี้: {items}", en: "Not carried (the new round's criteria lack them): {items}" },

  // Backups: copies of the database the clerk can go back to.
  backups: { th: "สำรองข้อมูล", en: "Backups" },
  backupsTitle: { th: "ข้อมูลสำรอง", en: "Backups" },
  backupsIntro: {
    th: "โปรแกรมสำรองข้อมูลให้เองเมื่อเปิดโปรแกรม ก่อนนำเข้าชุดข้อมูล และก่อนย้ายชุดเกณฑ์ เก็บไว้ในเครื่องนี้ ชุดเก่าที่สุดจะถูกลบเมื่อมีชุดใหม่ ไฟล์หลักฐานไม่ถูกลบเมื่อกู้คืน",
    en: "The program backs up its data by itself when it starts, before importing bundles and before moving a round to another pack, on this PC; the oldest go as new ones are made. Restoring never deletes evidence files.",
  },
  backUpNow: { th: "สำรองตอนนี้", en: "Back up now" },
  backingUp: { th: "กำลังสำรองข้อมูล…", en: "Backing up…" },
  backedUp: { th: "สำรองข้อมูลแล้ว ({date})", en: "Backed up ({date})" },
  noBackups: { th: "ยังไม่มีข้อมูลสำรอง", en: "No backups yet" },
  saveDiagnostics: { th: "ส่งข้อมูลวินิจฉัย", en: "Save diagnostics" },
  diagnosticsIntro: {
    th: "หากโปรแกรมทำงานผิดปกติ ให้บันทึกไฟล์ข้อมูลวินิจฉัย (ZIP) แล้วส่งอีเมลให้ผู้ดูแลโปรแกรม ไฟล์นี้มีบันทึกการทำงาน รุ่นของโปรแกรม และสภาพฐานข้อมูล ไม่มีคำตอบ บันทึก ชื่อบุคคล หรือไฟล์หลักฐาน",
    en: "If the program misbehaves, save a diagnostics file (ZIP) and e-mail it to whoever supports GECC Desk. It holds the program's log, its version and the database's health; no answers, notes, people's names or evidence files.",
  },
  diagnosticsSaved: { th: "บันทึกแล้วที่ {path}", en: "Saved to {path}" },
  backupWhen: { th: "เมื่อ", en: "When" },
  backupReason: { th: "สำรองเพราะ", en: "Why" },
  backupSize: { th: "ขนาด", en: "Size" },
  restore: { th: "กู้คืน", en: "Restore" },
  restoreTitle: { th: "กู้คืนข้อมูลจากข้อมูลสำรอง", en: "Restore a backup" },
  restoreWhich: { th: "กู้คืนข้อมูลเป็นอย่างที่เป็นเมื่อ {date} ({reason})", en: "Restore the data as it was on {date} ({reason})." },
  restoreBacksUpFirst: {
    th: "ก่อนกู้คืน โปรแกรมจะสำรองข้อมูลปัจจุบันไว้ก่อน หากเปลี่ยนใจ ให้กู้คืนชุดนั้นกลับมา",
    en: "The current data is backed up first: restore that backup to change your mind.",
  },
  restoreLoses: {
    th: "คำตอบ บันทึก กำหนดการ และการแนบหลักฐานที่ทำหลัง {date} จะหายไปจากหน้าจอ รวมทั้งชุดข้อมูลที่นำเข้าหลังจากนั้น",
    en: "Answers, notes, dates and evidence attached after {date} will be gone from the screen, and so will bundles imported since.",
  },
  restoring: { th: "กำลังกู้คืน…", en: "Restoring…" },
  restored: { th: "กู้คืนข้อมูลเป็นอย่างที่เป็นเมื่อ {date} แล้ว", en: "The data is as it was on {date}." },
  previousKept: { th: "ข้อมูลก่อนกู้คืนสำรองไว้แล้ว ({date})", en: "The data from before the restore is backed up ({date})." },
  evidenceNotReceived: {
    th: "ไฟล์หลักฐาน {count} ไฟล์ที่ถูกลบไปหลังจากนั้น ถูกระบุว่ายังไม่ได้รับ",
    en: "{count} evidence files deleted since are marked not received.",
  },
} satisfies Record<string, Localized>;

export type WordKey = keyof typeof words;

export const statusWords: Record<AnswerStatus, Localized> = {
  not_started: { th: "ยังไม่เริ่ม", en: "Not started" },
  in_progress: { th: "กำลังทำ", en: "In progress" },
  met: { th: "ผ่าน", en: "Met" },
  not_met: { th: "ไม่ผ่าน", en: "Not met" },
  not_applicable: { th: "ไม่เกี่ยวข้อง", en: "N/A" },
};

export const gateWords: Record<GateState, Localized> = {
  no_gate: { th: "ไม่มีเงื่อนไขบังคับ", en: "No gate" },
  open: { th: "ยังตรวจไม่ครบ", en: "Not all checked yet" },
  passed: { th: "ผ่านครบทุกข้อ", en: "All passed" },
  failed: { th: "ไม่ผ่าน", en: "Failed" },
};

export const roundKindWords: Record<RoundKind, Localized> = {
  application: { th: "การสมัครขอรับรอง", en: "Application" },
  "maintenance-6-month": { th: "รักษามาตรฐาน รอบ 6 เดือน", en: "Maintenance, 6 months" },
  "maintenance-12-month": { th: "รักษามาตรฐาน รอบ 12 เดือน", en: "Maintenance, 12 months" },
};

export const backupReasonWords: Record<BackupReason, Localized> = {
  start: { th: "เปิดโปรแกรม", en: "The program started" },
  "before-import": { th: "ก่อนนำเข้าชุดข้อมูล", en: "Before importing bundles" },
  "before-pack-move": { th: "ก่อนย้ายไปชุดเกณฑ์อื่น", en: "Before moving to another pack" },
  "before-restore": { th: "ก่อนกู้คืนข้อมูล", en: "Before a restore" },
  manual: { th: "สำรองด้วยตนเอง", en: "Backed up by hand" },
};

/** The GECC levels by id, for the overview when no pack is on screen to name them. */
export const levelWords: Record<string, Localized> = {
  basic: { th: "ระดับพื้นฐาน", en: "Basic" },
  progressive: { th: "ระดับก้าวหน้า", en: "Progressive" },
  excellent: { th: "ระดับเป็นเลิศ", en: "Excellent" },
};

export const roundStateWords: Record<RoundState, Localized> = {
  draft: { th: "กำลังจัดทำ", en: "Draft" },
  submitted: { th: "ส่งตรวจแล้ว", en: "Submitted" },
  approved: { th: "อนุมัติแล้ว", en: "Approved" },
};

/** Sizes as mail servers and USB sticks count them: 1 MB = 1,000,000 bytes. */
export function formatMegabytes(bytes: number, language: Language): string {
  const megabytes = bytes / 1_000_000;
  const digits = megabytes < 1 ? 2 : megabytes < 10 ? 1 : 0;
  const number = new Intl.NumberFormat(language === "th" ? "th-TH" : "en-GB", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(megabytes);
  return `${number} MB`;
}

/** A count with the language's grouping, e.g. "1,600". */
export function formatCount(value: number, language: Language): string {
  return numberFormat(language, 0).format(value);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** One formatter per language and precision: making one costs more than a table row (issue 18). */
function numberFormat(language: Language, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${language}/${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language === "th" ? "th-TH" : "en-GB", { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format;
}

/** The text of `localized` in `language`, falling back to Thai where English is missing. */
export function pick(localized: Localized, language: Language): string {
  return language === "en" && localized.en.trim() !== "" ? localized.en : localized.th;
}

/** What a round without a level reaches: below the first level, or nothing while its gate fails. */
export function noLevelGateFailedOr(gate: GateState, language: Language): string {
  return t(gate === "failed" ? "noLevelGateFailed" : "noLevelYet", language);
}

/** An interface word, with `{name}` placeholders filled in. */
export function t(key: WordKey, language: Language, values: Record<string, string | number> = {}): string {
  return pick(words[key], language).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** An interface word in both languages, for a message shown in whichever is chosen later. */
export function localized(key: WordKey, values: Record<string, string | number> = {}): Localized {
  return { th: t(key, "th", values), en: t(key, "en", values) };
}

/** Points without a trailing ".0", with the language's grouping. */
export function formatPoints(value: number, language: Language): string {
  return numberFormat(language, 2).format(value);
}

/** The local time of day of an RFC 3339 moment, e.g. "14:05". */
export function formatTime(rfc3339: string): string {
  const date = new Date(rfc3339);
  if (Number.isNaN(date.getTime())) return "";
  return `${String(date.getHours()).padStart(2, "0")}:${String(date.getMinutes()).padStart(2, "0")}`;
}
