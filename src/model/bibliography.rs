//! The works the texts cite, each with every note that cites it: the data of the bibliography
//! page (the analysis that builds it is `analyse::works`).

use serde::Serialize;

use super::citation::{CitationParts, Pages, ReferenceFamily};

/// Every work cited, and the short references that could not be resolved.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Bibliography {
    /// One per work, edition and volume (never per page range), sorted by author then title.
    pub works: Vec<Work>,
    /// `Ibid.` with no reference before it, `op. cit.` with no earlier work by that author.
    pub unresolved: Vec<Citing>,
}

/// One cited work.
#[derive(Debug, Clone, Serialize)]
pub struct Work {
    /// Its anchor on the bibliography page: `work-trotsky-l-appareil-policier-du-stalinisme`.
    pub id: String,
    /// The work's parts, from its first full reference (pages left out: they are the notes').
    pub parts: CitationParts,
    /// Every note that cites it, in reading order.
    pub citations: Vec<Citing>,
    /// Where its parts come from: the texts, the texts corrected by the editors, or the
    /// editors alone (`content/bibliography.yaml`).
    pub origin: WorkOrigin,
}

/// Where a work's parts come from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkOrigin {
    /// Read off the texts' references.
    #[default]
    Texts,
    /// Read off the texts' references, then corrected or completed by an entry of
    /// `content/bibliography.yaml` (the references' own wording is kept in the notes).
    Corrected,
    /// Named by the editors in `content/bibliography.yaml`: no text's reference was read as it.
    Editors,
}

/// One note citing a work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Citing {
    /// Index of the citing text in the site's reading order.
    pub text: usize,
    /// The note's number in that text.
    pub note: usize,
    /// The pages this note cites.
    pub pages: Option<Pages>,
    /// How the note is written (`Ibid.` and `op. cit.` included).
    pub family: ReferenceFamily,
    /// The note's words, verbatim.
    pub original: String,
}
