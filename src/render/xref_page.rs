//! The cross-reference index (`cross-references.html`) and the cross-reference parts of text pages.
//!
//! In: the [`CrossReferences`] and the texts. Out: the context for `cross_references.html` (the
//! entries by kind and letter, each with the number of texts naming it and a link to its own
//! page, see [`super::entry_page`]; a kind too large for one page gets a page per letter), the
//! links put on the first mention of each entry in each paragraph of a text, and a text's
//! "Related texts". Nothing here grows with the corpus but the index, which holds no contexts.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::inline::{Mark, MarkKind};
use super::layout::LinkView;
use super::paging::{PagerView, page_count, page_path};
use super::typography::smarten;
use crate::analyse::entries::index_letter;
use crate::load::schema::EntryKind;
use crate::model::Text;
use crate::model::xref::{CrossReferences, Entry, EntryOrigin};

/// The page file name.
pub const PAGE: &str = "cross-references.html";
/// Characters of context on each side of a mention in a snippet.
const CONTEXT_CHARS: usize = 70;

/// How many entries of one kind the index lists inline; a kind with more gets a page per letter.
pub const KIND_INLINE_MAX: usize = 1_500;
/// How many entries a letter page of one kind lists before it continues on a further page.
pub const LETTER_PAGE_MAX: usize = 2_000;

/// The index page's own part of the context, available to the template as `xref`.
#[derive(Debug, Clone, Serialize)]
pub struct XrefView {
    /// The entries by kind, in page order (glossary kinds, then discovered names).
    pub kinds: Vec<KindView>,
    /// How many entries are listed.
    pub total: usize,
    /// How many entries the texts' own words produced rather than the glossary.
    pub discovered: usize,
}

/// The entries of one kind on the index.
#[derive(Debug, Clone, Serialize)]
pub struct KindView {
    /// Anchor of the section, e.g. `people`.
    pub id: String,
    /// Heading, e.g. `People`.
    pub label: &'static str,
    /// A sentence under the heading, for discovered names.
    pub note: Option<&'static str>,
    /// How many entries.
    pub count: usize,
    /// The letters, with the entries filed under each (empty when they have pages of their own).
    pub letters: Vec<LetterView>,
    /// True when each letter's entries are on a page of their own (`names/<kind>-<letter>.html`).
    pub paged: bool,
}

/// A letter of one kind's index.
#[derive(Debug, Clone, Serialize)]
pub struct LetterView {
    /// The letter, or `#` for names not starting with A–Z.
    pub letter: String,
    /// Anchor on the index page, e.g. `people-a`.
    pub id: String,
    /// The letter's own page, when the kind is paged.
    pub href: Option<String>,
    /// How many entries it has.
    pub count: usize,
    /// The entries (on the index only when the kind is not paged).
    pub entries: Vec<IndexItem>,
}

/// One entry in an index list.
#[derive(Debug, Clone, Serialize)]
pub struct IndexItem {
    /// The name as an index files it (`Trotsky, Leon`).
    pub label: String,
    /// Its page.
    pub href: String,
    /// How many texts name it (or were written by it).
    pub texts: usize,
}

/// A page listing one kind's entries under one letter (when the kind is too large for the index).
#[derive(Debug, Clone, Serialize)]
pub struct LetterPageView {
    /// The kind's heading, e.g. `People`.
    pub kind_label: &'static str,
    /// The kind's section on the index page.
    pub kind_href: String,
    /// The letter.
    pub letter: String,
    /// This page's entries.
    pub entries: Vec<IndexItem>,
    /// The other letters of the kind.
    pub letters: Vec<LinkView>,
    /// Pages of this letter, when it has more than one.
    pub pager: Option<PagerView>,
}

/// A text's related texts, for its page.
#[derive(Debug, Clone, Serialize)]
pub struct RelatedView {
    /// The other text.
    pub text: LinkView,
    /// The entries both name, linked to their pages.
    pub shared: Vec<LinkView>,
}

/// The page of an entry, from a page reaching the site root as `root`.
pub fn entry_href(entry: &Entry, root: &str) -> String {
    format!("{root}{}", page_path(&entry_page_base(entry), 1))
}

/// The path of an entry's page(s) without `.html`: `names/<id>`.
pub fn entry_page_base(entry: &Entry) -> String {
    format!("names/{}", entry.id)
}

/// Glossary entries always appear; found ones only where the texts name them.
pub fn is_shown(entry: &Entry) -> bool {
    entry.origin == EntryOrigin::Glossary || !entry.occurrences.is_empty()
}

