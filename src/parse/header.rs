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
//! The header ends at the first block that is none of these.

use std::sync::LazyLock;

use regex::Regex;

use super::blocks::RawBlock;
use super::citation_parts::{CitationParts, looks_like_citation};
use super::dates::{HistoricalDate, find_dates};
use crate::model::HeaderField;

/// The most blocks a header can take; past this the text has begun.
const MAX_HEADER_BLOCKS: usize = 12;
/// A title or byline is at most this many characters.
const MAX_TITLE_CHARS: usize = 160;

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
}

/// What one header line is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum HeaderLine {
    Breadcrumb(Vec<String>),
    Code {
        author: String,
        date: HistoricalDate,
        title: String,
    },
    Field {
        role: FieldRole,
        label: String,
        value: String,
    },
    Date {
        place: Option<String>,
        date: HistoricalDate,
    },
    Source(String),
    AuthorTitle {
        author: String,
        title: String,
    },
    Byline(String),
    Short(String),
}

/// What a labelled field contributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldRole {
    /// The date (and maybe place) of writing.
    Written,
    /// Where and when the text was first published.
    Published,
    /// A source reference.
    Source,
    /// Recorded only.
    Other,
    /// The author's name.
    Author,
    /// The title.
    Title,
}

/// Field labels as archives write them (English, German, French, Spanish), lower case,
/// with what they contribute and how we label them.
const FIELD_LABELS: &[(&str, FieldRole, &str)] = &[
    ("written", FieldRole::Written, "Written"),
    ("delivered", FieldRole::Written, "Delivered"),
    ("date", FieldRole::Written, "Date"),
    ("geschrieben", FieldRole::Written, "Written"),
    ("datum", FieldRole::Written, "Date"),
    ("écrit", FieldRole::Written, "Written"),
    ("rédigé", FieldRole::Written, "Written"),
    ("escrito", FieldRole::Written, "Written"),
    ("source", FieldRole::Source, "Source"),
    ("sources", FieldRole::Source, "Source"),
    ("quelle", FieldRole::Source, "Source"),
    ("fuente", FieldRole::Source, "Source"),
    ("first published", FieldRole::Published, "First published"),
    ("published", FieldRole::Published, "Published"),
    (
        "erstveröffentlicht",
        FieldRole::Published,
        "First published",
    ),
    (
        "erstveröffentlichung",
        FieldRole::Published,
        "First published",
    ),
    (
        "première publication",
        FieldRole::Published,
        "First published",
    ),
    ("publié", FieldRole::Published, "Published"),
    ("translated", FieldRole::Other, "Translated"),
    ("translation", FieldRole::Other, "Translated"),
    ("translated by", FieldRole::Other, "Translated"),
    ("übersetzung", FieldRole::Other, "Translated"),
    ("übersetzt", FieldRole::Other, "Translated"),
    ("traduction", FieldRole::Other, "Translated"),
    ("traduit", FieldRole::Other, "Translated"),
    ("traducción", FieldRole::Other, "Translated"),
    ("transcription", FieldRole::Other, "Transcription"),
    ("transcribed", FieldRole::Other, "Transcription"),
    ("transcription/markup", FieldRole::Other, "Transcription"),
    (
        "transcription/html markup",
        FieldRole::Other,
        "Transcription",
    ),
    ("html markup", FieldRole::Other, "Markup"),
    ("markup", FieldRole::Other, "Markup"),
    ("proofread", FieldRole::Other, "Proofread"),
    ("proofreading", FieldRole::Other, "Proofread"),
    ("online version", FieldRole::Other, "Online version"),
    ("copyleft", FieldRole::Other, "Copyleft"),
    ("public domain", FieldRole::Other, "Public domain"),
    ("digitalisierung", FieldRole::Other, "Transcription"),
    ("transkription", FieldRole::Other, "Transcription"),
    ("author", FieldRole::Author, "Author"),
    ("autor", FieldRole::Author, "Author"),
    ("auteur", FieldRole::Author, "Author"),
    ("title", FieldRole::Title, "Title"),
    ("titel", FieldRole::Title, "Title"),
    ("titre", FieldRole::Title, "Title"),
];

static CODE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\S.*?)\s+((?:1[0-9]|20)[0-9]{2}[01][0-9][0-3][0-9])\s+(\S.*)$")
        .expect("valid regex")
});
static LABELLED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([^:\[\]]{2,60}?)\s*:\s*(.*)$").expect("valid regex"));
static BYLINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:by|von|par|por|di)\s+(\S.*)$").expect("valid regex"));

