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
//! 5. texts that name the same entries are related, ranked by how many they share, looking at
//!    a bounded number of entries and texts each ([`related_texts`]).

use std::collections::{BTreeMap, BTreeSet, HashSet};

use rayon::prelude::*;

use super::discover::discover_names;
use super::entries::{found_entry, glossary_entries, sort_entries};
use super::matcher::NameMatcher;
use crate::error::{Diagnostic, Diagnostics, Severity};
use crate::lexicon::fold;
use crate::load::DataFile;
use crate::load::schema::{EntryKind, GlossaryFile};
use crate::model::xref::{
    CrossReferences, Entry, EntryOrigin, Mention, ParagraphMentions, RelatedText, TextOccurrences,
};
use crate::model::{Document, NoteKind, Text};

/// How many related texts a text page lists.
const MAX_RELATED: usize = 5;
/// In a corpus this large, an entry named by more than half the texts says little about how two
/// of them relate, and is left out of the ranking.
const COMMON_ENTRY_MIN_TEXTS: usize = 8;
/// How many of a text's entries (the rarest first) the ranking of related texts looks at.
const RELATED_ENTRIES_PER_TEXT: usize = 32;
/// How many other texts naming an entry (the nearest in reading order) the ranking looks at.
const RELATED_CANDIDATES_PER_ENTRY: usize = 16;

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
    let glossary_parts = alias_parts(&entries);
    let known =
        |name: &str| covered(name, &glossary_matcher, &glossary_parts) || ignored.contains(name);

    for name in discovered_names(texts, default_language) {
        if !known(&name) {
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
        if !known(&title) && cited.insert(fold(&title)) {
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
fn covered(name: &str, glossary: &NameMatcher, alias_parts: &HashSet<String>) -> bool {
    !glossary.find(name).is_empty() || alias_parts.contains(&fold(name))
}

/// Every run of whole words of every glossary alias, folded: what [`covered`] looks names up in.
fn alias_parts(entries: &[Entry]) -> HashSet<String> {
    let mut parts = HashSet::new();
    for alias in entries
        .iter()
        .filter(|e| e.origin == EntryOrigin::Glossary)
        .flat_map(|e| &e.aliases)
    {
        let folded = fold(alias);
        let words: Vec<&str> = folded.split(' ').collect();
        for start in 0..words.len() {
            for end in start + 1..=words.len() {
                let part = words[start..end].join(" ");
                let trimmed = part.trim_matches(|c: char| !c.is_alphanumeric());
                if trimmed.len() != part.len() {
                    parts.insert(trimmed.to_string());
                }
                parts.insert(part);
            }
        }
    }
    parts
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

/// Discovered names across the corpus (paragraphs and the texts' own notes), texts grouped by language (capitalisation rules differ).
fn discovered_names(texts: &[Text], default_language: &str) -> Vec<String> {
    let mut by_language: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for text in texts {
        let language = text.language.as_deref().unwrap_or(default_language);
        by_language
            .entry(language)
            .or_default()
            .extend(discovery_passages(&text.document));
    }
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    for (language, paragraphs) in by_language {
        for found in discover_names(&paragraphs, language) {
            names.entry(fold(&found.name)).or_insert(found.name);
        }
    }
    names.into_values().collect()
}

/// The passages of a document that names are discovered in: its paragraphs and its own notes
/// (a source note, a reference to the whole text or a quotation, is the reference reader's).
pub fn discovery_passages(document: &Document) -> impl Iterator<Item = &str> {
    document.paragraphs().map(|p| p.text.as_str()).chain(
        document
            .notes
            .iter()
            .filter(|n| n.kind == NoteKind::Annotation)
            .map(|n| n.text.as_str()),
    )
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
/// mentions by text and paragraph. Texts are scanned in parallel and merged in reading order.
fn find_occurrences(
    texts: &[Text],
    matcher: &NameMatcher,
    entries: &mut [Entry],
) -> Vec<Vec<ParagraphMentions>> {
    let scanned: Vec<TextScan> = texts
        .par_iter()
        .enumerate()
        .map(|(t, text)| scan_text(t, text, matcher))
        .collect();
    let mut by_text = Vec::with_capacity(texts.len());
    for (t, scan) in scanned.into_iter().enumerate() {
        for entry in scan.authored {
            if !entries[entry].authored.contains(&t) {
                entries[entry].authored.push(t);
            }
        }
        for (entry, occurrences) in scan.found {
            entries[entry].occurrences.push(occurrences);
        }
        by_text.push(scan.paragraphs);
    }
    // Lists grown one push at a time hold up to twice their length: at 10,000 texts that is
    // tens of megabytes kept for the whole build.
    for entry in entries.iter_mut() {
        entry.occurrences.shrink_to_fit();
    }
    by_text
}

/// What one text names: occurrences by entry, mentions by paragraph, entries it is written by.
struct TextScan {
    found: BTreeMap<usize, TextOccurrences>,
    paragraphs: Vec<ParagraphMentions>,
    authored: Vec<usize>,
}

fn scan_text(t: usize, text: &Text, matcher: &NameMatcher) -> TextScan {
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
    let authored = text
        .authors
        .iter()
        .flat_map(|author| matcher.find(author))
        .map(|m| m.key)
        .collect();
    for occurrences in found.values_mut() {
        occurrences.mentions.shrink_to_fit();
    }
    paragraphs.shrink_to_fit();
    TextScan {
        found,
        paragraphs,
        authored,
    }
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
///
/// Linear in the corpus: each text looks at no more than [`RELATED_ENTRIES_PER_TEXT`] of its
/// entries (the rarest first, as they say most about it), and for each of them at no more than
/// [`RELATED_CANDIDATES_PER_ENTRY`] other texts naming it (those nearest in reading order). An
/// entry shared by few texts is therefore counted exactly; one shared by thousands contributes
/// only its neighbours, and one named by more than half the corpus not at all.
fn related_texts(entries: &[Entry], text_count: usize) -> Vec<Vec<RelatedText>> {
    let postings: Vec<Vec<usize>> = entries.iter().map(Entry::texts).collect();
    let too_common =
        |texts: &[usize]| text_count >= COMMON_ENTRY_MIN_TEXTS && texts.len() * 2 > text_count;
    let mut entries_of_text: Vec<Vec<usize>> = vec![Vec::new(); text_count];
    for (entry, texts) in postings.iter().enumerate() {
        if texts.len() > 1 && !too_common(texts) {
            for &t in texts {
                entries_of_text[t].push(entry);
            }
        }
    }
    let weights: Vec<usize> = entries
        .iter()
        .map(|e| {
            e.occurrences
                .iter()
                .map(|o| o.mentions.len() + o.notes.len())
                .sum()
        })
        .collect();
    entries_of_text
        .into_iter()
        .enumerate()
        .map(|(text, mut own)| {
            own.sort_by_key(|&e| (postings[e].len(), e));
            own.truncate(RELATED_ENTRIES_PER_TEXT);
            let mut shared: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
            for entry in own {
                for other in nearest(&postings[entry], text, RELATED_CANDIDATES_PER_ENTRY) {
                    shared.entry(other).or_default().push(entry);
                }
            }
            let mut related: Vec<RelatedText> = shared
                .into_iter()
                .map(|(text, shared)| RelatedText { text, shared })
                .collect();
            related.sort_by(|a, b| {
                b.shared
                    .len()
                    .cmp(&a.shared.len())
                    .then(a.text.cmp(&b.text))
            });
            related.truncate(MAX_RELATED);
            for r in &mut related {
                r.shared
                    .sort_by_key(|&e| (std::cmp::Reverse(weights[e]), e));
            }
            related
        })
        .collect()
}

/// Up to `limit` texts of `postings` (sorted text indices) other than `text`, nearest to it in
/// reading order, the earlier one first on a tie.
fn nearest(postings: &[usize], text: usize, limit: usize) -> Vec<usize> {
    let at = postings.partition_point(|&t| t < text);
    let (mut before, mut after) = (at, at);
    if postings.get(after) == Some(&text) {
        after += 1;
    }
    let mut found = Vec::with_capacity(limit.min(postings.len()));
    while found.len() < limit && (before > 0 || after < postings.len()) {
        let take_before = before > 0
            && (after >= postings.len() || text - postings[before - 1] <= postings[after] - text);
        if take_before {
            before -= 1;
            found.push(postings[before]);
        } else {
            found.push(postings[after]);
            after += 1;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::nearest;

    #[test]
    fn nearest_texts_alternate_around_the_text_and_skip_it() {
        let postings = [1, 4, 5, 6, 9, 20];
        assert_eq!(nearest(&postings, 5, 3), vec![4, 6, 1]);
        assert_eq!(nearest(&postings, 0, 2), vec![1, 4]);
        assert_eq!(nearest(&postings, 20, 10), vec![9, 6, 5, 4, 1]);
        assert_eq!(nearest(&[7], 7, 4), Vec::<usize>::new());
    }
}
