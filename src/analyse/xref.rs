//! Who and what is named where: one linear pass over the corpus.
//!
//! In: the texts and the glossary. Out: [`CrossReferences`] and warnings. The steps:
//! 1. entries from the glossary ([`super::entries`]);
//! 2. proper names discovered in the texts ([`super::discover`], one pass per paragraph): those
//!    neither covered by a glossary alias nor on the glossary's `ignore` list become entries of
//!    their own, marked as discovered, and are reported so the glossary can grow;
//! 3. works named by citations (title or containing book) that the glossary lacks become entries;
//! 4. one automaton over every alias of every entry ([`super::matcher`]) scans each title,
//!    paragraph and note once: the occurrences;
//! 5. texts that name the same entries are related, ranked by how many they share.

use std::collections::{BTreeMap, BTreeSet};

use super::discover::discover_names;
use super::entries::{found_entry, glossary_entries, sort_entries};
use super::matcher::NameMatcher;
use crate::error::{Diagnostic, Diagnostics, Severity};
use crate::load::DataFile;
use crate::load::schema::{EntryKind, GlossaryFile};
use crate::model::Text;
use crate::model::xref::{
    CrossReferences, Entry, EntryOrigin, Mention, ParagraphMentions, RelatedText, TextOccurrences,
};

/// How many related texts a text page lists.
const MAX_RELATED: usize = 5;
/// In a corpus this large, an entry named by more than half the texts says little about how two
/// of them relate, and is left out of the ranking (it would also make the ranking quadratic).
const COMMON_ENTRY_MIN_TEXTS: usize = 8;

/// Builds the cross-references of `texts`.
pub fn cross_reference(
    texts: &[Text],
    glossary: Option<&DataFile<GlossaryFile>>,
    default_language: &str,
    diagnostics: &mut Diagnostics,
) -> CrossReferences {
    let mut entries = glossary
        .map(|g| glossary_entries(g, diagnostics))
        .unwrap_or_default();
    let glossary_matcher = matcher_for(&entries);
    let ignored = Ignored::new(glossary.map_or(&[][..], |g| &g.value.ignore));
    let mut taken: BTreeSet<String> = entries.iter().map(|e| e.id.clone()).collect();
    let known = |name: &str, entries: &[Entry]| {
        covered(name, &glossary_matcher, entries) || ignored.contains(name)
    };

    for name in discovered_names(texts, default_language) {
        if !known(&name, &entries) {
            entries.push(found_entry(
                &name,
                None,
                EntryOrigin::Discovered,
                &mut taken,
            ));
        }
    }
    let mut cited = BTreeSet::new();
    for title in cited_works(texts) {
        if !known(&title, &entries) && cited.insert(fold(&title)) {
            entries.push(found_entry(
                &title,
                Some(EntryKind::Work),
                EntryOrigin::Citation,
                &mut taken,
            ));
        }
    }
    let mut entries = sort_entries(entries);
    let matcher = matcher_for(&entries);
    let mentions_by_text = find_occurrences(texts, &matcher, &mut entries);
    report_unknown_names(&entries, texts, glossary, diagnostics);
    let related_by_text = related_texts(&entries, texts.len());
    CrossReferences {
        entries,
        mentions_by_text,
        related_by_text,
    }
}

fn matcher_for(entries: &[Entry]) -> NameMatcher {
    NameMatcher::new(
        entries
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.aliases.iter().map(move |a| (i, a.as_str()))),
    )
}

/// A name is covered by the glossary if an alias matches inside it, or it is part of an alias
/// (`Revolution Betrayed` of `The Revolution Betrayed`).
fn covered(name: &str, glossary: &NameMatcher, entries: &[Entry]) -> bool {
    if !glossary.find(name).is_empty() {
        return true;
    }
    let folded = fold(name);
    entries
        .iter()
        .filter(|e| e.origin == EntryOrigin::Glossary)
        .flat_map(|e| &e.aliases)
        .any(|alias| contains_words(&fold(alias), &folded))
}

