//! The shapes a line can have, as an ordered table, and every threshold they use.
//!
//! In: one trimmed line, its position in the file ([`Context`]: where the prose begins and
//! ends, runs of short lines) and the readings of the lines before it. Out: for each shape that
//! matches, a score (0–100). [`super::read_lines`] keeps the best. A shape never looks at what
//! a text is about, only at how the line is built and where it stands, with the words of
//! [`crate::lexicon`].

use std::cell::Cell;

use super::{LineReading, LineRole};
use crate::lexicon::{self, Lexicon, fold};
use crate::parse::citation_parts::looks_like_citation;
use crate::parse::dates::HistoricalDate;
use crate::parse::header::{date_line, field_role, is_name_like, is_person_name};

/// The score of a line no shape claims: body text.
pub const BODY_SCORE: u8 = 10;
/// A line of prose is at least this long; the first and last such lines bound the text's core,
/// and what lies before and after is the top and bottom edge, where furniture lives.
pub const PROSE_MIN_CHARS: usize = 80;
/// A hard-wrapped paragraph's lines are at least this long ...
pub const WRAPPED_MIN_CHARS: usize = 40;
/// ... and at least this many of them stand in a row.
pub const WRAPPED_RUN_MIN: usize = 3;
/// A menu: at least this many short lines in a row (blank lines between them allowed) at an edge.
pub const MENU_RUN_MIN: usize = 5;
/// A menu item or link has at most this many words.
pub const MENU_ITEM_MAX_WORDS: usize = 4;
/// A navigation line, a salutation or a closing has at most this many words.
pub const SHORT_LINE_MAX_WORDS: usize = 8;
/// A link in a `|`-separated list has at most this many words.
pub const LINK_MAX_WORDS: usize = 6;
/// A label alone on its line takes at most this many lines under it as its value.
pub const FIELD_VALUE_MAX_LINES: usize = 8;
/// A dateline is at most this many characters.
pub const DATELINE_MAX_CHARS: usize = 90;
/// A line of page tools (comment widgets, view counters) has at most this many words.
pub const TOOL_LINE_MAX_WORDS: usize = 12;
/// A line holding only a number below this is a page number (from this on, it may be a year).
pub const PAGE_NUMBER_BELOW: u32 = 1000;
/// A running head has at most this many words beside its page number.
pub const RUNNING_HEAD_MAX_WORDS: usize = 6;
/// A site's masthead (name, tagline, menu) above its link bar has at most this many lines ...
pub const MASTHEAD_MAX_LINES: usize = 3;
/// ... and it is furniture with this score (see `roles::mark_masthead`).
pub const MASTHEAD_SCORE: u8 = 60;
/// A line standing alone as a reference is at most this long (longer is a paragraph).
pub const REFERENCE_MAX_CHARS: usize = 400;
/// A note's label alone on its line (`[1]`, `12.`) has at most this many digits.
pub const NOTE_LABEL_MAX_DIGITS: usize = 3;

/// What a shape's test answers: its score, and what the line gives (see
/// [`LineReading::value`]), or `None` when the shape does not match.
pub type ShapeMatch = Option<(u8, Option<String>)>;

/// A shape's test: the line's index, the trimmed line, its context and the lines read before it.
pub type ShapeTest = fn(usize, &str, &Context, &[LineReading]) -> ShapeMatch;

/// One named shape: the role it gives and its test.
pub struct Shape {
    /// Its name, as `inspect` prints it.
    pub name: &'static str,
    /// The role a match gives the line.
    pub role: LineRole,
    /// The test: a score, and for table-row fields the line rewritten as `Label: value`.
    pub test: ShapeTest,
}

