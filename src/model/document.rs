//! A source text as the parser understands it: metadata, numbered paragraphs, quotations and notes.
//!
//! The parser fills a [`Document`] from a seed file and nothing changes it afterwards. Paragraph
//! text is kept exactly as written (only line breaks inside a paragraph are normalised); what the
//! parser found inside it (quoted phrases, elisions, note markers) is recorded as [`Span`]s over
//! that text, so later stages can add their own spans and the renderer can nest them.

use std::ops::Range;

use serde::Serialize;

use super::citation::CitationParts;
use super::date::{HistoricalDate, PartialDate};

/// Whether a text is a historical document itself or writes about others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TextKind {
    /// A document of the period: a letter, an article, a speech.
    Primary,
    /// A later text about the period, which may quote primary ones.
    Secondary,
}

/// One parsed seed file.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    /// The seed's file name, e.g. `004_94e4e22f7d3b09e0.txt`.
    pub file_name: String,
    /// The file name without extension; names the metadata file `content/texts/<stem>.md`.
    pub stem: String,
    /// The title found in the text, if any.
    pub title: Option<String>,
    /// Authors named by the text's header.
    pub authors: Vec<String>,
    /// When the text was written, as precisely as the text says.
    pub date: Option<HistoricalDate>,
    /// When it was first published, when the header says so.
    pub published: Option<HistoricalDate>,
    /// When a letter was sent, when an editor's statement says so apart from its writing.
    pub sent: Option<HistoricalDate>,
    /// When the edition the file is was released, from its own `Release Date:` line (a
    /// digital library's e-text).
    pub released: Option<HistoricalDate>,
    /// Whom the text is addressed to, from a line of its own above the salutation (`To the
    /// Editor`), as written.
    pub addressee: Option<String>,
    /// When the web page the file was saved from was posted, from its stamp (`Posted on ...`):
    /// the page's date, never the text's.
    pub posted: Option<HistoricalDate>,
    /// When that page was last changed, from its stamp (`Last updated ...`).
    pub page_updated: Option<HistoricalDate>,
    /// The paragraph that gives that date, when it closes the text ("Coyoacán, March 6, 1938").
    pub date_paragraph: Option<usize>,
    /// Where it was written, when the header says so.
    pub place: Option<String>,
    /// The language the text appears to be in (BCP 47 code), if it could be told.
    pub language: Option<String>,
    /// Header lines as found (breadcrumb, "Written:", "Translated:", ...), for the record.
    pub header: Vec<HeaderField>,
    /// The body: paragraphs, block quotations and headings, in order.
    pub blocks: Vec<Block>,
    /// Notes, numbered in the order their first marker appears.
    pub notes: Vec<Note>,
}

impl Document {
    /// Every paragraph of the body, in order, including those inside block quotations.
    pub fn paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        self.blocks.iter().flat_map(Block::paragraphs)
    }

    /// The note sourcing the text as a whole (its marker sits on the title), if any.
    pub fn source_note(&self) -> Option<&Note> {
        self.notes.iter().find(|n| n.kind == NoteKind::SourceOfText)
    }

    /// When this edition appeared: the file's own release date, or the year of the edition
    /// the text's own source cites (`New York 1979` gives 1979), or the periodical issue it
    /// cites. Never the date of first publication.
    pub fn edition(&self) -> Option<HistoricalDate> {
        if let Some(released) = &self.released {
            return Some(released.clone());
        }
        let citation = self.source_note()?.citation.as_ref()?;
        citation.issue.clone().or_else(|| {
            let year = citation.year?;
            Some(HistoricalDate {
                supplied: citation.year_supplied,
                ..HistoricalDate::from(PartialDate {
                    year,
                    month: None,
                    day: None,
                })
            })
        })
    }
}

/// A labelled header line, e.g. `Translated: Russell Block` or a breadcrumb.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HeaderField {
    /// What the line is, in English ("Written", "Source", "Breadcrumb", ...).
    pub label: String,
    /// The line's value, verbatim.
    pub value: String,
    /// 1-based line in the seed file.
    pub line: usize,
}

