//! The body of a text: paragraphs, block quotations, headings, and the notes that source them.
//!
//! In: the blocks after the header (and before any notes section), the header's source lines and
//! the text's own end notes. Out: [`Block`]s and unnumbered notes. The rules, all by shape:
//! - paragraphs that open a quotation without closing it continue into the next paragraphs that
//!   open one too, up to the one that closes it: together they form one block quotation;
//! - a bibliographic reference standing as its own paragraph sources what precedes it: the
//!   block quotation, or a paragraph that ends with a quotation; at the very end of a text with
//!   nothing to attach to, it is the source of the whole text;
//! - a `Source:` / `Quelle:` paragraph is the source of the whole text;
//! - blocks indented while the rest is not are block quotations;
//! - a short line without final punctuation, followed by prose, is a heading.

use std::collections::BTreeMap;

use super::blocks::RawBlock;
use super::citation_parts::{
    CITATION_AFTER_QUOTATION, CitationParts, citation_score, looks_like_citation,
};
use super::endnotes::{EndNote, markers_in};
use super::header::{FieldRole, field_role};
use super::quotes::{QuoteScan, find_elisions, scan_quotes};
use crate::model::{Block, Heading, NoteKind, Paragraph, Quotation, Span, SpanKind};

/// The longest line that can stand as a heading.
const MAX_HEADING_CHARS: usize = 80;

/// A note before numbering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingNote {
    /// What the note does.
    pub kind: NoteKind,
    /// The note's words, verbatim.
    pub text: String,
    /// The label the text gave it, e.g. `[1]`.
    pub original_label: Option<String>,
    /// 1-based line in the file.
    pub line: usize,
}

impl PendingNote {
    fn citation(kind: NoteKind, text: String, line: usize) -> Self {
        PendingNote {
            kind,
            text,
            original_label: None,
            line,
        }
    }

    /// The parsed parts, when the note reads as a reference.
    pub fn citation_parts(&self) -> Option<CitationParts> {
        (self.kind != NoteKind::Annotation || looks_like_citation(&self.text))
            .then(|| CitationParts::parse(&self.text))
    }
}

/// The body before numbering: blocks whose note indices point into `notes`.
#[derive(Debug, Default)]
pub struct Body {
    /// Paragraphs (numbered), quotations and headings.
    pub blocks: Vec<Block>,
    /// Every note, in the order found; [`SpanKind::NoteRef`] indices point here.
    pub notes: Vec<PendingNote>,
}

/// A body block, classified before quotations are grouped.
enum Item {
    Text {
        text: String,
        line: usize,
        indented: bool,
    },
    Heading {
        text: String,
        line: usize,
    },
    SourceLine {
        text: String,
        line: usize,
    },
    Citation {
        text: String,
        line: usize,
    },
}

/// Builds the body from its blocks.
pub fn parse_body(blocks: &[RawBlock], end_notes: &[EndNote]) -> Body {
    let all_indented = blocks.iter().all(|b| b.indented);
    let items: Vec<Item> = blocks
        .iter()
        .enumerate()
        .map(|(i, block)| {
            classify(
                block,
                blocks.get(i + 1),
                i + 3 >= blocks.len(),
                all_indented,
            )
        })
        .collect();
    let mut builder = Builder::default();
    for (note_index, note) in end_notes.iter().enumerate() {
        builder.body.notes.push(PendingNote {
            kind: NoteKind::Annotation,
            text: note.text.clone(),
            original_label: Some(note.label.clone()),
            line: note.line,
        });
        let queue = builder
            .end_note_markers
            .entry(note.marker.clone())
            .or_default();
        queue.notes.push(note_index);
    }
    let count = items.len();
    let mut items = items.into_iter().enumerate().peekable();
    while let Some((i, item)) = items.next() {
        let next_is_citation = matches!(items.peek(), Some((_, Item::Citation { .. })));
        builder.take(item, next_is_citation, i + 1 == count);
    }
    builder.finish()
}