/// The shapes, in the order they are tried (the first wins a tie).
pub const SHAPES: &[Shape] = &[
    Shape {
        name: "table-rule",
        role: LineRole::Furniture,
        test: table_rule,
    },
    Shape {
        name: "table-field",
        role: LineRole::Field,
        test: table_field,
    },
    Shape {
        name: "pipe-links",
        role: LineRole::Furniture,
        test: pipe_links,
    },
    Shape {
        name: "update-stamp",
        role: LineRole::Furniture,
        test: update_stamp,
    },
    Shape {
        name: "page-label",
        role: LineRole::Furniture,
        test: page_label,
    },
    Shape {
        name: "navigation",
        role: LineRole::Furniture,
        test: navigation,
    },
    Shape {
        name: "repeated-word",
        role: LineRole::Furniture,
        test: repeated_word,
    },
    Shape {
        name: "menu-run",
        role: LineRole::Furniture,
        test: menu_run,
    },
    Shape {
        name: "pagination",
        role: LineRole::Furniture,
        test: pagination,
    },
    Shape {
        name: "page-number",
        role: LineRole::Furniture,
        test: page_number,
    },
    Shape {
        name: "running-head",
        role: LineRole::Furniture,
        test: running_head,
    },
    Shape {
        name: "file-name",
        role: LineRole::Furniture,
        test: file_name,
    },
    Shape {
        name: "end-mark",
        role: LineRole::Furniture,
        test: end_mark,
    },
    Shape {
        name: "date-header",
        role: LineRole::Furniture,
        test: date_header,
    },
    Shape {
        name: "counter",
        role: LineRole::Furniture,
        test: counter,
    },
    Shape {
        name: "comment-widget",
        role: LineRole::Furniture,
        test: comment_widget,
    },
    Shape {
        name: "breadcrumb",
        role: LineRole::Field,
        test: breadcrumb,
    },
    Shape {
        name: "notes-heading",
        role: LineRole::NotesHeading,
        test: notes_heading,
    },
    Shape {
        name: "note",
        role: LineRole::Note,
        test: note,
    },
    Shape {
        name: "note-label",
        role: LineRole::NoteLabel,
        test: note_label,
    },
    Shape {
        name: "field",
        role: LineRole::Field,
        test: field,
    },
    Shape {
        name: "dateline",
        role: LineRole::Dateline,
        test: dateline,
    },
    Shape {
        name: "addressee",
        role: LineRole::Addressee,
        test: addressee,
    },
    Shape {
        name: "salutation",
        role: LineRole::Salutation,
        test: salutation,
    },
    Shape {
        name: "closing",
        role: LineRole::Closing,
        test: closing,
    },
    Shape {
        name: "closing-signed",
        role: LineRole::Signature,
        test: closing_signed,
    },
    Shape {
        name: "signature",
        role: LineRole::Signature,
        test: signature,
    },
    Shape {
        name: "bottom-signature",
        role: LineRole::Signature,
        test: bottom_signature,
    },
    Shape {
        name: "foot-byline",
        role: LineRole::Byline,
        test: foot_byline,
    },
    Shape {
        name: "reference",
        role: LineRole::Reference,
        test: reference,
    },
];

/// Where a line stands in its file.
pub struct Context {
    /// The first and last line (0-based) of prose, if the file has any.
    core: Option<(usize, usize)>,
    /// For each line, whether it belongs to a run of short lines long enough to be a menu.
    in_menu_run: Vec<bool>,
    /// Each line [`fold`]ed once, for the shapes that compare words.
    folded: Vec<String>,
    /// What the lines read so far held (kept up by [`Context::saw`]), so that no shape scans
    /// the lines before it: a notes heading, a letter's frame (a salutation or dateline).
    seen_notes_heading: Cell<bool>,
    seen_letter_frame: Cell<bool>,
    /// For each line, the index of the next non-blank line, if any.
    next_line: Vec<Option<usize>>,
    /// For each line that is a note label alone (`[1]`, `12.`), whether the next non-blank line
    /// reads as a bibliographic reference.
    label_before_reference: Vec<bool>,
}

impl Context {
    /// The context of `lines` (the file's lines, untrimmed).
    pub fn new(lines: &[&str]) -> Context {
        let wrapped = wrapped_prose(lines);
        let prose: Vec<usize> = lines
            .iter()
            .enumerate()
            .filter(|&(i, l)| is_prose(l.trim()) || wrapped[i])
            .map(|(i, _)| i)
            .collect();
        let core = prose.first().zip(prose.last()).map(|(&a, &b)| (a, b));
        let mut in_menu_run = vec![false; lines.len()];
        let mut run: Vec<usize> = Vec::new();
        // A run holding a dateline with its month (`aprile 1863`) is a letter's head printed
        // line by line (number, addressee, date), not a menu; years alone (`1810`) may be one.
        let dated = |i: usize| {
            date_line(without_quote_marks(lines[i])).is_some_and(|(_, d)| d.start.month.is_some())
        };
        let mut close = |run: &mut Vec<usize>| {
            if run.len() >= MENU_RUN_MIN && !run.iter().any(|&i| dated(i)) {
                for &i in run.iter() {
                    in_menu_run[i] = true;
                }
            }
            run.clear();
        };
        for (i, line) in lines.iter().enumerate() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            if is_menu_item(line) {
                run.push(i);
            } else {
                close(&mut run);
            }
        }
        close(&mut run);
        let folded = lines.iter().map(|l| fold(without_quote_marks(l))).collect();
        let mut next_line = vec![None; lines.len()];
        let mut next = None;
        for i in (0..lines.len()).rev() {
            next_line[i] = next;
            if !lines[i].trim().is_empty() {
                next = Some(i);
            }
        }
        let label_before_reference = (0..lines.len())
            .map(|i| {
                is_note_label(lines[i].trim())
                    && next_line[i].is_some_and(|j| {
                        let next = lines[j].trim();
                        next.chars().count() <= REFERENCE_MAX_CHARS && looks_like_citation(next)
                    })
            })
            .collect();
        Context {
            core,
            in_menu_run,
            folded,
            seen_notes_heading: Cell::new(false),
            seen_letter_frame: Cell::new(false),
            next_line,
            label_before_reference,
        }
    }

    /// Notes the role of a line just read, for the shapes of the lines after it.
    pub fn saw(&self, role: LineRole) {
        match role {
            LineRole::NotesHeading => self.seen_notes_heading.set(true),
            LineRole::Salutation | LineRole::Dateline => self.seen_letter_frame.set(true),
            _ => {}
        }
    }

    /// Line `index`, folded.
    fn folded(&self, index: usize) -> &str {
        self.folded.get(index).map_or("", String::as_str)
    }

    /// True for a line before the first line of prose or after the last.
    pub fn at_edge(&self, index: usize) -> bool {
        match self.core {
            Some((first, last)) => index < first || index > last,
            None => true,
        }
    }

    /// True for a line before the first line of prose (where a letter's head stands).
    fn before_prose(&self, index: usize) -> bool {
        self.core.is_none_or(|(first, _)| index < first)
    }

    /// The index of the file's first non-blank line.
    fn first_line(&self) -> Option<usize> {
        match self.folded.first() {
            Some(line) if !line.is_empty() => Some(0),
            _ => self.next_line.first().copied().flatten(),
        }
    }

    /// The next non-blank line's folded text.
    fn next_folded(&self, index: usize) -> Option<&str> {
        let next = self.next_line.get(index).copied().flatten()?;
        Some(self.folded(next))
    }

    /// True for a line after the first line of prose (where closings and signatures stand).
    fn after_prose_began(&self, index: usize) -> bool {
        self.core.is_some_and(|(first, _)| index > first)
    }
}

