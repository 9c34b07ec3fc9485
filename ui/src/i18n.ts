//! The interface's words in Thai (first) and English, and the helpers that pick one.

import type { AnswerStatus, GateState, Language, Localized, RoundKind, RoundState } from "./bindings";

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
  alsoDelete: { th: "ลบไฟล์ออกจากโปรแกรมด้วย (ทำได้เมื่อไม่มีข้อใดใช้ไฟล์นี้แล้ว)", en: "Also delete the file from the program (only when no item uses it)" },
  confirm: { th: "ยืนยัน", en: "Confirm" },
  attaching: { th: "กำลังแนบ", en: "Attaching" },
  and: { th: "และ", en: "and" },
  or: { th: "หรือ", en: "or" },
  filterAll: { th: "ทั้งหมด", en: "All" },
  filterOpen: { th: "ยังไม่เสร็จ", en: "Not done" },
  filterOverdue: { th: "เลยกำหนด", en: "Overdue" },
  filterNoEvidence: { th: "ไม่มีหลักฐาน", en: "No evidence" },
  filterEvidenceMissing: { th: "หลักฐานยังไม่ครบ", en: "Evidence incomplete" },
  nothingMatches: { th: "ไม่มีข้อที่ตรงกับตัวกรองนี้", en: "No item matches this filter" },
  filterLabel: { th: "แสดง", en: "Show" },
  submitForReview: { th: "ส่งให้ผู้บังคับบัญชาตรวจ", en: "Submit for review" },
  submitTitle: { th: "ส่งรอบการประเมินให้ตรวจ", en: "Submit the round for review" },
  submitBody: {
    th: "เมื่อส่งแล้วจะแก้ไขคำตอบและหลักฐานไม่ได้ จนกว่าจะอนุมัติหรือปลดล็อก",
    en: "Once submitted, answers and evidence cannot change until the round is approved or unlocked.",
  },
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
  packImported: { th: "นำเข้าชุดเกณฑ์แล้ว", en: "Pack imported" },
  movePack: { th: "ใช้รุ่น {version}", en: "Use version {version}" },
  movePackTitle: { th: "ย้ายรอบนี้ไปใช้เกณฑ์รุ่นใหม่", en: "Move this round to the newer pack" },
  carriedOver: { th: "คำตอบที่ย้ายตามไป {count} ข้อ", en: "{count} answers carry over" },
  removedItems: { th: "ข้อที่รุ่นใหม่ไม่มีแล้ว (คำตอบเดิมยังเก็บไว้)", en: "Items the new version no longer has (their answers are kept)" },
  addedItems: { th: "ข้อใหม่ที่ต้องประเมิน {count} ข้อ", en: "{count} new items to assess" },
  move: { th: "ย้าย", en: "Move" },
  newRound: { th: "＋ เปิดรอบการประเมินใหม่…", en: "＋ Open a new round…" },
  newRoundTitle: { th: "เปิดรอบการประเมินใหม่", en: "Open a new round" },
  roundKind: { th: "ประเภทรอบ", en: "Kind of round" },
  create: { th: "เปิดรอบ", en: "Open" },
  chooseRound: { th: "เลือกรอบการประเมิน", en: "Choose a round" },
  welcome: { th: "ยินดีต้อนรับ กรุณากรอกข้อมูลสำนักงานก่อนเริ่ม (แก้ไขภายหลังได้)", en: "Welcome. Please fill in the office profile first (you can change it later)." },
  later: { th: "ไว้ภายหลัง", en: "Later" },
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

export const roundStateWords: Record<RoundState, Localized> = {
  draft: { th: "กำลังจัดทำ", en: "Draft" },
  submitted: { th: "ส่งตรวจแล้ว", en: "Submitted" },
  approved: { th: "อนุมัติแล้ว", en: "Approved" },
};

/** The text of `localized` in `language`, falling back to Thai where English is missing. */
export function pick(localized: Localized, language: Language): string {
  return language === "en" && localized.en.trim() !== "" ? localized.en : localized.th;
}

/** An interface word, with `{name}` placeholders filled in. */
export function t(key: WordKey, language: Language, values: Record<string, string | number> = {}): string {
  return pick(words[key], language).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** Points without a trailing ".0", with the language's grouping. */
export function formatPoints(value: number, language: Language): string {
  return new Intl.NumberFormat(language === "th" ? "th-TH" : "en-GB", { maximumFractionDigits: 2 }).format(value);
}

/** The local time of day of an RFC 3339 moment, e.g. "14:05". */
export function formatTime(rfc3339: string): string {
  const date = new Date(rfc3339);
  if (Number.isNaN(date.getTime())) return "";
  return `${String(date.getHours()).padStart(2, "0")}:${String(date.getMinutes()).padStart(2, "0")}`;
}
