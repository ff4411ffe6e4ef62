//! Historical dates: the dates historians write, kept at the precision they are written in.
//!
//! In: either a string that should be a date as a whole ([`HistoricalDate::parse`], for front
//! matter and editors' fields) or running prose ([`find_dates`], for the timeline and for
//! `<time>` markup). Out: [`HistoricalDate`]s (a point or a range of [`PartialDate`]s, possibly
//! approximate, qualified or supplied by the editor) and, for prose, [`DateMention`]s with the
//! byte range of each whole expression.
//!
//! Precision is never raised: `1937` is a year, not 1 January 1937, and a day the text does not
//! give is never invented. English, German, French, Spanish, Italian and Portuguese month names
//! are understood (any case, with or without accents); output is neutral English.
//!
//! Both entry points share one small tokenizer and one grammar, so prose yields the same forms
//! `parse` accepts, except compact `yyyymmdd` codes, which only `parse` reads. In prose, numbers
//! after page, volume and number markers (`p. 85`, `Vol. 14`, `Nr. 1917`) and numbers that are
//! parts of longer numbers (`1,905`, `12.1935`, `19380306`) are not years. The work is linear in
//! the length of the input: each token starts at most one bounded match attempt.
//!
//! Not read, on purpose: ranges in words ("1936 to 1938", "bis"), seasons ("winter 1935"),
//! two-digit decades ("the '30s"), slashed numeric dates ("6/3/1938", ambiguous between
//! countries), em-dash ranges ("1936—1938", an em dash is usually parenthetical), ranges across
//! a century in two digits ("1999–00"). In prose, lowercase "may", "march" and "mar" are words,
//! not months, and a `?` counts as doubt only when it touches the date and more punctuation
//! (`(1879?)`), not when it ends a question.

use std::cmp::Ordering;
use std::fmt;
use std::ops::{Range, RangeInclusive};

use serde::Serialize;

/// The years this module accepts; anything else is taken for a number, not a year.
const YEARS: RangeInclusive<i32> = 1000..=2100;

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A calendar point known to year, month or day precision (a day implies a month).
///
/// The derived order is chronological with the coarser point first within its period:
/// 1937 < March 1937 < 6 March 1937 < 7 March 1937 < 1938.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct PartialDate {
    /// The year, within 1000..=2100 for parsed dates.
    pub year: i32,
    /// The month, 1..=12, when known.
    pub month: Option<u8>,
    /// The day of the month, when known; only together with a month.
    pub day: Option<u8>,
}

impl PartialDate {
    /// A checked point: `None` for a year outside 1000..=2100, a month outside 1..=12, a day
    /// that month does not have (31 February), or a day without a month.
    pub fn new(year: i32, month: Option<u8>, day: Option<u8>) -> Option<PartialDate> {
        if !YEARS.contains(&year) {
            return None;
        }
        let valid = match (month, day) {
            (None, None) => true,
            (Some(month), None) => (1..=12).contains(&month),
            (Some(month), Some(day)) => {
                (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)
            }
            (None, Some(_)) => false,
        };
        valid.then_some(PartialDate { year, month, day })
    }

    /// The point written with `separator` between its parts, as precise as it is known:
    /// `1938-03-06`, `1917-02`, `1905`.
    fn numeric(&self, separator: char) -> String {
        match (self.month, self.day) {
            (Some(month), Some(day)) => {
                format!("{:04}{separator}{month:02}{separator}{day:02}", self.year)
            }
            (Some(month), None) => format!("{:04}{separator}{month:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }

    /// Whether `self` is strictly later than `earlier` at the precision both share
    /// (so a range's end can't fall inside or before its start).
    fn is_later_than(&self, earlier: &PartialDate) -> bool {
        if self.year != earlier.year {
            return self.year > earlier.year;
        }
        match (self.month, earlier.month) {
            (Some(month), Some(earlier_month)) if month != earlier_month => month > earlier_month,
            (Some(_), Some(_)) => matches!((self.day, earlier.day), (Some(a), Some(b)) if a > b),
            _ => false,
        }
    }
}

impl fmt::Display for PartialDate {
    /// English, day first: "6 March 1938", "March 1938", "1938".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (Some(month), Some(day)) => write!(f, "{day} {} {}", month_name(month), self.year),
            (Some(month), None) => write!(f, "{} {}", month_name(month), self.year),
            _ => write!(f, "{}", self.year),
        }
    }
}

/// How a text places a date within its period, beyond the date itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Qualifier {
    /// "as early as 1935", "dès 1935", "bereits 1935": at the latest then; shown "by 1935".
    By,
    /// "early 1935", "the beginning of 1935", "Anfang 1935", "début 1935".
    Early,
    /// "mid-1935", "the middle of 1935", "Mitte 1935", "mi-1935".
    Mid,
    /// "late 1934", "the end of 1934", "Ende 1934", "fin 1934".
    Late,
}

impl Qualifier {
    /// The English words put before the date when it is displayed.
    fn prefix(self) -> &'static str {
        match self {
            Qualifier::By => "by ",
            Qualifier::Early => "early ",
            Qualifier::Mid => "mid-",
            Qualifier::Late => "late ",
        }
    }
}

/// A date as a text or an editor gives it: a point or a range, possibly approximate or
/// qualified, possibly supplied by the editor.
///
/// The order is chronological by start, the coarser date first within its period, a point
/// before a range with the same start and a shorter range before a longer one; then by
/// qualifier, approximation and supply, so that it is total and agrees with `==`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct HistoricalDate {
    /// The date, or the first date of a range.
    pub start: PartialDate,
    /// The last date of a range (1923–24, March–April 1938, 6–8 March 1938, the 1930s).
    pub end: Option<PartialDate>,
    /// "c. 1935", "ca.", "circa", "about", "1935?", "the end of 1934", "as early as 1935" ...
    pub approximate: bool,
    /// Early, mid, late or "by", when the text says so.
    pub qualifier: Option<Qualifier>,
    /// The date is the editor's, given in square brackets: "[March 1938]".
    pub supplied: bool,
}

impl HistoricalDate {
    /// Reads a whole string as a date, or `None` if it is not exactly one date (surrounding
    /// whitespace and one final full stop are allowed; other words are not).
    pub fn parse(s: &str) -> Option<HistoricalDate> {
        let tokens = tokenize(s);
        let (end, date) = expression(Cursor::new(&tokens, Mode::Whole))?;
        match &tokens[end.pos..] {
            [] => Some(date),
            [last] if last.is_punct('.') => Some(date),
            _ => None,
        }
    }

    /// The value for an HTML `<time datetime>`: "1938-03-06", "1917-02", "1905" (a range
    /// gives its start).
    pub fn datetime_attr(&self) -> String {
        self.start.numeric('-')
    }

    /// The value for a Highwire `citation_date` meta tag: "1938/03/06", "1932/11", "1935".
    pub fn highwire(&self) -> String {
        self.start.numeric('/')
    }

    /// Neutral English for readers: "6 March 1938", "1923–24", "6–8 March 1938", "1930s",
    /// "c. 1935", "c. late 1934", "mid-1935", "by 1935", "[March 1938]".
    pub fn display(&self) -> String {
        self.to_string()
    }

    /// The year the date starts in.
    pub fn year(&self) -> i32 {
        self.start.year
    }
}

impl fmt::Display for HistoricalDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.supplied {
            f.write_str("[")?;
        }
        // "by" already says the date is a bound; "c. by 1935" would say it twice.
        if self.approximate && self.qualifier != Some(Qualifier::By) {
            f.write_str("c. ")?;
        }
        if let Some(qualifier) = self.qualifier {
            f.write_str(qualifier.prefix())?;
        }
        f.write_str(&span_text(&self.start, self.end.as_ref()))?;
        if self.supplied {
            f.write_str("]")?;
        }
        Ok(())
    }
}

impl Ord for HistoricalDate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.start
            .cmp(&other.start)
            .then_with(|| self.end.cmp(&other.end))
            .then_with(|| self.qualifier.cmp(&other.qualifier))
            .then_with(|| self.approximate.cmp(&other.approximate))
            .then_with(|| self.supplied.cmp(&other.supplied))
    }
}

impl PartialOrd for HistoricalDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// A date found inside running prose.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct DateMention {
    /// The byte range of the whole expression in the input ("the end of 1934", "March 6, 1938").
    pub range: Range<usize>,
    /// What the expression says.
    pub date: HistoricalDate,
}

