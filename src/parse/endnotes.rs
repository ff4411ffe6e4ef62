//! A text's own numbered notes: markers such as `[1]` in the body, notes at the end.
//!
//! In: the body blocks (after the header). Out: where the notes section starts and its notes,
//! each with its label. A trailing run of blocks counts as notes only if its lines start with
//! note labels (`[1]`, `(1)`, or `1.` after a `Notes` heading) and the body carries matching
//! markers, so a numbered list in the text is not mistaken for notes.

use std::sync::LazyLock;

use regex::Regex;

use super::blocks::RawBlock;

/// One of the text's own notes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndNote {
    /// The marker as written in the body, e.g. `[1]`.
    pub marker: String,
    /// The note's text, without its label.
    pub text: String,
    /// 1-based line in the file.
    pub line: usize,
}

/// The notes section found at the end of a text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EndNotes {
    /// Index (into the body blocks) where the notes section, with its heading, starts.
    pub start: usize,
    /// Index just past its last note; blocks from here on (a "Last updated" line, a signature)
    /// are the text's again.
    pub end: usize,
    /// The notes, in the order written.
    pub notes: Vec<EndNote>,
}

/// At most this many blocks may follow a notes section without a heading.
const MAX_TRAILING_BLOCKS: usize = 3;

static BRACKET_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\[\d{1,3}\])\s*(.*)$").expect("valid regex"));
static PAREN_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\(\d{1,3}\))\s+(.*)$").expect("valid regex"));
static DOT_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,3})[.)]\s+(.*)$").expect("valid regex"));

/// True for a heading line that introduces notes (`Notes`, `Anmerkungen`, ...).
/// The headings are those of every language's lexicon ([`crate::lexicon::Lexicon::notes_headings`]).
pub fn is_notes_heading(line: &str) -> bool {
    let folded = crate::lexicon::fold(line.trim().trim_end_matches(':'));
    crate::lexicon::any_language_has(&folded, |l| l.notes_headings)
}

/// Finds the text's notes: after its last `Notes` heading (any label style), or else the last
/// run of `[n]`/`(n)` blocks near the end whose markers the body uses.
pub fn find_end_notes(body: &[RawBlock]) -> Option<EndNotes> {
    let heading = body
        .iter()
        .rposition(|b| b.is_single_line() && is_notes_heading(b.lines[0]));
    if let Some(h) = heading {
        let (notes, end) = notes_from(body, h + 1, true);
        if !notes.is_empty() {
            return Some(EndNotes {
                start: h,
                end,
                notes,
            });
        }
    }
    let last = body
        .iter()
        .rposition(|b| notes_in_block(b, false).is_some())?;
    if body.len() - 1 - last > MAX_TRAILING_BLOCKS {
        return None;
    }
    let mut start = last;
    while start > 0 && notes_in_block(&body[start - 1], false).is_some() {
        start -= 1;
    }
    let (notes, end) = notes_from(body, start, false);
    let body_text: String = body[..start]
        .iter()
        .map(|b| b.text())
        .collect::<Vec<_>>()
        .join("\n");
    let referenced = notes
        .iter()
        .filter(|n| body_text.contains(&n.marker))
        .count();
    (referenced * 2 >= notes.len()).then_some(EndNotes { start, end, notes })
}

/// The notes in the blocks from `start` up to the first block that is not one.
fn notes_from(body: &[RawBlock], start: usize, allow_dot_labels: bool) -> (Vec<EndNote>, usize) {
    let mut notes = Vec::new();
    let mut end = start;
    while let Some(found) = body
        .get(end)
        .and_then(|b| notes_in_block(b, allow_dot_labels))
    {
        notes.extend(found);
        end += 1;
    }
    (notes, end)
}

/// The notes in one block, if every line either starts a note or continues the previous one.
fn notes_in_block(block: &RawBlock, allow_dot_labels: bool) -> Option<Vec<EndNote>> {
    let mut notes: Vec<EndNote> = Vec::new();
    for (i, line) in block.lines.iter().enumerate() {
        let line = line.trim();
        match note_label(line, allow_dot_labels) {
            Some((marker, text)) => notes.push(EndNote {
                marker,
                text: text.to_string(),
                line: block.line + i,
            }),
            None => {
                let last = notes.last_mut()?;
                last.text.push(' ');
                last.text.push_str(line);
            }
        }
    }
    Some(notes)
}

/// The marker a note's label stands for in the body (`[1]`, `(1)`; `1.` notes are marked `[1]`),
/// and the note's text.
fn note_label(line: &str, allow_dot_labels: bool) -> Option<(String, &str)> {
    for re in [&*BRACKET_LABEL, &*PAREN_LABEL] {
        if let Some(c) = re.captures(line) {
            return Some((c.get(1)?.as_str().to_string(), c.get(2)?.as_str()));
        }
    }
    let c = DOT_LABEL.captures(line).filter(|_| allow_dot_labels)?;
    Some((format!("[{}]", c.get(1)?.as_str()), c.get(2)?.as_str()))
}

#[cfg(test)]
mod tests {
    use super::super::blocks::split_blocks;
    use super::*;

    #[test]
    fn bracketed_notes_with_markers_in_the_body() {
        let text = "The first claim.[1] The second one.[2]\n\nNotes\n\n[1] See the minutes.\n\n[2] Pravda, 12 March 1938,\ncontinued here.";
        let blocks = split_blocks(text);
        let found = find_end_notes(&blocks).expect("notes");
        assert_eq!(found.start, 1);
        assert_eq!(found.notes.len(), 2);
        assert_eq!(found.notes[0].marker, "[1]");
        assert_eq!(
            found.notes[1].text,
            "Pravda, 12 March 1938, continued here."
        );
        assert_eq!(found.notes[1].line, 7);
    }

    #[test]
    fn numbered_list_without_markers_is_not_notes() {
        let text = "There are two points.\n\n[1] the first point\n\n[2] the second point";
        assert_eq!(find_end_notes(&split_blocks(text)), None);
    }

    #[test]
    fn matter_after_the_notes_stays_with_the_text() {
        let text = "Text.[1]\n\nNotes\n\n[1] See X.\n\nLast updated 12.1.2005";
        let found = find_end_notes(&split_blocks(text)).expect("notes");
        assert_eq!((found.start, found.end), (1, 3));
        assert_eq!(found.notes[0].text, "See X.");
        let without_heading = "Text.[1]\n\n[1] See X.\n\nLast updated 12.1.2005";
        let found = find_end_notes(&split_blocks(without_heading)).expect("notes");
        assert_eq!((found.start, found.end), (1, 2));
    }

    #[test]
    fn parenthesised_labels_keep_their_form() {
        let found =
            find_end_notes(&split_blocks("A claim (1) here.\n\n(1) The source.")).expect("notes");
        assert_eq!(found.notes[0].marker, "(1)");
    }

    #[test]
    fn dot_labels_after_a_notes_heading() {
        let text = "A claim.[1]\n\nAnmerkungen\n\n1. Zuerst in der Prawda.";
        let found = find_end_notes(&split_blocks(text)).expect("notes");
        assert_eq!(found.start, 1);
        assert_eq!(found.notes[0].text, "Zuerst in der Prawda.");
    }
}
