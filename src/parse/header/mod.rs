//! The header of a source text: title, author, date and source lines before the body begins.
//!
//! In: the file's blocks. Out: a [`Header`] with what the leading lines say and how many blocks
//! they take. Each line is recognised by its shape, never by its content, so that texts from
//! other archives parse as well as the bundled ones:
//! - a breadcrumb: `Leon Trotsky > 1938 >`;
//! - an archive code line: `Leon Trotsky 19380306 Answers to Mrs. Célarié` (date as yyyymmdd);
//! - labelled fields: `Written: 1938`, `Source: ...`, `Quelle: ...`, `Translated: ...`;
//! - `Author: Title`;
//! - a date line, possibly with a place: `March 6, 1938`, `Coyoacán, 14. Januar 1938`;
//! - a bracketed line: `[March 1938]` (a date the editors supplied) or `[Writings ..., p 765.]`
//!   (the source);
//! - short lines without final punctuation: the title, and a byline (`by Leon Trotsky`).
//!
//! The header ends at the first block that is none of these. [`lines`] tells what one line is;
//! this file reads the lines together (a short line is a title or an author depending on its
//! neighbours).

mod lines;
mod statement;
#[cfg(test)]
mod tests;

use super::blocks::RawBlock;
use super::dates::{HistoricalDate, find_dates};
use super::roles::{LineReading, LineRole, first_prose_line};
use crate::model::HeaderField;
pub use lines::{FieldRole, byline_name, date_line, field_role, is_name_like, is_person_name};
use lines::{HeaderLine, classify, publication_date};

/// The most blocks a header can take; past this the text has begun.
const MAX_HEADER_BLOCKS: usize = 12;
/// How many stray lines of the page a header may step over.
const MAX_STRAY_LINES: usize = 2;
/// The record's label for a stray line of the page inside the header (not shown on the page).
pub const PAGE_LINE: &str = "Page line";
/// The record's label for a letter's addressee line.
pub const ADDRESSEE: &str = "Addressee";

/// A line of one to three words, none of them ending a sentence, that no header shape claims.
fn is_stray_line(block: &RawBlock) -> bool {
    let line = block.lines[0].trim();
    block.is_single_line()
        && (1..=3).contains(&line.split_whitespace().count())
        && !line.ends_with(['.', '!', '?', ':', ','])
}
/// The fewest words of a title that ends in a full stop.
const MIN_FULL_STOP_TITLE_WORDS: usize = 3;

/// A line above the text as a title that ends in a full stop (`Address delivered at the
/// dedication of the Cemetery at Gettysburg.`): a short line alone in its block, with one final
/// `.`, no colon (`Письма: январь - февраль 1905 г.` is a labelled section) and otherwise the
/// shape of a title, of at least [`MIN_FULL_STOP_TITLE_WORDS`] words (a
/// word or two with a stop, `TRANSLATION.`, `Copy.`, labels the page). Only taken when the next block is one the header
/// reads (a byline, a dateline), since a lone sentence at the top is usually the text itself.
fn title_with_full_stop(block: &RawBlock) -> Option<Vec<(HeaderLine, usize)>> {
    let line = block.lines[0].trim();
    let stem = line.strip_suffix('.')?;
    if !block.is_single_line()
        || stem.ends_with('.')
        || stem.contains(". ")
        || stem.contains(':')
        || stem.split_whitespace().count() < MIN_FULL_STOP_TITLE_WORDS
    {
        return None;
    }
    match classify(stem) {
        Some(HeaderLine::Short(_)) => Some(vec![(HeaderLine::Short(line.to_string()), block.line)]),
        _ => None,
    }
}

/// True when the header reads every line of `block` as a byline, a date or a short line.
fn header_continues(block: &RawBlock) -> bool {
    block.lines.iter().all(|line| {
        matches!(
            classify(line.trim()),
            Some(HeaderLine::Byline(_) | HeaderLine::Date { .. } | HeaderLine::Short(_))
        )
    })
}

