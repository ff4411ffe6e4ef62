//! Stage 3, analyse: parsed documents + editors' content → the site's model.
//!
//! In: the [`Document`]s and the loaded [`Sources`]. Out: an [`Analysis`]: the texts with their
//! metadata merged and slugs given ([`texts`]). Problems in the editors' files are errors naming
//! the file; the build collects them all before failing.

pub mod discover;
pub mod matcher;
pub mod texts;

use crate::error::{BuildError, Diagnostic, Diagnostics};
use crate::load::Sources;
use crate::model::{Document, Text};

/// The analysed site.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// The texts in reading order (by date).
    pub texts: Vec<Text>,
}

/// Analyses the corpus.
pub fn analyse(
    documents: Vec<Document>,
    sources: &Sources,
) -> Result<(Analysis, Vec<Diagnostic>), BuildError> {
    let mut diagnostics = Diagnostics::default();
    let texts = texts::build_texts(documents, &sources.text_files, &mut diagnostics);
    let warnings = diagnostics.check()?;
    Ok((Analysis { texts }, warnings))
}