/// A unit of the body.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Block {
    /// An ordinary paragraph.
    Paragraph(Paragraph),
    /// A quotation set apart from the text, possibly of several paragraphs.
    Quotation(Quotation),
    /// A short line standing as a section heading.
    Heading(Heading),
}

impl Block {
    /// The block's paragraphs: one for a paragraph, all of a quotation's, none for a heading.
    pub fn paragraphs(&self) -> &[Paragraph] {
        match self {
            Block::Paragraph(p) => std::slice::from_ref(p),
            Block::Quotation(q) => &q.paragraphs,
            Block::Heading(_) => &[],
        }
    }

    /// The block's paragraphs, to change.
    pub fn paragraphs_mut(&mut self) -> &mut [Paragraph] {
        match self {
            Block::Paragraph(p) => std::slice::from_mut(p),
            Block::Quotation(q) => &mut q.paragraphs,
            Block::Heading(_) => &mut [],
        }
    }
}

/// Points every reference to a note (a quotation's source, a marker in a paragraph) at the note's
/// new index; a reference whose note `map` drops (returns `None` for) is removed.
pub fn remap_notes(blocks: &mut [Block], map: impl Fn(usize) -> Option<usize>) {
    for block in blocks {
        if let Block::Quotation(q) = block {
            q.note = q.note.and_then(&map);
        }
        for paragraph in block.paragraphs_mut() {
            paragraph.spans.retain_mut(|span| match &mut span.kind {
                SpanKind::NoteRef { note } => match map(*note) {
                    Some(new) => {
                        *note = new;
                        true
                    }
                    None => false,
                },
                _ => true,
            });
        }
    }
}

/// A numbered paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    /// Stable 1-based number within the text; the anchor is `#p<number>`.
    pub number: usize,
    /// 1-based line where the paragraph starts in the seed file.
    pub line: usize,
    /// The paragraph's words exactly as written; `\n` marks a kept line break.
    pub text: String,
    /// What the parser found inside the text, sorted by start.
    pub spans: Vec<Span>,
}

/// A block quotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quotation {
    /// The quoted paragraphs, numbered with the rest of the text.
    pub paragraphs: Vec<Paragraph>,
    /// Index into [`Document::notes`] of the citation that sources it, if the text gives one.
    pub note: Option<usize>,
}

/// A section heading inside the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Heading {
    /// The heading's words.
    pub text: String,
    /// 1-based line in the seed file.
    pub line: usize,
}

/// A marked stretch of a paragraph's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Span {
    /// Byte range in [`Paragraph::text`].
    pub range: Range<usize>,
    /// What the stretch is.
    pub kind: SpanKind,
}

/// What a [`Span`] marks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum SpanKind {
    /// A phrase in quotation marks (the marks included).
    Quote,
    /// An elision such as `...`, `....` or `[…]`.
    Elision,
    /// A note marker. The range covers the marker as written (`[1]`), or is empty where
    /// the parser placed the marker itself (the end of a sourced quotation).
    NoteRef {
        /// Index into [`Document::notes`].
        note: usize,
    },
}

/// A note: a citation or an annotation, shown in the notes section of the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    /// The number shown, 1-based, in order of first appearance.
    pub number: usize,
    /// The note's words, verbatim (a bibliographic citation, a source line, an author's note).
    pub text: String,
    /// How the text itself labelled the note, e.g. `[1]`, when it did.
    pub original_label: Option<String>,
    /// What the note does.
    pub kind: NoteKind,
    /// 1-based line in the seed file.
    pub line: usize,
    /// The citation's parts, when the note reads as a bibliographic reference.
    pub citation: Option<CitationParts>,
}

/// What a note does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// The source of the whole text (a header or trailing `Source:` line); marker on the title.
    SourceOfText,
    /// The source of a quotation; marker at the quotation's end.
    SourceOfQuotation,
    /// A note of the text's own (`[1]` markers with notes at the end).
    Annotation,
}