/// An edition's number before a heading (`2415. И. Я. ПАВЛОВСКОМУ`, `139. Lettera a Carlo`):
/// up to [`MAX_ITEM_NUMBER_DIGITS`] digits and a full stop, then a capital letter; a number
/// that could be a year (`1917. Revolution`) stays in the title.
fn item_number(line: &str) -> Option<(&str, &str)> {
    let (number, rest) = line.split_once(". ")?;
    let rest = rest.trim_start();
    let numbered = (1..=MAX_ITEM_NUMBER_DIGITS).contains(&number.len())
        && number.chars().all(|c| c.is_ascii_digit())
        && !number
            .parse::<i32>()
            .is_ok_and(|n| (1500..=2100).contains(&n)); // `1917. ...`
    (numbered && rest.chars().next().is_some_and(char::is_uppercase)).then_some((number, rest))
}
const MAX_ITEM_NUMBER_DIGITS: usize = 5;

/// What the header says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Header {
    /// The title, if a line gives one.
    pub title: Option<String>,
    /// Authors, in the order named, without duplicates.
    pub authors: Vec<String>,
    /// The date of writing.
    pub date: Option<HistoricalDate>,
    /// When the text was first published, from a `First published:` line.
    pub published: Option<HistoricalDate>,
    /// When the letter was sent, from an editor's statement (`[Geschickt am ...]`).
    pub sent: Option<HistoricalDate>,
    /// When this edition was released, from a digital library's `Release Date:` line.
    pub released: Option<HistoricalDate>,
    /// Where the text was written.
    pub place: Option<String>,
    /// The labelled lines and archive lines, verbatim.
    pub fields: Vec<HeaderField>,
    /// Source references (text, 1-based line): each becomes a note on the title.
    pub sources: Vec<(String, usize)>,
    /// How many leading blocks belong to the header.
    pub blocks: usize,
    /// A breadcrumb's first item that reads as a person's name: the author if nothing else says.
    breadcrumb_author: Option<String>,
    /// True while the title comes only from an archive code line (a fuller title line wins).
    title_from_code: bool,
    /// A short line the header shows twice: the page's title, repeated as its heading.
    repeated_short: Option<String>,
    /// The author a collected edition's line names: the author if nothing else says.
    collection_author: Option<String>,
    /// True while the date comes only from an archive code line (an editor's statement of
    /// when the text was written wins).
    date_from_code: bool,
}

/// How many unread blocks above the title a header may step over (a site's masthead, a
/// posting stamp, a volume's running head).
const MAX_MASTHEAD_BLOCKS: usize = 3;

/// True for a block the header may step over while it has no title yet: every line of it body
/// text by its role (not a salutation, dateline or closing), none of them prose, none ending
/// like a greeting (`Ofelinha:`, `Comrades!`, `Sir,`), and all of it above the text's first
/// line of prose. The header ends at any other block it cannot read.
/// `first_prose` is the text's first line of prose ([`first_prose_line`]); a page without
/// prose has no masthead to step over.
fn is_masthead_block(
    block: &RawBlock,
    readings: &[LineReading],
    first_prose: Option<usize>,
) -> bool {
    let Some(first_prose) = first_prose else {
        return false;
    };
    block.line + block.lines.len() <= first_prose
        && block.lines.iter().enumerate().all(|(i, line)| {
            let reading = readings.get(block.line + i - 1);
            reading.is_none_or(|r| r.role == LineRole::Body && !r.prose)
                && !line.trim_end().ends_with([':', ',', '!'])
        })
}

