//! The quotation study: how each quotation compares with the text it quotes, and where texts
//! reuse each other.
//!
//! In: the texts (reading order). Out: a [`QuotationStudy`] with, per text, its quoted phrases
//! with their status ([`phrases`]), its block quotations with their elisions ([`blocks`]), and
//! the paragraphs other texts share with it. The candidates for a phrase are tried in this order:
//! the block quotations of its own text, nearest first; then paragraphs of other texts that share
//! its word runs, those by an author the text quotes first. One pass over the corpus
//! ([`shingles`]) finds both those paragraphs and the shared passages, in linear time.

pub mod align;
pub mod blocks;
pub mod passage;
pub mod phrases;
pub mod shingles;
pub mod words;

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;

use crate::lexicon::fold;
use crate::model::quotations::{QuotationStudy, Reuse, TextQuotations};
use crate::model::{Block, Paragraph, Text};
use passage::Passage;
use phrases::{FoundPhrase, find_phrases, judge};
use shingles::{CorpusHits, PhraseQuery, Place, SHINGLE_WORDS, run_hash, scan_corpus, word_hash};

/// The fewest words a phrase needs to be looked for in other texts (shorter ones are too
/// common to point to a source).
pub const MIN_WORDS_ACROSS_TEXTS: usize = 3;
/// How many paragraphs of other texts a phrase is compared with at most.
pub const MAX_OTHER_PASSAGES: usize = 3;
/// Two paragraphs of different texts share a passage when they have at least this many
/// sampled shingles in common...
pub const MIN_SAMPLED_SHARED: usize = 2;
/// ... and, counted in full, at least this many (a run of about twelve words or more: a shared
/// reference such as `Documents of the Fourth International (Coyoacán: Pioneer Publishers,
/// 1982)` stays below it).
pub const MIN_SHARED_SHINGLES: usize = 8;

/// Studies the quotations of every text.
pub fn study_quotations(texts: &[Text]) -> QuotationStudy {
    let found: Vec<Vec<FoundPhrase>> = texts.par_iter().map(find_phrases).collect();
    let mut queries = Vec::new();
    let mut query_of: Vec<Vec<Option<usize>>> = Vec::with_capacity(texts.len());
    for (t, phrases) in found.iter().enumerate() {
        let mut ids = Vec::with_capacity(phrases.len());
        for phrase in phrases {
            if phrase.words.len() >= MIN_WORDS_ACROSS_TEXTS {
                ids.push(Some(queries.len()));
                queries.push(PhraseQuery {
                    text: t,
                    hashes: phrase.words.iter().map(|w| word_hash(&w.folded)).collect(),
                });
            } else {
                ids.push(None);
            }
        }
        query_of.push(ids);
    }
    let hits = scan_corpus(texts, &queries);
    let mut reuse = shared_passages(texts, &hits);
    let quoted_authors: Vec<Vec<String>> = texts.iter().map(quoted_authors).collect();
    let studied: Vec<TextQuotations> = (0..texts.len())
        .into_par_iter()
        .map(|t| {
            let others = |phrase: usize| -> Vec<Place> {
                query_of[t][phrase]
                    .map(|q| other_places(&hits, q, texts, &quoted_authors[t]))
                    .unwrap_or_default()
            };
            study_text(texts, t, &found[t], others)
        })
        .collect();
    let mut study = QuotationStudy { texts: studied };
    for (t, text_study) in study.texts.iter_mut().enumerate() {
        text_study.reuse = std::mem::take(&mut reuse[t]);
        let text = &texts[t];
        let blocks = text.document.blocks.iter().filter_map(|b| match b {
            Block::Quotation(q) => Some(q),
            _ => None,
        });
        text_study.blocks = blocks
            .map(|q| {
                let source =
                    block_source_text(q, &text_study.reuse).map(|other| (other, &texts[other]));
                blocks::study_block(text, q, source)
            })
            .collect();
    }
    study
}

/// The phrases of text `t`, each compared with its candidates.
fn study_text(
    texts: &[Text],
    t: usize,
    found: &[FoundPhrase],
    others: impl Fn(usize) -> Vec<Place>,
) -> TextQuotations {
    let text = &texts[t];
    let blocks: Vec<Passage> = text
        .document
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Quotation(q) => Some(Passage::new(t, true, q.paragraphs.iter().collect())),
            _ => None,
        })
        .collect();
    let phrases = found
        .iter()
        .enumerate()
        .map(|(i, phrase)| {
            let at = phrase.paragraph.number;
            let mut candidates: Vec<&Passage> = blocks.iter().collect();
            candidates.sort_by_key(|b| {
                let first = b.paragraphs.first().map_or(0, |p| p.number);
                (first.abs_diff(at), first > at)
            });
            let mut passages: Vec<Passage> = candidates.into_iter().cloned().collect();
            for (other, number) in others(i) {
                if let Some(p) = paragraph(&texts[other], number) {
                    passages.push(Passage::new(other, false, vec![p]));
                }
            }
            judge(phrase, &passages, i + 1)
        })
        .collect();
    TextQuotations {
        phrases,
        blocks: Vec::new(),
        reuse: Vec::new(),
    }
}