/// HTML elements whose tags a copy of a web page may leave in its text (`<br />`,
/// `<strong>aprile</strong>`): line breaks and inline emphasis.
const LEFTOVER_TAGS: &[&str] = &[
    "br", "p", "div", "span", "strong", "b", "em", "i", "u", "sup", "sub", "small", "font", "a",
];

/// `line` without the HTML tags a copied web page left in it (`ficarla.<br />` → `ficarla.`):
/// they are the page's markup, not the text's words, and no shape should read them. Only the
/// tags of [`LEFTOVER_TAGS`] go, so `< backward` and `<1>` stay as they are.
pub fn without_markup(line: &str) -> std::borrow::Cow<'_, str> {
    if !line.contains('<') {
        return std::borrow::Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let tag = &rest[at..];
        let end = tag.find('>');
        let name: String = tag[1..]
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        match end {
            Some(end) if LEFTOVER_TAGS.contains(&name.as_str()) => rest = &tag[end + 1..],
            _ => {
                out.push('<');
                rest = &tag[1..];
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// Quotation marks that open each paragraph of a quoted letter (`»Carissimo Amico,`) or close
/// its last one.
const QUOTE_MARKS: &[char] = &['»', '«', '"', '“', '”', '„', '‚', '‘', '‹', '›'];

/// `line` trimmed, without the quotation marks around it: a letter quoted whole marks every
/// paragraph (`»Vostro`, `»Carli.»`), and its salutation or signature is one all the same.
pub fn without_quote_marks(line: &str) -> &str {
    let line = line.trim();
    let inner = line.trim_matches(QUOTE_MARKS).trim();
    if inner.is_empty() { line } else { inner }
}

fn words(line: &str) -> usize {
    line.split_whitespace().count()
}

/// A line of running prose: long, with spaces and punctuation.
pub fn is_prose(line: &str) -> bool {
    line.chars().count() >= PROSE_MIN_CHARS
        && line.contains(' ')
        && line.chars().any(|c| ".;:!?,".contains(c))
}

/// For each line, whether it belongs to a hard-wrapped paragraph: a run of at least
/// [`WRAPPED_RUN_MIN`] lines in a row, each of at least [`WRAPPED_MIN_CHARS`] with spaces.
/// Such lines are prose although each is shorter than [`PROSE_MIN_CHARS`].
fn wrapped_prose(lines: &[&str]) -> Vec<bool> {
    let long = |l: &str| {
        let l = l.trim();
        l.chars().count() >= WRAPPED_MIN_CHARS && l.contains(' ')
    };
    let mut wrapped = vec![false; lines.len()];
    let mut start = 0;
    for i in 0..=lines.len() {
        if i < lines.len() && long(lines[i]) {
            continue;
        }
        if i - start >= WRAPPED_RUN_MIN {
            wrapped[start..i].iter_mut().for_each(|w| *w = true);
        }
        start = i + 1;
    }
    wrapped
}

/// True when a sentence ends inside `line` and another begins (`... ePaper? Increase ...`); a
/// full stop after an initial or a short abbreviation (`A. Writer`, `Dr. Smith`) ends none.
pub fn has_sentence_break(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.windows(2).any(|pair| {
        let (word, next) = (pair[0], pair[1]);
        let ends = word.ends_with(['?', '!'])
            || (word.ends_with('.') && word.chars().filter(|c| c.is_alphabetic()).count() >= 3);
        ends && next.chars().next().is_some_and(char::is_uppercase)
    })
}

fn ends_like_a_sentence(line: &str) -> bool {
    line.trim_end().ends_with(['.', ';', '?', '!'])
}

/// A short line that could be a menu item (years and year ranges included: archives list them).
fn is_menu_item(line: &str) -> bool {
    words(line) <= MENU_ITEM_MAX_WORDS && !ends_like_a_sentence(line) && !line.ends_with([',', ':'])
}

// ---------------------------------------------------------------------------------------------
// Furniture

/// `---|---|`, `+-----+`: the rule of a table.
fn table_rule(_: usize, line: &str, _: &Context, _: &[LineReading]) -> ShapeMatch {
    let rule = line.chars().count() >= 2
        && line.chars().all(|c| "-|:+= ".contains(c))
        && line.contains('|');
    rule.then_some((90, None))
}

/// The cells of a `|`-separated line, trimmed, empty ones dropped.
fn cells(line: &str) -> Vec<&str> {
    line.split('|')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

/// `Written | 10 May 1939 |`: a header field as a table row.
fn table_field(_: usize, line: &str, _: &Context, _: &[LineReading]) -> ShapeMatch {
    if !line.contains('|') {
        return None;
    }
    let [label, value] = cells(line)[..] else {
        return None;
    };
    let as_field = format!("{label}: {value}");
    field_role(&as_field).map(|_| (92, Some(as_field)))
}

/// `Home | Works | Letters |`, `|`: a list of links.
fn pipe_links(_: usize, line: &str, _: &Context, _: &[LineReading]) -> ShapeMatch {
    if !line.contains('|') {
        return None;
    }
    let cells = cells(line);
    let links = cells
        .iter()
        .all(|c| words(c) <= LINK_MAX_WORDS && !ends_like_a_sentence(c));
    (links && (cells.len() != 1 || line.starts_with('|') || line.ends_with('|')))
        .then_some((85, None))
}

/// `Last updated on 12 May 2005`, `Zuletzt aktualisiert`, `Template:...`, `Category:...`.
fn update_stamp(index: usize, _line: &str, context: &Context, _: &[LineReading]) -> ShapeMatch {
    let folded = context.folded(index);
    let stamped = lexicon::any_language_starts(folded, |l: &Lexicon| l.stamps)
        || stamp_date_role(folded).is_some();
    stamped.then_some((85, None))
}

/// What a dated stamp's date is of: the page's posting (`Posted on ...`, `Publié le ...`) or
/// its last change (`Last updated ...`); `None` for a line that is neither. `folded` is the
/// line [`fold`]ed.
pub fn stamp_date_role(folded: &str) -> Option<StampDate> {
    if lexicon::any_language_starts(folded, |l: &Lexicon| l.updated_stamps) {
        Some(StampDate::PageUpdated)
    } else if lexicon::any_language_starts(folded, |l: &Lexicon| l.posted_stamps) {
        Some(StampDate::Posted)
    } else {
        None
    }
}

/// The role of a date on a page's stamp.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StampDate {
    /// When the page was posted.
    Posted,
    /// When the page was last changed.
    PageUpdated,
}

/// `Kommentare`, `Leave a comment`, `Download image`: a label of the page's tools.
fn page_label(index: usize, _line: &str, context: &Context, _: &[LineReading]) -> ShapeMatch {
    let folded = context.folded(index).trim_end_matches([':', '.', '>', ' ']);
    lexicon::any_language_has(folded, |l: &Lexicon| l.page_labels).then_some((80, None))
}

/// `< backward forward >`, `next up previous`, `« Index »`: nothing but navigation words and
/// arrows.
fn navigation(index: usize, _line: &str, context: &Context, _: &[LineReading]) -> ShapeMatch {
    const ARROWS: &str = "<>«»‹›←→↑↓^|·•[]()-–—/";
    let folded = context.folded(index);
    if words(folded) > SHORT_LINE_MAX_WORDS {
        return None;
    }
    let stripped: String = folded
        .chars()
        .map(|c| {
            if ARROWS.contains(c) || c == '_' {
                ' '
            } else {
                c
            }
        })
        .collect();
    let stripped = stripped.split_whitespace().collect::<Vec<_>>().join(" ");
    if stripped.is_empty() {
        return Some((80, None)); // arrows only
    }
    let is_nav = |w: &str| lexicon::any_language_has(w, |l: &Lexicon| l.navigation);
    let all_nav = is_nav(&stripped) || stripped.split(' ').all(is_nav);
    let has_arrow = folded.chars().any(|c| "<>«»‹›←→".contains(c));
    // One navigation word alone (`Index`) could be a heading in the text; with another word, an
    // arrow, or at an edge of the page, it is navigation.
    let alone = words(&stripped) == 1;
    (all_nav && (!alone || has_arrow || context.at_edge(index))).then_some((80, None))
}

/// `Obra de LT Menu Biblioteca Menu Publicaciones Menu Estudios Menu`: a menu flattened into one
/// line, one word recurring through it, at an edge of the page.
fn repeated_word(index: usize, line: &str, context: &Context, _: &[LineReading]) -> ShapeMatch {
    let words: Vec<&str> = line.split_whitespace().collect();
    if !context.at_edge(index) || !(6..=24).contains(&words.len()) || ends_like_a_sentence(line) {
        return None;
    }
    // Only capitalised words count: a menu repeats a label (`Menu`), prose repeats `the`.
    let most = words
        .iter()
        .filter(|w| w.chars().count() >= 3 && w.chars().next().is_some_and(char::is_uppercase))
        .map(|w| words.iter().filter(|o| *o == w).count())
        .max()
        .unwrap_or(0);
    (most >= 3 && most * 4 >= words.len()).then_some((70, None))
}

/// A run of five or more short lines at an edge of the page: a site menu.
fn menu_run(index: usize, _: &str, context: &Context, _: &[LineReading]) -> ShapeMatch {
    (context.in_menu_run[index] && context.at_edge(index)).then_some((70, None))
}

/// `Pagina (277/803)`, `Seite 3 von 10`, `Текущая страница: 21 (всего у книги 59 страниц)`.
fn pagination(index: usize, _line: &str, context: &Context, _: &[LineReading]) -> ShapeMatch {
    let folded = context.folded(index);
    let paged = words(folded) <= SHORT_LINE_MAX_WORDS
        && folded.chars().any(|c| c.is_ascii_digit())
        && lexicon::any_language_starts(folded, |l: &Lexicon| l.page_words);
    paged.then_some((75, None))
}

/// `561`: a number alone on its line, too small to be a year.
fn page_number(_: usize, line: &str, _: &Context, _: &[LineReading]) -> ShapeMatch {
    let number: u32 = line.trim_matches(['-', '–', ' ', '[', ']']).parse().ok()?;
    (number < PAGE_NUMBER_BELOW).then_some((75, None))
}

/// `514 UMBERTO ZANOTTI-BIANCO`, `LETTERS OF 1848 27`: a printed book's running head, a page
/// number and a heading in capitals, as an OCR copy keeps it on every page. At most
/// [`RUNNING_HEAD_MAX_WORDS`] words besides the number. A date in capitals (`12 MAI`) is a
/// dateline, which scores higher.
fn running_head(_: usize, line: &str, _: &Context, _: &[LineReading]) -> ShapeMatch {
    let words: Vec<&str> = line.split_whitespace().collect();
    let page = |w: &str| w.parse::<u32>().is_ok_and(|n| n < PAGE_NUMBER_BELOW);
    let heading = match words.as_slice() {
        [first, rest @ ..] if page(first) => rest,
        [rest @ .., last] if page(last) => rest,
        _ => return None,
    };
    let capitals =
        |w: &&str| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase);
    let shaped = (1..=RUNNING_HEAD_MAX_WORDS).contains(&heading.len())
        && heading.iter().all(capitals)
        && heading
            .iter()
            .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3);
    shaped.then_some((68, None))
}

/// `638577 = 038-u163.html`, `index.php`: the name of a web page's file, with numbers, on a
/// line of its own.
fn file_name(_: usize, line: &str, _: &Context, _: &[LineReading]) -> ShapeMatch {
    const WEB_FILES: &[&str] = &[".html", ".htm", ".shtml", ".php", ".asp", ".aspx", ".xml"];
    let words: Vec<&str> = line.split_whitespace().collect();
    let is_file = |w: &str| {
        let w = w.to_ascii_lowercase();
        WEB_FILES
            .iter()
            .any(|ext| w.len() > ext.len() && w.ends_with(ext))
    };
    let other = |w: &&str| {
        is_file(w)
            || w.chars()
                .all(|c| c.is_ascii_digit() || "=:-_/#()[]".contains(c))
    };
    let shaped = words.len() <= SHORT_LINE_MAX_WORDS
        && words.iter().any(|w| is_file(w))
        && words.iter().all(other);
    shaped.then_some((80, None))
}

/// `FIM`, `THE END`, `Конец`: the word a book or a transcription ends with, alone on a line at
/// the bottom of the page.
fn end_mark(index: usize, _line: &str, context: &Context, _: &[LineReading]) -> ShapeMatch {
    let folded = context
        .folded(index)
        .trim_matches(['.', '!', '*', '-', '—', ' ']);
    let bottom = context.core.is_some_and(|(_, last)| index > last);
    (bottom && lexicon::any_language_has(folded, |l: &Lexicon| l.end_marks)).then_some((78, None))
}

/// `sexta-feira, 20 de abril de 2007` as a page's first line, with no salutation under it: a
/// blog's date header, the day the post was posted (a letter dated so has its salutation next).
/// A weekday, a comma and a date to the day, nothing else.
fn date_header(index: usize, line: &str, context: &Context, _: &[LineReading]) -> ShapeMatch {
    if Some(index) != context.first_line() || !context.before_prose(index) {
        return None;
    }
    let (weekday, date) = line.split_once(',')?;
    let is_weekday = lexicon::any_language_has(&fold(weekday.trim()), |l: &Lexicon| l.weekdays);
    let dated = HistoricalDate::parse(date.trim())
        .is_some_and(|d| d.start.day.is_some() && d.end.is_none());
    let above_salutation = context
        .next_folded(index)
        .is_some_and(|next| lexicon::any_language_starts(next, |l: &Lexicon| l.salutations));
    (is_weekday && dated && !above_salutation).then_some((72, None))
}

/// `Esta nota ha sido leída aproximadamente 2120 veces.`, `09.06.2013 Views`: a view counter.
fn counter(index: usize, _line: &str, context: &Context, _: &[LineReading]) -> ShapeMatch {
    let folded = context.folded(index);
    let counted = context.at_edge(index)
        && words(folded) <= TOOL_LINE_MAX_WORDS
        && folded.chars().any(|c| c.is_ascii_digit())
        && folded
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| lexicon::any_language_has(w, |l: &Lexicon| l.counter_words));
    counted.then_some((75, None))
}

