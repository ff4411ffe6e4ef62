//! The cross-reference page (`cross-references.html`) and the cross-reference parts of text pages.
//!
//! In: the [`CrossReferences`] and the texts. Out: the context for `cross_references.html` (an
//! A–Z index, the entries grouped by kind with their occurrences as keyword-in-context snippets
//! linking to `texts/<slug>.html#pN`), the links put on the first mention of each entry in each
//! paragraph of a text, and a text's "Related texts".

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::inline::{Mark, MarkKind};
use super::layout::{DateView, LinkView};
use super::markdown::render_markdown_inline;
use super::typography::smarten;
use crate::analyse::entries::index_letter;
use crate::load::schema::EntryKind;
use crate::model::Text;
use crate::model::xref::{CrossReferences, Entry, EntryOrigin, Mention};

/// The page file name.
pub const PAGE: &str = "cross-references.html";
/// Characters of context on each side of a mention in a snippet.
const CONTEXT_CHARS: usize = 70;

/// The page's own part of the context, available to the template as `xref`.
#[derive(Debug, Clone, Serialize)]
pub struct XrefView {
    /// The A–Z bar: every letter, with the entries filed under it.
    pub letters: Vec<LetterView>,
    /// The entries, by kind.
    pub groups: Vec<GroupView>,
    /// Entries named in more than one text: where the texts talk to each other.
    pub shared: Vec<LinkView>,
    /// How many entries the texts' own words produced rather than the glossary.
    pub discovered: usize,
}

/// A letter of the A–Z index.
#[derive(Debug, Clone, Serialize)]
pub struct LetterView {
    /// The letter.
    pub letter: String,
    /// Anchor of its index section, when it has entries.
    pub id: Option<String>,
    /// The entries filed under it.
    pub entries: Vec<LinkView>,
}

/// The entries of one kind.
#[derive(Debug, Clone, Serialize)]
pub struct GroupView {
    /// Anchor of the group.
    pub id: String,
    /// Heading, e.g. `People`.
    pub label: &'static str,
    /// A sentence under the heading, for discovered names.
    pub note: Option<&'static str>,
    /// Its entries.
    pub entries: Vec<EntryView>,
}

/// One entry on the page.
#[derive(Debug, Clone, Serialize)]
pub struct EntryView {
    /// Anchor, `entry-<id>`.
    pub anchor: String,
    /// Name (HTML, typographic).
    pub name_html: String,
    /// `person`, `work`, ... or `name` for a discovered one.
    pub kind: &'static str,
    /// `glossary`, `discovered` or `citation`.
    pub origin: EntryOrigin,
    /// Dates.
    pub dates: Option<DateView>,
    /// Description (HTML).
    pub description_html: Option<String>,
    /// Related entries.
    pub related: Vec<LinkView>,
    /// Texts this person wrote.
    pub authored: Vec<LinkView>,
    /// Where it is named, text by text.
    pub texts: Vec<EntryTextView>,
    /// How many texts name it.
    pub text_count: usize,
}

/// Where an entry is named in one text.
#[derive(Debug, Clone, Serialize)]
pub struct EntryTextView {
    /// The text's title and page.
    pub text: LinkView,
    /// True when the title names the entry.
    pub in_title: bool,
    /// One row per paragraph that names it.
    pub paragraphs: Vec<ParagraphMentionView>,
    /// Notes that name it.
    pub notes: Vec<LinkView>,
}

/// The mentions of an entry in one paragraph.
#[derive(Debug, Clone, Serialize)]
pub struct ParagraphMentionView {
    /// The paragraph number.
    pub number: usize,
    /// Link to the paragraph.
    pub href: String,
    /// Keyword in context around the first mention (HTML, the name in `<mark>`).
    pub snippet_html: String,
    /// How many times the paragraph names it.
    pub count: usize,
}

/// A text's related texts, for its page.
#[derive(Debug, Clone, Serialize)]
pub struct RelatedView {
    /// The other text.
    pub text: LinkView,
    /// The entries both name, linked to the cross-reference page.
    pub shared: Vec<LinkView>,
}

/// The cross-reference page.
pub fn xref_view(xref: &CrossReferences, texts: &[Text]) -> XrefView {
    let shown: Vec<(usize, &Entry)> = xref
        .entries
        .iter()
        .enumerate()
        .filter(|(_, e)| is_shown(e))
        .collect();
    let mut groups: Vec<GroupView> = Vec::new();
    for &(_, entry) in &shown {
        let (id, label, note) = group_of(entry);
        if groups.last().is_none_or(|g| g.id != id) {
            groups.push(GroupView {
                id: id.to_string(),
                label,
                note,
                entries: Vec::new(),
            });
        }
        if let Some(group) = groups.last_mut() {
            group.entries.push(entry_view(entry, xref, texts));
        }
    }
    XrefView {
        letters: letters(&shown),
        groups,
        shared: shown
            .iter()
            .filter(|(_, e)| e.text_count() > 1)
            .map(|(_, e)| entry_link(e, None))
            .collect(),
        discovered: shown
            .iter()
            .filter(|(_, e)| e.origin == EntryOrigin::Discovered)
            .count(),
    }
}

