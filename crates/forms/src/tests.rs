//! Tests that need the crate's insides: the layout itself, not only the PDF.

pub(crate) mod line_breaks;