fn classify(block: &RawBlock, next: Option<&RawBlock>, near_end: bool, all_indented: bool) -> Item {
    let text = block.text();
    let line = block.line;
    if let Some((FieldRole::Source, value)) = field_role(&text) {
        return Item::SourceLine { text: value, line };
    }
    if citation_score(&text) >= CITATION_AFTER_QUOTATION {
        return Item::Citation { text, line };
    }
    let followed_by_prose = next.is_some_and(|n| n.text().chars().count() > MAX_HEADING_CHARS);
    if block.is_single_line() && is_heading_like(&text) && followed_by_prose && !near_end {
        return Item::Heading { text, line };
    }
    Item::Text {
        text,
        line,
        indented: block.indented && !all_indented,
    }
}

fn is_heading_like(text: &str) -> bool {
    let text = text.trim();
    text.chars().count() <= MAX_HEADING_CHARS
        && !text.ends_with(|c: char| ".,;:!?'’\"”)»".contains(c))
        && text.chars().next().is_some_and(|c| !c.is_lowercase())
}

#[derive(Default)]
struct Builder {
    body: Body,
    /// The quotation being gathered, paragraph by paragraph.
    open_quotation: Option<Vec<Paragraph>>,
    next_number: usize,
    /// The keys of the text's own notes' markers ([`EndNote::marker`]), with their note index.
    end_note_markers: BTreeMap<String, MarkerQueue>,
}

impl Builder {
    fn take(&mut self, item: Item, next_is_citation: bool, is_last: bool) {
        match item {
            Item::Text {
                text,
                line,
                indented,
            } => self.take_text(text, line, indented, next_is_citation),
            Item::Heading { text, line } => {
                self.close_quotation();
                self.body
                    .blocks
                    .push(Block::Heading(Heading { text, line }));
            }
            Item::SourceLine { text, line } => {
                self.close_quotation();
                self.add_note(PendingNote::citation(NoteKind::SourceOfText, text, line));
            }
            Item::Citation { text, line } => self.take_citation(text, line, is_last),
        }
    }

    fn take_text(&mut self, text: String, line: usize, indented: bool, next_is_citation: bool) {
        let scan = scan_quotes(&text);
        let starts_quoted =
            scan.quotes.first().is_some_and(|q| q.start == 0) || scan.opens_without_closing();
        if self.open_quotation.is_some() && !starts_quoted {
            self.close_quotation();
        }
        let in_quotation = self.open_quotation.is_some()
            || scan.opens_without_closing()
            || indented
            || (scan.is_wholly_quoted(&text) && next_is_citation);
        if !in_quotation {
            let paragraph = self.paragraph(text, line, &scan, false);
            self.body.blocks.push(Block::Paragraph(paragraph));
            return;
        }
        let paragraph = self.paragraph(text, line, &scan, true);
        let ends_here = !scan.opens_without_closing() && !indented;
        self.open_quotation
            .get_or_insert_with(Vec::new)
            .push(paragraph);
        if ends_here {
            self.close_quotation();
        }
    }

    /// A reference sources the quotation or quotation-ending paragraph just before it.
    fn take_citation(&mut self, text: String, line: usize, is_last: bool) {
        self.close_quotation();
        let note = PendingNote::citation(NoteKind::SourceOfQuotation, text, line);
        match self.body.blocks.last_mut() {
            Some(Block::Quotation(q)) if q.note.is_none() => {
                let index = self.body.notes.len();
                q.note = Some(index);
                if let Some(last) = q.paragraphs.last_mut() {
                    push_end_marker(last, index);
                }
                self.body.notes.push(note);
            }
            Some(Block::Paragraph(p)) if ends_with_quotation(p) => {
                let index = self.body.notes.len();
                push_end_marker(p, index);
                self.body.notes.push(note);
            }
            _ if is_last && looks_like_citation(&note.text) => self.add_note(PendingNote {
                kind: NoteKind::SourceOfText,
                ..note
            }),
            _ => {
                let scan = scan_quotes(&note.text);
                let paragraph = self.paragraph(note.text, line, &scan, false);
                self.body.blocks.push(Block::Paragraph(paragraph));
            }
        }
    }