/// Finds the dates in `text`, in order of position, without overlaps, the longest form at each
/// place winning ("6–8 March 1938", not "8 March 1938").
pub fn find_dates(text: &str) -> Vec<DateMention> {
    let tokens = tokenize(text);
    let mut mentions = Vec::new();
    let mut pos = 0;
    while pos < tokens.len() {
        if let Some(after) = reference_number_end(&tokens, pos) {
            pos = after;
            continue;
        }
        let cursor = Cursor {
            pos,
            ..Cursor::new(&tokens, Mode::Prose)
        };
        if let Some((end, date)) = expression(cursor) {
            if let Some(range) = standalone_range(&tokens, pos, end.pos) {
                mentions.push(DateMention { range, date });
                pos = end.pos;
                continue;
            }
        }
        pos += 1;
    }
    mentions
}

// ---------------------------------------------------------------------------------------------
// Display helpers

fn month_name(month: u8) -> &'static str {
    usize::from(month)
        .checked_sub(1)
        .and_then(|index| MONTH_NAMES.get(index))
        .copied()
        .unwrap_or("?")
}

fn days_in_month(year: i32, month: u8) -> u8 {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 31,
    }
}

/// A point or a range in English, sharing what the two ends share: "1923–24",
/// "March–April 1938", "6–8 March 1938", "6 March – 8 April 1938". Any range of years from a
/// round year to nine years on shows as its decade ("1930s"), however the text wrote it.
fn span_text(start: &PartialDate, end: Option<&PartialDate>) -> String {
    let Some(end) = end else {
        return start.to_string();
    };
    let same_year = start.year == end.year;
    match (start.month, start.day, end.month, end.day) {
        (None, None, None, None) if start.year % 10 == 0 && end.year == start.year + 9 => {
            format!("{}s", start.year)
        }
        (None, None, None, None) => year_range_text(start.year, end.year),
        (Some(first), None, Some(last), None) if same_year => {
            format!("{}–{} {}", month_name(first), month_name(last), start.year)
        }
        (Some(first), Some(first_day), Some(last), Some(last_day)) if same_year => {
            if first == last {
                format!(
                    "{first_day}–{last_day} {} {}",
                    month_name(first),
                    start.year
                )
            } else {
                let (first, last) = (month_name(first), month_name(last));
                format!("{first_day} {first} – {last_day} {last} {}", start.year)
            }
        }
        _ => {
            let (start, end) = (start.to_string(), end.to_string());
            let spaced = start.contains(' ') || end.contains(' ');
            let dash = if spaced { " – " } else { "–" };
            format!("{start}{dash}{end}")
        }
    }
}

/// "1923–24" within a century (unless the start is a round hundred), "1899–1901" across one.
fn year_range_text(start: i32, end: i32) -> String {
    if start / 100 == end / 100 && start % 100 != 0 {
        format!("{start}–{:02}", end % 100)
    } else {
        format!("{start}–{end}")
    }
}

// ---------------------------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A run of ASCII digits.
    Number,
    /// A run of letters.
    Word,
    /// A dash that can join a range: `-`, `--`, `–`, `‐`, `‑`, `‒` (not an em dash).
    Dash,
    /// Any other single character.
    Punct,
}

#[derive(Debug, Clone)]
struct Token<'a> {
    kind: Kind,
    text: &'a str,
    start: usize,
    end: usize,
    /// Words only: lowercase.
    lower: String,
    /// Words only: lowercase without accents ("février" → "fevrier", "März" → "marz").
    folded: String,
}

impl Token<'_> {
    fn is_punct(&self, ch: char) -> bool {
        self.kind == Kind::Punct && self.text.chars().eq([ch])
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CharClass {
    Digit,
    Letter,
    Hyphen,
    Other,
}

fn char_class(ch: char) -> CharClass {
    if ch.is_ascii_digit() {
        CharClass::Digit
    } else if ch.is_alphabetic() {
        CharClass::Letter
    } else if ch == '-' {
        CharClass::Hyphen
    } else {
        CharClass::Other
    }
}

/// Splits `text` into numbers, words, dashes and single punctuation characters, dropping
/// whitespace; each token keeps its byte range.
fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, first)) = chars.next() {
        if first.is_whitespace() {
            continue;
        }
        let class = char_class(first);
        let mut end = start + first.len_utf8();
        if class != CharClass::Other {
            while let Some(&(index, next)) = chars.peek() {
                if char_class(next) != class {
                    break;
                }
                end = index + next.len_utf8();
                chars.next();
            }
        }
        let text = &text[start..end];
        tokens.push(token(text, class, start, end));
    }
    tokens
}

fn token(text: &str, class: CharClass, start: usize, end: usize) -> Token<'_> {
    let kind = match class {
        CharClass::Digit => Kind::Number,
        CharClass::Letter => Kind::Word,
        // "-" and LaTeX's "--" join ranges; "---" is an em dash.
        CharClass::Hyphen if text.len() <= 2 => Kind::Dash,
        CharClass::Other if matches!(text, "–" | "‐" | "‑" | "‒") => Kind::Dash,
        _ => Kind::Punct,
    };
    let (lower, folded) = if kind == Kind::Word {
        let lower = text.to_lowercase();
        let folded = fold_accents(&lower);
        (lower, folded)
    } else {
        (String::new(), String::new())
    };
    Token {
        kind,
        text,
        start,
        end,
        lower,
        folded,
    }
}

fn fold_accents(lower: &str) -> String {
    lower
        .chars()
        .map(|ch| match ch {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            other => other,
        })
        .collect()
}

/// A month's number from a folded name, and whether the name is an abbreviation (which may
/// take a full stop).
fn month_from_name(folded: &str) -> Option<(u8, bool)> {
    let full = match folded {
        "january" | "januar" | "janner" | "janvier" | "enero" | "gennaio" | "janeiro" => 1,
        "february" | "februar" | "fevrier" | "febrero" | "febbraio" | "fevereiro" => 2,
        "march" | "marz" | "maerz" | "mars" | "marzo" | "marco" => 3,
        "april" | "avril" | "abril" | "aprile" => 4,
        "may" | "mai" | "mayo" | "maggio" | "maio" => 5,
        "june" | "juni" | "juin" | "junio" | "giugno" | "junho" => 6,
        "july" | "juli" | "juillet" | "julio" | "luglio" | "julho" => 7,
        "august" | "aout" | "agosto" => 8,
        "september" | "septembre" | "settembre" | "septiembre" | "setiembre" | "setembro" => 9,
        "october" | "oktober" | "octobre" | "ottobre" | "octubre" | "outubro" => 10,
        "november" | "novembre" | "noviembre" | "novembro" => 11,
        "december" | "dezember" | "decembre" | "dicembre" | "diciembre" | "dezembro" => 12,
        _ => 0,
    };
    if full != 0 {
        return Some((full, false));
    }
    let abbreviated = match folded {
        "jan" | "janv" => 1,
        "feb" | "fev" | "fevr" => 2,
        "mar" | "mrz" => 3,
        "apr" | "avr" => 4,
        "jun" => 6,
        "jul" | "juil" => 7,
        "aug" => 8,
        "sep" | "sept" => 9,
        "oct" | "okt" => 10,
        "nov" => 11,
        "dec" | "dez" => 12,
        _ => return None,
    };
    Some((abbreviated, true))
}

/// Month names that are also common English words; in prose they count only capitalised.
fn is_english_homograph(folded: &str) -> bool {
    matches!(folded, "may" | "march" | "mar")
}

// ---------------------------------------------------------------------------------------------
// Grammar

/// Whether a whole string is being read, or prose (stricter about what counts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Whole,
    Prose,
}

/// A position in the token list; every grammar step takes one and returns the next.
#[derive(Debug, Clone, Copy)]
struct Cursor<'t, 'a> {
    tokens: &'t [Token<'a>],
    pos: usize,
    mode: Mode,
}

/// What a grammar step found, and where reading goes on.
type Parsed<'t, 'a, T> = Option<(Cursor<'t, 'a>, T)>;