/// Reads the header off the leading blocks.
pub fn parse_header(blocks: &[RawBlock]) -> Header {
    let mut header = Header::default();
    let mut shorts: Vec<(String, usize)> = Vec::new();
    for block in blocks.iter().take(MAX_HEADER_BLOCKS) {
        let lines: Option<Vec<(HeaderLine, usize)>> = block
            .lines
            .iter()
            .enumerate()
            .map(|(i, line)| classify(line.trim()).map(|l| (l, block.line + i)))
            .collect();
        let Some(lines) = lines else { break };
        // A header has at most a title and a byline; a third short line means the text has begun.
        let new_shorts = lines
            .iter()
            .filter(|(l, _)| matches!(l, HeaderLine::Short(_)))
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
    header
}

/// Recognises one line by its shape.
fn classify(line: &str) -> Option<HeaderLine> {
    if line.is_empty() {
        return None;
    }
    if let Some(crumbs) = breadcrumb(line) {
        return Some(HeaderLine::Breadcrumb(crumbs));
    }
    if let Some(inner) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
        // Brackets are the editors': a date (and place) they supplied, or the source.
        return match date_line(inner) {
            Some((place, mut date)) => {
                date.supplied = true;
                Some(HeaderLine::Date { place, date })
            }
            None => classify_labelled(inner.trim()).or_else(|| {
                Some(if looks_like_citation(line) {
                    HeaderLine::Source(line.to_string())
                } else {
                    HeaderLine::Field {
                        role: FieldRole::Other,
                        label: "Editors' note".to_string(),
                        value: line.to_string(),
                    }
                })
            }),
        };
    }
    if let Some(inner) = line.strip_prefix('(').and_then(|l| l.strip_suffix(')'))
        && let Some((place, date)) = date_line(inner)
    {
        return Some(HeaderLine::Date { place, date });
    }
    if let Some(c) = CODE_LINE.captures(line)
        && let Some(date) = HistoricalDate::parse(&c[2])
    {
        return Some(HeaderLine::Code {
            author: c[1].trim().to_string(),
            date,
            title: c[3].trim().to_string(),
        });
    }
    if let Some(labelled) = classify_labelled(line) {
        return Some(labelled);
    }
    if let Some((place, date)) = date_line(line) {
        return Some(HeaderLine::Date { place, date });
    }
    if let Some(c) = LABELLED.captures(line)
        && is_name_like(&c[1])
        && !c[2].trim().is_empty()
        && is_short_line(&c[2])
    {
        return Some(HeaderLine::AuthorTitle {
            author: c[1].trim().to_string(),
            title: c[2].trim().to_string(),
        });
    }
    if looks_like_citation(line) {
        return Some(HeaderLine::Source(line.to_string()));
    }
    if let Some(c) = BYLINE.captures(line)
        && is_name_like(&c[1])
    {
        return Some(HeaderLine::Byline(c[1].trim().to_string()));
    }
    if is_short_line(line) {
        return Some(HeaderLine::Short(line.to_string()));
    }
    None
}

/// The role and value of a labelled line such as `Source: ...` or `Quelle: ...`.
pub fn field_role(line: &str) -> Option<(FieldRole, String)> {
    match classify_labelled(line.trim())? {
        HeaderLine::Field { role, value, .. } => Some((role, value)),
        _ => None,
    }
}

/// Labels of catalogue and archive data that are not in [`FIELD_LABELS`] but are clearly not an
/// author's name: `Publisher:`, `Herausgeber:`, `Scanned by:`, `Republished:`.
fn is_metadata_label(key: &str) -> bool {
    const LABELS: &[&str] = &[
        "publisher",
        "herausgeber",
        "verlag",
        "éditeur",
        "editeur",
        "editor",
        "editors",
        "note",
        "notes",
        "introduction",
        "preface",
        "keywords",
        "subject",
        "language",
        "format",
        "pages",
        "isbn",
        "series",
        "volume",
        "collection",
        "archive",
        "rights",
        "license",
        "licence",
        "credits",
        "contents",
        "location",
        "place",
        "origin",
        "provenance",
        "signature",
        "shelfmark",
        "call number",
        "reference",
        "url",
        "link",
        "edition",
        "printer",
        "druck",
        "sprache",
        "seiten",
        "reihe",
        "band",
        "auflage",
        "ort",
        "lieu",
        "langue",
    ];
    let single_word = !key.contains(' ');
    LABELS.contains(&key)
        || key.ends_with(" by")
        || key.ends_with(" von")
        || (single_word && key.ends_with("ed"))
}