/// True when `needle` occurs in `haystack` as whole words.
fn contains_words(haystack: &str, needle: &str) -> bool {
    haystack.match_indices(needle).any(|(at, m)| {
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + m.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Lower case, ASCII, single spaces: for comparing names.
fn fold(text: &str) -> String {
    deunicode::deunicode(text)
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The editors' `ignore` list, compared folded.
struct Ignored(BTreeSet<String>);

impl Ignored {
    fn new(list: &[String]) -> Self {
        Ignored(list.iter().map(|s| fold(s)).collect())
    }

    fn contains(&self, name: &str) -> bool {
        self.0.contains(&fold(name))
    }
}

/// Discovered names across the corpus, texts grouped by language (capitalisation rules differ).
fn discovered_names(texts: &[Text], default_language: &str) -> Vec<String> {
    let mut by_language: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for text in texts {
        let language = text.language.as_deref().unwrap_or(default_language);
        by_language
            .entry(language)
            .or_default()
            .extend(text.document.paragraphs().map(|p| p.text.as_str()));
    }
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    for (language, paragraphs) in by_language {
        for found in discover_names(paragraphs, language) {
            names.entry(fold(&found.name)).or_insert(found.name);
        }
    }
    names.into_values().collect()
}

/// Titles of the works the texts' citations name (a work's own title, or the book holding it).
fn cited_works(texts: &[Text]) -> Vec<String> {
    texts
        .iter()
        .flat_map(|t| &t.document.notes)
        .filter_map(|note| note.citation.as_ref())
        .flat_map(|parts| [parts.title.clone(), parts.container.clone()])
        .flatten()
        .filter(|title| (2..=15).contains(&title.split_whitespace().count()))
        .collect()
}

/// One pass over every title, paragraph and note: fills each entry's occurrences and returns the
/// mentions by text and paragraph.
fn find_occurrences(
    texts: &[Text],
    matcher: &NameMatcher,
    entries: &mut [Entry],
) -> Vec<Vec<ParagraphMentions>> {
    let mut by_text = Vec::with_capacity(texts.len());
    for (t, text) in texts.iter().enumerate() {
        let mut found: BTreeMap<usize, TextOccurrences> = BTreeMap::new();
        for m in matcher.find(&text.title) {
            occurrences_in(&mut found, m.key, t).in_title = true;
        }
        let mut paragraphs = Vec::new();
        for paragraph in text.document.paragraphs() {
            let matches = matcher.find(&paragraph.text);
            for m in &matches {
                occurrences_in(&mut found, m.key, t).mentions.push(Mention {
                    paragraph: paragraph.number,
                    range: m.range.clone(),
                });
            }
            if !matches.is_empty() {
                paragraphs.push(ParagraphMentions {
                    paragraph: paragraph.number,
                    mentions: matches.into_iter().map(|m| (m.key, m.range)).collect(),
                });
            }
        }
        for note in &text.document.notes {
            for m in matcher.find(&note.text) {
                let notes = &mut occurrences_in(&mut found, m.key, t).notes;
                if !notes.contains(&note.number) {
                    notes.push(note.number);
                }
            }
        }
        for author in &text.authors {
            for m in matcher.find(author) {
                if !entries[m.key].authored.contains(&t) {
                    entries[m.key].authored.push(t);
                }
            }
        }
        for (entry, occurrences) in found {
            entries[entry].occurrences.push(occurrences);
        }
        by_text.push(paragraphs);
    }
    by_text
}

fn occurrences_in(
    found: &mut BTreeMap<usize, TextOccurrences>,
    entry: usize,
    text: usize,
) -> &mut TextOccurrences {
    found.entry(entry).or_insert_with(|| TextOccurrences {
        text,
        in_title: false,
        mentions: Vec::new(),
        notes: Vec::new(),
    })
}

/// Warns about each discovered name, where it first occurs, so the glossary can grow.
fn report_unknown_names(
    entries: &[Entry],
    texts: &[Text],
    glossary: Option<&DataFile<GlossaryFile>>,
    diagnostics: &mut Diagnostics,
) {
    let discovered: Vec<&Entry> = entries
        .iter()
        .filter(|e| e.origin == EntryOrigin::Discovered)
        .collect();
    let Some(glossary) = glossary else {
        if !discovered.is_empty() {
            diagnostics.push(Diagnostic {
                severity: Severity::Warning,
                ..Diagnostic::general(format!(
                    "no content/glossary.yaml: {} names found in the texts are listed as discovered on the cross-reference page",
                    discovered.len()
                ))
            });
        }
        return;
    };
    for entry in discovered {
        let Some(first) = entry.occurrences.first() else {
            continue;
        };
        let text = &texts[first.text];
        let line = first
            .mentions
            .first()
            .and_then(|m| text.document.paragraphs().find(|p| p.number == m.paragraph))
            .map(|p| p.line);
        let mut warning = Diagnostic::warning(
            format!("seeds/{}", text.document.file_name),
            format!(
                "`{}` is named but is neither in {} nor on its ignore list",
                entry.name,
                glossary.path.display()
            ),
        );
        warning.line = line;
        diagnostics.push(warning);
    }
}

/// For each text, the other texts naming the same entries, most shared first.
fn related_texts(entries: &[Entry], text_count: usize) -> Vec<Vec<RelatedText>> {
    let too_common =
        |e: &Entry| text_count >= COMMON_ENTRY_MIN_TEXTS && e.text_count() * 2 > text_count;
    let mut shared: Vec<BTreeMap<usize, Vec<(usize, usize)>>> = vec![BTreeMap::new(); text_count];
    for (i, entry) in entries.iter().enumerate().filter(|(_, e)| !too_common(e)) {
        let weight = entry
            .occurrences
            .iter()
            .map(|o| o.mentions.len() + o.notes.len())
            .sum::<usize>();
        let connected = entry.texts();
        for &a in &connected {
            for &b in connected.iter().filter(|&&b| b != a) {
                shared[a].entry(b).or_default().push((weight, i));
            }
        }
    }
    shared
        .into_iter()
        .map(|others| {
            let mut related: Vec<RelatedText> = others
                .into_iter()
                .map(|(text, mut entries)| {
                    entries.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
                    RelatedText {
                        text,
                        shared: entries.into_iter().map(|(_, e)| e).collect(),
                    }
                })
                .collect();
            related.sort_by(|a, b| {
                b.shared
                    .len()
                    .cmp(&a.shared.len())
                    .then(a.text.cmp(&b.text))
            });
            related.truncate(MAX_RELATED);
            related
        })
        .collect()
}