/// Reads the header off the leading blocks; `readings` are the roles of the file's lines.
pub fn parse_header(blocks: &[RawBlock], readings: &[LineReading]) -> Header {
    let mut header = Header::default();
    let mut shorts: Vec<(String, usize)> = Vec::new();
    let mut stray_lines_skipped = 0;
    let mut masthead_blocks_skipped = 0;
    let first_prose = first_prose_line(readings);
    for (index, block) in blocks.iter().take(MAX_HEADER_BLOCKS).enumerate() {
        if readings
            .get(block.line - 1)
            .is_some_and(|r| r.role == LineRole::Salutation)
        {
            break; // `Monsieur A. Grünberg, Munich`: the letter itself begins
        }
        let role_of = |i: usize| readings.get(block.line + i - 1).map(|r| r.role);
        if (0..block.lines.len()).all(|i| role_of(i) == Some(LineRole::Addressee)) {
            // `To the Editor of The Nation` above the salutation: whom the letter is to, neither
            // its title nor its author.
            for (i, line) in block.lines.iter().enumerate() {
                header.record(ADDRESSEE, line.trim().to_string(), block.line + i);
            }
            header.blocks += 1;
            continue;
        }
        let lines: Option<Vec<(HeaderLine, usize)>> = block
            .lines
            .iter()
            .enumerate()
            .map(|(i, line)| classify(line.trim()).map(|l| (l, block.line + i)))
            .collect();
        let lines = lines.or_else(|| {
            (header.title.is_none()
                && shorts.is_empty()
                && blocks.get(index + 1).is_some_and(header_continues))
            .then(|| title_with_full_stop(block))
            .flatten()
        });
        let Some(lines) = lines else {
            // A stray word of the page (`luxemburg`, a site's name in lower case) is skipped,
            // not the header's end; it is kept in the record as the page's, not the text's.
            if stray_lines_skipped < MAX_STRAY_LINES && is_stray_line(block) {
                stray_lines_skipped += 1;
                header.record(PAGE_LINE, block.lines[0].trim().to_string(), block.line);
                header.blocks += 1;
                continue;
            }
            if header.title.is_none()
                && shorts.is_empty()
                && masthead_blocks_skipped < MAX_MASTHEAD_BLOCKS
                && is_masthead_block(block, readings, first_prose)
            {
                masthead_blocks_skipped += 1;
                for (i, line) in block.lines.iter().enumerate() {
                    header.record(PAGE_LINE, line.trim().to_string(), block.line + i);
                }
                header.blocks += 1;
                continue;
            }
            break;
        };
        // A header has at most a title and a byline; a third short line means the text has begun.
        // A line repeating an earlier short line is the title shown twice (a page's `<title>`
        // and its heading): it is not one more line.
        let new_shorts = lines
            .iter()
            .filter(
                |(l, _)| matches!(l, HeaderLine::Short(t) if !shorts.iter().any(|(s, _)| s == t)),
            )
            .count();
        if shorts.len() + new_shorts > 2 {
            break;
        }
        for (line, number) in lines {
            header.take(line, number, &mut shorts);
        }
        header.blocks += 1;
    }
    header.resolve_short_lines(shorts);
    header.fall_back_on_weaker_authors();
    header
}

