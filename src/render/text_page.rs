//! One page per text: `texts/<slug>.html`.
//!
//! In: a [`Text`], its neighbours in reading order, and the links the analysis adds to its
//! paragraphs. Out: the template context for `text.html`. Paragraph HTML (quotations, elisions,
//! note markers, cross-reference links, typography) is made here; the page structure around it
//! (headings, paragraph numbers, notes list) is the template's.
//!
//! Note markers: the marker of a note on the title has id `noteref-N`; in the body the first
//! marker of note N is `noteref-N`, later ones `noteref-N-2`, ...; each note lists a back-link
//! to every one of its markers.

use std::collections::BTreeMap;

use serde::Serialize;

use super::inline::{Mark, MarkKind, render_inline};
use super::layout::{DateView, LinkView, url_segment};
use super::markdown::{render_markdown, render_markdown_inline};
use super::quotations_page::{StatusView, TextStudyView};
use super::sanitize::RawHtml;
use super::typography::smarten_all;
use super::xref_page::RelatedView;
use crate::model::quotations::TextQuotations;
use crate::model::{Block, HeaderField, NoteKind, Paragraph, SpanKind, Text, TextKind};

/// A text page's own part of the context, available to templates as `text`.
#[derive(Debug, Clone, Serialize)]
pub struct TextView {
    /// The title, typographically set (HTML).
    pub title_html: String,
    /// Markers of the notes on the title (the text's source).
    pub title_notes: Vec<MarkerView>,
    /// Authors, in order.
    pub authors: Vec<String>,
    /// True when the authors are the editors' attribution, not named in the text.
    pub authors_supplied: bool,
    /// When written.
    pub date: Option<DateView>,
    /// When first published.
    pub published: Option<DateView>,
    /// When the edition the text is taken from appeared.
    pub edition: Option<DateView>,
    /// Where written.
    pub place: Option<String>,
    /// `Primary source` / `Secondary text`, when known.
    pub kind: Option<&'static str>,
    /// The text's language, when it differs from the site's (for a `lang` attribute).
    pub language: Option<String>,
    /// The larger work the text is part of (HTML).
    pub part_of_html: Option<String>,
    /// The editors' summary (HTML).
    pub summary_html: Option<String>,
    /// The editors' introduction (HTML).
    pub introduction_html: Option<String>,
    /// Labelled header lines of the source file (`Translated`, `Transcription`, ...).
    pub fields: Vec<HeaderField>,
    /// The body.
    pub blocks: Vec<BlockView>,
    /// The notes.
    pub notes: Vec<NoteView>,
    /// The original file, relative to the page.
    pub source_href: String,
    /// The original file's name.
    pub source_file: String,
    /// The previous text in reading order.
    pub previous: Option<LinkView>,
    /// The next text in reading order.
    pub next: Option<LinkView>,
    /// Other texts naming the same people, works and events.
    pub related: Vec<RelatedView>,
    /// The link (from the site root) to the text's own mark on the timeline, when it is dated.
    pub timeline_href: Option<String>,
    /// Its quotations compared with what they quote, when it has any.
    pub quotations: Option<TextStudyView>,
    /// How to cite the text, with its downloads.
    pub cite: Option<super::cite::CiteView>,
}

/// A note marker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MarkerView {
    /// The marker's id.
    pub id: String,
    /// The note's number.
    pub number: usize,
}

/// A block of the body: a paragraph, a block quotation (of one or more paragraphs) or a heading.
#[derive(Debug, Clone, Serialize)]
pub struct BlockView {
    /// `paragraph`, `quotation` or `heading`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The paragraphs (one for a paragraph, none for a heading).
    pub paragraphs: Vec<ParagraphView>,
    /// A heading's text (HTML).
    pub html: Option<String>,
}

/// A numbered paragraph.
#[derive(Debug, Clone, Serialize)]
pub struct ParagraphView {
    /// Its number.
    pub number: usize,
    /// Its anchor, `p<number>`.
    pub id: String,
    /// Its content (HTML).
    pub html: String,
    /// Other texts' block quotations that repeat its words.
    pub also_quoted_in: Vec<LinkView>,
    /// Other texts' own paragraphs that have the same words.
    pub same_words_in: Vec<LinkView>,
}

