//! A passage a phrase may quote: one or more paragraphs of a text, as words.
//!
//! In: paragraphs of a text (a block quotation's, or one paragraph of another text). Out: a
//! [`Passage`]: its words, and the means to show a stretch of them as written and to turn an
//! [`Alignment`] with a phrase into the model's [`Match`] (excerpt and word diff).

use std::ops::Range;

use super::align::{Alignment, Step};
use super::words::{Word, words_of};
use crate::model::quotations::{DiffPart, Match};
use crate::model::{Paragraph, SpanKind};

/// Words of one or more paragraphs of one text.
#[derive(Debug, Clone)]
pub struct Passage<'a> {
    /// The text (index into the texts).
    pub text: usize,
    /// True when it is a block quotation of the phrase's own text.
    pub same_text: bool,
    /// Its paragraphs, in order.
    pub paragraphs: Vec<&'a Paragraph>,
    /// Their words, in order.
    pub words: Vec<Word>,
}

impl<'a> Passage<'a> {
    /// The passage made of `paragraphs` of text `text`.
    pub fn new(text: usize, same_text: bool, paragraphs: Vec<&'a Paragraph>) -> Passage<'a> {
        let words = paragraphs
            .iter()
            .flat_map(|p| words_of(&p.text, 0..p.text.len(), p.number, &elisions(p)))
            .collect();
        Passage {
            text,
            same_text,
            paragraphs,
            words,
        }
    }

    /// Words `range` as written, with ` ¶ ` where a paragraph ends.
    pub fn written(&self, range: Range<usize>) -> String {
        written(&self.paragraphs, &self.words, range)
    }

    /// The model's view of `alignment` of `phrase` (whose words are in `phrase_paragraph`)
    /// with this passage.
    pub fn to_match(
        &self,
        alignment: &Alignment,
        phrase: &[Word],
        phrase_paragraph: &Paragraph,
    ) -> Match {
        let paragraph = self
            .words
            .get(alignment.source.start)
            .map_or(0, |w| w.paragraph);
        let quoted = |i: usize| written(&[phrase_paragraph], phrase, i..i + 1);
        let source = |j: usize| self.written(j..j + 1);
        let mut diff: Vec<DiffPart> = Vec::new();
        for step in &alignment.steps {
            let part = match *step {
                Step::Same(i, _) => DiffPart::Same { words: quoted(i) },
                Step::Inflected(i, j) | Step::Changed(i, j) => DiffPart::Changed {
                    quoted: quoted(i),
                    source: source(j),
                },
                Step::Added(i) => DiffPart::Added { words: quoted(i) },
                Step::Omitted(j, at_elision) => DiffPart::Omitted {
                    words: source(j),
                    at_elision,
                },
            };
            push_part(&mut diff, part);
        }
        Match {
            text: self.text,
            paragraph,
            excerpt: self.written(alignment.source.clone()),
            diff,
            same_text: self.same_text,
        }
    }
}

/// The elision marks of a paragraph, from the parser's spans.
pub fn elisions(paragraph: &Paragraph) -> Vec<Range<usize>> {
    paragraph
        .spans
        .iter()
        .filter(|s| s.kind == SpanKind::Elision)
        .map(|s| s.range.clone())
        .collect()
}

/// Words `range` of `words` (read from `paragraphs`) as written between the first and the last.
fn written(paragraphs: &[&Paragraph], words: &[Word], range: Range<usize>) -> String {
    let Some(stretch) = words.get(range) else {
        return String::new();
    };
    let mut out = String::new();
    for group in stretch.chunk_by(|a, b| a.paragraph == b.paragraph) {
        let (Some(first), Some(last)) = (group.first(), group.last()) else {
            continue;
        };
        let Some(p) = paragraphs.iter().find(|p| p.number == first.paragraph) else {
            continue;
        };
        if !out.is_empty() {
            out.push_str(" ¶ ");
        }
        out.push_str(&p.text[first.range.start..last.range.end]);
    }
    out
}

/// Adds `part`, joining it to the previous part of the same kind.
fn push_part(diff: &mut Vec<DiffPart>, part: DiffPart) {
    let joined = match (diff.last_mut(), &part) {
        (Some(DiffPart::Same { words }), DiffPart::Same { words: more })
        | (Some(DiffPart::Added { words }), DiffPart::Added { words: more }) => {
            words.push(' ');
            words.push_str(more);
            true
        }
        (
            Some(DiffPart::Omitted { words, at_elision }),
            DiffPart::Omitted {
                words: more,
                at_elision: more_at,
            },
        ) if at_elision == more_at => {
            words.push(' ');
            words.push_str(more);
            true
        }
        (
            Some(DiffPart::Changed { quoted, source }),
            DiffPart::Changed {
                quoted: q,
                source: s,
            },
        ) => {
            quoted.push(' ');
            quoted.push_str(q);
            source.push(' ');
            source.push_str(s);
            true
        }
        _ => false,
    };
    if !joined {
        diff.push(part);
    }
}