fn paragraph(text: &Text, number: usize) -> Option<&Paragraph> {
    text.document.paragraphs().find(|p| p.number == number)
}

/// The paragraphs of other texts worth comparing with phrase `q`: by a quoted author first,
/// then by word runs shared.
fn other_places(hits: &CorpusHits, q: usize, texts: &[Text], authors: &[String]) -> Vec<Place> {
    let mut places: Vec<(bool, std::cmp::Reverse<usize>, Place)> = hits.phrase_places[q]
        .iter()
        .map(|&(place, count)| {
            let by_quoted = texts[place.0]
                .authors
                .iter()
                .any(|a| authors.contains(&surname(a)));
            (!by_quoted, std::cmp::Reverse(count), place)
        })
        .collect();
    places.sort();
    places
        .into_iter()
        .take(MAX_OTHER_PASSAGES)
        .map(|(_, _, place)| place)
        .collect()
}

/// The folded last word of a name: `Leon Trotsky` → `trotsky`.
fn surname(name: &str) -> String {
    fold(name)
        .split_whitespace()
        .last()
        .unwrap_or_default()
        .to_string()
}

/// Surnames of the authors a text's block quotations cite.
fn quoted_authors(text: &Text) -> Vec<String> {
    text.document
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Quotation(q) => q.note,
            _ => None,
        })
        .filter_map(|n| {
            text.document
                .notes
                .get(n)?
                .citation
                .as_ref()?
                .author
                .as_deref()
        })
        .map(surname)
        .collect()
}

/// The text a block quotation's paragraphs share most with, by shared shingles.
fn block_source_text(quotation: &crate::model::Quotation, reuse: &[Reuse]) -> Option<usize> {
    let mut by_text: BTreeMap<usize, usize> = BTreeMap::new();
    for r in reuse {
        if quotation.paragraphs.iter().any(|p| p.number == r.paragraph) {
            *by_text.entry(r.other_text).or_default() += r.shared;
        }
    }
    by_text
        .into_iter()
        .max_by_key(|&(text, shared)| (shared, std::cmp::Reverse(text)))
        .map(|(text, _)| text)
}

/// The shared passages, per text, confirmed by counting every shingle of the two paragraphs.
fn shared_passages(texts: &[Text], hits: &CorpusHits) -> Vec<Vec<Reuse>> {
    let mut pairs: Vec<(&(Place, Place), &usize)> = hits
        .shared
        .iter()
        .filter(|&(_, &n)| n >= MIN_SAMPLED_SHARED)
        .collect();
    pairs.sort();
    let confirmed: Vec<(Place, Place, usize)> = pairs
        .par_iter()
        .filter_map(|&(&(a, b), _)| {
            let shared =
                shared_shingles(paragraph(&texts[a.0], a.1)?, paragraph(&texts[b.0], b.1)?);
            (shared >= MIN_SHARED_SHINGLES).then_some((a, b, shared))
        })
        .collect();
    let mut per_text: Vec<Vec<Reuse>> = vec![Vec::new(); texts.len()];
    for (a, b, shared) in confirmed {
        per_text[a.0].push(Reuse {
            paragraph: a.1,
            other_text: b.0,
            other_paragraph: b.1,
            shared,
        });
        per_text[b.0].push(Reuse {
            paragraph: b.1,
            other_text: a.0,
            other_paragraph: a.1,
            shared,
        });
    }
    for list in &mut per_text {
        list.sort_by_key(|r| (r.paragraph, r.other_text, r.other_paragraph));
    }
    per_text
}

/// How many distinct shingles two paragraphs share.
fn shared_shingles(a: &Paragraph, b: &Paragraph) -> usize {
    let runs = |p: &Paragraph| -> HashMap<u64, ()> {
        let hashes: Vec<u64> = words::words_of(&p.text, 0..p.text.len(), p.number, &[])
            .iter()
            .map(|w| word_hash(&w.folded))
            .collect();
        hashes
            .windows(SHINGLE_WORDS)
            .map(|w| (run_hash(w), ()))
            .collect()
    };
    let (ra, rb) = (runs(a), runs(b));
    ra.keys().filter(|k| rb.contains_key(k)).count()
}
