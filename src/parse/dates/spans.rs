//! Date bodies: points and ranges, the date itself without approximation or qualifier.
//!
//! In: a [`Cursor`] on the tokens. Out: the longest [`Span`] (a [`PartialDate`], or a checked
//! range of two) that reads from there, in any of the accepted spellings, and the cursor after it.

use super::grammar::{Cursor, Mode, Parsed, longest};
use super::lexicon::{Form, is_connector, is_everyday_word, is_ordinal_suffix, is_year_word};
use super::tokens::Kind;
use super::{PartialDate, YEARS};

/// A point (no end) or a checked range (end strictly later than start).
#[derive(Debug, Clone, Copy)]
pub(super) struct Span {
    pub(super) start: PartialDate,
    pub(super) end: Option<PartialDate>,
}

impl Span {
    fn range(start: PartialDate, end: PartialDate) -> Option<Span> {
        end.is_later_than(&start).then_some(Span {
            start,
            end: Some(end),
        })
    }
}

/// The date itself: the longest point or range that reads from here, and a year word after
/// it ("1938 г.").
pub(super) fn body<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, Span> {
    let (cursor, span) = longest([
        point_span(cursor),
        year_range(cursor),
        decade(cursor),
        day_range(cursor),
        day_month_range(cursor),
        month_day_range(cursor),
        month_range(cursor),
        point_range(cursor),
    ])?;
    Some((cursor.optional(year_word), span))
}

/// "г.", "года": a word saying the number before it is a year.
fn year_word<'t, 'a>(cursor: Cursor<'t, 'a>) -> Option<Cursor<'t, 'a>> {
    let (next, token) = cursor.kind(Kind::Word)?;
    is_year_word(&token.lower).then_some(next.optional(|c| c.touching()?.punct('.')))
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

/// A day of the month, with an ordinal suffix touching it if there is one ("6th", "1er").
fn day<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, u8> {
    let (cursor, value) = cursor.number(1..=2)?;
    let day = u8::try_from(value)
        .ok()
        .filter(|day| (1..=31).contains(day))?;
    Some((cursor.optional(ordinal_suffix), day))
}

/// "st", "nd", "rd", "th", "er", "º" ... touching a day, after a full stop in Spanish and
/// Portuguese ("1.º").
fn ordinal_suffix<'t, 'a>(cursor: Cursor<'t, 'a>) -> Option<Cursor<'t, 'a>> {
    let cursor = cursor.touching()?;
    let cursor = cursor.optional(|c| c.punct('.')?.touching());
    let (next, token) = cursor.kind(Kind::Word)?;
    is_ordinal_suffix(&token.lower).then_some(next)
}

/// A month name, and the full stop of an abbreviation ("Sept.").
fn month<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, u8> {
    let (next, token) = cursor.kind(Kind::Word)?;
    let word = token.month?;
    let capitalised = token.text.starts_with(char::is_uppercase);
    if cursor.mode == Mode::Prose && is_everyday_word(word.word) && !capitalised {
        return None;
    }
    let full_stop = |c: Cursor<'t, 'a>| c.touching()?.punct('.');
    let next = match word.form {
        Form::Full => next,
        Form::Abbreviation => next.optional(full_stop),
        Form::DottedAbbreviation => full_stop(next)?,
    };
    Some((next, word.month))
}

/// "de", "del", "of": the small words between day, month and year in some languages.
fn connector<'t, 'a>(cursor: Cursor<'t, 'a>) -> Option<Cursor<'t, 'a>> {
    let (next, token) = cursor.kind(Kind::Word)?;
    is_connector(&token.lower).then_some(next)
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