/// `Enviar um comentário`, `Sem comentários:`, `3 Kommentare`: a comment widget at an edge.
fn comment_widget(index: usize, _line: &str, context: &Context, _: &[LineReading]) -> ShapeMatch {
    let folded = context.folded(index);
    let widget = context.at_edge(index)
        && words(folded) <= TOOL_LINE_MAX_WORDS
        && folded.split(|c: char| !c.is_alphanumeric()).any(|w| {
            lexicon::ALL
                .iter()
                .flat_map(|l| l.comment_stems.iter())
                .any(|s| w.starts_with(s))
        });
    widget.then_some((72, None))
}

/// `Leon Trotsky > 1938 >`: where the page sits in its archive; the header reads it.
fn breadcrumb(_: usize, line: &str, _: &Context, _: &[LineReading]) -> ShapeMatch {
    let crumbs = line.split('>').filter(|c| !c.trim().is_empty()).count();
    let shaped = (line.contains(" > ") || line.ends_with('>'))
        && crumbs >= 1
        && line.split('>').all(|c| words(c) <= LINK_MAX_WORDS);
    shaped.then_some((80, None))
}

// ---------------------------------------------------------------------------------------------
// Header, letter frame, notes

/// `Notes`, `Anmerkungen:`, `Примечания`.
fn notes_heading(index: usize, _line: &str, context: &Context, _: &[LineReading]) -> ShapeMatch {
    let folded = context.folded(index).trim_end_matches([':', '.', ' ']);
    (words(folded) <= 4 && lexicon::any_language_has(folded, |l: &Lexicon| l.notes_headings))
        .then_some((80, None))
}