/// A note.
#[derive(Debug, Clone, Serialize)]
pub struct NoteView {
    /// Its number.
    pub number: usize,
    /// Its anchor, `note-<number>`.
    pub id: String,
    /// Its words (HTML).
    pub html: String,
    /// How the source labelled it, e.g. `[1]`.
    pub original_label: Option<String>,
    /// `source_of_text`, `source_of_quotation` or `annotation`.
    pub kind: NoteKind,
    /// Links back to each marker.
    pub backlinks: Vec<MarkerView>,
    /// The cited work's entry on the bibliography page, when the note cites one.
    pub work_href: Option<String>,
    /// The note set in the site's citation style (HTML), when it cites a work; `html` then
    /// stays beside it as the source's own wording.
    pub formatted_html: Option<String>,
}

/// Builds the view of `text`. `links` gives, per paragraph number, marks the analysis adds;
/// `quotes` the text's quotation study (a status mark follows each studied phrase).
pub fn text_view(
    text: &Text,
    previous: Option<&Text>,
    next: Option<&Text>,
    site_language: &str,
    links: &BTreeMap<usize, Vec<Mark>>,
    quotes: &TextQuotations,
    raw: RawHtml,
) -> TextView {
    let mut links = links.clone();
    for phrase in &quotes.phrases {
        let status = StatusView::of(phrase.status);
        links.entry(phrase.paragraph).or_default().push(Mark {
            range: phrase.range.end..phrase.range.end,
            kind: MarkKind::QuoteCheck {
                number: phrase.number,
                key: status.key,
                symbol: status.symbol,
                label: status.label,
            },
        });
    }
    let links = &links;
    let mut markers = MarkerIds::default();
    let title_notes: Vec<MarkerView> = text
        .document
        .notes
        .iter()
        .filter(|n| n.kind == NoteKind::SourceOfText)
        .map(|n| markers.next(n.number))
        .collect();
    let blocks: Vec<BlockView> = text
        .document
        .blocks
        .iter()
        .map(|block| block_view(block, text, &mut markers, links))
        .collect();
    let notes: Vec<NoteView> = text
        .document
        .notes
        .iter()
        .map(|note| NoteView {
            number: note.number,
            id: format!("note-{}", note.number),
            html: smarten_all(&note.text),
            original_label: note.original_label.clone(),
            kind: note.kind,
            backlinks: markers.of(note.number),
            work_href: None,
            formatted_html: None,
        })
        .collect();
    TextView {
        title_html: smarten_all(&text.title),
        title_notes,
        authors: text.authors.clone(),
        authors_supplied: text.authors_supplied,
        date: text.date.as_ref().map(DateView::of),
        published: text.published.as_ref().map(DateView::of),
        edition: text.edition.as_ref().map(DateView::of),
        place: text.place.clone(),
        kind: text.kind.map(|k| match k {
            TextKind::Primary => "Primary source",
            TextKind::Secondary => "Secondary text",
        }),
        language: text.language.clone().filter(|l| l != site_language),
        part_of_html: text
            .part_of
            .as_deref()
            .map(|p| render_markdown_inline(p, raw)),
        summary_html: text
            .summary
            .as_deref()
            .map(|s| render_markdown_inline(s, raw)),
        introduction_html: text
            .introduction
            .as_deref()
            .map(|md| render_markdown(md, "intro-", 2, raw)),
        fields: text
            .document
            .header
            .iter()
            .filter(|f| f.label != "Breadcrumb" && f.label != crate::parse::header::PAGE_LINE)
            .cloned()
            .collect(),
        blocks,
        notes,
        source_href: format!("../sources/{}", url_segment(&text.document.file_name)),
        source_file: text.document.file_name.clone(),
        previous: previous.map(|t| LinkView::to_text(t, "")),
        next: next.map(|t| LinkView::to_text(t, "")),
        related: Vec::new(),
        timeline_href: None,
        quotations: None,
        cite: None,
    }
}

