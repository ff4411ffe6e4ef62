//! Line roles: what each line of a text is, decided before anything else reads it.
//!
//! In: the whole text of a seed. Out: one [`LineReading`] per line: its [`LineRole`] from a
//! closed set (page furniture, header field, dateline, salutation, closing, signature, notes
//! heading, body, blank), the named shape that decided it with its score, and the runner-up when
//! another shape also matched. The shapes are data ([`shapes::SHAPES`], tried in order, the
//! highest score winning); every threshold is named in [`shapes`]. A line no shape claims is
//! body text: an unknown line is never the end of anything.
//!
//! What the parser does with the roles ([`reading_text`]): furniture lines (navigation, menus,
//! link lists, update stamps, comment labels) are left out of what the header and body readers
//! see, line numbers kept, so they never become paragraphs or titles; a header field written as
//! a table row (`Written | 10 May 1939 |`) is read as `Written: 10 May 1939`. The file itself
//! is never changed: the page links the original.

pub mod shapes;

use serde::Serialize;

use crate::model::{Document, NoteKind};
use crate::parse::dates::{HistoricalDate, find_dates};
use shapes::{Context, SHAPES};

/// What a line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LineRole {
    /// An empty line.
    Blank,
    /// Page furniture: navigation, menus, link lists, update stamps, comment labels.
    Furniture,
    /// A labelled header field (`Written: 1938`, `Quelle: ...`), also in a table row.
    Field,
    /// Place and date (`Coyoacán, March 6, 1938`), at the top or the bottom of a letter.
    Dateline,
    /// `Dear Comrade,`, `Lieber Genosse!`, `Cher ami,`.
    Salutation,
    /// `Yours,`, `Mit bolschewistischem Gruß`.
    Closing,
    /// The name under a closing formula.
    Signature,
    /// The page's author, named at its foot below the page's tools (`Benito A. Flores Sáez`
    /// after a view counter), as news and blog pages print it.
    Byline,
    /// The heading of a notes section (`Notes`, `Anmerkungen`).
    NotesHeading,
    /// A note of the text's own, after its notes heading: `[1] See ...`, `2. Ibid.`, `* ...`.
    Note,
    /// The title, as the header reader decided it (see [`settle_roles`]).
    Title,
    /// A subtitle or a section's heading under the title, as the header reader decided it.
    Subtitle,
    /// Whom a letter is written to, right above its salutation (`To the Editor`).
    Addressee,
    /// A note's label alone on its line (`[1]`), the note or its reference under it.
    NoteLabel,
    /// A bibliographic reference on its own line, in or after the text.
    Reference,
    /// The text's own source: a `Source:` field or a bracketed source line in the header.
    SourceLine,
    /// Anything else: the text itself.
    Body,
}

impl LineRole {
    /// The role's name as `inspect` prints it.
    pub fn name(self) -> &'static str {
        match self {
            LineRole::Blank => "blank",
            LineRole::Furniture => "furniture",
            LineRole::Field => "field",
            LineRole::Dateline => "dateline",
            LineRole::Salutation => "salutation",
            LineRole::Closing => "closing",
            LineRole::Signature => "signature",
            LineRole::Byline => "byline",
            LineRole::NotesHeading => "notes-heading",
            LineRole::Note => "note",
            LineRole::Title => "title",
            LineRole::Subtitle => "subtitle",
            LineRole::Addressee => "addressee",
            LineRole::NoteLabel => "note-label",
            LineRole::Reference => "reference",
            LineRole::SourceLine => "source",
            LineRole::Body => "body",
        }
    }
}

/// One line with its role and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LineReading {
    /// 1-based line number in the file.
    pub line: usize,
    /// What the line is.
    pub role: LineRole,
    /// The shape that decided it (`pipe-links`, `salutation`, ...; `default` for body text).
    pub shape: &'static str,
    /// The winning shape's score (0–100).
    pub score: u8,
    /// Another shape that matched, with its role and score, when there was one.
    pub runner_up: Option<(&'static str, LineRole, u8)>,
    /// True for a line of running prose (long, with spaces and punctuation).
    pub prose: bool,
    /// What the line gives beyond its role: a table-row field as `Label: value` (a label alone
    /// on its line with the value from the lines under it, which give the empty string), or the
    /// name a signature (or a closing with the name on the same line) signs with.
    pub value: Option<String>,
}