/// True for a line opening with a bracketed note number: `[1] See ...`, `(2) Ibid.`; a year
/// in brackets (`[1976],`) is none.
pub fn opens_with_note_marker(line: &str) -> bool {
    [('[', ']'), ('(', ')')].iter().any(|&(open, close)| {
        line.strip_prefix(open)
            .and_then(|rest| rest.split_once(close))
            .is_some_and(|(n, _)| {
                (1..=3).contains(&n.len()) && n.chars().all(|c| c.is_ascii_digit())
            })
    })
}

/// `[1] See ...`, `(2) Ibid.`, `3. Pravda ...`, `* ...`, `† ...`, after a notes heading.
fn note(_: usize, line: &str, context: &Context, _: &[LineReading]) -> ShapeMatch {
    let after_heading = context.seen_notes_heading.get();
    let marked = line.starts_with(['*', '†'])
        || opens_with_note_marker(line)
        || line.split_once(['.', ')']).is_some_and(|(n, _)| {
            !n.is_empty() && n.len() <= 3 && n.chars().all(|c| c.is_ascii_digit())
        });
    (after_heading && marked).then_some((70, None))
}

/// `[1]`, `(12)`, `12.`, `*`, `[a]` alone on a line: a note's label, with the note or the
/// reference under it (`[1]` / `Lenin, Collected Works, vol. 25, p. 412.`), after a notes
/// heading or right above a reference. Outranks a page number.
fn note_label(index: usize, line: &str, context: &Context, _: &[LineReading]) -> ShapeMatch {
    let placed = context.seen_notes_heading.get()
        || context
            .label_before_reference
            .get(index)
            .copied()
            .unwrap_or(false);
    (placed && is_note_label(line)).then_some((80, None))
}