/// The index page, and the letter pages of kinds too large for it (path and view).
pub fn xref_view(xref: &CrossReferences) -> (XrefView, Vec<(String, LetterPageView)>) {
    let mut kinds: Vec<(KindView, Vec<&Entry>)> = Vec::new();
    for entry in xref.entries.iter().filter(|e| is_shown(e)) {
        let (id, label, note) = group_of(entry);
        if kinds.last().is_none_or(|(k, _)| k.id != id) {
            let view = KindView {
                id: id.to_string(),
                label,
                note,
                count: 0,
                letters: Vec::new(),
                paged: false,
            };
            kinds.push((view, Vec::new()));
        }
        if let Some((view, entries)) = kinds.last_mut() {
            view.count += 1;
            entries.push(entry);
        }
    }
    let mut letter_pages = Vec::new();
    let kinds: Vec<KindView> = kinds
        .into_iter()
        .map(|(mut view, entries)| {
            view.paged = entries.len() > KIND_INLINE_MAX;
            view.letters = letters(&view, &entries, &mut letter_pages);
            view
        })
        .collect();
    let view = XrefView {
        total: kinds.iter().map(|k| k.count).sum(),
        discovered: xref
            .entries
            .iter()
            .filter(|e| e.origin == EntryOrigin::Discovered && is_shown(e))
            .count(),
        kinds,
    };
    (view, letter_pages)
}

fn group_of(entry: &Entry) -> (&'static str, &'static str, Option<&'static str>) {
    match entry.kind {
        Some(EntryKind::Person) => ("people", "People", None),
        Some(EntryKind::Organisation) => ("organisations", "Organisations", None),
        Some(EntryKind::Periodical) => ("periodicals", "Periodicals", None),
        Some(EntryKind::Place) => ("places", "Places", None),
        Some(EntryKind::Event) => ("events", "Events", None),
        Some(EntryKind::Work) => ("works", "Works", None),
        Some(EntryKind::Concept) => ("concepts", "Concepts", None),
        None => (
            "discovered",
            "Other names found in the texts",
            Some(
                "Found automatically: capitalised names that are not (yet) in the glossary. They are not checked by the editors.",
            ),
        ),
    }
}

/// The section of the index an entry is filed in, from a page reaching the root as `root`.
pub fn kind_href(entry: &Entry, root: &str) -> String {
    format!("{root}{PAGE}#{}", group_of(entry).0)
}

/// `person`, `work`, ..., or `name` for a discovered one.
pub fn kind_label(entry: &Entry) -> &'static str {
    match entry.kind {
        Some(EntryKind::Person) => "person",
        Some(EntryKind::Organisation) => "organisation",
        Some(EntryKind::Periodical) => "periodical",
        Some(EntryKind::Place) => "place",
        Some(EntryKind::Event) => "event",
        Some(EntryKind::Work) => "work",
        Some(EntryKind::Concept) => "concept",
        None => "name",
    }
}

/// One kind's letters; for a paged kind, its letter pages are added to `pages`.
fn letters(
    kind: &KindView,
    entries: &[&Entry],
    pages: &mut Vec<(String, LetterPageView)>,
) -> Vec<LetterView> {
    let mut by_letter: BTreeMap<char, Vec<&Entry>> = BTreeMap::new();
    for &entry in entries {
        by_letter
            .entry(index_letter(entry))
            .or_default()
            .push(entry);
    }
    let letter_slug = |letter: char| match letter {
        '#' => "other".to_string(),
        c => c.to_ascii_lowercase().to_string(),
    };
    let letter_base = |letter: char| format!("names/{}-{}", kind.id, letter_slug(letter));
    let mut views = Vec::new();
    for (&letter, entries) in &mut by_letter {
        entries.sort_by(|a, b| a.sort_key.cmp(&b.sort_key));
        let root = if kind.paged { "../" } else { "" };
        let items: Vec<IndexItem> = entries.iter().map(|e| index_item(e, root)).collect();
        views.push(LetterView {
            letter: letter.to_string(),
            id: format!("{}-{}", kind.id, letter_slug(letter)),
            href: kind.paged.then(|| page_path(&letter_base(letter), 1)),
            count: items.len(),
            entries: if kind.paged { Vec::new() } else { items },
        });
    }
    if kind.paged {
        let others: Vec<LinkView> = by_letter
            .keys()
            .map(|&l| LinkView {
                label: l.to_string(),
                href: page_path(&letter_base(l), 1)
                    .trim_start_matches("names/")
                    .to_string(),
            })
            .collect();
        for (&letter, entries) in &by_letter {
            let count = page_count(entries.len(), LETTER_PAGE_MAX);
            for (number, chunk) in entries.chunks(LETTER_PAGE_MAX).enumerate() {
                let number = number + 1;
                pages.push((
                    page_path(&letter_base(letter), number),
                    LetterPageView {
                        kind_label: kind.label,
                        kind_href: format!("../{PAGE}#{}", kind.id),
                        letter: letter.to_string(),
                        entries: chunk.iter().map(|e| index_item(e, "../")).collect(),
                        letters: others.clone(),
                        pager: PagerView::new(&letter_base(letter), number, count),
                    },
                ));
            }
        }
    }
    views
}