impl Header {
    fn take(&mut self, line: HeaderLine, number: usize, shorts: &mut Vec<(String, usize)>) {
        match line {
            HeaderLine::Breadcrumb(crumbs) => {
                // `Leon Trotsky > 1938 >`, not `MIA > Archive > Trotsky > Works`.
                let is_person = |c: &&String| is_person_name(c);
                self.breadcrumb_author = crumbs.first().filter(is_person).cloned();
                self.record("Breadcrumb", crumbs.join(" > "), number);
            }
            HeaderLine::Code {
                author,
                date,
                title,
            } => {
                if is_name_like(&author) {
                    self.add_author(&author);
                }
                if self.date.is_none() {
                    self.date = Some(date);
                    self.date_from_code = true;
                }
                if self.title.is_none() {
                    self.title = Some(title);
                    self.title_from_code = true;
                }
            }
            HeaderLine::Field { role, label, value } => {
                // A row of fields on one line: each read as its own.
                match lines::embedded_field_start(&value) {
                    Some(at) => {
                        let rest = value[at..].to_string();
                        let head = value[..at].trim_end().trim_end_matches([',', ';']);
                        self.take_field(role, &label, head.to_string(), number);
                        if let Some(line) = classify(&rest) {
                            self.take(line, number, shorts);
                        }
                    }
                    None => self.take_field(role, &label, value, number),
                }
            }
            HeaderLine::Date { date, .. }
                if self.title.is_none() && shorts.is_empty() && date.start.month.is_none() =>
            {
                // A year alone above the title is a running head or an archive's section
                // (`1919`, `1905 г.`), not the text's date.
                self.record(PAGE_LINE, date.to_string(), number);
            }
            HeaderLine::Date { place, date } => {
                self.date = Some(date);
                if place.is_some() {
                    self.place = place;
                }
            }
            HeaderLine::Source(text) => {
                self.take_statement(&text);
                self.sources.push((text, number));
            }
            HeaderLine::AuthorTitle { author, title }
                if self.title.is_some()
                    && !self.title_from_code
                    && !self.authors.is_empty()
                    && !self.authors.contains(&author) =>
            {
                // A second `X: Y` line under a known author and title is a section's heading
                // (`Erster Brief: Die erste Etappe`), not another author.
                self.record("Subtitle", format!("{author}: {title}"), number);
            }
            HeaderLine::AuthorTitle { author, title } => {
                self.add_author(&author);
                match &self.title {
                    None => self.title = Some(title),
                    Some(_) if self.title_from_code => {
                        self.title = Some(title);
                        self.title_from_code = false;
                    }
                    Some(existing) if *existing != title => self.record("Subtitle", title, number),
                    Some(_) => {}
                }
            }
            HeaderLine::Byline(author) => self.add_author(&author),
            HeaderLine::Collection { author, value } => {
                if self.collection_author.is_none() {
                    self.collection_author = author;
                }
                self.record("Collection", value, number);
            }
            HeaderLine::Short(text) if shorts.iter().any(|(s, _)| *s == text) => {
                self.repeated_short.get_or_insert(text);
            }
            HeaderLine::Short(text) => shorts.push((text, number)),
        }
    }

    /// An editor's statement in a source line or note (`[Geschrieben am 20. März 1917 ...]`):
    /// its date of writing replaces one read only off an archive code, its date of first
    /// publication fills a gap. Dates in brackets are the editor's (supplied).
    fn take_statement(&mut self, text: &str) {
        let supplied = text.trim_start().starts_with('[');
        let stated = statement::stated_dates(text);
        if let Some(mut written) = stated.written
            && (self.date.is_none() || self.date_from_code)
        {
            written.supplied |= supplied;
            self.date = Some(written);
            self.date_from_code = false;
        }
        if let Some(mut sent) = stated.sent
            && self.sent.is_none()
        {
            sent.supplied |= supplied;
            self.sent = Some(sent);
        }
        if let Some(mut published) = stated.published
            && self.published.is_none()
        {
            published.supplied |= supplied;
            self.published = Some(published);
        }
    }

    fn take_field(&mut self, role: FieldRole, label: &str, value: String, number: usize) {
        match role {
            FieldRole::Written => {
                if let Some((place, date)) = date_line(&value) {
                    self.date = Some(date);
                    self.place = place.or(self.place.take());
                } else if let Some(found) = find_dates(&value).into_iter().next() {
                    self.date = Some(found.date);
                    self.record(label, value, number); // keep what else the line says
                } else {
                    self.record(label, value, number);
                }
            }
            FieldRole::Released => {
                if let Some(found) = find_dates(&value).into_iter().next() {
                    self.released = Some(found.date);
                }
                self.record(label, value, number);
            }
            FieldRole::Published => {
                self.published = publication_date(&value);
                self.record(label, value, number);
            }
            FieldRole::Source if value.trim().is_empty() => {}
            FieldRole::Source => {
                // `Source: Lenin Collected Works, Progress Publishers, ...`: the collected
                // edition's author is the text's, if nothing else names one.
                if let Some(HeaderLine::Collection {
                    author: Some(author),
                    ..
                }) = lines::collection_line(&value)
                {
                    self.collection_author.get_or_insert(author);
                }
                self.sources.push((value, number));
            }
            FieldRole::Author => self.add_author(&value),
            FieldRole::Title => self.title = Some(value),
            FieldRole::Other => {
                if value.trim_start().starts_with('[') {
                    self.take_statement(&value); // an editor's note: `[Written in exile ...]`
                }
                self.record(label, value, number);
            }
        }
    }

