//! How printing a form can fail, in Thai and English like every message of the program,
//! and how such a failure becomes one of gecc-core's errors for the app and the CLI.

use gecc_core::Localized;

use crate::Document;

#[derive(Debug, thiserror::Error)]
pub enum FormError {
    /// A round's document was asked for with province data, or the other way round.
    #[error("{document} needs {needs} data")]
    WrongData {
        document: &'static str,
        needs: &'static str,
    },
    /// The template could not be laid out with this data: a bug, never the user's doing.
    #[error("the {document} template failed: {details}")]
    Template {
        document: &'static str,
        details: String,
    },
    /// Reading the data from the store failed.
    #[error(transparent)]
    Core(#[from] gecc_core::Error),
}

impl FormError {
    pub(crate) fn wrong_data(document: Document) -> Self {
        FormError::WrongData {
            document: document.as_str(),
            needs: if document.is_province_form() {
                "province"
            } else {
                "round"
            },
        }
    }

    /// The kind of failure, for the log (which never holds the office's words).
    pub fn kind(&self) -> &'static str {
        match self {
            FormError::WrongData { .. } => "wrong data",
            FormError::Template { .. } => "template",
            FormError::Core(_) => "store",
        }
    }

    /// What to tell the person who pressed Print.
    pub fn message(&self) -> Localized {
        match self {
            FormError::WrongData { document, needs } => {
                let th_needs = if *needs == "province" {
                    "ข้อมูลของจังหวัด (ปีงบประมาณและประเภทรอบ)"
                } else {
                    "รอบการประเมิน"
                };
                Localized::new(
                    format!("เอกสาร {document} ต้องพิมพ์จาก{th_needs}"),
                    format!("The {document} document is printed from {needs} data."),
                )
            }
            FormError::Template { document, details } => Localized::new(
                format!("พิมพ์เอกสาร {document} ไม่สำเร็จ (แม่แบบผิดพลาด โปรดแจ้งผู้ดูแลโปรแกรม): {details}"),
                format!(
                    "Could not print {document} (a template error; please report it): {details}"
                ),
            ),
            FormError::Core(error) => error.message(),
        }
    }
}

impl From<FormError> for gecc_core::Error {
    fn from(error: FormError) -> Self {
        match error {
            FormError::Core(error) => error,
            other => gecc_core::Error::InvalidInput(other.message()),
        }
    }
}