/// Gives every line of `text` a role. Lines are split as [`str::lines`] does (`\n`, `\r\n`),
/// and a lone `\r` also ends a line.
pub fn read_lines(text: &str) -> Vec<LineReading> {
    let unmarked: Vec<std::borrow::Cow<str>> = split_lines(text)
        .into_iter()
        .map(shapes::without_markup)
        .collect();
    let lines: Vec<&str> = unmarked.iter().map(|l| l.as_ref()).collect();
    let context = Context::new(&lines);
    let mut readings: Vec<LineReading> = Vec::with_capacity(lines.len());
    for (index, line) in lines.iter().enumerate() {
        let reading = read_line(index, line, &context, &readings);
        context.saw(reading.role);
        readings.push(reading);
    }
    mark_masthead(&mut readings, &lines);
    join_field_values(&mut readings, &lines);
    readings
}

/// A label alone on its line takes the lines under it as its value, as a page flattened with a
/// line break at every link writes it (`Source:` / `Lenin` / `Collected Works,` / ... / `page
/// 154.`): the lines up to a blank line, another label, a note (`[1] ...`) or a line of the
/// letter's frame, at most
/// [`shapes::FIELD_VALUE_MAX_LINES`] of them. The label's line gives the whole field, the
/// value's lines are read as part of it; under a page tool's label (`Other Formats:`) they are
/// furniture like it.
fn join_field_values(readings: &mut [LineReading], lines: &[&str]) {
    let mut i = 0;
    while i < readings.len() {
        let label = lines[i].trim();
        let role = readings[i].role;
        let label_only = (role == LineRole::Field || readings[i].shape == "page-label")
            && readings[i].value.is_none()
            && label.ends_with(':');
        if !label_only {
            i += 1;
            continue;
        }
        let value_lines: Vec<usize> = (i + 1..readings.len())
            .take(shapes::FIELD_VALUE_MAX_LINES)
            .take_while(|&j| {
                let continues = matches!(
                    readings[j].role,
                    LineRole::Body | LineRole::Dateline | LineRole::Furniture
                );
                let line = lines[j].trim();
                continues && !line.ends_with(':') && !shapes::opens_with_note_marker(line)
            })
            .collect();
        if value_lines.is_empty() {
            i += 1;
            continue;
        }
        // A page tool's label (`Other Formats:` / `Text` / `• README`) makes its value
        // furniture too; a field's label gives the field.
        let furniture = role == LineRole::Furniture;
        if !furniture {
            let value: Vec<&str> = value_lines.iter().map(|&j| lines[j].trim()).collect();
            readings[i].value = Some(format!("{label} {}", value.join(" ")));
        }
        for &j in &value_lines {
            let reading = &mut readings[j];
            reading.runner_up = Some((reading.shape, reading.role, reading.score));
            reading.role = role;
            reading.shape = if furniture {
                "label-value"
            } else {
                "field-value"
            };
            reading.value = (!furniture).then(String::new);
        }
        i = value_lines[value_lines.len() - 1] + 1;
    }
}

