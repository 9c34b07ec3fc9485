//! Thai line breaking, judged on the layout itself: long Thai sentences set in narrow
//! cells through the templates' `words` must end every line at a word boundary of ICU's
//! dictionary segmenter. The same sentences set as plain text show what Typst alone does.

use std::collections::BTreeSet;

use typst::layout::{Frame, FrameItem, PagedDocument, Point};
use typst::utils::Numeric;

use crate::segment::{dictionary_breaks, words};
use crate::world::FormWorld;

/// Sentences like the notes clerks write: long, without spaces, with tone marks and
/// sara am, and the word the issue saw cut ("ระเบียบกระทรว|งมหาดไทย").
pub(crate) const SENTENCES: [&str; 12] = [
    "ระเบียบกระทรวงมหาดไทยว่าด้วยการให้บริการประชาชนของที่ทำการปกครองอำเภอกำหนดให้จัดทำแผนพัฒนาคุณภาพการให้บริการทุกปีงบประมาณ",
    "สำนักทะเบียนอำเภอได้จัดทำแบบสำรวจความพึงพอใจของผู้รับบริการและนำผลการสำรวจมาปรับปรุงขั้นตอนการให้บริการให้รวดเร็วยิ่งขึ้น",
    "คณะทำงานได้ประชุมเพื่อทบทวนแผนบริหารความต่อเนื่องในภาวะวิกฤตและซักซ้อมการปฏิบัติตามแผนร่วมกับหน่วยงานที่เกี่ยวข้อง",
    "จัดให้มีป้ายประชาสัมพันธ์แสดงขั้นตอนระยะเวลาและค่าธรรมเนียมการให้บริการอย่างชัดเจนบริเวณจุดบริการทุกจุด",
    "เจ้าหน้าที่ผู้ให้บริการได้รับการอบรมเรื่องการสื่อสารและการให้บริการด้วยใจอย่างน้อยปีละหนึ่งครั้ง",
    "ผู้สูงอายุผู้พิการและสตรีมีครรภ์ได้รับบริการช่องทางพิเศษโดยไม่ต้องรอคิวตามประกาศของสำนักงาน",
    "มีการเปิดให้บริการในวันหยุดราชการและช่วงพักกลางวันเพื่ออำนวยความสะดวกแก่ประชาชนที่ไม่สามารถมาติดต่อในเวลาราชการได้",
    "ติดตั้งระบบบัตรคิวอัตโนมัติและจอแสดงลำดับคิวพร้อมเสียงเรียกเพื่อลดระยะเวลารอคอยของผู้รับบริการ",
    "สำรวจความต้องการของผู้รับบริการกลุ่มเป้าหมายในแต่ละพื้นที่ครอบคลุมประเภทงานบริการวันเวลาเปิดและสิ่งอำนวยความสะดวก",
    "ศูนย์ราชการสะดวกมุ่งเน้นการให้บริการที่สะดวกรวดเร็วและเข้าถึงง่ายตามนโยบายของรัฐบาลและกระทรวงมหาดไทย",
    "จัดหาน้ำดื่มสะอาดที่นั่งรอที่เพียงพอและห้องน้ำสำหรับผู้พิการไว้บริการประชาชนที่มาติดต่อราชการ",
    "นำข้อร้องเรียนของประชาชนมาวิเคราะห์หาสาเหตุและกำหนดมาตรการแก้ไขปัญหาพร้อมรายงานผลต่อนายอำเภอทุกเดือน",
];

/// Each sentence in cells 3, 4 and 5.5 cm wide, set through `words` (boxed) or as plain
/// text, one cell under the other. The narrowest is about the narrowest text column of
/// the forms; every piece `words` makes fits in it (a piece wider than its cell would be
/// broken inside its box).
const TEMPLATE: &str = r#"
#import "/common.typ": words
#let data = json("/data.json")
#set page(width: 14cm, height: auto, margin: 1cm)
#set text(font: "Sarabun", size: 14pt, lang: "th", top-edge: "ascender", bottom-edge: "descender", fallback: false)
#set par(leading: 0.25em, justify: false)
#for width in (3cm, 4cm, 5.5cm) {
  for sentence in data.sentences {
    block(width: width, below: 1cm, if data.boxed { words(sentence) } else { sentence.join() })
  }
}
"#;

const WIDTHS: usize = 3;

fn lay_out(boxed: bool) -> PagedDocument {
    let sentences: Vec<_> = SENTENCES.iter().map(|s| words(s)).collect();
    let json =
        serde_json::json!({ "boxed": boxed, "sentences": sentences, "page": { "digits": "thai" } });
    let world = FormWorld::with_main_text(
        TEMPLATE,
        serde_json::to_vec(&json).unwrap(),
        time::macros::date!(2025 - 01 - 01),
    );
    typst::compile::<PagedDocument>(&world)
        .output
        .unwrap_or_else(|errors| panic!("the test layout compiles: {errors:?}"))
}