fn index_item(entry: &Entry, root: &str) -> IndexItem {
    IndexItem {
        label: index_name(entry),
        href: entry_href(entry, root),
        texts: entry.text_count(),
    }
}

/// A person as an index files them, `Trotsky, Leon`; other entries as named.
pub fn index_name(entry: &Entry) -> String {
    match (entry.kind, entry.name.rsplit_once(' ')) {
        (Some(EntryKind::Person), Some((first, last))) => format!("{last}, {first}"),
        _ => entry.name.clone(),
    }
}

/// Keyword in context: up to [`CONTEXT_CHARS`] on each side, cut at word boundaries.
pub fn snippet(text: &str, range: std::ops::Range<usize>) -> String {
    let start = context_start(text, range.start);
    let end = context_end(text, range.end);
    let mut html = String::new();
    if start > 0 {
        html.push('…');
    }
    html.push_str(&smarten(text, start..range.start).replace('\n', " "));
    html.push_str("<mark>");
    html.push_str(&smarten(text, range.clone()));
    html.push_str("</mark>");
    html.push_str(&smarten(text, range.end..end).replace('\n', " "));
    if end < text.len() {
        html.push('…');
    }
    html
}

fn context_start(text: &str, from: usize) -> usize {
    let before = &text[..from];
    let Some((cut, _)) = before.char_indices().rev().nth(CONTEXT_CHARS) else {
        return 0;
    };
    before[cut..].find(' ').map_or(cut, |space| cut + space + 1)
}

fn context_end(text: &str, from: usize) -> usize {
    let after = &text[from..];
    let Some((cut, _)) = after.char_indices().nth(CONTEXT_CHARS) else {
        return text.len();
    };
    from + after[..cut].rfind(' ').unwrap_or(cut)
}

/// Links on the first mention of each entry in each paragraph of text number `text`.
pub fn mention_links(xref: &CrossReferences, text: usize) -> BTreeMap<usize, Vec<Mark>> {
    let mut links = BTreeMap::new();
    for paragraph in xref.mentions_by_text.get(text).into_iter().flatten() {
        let mut linked = BTreeSet::new();
        let marks: Vec<Mark> = paragraph
            .mentions
            .iter()
            .filter(|(entry, _)| linked.insert(*entry))
            .filter_map(|(entry, range)| {
                let entry = xref.entries.get(*entry)?;
                Some(Mark {
                    range: range.clone(),
                    kind: MarkKind::Link {
                        href: entry_href(entry, "../"),
                        class: "xref",
                    },
                })
            })
            .collect();
        links.insert(paragraph.paragraph, marks);
    }
    links
}

/// A text's related texts, with the entries they share.
pub fn related_view(xref: &CrossReferences, texts: &[Text], text: usize) -> Vec<RelatedView> {
    xref.related_by_text
        .get(text)
        .into_iter()
        .flatten()
        .map(|related| RelatedView {
            text: LinkView::to_text(&texts[related.text], ""),
            shared: related
                .shared
                .iter()
                .filter_map(|&e| xref.entries.get(e))
                .map(|e| LinkView {
                    label: e.name.clone(),
                    href: entry_href(e, "../"),
                })
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_cut_at_words_and_mark_the_name() {
        let text = "It is very difficult, Madam, to express in one brief formula the irreconcilable differences that exist between Stalin's politics and mine. Besides, I have already amply dealt with this subject in my book.";
        let at = text.find("Stalin").unwrap();
        let html = snippet(text, at..at + 6);
        assert!(html.starts_with('…'), "{html}");
        assert!(html.contains("<mark>Stalin</mark>’s politics"), "{html}");
        assert!(html.ends_with('…'), "{html}");
        assert!(!html.contains("  "), "{html}");
    }

    #[test]
    fn persons_are_indexed_surname_first() {
        let mut taken = BTreeSet::new();
        let person = crate::analyse::entries::found_entry(
            "Lev Karakhan",
            Some(EntryKind::Person),
            EntryOrigin::Glossary,
            &mut taken,
        );
        let work = crate::analyse::entries::found_entry(
            "The Revolution Betrayed",
            Some(EntryKind::Work),
            EntryOrigin::Glossary,
            &mut taken,
        );
        assert_eq!(index_name(&person), "Karakhan, Lev");
        assert_eq!(index_name(&work), "The Revolution Betrayed");
    }

    #[test]
    fn short_paragraph_snippet_is_whole() {
        assert_eq!(
            snippet("See Trotsky here.", 4..11),
            "See <mark>Trotsky</mark> here."
        );
    }
}