/// A site's masthead at the top of the page: its name, a tagline in a sentence, a menu flattened
/// into a line (`Nouvelles de Paris` / `Une collection de lettres ...` / `Personnes impliquées
/// ...` / `|`), or a promotion between its tools (`SHOW LESS` / `You also want an ePaper? ...`
/// / `514 UMBERTO ZANOTTI-BIANCO`). Read as: at most [`shapes::MASTHEAD_MAX_LINES`] body
/// lines between the file's start or a furniture line and a furniture line, one of them a
/// sentence, before any line of the text's own header (a field, a dateline, a salutation), with
/// more text after it than in it. Such lines are furniture too. Headings over a link bar
/// (`Title` / `Author` / `← previous | next →`) hold no sentence and stay the text's.
fn mark_masthead(readings: &mut [LineReading], lines: &[&str]) {
    let text_after: Vec<usize> = {
        let mut after = vec![0; readings.len() + 1];
        for i in (0..readings.len()).rev() {
            let here = if readings[i].role == LineRole::Body {
                lines[i].len()
            } else {
                0
            };
            after[i] = after[i + 1] + here;
        }
        after
    };
    let mut run: Vec<usize> = Vec::new();
    for i in 0..readings.len() {
        match readings[i].role {
            LineRole::Blank => {}
            LineRole::Body => run.push(i),
            LineRole::Furniture => {
                let run_chars: usize = run.iter().map(|&r| lines[r].len()).sum();
                let masthead = (1..=shapes::MASTHEAD_MAX_LINES).contains(&run.len())
                    && run
                        .iter()
                        .any(|&r| readings[r].prose || shapes::has_sentence_break(lines[r]))
                    && text_after[i + 1] > run_chars;
                if masthead {
                    for &r in &run {
                        let reading = &mut readings[r];
                        reading.runner_up = Some((reading.shape, reading.role, reading.score));
                        reading.role = LineRole::Furniture;
                        reading.shape = "masthead";
                        reading.score = shapes::MASTHEAD_SCORE;
                    }
                }
                run.clear();
            }
            _ => return, // the text's own header has begun
        }
    }
}

fn read_line(index: usize, line: &str, context: &Context, before: &[LineReading]) -> LineReading {
    let mut reading = LineReading {
        line: index + 1,
        role: LineRole::Body,
        shape: "default",
        score: shapes::BODY_SCORE,
        runner_up: None,
        value: None,
        prose: shapes::is_prose(line.trim()),
    };
    if line.trim().is_empty() {
        reading.role = LineRole::Blank;
        reading.shape = "blank";
        reading.score = 100;
        return reading;
    }
    let mut matches: Vec<(&'static str, LineRole, u8, Option<String>)> = Vec::new();
    let shaped = shapes::without_quote_marks(line);
    for shape in SHAPES {
        if let Some((score, value)) = (shape.test)(index, shaped, context, before) {
            matches.push((shape.name, shape.role, score, value));
        }
    }
    // The highest score wins; among equals, the shape listed first.
    matches.sort_by_key(|m| std::cmp::Reverse(m.2));
    let mut matches = matches.into_iter();
    if let Some((shape, role, score, value)) = matches.next() {
        reading.role = role;
        reading.shape = shape;
        reading.score = score;
        reading.value = value;
    }
    reading.runner_up = matches
        .next()
        .map(|(shape, role, score, _)| (shape, role, score));
    reading
}

/// Splits the blocks that begin before the text's first line of prose and mix lines of
/// different roles (a field, a dateline or a salutation among other lines): each line before
/// the prose becomes a block of its own, the prose and what follows stay one block, so that the header reader takes each line for what it is: pages flattened from HTML
/// put a whole header (`Written: ...`, `Source:`, the source itself, `Dear Colleague`) in one
/// block without blank lines.
pub fn split_header_blocks<'a>(
    blocks: Vec<crate::parse::blocks::RawBlock<'a>>,
    readings: &[LineReading],
) -> Vec<crate::parse::blocks::RawBlock<'a>> {
    let first_prose = first_prose_line(readings).unwrap_or(usize::MAX);
    let mut out = Vec::with_capacity(blocks.len());
    for block in blocks {
        let lines = block.line..block.line + block.lines.len();
        let roles: Vec<LineRole> = lines
            .clone()
            .filter_map(|l| readings.get(l - 1).map(|r| r.role))
            .collect();
        let mixed = roles.windows(2).any(|w| w[0] != w[1])
            && roles.iter().any(|r| {
                matches!(
                    r,
                    LineRole::Field | LineRole::Dateline | LineRole::Salutation
                )
            });
        if block.line < first_prose && block.lines.len() > 1 && mixed {
            // The lines before the prose one by one, the prose and what follows as one block.
            let before = (first_prose - block.line).min(block.lines.len());
            for (i, line) in block.lines[..before].iter().enumerate() {
                out.push(crate::parse::blocks::RawBlock {
                    line: block.line + i,
                    lines: vec![line],
                    indented: block.indented,
                });
            }
            if before < block.lines.len() {
                out.push(crate::parse::blocks::RawBlock {
                    line: block.line + before,
                    lines: block.lines[before..].to_vec(),
                    indented: block.indented,
                });
            }
        } else {
            out.push(block);
        }
    }
    out
}