/// Every run of text with its absolute baseline and left edge. A run holding only marks
/// (no advance: a tone mark Typst moved up or down) repeats its cluster's text, which the
/// run before it already has, so it is left out.
fn text_runs(frame: &Frame, origin: Point, runs: &mut Vec<(f64, f64, String)>) {
    for (position, item) in frame.items() {
        let at = origin + *position;
        match item {
            FrameItem::Group(group) => text_runs(&group.frame, at, runs),
            FrameItem::Text(text) if text.glyphs.iter().any(|g| !g.x_advance.is_zero()) => {
                runs.push((at.y.to_pt(), at.x.to_pt(), text.text.to_string()))
            }
            _ => {}
        }
    }
}

/// The laid-out lines, top to bottom, each the text of its runs left to right. Runs
/// within a point of each other vertically are on one line.
fn lines(document: &PagedDocument) -> Vec<String> {
    let mut runs = Vec::new();
    for page in &document.pages {
        text_runs(&page.frame, Point::zero(), &mut runs);
    }
    runs.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut lines: Vec<(f64, Vec<(f64, String)>)> = Vec::new();
    for (y, x, text) in runs {
        match lines.last_mut() {
            Some((line_y, line)) if (y - *line_y).abs() < 1.0 => line.push((x, text)),
            _ => lines.push((y, vec![(x, text)])),
        }
    }
    lines
        .into_iter()
        .map(|(_, mut line)| {
            line.sort_by(|a, b| a.0.total_cmp(&b.0));
            line.into_iter().map(|(_, text)| text).collect()
        })
        .collect()
}

/// Lines that end inside a word, as "before|after", sentence by sentence.
fn mid_word_breaks(lines: &[String]) -> Vec<String> {
    let mut bad = Vec::new();
    let mut lines = lines.iter();
    for _ in 0..WIDTHS {
        for sentence in SENTENCES {
            let allowed: BTreeSet<usize> = dictionary_breaks(sentence);
            let mut taken = String::new();
            while taken.len() < sentence.len() {
                let line = lines.next().expect("every sentence is laid out");
                taken.push_str(line.trim());
                if taken.len() < sentence.len() && !allowed.contains(&taken.len()) {
                    let before: String = taken
                        .chars()
                        .rev()
                        .take(8)
                        .collect::<Vec<_>>()
                        .into_iter()
                        .rev()
                        .collect();
                    let after: String = sentence[taken.len()..].chars().take(8).collect();
                    bad.push(format!("{before}|{after}"));
                }
            }
            assert_eq!(taken, sentence, "the lines give back the sentence");
        }
    }
    bad
}

#[test]
fn thai_lines_end_only_between_dictionary_words() {
    let lines = lines(&lay_out(true));
    assert!(
        lines.len() > SENTENCES.len() * WIDTHS,
        "narrow cells need several lines per sentence"
    );
    let bad = mid_word_breaks(&lines);
    println!(
        "boxed words: {} lines, {} mid-word breaks",
        lines.len(),
        bad.len()
    );
    assert!(bad.is_empty(), "no line ends inside a word: {bad:#?}");
}

#[test]
fn typst_alone_is_measured_for_comparison() {
    let lines = lines(&lay_out(false));
    let bad = mid_word_breaks(&lines);
    println!(
        "plain text (Typst's own breaking): {} lines, {} mid-word breaks by the dictionary's judgement: {bad:#?}",
        lines.len(),
        bad.len()
    );
}

/// Words in boxes sit on the same baseline as the text around them, at any size.
#[test]
fn boxed_words_sit_on_the_line_of_the_text_around_them() {
    let template = r#"
#import "/common.typ": words
#set page(width: 14cm, height: auto, margin: 1cm)
#set text(font: "Sarabun", size: 14pt, lang: "th", top-edge: "ascender", bottom-edge: "descender", fallback: false)
อำเภอ#words(("เมือง", "ปัตตานี"))จังหวัด

#set text(size: 11pt)
ตำแหน่ง #words(("เจ้าพนักงาน", "ปกครอง")) โทร

#set text(size: 18pt, weight: "bold")
สำนักงาน#words(("ทะเบียน",))อำเภอ
"#;
    let json = serde_json::json!({ "page": { "digits": "thai" } });
    let world = FormWorld::with_main_text(
        template,
        serde_json::to_vec(&json).unwrap(),
        time::macros::date!(2025 - 01 - 01),
    );
    let document = typst::compile::<PagedDocument>(&world).output.unwrap();
    let mut runs = Vec::new();
    text_runs(&document.pages[0].frame, Point::zero(), &mut runs);
    runs.sort_by(|a, b| a.0.total_cmp(&b.0));
    for line in runs.chunk_by(|a, b| (a.0 - b.0).abs() < 5.0) {
        let (lowest, highest) = line.iter().fold((f64::MAX, f64::MIN), |(low, high), run| {
            (low.min(run.0), high.max(run.0))
        });
        assert!(
            highest - lowest < 0.1,
            "every run of the line shares its baseline: {line:?}"
        );
    }
}