/// A note's label and nothing else: `[1]`, `(12)`, `12.`, `12)`, `12`, `*`, `†`, `[a]`.
fn is_note_label(line: &str) -> bool {
    if matches!(line, "*" | "**" | "†" | "‡") {
        return true;
    }
    let inner = [("[", "]"), ("(", ")"), ("", "."), ("", ")"), ("", "")]
        .iter()
        .find_map(|(open, close)| line.strip_prefix(open)?.strip_suffix(close));
    inner.is_some_and(|n| {
        let digits =
            (1..=NOTE_LABEL_MAX_DIGITS).contains(&n.len()) && n.chars().all(|c| c.is_ascii_digit());
        let letter =
            line.starts_with('[') && n.len() == 1 && n.chars().all(|c| c.is_ascii_lowercase());
        digits || letter
    })
}

/// A bibliographic reference standing on its own line in or after the text
/// (`Lenin, Collected Works, Progress Publishers, 1977, Moscow, Volume 43, page 260a.`).
fn reference(index: usize, line: &str, context: &Context, _: &[LineReading]) -> ShapeMatch {
    let shaped = context.after_prose_began(index)
        && line.chars().count() <= REFERENCE_MAX_CHARS
        && line.bytes().any(|b| b.is_ascii_digit())
        && looks_like_citation(line);
    shaped.then_some((55, None))
}

