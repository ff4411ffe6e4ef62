//! Lists of days: the days an editor or a text names one by one, read as the span they cover.
//!
//! In: a [`Cursor`] on the tokens. Out: the first and the last day of a list of at least two
//! days of one year ("3 and 4 April 1917", "20., 22., 24., und 25. März und 8. April 1917",
//! "3, 5 & 7 May 1886"), and the cursor after it. Each group of days ends with its month; the
//! days must follow one another in time. The list may give the same days in the Old Style
//! calendar in brackets before the year ("3. u. 4. April (21. u. 22. März) 1917"): its first
//! day must be exactly the Julian reading of the other list's first day, and becomes the
//! Old Style reading of the span. A list is a span, not a set: the days between the ones it
//! names are inside it, which is what a timeline and a date of writing need.

use super::PartialDate;
use super::calendar::{calendar_day, old_and_new_style};
use super::cursor::{Cursor, Parsed};
use super::lexicon::is_list_word;
use super::points::{day_with_stop, month, year_part};
use super::tokens::Kind;

/// The most days a list may name; a longer run of numbers is not a date.
const MAX_LISTED_DAYS: usize = 12;

/// The days of a list, as (month, day), in the order written.
type Days = Vec<(u8, u8)>;

/// A list of days and its year: (first, last, Old Style reading of the first).
pub(super) fn day_list<'t, 'a>(
    cursor: Cursor<'t, 'a>,
) -> Parsed<'t, 'a, (PartialDate, PartialDate, Option<PartialDate>)> {
    let (cursor, listed) = days(cursor, Separator::Required)?;
    let (cursor, other) = match bracketed_days(cursor) {
        Some((next, other)) => (next, Some(other)),
        None => (cursor, None),
    };
    let (cursor, year) = year_part(cursor)?;
    let listed = in_order(&listed, year)?;
    let Some(other) = other else {
        return Some((cursor, (listed[0], *listed.last()?, None)));
    };
    // Either list may be the Old Style one: the New Style list is the span.
    let other = in_order(&other, year)?;
    let (old_style, new_style) =
        old_and_new_style(calendar_day(listed[0])?, calendar_day(other[0])?)?;
    let span = if new_style == listed[0] {
        listed
    } else {
        other
    };
    Some((cursor, (span[0], *span.last()?, Some(old_style))))
}

/// Whether two days of a list need a comma or a list word between them. In brackets, the
/// other calendar's days are sometimes set off by a space alone ("7., 9. 11., 12. und 26.").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Separator {
    Required,
    Optional,
}

/// Days and their months: one or more groups of days, each closed by its month, joined by a
/// comma or a list word. At least two days in all.
fn days<'t, 'a>(cursor: Cursor<'t, 'a>, separator: Separator) -> Parsed<'t, 'a, Days> {
    let mut listed: Days = Vec::new();
    let mut group: Vec<u8> = Vec::new();
    let (mut cursor, first) = day_with_stop(cursor)?;
    group.push(first);
    loop {
        if let Some((next, month)) = month(cursor) {
            listed.extend(group.drain(..).map(|day| (month, day)));
            cursor = next;
            // Another group ("... März und 8. April"), or the list is over.
            match between(cursor, Separator::Required).and_then(day_with_stop) {
                Some((next, day)) => {
                    group.push(day);
                    cursor = next;
                }
                None => break,
            }
        } else {
            let (next, day) = between(cursor, separator).and_then(day_with_stop)?;
            group.push(day);
            cursor = next;
        }
        if listed.len() + group.len() > MAX_LISTED_DAYS {
            return None;
        }
    }
    (listed.len() >= 2).then_some((cursor, listed))
}

/// "(7., 9. 11., 12. und 26. März)": the same days in the other calendar.
fn bracketed_days<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, Days> {
    let (cursor, listed) = days(cursor.punct('(')?, Separator::Optional)?;
    Some((cursor.punct(')')?, listed))
}

/// What stands between two days: a comma, a list word ("and", "und", "u.", "et"), both, or
/// an ampersand; with [`Separator::Optional`], possibly nothing.
fn between<'t, 'a>(cursor: Cursor<'t, 'a>, separator: Separator) -> Option<Cursor<'t, 'a>> {
    let after_comma = cursor.punct(',');
    let at = after_comma.unwrap_or(cursor);
    let after_word = at.punct('&').or_else(|| list_word(at));
    match (after_comma, after_word) {
        (_, Some(next)) => Some(next),
        (Some(next), None) => Some(next),
        (None, None) => (separator == Separator::Optional).then_some(cursor),
    }
}

fn list_word<'t, 'a>(cursor: Cursor<'t, 'a>) -> Option<Cursor<'t, 'a>> {
    let (next, token) = cursor.kind(Kind::Word)?;
    is_list_word(&token.lower).then(|| next.optional(|c| c.touching()?.punct('.')))
}

/// The listed days as dates of `year`, if each is a real day later than the one before.
fn in_order(listed: &[(u8, u8)], year: i32) -> Option<Vec<PartialDate>> {
    let dates: Vec<PartialDate> = listed
        .iter()
        .map(|&(month, day)| PartialDate::new(year, Some(month), Some(day)))
        .collect::<Option<_>>()?;
    dates
        .windows(2)
        .all(|pair| pair[1].is_later_than(&pair[0]))
        .then_some(dates)
}
