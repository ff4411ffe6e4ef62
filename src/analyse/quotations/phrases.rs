//! Quoted phrases: found in a text's commentary, then compared with the passages they may quote.
//!
//! In: a text's paragraphs (with the parser's quotation spans) and, for each phrase, candidate
//! [`Passage`]s in the order they should be tried. Out: [`QuotedPhrase`]s with a status:
//! - verbatim when a passage has every word in order (typography and case aside; words cut at
//!   the phrase's own elision marks are allowed);
//! - a close variant when an alignment finds at least [`VARIANT_MIN_SIMILARITY`] of the words,
//!   misses at most [`VARIANT_MAX_UNMATCHED_SHARE`] of them, and shares a content word (a
//!   changed word, another inflection, words added or left out);
//! - a single word not found in a passage is shown as a word in quotation marks (often a scare
//!   quote) and not compared, and so is a short capitalised phrase (a name or title such as a
//!   newspaper's, [`is_title_like`]); any other phrase is "not found", with the most similar stretch
//!   of the passages (a local alignment that counts shared content words most) when one shares
//!   a content word.
//!
//! Among passages with the best status, the first tried (the nearest) is the source; the others
//! are listed as "also found in". Phrases inside block quotations are part of what is quoted and
//! are not studied; a phrase nested in another is covered by the outer one.

use std::ops::Range;

use super::align::{Alignment, align, most_similar_stretch};
use super::passage::{Passage, elisions};
use super::words::{Word, is_function_word, words_of};
use crate::model::quotations::{Match, QuoteStatus, QuotedPhrase};
use crate::model::{Block, Paragraph, SpanKind, Text};

/// The share of a phrase's words (plus the words it leaves out silently) that must be found for
/// a close variant.
pub const VARIANT_MIN_SIMILARITY: f64 = 0.5;
/// At most this share of a close variant's words (and at least one) may be changed or missing
/// from the passage: `senseless atrocities` for `insane atrocities` is close, a phrase of which
/// half the words differ is not.
pub const VARIANT_MAX_UNMATCHED_SHARE: f64 = 1.0 / 3.0;

/// A phrase found in a text, before it is compared.
#[derive(Debug, Clone)]
pub struct FoundPhrase<'a> {
    /// The paragraph it stands in.
    pub paragraph: &'a Paragraph,
    /// Its range there, marks included.
    pub range: Range<usize>,
    /// Its words.
    pub words: Vec<Word>,
}

/// The quoted phrases of a text's own paragraphs (not its block quotations), outer ones only.
pub fn find_phrases(text: &Text) -> Vec<FoundPhrase<'_>> {
    let mut found = Vec::new();
    for block in &text.document.blocks {
        let Block::Paragraph(paragraph) = block else {
            continue;
        };
        let marks = elisions(paragraph);
        let mut covered = 0;
        for span in &paragraph.spans {
            if span.kind != SpanKind::Quote || span.range.start < covered {
                continue;
            }
            covered = span.range.end;
            let words = words_of(
                &paragraph.text,
                span.range.clone(),
                paragraph.number,
                &marks,
            );
            if words.is_empty() {
                continue;
            }
            found.push(FoundPhrase {
                paragraph,
                range: span.range.clone(),
                words,
            });
        }
    }
    found
}

/// The words between a phrase's quotation marks, as written.
pub fn inner_words(text: &str) -> String {
    text.trim_matches(|c: char| c.is_whitespace() || "`'\"“”‘’„«»‚‹›".contains(c))
        .to_string()
}

/// How one passage fits a phrase.
struct Verdict<'p, 'a> {
    passage: &'p Passage<'a>,
    alignment: Alignment,
    status: QuoteStatus,
}

