//! The parts of a bibliographic reference, as the reference reader found them (the data only;
//! the reader is `parse::citation_parts`).

use serde::Serialize;

use super::date::HistoricalDate;

/// The parts of a bibliographic reference that could be read off it. Every field is verbatim
/// text from the citation (trimmed), or absent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CitationParts {
    /// `Leon Trotsky` in `Leon Trotsky, Pour sa propre sauvegarde, ...`.
    pub author: Option<String>,
    /// The cited work's own title.
    pub title: Option<String>,
    /// When the cited work was written, from a parenthesised date such as `(26 September 1935)`.
    pub date: Option<HistoricalDate>,
    /// The book, collection or series the work appeared in.
    pub container: Option<String>,
    /// Place of publication.
    pub place: Option<String>,
    /// Publisher.
    pub publisher: Option<String>,
    /// Year of the edition cited.
    pub year: Option<i32>,
    /// `Vol. 14`, as written.
    pub volume: Option<String>,
    /// The date of a periodical's issue: `14 January 1938` in `Pravda, 14 January 1938, p. 2`.
    pub issue: Option<HistoricalDate>,
    /// `85--87`, as written.
    pub pages: Option<String>,
}