fn classify_labelled(line: &str) -> Option<HeaderLine> {
    let c = LABELLED.captures(line)?;
    let key = c[1].trim().to_lowercase();
    let (role, label) = match FIELD_LABELS.iter().find(|(k, _, _)| *k == key) {
        Some(&(_, role, label)) => (role, label.to_string()),
        None if is_metadata_label(&key) => (FieldRole::Other, c[1].trim().to_string()),
        None => return None,
    };
    Some(HeaderLine::Field {
        role,
        label,
        value: c[2].trim().to_string(),
    })
}

/// `Leon Trotsky > 1938 >` → its non-empty parts.
fn breadcrumb(line: &str) -> Option<Vec<String>> {
    if !(line.contains(" > ") || line.ends_with(" >") || line.ends_with('>')) || line.len() > 200 {
        return None;
    }
    let parts: Vec<String> = line
        .split('>')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    (!parts.is_empty()).then_some(parts)
}

/// `March 6, 1938` or `Coyoacán, March 6, 1938` (also `March 6, 1938, Coyoacán`).
pub fn date_line(line: &str) -> Option<(Option<String>, HistoricalDate)> {
    let line = line.trim();
    if let Some(date) = HistoricalDate::parse(line) {
        return Some((None, date));
    }
    // A place may itself hold commas (`Coyoacán, D.F., March 6, 1938`): try every split.
    for (at, _) in line.match_indices(',') {
        let (before, after) = (place_of(&line[..at]), place_of(&line[at + 1..]));
        if is_place_like(before)
            && let Some(date) = HistoricalDate::parse(&line[at + 1..])
        {
            return Some((Some(before.to_string()), date));
        }
        if is_place_like(after)
            && let Some(date) = HistoricalDate::parse(&line[..at])
        {
            return Some((Some(after.to_string()), date));
        }
    }
    None
}

/// The date in a `First published:` line: a date standing alone, or the edition's year or
/// issue in a reference (`Writings of Leon Trotsky 1937-38, Pathfinder, 1976` → 1976).
fn publication_date(value: &str) -> Option<HistoricalDate> {
    if let Some((_, date)) = date_line(value.trim().trim_end_matches('.')) {
        return Some(date);
    }
    let parts = CitationParts::parse(value);
    parts.issue.or_else(|| {
        parts
            .year
            .and_then(|year| HistoricalDate::parse(&year.to_string()))
    })
}

/// `Written in Coyoacán` → `Coyoacán`.
fn place_of(text: &str) -> &str {
    const LEADS: &[&str] = &[
        "written in ",
        "written at ",
        "geschrieben in ",
        "écrit à ",
        "escrito en ",
    ];
    let text = text.trim();
    LEADS
        .iter()
        .find_map(|lead| {
            text.get(..lead.len())
                .filter(|head| head.eq_ignore_ascii_case(lead))
                .map(|_| text[lead.len()..].trim())
        })
        .unwrap_or(text)
}

fn is_place_like(text: &str) -> bool {
    let text = text.trim();
    let words = text.split_whitespace().count();
    (1..=5).contains(&words)
        && text.chars().next().is_some_and(char::is_uppercase)
        && !text.chars().any(|c| c.is_ascii_digit())
}

