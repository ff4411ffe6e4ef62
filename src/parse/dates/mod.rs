//! Historical dates: the dates historians write, kept at the precision they are written in.
//!
//! In: either a string that should be a date as a whole ([`HistoricalDate::parse`], for front
//! matter and editors' fields) or running prose ([`find_dates`], for the timeline and for
//! `<time>` markup), optionally with what the caller knows of the text ([`DateContext`]). Out:
//! [`HistoricalDate`]s (a point or a range of [`PartialDate`]s, possibly approximate, qualified
//! or supplied by the editor, possibly with its Old Style reading) and, for prose,
//! [`DateMention`]s with the byte range of each whole expression.
//!
//! Precision is never raised: `1937` is a year, not 1 January 1937, `19321100` is November
//! 1932, and a day the text does not give is never invented; nor is a century (`6.3.38` is read
//! only in a century the caller knows from the text). Month names are understood in English,
//! German, French, Spanish, Italian, Portuguese, Dutch and Russian (any case, with or without
//! accents, common abbreviations with or without their full stop), and as uppercase Roman
//! numerals (`12.IV.1917`); output is neutral English. A day written in both calendars
//! (`12/25 February 1917`) is one date: the New Style day, with its Old Style reading. A list of
//! days (`20., 22. und 25. März und 8. April 1917`, `3 and 4 April 1917`) is the range from its
//! first day to its last, with the other calendar's days in brackets as its Old Style reading.
//!
//! Both entry points share one small tokenizer and one grammar, so prose yields the same forms
//! `parse` accepts. In prose, numbers after page, volume and number markers (`p. 85`,
//! `Vol. 14`, `Nr. 1917`), numbers that are parts of longer numbers (`1,905`, `12.1935`) and
//! eight-digit numbers after identifier words (`code 19380306`) are not dates; an archive's
//! `yyyymmdd` code (`19321100`, `00` for an unknown part) is read only standing apart. A note
//! marker glued to a date (`1938[1]`, `1938¹`, `1938*`) is not part of it. The work is linear
//! in the length of the input: each token starts at most one bounded match attempt.
//!
//! Not read, on purpose: ranges in words ("1936 to 1938", "bis"), seasons ("winter 1935"),
//! two-digit decades ("the '30s"), slashed numeric dates ("6/3/1938", ambiguous between
//! countries), em-dash ranges ("1936—1938", an em dash is usually parenthetical), ranges across
//! a century in two digits ("1999–00"), two-digit years without a century from the caller or
//! outside dotted dates ("6 March 38", "6. 3. 38"; a string read whole may space the year off:
//! "6.1. 05."), lowercase or hyphenated Roman months
//! ("12.iv.1917", "12-IV-1917"), a leading article ("the 1st of May 1886" is found as "1st of
//! May 1886"), Russian hyphenated ordinals ("6-го марта"), and double dates whose two days are
//! not exactly the Julian–Gregorian offset apart ("6/8 March 1938"), that are ranges or months
//! ("February/March 1917"), or that share one year across New Year ("19 December/1 January
//! 1918"; write both years). In prose, lowercase "may", "march" and "mar" are words, not
//! months, abbreviations that are words ("out", "set", "ago") count only with their full stop,
//! and a `?` counts as doubt only when it touches the date and more punctuation (`(1879?)`),
//! not when it ends a question.
//!
//! The parts: the types here; `display.rs` writes them in English; `lexicon.rs` holds each
//! language's date words; `tokens.rs` splits text into tokens and `cursor.rs` steps through
//! them; `grammar.rs` reads a whole date expression (approximation, qualifier, brackets);
//! `spans.rs` reads the date itself (points and ranges) from points in `points.rs` (written) and
//! `numeric.rs` (ISO, dotted, Roman, compact), double dates in `double_dates.rs` and lists of
//! days in `lists.rs`, checked by `calendar.rs`; and `prose.rs` scans running text with them.

mod calendar;
mod cursor;
mod display;
mod double_dates;
mod grammar;
mod lexicon;
mod lists;
mod numeric;
mod points;
mod prose;
mod spans;
#[cfg(test)]
mod tests;
mod tokens;

