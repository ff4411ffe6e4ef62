//! From the texts' references to works: one work per edition and volume, every note that cites
//! it, `Ibid.` and `op. cit.` resolved.
//!
//! In: the texts in reading order, their notes' [`CitationParts`]. Out: a [`Bibliography`]. The
//! rules: a full reference is a work, identified by author, title, container, volume, edition
//! and year (pages are the note's, not the work's); a short form (surname, short title, page)
//! is the earlier work of the same author whose title starts with it, else a work of its own;
//! `Ibid.` is the work of the reference before it in the same text; `op. cit.` is the last work
//! of that author in the same text (the last work, when it names none). One that cannot be
//! resolved is recorded as unresolved, never given a title. References with no structure stay
//! verbatim in their notes and make no work.

use std::collections::BTreeMap;

use crate::error::{Diagnostic, Diagnostics};
use crate::lexicon::fold;
use crate::load::SeedFile;
use crate::model::bibliography::{Bibliography, Citing, Work, WorkOrigin};
use crate::model::citation::{CitationParts, ReferenceFamily};
use crate::model::{NoteKind, Text};

/// Builds the bibliography of the texts.
pub fn build_bibliography(texts: &[Text]) -> Bibliography {
    let mut works: Vec<Work> = Vec::new();
    let mut by_key: BTreeMap<String, usize> = BTreeMap::new();
    let mut unresolved = Vec::new();
    for (t, text) in texts.iter().enumerate() {
        let mut previous: Option<usize> = None;
        let mut cited_here: Vec<usize> = Vec::new();
        for note in &text.document.notes {
            let Some(parts) = &note.citation else {
                continue;
            };
            let citing = Citing {
                text: t,
                note: note.number,
                pages: parts.pages.clone(),
                family: parts.family,
                original: note.text.clone(),
            };
            let work = match parts.family {
                ReferenceFamily::Unstructured => continue,
                ReferenceFamily::Ibid => previous,
                ReferenceFamily::OpCit => last_by_author(&works, &cited_here, parts),
                ReferenceFamily::Short => earlier_by_short_title(&works, &cited_here, parts)
                    .or_else(|| Some(add_work(&mut works, &mut by_key, parts))),
                _ => Some(add_work(&mut works, &mut by_key, parts)),
            };
            match work {
                Some(w) => {
                    works[w].citations.push(citing);
                    previous = Some(w);
                    cited_here.push(w);
                }
                None => unresolved.push(citing),
            }
        }
    }
    sort_and_name(&mut works);
    Bibliography { works, unresolved }
}

/// Warns, at the note's line in its seed file, of every reference kept as written only: a short
/// form that resolves to nothing, and a source note whose parts could not be told apart.
pub fn warn_unread_references(
    bibliography: &Bibliography,
    texts: &[Text],
    seeds: &[SeedFile],
    diagnostics: &mut Diagnostics,
) {
    let seeds: BTreeMap<&str, &SeedFile> =
        seeds.iter().map(|s| (s.file_name.as_str(), s)).collect();
    let warn = |text: &Text, line: usize, message: String| {
        let file = text.document.file_name.as_str();
        let warning = Diagnostic::warning(format!("seeds/{file}"), message);
        match seeds.get(file) {
            Some(seed) if line > 0 => warning.at(&seed.text, line, 1),
            _ => warning,
        }
    };
    for citing in &bibliography.unresolved {
        let text = &texts[citing.text];
        let line = note_line(text, citing.note);
        let form = if citing.family == ReferenceFamily::Ibid {
            "`Ibid.` follows no reference"
        } else {
            "`op. cit.` names no work cited before"
        };
        diagnostics.push(warn(
            text,
            line,
            format!(
                "note {}: {form} in this text; it is kept as written, unresolved",
                citing.note
            ),
        ));
    }
    for text in texts {
        for note in &text.document.notes {
            let unstructured = note
                .citation
                .as_ref()
                .is_some_and(|c| c.family == ReferenceFamily::Unstructured);
            if unstructured && note.kind != NoteKind::Annotation {
                diagnostics.push(warn(
                    text,
                    note.line,
                    format!(
                        "note {}: read as a reference, but its author, title and imprint could not be told apart; it is kept verbatim",
                        note.number
                    ),
                ));
            }
        }
    }
}

