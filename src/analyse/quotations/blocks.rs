//! Block quotations: their elisions counted and, when the quoted text is in the corpus, what
//! each elision leaves out.
//!
//! In: a block quotation of a text and, when shared passages point to one, the other text it
//! seems to quote. Out: a [`BlockQuotation`]: the reference it carries, each elision mark, and
//! the source passage found by aligning the whole quotation with that text (the words the
//! quotation cuts at an elision mark are what that elision left out).

use super::align::{Step, align};
use super::passage::{Passage, elisions};
use crate::model::quotations::{BlockQuotation, BlockSource, Elision};
use crate::model::{Quotation, Text};

/// The share of a block quotation's words that must be found, in order, in another text for it
/// to count as that text's words.
pub const MIN_BLOCK_SHARE: f64 = 0.6;

/// The study of `quotation` (of `text`), compared with `source` (another text) when given.
pub fn study_block(
    text: &Text,
    quotation: &Quotation,
    source: Option<(usize, &Text)>,
) -> BlockQuotation {
    let first = quotation.paragraphs.first().map_or(0, |p| p.number);
    let last = quotation.paragraphs.last().map_or(0, |p| p.number);
    let quoted = Passage::new(usize::MAX, true, quotation.paragraphs.iter().collect());
    let mut elision_list: Vec<Elision> = quotation
        .paragraphs
        .iter()
        .flat_map(|p| {
            elisions(p).into_iter().map(|range| Elision {
                paragraph: p.number,
                mark: p.text[range.clone()].to_string(),
                range,
                left_out: None,
            })
        })
        .collect();
    let reference = quotation
        .note
        .and_then(|n| text.document.notes.get(n))
        .map(|n| n.text.clone());
    let mut block_source = None;
    if let Some((index, other)) = source {
        let full = Passage::new(index, false, other.document.paragraphs().collect());
        if let Some(alignment) = align(&quoted.words, &full.words) {
            let matched = alignment.matched();
            if matched as f64 >= MIN_BLOCK_SHARE * quoted.words.len() as f64 {
                block_source = Some(BlockSource {
                    text: index,
                    paragraph: full
                        .words
                        .get(alignment.source.start)
                        .map_or(0, |w| w.paragraph),
                    matched_words: matched,
                });
                fill_left_out(&mut elision_list, &quoted, &full, &alignment.steps);
            }
        }
    }
    BlockQuotation {
        first_paragraph: first,
        last_paragraph: last,
        words: quoted.words.len(),
        reference,
        elisions: elision_list,
        source: block_source,
    }
}

/// For each elision, the source's words the alignment skips right after the word before it.
fn fill_left_out(elisions: &mut [Elision], quoted: &Passage, full: &Passage, steps: &[Step]) {
    for elision in elisions.iter_mut() {
        let Some(before) = quoted
            .words
            .iter()
            .rposition(|w| w.paragraph == elision.paragraph && w.range.end <= elision.range.start)
        else {
            continue;
        };
        let mut after_word = false;
        let mut skipped: Vec<usize> = Vec::new();
        for step in steps {
            match *step {
                Step::Same(i, _) | Step::Inflected(i, _) | Step::Changed(i, _) | Step::Added(i) => {
                    if after_word {
                        break;
                    }
                    after_word = i == before;
                }
                Step::Omitted(j, true) if after_word => skipped.push(j),
                Step::Omitted(..) => {}
            }
        }
        if let (Some(&a), Some(&b)) = (skipped.first(), skipped.last()) {
            elision.left_out = Some(full.written(a..b + 1));
        }
    }
}