use std::cmp::Ordering;
use std::fmt;
use std::ops::{Range, RangeInclusive};

use serde::Serialize;

use calendar::days_in_month;
use cursor::{Cursor, Mode};
use display::{month_name, old_style_text, span_text};
use grammar::expression;
use tokens::tokenize;

pub use crate::model::date::{HistoricalDate, PartialDate, Qualifier};
pub use prose::{find_dates, find_dates_in_context};

/// The years this module accepts; anything else is taken for a number, not a year.
const YEARS: RangeInclusive<i32> = 1000..=2100;

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

impl HistoricalDate {
    /// Reads a whole string as a date, or `None` if it is not exactly one date (surrounding
    /// whitespace, a note marker glued to the date and one final full stop are allowed; other
    /// words are not).
    /// Two-digit years are not read; see [`HistoricalDate::parse_in_context`].
    pub fn parse(s: &str) -> Option<HistoricalDate> {
        HistoricalDate::parse_in_context(s, DateContext::default())
    }

    /// Reads a whole string as [`HistoricalDate::parse`] does, also reading what `context`
    /// allows (dotted dates with two-digit years in the century the caller knows).
    pub fn parse_in_context(s: &str, context: DateContext) -> Option<HistoricalDate> {
        let tokens = tokenize(s);
        let (end, date) = expression(Cursor::new(&tokens, Mode::Whole, context))?;
        let end = end.optional(Cursor::note_marker);
        match &tokens[end.pos..] {
            [] => Some(date),
            [last] if last.is_punct('.') => Some(date),
            _ => None,
        }
    }

    /// The value for an HTML `<time datetime>`: "1938-03-06", "1917-02", "1905" (a range
    /// gives its start, a double date its New Style reading).
    pub fn datetime_attr(&self) -> String {
        self.start.numeric('-')
    }

    /// The value for a Highwire `citation_date` meta tag: "1938/03/06", "1932/11", "1935".
    pub fn highwire(&self) -> String {
        self.start.numeric('/')
    }

    /// Neutral English for readers: "6 March 1938", "1923–24", "6–8 March 1938", "1930s",
    /// "c. 1935", "c. late 1934", "mid-1935", "by 1935", "[March 1938]",
    /// "25 February 1917 (12 February O.S.)".
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
        if let Some(old_style) = &self.old_style {
            write!(f, " ({} O.S.)", old_style_text(old_style, self.start.year))?;
        }
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
            .then_with(|| self.old_style.cmp(&other.old_style))
    }
}

impl PartialOrd for HistoricalDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// What a caller knows about a text that its dates do not say themselves.
///
/// The default knows nothing. The century is never guessed: a caller sets it only when the
/// text itself gives it, as [`DateContext::from_text`] does.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct DateContext {
    /// The century of two-digit years, as any year in it (1900 or 1938: "6.3.38" is then
    /// 6 March 1938). `None`: two-digit years are not read.
    pub century: Option<i32>,
}

impl DateContext {
    /// The century that every date with a four-digit year in `text` falls in, if there is at
    /// least one and they all agree (a text dated 1938 reads its "6.3.38" as 1938).
    pub fn from_text(text: &str) -> DateContext {
        let mut centuries = find_dates(text).into_iter().flat_map(|mention| {
            let start = mention.date.start.year;
            let end = mention.date.end.map_or(start, |end| end.year);
            [start, end].map(|year| year.div_euclid(100))
        });
        let first = centuries.next();
        let century = match first {
            Some(first) if centuries.all(|century| century == first) => first.checked_mul(100),
            _ => None,
        };
        DateContext { century }
    }

    /// The year two digits stand for in the known century, if one is known.
    fn two_digit_year(self, two_digits: u32) -> Option<i32> {
        let century = self.century?.div_euclid(100).checked_mul(100)?;
        century.checked_add(
            i32::try_from(two_digits)
                .ok()
                .filter(|digits| *digits < 100)?,
        )
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
