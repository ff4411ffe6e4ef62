//! Cross-references: who and what is named where, across all texts, down to the paragraph.
//!
//! Made by `analyse::xref` from the glossary, the names discovered in the texts, and the works
//! their citations name; read by the cross-reference page, the text pages (links on mentions,
//! "Related texts") and the timeline (events linked to entries).

use std::ops::Range;

use serde::Serialize;

use crate::load::schema::EntryKind;
use crate::parse::dates::HistoricalDate;

/// All entries and where they occur.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CrossReferences {
    /// The entries, grouped by kind (discovered names last) and sorted by name within a kind.
    pub entries: Vec<Entry>,
    /// Per text (same order as the texts): the mentions in each paragraph, by paragraph number.
    pub mentions_by_text: Vec<Vec<ParagraphMentions>>,
    /// Per text: the other texts that name the same entries, best first.
    pub related_by_text: Vec<Vec<RelatedText>>,
}

/// Where an entry came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryOrigin {
    /// Written by the editors in `content/glossary.yaml`.
    Glossary,
    /// A proper name found in the texts, not (yet) in the glossary.
    Discovered,
    /// A work named by a citation, not in the glossary.
    Citation,
}

/// A person, work, organisation, place, event or concept, or a name found in the texts.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// Anchor-safe identifier, unique among entries.
    pub id: String,
    /// The name shown.
    pub name: String,
    /// What it is; `None` for discovered names.
    pub kind: Option<EntryKind>,
    /// Where the entry came from.
    pub origin: EntryOrigin,
    /// Its dates, when the glossary gives them.
    pub dates: Option<HistoricalDate>,
    /// The editors' description (Markdown).
    pub description: Option<String>,
    /// Indices of related entries.
    pub related: Vec<usize>,
    /// Sort key within its kind.
    pub sort_key: String,
    /// The spellings matched in the texts.
    pub aliases: Vec<String>,
    /// Where it is named, text by text (texts in reading order).
    pub occurrences: Vec<TextOccurrences>,
    /// Indices of texts this entry (a person) is the author of.
    pub authored: Vec<usize>,
}

impl Entry {
    /// The texts it is connected to: those that name it, and those it wrote.
    pub fn texts(&self) -> std::collections::BTreeSet<usize> {
        self.occurrences
            .iter()
            .map(|o| o.text)
            .chain(self.authored.iter().copied())
            .collect()
    }

    /// How many texts name it or were written by it.
    pub fn text_count(&self) -> usize {
        self.texts().len()
    }
}

/// Where an entry is named in one text.
#[derive(Debug, Clone, Serialize)]
pub struct TextOccurrences {
    /// Index of the text.
    pub text: usize,
    /// True when the text's title names it.
    pub in_title: bool,
    /// Mentions in the paragraphs, in order.
    pub mentions: Vec<Mention>,
    /// Numbers of the notes that name it (citations naming a work, for instance).
    pub notes: Vec<usize>,
}

/// One mention in a paragraph.
#[derive(Debug, Clone, Serialize)]
pub struct Mention {
    /// The paragraph's number.
    pub paragraph: usize,
    /// Byte range of the name in the paragraph's text.
    pub range: Range<usize>,
}

/// The mentions in one paragraph: (entry index, byte range), sorted by position.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ParagraphMentions {
    /// The paragraph's number.
    pub paragraph: usize,
    /// The mentions.
    pub mentions: Vec<(usize, Range<usize>)>,
}

/// Another text that names some of the same entries.
#[derive(Debug, Clone, Serialize)]
pub struct RelatedText {
    /// Index of the other text.
    pub text: usize,
    /// Indices of the entries both name, most-mentioned first.
    pub shared: Vec<usize>,
}