/// One to five capitalised words (initials and particles allowed): `Leon Trotsky`, `L. Trotsky`,
/// `Rosa Luxemburg`, `Ludwig van Beethoven`.
pub fn is_name_like(text: &str) -> bool {
    const PARTICLES: &[&str] = &[
        "de", "von", "van", "der", "den", "la", "le", "du", "da", "di",
    ];
    /// Titles start with these; names do not.
    const ARTICLES: &[&str] = &[
        "The", "A", "An", "On", "In", "To", "Der", "Die", "Das", "Ein", "Eine", "Le", "La", "Les",
        "Un", "Une", "El", "Los", "Las", "Il", "Lo",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 5
        && !ARTICLES.contains(&words[0])
        && words
            .iter()
            .all(|w| PARTICLES.contains(w) || w.chars().next().is_some_and(char::is_uppercase))
        && !text
            .chars()
            .any(|c| c.is_ascii_digit() || c == ',' || c == '"')
}

/// A title-like line: short, and not ending like a sentence or a salutation.
fn is_short_line(line: &str) -> bool {
    let line = line.trim();
    // A sentence ending in a note marker or a closing quote is still a sentence.
    let ending = line
        .trim_end_matches(|c: char| c.is_ascii_digit() || "[]()'’\"”»".contains(c))
        .trim_end();
    let salutation = line.ends_with('!') && line.split_whitespace().count() <= 3;
    line.chars().count() <= MAX_TITLE_CHARS
        && !salutation
        && !ending.ends_with(['.', ',', ';', ':'])
        && line.split_whitespace().count() <= 20
        && line.chars().next().is_some_and(|c| !c.is_lowercase())
}

impl Header {
    fn take(&mut self, line: HeaderLine, number: usize, shorts: &mut Vec<(String, usize)>) {
        match line {
            HeaderLine::Breadcrumb(crumbs) => {
                // `Leon Trotsky > 1938 >`, not `MIA > Archive > Trotsky > Works`.
                let is_person = |c: &&String| is_name_like(c) && c.split_whitespace().count() >= 2;
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
                self.date.get_or_insert(date);
                if self.title.is_none() {
                    self.title = Some(title);
                    self.title_from_code = true;
                }
            }
            HeaderLine::Field { role, label, value } => {
                self.take_field(role, &label, value, number)
            }
            HeaderLine::Date { place, date } => {
                self.date = Some(date);
                if place.is_some() {
                    self.place = place;
                }
            }
            HeaderLine::Source(text) => self.sources.push((text, number)),
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
            HeaderLine::Short(text) => shorts.push((text, number)),
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
            FieldRole::Published => {
                self.published = publication_date(&value);
                self.record(label, value, number);
            }
            FieldRole::Source => self.sources.push((value, number)),
            FieldRole::Author => self.add_author(&value),
            FieldRole::Title => self.title = Some(value),
            FieldRole::Other => self.record(label, value, number),
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
        let fresh: Vec<(String, usize)> = shorts
            .into_iter()
            .filter(|(t, _)| Some(t) != self.title.as_ref() && !self.authors.contains(t))
            .collect();
        let mut unused: Vec<(String, usize)> = Vec::new();
        match fresh.as_slice() {
            [] => {}
            [(one, _)] if self.title.is_none() => self.title = Some(one.clone()),
            [(one, _)] if is_name_like(one) && self.authors.is_empty() => self.add_author(one),
            [(first, _), (second, line)] if self.title.is_none() => {
                // Archives put the author first: `Leon Trotsky` / `Our Political Tasks`.
                if is_name_like(first) && self.authors.is_empty() {
                    self.add_author(first);
                    self.title = Some(second.clone());
                } else if is_name_like(second) && self.authors.is_empty() {
                    self.title = Some(first.clone());
                    self.add_author(second);
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
        if self.authors.is_empty()
            && let Some(author) = self.breadcrumb_author.take()
        {
            self.add_author(&author);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::blocks::split_blocks;
    use super::*;

    fn header_of(text: &str) -> Header {
        parse_header(&split_blocks(text))
    }

    #[test]
    fn archive_header_with_breadcrumb_code_line_and_bracketed_source() {
        let text = "Leon Trotsky > 1938 > \n\nLeon Trotsky 19380306 Answers to Mrs. Célarié\n\n\
                    Leon Trotsky: Answers to Mrs. Célarié\n\nMarch 6, 1938\n\n\
                    [Writing of Leon Trotsky, Vol. 14, New York 1979, p 765-767.]\n\n\
                    It is very difficult, Madam, to express in one brief formula the differences.";
        let h = header_of(text);
        assert_eq!(h.title.as_deref(), Some("Answers to Mrs. Célarié"));
        assert_eq!(h.authors, vec!["Leon Trotsky"]);
        assert_eq!(
            h.date.map(|d| d.datetime_attr()).as_deref(),
            Some("1938-03-06")
        );
        assert_eq!(
            h.sources,
            vec![(
                "[Writing of Leon Trotsky, Vol. 14, New York 1979, p 765-767.]".to_string(),
                9
            )]
        );
        assert_eq!(h.blocks, 5);
    }

    #[test]
    fn book_section_header_is_just_a_title() {
        let text = "In support of terror and insurrection\n\n\
                    Trotsky\u{a0} finished by calling for individual terrorism and armed insurrection. Hence, as early as 1935.";
        let h = header_of(text);
        assert_eq!(
            h.title.as_deref(),
            Some("In support of terror and insurrection")
        );
        assert!(h.authors.is_empty());
        assert_eq!(h.date, None);
        assert_eq!(h.blocks, 1);
    }

    #[test]
    fn labelled_field_block() {
        let text = "Leon Trotsky\nThe Moscow Trials\n\nWritten: 4 December 1910\nSource: Fourth International, Vol. 1 No. 2, New York 1940, pp. 3-5.\nTranslated: John Fairlie\n\nThe body begins here, with a sentence. And another one follows it.";
        let h = header_of(text);
        assert_eq!(h.title.as_deref(), Some("The Moscow Trials"));
        assert_eq!(h.authors, vec!["Leon Trotsky"]);
        assert_eq!(
            h.date.map(|d| d.datetime_attr()).as_deref(),
            Some("1910-12-04")
        );
        assert_eq!(h.sources.len(), 1);
        assert!(
            h.fields
                .iter()
                .any(|f| f.label == "Translated" && f.value == "John Fairlie")
        );
        assert_eq!(h.blocks, 2);
    }

    #[test]
    fn german_header_with_quelle_and_place_date() {
        let text = "Leo Trotzki: Brief an die Redaktion\n\nCoyoacán, 14. Januar 1938\n\nQuelle: Leo Trotzki, Schriften, Bd. 1, Hamburg 1988, S. 12.\n\nWerte Genossen, der Text beginnt hier und geht weiter.";
        let h = header_of(text);
        assert_eq!(h.title.as_deref(), Some("Brief an die Redaktion"));
        assert_eq!(h.authors, vec!["Leo Trotzki"]);
        assert_eq!(h.place.as_deref(), Some("Coyoacán"));
        assert_eq!(
            h.date.map(|d| d.datetime_attr()).as_deref(),
            Some("1938-01-14")
        );
        assert_eq!(h.sources.len(), 1);
    }

    #[test]
    fn editors_bracketed_date_is_supplied() {
        let h =
            header_of("A Letter\n\n[March 1938]\n\nDear Comrade, this is the body of the letter.");
        let date = h.date.expect("a date");
        assert_eq!(date.datetime_attr(), "1938-03");
        assert!(date.supplied);
    }

    #[test]
    fn archive_page_with_parenthesised_date_and_copyleft_fields() {
        let text = "Leon Trotsky\n\nThe Moscow Trials\n\n(February 1937)\n\n\
                    Written: February 1937.\nFirst Published: Socialist Appeal, 1937.\n\
                    Transcription/HTML Markup: David Walters.\n\
                    Copyleft: Leon Trotsky Internet Archive (www.marxists.org) 2002. Permission is granted to copy.\n\n\
                    The trials are a long chain of falsifications, and this sentence is the body of the text.";
        let h = header_of(text);
        assert_eq!(h.title.as_deref(), Some("The Moscow Trials"));
        assert_eq!(h.authors, vec!["Leon Trotsky"]);
        assert_eq!(
            h.date.map(|d| d.datetime_attr()).as_deref(),
            Some("1937-02")
        );
        assert!(h.fields.iter().any(|f| f.label == "First published"));
        assert!(h.fields.iter().any(|f| f.label == "Copyleft"));
        assert_eq!(h.blocks, 4);
    }

    #[test]
    fn editors_bracketed_place_and_date() {
        let h = header_of(
            "A Letter\n\n[Coyoacán, D.F., March 1938]\n\nDear Comrade, this is the body of the letter, at some length.",
        );
        let date = h.date.expect("a date");
        assert!(date.supplied);
        assert_eq!(date.datetime_attr(), "1938-03");
        assert_eq!(h.place.as_deref(), Some("Coyoacán, D.F."));
        assert!(h.sources.is_empty(), "a bracketed date is not a source");
    }

    #[test]
    fn place_with_a_comma_before_the_date() {
        assert_eq!(
            date_line("Coyoacán, D.F., March 6, 1938").map(|(p, d)| (p, d.datetime_attr())),
            Some((Some("Coyoacán, D.F.".to_string()), "1938-03-06".to_string()))
        );
        assert_eq!(date_line("the end, as it were, 1938"), None);
    }

    #[test]
    fn regression_title_case_title_after_the_author_is_the_title() {
        let h = header_of(
            "Leon Trotsky\n\nOur Political Tasks\n\nThe body begins here, and it is a long sentence of prose.",
        );
        assert_eq!(h.title.as_deref(), Some("Our Political Tasks"));
        assert_eq!(h.authors, vec!["Leon Trotsky"]);
    }

    #[test]
    fn regression_catalogue_labels_are_fields_not_authors() {
        let text = "Our Political Tasks\n\nPublisher: Progress Publishers, Moscow\nHerausgeber: Dietz Verlag Berlin\nScanned by: A. Volunteer\n\nThe body begins here, and it is a long sentence of prose.";
        let h = header_of(text);
        assert_eq!(h.title.as_deref(), Some("Our Political Tasks"));
        assert!(h.authors.is_empty(), "{:?}", h.authors);
        let labels: Vec<&str> = h.fields.iter().map(|f| f.label.as_str()).collect();
        assert_eq!(labels, vec!["Publisher", "Herausgeber", "Scanned by"]);
    }

    #[test]
    fn regression_a_salutation_stays_in_the_text() {
        let h = header_of(
            "Leon Trotsky: Letter\n\nComrades!\n\nWe write to you at length about the matter at hand.",
        );
        assert_eq!(h.blocks, 1);
        assert_eq!(h.title.as_deref(), Some("Letter"));
    }

    #[test]
    fn regression_short_lines_that_are_neither_title_nor_author_are_kept() {
        let h = header_of(
            "Leon Trotsky: An Interview\n\nPart One\n\nThe Questions\n\nThe body begins here, and it is a long sentence of prose.",
        );
        let kept: Vec<(&str, usize)> = h
            .fields
            .iter()
            .filter(|f| f.label == "Subtitle")
            .map(|f| (f.value.as_str(), f.line))
            .collect();
        assert_eq!(kept, vec![("Part One", 3), ("The Questions", 5)]);
    }

    #[test]
    fn regression_bracketed_editorial_lines_are_not_the_source() {
        let h = header_of(
            "A Letter\n\n[Translated from the Russian]\n\n[Written in Coyoacán, March 1938]\n\nDear Comrade, the body of the letter runs on for a while.",
        );
        assert!(h.sources.is_empty(), "{:?}", h.sources);
        assert!(
            h.fields
                .iter()
                .any(|f| f.label == "Editors' note" && f.value == "[Translated from the Russian]")
        );
        assert_eq!(h.place.as_deref(), Some("Coyoacán"));
        assert!(h.date.expect("date").supplied);
    }

    #[test]
    fn regression_a_site_name_in_the_breadcrumb_is_not_the_author() {
        let h = header_of(
            "MIA > Archive > Trotsky > Works > 1938\n\nA Title\n\nThe body begins here, and it is a long sentence of prose.",
        );
        assert!(h.authors.is_empty(), "{:?}", h.authors);
        let h = header_of(
            "Leon Trotsky > 1938 >\n\nA Title\n\nThe body begins here, and it is a long sentence of prose.",
        );
        assert_eq!(h.authors, vec!["Leon Trotsky"]);
    }

    #[test]
    fn first_published_line_gives_the_publication_date() {
        let h = header_of(
            "A Letter\n\nWritten: 12 May 1938.\nFirst Published: Writings of Leon Trotsky 1937-38, Pathfinder, 1976.\n\nDear Jim, the body of the letter runs on for a while here.",
        );
        assert_eq!(
            h.published.map(|d| d.datetime_attr()).as_deref(),
            Some("1976")
        );
        assert!(h.fields.iter().any(|f| f.label == "First published"));
        let h = header_of(
            "A Speech\n\nFirst published: Pravda, 14 January 1938\n\nComrades, the body of the speech runs on for a while here.",
        );
        assert_eq!(
            h.published.map(|d| d.datetime_attr()).as_deref(),
            Some("1938-01-14")
        );
    }

    #[test]
    fn byline_after_title() {
        let h = header_of(
            "The Revolution Betrayed\n\nby Leon Trotsky\n\nThe body, which is long enough to be prose.",
        );
        assert_eq!(h.title.as_deref(), Some("The Revolution Betrayed"));
        assert_eq!(h.authors, vec!["Leon Trotsky"]);
    }

    #[test]
    fn a_text_without_header() {
        let h = header_of("just some lowercase words that run on and on.\n\nMore.");
        assert_eq!(h, Header::default());
    }
}
