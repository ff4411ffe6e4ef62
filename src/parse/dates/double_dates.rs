//! Double dates: one day given in both the Old Style (Julian) and the New Style (Gregorian)
//! calendar, as Russian sources before February 1918 write it.
//!
//! In: a [`Cursor`] on the tokens. Out: the Old Style and New Style readings, in that order,
//! if two days written together are exactly the same day in the two calendars ("12/25 February
//! 1917", "25 October (7 November) 1917"), and the cursor after them. Two days another distance
//! apart are not a double date ("6/8 March 1938" is nothing here). Either reading may come
//! first; the one that is a Julian date of the other's Gregorian day is the Old Style one.

use super::PartialDate;
use super::calendar::{CalendarDay, calendar_day, old_and_new_style};
use super::cursor::{Cursor, Parsed, longest};
use super::numeric::year;
use super::points::{day, day_with_stop, month, point, year_part};

/// The longest double date that reads from here: (Old Style, New Style).
pub(super) fn double_date<'t, 'a>(
    cursor: Cursor<'t, 'a>,
) -> Parsed<'t, 'a, (PartialDate, PartialDate)> {
    longest([days_first(cursor), months_first(cursor), two_days(cursor)])
}

/// How the second reading is set off from the first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Between {
    /// "12/25": with `tight`, the slash touches both sides.
    Slash { tight: bool },
    /// "12 (25)".
    Brackets,
}

fn between<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, Between> {
    if let Some(next) = cursor.punct('/') {
        let tight = cursor.is_touching() && next.is_touching();
        return Some((next, Between::Slash { tight }));
    }
    Some((cursor.punct('(')?, Between::Brackets))
}

/// The closing bracket, if the second reading opened one.
fn closing<'t, 'a>(cursor: Cursor<'t, 'a>, between: Between) -> Option<Cursor<'t, 'a>> {
    match between {
        Between::Brackets => cursor.punct(')'),
        Between::Slash { .. } => Some(cursor),
    }
}

fn optional_month<'t, 'a>(cursor: Cursor<'t, 'a>) -> (Cursor<'t, 'a>, Option<u8>) {
    match month(cursor) {
        Some((next, month)) => (next, Some(month)),
        None => (cursor, None),
    }
}

/// "12/25 February 1917", "1/14 January 1918", "12 (25) October 1917",
/// "25 October (7 November) 1917", "31 January/13 February 1917". Two bare days share the
/// month after them, and then their slash must touch both.
fn days_first<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, (PartialDate, PartialDate)> {
    let (cursor, first_day) = day_with_stop(cursor)?;
    let (cursor, first_month) = optional_month(cursor);
    let (cursor, between) = between(cursor)?;
    if first_month.is_none() && between == (Between::Slash { tight: false }) {
        return None;
    }
    let (cursor, second_day) = day_with_stop(cursor)?;
    let (cursor, inner_month) = optional_month(cursor);
    let cursor = closing(cursor, between)?;
    let (cursor, second_month) = match (first_month, inner_month) {
        (_, Some(month)) => (cursor, month),
        (None, None) => month(cursor)?,
        (Some(_), None) => return None,
    };
    let (cursor, year) = year_part(cursor)?;
    let first = CalendarDay {
        year,
        month: first_month.unwrap_or(second_month),
        day: first_day,
    };
    let second = CalendarDay {
        year,
        month: second_month,
        day: second_day,
    };
    Some((cursor, old_and_new_style(first, second)?))
}

/// "February 12/25, 1917", "January 1/13, 1918", "October 12 (25), 1917",
/// "October 25 (November 7), 1917", "January 31/February 13, 1917".
fn months_first<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, (PartialDate, PartialDate)> {
    let (cursor, first_month) = month(cursor)?;
    let (cursor, first_day) = day(cursor)?;
    let (cursor, between) = between(cursor)?;
    let (cursor, second_month) = optional_month(cursor);
    if second_month.is_none() && between == (Between::Slash { tight: false }) {
        return None;
    }
    let (cursor, second_day) = day(cursor)?;
    let cursor = closing(cursor, between)?;
    let (cursor, year) = year(cursor.optional(|c| c.punct(',')))?;
    let first = CalendarDay {
        year,
        month: first_month,
        day: first_day,
    };
    let second = CalendarDay {
        year,
        month: second_month.unwrap_or(first_month),
        day: second_day,
    };
    Some((cursor, old_and_new_style(first, second)?))
}

/// "29 December 1920 (11 January 1921)", "12.2.1917/25.2.1917": two whole days.
fn two_days<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, (PartialDate, PartialDate)> {
    let (cursor, first) = point(cursor)?;
    let (cursor, between) = between(cursor)?;
    let (cursor, second) = point(cursor)?;
    let cursor = closing(cursor, between)?;
    let readings = old_and_new_style(calendar_day(first)?, calendar_day(second)?)?;
    Some((cursor, readings))
}