/// Glossary entries always appear; found ones only where the texts name them.
fn is_shown(entry: &Entry) -> bool {
    entry.origin == EntryOrigin::Glossary || !entry.occurrences.is_empty()
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

fn kind_label(entry: &Entry) -> &'static str {
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

/// A link to an entry: from the cross-reference page itself (`from_root` = `None`), or from a
/// page that reaches the site root as `from_root`.
fn entry_link(entry: &Entry, from_root: Option<&str>) -> LinkView {
    let href = match from_root {
        None => format!("#entry-{}", entry.id),
        Some(root) => format!("{root}{PAGE}#entry-{}", entry.id),
    };
    LinkView {
        label: entry.name.clone(),
        href,
    }
}

fn letters(shown: &[(usize, &Entry)]) -> Vec<LetterView> {
    let mut by_letter: BTreeMap<char, Vec<&Entry>> = BTreeMap::new();
    for &(_, entry) in shown {
        by_letter
            .entry(index_letter(entry))
            .or_default()
            .push(entry);
    }
    let mut alphabet: Vec<char> = ('A'..='Z').collect();
    if by_letter.contains_key(&'#') {
        alphabet.push('#');
    }
    alphabet
        .into_iter()
        .map(|letter| {
            let mut entries = by_letter.remove(&letter).unwrap_or_default();
            entries.sort_by(|a, b| a.sort_key.cmp(&b.sort_key));
            LetterView {
                letter: letter.to_string(),
                id: (!entries.is_empty()).then(|| {
                    format!(
                        "letter-{}",
                        if letter == '#' {
                            "other".to_string()
                        } else {
                            letter.to_ascii_lowercase().to_string()
                        }
                    )
                }),
                entries: entries
                    .into_iter()
                    .map(|e| LinkView {
                        label: index_name(e),
                        ..entry_link(e, None)
                    })
                    .collect(),
            }
        })
        .collect()
}

/// A person as an index files them, `Trotsky, Leon`; other entries as named.
fn index_name(entry: &Entry) -> String {
    match (entry.kind, entry.name.rsplit_once(' ')) {
        (Some(EntryKind::Person), Some((first, last))) => format!("{last}, {first}"),
        _ => entry.name.clone(),
    }
}

fn entry_view(entry: &Entry, xref: &CrossReferences, texts: &[Text]) -> EntryView {
    EntryView {
        anchor: format!("entry-{}", entry.id),
        name_html: smarten(&entry.name, 0..entry.name.len()),
        kind: kind_label(entry),
        origin: entry.origin,
        dates: entry.dates.as_ref().map(DateView::of),
        description_html: entry.description.as_deref().map(render_markdown_inline),
        related: entry
            .related
            .iter()
            .filter_map(|&r| xref.entries.get(r))
            .filter(|e| is_shown(e))
            .map(|e| entry_link(e, None))
            .collect(),
        authored: entry
            .authored
            .iter()
            .map(|&t| LinkView::to_text(&texts[t], "texts/"))
            .collect(),
        texts: entry
            .occurrences
            .iter()
            .map(|o| {
                let text = &texts[o.text];
                EntryTextView {
                    text: LinkView::to_text(text, "texts/"),
                    in_title: o.in_title,
                    paragraphs: paragraph_rows(&o.mentions, text),
                    notes: o
                        .notes
                        .iter()
                        .map(|n| LinkView {
                            label: format!("note {n}"),
                            href: format!("texts/{}.html#note-{n}", text.slug),
                        })
                        .collect(),
                }
            })
            .collect(),
        text_count: entry.text_count(),
    }
}

/// One row per paragraph, with a snippet around its first mention.
fn paragraph_rows(mentions: &[Mention], text: &Text) -> Vec<ParagraphMentionView> {
    let paragraphs: BTreeMap<usize, &str> = text
        .document
        .paragraphs()
        .map(|p| (p.number, p.text.as_str()))
        .collect();
    let mut rows: Vec<ParagraphMentionView> = Vec::new();
    for mention in mentions {
        if let Some(row) = rows.last_mut().filter(|r| r.number == mention.paragraph) {
            row.count += 1;
            continue;
        }
        let Some(paragraph) = paragraphs.get(&mention.paragraph) else {
            continue;
        };
        rows.push(ParagraphMentionView {
            number: mention.paragraph,
            href: format!("texts/{}.html#p{}", text.slug, mention.paragraph),
            snippet_html: snippet(paragraph, mention.range.clone()),
            count: 1,
        });
    }
    rows
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
                        href: format!("../{PAGE}#entry-{}", entry.id),
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
                .map(|e| entry_link(e, Some("../")))
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