/// Compares `phrase` with `passages` (tried in order) and gives it `number`.
pub fn judge(phrase: &FoundPhrase, passages: &[Passage], number: usize) -> QuotedPhrase {
    let verdicts: Vec<Verdict> = passages
        .iter()
        .filter_map(|passage| {
            let alignment = align(&phrase.words, &passage.words)?;
            let similarity = alignment.similarity(&phrase.words);
            let content = alignment.content_matched(&phrase.words);
            let status = status_of(&alignment, &phrase.words, similarity, content);
            Some(Verdict {
                passage,
                alignment,
                status,
            })
        })
        .collect();
    let best_rank = verdicts
        .iter()
        .map(|v| v.status.rank())
        .min()
        .unwrap_or(QuoteStatus::NotFound.rank());
    let to_match = |v: &Verdict| {
        v.passage
            .to_match(&v.alignment, &phrase.words, phrase.paragraph)
    };
    let found: Vec<&Verdict> = verdicts
        .iter()
        .filter(|v| v.status.rank() == best_rank && v.status.is_found())
        .collect();
    let (status, source, nearest) = match found.first() {
        Some(v) => (v.status, Some(to_match(v)), None),
        None => {
            let status = if phrase.words.len() == 1 {
                QuoteStatus::Term
            } else if is_title_like(phrase) {
                QuoteStatus::Title
            } else {
                QuoteStatus::NotFound
            };
            let nearest = if status == QuoteStatus::NotFound {
                most_similar(phrase, passages)
            } else {
                None
            };
            (status, None, nearest)
        }
    };
    let also_in = found.iter().skip(1).map(|v| to_match(v)).collect();
    QuotedPhrase {
        number,
        paragraph: phrase.paragraph.number,
        range: phrase.range.clone(),
        words: inner_words(&phrase.paragraph.text[phrase.range.clone()]),
        status,
        source,
        nearest,
        also_in,
        compared: passages.len(),
    }
}

/// The most words a name or title in quotation marks has.
const MAX_TITLE_WORDS: usize = 6;

/// True when a phrase reads as a name or title (`Die Morgenröte`, `Marxists Internet Archive`,
/// `Le Livre sur la Tchécoslovaquie`): a few words, each capitalised, a number or a function
/// word, the first capitalised.
pub fn is_title_like(phrase: &FoundPhrase) -> bool {
    let text = &phrase.paragraph.text;
    let capitalised = |w: &Word| {
        text[w.range.clone()]
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
    };
    phrase.words.len() <= MAX_TITLE_WORDS
        && phrase.words.first().is_some_and(capitalised)
        && phrase
            .words
            .iter()
            .all(|w| capitalised(w) || is_function_word(&w.folded))
}

/// Words of context shown on each side of the most similar stretch.
const CONTEXT_WORDS: usize = 3;
/// The least score (see [`most_similar_stretch`]) a stretch needs to be shown as most similar:
/// one shared content word.
const MIN_SIMILAR_SCORE: i32 = 3;

/// The stretch of the passages most like a phrase that was not found, with a few words of
/// context in its paragraph, compared word by word with the phrase.
fn most_similar(phrase: &FoundPhrase, passages: &[Passage]) -> Option<Match> {
    let (passage, stretch, _) = passages
        .iter()
        .filter_map(|p| {
            let (range, score) = most_similar_stretch(&phrase.words, &p.words)?;
            Some((p, range, score))
        })
        .filter(|(_, _, score)| *score >= MIN_SIMILAR_SCORE)
        .fold(
            None,
            |best: Option<(&Passage, Range<usize>, i32)>, next| match best {
                Some(b) if b.2 >= next.2 => Some(b),
                _ => Some(next),
            },
        )?;
    let paragraph = passage.words.get(stretch.start)?.paragraph;
    let mut start = stretch.start.saturating_sub(CONTEXT_WORDS);
    while passage.words[start].paragraph != paragraph {
        start += 1;
    }
    let mut end = (stretch.end + CONTEXT_WORDS).min(passage.words.len());
    while passage.words[end - 1].paragraph != paragraph {
        end -= 1;
    }
    let window = Passage {
        words: passage.words[start..end].to_vec(),
        ..passage.clone()
    };
    let alignment = align(&phrase.words, &window.words)?;
    let mut found = window.to_match(&alignment, &phrase.words, phrase.paragraph);
    found.excerpt = window.written(0..window.words.len());
    Some(found)
}

fn unmatched_allowed(alignment: &Alignment, phrase: &[Word]) -> bool {
    let unmatched = phrase.len() - alignment.matched().min(phrase.len());
    let allowed = (phrase.len() as f64 * VARIANT_MAX_UNMATCHED_SHARE).floor() as usize;
    unmatched <= allowed.max(1)
}

fn status_of(
    alignment: &Alignment,
    phrase: &[Word],
    similarity: f64,
    content: usize,
) -> QuoteStatus {
    if alignment.is_verbatim() {
        QuoteStatus::Verbatim
    } else if content > 0
        && similarity >= VARIANT_MIN_SIMILARITY
        && unmatched_allowed(alignment, phrase)
    {
        QuoteStatus::Variant
    } else if phrase.len() == 1 {
        QuoteStatus::Term
    } else {
        QuoteStatus::NotFound
    }
}
