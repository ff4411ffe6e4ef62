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
    /// The notes, in the order written.
    pub notes: Vec<EndNote>,
}

static BRACKET_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\[(\d{1,3})\]\s*(.*)$").expect("valid regex"));
static PAREN_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\((\d{1,3})\)\s+(.*)$").expect("valid regex"));
static DOT_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,3})[.)]\s+(.*)$").expect("valid regex"));

const NOTES_HEADINGS: &[&str] = &[
    "notes",
    "endnotes",
    "footnotes",
    "notes and references",
    "anmerkungen",
    "fußnoten",
    "fussnoten",
    "notas",
    "note",
];

/// True for a heading line that introduces notes (`Notes`, `Anmerkungen`, ...).
pub fn is_notes_heading(line: &str) -> bool {
    let line = line.trim().trim_end_matches(':').to_lowercase();
    NOTES_HEADINGS.contains(&line.as_str())
}

/// Finds the notes section at the end of `body`, if there is one whose markers the body uses.
pub fn find_end_notes(body: &[RawBlock]) -> Option<EndNotes> {
    let mut start = body.len();
    let mut notes: Vec<EndNote> = Vec::new();
    while start > 0 {
        let block = &body[start - 1];
        let Some(block_notes) = notes_in_block(block, false) else {
            break;
        };
        notes.splice(0..0, block_notes);
        start -= 1;
    }
    if notes.is_empty() {
        // After a Notes heading, plain `1.` labels count too.
        let heading = body
            .iter()
            .rposition(|b| b.is_single_line() && is_notes_heading(b.lines[0]))?;
        for block in &body[heading + 1..] {
            notes.extend(notes_in_block(block, true)?);
        }
        start = heading + 1;
    }
    let heading = start
        .checked_sub(1)
        .filter(|&i| body[i].is_single_line() && is_notes_heading(body[i].lines[0]));
    if notes.is_empty() {
        return None;
    }
    let body_text: String = body[..heading.unwrap_or(start)]
        .iter()
        .map(|b| b.text())
        .collect::<Vec<_>>()
        .join("\n");
    let referenced = notes
        .iter()
        .filter(|n| body_text.contains(&n.marker))
        .count();
    if heading.is_none() && referenced * 2 < notes.len() {
        return None;
    }
    Some(EndNotes {
        start: heading.unwrap_or(start),
        notes,
    })
}

/// The notes in one block, if every line either starts a note or continues the previous one.
fn notes_in_block(block: &RawBlock, allow_dot_labels: bool) -> Option<Vec<EndNote>> {
    let mut notes: Vec<EndNote> = Vec::new();
    for (i, line) in block.lines.iter().enumerate() {
        let line = line.trim();
        match note_label(line, allow_dot_labels) {
            Some((number, text)) => notes.push(EndNote {
                marker: format!("[{number}]"),
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

fn note_label(line: &str, allow_dot_labels: bool) -> Option<(String, &str)> {
    let mut patterns = vec![&*BRACKET_LABEL, &*PAREN_LABEL];
    if allow_dot_labels {
        patterns.push(&*DOT_LABEL);
    }
    patterns.into_iter().find_map(|re| {
        let c = re.captures(line)?;
        let number = c.get(1)?.as_str().to_string();
        let text = c.get(2)?.as_str();
        Some((number, text))
    })
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
    fn dot_labels_after_a_notes_heading() {
        let text = "A claim.[1]\n\nAnmerkungen\n\n1. Zuerst in der Prawda.";
        let found = find_end_notes(&split_blocks(text)).expect("notes");
        assert_eq!(found.start, 1);
        assert_eq!(found.notes[0].text, "Zuerst in der Prawda.");
    }
}