    fn record(&mut self, label: &str, value: String, line: usize) {
        self.fields.push(HeaderField {
            label: label.to_string(),
            value,
            line,
        });
    }

    fn add_author(&mut self, name: &str) {
        let name = name.trim();
        if !self.authors.iter().any(|a| a == name) {
            self.authors.push(name.to_string());
        }
    }

    /// Short unlabelled lines: a title, and perhaps an author's name before or after it. A line
    /// repeating the title or an author already known adds nothing.
    fn resolve_short_lines(&mut self, shorts: Vec<(String, usize)>) {
        // `2415. И. Я. ПАВЛОВСКОМУ`: an edition's number for the letter, recorded apart.
        let shorts: Vec<(String, usize)> = shorts
            .into_iter()
            .map(|(text, line)| match item_number(&text) {
                Some((number, rest)) => {
                    self.record("Number", number.to_string(), line);
                    (rest.to_string(), line)
                }
                None => (text, line),
            })
            .collect();
        if self.title.is_none()
            && let Some(title) = self.repeated_short.take()
        {
            // The repeated line is the title; a line above it is the page's (a site's name),
            // one below it the title's continuation.
            let at = shorts.iter().position(|(s, _)| *s == title).unwrap_or(0);
            for (i, (text, line)) in shorts.into_iter().enumerate() {
                if text == title {
                    continue;
                }
                let label = if i < at { PAGE_LINE } else { "Subtitle" };
                self.record(label, text, line);
            }
            self.title = Some(title);
            return;
        }
        let fresh: Vec<(String, usize)> = shorts
            .into_iter()
            .filter(|(t, _)| Some(t) != self.title.as_ref() && !self.authors.contains(t))
            .collect();
        let mut unused: Vec<(String, usize)> = Vec::new();
        match fresh.as_slice() {
            [] => {}
            [(one, _)] if self.title.is_none() => self.title = Some(one.clone()),
            [(one, _)] if is_person_name(one) && self.authors.is_empty() => self.add_author(one),
            [(first, first_line), (second, line)] if self.title.is_none() => {
                // Archives put the author first: `Leon Trotsky` / `Our Political Tasks`.
                if is_person_name(first) && self.authors.is_empty() {
                    self.add_author(first);
                    self.title = Some(second.clone());
                } else if is_person_name(second) && self.authors.is_empty() {
                    self.title = Some(first.clone());
                    self.add_author(second);
                } else if first.split_whitespace().count() == 1
                    && second.split_whitespace().count() > 1
                {
                    // A lone word over a fuller line is the site's or section's name
                    // (`InfoAut` / `Lettera alla mamma di Antonio Gramsci`).
                    self.title = Some(second.clone());
                    unused.push((first.clone(), *first_line));
                } else {
                    self.title = Some(first.clone());
                    unused.push((second.clone(), *line));
                }
            }
            rest => unused.extend(rest.iter().cloned()),
        }
        // Nothing read is dropped: lines that are neither title nor author stay in the record.
        for (text, line) in unused {
            self.record("Subtitle", text, line);
        }
    }

    /// Where no line names the author: a breadcrumb's person, or a collected edition's author.
    fn fall_back_on_weaker_authors(&mut self) {
        if self.authors.is_empty()
            && let Some(author) = self
                .breadcrumb_author
                .take()
                .or_else(|| self.collection_author.take())
        {
            self.add_author(&author);
        }
    }
}