/// The 1-based number of the text's first line of prose: body text no shape claimed, long
/// and punctuated. What stands above it is the page's top edge.
pub fn first_prose_line(readings: &[LineReading]) -> Option<usize> {
    readings
        .iter()
        .position(|r| r.role == LineRole::Body && r.score == shapes::BODY_SCORE && r.prose)
        .map(|i| i + 1)
}

/// The lines of `text`: `\n`, `\r\n` and a lone `\r` end a line.
pub fn split_lines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    for line in text.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        lines.extend(line.split('\r'));
    }
    if text.ends_with('\n') {
        lines.pop();
    }
    lines
}

/// The author a letter's signature gives, when it gives a name: initials alone (`L. T.`) are
/// too weak, a single word only counts on its own line right under a closing formula (`Yours,`
/// / `LOUIS.`), not after the formula on its line (`Ihr Alter`) nor alone at a page's bottom. A name printed in capitals is written as a name
/// (`LOUIS` → `Louis`).
pub fn signed_author(readings: &[LineReading]) -> Option<String> {
    readings
        .iter()
        .rev()
        .filter(|r| r.role == LineRole::Signature)
        .filter_map(|r| Some((r.shape, r.value.as_deref()?)))
        .find(|(shape, name)| {
            let words: Vec<&str> = name.split_whitespace().collect();
            let not_initials = words
                .iter()
                .any(|w| w.trim_end_matches('.').chars().count() > 1);
            not_initials && (words.len() >= 2 || *shape == "signature")
        })
        .map(|(_, name)| name_case(name))
}

/// Gives the lines the header reader settled their final role, for `inspect`: the line the
/// title was read from ([`LineRole::Title`]: the shortest line above the first line of prose
/// that holds it), the subtitles and the text's own source lines it
/// recorded ([`LineRole::Subtitle`], [`LineRole::SourceLine`]), and lines above the first line
/// of prose that give an author's name ([`LineRole::Byline`]). What the shapes said is kept as
/// the runner-up. `lines` are the file's lines.
pub fn settle_roles(readings: &mut [LineReading], lines: &[&str], document: &Document) {
    let first_prose = first_prose_line(readings).unwrap_or(lines.len() + 1);
    let mut settle = |line: usize, role: LineRole, shape: &'static str| {
        if let Some(reading) = line.checked_sub(1).and_then(|i| readings.get_mut(i))
            && reading.role != role
        {
            reading.runner_up = Some((reading.shape, reading.role, reading.score));
            reading.role = role;
            reading.shape = shape;
            reading.score = SETTLED_SCORE;
        }
    };
    for field in &document.header {
        match field.label.as_str() {
            "Subtitle" => settle(field.line, LineRole::Subtitle, "header-subtitle"),
            "Source" => settle(field.line, LineRole::SourceLine, "header-source"),
            _ => {}
        }
    }
    for note in &document.notes {
        if note.kind == NoteKind::SourceOfText && note.line > 0 {
            settle(note.line, LineRole::SourceLine, "header-source");
        }
    }
    let top = || (1..first_prose.min(lines.len() + 1)).map(|n| (n, lines[n - 1].trim()));
    if let Some(title) = document.title.as_deref().filter(|t| !t.is_empty())
        && let Some((n, _)) = top()
            .filter(|(_, line)| line.contains(title))
            .min_by_key(|(n, line)| (line.len(), *n))
    {
        // The line closest to the title itself: `Lenin: Briefe aus der Ferne1` rather than
        // the archive's code line `Lenin 19170320 Briefe aus der Ferne` above it.
        settle(n, LineRole::Title, "header-title");
    }
    let bylines: Vec<usize> = top()
        .filter(|(_, line)| {
            let name = crate::parse::header::byline_name(line);
            let name = name.as_deref().unwrap_or(line);
            document.authors.iter().any(|a| a == name) && document.title.as_deref() != Some(line)
        })
        .map(|(n, _)| n)
        .collect();
    for n in bylines {
        settle(n, LineRole::Byline, "header-byline");
    }
}

/// The score of a role the header reader settled.
const SETTLED_SCORE: u8 = 90;

