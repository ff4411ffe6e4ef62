//! Cross-references: who and what is named where, across all texts, down to the paragraph.
//!
//! Made by `analyse::xref` from the glossary, the names discovered in the texts, and the works
//! their citations name; read by the cross-reference page, the text pages (links on mentions,
//! "Related texts") and the timeline (events linked to entries).

use std::ops::Range;

use serde::Serialize;

use super::date::HistoricalDate;
use super::kinds::EntryKind;

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
    /// The texts it is connected to, in reading order, each once: those that name it, and those
    /// it wrote. Both lists are kept in reading order, so this is a merge, not a set.
    pub fn texts(&self) -> Vec<usize> {
        let mut texts = Vec::with_capacity(self.occurrences.len() + self.authored.len());
        merge_texts(self, |t| texts.push(t));
        texts
    }

    /// How many texts name it or were written by it.
    pub fn text_count(&self) -> usize {
        let mut count = 0;
        merge_texts(self, |_| count += 1);
        count
    }
}

/// Calls `each` with every text of `entry.occurrences` and `entry.authored` (both sorted), in
/// order and once. Falls back to sorting should either list ever be out of order.
fn merge_texts(entry: &Entry, mut each: impl FnMut(usize)) {
    let named = entry.occurrences.iter().map(|o| o.text);
    let authored = entry.authored.iter().copied();
    let sorted = named.clone().is_sorted() && authored.clone().is_sorted();
    if !sorted {
        let mut all: Vec<usize> = named.chain(authored).collect();
        all.sort_unstable();
        all.dedup();
        all.into_iter().for_each(each);
        return;
    }
    let (mut named, mut authored) = (named.peekable(), authored.peekable());
    let mut last = None;
    loop {
        let next = match (named.peek(), authored.peek()) {
            (Some(&a), Some(&b)) if a <= b => named.next(),
            (Some(_), Some(_)) => authored.next(),
            (Some(_), None) => named.next(),
            (None, Some(_)) => authored.next(),
            (None, None) => break,
        };
        if let Some(t) = next.filter(|&t| last != Some(t)) {
            each(t);
            last = Some(t);
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(named: &[usize], authored: &[usize]) -> Entry {
        Entry {
            id: "x".into(),
            name: "X".into(),
            kind: None,
            origin: EntryOrigin::Discovered,
            dates: None,
            description: None,
            related: Vec::new(),
            sort_key: "x".into(),
            aliases: Vec::new(),
            occurrences: named
                .iter()
                .map(|&text| TextOccurrences {
                    text,
                    in_title: false,
                    mentions: Vec::new(),
                    notes: Vec::new(),
                })
                .collect(),
            authored: authored.to_vec(),
        }
    }

    #[test]
    fn texts_named_and_written_are_counted_once_in_order() {
        let e = entry(&[1, 4, 9], &[0, 4, 12]);
        assert_eq!(e.texts(), vec![0, 1, 4, 9, 12]);
        assert_eq!(e.text_count(), 5);
        let unsorted = entry(&[3], &[7, 2, 3]);
        assert_eq!(unsorted.texts(), vec![2, 3, 7]);
        assert_eq!(entry(&[], &[]).text_count(), 0);
    }
}
