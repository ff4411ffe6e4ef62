//! Stage 3, analyse: parsed documents + editors' content → the site's model.
//!
//! In: the [`Document`]s and the loaded [`Sources`]. Out: an [`Analysis`]: the texts with their
//! metadata merged and slugs given ([`texts`]), who and what they name where ([`xref`]), and
//! what was written, published and mentioned when ([`timeline`]), how each quotation
//! compares with what it quotes ([`quotations`]), and the works they cite ([`works`]), as the editors correct and add to them
//! ([`bibliography_file`]); raw HTML
//! the pages will not keep is warned about ([`raw_html`]). Problems in the editors' files are errors naming
//! the file; the build collects them all before failing.

pub mod bibliography_file;
pub mod discover;
pub mod entries;
pub mod matcher;
pub mod quotations;
pub mod raw_html;
pub mod texts;
pub mod timeline;
pub mod works;
pub mod xref;

use crate::error::{BuildError, Diagnostic, Diagnostics};
use crate::load::Sources;
use crate::model::bibliography::Bibliography;
use crate::model::quotations::QuotationStudy;
use crate::model::timeline::Timeline;
use crate::model::xref::CrossReferences;
use crate::model::{Document, Text};

/// The analysed site.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// The texts in reading order (by date).
    pub texts: Vec<Text>,
    /// Who and what is named where.
    pub xref: CrossReferences,
    /// When the texts were written and published, and the dates they mention.
    pub timeline: Timeline,
    /// How each quotation compares with what it quotes, and the passages texts share.
    pub quotations: QuotationStudy,
    /// The works the texts cite, with the notes citing them ([`works`]).
    pub bibliography: Bibliography,
}

/// Analyses the corpus.
pub fn analyse(
    documents: Vec<Document>,
    sources: &Sources,
) -> Result<(Analysis, Vec<Diagnostic>), BuildError> {
    let (mut analysis, warnings) = analyse_without_quotations(documents, sources)?;
    analysis.quotations = quotations::study_quotations(&analysis.texts);
    Ok((analysis, warnings))
}

/// Every analysis but the quotation study (left empty), so that a build can time that stage
/// on its own: [`quotations::study_quotations`] fills it.
pub fn analyse_without_quotations(
    documents: Vec<Document>,
    sources: &Sources,
) -> Result<(Analysis, Vec<Diagnostic>), BuildError> {
    let mut diagnostics = Diagnostics::default();
    raw_html::check_editors_markdown(sources, &mut diagnostics);
    let texts = texts::build_texts(documents, &sources.text_files, &mut diagnostics);
    let xref = xref::cross_reference(
        &texts,
        sources.glossary.as_ref(),
        &sources.config.language,
        &mut diagnostics,
    );
    let timeline =
        timeline::build_timeline(&texts, &xref, sources.timeline.as_ref(), &mut diagnostics);
    let mut bibliography = works::build_bibliography(&texts);
    bibliography_file::apply_bibliography_file(
        &mut bibliography,
        sources.bibliography.as_ref(),
        &mut diagnostics,
    );
    works::warn_unread_references(&bibliography, &texts, &sources.seeds, &mut diagnostics);
    let warnings = diagnostics.check()?;
    Ok((
        Analysis {
            texts,
            xref,
            timeline,
            quotations: QuotationStudy::default(),
            bibliography,
        },
        warnings,
    ))
}