fn note_line(text: &Text, number: usize) -> usize {
    text.document
        .notes
        .iter()
        .find(|n| n.number == number)
        .map_or(0, |n| n.line)
}

/// The work with this reference's identity, added if new.
fn add_work(
    works: &mut Vec<Work>,
    by_key: &mut BTreeMap<String, usize>,
    parts: &CitationParts,
) -> usize {
    let key = identity(parts);
    if let Some(&i) = by_key.get(&key) {
        return i;
    }
    works.push(Work {
        id: String::new(),
        parts: CitationParts {
            pages: None,
            ..parts.clone()
        },
        citations: Vec::new(),
        origin: WorkOrigin::Texts,
    });
    by_key.insert(key, works.len() - 1);
    works.len() - 1
}

/// Author, title, container, volume, edition and year, folded: what makes a work the same.
fn identity(parts: &CitationParts) -> String {
    let field = |v: Option<&str>| v.map(fold).unwrap_or_default();
    let author = parts.surname.as_deref().or(parts.author.as_deref());
    [
        field(author),
        field(parts.title.as_deref()),
        field(parts.container.as_deref()),
        field(parts.volume.as_deref()),
        field(parts.edition.as_deref()),
        parts.year.map(|y| y.to_string()).unwrap_or_default(),
        field(parts.repository.as_deref()),
        field(parts.collection.as_deref()),
        parts
            .issue
            .as_ref()
            .map(|d| d.datetime_attr())
            .unwrap_or_default(),
    ]
    .join("|")
}

fn same_author(work: &Work, surname: &str) -> bool {
    work.parts
        .surname
        .as_deref()
        .is_some_and(|s| fold(s) == fold(surname))
}

/// `op. cit.`: the last work cited in this text by the named author, or the last work.
fn last_by_author(works: &[Work], cited_here: &[usize], parts: &CitationParts) -> Option<usize> {
    match parts.surname.as_deref() {
        Some(surname) => cited_here
            .iter()
            .rev()
            .copied()
            .find(|&w| same_author(&works[w], surname)),
        None => cited_here.last().copied(),
    }
}

/// `Deutscher, Prophet Armed, 45`: the earlier work of the same author whose title holds the
/// short title.
fn earlier_by_short_title(
    works: &[Work],
    cited_here: &[usize],
    parts: &CitationParts,
) -> Option<usize> {
    let surname = parts.surname.as_deref()?;
    let short = fold(parts.work_title()?);
    cited_here.iter().rev().copied().find(|&w| {
        same_author(&works[w], surname)
            && works[w]
                .parts
                .work_title()
                .is_some_and(|t| fold(t).contains(&short))
    })
}

