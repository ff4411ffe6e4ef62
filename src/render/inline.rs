//! A paragraph's text with its marks, as nested HTML.
//!
//! In: the paragraph's verbatim text and [`Mark`]s over byte ranges of it (quotations and
//! elisions from the parser, note markers, links to the cross-reference page). Out: HTML in which
//! marks nest properly; a mark that would cross an enclosing one is dropped rather than producing
//! broken markup. Text between marks gets typographic quotes and dashes; elisions and note
//! markers are leaves.

use std::ops::Range;

use super::typography::{escape, smarten};

/// Something to mark in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    /// Byte range in the paragraph text.
    pub range: Range<usize>,
    /// How to mark it.
    pub kind: MarkKind,
}

/// How a [`Mark`] is rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkKind {
    /// A quoted phrase.
    Quote,
    /// An elision, shown exactly as written.
    Elision,
    /// A note marker, replacing the range (`[1]` as written, or nothing).
    NoteRef {
        /// The number shown.
        number: usize,
        /// The marker's own id (the note's backlink points here).
        id: String,
    },
    /// The status mark after a studied quotation: a link to its note in the page's
    /// "Quotations" section (a leaf, usually of an empty range at the quotation's end).
    QuoteCheck {
        /// The phrase's number in the text.
        number: usize,
        /// `verbatim`, `variant`, `not_found`, `term` or `title`.
        key: &'static str,
        /// The mark shown.
        symbol: &'static str,
        /// The status, for readers.
        label: &'static str,
    },
    /// A link around the range.
    Link {
        /// Where it goes.
        href: String,
        /// Its class.
        class: &'static str,
    },
}

impl MarkKind {
    /// Leaves replace their range and contain nothing else.
    fn is_leaf(&self) -> bool {
        matches!(
            self,
            MarkKind::Elision | MarkKind::NoteRef { .. } | MarkKind::QuoteCheck { .. }
        )
    }
}

/// A paragraph as HTML, and the ids of the note markers it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedInline {
    /// The HTML.
    pub html: String,
    /// Ids of the note markers written, in order (back-links may point only at these).
    pub note_markers: Vec<String>,
}

