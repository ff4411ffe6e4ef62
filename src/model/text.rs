//! A text ready for its page: the parsed document with the editors' corrections applied.
//!
//! Every field here is the final word: a value from the text's front matter
//! (`content/texts/<stem>.md`) wins over what the parser found; the title falls back to the file
//! name so that every text has a page.

use std::path::PathBuf;

use serde::Serialize;

use super::date::HistoricalDate;
use super::{Document, TextKind};

/// One text of the corpus, as published.
#[derive(Debug, Clone, Serialize)]
pub struct Text {
    /// The page's file name under `texts/`, without `.html`; unique, ASCII, stable.
    pub slug: String,
    /// The title shown.
    pub title: String,
    /// Authors; empty when unknown.
    pub authors: Vec<String>,
    /// True when the text names no author and the editors supplied one.
    pub authors_supplied: bool,
    /// When it was written.
    pub date: Option<HistoricalDate>,
    /// When it was first published: from the front matter, a `First published` line or an
    /// editor's statement. Never an edition's year in its place.
    pub published: Option<HistoricalDate>,
    /// When the edition the text is taken from appeared: the year of its own source (`New York
    /// 1979`), or the periodical issue it cites. A date of its own role, not of publication.
    pub edition: Option<HistoricalDate>,
    /// Where it was written.
    pub place: Option<String>,
    /// Primary or secondary, when an editor said so.
    pub kind: Option<TextKind>,
    /// BCP 47 language of the text.
    pub language: Option<String>,
    /// The larger work it is part of.
    pub part_of: Option<String>,
    /// The editors' one-line summary.
    pub summary: Option<String>,
    /// The editors' introduction, Markdown.
    pub introduction: Option<String>,
    /// The metadata file the editors' words come from, if any.
    pub metadata_path: Option<PathBuf>,
    /// The parsed text: paragraphs, quotations, notes.
    pub document: Document,
}