/// Sorts by author (surname first), then title; gives each work a unique, stable anchor.
fn sort_and_name(works: &mut [Work]) {
    sort_works(works);
    let mut taken = BTreeMap::new();
    for work in works.iter_mut() {
        let parts = &work.parts;
        let words = [
            parts.surname.as_deref(),
            parts.work_title(),
            parts.volume.as_deref(),
            parts.repository.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        work.id = unique_anchor(&words, &mut taken);
    }
}

/// Sorts works by author (surname first), then title, volume and year; works with no author
/// last.
pub fn sort_works(works: &mut [Work]) {
    works.sort_by_cached_key(|w| {
        let author = w.parts.surname.as_deref().or(w.parts.author.as_deref());
        (
            author.map(fold).unwrap_or_else(|| "\u{10ffff}".to_string()),
            w.parts.work_title().map(fold).unwrap_or_default(),
            w.parts.volume.clone().unwrap_or_default(),
            w.parts.year,
        )
    });
}

/// `work-<slug of words>`, with `-2`, `-3`… when `taken` (base → times used) has it already.
fn unique_anchor(words: &str, taken: &mut BTreeMap<String, usize>) -> String {
    let mut base: String = slug::slugify(words).chars().take(60).collect();
    base = base.trim_end_matches('-').to_string();
    if base.is_empty() {
        base = "work".to_string();
    }
    let n = taken.entry(base.clone()).or_insert(0);
    *n += 1;
    if *n == 1 {
        format!("work-{base}")
    } else {
        format!("work-{base}-{n}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Diagnostics;
    use crate::load::SeedFile;
    use crate::parse::parse_document;

    fn texts_of(seeds: &[(&str, &str)]) -> Vec<Text> {
        let documents = seeds
            .iter()
            .map(|(name, text)| {
                let seed = SeedFile {
                    file_name: format!("{name}.txt"),
                    stem: name.to_string(),
                    path: format!("seeds/{name}.txt").into(),
                    text: text.to_string(),
                };
                parse_document(&seed).0
            })
            .collect();
        super::super::texts::build_texts(documents, &[], &mut Diagnostics::default())
    }

    const CHAIN: &str = "A Chapter\n\n\
        The author begins with a long enough paragraph of commentary,[1] which goes on for a while to be prose, and cites more.[2] Then again,[3] and once more.[4] And finally.[5]\n\n\
        Notes\n\n\
        [1] Isaac Deutscher, The Prophet Armed (London: Oxford University Press, 1954), p. 45.\n\n\
        [2] Ibid., pp. 110, 118.\n\n\
        [3] Leon Trotsky, My Life (New York: Scribner, 1930), 347–52.\n\n\
        [4] Deutscher, op. cit., p. 12.\n\n\
        [5] Deutscher, Prophet Armed, p. 50.\n";

    #[test]
    fn ibid_and_op_cit_resolve_and_pages_stay_with_the_notes() {
        let texts = texts_of(&[("chain", CHAIN)]);
        let notes: Vec<_> = texts[0]
            .document
            .notes
            .iter()
            .map(|n| n.citation.as_ref().map(|c| c.family))
            .collect();
        assert_eq!(notes.len(), 5, "{notes:?}");
        let bibliography = build_bibliography(&texts);
        assert!(
            bibliography.unresolved.is_empty(),
            "{:?}",
            bibliography.unresolved
        );
        let titles: Vec<_> = bibliography
            .works
            .iter()
            .map(|w| w.parts.title.clone().unwrap_or_default())
            .collect();
        assert_eq!(
            titles,
            vec!["The Prophet Armed", "My Life"],
            "sorted by author, one per work"
        );
        let deutscher = &bibliography.works[0];
        assert_eq!(
            deutscher
                .citations
                .iter()
                .map(|c| c.note)
                .collect::<Vec<_>>(),
            vec![1, 2, 4, 5],
            "Ibid. (2), op. cit. (4) and the short title (5) are the same work"
        );
        assert_eq!(
            deutscher
                .citations
                .iter()
                .map(|c| c
                    .pages
                    .as_ref()
                    .map(|p| p.first.clone())
                    .unwrap_or_default())
                .collect::<Vec<_>>(),
            vec!["45", "110", "12", "50"]
        );
        assert_eq!(
            deutscher.parts.pages, None,
            "the work has no pages of its own"
        );
        assert_eq!(deutscher.id, "work-deutscher-the-prophet-armed");
    }

    #[test]
    fn regression_an_ibid_with_nothing_before_it_is_unresolved_not_invented() {
        let text = "A Chapter\n\nThe author begins with a long enough paragraph of commentary,[1] which goes on for a while to be prose.[2]\n\nNotes\n\n[1] Ibid., p. 3.\n\n[2] Smith, op. cit., p. 4.\n";
        let bibliography = build_bibliography(&texts_of(&[("lone", text)]));
        assert!(bibliography.works.is_empty());
        assert_eq!(
            bibliography
                .unresolved
                .iter()
                .map(|c| (c.note, c.family))
                .collect::<Vec<_>>(),
            vec![(1, ReferenceFamily::Ibid), (2, ReferenceFamily::OpCit)]
        );
    }

    #[test]
    fn regression_an_unresolved_ibid_is_a_warning_at_its_line() {
        let text = "A Chapter\n\nThe author begins with a long enough paragraph of commentary,[1] which goes on for a while to be prose.\n\nNotes\n\n[1] Ibid., p. 3.\n";
        let seed = SeedFile {
            file_name: "lone.txt".into(),
            stem: "lone".into(),
            path: "seeds/lone.txt".into(),
            text: text.into(),
        };
        let texts = texts_of(&[("lone", text)]);
        let bibliography = build_bibliography(&texts);
        let mut diagnostics = Diagnostics::default();
        warn_unread_references(&bibliography, &texts, &[seed], &mut diagnostics);
        let warnings = diagnostics.into_vec();
        assert_eq!(warnings.len(), 1);
        let message = warnings[0].to_string();
        assert!(message.contains("seeds/lone.txt:7:1"), "{message}");
        assert!(
            message.contains("`Ibid.` follows no reference"),
            "{message}"
        );
    }

    #[test]
    fn regression_bibliography_style_references_and_ibid_under_quotations_become_notes_of_works() {
        let text = "A Compilation\n\n\
            An introduction that runs on for long enough to count as prose, with words and more words.\n\n\
            `The first quoted passage runs here, long enough to be a quotation of its own.'\n\n\
            Deutscher, Isaac. The Prophet Armed: Trotsky, 1879–1921. London: Oxford University Press, 1954, p. 45.\n\n\
            `A second quoted passage, again from the same book, long enough to be quoted.'\n\n\
            Ibid., pp. 110, 118.\n\n\
            `A third passage, from another book, which is long enough to be quoted too.'\n\n\
            Trotsky, Leon. My Life. New York: Scribner, 1930, p. 12.\n\n\
            And the compiler's commentary closes the page at some length, as prose does.";
        let texts = texts_of(&[("compilation", text)]);
        let kinds: Vec<_> = texts[0]
            .document
            .notes
            .iter()
            .map(|n| (n.kind, n.citation.as_ref().map(|c| c.family)))
            .collect();
        assert_eq!(
            kinds,
            vec![
                (
                    NoteKind::SourceOfQuotation,
                    Some(ReferenceFamily::Bibliography)
                ),
                (NoteKind::SourceOfQuotation, Some(ReferenceFamily::Ibid)),
                (
                    NoteKind::SourceOfQuotation,
                    Some(ReferenceFamily::Bibliography)
                ),
            ]
        );
        let bibliography = build_bibliography(&texts);
        let cited: Vec<_> = bibliography
            .works
            .iter()
            .map(|w| {
                (
                    w.parts.surname.clone().unwrap_or_default(),
                    w.citations.iter().map(|c| c.note).collect::<Vec<_>>(),
                )
            })
            .collect();
        assert_eq!(
            cited,
            vec![
                ("Deutscher".to_string(), vec![1, 2]),
                ("Trotsky".to_string(), vec![3])
            ]
        );
    }

    #[test]
    fn one_work_per_volume_not_per_page_range() {
        let a = "Title A\n\n[Lenin Collected Works, Progress Publishers, [1977], Moscow, Volume 43, page 260a.]\n\nBody text that runs on for long enough to be prose, yes indeed.";
        let b = "Title B\n\n[Lenin Collected Works, Progress Publishers, [1977], Moscow, Volume 43, pages 90b-91a.]\n\nBody text that runs on for long enough to be prose, yes indeed.";
        let c = "Title C\n\n[Lenin Collected Works, Progress Publishers, [1976], Moscow, Volume 35, page 154.]\n\nBody text that runs on for long enough to be prose, yes indeed.";
        let bibliography = build_bibliography(&texts_of(&[("a", a), ("b", b), ("c", c)]));
        let volumes: Vec<_> = bibliography
            .works
            .iter()
            .map(|w| {
                (
                    w.parts.volume.clone().unwrap_or_default(),
                    w.citations.len(),
                )
            })
            .collect();
        assert_eq!(volumes, vec![("35".to_string(), 1), ("43".to_string(), 2)]);
    }
}
