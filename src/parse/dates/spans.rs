//! Date bodies: points and ranges, the date itself without approximation or qualifier.
//!
//! In: a [`Cursor`] on the tokens. Out: the longest [`Span`] (a [`PartialDate`] read by
//! [`super::points`], or a checked range of two) that reads from there, in any of the accepted
//! spellings, and the cursor after it.

use super::PartialDate;
use super::cursor::{Cursor, Parsed, longest};
use super::double_dates::double_date;
use super::lexicon::is_year_word;
use super::lists::day_list;
use super::numeric::{abbreviated_range_end, year};
use super::points::{day, day_month, month, month_day, point, year_part};
use super::tokens::Kind;

/// A point (no end), a checked range (end strictly later than start), or a day given in both
/// calendars (the New Style reading as its start).
#[derive(Debug, Clone, Copy)]
pub(super) struct Span {
    pub(super) start: PartialDate,
    pub(super) end: Option<PartialDate>,
    pub(super) old_style: Option<PartialDate>,
}

impl Span {
    fn point(start: PartialDate) -> Span {
        Span {
            start,
            end: None,
            old_style: None,
        }
    }

    fn range(start: PartialDate, end: PartialDate) -> Option<Span> {
        end.is_later_than(&start).then_some(Span {
            end: Some(end),
            ..Span::point(start)
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
        double_date_span(cursor),
        day_list_span(cursor),
    ])?;
    Some((cursor.optional(year_word), span))
}

/// "г.", "года": a word saying the number before it is a year.
fn year_word<'t, 'a>(cursor: Cursor<'t, 'a>) -> Option<Cursor<'t, 'a>> {
    let (next, token) = cursor.kind(Kind::Word)?;
    is_year_word(&token.lower).then_some(next.optional(|c| c.touching()?.punct('.')))
}

fn double_date_span<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, Span> {
    let (cursor, (old_style, new_style)) = double_date(cursor)?;
    let span = Span {
        old_style: Some(old_style),
        ..Span::point(new_style)
    };
    Some((cursor, span))
}

fn day_list_span<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, Span> {
    let (cursor, (first, last, old_style)) = day_list(cursor)?;
    let span = Span {
        old_style,
        ..Span::range(first, last)?
    };
    Some((cursor, span))
}

fn point_span<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, Span> {
    let (cursor, start) = point(cursor)?;
    Some((cursor, Span::point(start)))
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