/// Whom a letter is addressed to: its first [`LineRole::Addressee`] line, trimmed.
pub fn addressee(text: &str, readings: &[LineReading]) -> Option<String> {
    split_lines(text)
        .into_iter()
        .zip(readings)
        .find(|(_, r)| r.role == LineRole::Addressee)
        .map(|(line, _)| line.trim().to_string())
}

/// The dates a page's stamps give (furniture lines of the `update-stamp`, `date-header` and
/// `counter` shapes): (posted, last updated), the first of each.
pub fn stamp_dates(
    text: &str,
    readings: &[LineReading],
) -> (Option<HistoricalDate>, Option<HistoricalDate>) {
    let (mut posted, mut updated) = (None, None);
    for (line, reading) in split_lines(text).into_iter().zip(readings) {
        // A blog's date header and a view counter's date (`09.06.2013 Views`) date the post.
        let role = match reading.shape {
            "update-stamp" => shapes::stamp_date_role(&crate::lexicon::fold(line)),
            "date-header" | "counter" => Some(shapes::StampDate::Posted),
            _ => None,
        };
        let Some(role) = role else {
            continue;
        };
        let slot = match role {
            shapes::StampDate::Posted => &mut posted,
            shapes::StampDate::PageUpdated => &mut updated,
        };
        if slot.is_none() {
            *slot = find_dates(line).into_iter().next().map(|m| m.date);
        }
    }
    (posted, updated)
}

/// The author a page names at its foot ([`LineRole::Byline`]), the first one.
pub fn foot_byline(readings: &[LineReading]) -> Option<String> {
    readings
        .iter()
        .find(|r| r.role == LineRole::Byline)
        .and_then(|r| r.value.clone())
}

/// The title and author an e-book viewer prints at the foot of each page (`Lettere dal carcere`
/// / `di Antonio Gramsci`): a short body line right above a byline, both after the page's last
/// line of prose and neither of them prose. Only read when the page's top gives no title.
pub fn book_foot(text: &str, readings: &[LineReading]) -> Option<(String, String)> {
    let lines = split_lines(text);
    let last_prose = readings.iter().rposition(|r| r.prose)?;
    let foot: Vec<(usize, &str)> = (last_prose + 1..lines.len().min(readings.len()))
        .filter(|&i| readings[i].role == LineRole::Body)
        .map(|i| (i, lines[i].trim()))
        .collect();
    foot.windows(2).find_map(|pair| {
        let ((i, title), (j, byline)) = (pair[0], pair[1]);
        let adjacent = readings[i + 1..j].iter().all(|r| r.role == LineRole::Blank);
        let author = crate::parse::header::byline_name(byline)?;
        let title_shaped = (1..=BOOK_TITLE_MAX_WORDS).contains(&title.split_whitespace().count())
            && !title.ends_with(['.', ',', ';', ':'])
            && title.chars().next().is_some_and(char::is_uppercase);
        (adjacent && title_shaped).then(|| (title.to_string(), author))
    })
}
/// A book's title at a page's foot has at most this many words.
const BOOK_TITLE_MAX_WORDS: usize = 10;

/// `SIMON BOLIVAR` → `Simon Bolivar`; words with a lower-case letter, and initials, as they are.
fn name_case(name: &str) -> String {
    name.split_whitespace()
        .map(|word| {
            let letters = word.chars().filter(|c| c.is_alphabetic()).count();
            if letters > 1 && !word.chars().any(char::is_lowercase) {
                let mut chars = word.chars();
                let first = chars.next().into_iter();
                first.chain(chars.flat_map(char::to_lowercase)).collect()
            } else {
                word.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The text the header and body readers see: furniture lines blanked (so line numbers stay
/// those of the file), table-row fields written as `Label: value`, and every line ended by `\n`.
pub fn reading_text(text: &str, readings: &[LineReading]) -> String {
    let mut out = String::with_capacity(text.len());
    for (line, reading) in split_lines(text).into_iter().zip(readings) {
        match (reading.role, &reading.value) {
            // A note's label alone is left out as a page number was: the note or reference
            // under it is read on its own.
            (LineRole::Furniture | LineRole::NoteLabel, _) => {}
            (LineRole::Field, Some(field)) => out.push_str(field),
            _ => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests;