/// Renders `text` with `marks`.
pub fn render_inline(text: &str, mut marks: Vec<Mark>) -> RenderedInline {
    let mut note_markers = Vec::new();
    marks.sort_by_key(|m| (m.range.start, std::cmp::Reverse(m.range.end)));
    let mut out = String::with_capacity(text.len() * 5 / 4);
    let mut open: Vec<(usize, &'static str)> = Vec::new();
    let mut position = 0;
    for mark in &marks {
        if mark.range.start < position || mark.range.end > text.len() {
            continue; // overlaps a leaf already written, or out of range
        }
        close_until(text, mark.range.start, &mut open, &mut position, &mut out);
        if open.last().is_some_and(|&(end, _)| mark.range.end > end) {
            continue; // would cross the enclosing mark
        }
        push_text(text, position..mark.range.start, &mut out);
        position = mark.range.start;
        match &mark.kind {
            MarkKind::NoteRef { number, id } => {
                out.push_str(&format!(
                    "<sup class=\"noteref\"><a role=\"doc-noteref\" id=\"{id}\" href=\"#note-{number}\">{number}</a></sup>"
                ));
                note_markers.push(id.clone());
                position = mark.range.end;
            }
            MarkKind::QuoteCheck {
                number,
                key,
                symbol,
                label,
            } => {
                out.push_str(&format!(
                    "<sup class=\"quote-check quote-{key}\"><a id=\"quote-ref-{number}\" href=\"#quote-{number}\"><span aria-hidden=\"true\">{symbol}</span><span class=\"visually-hidden\">quotation {number}: {label}</span></a></sup>"
                ));
                position = mark.range.end;
            }
            MarkKind::Elision => {
                out.push_str("<span class=\"elision\">");
                out.push_str(&escape(&text[mark.range.clone()]));
                out.push_str("</span>");
                position = mark.range.end;
            }
            MarkKind::Quote => {
                out.push_str("<span class=\"quote\">");
                open.push((mark.range.end, "</span>"));
            }
            MarkKind::Link { href, class } => {
                out.push_str(&format!("<a class=\"{class}\" href=\"{}\">", escape(href)));
                open.push((mark.range.end, "</a>"));
            }
        }
        debug_assert!(!mark.kind.is_leaf() || position == mark.range.end);
    }
    close_until(text, text.len(), &mut open, &mut position, &mut out);
    push_text(text, position..text.len(), &mut out);
    RenderedInline {
        html: out,
        note_markers,
    }
}

/// Closes every open mark ending at or before `limit`, writing the text up to each end.
fn close_until(
    text: &str,
    limit: usize,
    open: &mut Vec<(usize, &'static str)>,
    position: &mut usize,
    out: &mut String,
) {
    while let Some(&(end, closing)) = open.last() {
        if end > limit {
            break;
        }
        push_text(text, *position..end, out);
        *position = end;
        out.push_str(closing);
        open.pop();
    }
}

/// Writes text with typography; a kept line break becomes `<br>`.
fn push_text(text: &str, range: Range<usize>, out: &mut String) {
    if range.start >= range.end {
        return;
    }
    let mut start = range.start;
    for (offset, _) in text[range.clone()].match_indices('\n') {
        let at = range.start + offset;
        out.push_str(&smarten(text, start..at));
        out.push_str("<br>\n");
        start = at + 1;
    }
    out.push_str(&smarten(text, start..range.end));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(range: Range<usize>, kind: MarkKind) -> Mark {
        Mark { range, kind }
    }

    #[test]
    fn quotes_links_and_note_markers_nest() {
        let text = "He wrote `Stalin ... is' here.[1]";
        let marks = vec![
            mark(9..24, MarkKind::Quote),
            mark(
                10..16,
                MarkKind::Link {
                    href: "../x.html#entry-stalin".into(),
                    class: "xref",
                },
            ),
            mark(17..20, MarkKind::Elision),
            mark(
                30..33,
                MarkKind::NoteRef {
                    number: 2,
                    id: "noteref-2".into(),
                },
            ),
        ];
        assert_eq!(
            render_inline(text, marks).html,
            "He wrote <span class=\"quote\">‘<a class=\"xref\" href=\"../x.html#entry-stalin\">Stalin</a> \
             <span class=\"elision\">...</span> is’</span> here.<sup class=\"noteref\"><a role=\"doc-noteref\" \
             id=\"noteref-2\" href=\"#note-2\">2</a></sup>"
        );
    }

    #[test]
    fn a_quotation_s_status_mark_follows_it_and_names_itself_for_screen_readers() {
        let text = "He wrote `never' twice.";
        let marks = vec![
            mark(9..16, MarkKind::Quote),
            mark(
                16..16,
                MarkKind::QuoteCheck {
                    number: 3,
                    key: "variant",
                    symbol: "≈",
                    label: "close variant of the quoted passage",
                },
            ),
        ];
        assert_eq!(
            render_inline(text, marks).html,
            "He wrote <span class=\"quote\">‘never’</span><sup class=\"quote-check quote-variant\">\
             <a id=\"quote-ref-3\" href=\"#quote-3\"><span aria-hidden=\"true\">≈</span>\
             <span class=\"visually-hidden\">quotation 3: close variant of the quoted passage</span>\
             </a></sup> twice."
        );
    }

    #[test]
    fn only_the_note_markers_written_are_reported() {
        let text = "Claim.[1]";
        let marks = vec![
            mark(
                6..9,
                MarkKind::NoteRef {
                    number: 1,
                    id: "noteref-1".into(),
                },
            ),
            mark(
                6..9,
                MarkKind::NoteRef {
                    number: 2,
                    id: "noteref-2".into(),
                },
            ),
        ];
        assert_eq!(render_inline(text, marks).note_markers, vec!["noteref-1"]);
    }

    #[test]
    fn crossing_marks_are_dropped_not_broken() {
        let text = "abc def ghi";
        let marks = vec![
            mark(0..7, MarkKind::Quote),
            mark(
                4..11,
                MarkKind::Link {
                    href: "#x".into(),
                    class: "xref",
                },
            ),
        ];
        assert_eq!(
            render_inline(text, marks).html,
            "<span class=\"quote\">abc def</span> ghi"
        );
    }

    #[test]
    fn zero_width_marker_at_the_end_and_line_breaks() {
        let text = "one\ntwo";
        let marks = vec![mark(
            7..7,
            MarkKind::NoteRef {
                number: 1,
                id: "noteref-1".into(),
            },
        )];
        assert_eq!(
            render_inline(text, marks).html,
            "one<br>\ntwo<sup class=\"noteref\"><a role=\"doc-noteref\" id=\"noteref-1\" href=\"#note-1\">1</a></sup>"
        );
    }
}