impl<'t, 'a> Cursor<'t, 'a> {
    fn new(tokens: &'t [Token<'a>], mode: Mode) -> Self {
        Cursor {
            tokens,
            pos: 0,
            mode,
        }
    }

    fn token(self) -> Option<&'t Token<'a>> {
        self.tokens.get(self.pos)
    }

    fn advance(self) -> Self {
        Cursor {
            pos: self.pos + 1,
            ..self
        }
    }

    /// Whether the next token follows the previous one with no space between.
    fn is_touching(self) -> bool {
        let previous = self.pos.checked_sub(1).and_then(|pos| self.tokens.get(pos));
        match (previous, self.token()) {
            (Some(previous), Some(next)) => previous.end == next.start,
            _ => false,
        }
    }

    /// This cursor, if the next token touches the previous one.
    fn touching(self) -> Option<Self> {
        self.is_touching().then_some(self)
    }

    /// The step's result, or this cursor unchanged if the step does not apply.
    fn optional(self, step: impl Fn(Self) -> Option<Self>) -> Self {
        step(self).unwrap_or(self)
    }

    fn kind(self, kind: Kind) -> Parsed<'t, 'a, &'t Token<'a>> {
        let token = self.token().filter(|token| token.kind == kind)?;
        Some((self.advance(), token))
    }

    fn punct(self, ch: char) -> Option<Self> {
        self.token()
            .filter(|token| token.is_punct(ch))
            .map(|_| self.advance())
    }

    fn dash(self) -> Option<Self> {
        self.kind(Kind::Dash).map(|(next, _)| next)
    }

    fn hyphen(self) -> Option<Self> {
        let (next, token) = self.kind(Kind::Dash)?;
        (token.text == "-").then_some(next)
    }

    /// The next token, if it is the word `lower` (any case, accents as given).
    fn word(self, lower: &str) -> Option<Self> {
        let (next, token) = self.kind(Kind::Word)?;
        (token.lower == lower).then_some(next)
    }

    fn words(self, lower: &[&str]) -> Option<Self> {
        lower
            .iter()
            .try_fold(self, |cursor, word| cursor.word(word))
    }

    fn number(self, digits: RangeInclusive<usize>) -> Parsed<'t, 'a, u32> {
        let (next, token) = self.kind(Kind::Number)?;
        if !digits.contains(&token.text.len()) {
            return None;
        }
        Some((next, token.text.parse().ok()?))
    }
}

/// Of the alternatives' results, the one that read furthest (the first of equals).
fn longest<'t, 'a, T>(
    alternatives: impl IntoIterator<Item = Parsed<'t, 'a, T>>,
) -> Parsed<'t, 'a, T> {
    alternatives
        .into_iter()
        .flatten()
        .reduce(|best, next| if next.0.pos > best.0.pos { next } else { best })
}

/// A whole date expression: bracketed by the editor or not.
fn expression<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, HistoricalDate> {
    longest([supplied(cursor), unbracketed(cursor)])
}

/// `[March 1938]`, `[6 March 1938?]`, `[c. 1935]`.
fn supplied<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, HistoricalDate> {
    let (cursor, mut date) = unbracketed(cursor.punct('[')?)?;
    date.supplied = true;
    Some((cursor.punct(']')?, date))
}

/// An optional approximation word, an optional qualifier, the date itself, an optional `?`.
fn unbracketed<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, HistoricalDate> {
    let (cursor, circa) = match approximation_prefix(cursor) {
        Some(next) => (next, true),
        None => (cursor, false),
    };
    let (cursor, qualifier, vague) = match qualifier_prefix(cursor) {
        Some((next, qualifier, vague)) => (next, Some(qualifier), vague),
        None => (cursor, None, false),
    };
    let (cursor, span) = body(cursor)?;
    let within_period = matches!(
        qualifier,
        Some(Qualifier::Early | Qualifier::Mid | Qualifier::Late)
    );
    if within_period && span.start.day.is_some() {
        return None;
    }
    let (cursor, doubted) = match question_mark(cursor) {
        Some(next) => (next, true),
        None => (cursor, false),
    };
    let date = HistoricalDate {
        start: span.start,
        end: span.end,
        approximate: circa || vague || doubted,
        qualifier,
        supplied: false,
    };
    Some((cursor, date))
}

/// "c. 1935", "c1935", "ca. 1935", "circa", "about", "around", "approximately", "um", "etwa",
/// "gegen", "vers", "hacia", "alrededor de".
fn approximation_prefix<'t, 'a>(cursor: Cursor<'t, 'a>) -> Option<Cursor<'t, 'a>> {
    let (after, token) = cursor.kind(Kind::Word)?;
    match token.lower.as_str() {
        "c" => after.punct('.').or_else(|| after.touching()),
        "ca" | "approx" => Some(after.optional(|c| c.punct('.'))),
        "circa" | "about" | "around" | "approximately" | "um" | "etwa" | "gegen" | "vers"
        | "hacia" => Some(after),
        "alrededor" => after.word("de"),
        _ => None,
    }
}

/// Whether a qualifying word is joined to the date by a hyphen ("mid-1935", "mi-1935").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hyphen {
    Never,
    Optional,
    Required,
}

/// A phrase that places a date within its period.
struct QualifierPhrase {
    words: &'static [&'static str],
    qualifier: Qualifier,
    /// Phrases naming a part of a period ("the end of") are vaguer than "late".
    approximate: bool,
    hyphen: Hyphen,
}

const fn phrase(
    words: &'static [&'static str],
    qualifier: Qualifier,
    approximate: bool,
) -> QualifierPhrase {
    QualifierPhrase {
        words,
        qualifier,
        approximate,
        hyphen: Hyphen::Never,
    }
}

const QUALIFIER_PHRASES: &[QualifierPhrase] = &[
    phrase(&["as", "early", "as"], Qualifier::By, true),
    phrase(&["dès"], Qualifier::By, true),
    phrase(&["bereits"], Qualifier::By, true),
    phrase(&["schon"], Qualifier::By, true),
    phrase(&["early"], Qualifier::Early, false),
    phrase(&["the", "beginning", "of"], Qualifier::Early, true),
    phrase(&["beginning", "of"], Qualifier::Early, true),
    phrase(&["the", "start", "of"], Qualifier::Early, true),
    phrase(&["start", "of"], Qualifier::Early, true),
    phrase(&["anfang"], Qualifier::Early, true),
    phrase(&["début"], Qualifier::Early, true),
    phrase(&["debut"], Qualifier::Early, true),
    phrase(&["début", "de"], Qualifier::Early, true),
    phrase(&["principios", "de"], Qualifier::Early, true),
    phrase(&["comienzos", "de"], Qualifier::Early, true),
    phrase(&["inicios", "de"], Qualifier::Early, true),
    phrase(&["início", "de"], Qualifier::Early, true),
    phrase(&["inizio"], Qualifier::Early, true),
    phrase(&["inizio", "del"], Qualifier::Early, true),
    QualifierPhrase {
        hyphen: Hyphen::Optional,
        ..phrase(&["mid"], Qualifier::Mid, false)
    },
    QualifierPhrase {
        hyphen: Hyphen::Required,
        ..phrase(&["mi"], Qualifier::Mid, false)
    },
    phrase(&["the", "middle", "of"], Qualifier::Mid, true),
    phrase(&["middle", "of"], Qualifier::Mid, true),
    phrase(&["mitte"], Qualifier::Mid, true),
    phrase(&["milieu"], Qualifier::Mid, true),
    phrase(&["milieu", "de"], Qualifier::Mid, true),
    phrase(&["mediados", "de"], Qualifier::Mid, true),
    phrase(&["meados", "de"], Qualifier::Mid, true),
    phrase(&["late"], Qualifier::Late, false),
    phrase(&["the", "end", "of"], Qualifier::Late, true),
    phrase(&["end", "of"], Qualifier::Late, true),
    phrase(&["the", "close", "of"], Qualifier::Late, true),
    phrase(&["ende"], Qualifier::Late, true),
    phrase(&["fin"], Qualifier::Late, true),
    phrase(&["fin", "de"], Qualifier::Late, true),
    phrase(&["finales", "de"], Qualifier::Late, true),
    phrase(&["fines", "de"], Qualifier::Late, true),
    phrase(&["fins", "de"], Qualifier::Late, true),
    phrase(&["final", "de"], Qualifier::Late, true),
    phrase(&["fine", "del"], Qualifier::Late, true),
];