    fn add_note(&mut self, note: PendingNote) {
        self.body.notes.push(note);
    }

    fn close_quotation(&mut self) {
        if let Some(paragraphs) = self.open_quotation.take() {
            self.body.blocks.push(Block::Quotation(Quotation {
                paragraphs,
                note: None,
            }));
        }
    }

    /// A numbered paragraph with its quotations, elisions and note markers as spans. In a block
    /// quotation, the marks that enclose the whole paragraph are the block's, not a phrase's.
    fn paragraph(
        &mut self,
        text: String,
        line: usize,
        scan: &QuoteScan,
        block_quoted: bool,
    ) -> Paragraph {
        self.next_number += 1;
        let whole = 0..text.trim_end().len();
        let mut spans: Vec<Span> = scan
            .quotes
            .iter()
            .filter(|q| !(block_quoted && **q == whole))
            .map(|q| Span {
                range: q.clone(),
                kind: SpanKind::Quote,
            })
            .collect();
        spans.extend(find_elisions(&text).into_iter().map(|range| Span {
            range,
            kind: SpanKind::Elision,
        }));
        let markers = if self.end_note_markers.is_empty() {
            Vec::new()
        } else {
            markers_in(&text, |key| self.end_note_markers.contains_key(key))
        };
        for (range, key) in markers {
            if let Some(note) = self
                .end_note_markers
                .get_mut(&key)
                .and_then(MarkerQueue::next)
            {
                spans.push(Span {
                    range,
                    kind: SpanKind::NoteRef { note },
                });
            }
        }
        spans.sort_by_key(|s| (s.range.start, std::cmp::Reverse(s.range.end)));
        Paragraph {
            number: self.next_number,
            line,
            text,
            spans,
        }
    }

    fn finish(mut self) -> Body {
        self.close_quotation();
        self.body
    }
}

/// The notes that share one label (`[1]` in each chapter): the k-th marker in reading order
/// refers to the k-th of them; markers after the last refer to the last again.
#[derive(Default)]
struct MarkerQueue {
    notes: Vec<usize>,
    used: usize,
}

impl MarkerQueue {
    fn next(&mut self) -> Option<usize> {
        let note = self.notes.get(self.used).or(self.notes.last()).copied();
        self.used = (self.used + 1).min(self.notes.len());
        note
    }
}

fn push_end_marker(paragraph: &mut Paragraph, note: usize) {
    let end = paragraph.text.len();
    paragraph.spans.push(Span {
        range: end..end,
        kind: SpanKind::NoteRef { note },
    });
}

/// True when the paragraph's last words are a quotation (trailing punctuation aside).
fn ends_with_quotation(paragraph: &Paragraph) -> bool {
    let end = paragraph
        .text
        .trim_end_matches(|c: char| c.is_whitespace() || ".,;:".contains(c))
        .len();
    paragraph
        .spans
        .iter()
        .any(|s| s.kind == SpanKind::Quote && s.range.end >= end)
}

#[cfg(test)]
mod tests {
    use super::super::blocks::split_blocks;
    use super::*;

    fn body_of(text: &str) -> Body {
        parse_body(&split_blocks(text), &[])
    }

    const SECTION: &str = "Commentary comes first, with `a phrase' quoted and a long enough sentence to be prose.\n\n\
        `Stalin ... is the living incarnation of a bureaucratic Thermidor ....\n\n\
        `The insane atrocities have inevitably provoked exasperation ....\n\n\
        `The proletariat will find a big enough broom. And we will help it.'\n\n\n\
        Leon Trotsky, Pour sa propre sauvegarde (26 September 1935). L'appareil policier du stalinisme (Paris: Union générale d'éditions, 1976), pp. 85--87.\n\n\
        Hence, Trotsky discretely encouraged `individual terror'.";

