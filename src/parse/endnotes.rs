//! A text's own notes: markers in the body, notes at the end.
//!
//! In: the body blocks (after the header) and the header's text. Out: where the notes section
//! starts and its notes, each with its label as written and the key its markers are found by
//! ([`markers_in`]). Label shapes: `[1]`, `(1)`, `1.` (after a `Notes` heading), a bare number
//! before the note (`1 Gemeint ist`, `1Letter not found.`), superscript digits (`¹`), and `*` or
//! `†`. Numbered notes without brackets are marked in the body by superscript digits, a number
//! glued to the word or punctuation before it (`Henry.2`, `Broschüre1`) or `[1]`. A trailing run
//! of blocks counts as notes without a heading only if the body (or the title) carries matching
//! markers, so a numbered list in the text is not mistaken for notes.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;

use super::blocks::RawBlock;

/// One of the text's own notes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndNote {
    /// The key its markers are found by: `[1]` and `(1)` as written, `^1` for a numbered note
    /// marked by a superscript or glued number, `*` and `†` as written.
    pub marker: String,
    /// The note's label as written before it: `[1]`, `1.`, `1`, `¹`, `*`.
    pub label: String,
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
/// `1 Gemeint ist …`, `1Letter not found.` (a capital right after the number), `¹ See …`.
static NUMBER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(\d{1,3})(?:\s+(\S.*)|(\p{Lu}.*))|([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})\s*(\S.*))$")
        .expect("valid regex")
});
/// `* A note.`, `†The note.`
static SYMBOL_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([*†])\s*(\S.*)$").expect("valid regex"));
/// A number glued to the letter or punctuation before it, not followed by a letter or digit.
static GLUED_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"[\p{L}.,;:!?)\]»”’"](\d{1,3})(?:[^\p{L}\p{N}]|$)"#).expect("valid regex")
});
/// Superscript digits.
static SUPERSCRIPT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}").expect("valid regex"));

/// True for a heading line that introduces notes (`Notes`, `Anmerkungen`, ...).
/// The headings are those of every language's lexicon ([`crate::lexicon::Lexicon::notes_headings`]).
pub fn is_notes_heading(line: &str) -> bool {
    let folded = crate::lexicon::fold(line.trim().trim_end_matches(':'));
    crate::lexicon::any_language_has(&folded, |l| l.notes_headings)
}