/// The longest qualifier phrase here, its qualifier, and whether it makes the date approximate.
fn qualifier_prefix<'t, 'a>(cursor: Cursor<'t, 'a>) -> Option<(Cursor<'t, 'a>, Qualifier, bool)> {
    QUALIFIER_PHRASES
        .iter()
        .filter_map(|phrase| qualifier_phrase(cursor, phrase))
        .max_by_key(|(next, _, _)| next.pos)
}

fn qualifier_phrase<'t, 'a>(
    cursor: Cursor<'t, 'a>,
    phrase: &QualifierPhrase,
) -> Option<(Cursor<'t, 'a>, Qualifier, bool)> {
    let after = cursor.words(phrase.words)?;
    let joined = |c: Cursor<'t, 'a>| c.touching()?.dash()?.touching();
    let after = match phrase.hyphen {
        Hyphen::Never => after,
        Hyphen::Optional => after.optional(joined),
        Hyphen::Required => joined(after)?,
    };
    Some((after, phrase.qualifier, phrase.approximate))
}

/// A `?` of doubt after a date. In prose it must touch the date and be followed at once by
/// more punctuation (`1935?]`, `(1935?)`), so a question ending in a year is not doubted.
fn question_mark<'t, 'a>(cursor: Cursor<'t, 'a>) -> Option<Cursor<'t, 'a>> {
    let after = cursor.punct('?')?;
    match cursor.mode {
        Mode::Whole => Some(after),
        Mode::Prose => (cursor.is_touching() && after.is_touching()).then_some(after),
    }
}

// ---------------------------------------------------------------------------------------------
// Date bodies: points and ranges

/// A point (no end) or a checked range (end strictly later than start).
#[derive(Debug, Clone, Copy)]
struct Span {
    start: PartialDate,
    end: Option<PartialDate>,
}

impl Span {
    fn range(start: PartialDate, end: PartialDate) -> Option<Span> {
        end.is_later_than(&start).then_some(Span {
            start,
            end: Some(end),
        })
    }
}

/// The date itself: the longest point or range that reads from here.
fn body<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, Span> {
    longest([
        point_span(cursor),
        year_range(cursor),
        decade(cursor),
        day_range(cursor),
        day_month_range(cursor),
        month_day_range(cursor),
        month_range(cursor),
        point_range(cursor),
    ])
}

fn point_span<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, Span> {
    let (cursor, start) = point(cursor)?;
    Some((cursor, Span { start, end: None }))
}

/// One calendar point in any of the accepted spellings.
fn point<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, PartialDate> {
    longest([
        day_month_year(cursor),
        month_day_year(cursor),
        month_year(cursor),
        iso_date(cursor),
        dotted_date(cursor),
        compact_date(cursor),
        year_alone(cursor),
    ])
}

fn year<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, i32> {
    let (cursor, value) = cursor.number(4..=4)?;
    let year = i32::try_from(value).ok()?;
    YEARS.contains(&year).then_some((cursor, year))
}

const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th", "er", "re", "e", "o", "º", "ª"];

/// A day of the month, with an ordinal suffix touching it if there is one ("6th", "1er").
fn day<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, u8> {
    let (cursor, value) = cursor.number(1..=2)?;
    let day = u8::try_from(value)
        .ok()
        .filter(|day| (1..=31).contains(day))?;
    Some((cursor.optional(ordinal_suffix), day))
}

/// "st", "nd", "rd", "th", "er", "º" ... touching a day.
fn ordinal_suffix<'t, 'a>(cursor: Cursor<'t, 'a>) -> Option<Cursor<'t, 'a>> {
    let (next, token) = cursor.touching()?.kind(Kind::Word)?;
    ORDINAL_SUFFIXES
        .contains(&token.lower.as_str())
        .then_some(next)
}

/// A month name, and the full stop of an abbreviation ("Sept.").
fn month<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, u8> {
    let (next, token) = cursor.kind(Kind::Word)?;
    let (month, abbreviated) = month_from_name(&token.folded)?;
    let capitalised = token.text.starts_with(char::is_uppercase);
    if cursor.mode == Mode::Prose && is_english_homograph(&token.folded) && !capitalised {
        return None;
    }
    let next = if abbreviated {
        next.optional(|c| c.touching()?.punct('.'))
    } else {
        next
    };
    Some((next, month))
}

/// "de", "del", "of": the small words between day, month and year in some languages.
fn connector<'t, 'a>(cursor: Cursor<'t, 'a>) -> Option<Cursor<'t, 'a>> {
    ["de", "del", "of"]
        .iter()
        .find_map(|word| cursor.word(word))
}

/// The year closing a written date, after an optional comma and connector ("March 6, 1938",
/// "marzo de 1938").
fn year_part<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, i32> {
    year(cursor.optional(|c| c.punct(',')).optional(connector))
}

/// "6 March", "14. Januar", "6th of March", "6 de marzo", "1er mars".
fn day_month<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, (u8, u8)> {
    let (cursor, day) = day(cursor)?;
    let cursor = cursor
        .optional(|c| c.touching()?.punct('.'))
        .optional(connector);
    let (cursor, month) = month(cursor)?;
    Some((cursor, (day, month)))
}

/// "March 6", "Sept. 26", "March 6th".
fn month_day<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, (u8, u8)> {
    let (cursor, month) = month(cursor)?;
    let (cursor, day) = day(cursor)?;
    Some((cursor, (month, day)))
}

fn day_month_year<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, PartialDate> {
    let (cursor, (day, month)) = day_month(cursor)?;
    let (cursor, year) = year_part(cursor)?;
    Some((cursor, PartialDate::new(year, Some(month), Some(day))?))
}

fn month_day_year<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, PartialDate> {
    let (cursor, (month, day)) = month_day(cursor)?;
    let (cursor, year) = year(cursor.optional(|c| c.punct(',')))?;
    Some((cursor, PartialDate::new(year, Some(month), Some(day))?))
}

fn month_year<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, PartialDate> {
    let (cursor, month) = month(cursor)?;
    let (cursor, year) = year_part(cursor)?;
    Some((cursor, PartialDate::new(year, Some(month), None)?))
}

fn year_alone<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, PartialDate> {
    let (cursor, year) = year(cursor)?;
    Some((cursor, PartialDate::new(year, None, None)?))
}

/// Two digits touching the hyphen before them: ISO's month and day.
fn iso_part<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, u8> {
    let (cursor, value) = cursor.touching()?.hyphen()?.touching()?.number(2..=2)?;
    Some((cursor, u8::try_from(value).ok()?))
}

/// "1938-03-06" and "1938-03". "1905-06" is a range of years, not June 1905, when the two
/// digits read as a later year of the same century.
fn iso_date<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, PartialDate> {
    let (cursor, year) = year(cursor)?;
    let (cursor, month) = iso_part(cursor)?;
    if let Some((cursor, day)) = iso_part(cursor) {
        return Some((cursor, PartialDate::new(year, Some(month), Some(day))?));
    }
    if abbreviated_range_end(year, u32::from(month)).is_some() {
        return None;
    }
    Some((cursor, PartialDate::new(year, Some(month), None)?))
}

/// "14.1.1938", "14.01.1938": day, month and year joined by full stops, no spaces.
fn dotted_date<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, PartialDate> {
    let (cursor, day) = cursor.number(1..=2)?;
    let (cursor, month) = cursor.touching()?.punct('.')?.touching()?.number(1..=2)?;
    let (cursor, year) = year(cursor.touching()?.punct('.')?.touching()?)?;
    let (day, month) = (u8::try_from(day).ok()?, u8::try_from(month).ok()?);
    Some((cursor, PartialDate::new(year, Some(month), Some(day))?))
}

/// "19380306" (a whole string only: in prose an eight-digit number is more often a code).
fn compact_date<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, PartialDate> {
    if cursor.mode != Mode::Whole {
        return None;
    }
    let (cursor, value) = cursor.number(8..=8)?;
    let year = i32::try_from(value / 10_000).ok()?;
    let month = u8::try_from(value / 100 % 100).ok()?;
    let day = u8::try_from(value % 100).ok()?;
    Some((cursor, PartialDate::new(year, Some(month), Some(day))?))
}

/// The end year that two digits after `start` stand for, if it is later in the same century
/// ("1923-24" → 1924).
fn abbreviated_range_end(start: i32, two_digits: u32) -> Option<i32> {
    let end = start - start % 100 + i32::try_from(two_digits).ok()?;
    (two_digits < 100 && end > start).then_some(end)
}