    #[test]
    fn multi_paragraph_quotation_with_its_citation() {
        let body = body_of(SECTION);
        let kinds: Vec<&str> = body
            .blocks
            .iter()
            .map(|b| match b {
                Block::Paragraph(_) => "p",
                Block::Quotation(_) => "q",
                Block::Heading(_) => "h",
            })
            .collect();
        assert_eq!(kinds, vec!["p", "q", "p"]);
        let Block::Quotation(q) = &body.blocks[1] else {
            panic!("not a quotation")
        };
        assert_eq!(
            q.paragraphs.iter().map(|p| p.number).collect::<Vec<_>>(),
            vec![2, 3, 4]
        );
        assert_eq!(q.note, Some(0));
        assert_eq!(body.notes[0].kind, NoteKind::SourceOfQuotation);
        assert!(
            body.notes[0]
                .text
                .starts_with("Leon Trotsky, Pour sa propre")
        );
        // The marker sits at the very end of the quotation's last paragraph.
        let last = &q.paragraphs[2];
        let end = last.text.len();
        assert!(
            last.spans
                .iter()
                .any(|s| s.range == (end..end) && s.kind == SpanKind::NoteRef { note: 0 })
        );
        // The block's own opening mark is not an inline quotation.
        assert!(
            !q.paragraphs[2]
                .spans
                .iter()
                .any(|s| s.kind == SpanKind::Quote)
        );
        // Paragraph numbers run on after the quotation; the citation is not a paragraph.
        let Block::Paragraph(after) = &body.blocks[2] else {
            panic!()
        };
        assert_eq!(after.number, 5);
    }

    #[test]
    fn inline_quotations_and_elisions_become_spans() {
        let body = body_of(SECTION);
        let Block::Paragraph(first) = &body.blocks[0] else {
            panic!()
        };
        let quoted: Vec<&str> = first
            .spans
            .iter()
            .filter(|s| s.kind == SpanKind::Quote)
            .map(|s| &first.text[s.range.clone()])
            .collect();
        assert_eq!(quoted, vec!["`a phrase'"]);
        let Block::Quotation(q) = &body.blocks[1] else {
            panic!()
        };
        let elided: Vec<&str> = q.paragraphs[0]
            .spans
            .iter()
            .filter(|s| s.kind == SpanKind::Elision)
            .map(|s| &q.paragraphs[0].text[s.range.clone()])
            .collect();
        assert_eq!(elided, vec!["...", "...."]);
    }

    #[test]
    fn trailing_source_line_sources_the_text() {
        let body = body_of(
            "A long paragraph of prose that says a great deal about something or other.\n\nSource: Pravda, 12 March 1938, p. 2.",
        );
        assert_eq!(body.blocks.len(), 1);
        assert_eq!(body.notes.len(), 1);
        assert_eq!(body.notes[0].kind, NoteKind::SourceOfText);
        assert_eq!(body.notes[0].text, "Pravda, 12 March 1938, p. 2.");
    }

    #[test]
    fn citation_after_a_paragraph_ending_in_a_quotation() {
        let body = body_of(
            "As he put it: `the Stalin regime cannot last.'\n\nLeon Trotsky, Writings 1937-38 (New York: Pathfinder, 1976), p. 765.\n\nThen more text follows here for a while, long enough.",
        );
        let Block::Paragraph(p) = &body.blocks[0] else {
            panic!()
        };
        assert!(
            p.spans
                .iter()
                .any(|s| matches!(s.kind, SpanKind::NoteRef { note: 0 }))
        );
        assert_eq!(body.notes[0].kind, NoteKind::SourceOfQuotation);
    }

    #[test]
    fn indented_blocks_are_quotations_and_headings_are_found() {
        let text = "Part One\n\nThe text begins with a paragraph that is long enough to count as prose here, and then some more.\n\n    An indented passage quoted from elsewhere,\n    set off by four spaces.\n\nAnd the commentary resumes, at length, after the quoted passage ends here.";
        let body = body_of(text);
        assert!(matches!(body.blocks[0], Block::Heading(_)));
        assert!(matches!(body.blocks[1], Block::Paragraph(_)));
        assert!(matches!(body.blocks[2], Block::Quotation(_)));
        assert!(matches!(body.blocks[3], Block::Paragraph(_)));
    }
}