/// Finds the text's notes: after its last `Notes` heading (any label style), or else the last
/// run of note blocks near the end whose markers the body (or `header_text`, for a marker on
/// the title) uses.
pub fn find_end_notes(body: &[RawBlock], header_text: &str) -> Option<EndNotes> {
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
    let mut body_text: String = body[..start]
        .iter()
        .map(|b| b.text())
        .collect::<Vec<_>>()
        .join("\n");
    body_text.push('\n');
    body_text.push_str(header_text);
    let keys: BTreeSet<&str> = notes.iter().map(|n| n.marker.as_str()).collect();
    let used: BTreeSet<&str> = markers_in(&body_text, |key| keys.contains(key))
        .into_iter()
        .filter_map(|(_, key)| keys.get(key.as_str()).copied())
        .collect();
    let referenced = notes
        .iter()
        .filter(|n| used.contains(n.marker.as_str()))
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
            Some((marker, label, text)) => notes.push(EndNote {
                marker,
                label,
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

/// The key a note's label stands for in the body (`[1]`, `(1)`; `1.`, `1` and `¹` notes are
/// `^1`), the label as written, and the note's text.
fn note_label(line: &str, allow_dot_labels: bool) -> Option<(String, String, &str)> {
    for re in [&*BRACKET_LABEL, &*PAREN_LABEL, &*SYMBOL_LABEL] {
        if let Some(c) = re.captures(line) {
            let label = c.get(1)?.as_str().to_string();
            return Some((label.clone(), label, c.get(2)?.as_str()));
        }
    }
    if let Some(c) = NUMBER_LABEL.captures(line) {
        let (digits, text) = match c.get(1) {
            Some(d) => (d.as_str().to_string(), c.get(2).or(c.get(3))?.as_str()),
            None => (from_superscript(c.get(4)?.as_str()), c.get(5)?.as_str()),
        };
        let label = c.get(1).or(c.get(4))?.as_str().to_string();
        return Some((format!("^{}", digits.trim_start_matches('0')), label, text));
    }
    let c = DOT_LABEL.captures(line).filter(|_| allow_dot_labels)?;
    let digits = c.get(1)?.as_str();
    Some((
        format!("^{digits}"),
        format!("{digits}."),
        c.get(2)?.as_str(),
    ))
}

fn from_superscript(digits: &str) -> String {
    digits
        .chars()
        .map(|c| match c {
            '¹' => '1',
            '²' => '2',
            '³' => '3',
            '⁰' => '0',
            c => char::from_u32(u32::from(c) - 0x2074 + u32::from('4')).unwrap_or('?'),
        })
        .collect()
}

/// The note markers in `text` whose key `wanted` accepts, in order: (byte range, key). Keys are
/// those of [`EndNote::marker`]: `[n]`, `(n)`, `*`, `†` as written; `^n` for superscript
/// digits, a number glued to the word or punctuation before it, and `[n]` (for notes labelled
/// `1.` or `1`).
pub fn markers_in(
    text: &str,
    wanted: impl Fn(&str) -> bool,
) -> Vec<(std::ops::Range<usize>, String)> {
    let mut found: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    for (at, bracketed) in text.match_indices('[').filter_map(|(at, _)| {
        let close = text[at..].find(']')? + at;
        let inner = &text[at + 1..close];
        (!inner.is_empty() && inner.len() <= 3 && inner.bytes().all(|b| b.is_ascii_digit()))
            .then(|| (at, &text[at..=close]))
    }) {
        let numbered = format!(
            "^{}",
            bracketed[1..bracketed.len() - 1].trim_start_matches('0')
        );
        if wanted(bracketed) {
            found.push((at..at + bracketed.len(), bracketed.to_string()));
        } else if wanted(&numbered) {
            found.push((at..at + bracketed.len(), numbered));
        }
    }
    for (at, _) in text.match_indices('(') {
        if let Some(close) = text[at..].find(')').map(|c| c + at)
            && close - at <= 4
            && wanted(&text[at..=close])
        {
            found.push((at..close + 1, text[at..=close].to_string()));
        }
    }
    for symbol in ["*", "†"] {
        if wanted(symbol) {
            for (at, _) in text.match_indices(symbol) {
                let doubled =
                    text[..at].ends_with(symbol) || text[at + symbol.len()..].starts_with(symbol);
                if !doubled {
                    found.push((at..at + symbol.len(), symbol.to_string()));
                }
            }
        }
    }
    for m in SUPERSCRIPT.find_iter(text) {
        let key = format!("^{}", from_superscript(m.as_str()).trim_start_matches('0'));
        if wanted(&key) {
            found.push((m.range(), key));
        }
    }
    for c in GLUED_NUMBER.captures_iter(text) {
        let Some(digits) = c.get(1) else { continue };
        let key = format!("^{}", digits.as_str().trim_start_matches('0'));
        if wanted(&key) {
            found.push((digits.range(), key));
        }
    }
    found.sort_by_key(|(range, _)| range.start);
    found.dedup_by_key(|(range, _)| range.start);
    found
}

/// The body blocks with a block's closing lines split off when they are labelled notes
/// (`[1] See …` as the last lines of a letter written without blank lines), so that they can
/// be read as the notes section. Only the last [`MAX_TRAILING_BLOCKS`] + 1 blocks are looked at.
pub fn split_trailing_note_lines<'a>(blocks: &[RawBlock<'a>]) -> Vec<RawBlock<'a>> {
    let mut out = Vec::with_capacity(blocks.len() + 1);
    let tail_from = blocks.len().saturating_sub(MAX_TRAILING_BLOCKS + 1);
    for (i, block) in blocks.iter().enumerate() {
        let labelled = |line: &&str| {
            let line = line.trim();
            BRACKET_LABEL.is_match(line) || PAREN_LABEL.is_match(line)
        };
        let first_note = block.lines.iter().position(labelled);
        match first_note {
            Some(k) if i >= tail_from && k > 0 => {
                out.push(RawBlock {
                    line: block.line,
                    lines: block.lines[..k].to_vec(),
                    indented: block.indented,
                });
                out.push(RawBlock {
                    line: block.line + k,
                    lines: block.lines[k..].to_vec(),
                    indented: block.indented,
                });
            }
            _ => out.push(block.clone()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::blocks::split_blocks;
    use super::*;

    #[test]
    fn bracketed_notes_with_markers_in_the_body() {
        let text = "The first claim.[1] The second one.[2]\n\nNotes\n\n[1] See the minutes.\n\n[2] Pravda, 12 March 1938,\ncontinued here.";
        let blocks = split_blocks(text);
        let found = find_end_notes(&blocks, "").expect("notes");
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
        assert_eq!(find_end_notes(&split_blocks(text), ""), None);
    }

    #[test]
    fn matter_after_the_notes_stays_with_the_text() {
        let text = "Text.[1]\n\nNotes\n\n[1] See X.\n\nLast updated 12.1.2005";
        let found = find_end_notes(&split_blocks(text), "").expect("notes");
        assert_eq!((found.start, found.end), (1, 3));
        assert_eq!(found.notes[0].text, "See X.");
        let without_heading = "Text.[1]\n\n[1] See X.\n\nLast updated 12.1.2005";
        let found = find_end_notes(&split_blocks(without_heading), "").expect("notes");
        assert_eq!((found.start, found.end), (1, 2));
    }

    #[test]
    fn parenthesised_labels_keep_their_form() {
        let found = find_end_notes(&split_blocks("A claim (1) here.\n\n(1) The source."), "")
            .expect("notes");
        assert_eq!(found.notes[0].marker, "(1)");
    }

    #[test]
    fn dot_labels_after_a_notes_heading() {
        let text = "A claim.[1]\n\nAnmerkungen\n\n1. Zuerst in der Prawda.";
        let found = find_end_notes(&split_blocks(text), "").expect("notes");
        assert_eq!(found.start, 1);
        assert_eq!(found.notes[0].text, "Zuerst in der Prawda.");
    }

    #[test]
    fn numbers_glued_to_a_word_or_stop_mark_notes_labelled_by_a_bare_number() {
        let text = "Your favor of the 6th1 found me at the harvest.\n\n\
                    We heard of the death of our great Henry.2 In the loss of this man.\n\n\
                    1Letter not found.\n\n2Patrick Henry had died on June 6, 1799.";
        let blocks = split_blocks(text);
        let found = find_end_notes(&blocks, "").expect("notes");
        assert_eq!(found.notes.len(), 2);
        assert_eq!(found.notes[0].marker, "^1");
        assert_eq!(found.notes[0].label, "1");
        assert_eq!(
            found.notes[1].text,
            "Patrick Henry had died on June 6, 1799."
        );
        let body = blocks[0].text() + " " + &blocks[1].text();
        let markers = markers_in(&body, |k| k == "^1" || k == "^2");
        let keys: Vec<&str> = markers.iter().map(|(_, k)| k.as_str()).collect();
        assert_eq!(keys, ["^1", "^2"]);
        assert_eq!(&body[markers[0].0.clone()], "1");
    }

    #[test]
    fn a_year_or_a_number_in_prose_is_not_a_marker() {
        let text = "In 1917 there were 2 of them, and 6th of June; see Nr. 3.";
        assert!(markers_in(text, |k| k.starts_with('^')).is_empty());
    }

    #[test]
    fn superscripts_stars_and_daggers() {
        let found = find_end_notes(
            &split_blocks("A claim¹ and a second.²\n\n¹ The first.\n\n² The second."),
            "",
        )
        .expect("superscript notes");
        assert_eq!(found.notes[1].marker, "^2");
        assert_eq!(found.notes[1].label, "²");
        let stars = find_end_notes(
            &split_blocks("A title*\n\nThe text, with a dagger† in it.\n\n* On the title.\n\n† On the dagger."),
            "",
        )
        .expect("symbol notes");
        let keys: Vec<&str> = stars.notes.iter().map(|n| n.marker.as_str()).collect();
        assert_eq!(keys, ["*", "†"]);
        assert!(markers_in("**bold** text", |k| k == "*").is_empty());
    }

    #[test]
    fn a_marker_on_the_title_counts_and_trailing_note_lines_are_split_off() {
        let blocks = split_blocks(
            "Some days ago I sent you a letter giving it up.\nIf you have already commissioned someone, reply.\n[1] See the previous letter.",
        );
        assert_eq!(blocks.len(), 1);
        let split = split_trailing_note_lines(&blocks);
        assert_eq!(split.len(), 2);
        assert_eq!(split[1].line, 3);
        assert_eq!(find_end_notes(&split, ""), None, "no marker in the body");
        let with_title = find_end_notes(&split, "A letter[1]").expect("the title's marker");
        assert_eq!(with_title.notes[0].text, "See the previous letter.");
    }
}