fn block_view(
    block: &Block,
    text: &Text,
    markers: &mut MarkerIds,
    links: &BTreeMap<usize, Vec<Mark>>,
) -> BlockView {
    let mut paragraph = |p: &Paragraph| paragraph_view(p, text, markers, links);
    match block {
        Block::Paragraph(p) => BlockView {
            kind: "paragraph",
            paragraphs: vec![paragraph(p)],
            html: None,
        },
        Block::Quotation(q) => BlockView {
            kind: "quotation",
            paragraphs: q.paragraphs.iter().map(&mut paragraph).collect(),
            html: None,
        },
        Block::Heading(h) => BlockView {
            kind: "heading",
            paragraphs: Vec::new(),
            html: Some(smarten_all(&h.text)),
        },
    }
}

fn paragraph_view(
    paragraph: &Paragraph,
    text: &Text,
    markers: &mut MarkerIds,
    links: &BTreeMap<usize, Vec<Mark>>,
) -> ParagraphView {
    let mut marks: Vec<Mark> = paragraph
        .spans
        .iter()
        .filter_map(|span| {
            let kind = match span.kind {
                SpanKind::Quote => MarkKind::Quote,
                SpanKind::Elision => MarkKind::Elision,
                SpanKind::NoteRef { note } => {
                    let number = text.document.notes.get(note)?.number;
                    let marker = markers.next(number);
                    MarkKind::NoteRef {
                        number,
                        id: marker.id,
                    }
                }
            };
            Some(Mark {
                range: span.range.clone(),
                kind,
            })
        })
        .collect();
    marks.extend(links.get(&paragraph.number).cloned().unwrap_or_default());
    let handed_out: Vec<String> = marks
        .iter()
        .filter_map(|m| match &m.kind {
            MarkKind::NoteRef { id, .. } => Some(id.clone()),
            _ => None,
        })
        .collect();
    let rendered = render_inline(&paragraph.text, marks);
    for id in handed_out
        .iter()
        .filter(|id| !rendered.note_markers.contains(id))
    {
        markers.forget(id);
    }
    ParagraphView {
        number: paragraph.number,
        id: format!("p{}", paragraph.number),
        html: rendered.html,
        also_quoted_in: Vec::new(),
        same_words_in: Vec::new(),
    }
}

/// Puts each note beside its first marker as a sidenote: a `<span class="sidenote">` after the
/// marker, which the stylesheet floats into the right margin on wide screens and hides
/// elsewhere (the notes list at the end stays the notes' place on every screen, in print and
/// for screen readers, so the sidenote is `aria-hidden`).
/// Called once the notes are final (formatted in the citation style where they are: the
/// sidenote shows what the notes list shows first).
pub fn add_sidenotes(blocks: &mut [BlockView], notes: &[NoteView]) {
    let mut placed = vec![false; notes.len()];
    for paragraph in blocks.iter_mut().flat_map(|b| b.paragraphs.iter_mut()) {
        if !paragraph.html.contains("role=\"doc-noteref\"") {
            continue;
        }
        for (index, note) in notes.iter().enumerate() {
            if placed[index] {
                continue;
            }
            let marker = format!("href=\"#note-{n}\">{n}</a></sup>", n = note.number);
            if let Some(at) = paragraph.html.find(&marker) {
                let end = at + marker.len();
                let sidenote = format!(
                    "<span class=\"sidenote\" aria-hidden=\"true\"><span class=\"sidenote-number\">{}</span> {}</span>",
                    note.number,
                    note.formatted_html.as_deref().unwrap_or(&note.html)
                );
                paragraph.html.insert_str(end, &sidenote);
                placed[index] = true;
            }
        }
    }
}

/// Hands out marker ids in page order and remembers them for the back-links.
#[derive(Default)]
struct MarkerIds {
    by_note: BTreeMap<usize, Vec<MarkerView>>,
}

impl MarkerIds {
    fn next(&mut self, number: usize) -> MarkerView {
        let list = self.by_note.entry(number).or_default();
        let id = match list.len() {
            0 => format!("noteref-{number}"),
            n => format!("noteref-{number}-{}", n + 1),
        };
        let marker = MarkerView { id, number };
        list.push(marker.clone());
        marker
    }

    /// A marker that could not be placed in the page gets no back-link.
    fn forget(&mut self, id: &str) {
        for list in self.by_note.values_mut() {
            list.retain(|m| m.id != id);
        }
    }

    fn of(&self, number: usize) -> Vec<MarkerView> {
        self.by_note.get(&number).cloned().unwrap_or_default()
    }
}