/// "1923-24", "1923–24", "1923--24", "1923-1924", "1936 – 1938", "1923/24", "1923/1924".
/// Abbreviated ends and slashes must touch both years.
fn year_range<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, Span> {
    let (after_start, start) = year(cursor)?;
    let slash = after_start.touching().and_then(|c| c.punct('/'));
    let after_separator = match slash {
        Some(next) => next,
        None => after_start.dash()?,
    };
    let tight = after_start.is_touching() && after_separator.is_touching();
    if slash.is_some() && !tight {
        return None;
    }
    let (cursor, end) = match year(after_separator) {
        Some(found) => found,
        None if tight => {
            let (cursor, two_digits) = after_separator.number(2..=2)?;
            (cursor, abbreviated_range_end(start, two_digits)?)
        }
        None => return None,
    };
    let span = Span::range(
        PartialDate::new(start, None, None)?,
        PartialDate::new(end, None, None)?,
    )?;
    Some((cursor, span))
}

/// "1930s", "1930's", "1930er", "1930er Jahre": the ten years from a round year.
fn decade<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, Span> {
    let (cursor, start) = year(cursor)?;
    if start % 10 != 0 {
        return None;
    }
    let cursor = cursor
        .touching()?
        .optional(|c| c.punct('\'').or_else(|| c.punct('’'))?.touching());
    let (cursor, suffix) = cursor.kind(Kind::Word)?;
    let cursor = match suffix.lower.as_str() {
        "s" => cursor,
        "er" => cursor.optional(german_years_word),
        _ => return None,
    };
    let span = Span::range(
        PartialDate::new(start, None, None)?,
        PartialDate::new(start + 9, None, None)?,
    )?;
    Some((cursor, span))
}

/// The "Jahre" in "1930er Jahre" or "1930er-Jahren".
fn german_years_word<'t, 'a>(cursor: Cursor<'t, 'a>) -> Option<Cursor<'t, 'a>> {
    let cursor = cursor.optional(|c| c.touching()?.hyphen()?.touching());
    cursor.word("jahre").or_else(|| cursor.word("jahren"))
}

/// A range within one month: "6–8 March 1938", "6.–8. März 1938".
fn day_range<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, Span> {
    let (cursor, first) = day(cursor)?;
    let cursor = cursor.optional(|c| c.touching()?.punct('.')).dash()?;
    let (cursor, (last, month)) = day_month(cursor)?;
    let (cursor, year) = year_part(cursor)?;
    let span = Span::range(
        PartialDate::new(year, Some(month), Some(first))?,
        PartialDate::new(year, Some(month), Some(last))?,
    )?;
    Some((cursor, span))
}

/// A range of days across months of one year: "6 March – 8 April 1938".
fn day_month_range<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, Span> {
    let (cursor, (first_day, first_month)) = day_month(cursor)?;
    let (cursor, (last_day, last_month)) = day_month(cursor.dash()?)?;
    let (cursor, year) = year_part(cursor)?;
    let span = Span::range(
        PartialDate::new(year, Some(first_month), Some(first_day))?,
        PartialDate::new(year, Some(last_month), Some(last_day))?,
    )?;
    Some((cursor, span))
}

/// "March 6–8, 1938" and "March 6 – April 8, 1938".
fn month_day_range<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, Span> {
    let (cursor, (first_month, first_day)) = month_day(cursor)?;
    let after_dash = cursor.dash()?;
    let (cursor, (last_month, last_day)) = month_day(after_dash)
        .or_else(|| day(after_dash).map(|(next, day)| (next, (first_month, day))))?;
    let (cursor, year) = year(cursor.optional(|c| c.punct(',')))?;
    let span = Span::range(
        PartialDate::new(year, Some(first_month), Some(first_day))?,
        PartialDate::new(year, Some(last_month), Some(last_day))?,
    )?;
    Some((cursor, span))
}

/// "March–April 1938", "mars-avril 1938".
fn month_range<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, Span> {
    let (cursor, first) = month(cursor)?;
    let (cursor, last) = month(cursor.dash()?)?;
    let (cursor, year) = year_part(cursor)?;
    let span = Span::range(
        PartialDate::new(year, Some(first), None)?,
        PartialDate::new(year, Some(last), None)?,
    )?;
    Some((cursor, span))
}

/// Two full points: "March 1937 – April 1938", "6 March 1937 – 8 April 1938".
fn point_range<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, Span> {
    let (cursor, start) = point(cursor)?;
    let (cursor, end) = point(cursor.dash()?)?;
    Some((cursor, Span::range(start, end)?))
}

// ---------------------------------------------------------------------------------------------
// Prose: what is not a year

/// Words after which a number is a page, volume, issue or the like, whatever its value.
const REFERENCE_MARKERS: &[&str] = &[
    "p", "pp", "pg", "pgs", "page", "pages", "seite", "seiten", "vol", "vols", "volume", "volumes",
    "nr", "nrs", "issue", "number", "numbers", "nummer", "numéro", "numero", "núm", "bd", "bde",
    "band", "tome", "tomes", "tomo", "fol", "fols", "folio", "cols", "line", "lines", "ll", "chap",
    "chapter", "heft", "fasc", "figs", "note", "notes", "fn",
];

/// Markers that count only with their full stop ("S. 12", "t. 2", "No. 1917"), being words or
/// letters of their own otherwise ("Trotsky's 1935", "no 1935 edition").
const DOTTED_REFERENCE_MARKERS: &[&str] = &[
    "s", "t", "n", "l", "h", "f", "no", "nos", "art", "ch", "col", "fig", "sig", "ms",
];