/// `To the Editor of The Nation`, `An den Genossen Radek`, `Au citoyen Rochefort`: whom a
/// letter is written to, on its own line right above the salutation, before the letter's first
/// line of prose: a word for "to" and a capitalised word after it (`To the Editor`), at most
/// [`SHORT_LINE_MAX_WORDS`] words, no word for a letter (`A Letter to Jan Frankel` is a title).
fn addressee(index: usize, line: &str, context: &Context, _: &[LineReading]) -> ShapeMatch {
    let folded = context.folded(index);
    let led = lexicon::longest_start(folded, |l: &Lexicon| l.to_words).is_some_and(|n| {
        line.split_whitespace()
            .skip(n)
            .any(|w| w.chars().next().is_some_and(char::is_uppercase))
    });
    let letter_word = folded
        .split_whitespace()
        .any(|w| lexicon::any_language_has(lexicon::bare_word(w), |l: &Lexicon| l.letter_words));
    let above_salutation = context
        .next_folded(index)
        .is_some_and(|next| lexicon::any_language_starts(next, |l: &Lexicon| l.salutations));
    let shaped = led
        && !letter_word
        && above_salutation
        && context.before_prose(index)
        && words(line) <= SHORT_LINE_MAX_WORDS
        && !line.ends_with(['.', ';', '?', '!']);
    shaped.then_some((60, None))
}

/// `Written: 1938`, `Quelle: ...`, `Transcription\Markup: R. Cymbala`.
fn field(_: usize, line: &str, _: &Context, _: &[LineReading]) -> ShapeMatch {
    field_role(line).map(|_| (75, None))
}

/// `Coyoacán, March 6, 1938`, `Paris, le 3 mars 1935`, `[March 1938]`.
fn dateline(_: usize, line: &str, _: &Context, _: &[LineReading]) -> ShapeMatch {
    if line.chars().count() > DATELINE_MAX_CHARS {
        return None;
    }
    let inner = line
        .strip_prefix('[')
        .and_then(|l| l.strip_suffix(']'))
        .unwrap_or(line);
    date_line(inner).map(|_| (70, None))
}

/// `Dear Comrade,`, `Lieber Genosse!`, `Carissima mamma,`.
fn salutation(index: usize, line: &str, context: &Context, _: &[LineReading]) -> ShapeMatch {
    let folded = context.folded(index);
    let shaped = words(line) <= SHORT_LINE_MAX_WORDS
        && !line.ends_with(['.', ';', '?'])
        && lexicon::any_language_starts(folded, |l: &Lexicon| l.salutations);
    shaped.then_some((75, None))
}

/// `Yours,`, `With comradely greetings,`, `Mit bolschewistischem Gruß`, after the text began.
fn closing(index: usize, line: &str, context: &Context, _: &[LineReading]) -> ShapeMatch {
    let folded = context.folded(index);
    let shaped = words(line) <= SHORT_LINE_MAX_WORDS
        && !line.ends_with([';', '?'])
        && context.after_prose_began(index)
        && lexicon::any_language_starts(folded, |l: &Lexicon| l.closings);
    shaped.then_some((70, None))
}

