//! Numeric dates: ISO, dotted, Roman-numeral and compact ("1938-03-06", "14.1.1938",
//! "12.IV.1917", "19380306").
//!
//! In: a [`Cursor`] on the tokens. Out: the [`PartialDate`] a numeric spelling gives, if the
//! numbers make a real date, and the cursor after it.

use super::cursor::{Cursor, Mode, Parsed};
use super::lexicon::roman_month;
use super::tokens::Kind;
use super::{PartialDate, YEARS};

/// A four-digit year within the years this module reads, also with the century supplied by
/// an editor in brackets (`[19]08`, the brackets touching the digits).
pub(super) fn year<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, i32> {
    let (cursor, value) = cursor.number(4..=4).or_else(|| {
        let (next, century) = cursor.punct('[')?.touching()?.number(2..=2)?;
        let (next, rest) = next.touching()?.punct(']')?.touching()?.number(2..=2)?;
        Some((next, century * 100 + rest))
    })?;
    let year = i32::try_from(value).ok()?;
    YEARS.contains(&year).then_some((cursor, year))
}

/// Two digits touching the hyphen before them: ISO's month and day.
fn iso_part<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, u8> {
    let (cursor, value) = cursor.touching()?.hyphen()?.touching()?.number(2..=2)?;
    Some((cursor, u8::try_from(value).ok()?))
}

/// "1938-03-06" and "1938-03". "1905-06" is a range of years, not June 1905, when the two
/// digits read as a later year of the same century.
pub(super) fn iso_date<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, PartialDate> {
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

/// "14.1.1938", "14.01.1938": day, month and year joined by full stops, no spaces (a string
/// read whole may have one before the year: "6.1. 05."); also "6.3.38" when the caller knows
/// the century.
pub(super) fn dotted_date<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, PartialDate> {
    let (cursor, day) = cursor.number(1..=2)?;
    let (cursor, month) = cursor.touching()?.punct('.')?.touching()?.number(1..=2)?;
    let after_month = cursor.touching()?.punct('.')?;
    // A dateline standing alone may space its year off (`6.1. 05.`); prose may not.
    let year_at = match cursor.mode {
        Mode::Whole => after_month,
        Mode::Prose => after_month.touching()?,
    };
    let (cursor, year) = year_or_two_digits(year_at)?;
    let (day, month) = (u8::try_from(day).ok()?, u8::try_from(month).ok()?);
    Some((cursor, PartialDate::new(year, Some(month), Some(day))?))
}

/// A four-digit year, or two digits in the century the context gives ("38" in the 1900s).
fn year_or_two_digits<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, i32> {
    year(cursor).or_else(|| {
        let (next, two_digits) = cursor.number(2..=2)?;
        Some((next, cursor.context.two_digit_year(two_digits)?))
    })
}

/// What stands between the parts of a Roman-numeral date; both must be the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RomanSeparator {
    /// "12.IV.1917", "12. IV. 1917".
    FullStop,
    /// "12/IV/1917", touching both sides.
    Slash,
    /// "12 IV 1917".
    Space,
}

fn roman_separator<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, RomanSeparator> {
    if let Some(next) = cursor.punct('.') {
        return Some((next, RomanSeparator::FullStop));
    }
    if let Some(next) = cursor.touching().and_then(|c| c.punct('/')?.touching()) {
        return Some((next, RomanSeparator::Slash));
    }
    (!cursor.is_touching()).then_some((cursor, RomanSeparator::Space))
}

/// A month in uppercase Roman numerals: "IV", "XII".
fn roman_numeral<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, u8> {
    let (next, token) = cursor.kind(Kind::Word)?;
    Some((next, roman_month(token.text)?))
}

/// "12.IV.1917", "12. IV. 1917", "12 IV 1917", "12/IV/1917": a day, a Roman month and a year,
/// the same separator twice; also "12.IV.17" when the caller knows the century.
pub(super) fn roman_date<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, PartialDate> {
    let (cursor, day) = cursor.number(1..=2)?;
    let (cursor, before) = roman_separator(cursor)?;
    let (cursor, month) = roman_numeral(cursor)?;
    let (cursor, after) = roman_separator(cursor)?;
    if before != after {
        return None;
    }
    let tight = after == RomanSeparator::FullStop && cursor.is_touching();
    let (cursor, year) = if tight {
        year_or_two_digits(cursor)?
    } else {
        year(cursor)?
    };
    let day = u8::try_from(day).ok()?;
    Some((cursor, PartialDate::new(year, Some(month), Some(day))?))
}

/// "IV.1917": a Roman month and a year joined by a full stop, no spaces.
pub(super) fn roman_month_year<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, PartialDate> {
    let (cursor, month) = roman_numeral(cursor)?;
    let (cursor, year) = year(cursor.touching()?.punct('.')?.touching()?)?;
    Some((cursor, PartialDate::new(year, Some(month), None)?))
}

/// An archive's `yyyymmdd` code: "19380306", "19321100" (`00`: the day is not known, month
/// precision), "19320000" (year precision). In prose only standing apart from its neighbours
/// (see [`stands_apart`]).
pub(super) fn compact_date<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, PartialDate> {
    let (next, value) = cursor.number(8..=8)?;
    if cursor.mode == Mode::Prose && !stands_apart(cursor, next) {
        return None;
    }
    let year = i32::try_from(value / 10_000).ok()?;
    let month = u8::try_from(value / 100 % 100).ok()?;
    let day = u8::try_from(value % 100).ok()?;
    let date = match (month, day) {
        (0, 0) => PartialDate::new(year, None, None),
        (0, _) => None,
        (month, 0) => PartialDate::new(year, Some(month), None),
        (month, day) => PartialDate::new(year, Some(month), Some(day)),
    };
    Some((next, date?))
}

/// Punctuation that may touch an archive code in prose: brackets around it, and what ends a
/// clause after it.
const BEFORE_CODE: &[char] = &['(', '['];
const AFTER_CODE: &[char] = &[')', ']', ',', ';', ':'];

/// Whether the token between `before` and `after` stands apart in prose: a space on each side,
/// or only a bracket or clause punctuation touching it ("(19321100)", "19321100, Letter"), a
/// note marker ("19321100[1]"), or a full stop ending the sentence. Not "19321100.htm", "A-19321100", "19321100_2".
fn stands_apart(before: Cursor<'_, '_>, after: Cursor<'_, '_>) -> bool {
    let touching_before = before
        .pos
        .checked_sub(1)
        .and_then(|pos| before.tokens.get(pos))
        .filter(|_| before.is_touching());
    let clean_before =
        touching_before.is_none_or(|token| BEFORE_CODE.iter().any(|&ch| token.is_punct(ch)));
    let after = after.optional(Cursor::note_marker);
    let touching_after = after.tokens.get(after.pos).filter(|_| after.is_touching());
    let sentence_end = after.punct('.').is_some_and(|beyond| !beyond.is_touching());
    let clean_after = touching_after
        .is_none_or(|token| AFTER_CODE.iter().any(|&ch| token.is_punct(ch)) || sentence_end);
    clean_before && clean_after
}

/// The end year that two digits after `start` stand for, if it is later in the same century
/// ("1923-24" → 1924).
pub(super) fn abbreviated_range_end(start: i32, two_digits: u32) -> Option<i32> {
    let end = start - start % 100 + i32::try_from(two_digits).ok()?;
    (two_digits < 100 && end > start).then_some(end)
}