/// If a reference marker starts at `pos` ("p. 85", "pp. 85--87", "Vol. 14", "§ 12"), the
/// position after its numbers, so none of them is read as a year.
fn reference_number_end(tokens: &[Token<'_>], pos: usize) -> Option<usize> {
    let marker = tokens.get(pos)?;
    let after_apostrophe = pos
        .checked_sub(1)
        .and_then(|previous| tokens.get(previous))
        .is_some_and(|previous| previous.end == marker.start && previous.kind == Kind::Punct);
    if after_apostrophe {
        return None;
    }
    let cursor = Cursor {
        pos: pos + 1,
        ..Cursor::new(tokens, Mode::Prose)
    };
    let dotted = cursor.touching().and_then(|c| c.punct('.'));
    let is_marker = match marker.kind {
        Kind::Word => {
            REFERENCE_MARKERS.contains(&marker.lower.as_str())
                || (dotted.is_some() && DOTTED_REFERENCE_MARKERS.contains(&marker.lower.as_str()))
        }
        Kind::Punct => marker.is_punct('§') || marker.is_punct('№'),
        _ => false,
    };
    if !is_marker {
        return None;
    }
    let (mut cursor, _) = dotted.unwrap_or(cursor).number(1..=usize::MAX)?;
    while let Some((next, _)) = cursor.dash().and_then(|c| c.number(1..=usize::MAX)) {
        cursor = next;
    }
    Some(cursor.pos)
}

/// The byte range of tokens `from..to`, if the expression stands on its own rather than being
/// part of a longer number or word ("1,905", "12.1935", "A1935", "1935th", "$1935", "1935%").
fn standalone_range(tokens: &[Token<'_>], from: usize, to: usize) -> Option<Range<usize>> {
    let first = tokens.get(from)?;
    let last = tokens.get(to.checked_sub(1)?)?;
    let before = from
        .checked_sub(1)
        .and_then(|index| tokens.get(index))
        .filter(|token| token.end == first.start);
    let before_that = from
        .checked_sub(2)
        .and_then(|index| tokens.get(index))
        .filter(|token| before.is_some_and(|before| token.end == before.start));
    let after = tokens.get(to).filter(|token| token.start == last.end);
    let after_that = tokens
        .get(to + 1)
        .filter(|token| after.is_some_and(|after| after.end == token.start));
    let starts_cleanly = first.kind != Kind::Number || !joins_number(before, before_that);
    let ends_cleanly = last.kind != Kind::Number || !joins_number(after, after_that);
    (starts_cleanly && ends_cleanly).then_some(first.start..last.end)
}

/// Whether a number is glued to its neighbour (`next`, touching it) and the neighbour's own
/// neighbour (`beyond`, touching that) into something longer.
fn joins_number(next: Option<&Token<'_>>, beyond: Option<&Token<'_>>) -> bool {
    let Some(next) = next else {
        return false;
    };
    let beyond_is_number = beyond.is_some_and(|token| token.kind == Kind::Number);
    match next.kind {
        Kind::Word | Kind::Number => true,
        Kind::Dash => beyond_is_number,
        Kind::Punct => {
            let glue = ['.', ',', '/'].iter().any(|&ch| next.is_punct(ch));
            let sign = ['$', '€', '£', '¥', '#', '§', '№', '+', '%', '°', '='];
            (glue && beyond_is_number) || sign.iter().any(|&ch| next.is_punct(ch))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(s: &str) -> HistoricalDate {
        HistoricalDate::parse(s).unwrap_or_else(|| panic!("{s:?} should parse"))
    }

    fn day(year: i32, month: u8, day: u8) -> PartialDate {
        PartialDate::new(year, Some(month), Some(day)).expect("valid test day")
    }

    fn month(year: i32, month: u8) -> PartialDate {
        PartialDate::new(year, Some(month), None).expect("valid test month")
    }

    fn year(year: i32) -> PartialDate {
        PartialDate::new(year, None, None).expect("valid test year")
    }

    fn point(start: PartialDate) -> HistoricalDate {
        HistoricalDate {
            start,
            end: None,
            approximate: false,
            qualifier: None,
            supplied: false,
        }
    }

    fn range(start: PartialDate, end: PartialDate) -> HistoricalDate {
        HistoricalDate {
            end: Some(end),
            ..point(start)
        }
    }

    fn assert_point(inputs: &[&str], expected: PartialDate) {
        for input in inputs {
            assert_eq!(parsed(input), point(expected), "{input:?}");
        }
    }

    /// The text of each mention, in order.
    fn found(text: &str) -> Vec<&str> {
        find_dates(text)
            .iter()
            .map(|mention| &text[mention.range.clone()])
            .collect()
    }

    // --- parse: points -------------------------------------------------------------------

    #[test]
    fn day_month_year_in_english_german_french_spanish() {
        assert_point(&["26 September 1935", "26 Sep 1935"], day(1935, 9, 26));
        assert_point(&["4 December 1910"], day(1910, 12, 4));
        assert_point(&["14. Januar 1938", "14 Jänner 1938"], day(1938, 1, 14));
        assert_point(
            &[
                "6 mars 1938",
                "6 de marzo de 1938",
                "6 marzo 1938",
                "6 de março de 1938",
            ],
            day(1938, 3, 6),
        );
        assert_point(&["1er mars 1938"], day(1938, 3, 1));
    }

    #[test]
    fn month_day_year_with_and_without_comma() {
        assert_point(&["March 6, 1938", "March 6 1938"], day(1938, 3, 6));
        assert_point(&["Sept. 26, 1935", "Sep 26, 1935"], day(1935, 9, 26));
    }

    #[test]
    fn ordinal_days() {
        assert_point(
            &["6th March 1938", "March 6th, 1938", "6th of March 1938"],
            day(1938, 3, 6),
        );
        assert_point(&["1st May 1937"], day(1937, 5, 1));
        assert_point(&["2nd May 1937"], day(1937, 5, 2));
        assert_point(&["23rd August 1939"], day(1939, 8, 23));
        assert_point(&["1º de maio de 1937"], day(1937, 5, 1));
    }

    #[test]
    fn italian_and_portuguese_months() {
        assert_point(&["6 marzo 1938", "6 de março de 1938"], day(1938, 3, 6));
        assert_point(&["giugno 1936", "junho de 1936"], month(1936, 6));
        assert_point(&["dicembre 1917", "dezembro de 1917"], month(1917, 12));
    }

    #[test]
    fn month_names_ignore_case_and_accents() {
        assert_point(
            &["février 1917", "fevrier 1917", "FEBRUAR 1917"],
            month(1917, 2),
        );
        assert_point(
            &["März 1938", "Maerz 1938", "marz 1938", "march 1938"],
            month(1938, 3),
        );
        assert_point(&["août 1914", "aout 1914", "agosto 1914"], month(1914, 8));
        assert_point(
            &["décembre 1917", "Dez. 1917", "dicembre 1917"],
            month(1917, 12),
        );
    }

    #[test]
    fn month_year_and_abbreviations() {
        assert_point(&["November 1932"], month(1932, 11));
        assert_point(
            &["Februar 1917", "February 1917", "Feb. 1917"],
            month(1917, 2),
        );
        assert_point(
            &["octobre 1917", "Oktober 1917", "Oct. 1917"],
            month(1917, 10),
        );
        assert_point(
            &["Jan. 1938", "Jan 1938", "janv. 1938", "enero de 1938"],
            month(1938, 1),
        );
    }

    #[test]
    fn full_month_names_take_no_full_stop() {
        assert_eq!(HistoricalDate::parse("March. 1938"), None);
    }

    #[test]
    fn year_alone_stays_a_year() {
        let date = parsed("1905");
        assert_eq!(date, point(year(1905)));
        assert_eq!(date.start.month, None);
        assert_eq!(date.start.day, None);
    }

    #[test]
    fn iso_dates() {
        assert_point(&["1938-03-06"], day(1938, 3, 6));
        assert_point(&["1938-03"], month(1938, 3));
        assert_point(&["1912-12"], month(1912, 12));
    }

    #[test]
    fn compact_code_only_when_valid() {
        assert_point(&["19380306"], day(1938, 3, 6));
        assert_eq!(HistoricalDate::parse("19380231"), None);
        assert_eq!(HistoricalDate::parse("19381306"), None);
        assert_eq!(HistoricalDate::parse("09380306"), None);
    }

    #[test]
    fn dotted_numeric_dates_are_day_month_year() {
        assert_point(&["14.1.1938", "14.01.1938"], day(1938, 1, 14));
        assert_eq!(HistoricalDate::parse("12.1935"), None);
        assert_eq!(HistoricalDate::parse("31.02.1938"), None);
    }

    #[test]
    fn trailing_full_stop_and_whitespace_are_allowed() {
        assert_point(&["  March 6, 1938. ", "\t1938-03-06\n"], day(1938, 3, 6));
        assert_point(&["1905."], year(1905));
        assert_eq!(HistoricalDate::parse("1905,"), None);
    }

    #[test]
    fn checked_partial_dates() {
        assert_eq!(PartialDate::new(1938, None, Some(6)), None);
        assert_eq!(PartialDate::new(1938, Some(0), None), None);
        assert_eq!(PartialDate::new(1938, Some(2), Some(29)), None);
        assert_eq!(PartialDate::new(999, None, None), None);
        assert!(PartialDate::new(1936, Some(2), Some(29)).is_some());
    }

    // --- parse: ranges -------------------------------------------------------------------

    #[test]
    fn year_ranges_in_every_spelling() {
        let expected = range(year(1923), year(1924));
        for input in [
            "1923-24",
            "1923–24",
            "1923--24",
            "1923-1924",
            "1923 – 1924",
            "1923/24",
            "1923/1924",
        ] {
            assert_eq!(parsed(input), expected, "{input:?}");
        }
        assert_eq!(parsed("1936–38"), range(year(1936), year(1938)));
    }

    #[test]
    fn year_ranges_must_run_forward() {
        assert_eq!(HistoricalDate::parse("1924-1923"), None);
        assert_eq!(HistoricalDate::parse("1923-1923"), None);
        assert_eq!(HistoricalDate::parse("1999-00"), None);
    }

    #[test]
    fn a_later_year_beats_iso_month_for_two_digits() {
        assert_eq!(parsed("1905-06"), range(year(1905), year(1906)));
        assert_eq!(parsed("1917-02"), point(month(1917, 2)));
    }

    #[test]
    fn month_and_day_ranges() {
        assert_eq!(
            parsed("March–April 1938"),
            range(month(1938, 3), month(1938, 4))
        );
        assert_eq!(
            parsed("6–8 March 1938"),
            range(day(1938, 3, 6), day(1938, 3, 8))
        );
        assert_eq!(
            parsed("6-8 March 1938"),
            range(day(1938, 3, 6), day(1938, 3, 8))
        );
        assert_eq!(
            parsed("March 6–8, 1938"),
            range(day(1938, 3, 6), day(1938, 3, 8))
        );
        assert_eq!(
            parsed("6 March – 8 April 1938"),
            range(day(1938, 3, 6), day(1938, 4, 8))
        );
        assert_eq!(
            parsed("March 1937 – April 1938"),
            range(month(1937, 3), month(1938, 4))
        );
        assert_eq!(HistoricalDate::parse("8–6 March 1938"), None);
        assert_eq!(HistoricalDate::parse("April–March 1938"), None);
    }

    #[test]
    fn decades() {
        let thirties = range(year(1930), year(1939));
        for input in ["1930s", "1930's", "1930er", "1930er Jahre", "1930er-Jahren"] {
            assert_eq!(parsed(input), thirties, "{input:?}");
        }
        assert_eq!(HistoricalDate::parse("1935s"), None);
    }

    // --- parse: approximate, qualified, supplied -----------------------------------------

    #[test]
    fn approximate_years() {
        let circa = HistoricalDate {
            approximate: true,
            ..point(year(1935))
        };
        for input in [
            "c. 1935",
            "c1935",
            "ca. 1935",
            "ca 1935",
            "circa 1935",
            "about 1935",
            "around 1935",
            "um 1935",
            "vers 1935",
            "1935?",
        ] {
            assert_eq!(parsed(input), circa, "{input:?}");
        }
    }

    #[test]
    fn doubted_and_supplied() {
        let date = parsed("[1935?]");
        assert!(date.approximate && date.supplied);
        assert_eq!(date.start, year(1935));
        let date = parsed("[6 March 1938?]");
        assert!(date.approximate && date.supplied);
        assert_eq!(date.start, day(1938, 3, 6));
    }

    #[test]
    fn qualifiers() {
        let cases = [
            ("early 1935", 1935, Qualifier::Early, false),
            ("the beginning of 1935", 1935, Qualifier::Early, true),
            ("Anfang 1935", 1935, Qualifier::Early, true),
            ("début 1935", 1935, Qualifier::Early, true),
            ("mid-1935", 1935, Qualifier::Mid, false),
            ("mid 1935", 1935, Qualifier::Mid, false),
            ("mi-1935", 1935, Qualifier::Mid, false),
            ("Mitte 1935", 1935, Qualifier::Mid, true),
            ("late 1934", 1934, Qualifier::Late, false),
            ("the end of 1934", 1934, Qualifier::Late, true),
            ("end of 1934", 1934, Qualifier::Late, true),
            ("Ende 1934", 1934, Qualifier::Late, true),
            ("fin 1934", 1934, Qualifier::Late, true),
            ("finales de 1934", 1934, Qualifier::Late, true),
            ("as early as 1935", 1935, Qualifier::By, true),
            ("dès 1935", 1935, Qualifier::By, true),
        ];
        for (input, expected_year, qualifier, approximate) in cases {
            let date = parsed(input);
            assert_eq!(date.start, year(expected_year), "{input:?}");
            assert_eq!(date.qualifier, Some(qualifier), "{input:?}");
            assert_eq!(date.approximate, approximate, "{input:?}");
            assert_eq!(date.end, None, "{input:?}");
        }
    }

    #[test]
    fn the_end_of_1934_is_approximately_late_1934() {
        let date = parsed("the end of 1934");
        assert_eq!(date.year(), 1934);
        assert_eq!(date.qualifier, Some(Qualifier::Late));
        assert!(date.approximate);
        assert_eq!(date.display(), "c. late 1934");
    }

    #[test]
    fn qualifiers_apply_to_months_and_decades_not_days() {
        assert_eq!(parsed("early March 1938").start, month(1938, 3));
        assert_eq!(parsed("late 1930s").end, Some(year(1939)));
        assert_eq!(HistoricalDate::parse("late 6 March 1938"), None);
        assert_eq!(parsed("c. late 1934").display(), "c. late 1934");
    }

    #[test]
    fn supplied_dates_in_brackets() {
        let date = parsed("[March 1938]");
        assert!(date.supplied);
        assert!(!date.approximate);
        assert_eq!(date.start, month(1938, 3));
        assert!(parsed("[6 March 1938]").supplied);
        assert!(!parsed("March 1938").supplied);
        assert_eq!(HistoricalDate::parse("[March 1938"), None);
    }

    // --- parse: rejections ---------------------------------------------------------------

    #[test]
    fn invalid_calendar_dates_are_rejected() {
        for input in [
            "31 February 1938",
            "29 February 1900",
            "1938-13",
            "1938-02-30",
            "31 April 1938",
            "0 March 1938",
        ] {
            assert_eq!(HistoricalDate::parse(input), None, "{input:?}");
        }
        assert_eq!(parsed("29 February 1936").start, day(1936, 2, 29));
        assert_eq!(parsed("29 February 2000").start, day(2000, 2, 29));
    }

    #[test]
    fn years_outside_1000_to_2100_are_rejected() {
        for input in ["999", "0999", "2101", "12345", "March 2101"] {
            assert_eq!(HistoricalDate::parse(input), None, "{input:?}");
        }
        assert_eq!(parsed("1000").start, year(1000));
        assert_eq!(parsed("2100").start, year(2100));
    }

    #[test]
    fn extra_words_are_rejected() {
        for input in [
            "March 6, 1938 was a Sunday",
            "Coyoacán, March 6, 1938",
            "in 1937",
            "March",
            "6 March",
            "",
            "Vol. 14",
            "p. 85",
            "twenty-four",
            "1938..",
            "1923 – 24",
            "1936—1938",
            "the 6th of March 1938",
        ] {
            assert_eq!(HistoricalDate::parse(input), None, "{input:?}");
        }
    }

    // --- output formats ------------------------------------------------------------------

    #[test]
    fn display_is_neutral_english() {
        let cases = [
            ("6 mars 1938", "6 March 1938"),
            ("March 6, 1938", "6 March 1938"),
            ("Februar 1917", "February 1917"),
            ("1905", "1905"),
            ("1923-24", "1923–24"),
            ("1923/1924", "1923–24"),
            ("1936–1938", "1936–38"),
            ("1899-1901", "1899–1901"),
            ("1900-1905", "1900–1905"),
            ("6–8 March 1938", "6–8 March 1938"),
            ("March 6–8, 1938", "6–8 March 1938"),
            ("6 March – 8 April 1938", "6 March – 8 April 1938"),
            ("March–April 1938", "March–April 1938"),
            ("March 1937 – April 1938", "March 1937 – April 1938"),
            ("6 March 1937 – 8 April 1938", "6 March 1937 – 8 April 1938"),
            ("1937 – March 1938", "1937 – March 1938"),
            ("1905-06", "1905–06"),
            ("1930s", "1930s"),
            ("c. 1935", "c. 1935"),
            ("1935?", "c. 1935"),
            ("the end of 1934", "c. late 1934"),
            ("late 1934", "late 1934"),
            ("early 1935", "early 1935"),
            ("mid-1935", "mid-1935"),
            ("early 1930s", "early 1930s"),
            ("as early as 1935", "by 1935"),
            ("[March 1938]", "[March 1938]"),
            ("[1935?]", "[c. 1935]"),
        ];
        for (input, expected) in cases {
            assert_eq!(parsed(input).display(), expected, "{input:?}");
        }
    }

    #[test]
    fn datetime_attr_keeps_precision_and_takes_range_starts() {
        assert_eq!(parsed("6 March 1938").datetime_attr(), "1938-03-06");
        assert_eq!(parsed("February 1917").datetime_attr(), "1917-02");
        assert_eq!(parsed("1905").datetime_attr(), "1905");
        assert_eq!(parsed("1923-24").datetime_attr(), "1923");
        assert_eq!(parsed("6–8 March 1938").datetime_attr(), "1938-03-06");
        assert_eq!(parsed("[c. 1935]").datetime_attr(), "1935");
    }

    #[test]
    fn highwire_uses_slashes() {
        assert_eq!(parsed("6 March 1938").highwire(), "1938/03/06");
        assert_eq!(parsed("November 1932").highwire(), "1932/11");
        assert_eq!(parsed("1935").highwire(), "1935");
        assert_eq!(parsed("March–April 1938").highwire(), "1938/03");
    }

    #[test]
    fn year_is_the_start_year() {
        assert_eq!(parsed("1923-24").year(), 1923);
        assert_eq!(parsed("1930s").year(), 1930);
    }

    #[test]
    fn prose_mention_covers_the_qualifier_word() {
        let mentions = find_dates("in late 1934");
        assert_eq!(mentions.len(), 1);
        assert_eq!(mentions[0].range, 3..12);
        assert_eq!(mentions[0].date.qualifier, Some(Qualifier::Late));
        assert!(!mentions[0].date.approximate);
    }

    // --- ordering ------------------------------------------------------------------------

    #[test]
    fn coarser_precision_sorts_first_within_its_period() {
        let mut dates: Vec<HistoricalDate> = [
            "1938",
            "7 March 1937",
            "6 March 1937",
            "March 1937",
            "1937",
            "February 1937",
        ]
        .iter()
        .map(|s| parsed(s))
        .collect();
        dates.sort();
        let shown: Vec<String> = dates.iter().map(HistoricalDate::display).collect();
        assert_eq!(
            shown,
            [
                "1937",
                "February 1937",
                "March 1937",
                "6 March 1937",
                "7 March 1937",
                "1938"
            ]
        );
    }

    #[test]
    fn ranges_sort_by_start_then_point_before_range_then_shorter_first() {
        let mut dates: Vec<HistoricalDate> = ["1937", "1936–38", "1936", "1936–37", "1935"]
            .iter()
            .map(|s| parsed(s))
            .collect();
        dates.sort();
        let shown: Vec<String> = dates.iter().map(HistoricalDate::display).collect();
        assert_eq!(shown, ["1935", "1936", "1936–37", "1936–38", "1937"]);
    }

    #[test]
    fn ordering_is_total_and_agrees_with_equality() {
        let plain = parsed("1935");
        let circa = parsed("c. 1935");
        let supplied = parsed("[1935]");
        let late = parsed("late 1935");
        assert!(plain < circa);
        assert!(plain < supplied);
        assert!(plain < late);
        assert_ne!(plain.cmp(&circa), Ordering::Equal);
        assert_eq!(plain.cmp(&parsed("1935.")), Ordering::Equal);
        assert!(parsed("early 1935") < parsed("mid-1935"));
        assert!(parsed("mid-1935") < parsed("late 1935"));
    }

    // --- find_dates ----------------------------------------------------------------------

    #[test]
    fn finds_years_and_months_in_a_sentence() {
        let text = "a first revolution in 1905, another one in February 1917 \
                    and a third one in October 1917.";
        assert_eq!(found(text), ["1905", "February 1917", "October 1917"]);
        let mentions = find_dates(text);
        assert_eq!(mentions[1].date, point(month(1917, 2)));
        assert_eq!(mentions[0].range, 22..26);
    }

    #[test]
    fn finds_a_year_range_as_one_mention() {
        let text = "Since 1923-24, the leading layer has changed.";
        let mentions = find_dates(text);
        assert_eq!(mentions.len(), 1);
        assert_eq!(&text[mentions[0].range.clone()], "1923-24");
        assert_eq!(mentions[0].date, range(year(1923), year(1924)));
    }

    #[test]
    fn finds_whole_qualified_phrases() {
        let text = "especially since the end of 1934.";
        let mentions = find_dates(text);
        assert_eq!(found(text), ["the end of 1934"]);
        assert_eq!(mentions[0].range, 17..32);
        assert_eq!(mentions[0].date.display(), "c. late 1934");

        let text = "As early as 1935, Trotsky warned";
        assert_eq!(found(text), ["As early as 1935"]);
        assert_eq!(find_dates(text)[0].date.qualifier, Some(Qualifier::By));
    }

    #[test]
    fn finds_dates_after_words_and_in_citations() {
        assert_eq!(found("the Great Purge of 1937"), ["1937"]);
        assert_eq!(found("(Grasset, 1936)"), ["1936"]);
        assert_eq!(found("(Paris,1936)"), ["1936"]);
        assert_eq!(found("Deutscher 1954:85"), ["1954"]);
        assert_eq!(
            found("On 26 September 1935 he wrote"),
            ["26 September 1935"]
        );
        assert_eq!(found("Coyoacán, March 6, 1938"), ["March 6, 1938"]);
        assert_eq!(found("le 1er mars 1938, à Paris"), ["1er mars 1938"]);
    }

    #[test]
    fn mention_ranges_are_byte_ranges() {
        let text = "Écrit à Coyoacán, le 6 février 1938.";
        let mentions = find_dates(text);
        assert_eq!(mentions.len(), 1);
        assert_eq!(&text[mentions[0].range.clone()], "6 février 1938");
        assert_eq!(mentions[0].range.start, text.find('6').unwrap_or(0));
    }

    #[test]
    fn longest_form_wins_and_mentions_do_not_overlap() {
        let text = "From 6–8 March 1938, then March–April 1938, then the 1930s.";
        assert_eq!(found(text), ["6–8 March 1938", "March–April 1938", "1930s"]);
        let text = "in mid-1935 and [March 1938] and c. 1935 and [1935?] too";
        assert_eq!(
            found(text),
            ["mid-1935", "[March 1938]", "c. 1935", "[1935?]"]
        );
    }

    #[test]
    fn page_references_are_not_years() {
        for text in [
            "see p. 85",
            "see pp. 85--87",
            "see p 765-767",
            "S. 12",
            "on pages 1905-1910 of the book",
            "on pages 1905 – 1910 of the book",
            "p. 1935",
            "pp. 1917–1920",
            "§ 1935",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text:?}");
        }
    }

    #[test]
    fn volumes_and_numbers_are_not_years() {
        for text in [
            "Vol. 14",
            "vol. 1935",
            "No. 1917",
            "Nr. 1917",
            "Bd. 3",
            "t. 2",
            "Heft 1920",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text:?}");
        }
        assert_eq!(found("Vol. 2, 1936"), ["1936"]);
        assert_eq!(found("Trotsky's 1935 diary"), ["1935"]);
        assert_eq!(found("p. 12 March 1935"), ["March 1935"]);
    }

    #[test]
    fn parts_of_longer_numbers_are_not_years() {
        for text in [
            "code 19380306 here",
            "1,905 people",
            "12.1935",
            "1935.5 metres",
            "A1935",
            "1935th",
            "$1935",
            "1935%",
            "12/1935",
            "1938-13-45",
            "85--87",
            "twenty-four",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text:?}");
        }
    }

    #[test]
    fn a_month_without_a_year_is_not_a_date() {
        assert_eq!(found("in March the party met"), Vec::<&str>::new());
        assert_eq!(found("on 6 March he wrote"), Vec::<&str>::new());
    }

    #[test]
    fn lowercase_may_and_march_are_words_in_prose() {
        assert_eq!(found("they may 1935"), ["1935"]);
        assert_eq!(find_dates("they may 1935")[0].date, point(year(1935)));
        assert_eq!(found("in May 1935 they met"), ["May 1935"]);
        assert_eq!(found("a long march 1934 style"), ["1934"]);
        assert_eq!(found("le 6 mai 1935"), ["6 mai 1935"]);
    }

    #[test]
    fn a_question_ending_in_a_year_is_not_doubt() {
        let mentions = find_dates("Did he know in 1935? Nobody can say.");
        assert_eq!(mentions.len(), 1);
        assert!(!mentions[0].date.approximate);
        let text = "born (1879?) in Yanovka";
        assert_eq!(found(text), ["1879?"]);
        assert!(find_dates(text)[0].date.approximate);
    }

    #[test]
    fn iso_and_dotted_dates_in_prose() {
        assert_eq!(found("dated 1938-03-06, signed"), ["1938-03-06"]);
        assert_eq!(found("am 14.01.1938 schrieb er"), ["14.01.1938"]);
    }

    #[test]
    fn german_and_french_qualifiers_in_prose() {
        assert_eq!(
            found("seit Ende 1934 und Anfang 1935"),
            ["Ende 1934", "Anfang 1935"]
        );
        assert_eq!(found("depuis la fin 1934"), ["fin 1934"]);
        assert_eq!(found("in den 1930er Jahren"), ["1930er Jahren"]);
    }

    #[test]
    fn empty_and_dateless_text() {
        assert!(find_dates("").is_empty());
        assert!(find_dates("No dates here, only words and 12 numbers.").is_empty());
    }

    #[test]
    fn long_input_is_handled_in_one_pass() {
        let sentence = "In 1905, p. 85, the end of 1934 and 6–8 March 1938. ";
        let text = sentence.repeat(2_000);
        assert_eq!(find_dates(&text).len(), 6_000);
    }
}