/// A name right under a closing formula (blank lines between allowed), also after a label
/// saying it was signed (`Firmato — G. Garibaldi.`, `gez. Lenin`).
/// The closing may stand above the place and date (`Dios guarde á V. E. muchos años.` /
/// `Actopan, 17 de Marzo de 1817.` / the name).
fn signature(index: usize, line: &str, context: &Context, before: &[LineReading]) -> ShapeMatch {
    let mut above = before.iter().rev().filter(|r| r.role != LineRole::Blank);
    let previous = above.next()?;
    let under_closing = previous.role == LineRole::Closing
        || (previous.role == LineRole::Dateline
            && above.next().is_some_and(|r| r.role == LineRole::Closing));
    let name = signed_name(index, line, context)?;
    under_closing.then_some((65, Some(name)))
}

/// A name alone after the last paragraph of a letter that has no closing line (the formula
/// ends the paragraph: `... mes salutations bien empressées.` / `Louis Guillier`): a person's
/// name of two words at least, right after a line of prose, at the bottom edge of a page whose
/// letter frame (a salutation or a dateline) was seen above.
fn bottom_signature(
    index: usize,
    line: &str,
    context: &Context,
    before: &[LineReading],
) -> ShapeMatch {
    let previous = before.iter().rev().find(|r| r.role != LineRole::Blank)?;
    let framed = context.seen_letter_frame.get();
    let name = signed_name(index, line, context)?;
    let bottom = context.core.is_some_and(|(_, last)| index > last);
    (bottom && framed && previous.role == LineRole::Body && previous.prose && is_person_name(&name))
        .then_some((60, Some(name)))
}

/// `Benito A. Flores Sáez` under the page's tools (`Esta nota ha sido leída ... veces.`): the
/// page's author, named at its foot as news and blog pages do. A person's name of two words at
/// least, after the text's last line of prose, right under a furniture line (blank lines
/// between allowed).
fn foot_byline(index: usize, line: &str, context: &Context, before: &[LineReading]) -> ShapeMatch {
    let previous = before.iter().rev().find(|r| r.role != LineRole::Blank)?;
    let bottom = context.core.is_some_and(|(_, last)| index > last);
    let name = line.trim_end_matches(['.', ',']);
    let shaped = bottom
        && previous.role == LineRole::Furniture
        && words(name) <= MENU_ITEM_MAX_WORDS
        && name.chars().any(char::is_lowercase)
        && is_person_name(name);
    shaped.then(|| (62, Some(name.to_string())))
}

/// The name a signature line signs with: the line without a label saying it was signed, without
/// a formula of address dashed before it (`Excelentísimo Señor.—Lic. José Solero`), without
/// honorifics (`Lic.`, `Don`) and final punctuation, when that is a name of at most
/// [`MENU_ITEM_MAX_WORDS`] words.
fn signed_name(index: usize, line: &str, context: &Context) -> Option<String> {
    let folded = context.folded(index).trim_start_matches(['(', '[']);
    let label_words = lexicon::longest_start(folded, |l| l.signed_labels).unwrap_or(0);
    let mut name = line;
    for _ in 0..label_words {
        name = name.trim_start().split_once(char::is_whitespace)?.1;
    }
    if let Some((formula, after)) = name.rsplit_once(['—', '–'])
        && formula.trim_end().ends_with(['.', ','])
    {
        name = after;
    }
    let name = name
        .trim_start_matches(|c: char| c.is_whitespace() || "—–-:.()".contains(c))
        .trim_end_matches(['.', ',']);
    let mut words_of: Vec<&str> = name.split_whitespace().collect();
    while words_of.len() > 1
        && lexicon::any_language_has(&fold(lexicon::bare_word(words_of[0])), |l| l.honorifics)
    {
        words_of.remove(0);
    }
    let name = words_of.join(" ");
    (words(&name) <= MENU_ITEM_MAX_WORDS && is_name_like(&name)).then_some(name)
}

/// A closing formula with the name on the same line: `Votre Rosa Luxemburg`, `Ваш А. Чехов.`
fn closing_signed(
    index: usize,
    line: &str,
    context: &Context,
    before: &[LineReading],
) -> ShapeMatch {
    closing(index, line, context, before)?;
    let formula = lexicon::longest_start(context.folded(index), |l| l.closings)?;
    let rest: Vec<&str> = line.split_whitespace().skip(formula).collect();
    let name = rest.join(" ");
    let name = name.trim_end_matches(['.', ',']);
    (!rest.is_empty() && is_name_like(name)).then(|| (72, Some(name.to_string())))
}
