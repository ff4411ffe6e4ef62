//! Points: one calendar date in the written spellings (day, month name, year).
//!
//! In: a [`Cursor`] on the tokens. Out: the longest [`PartialDate`] that reads from there as a
//! single point, written ("6 March 1938", "March 6th, 1938", "6 de marzo de 1938", "1938") or
//! numeric (read by [`super::numeric`]), and the cursor after it. The parts (a day, a month
//! name, a closing year) are shared with the ranges in [`super::spans`].

use super::PartialDate;
use super::cursor::{Cursor, Mode, Parsed, longest};
use super::lexicon::{Form, is_connector, is_everyday_word, is_ordinal_suffix, is_year_word};
use super::numeric::{compact_date, dotted_date, iso_date, roman_date, roman_month_year, year};
use super::tokens::Kind;

/// One calendar point in any of the accepted spellings.
pub(super) fn point<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, PartialDate> {
    longest([
        day_month_year(cursor),
        month_day_year(cursor),
        month_year(cursor),
        year_month_day(cursor),
        iso_date(cursor),
        dotted_date(cursor),
        roman_date(cursor),
        roman_month_year(cursor),
        compact_date(cursor),
        year_alone(cursor),
    ])
}

/// A day of the month, with an ordinal suffix touching it if there is one ("6th", "1er").
pub(super) fn day<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, u8> {
    let (cursor, value) = cursor.number(1..=2)?;
    let day = u8::try_from(value)
        .ok()
        .filter(|day| (1..=31).contains(day))?;
    Some((cursor.optional(ordinal_suffix), day))
}

/// A day, with the full stop German puts after it ("20.", "12./25. Februar 1917").
pub(super) fn day_with_stop<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, u8> {
    let (cursor, day) = day(cursor)?;
    Some((cursor.optional(|c| c.touching()?.punct('.')), day))
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
pub(super) fn month<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, u8> {
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
pub(super) fn year_part<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, i32> {
    year(cursor.optional(|c| c.punct(',')).optional(connector))
}

/// "6 March", "14. Januar", "6th of March", "6 de marzo", "1er mars".
pub(super) fn day_month<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, (u8, u8)> {
    let (cursor, day) = day(cursor)?;
    let cursor = cursor
        .optional(|c| c.touching()?.punct('.'))
        .optional(connector);
    let (cursor, month) = month(cursor)?;
    Some((cursor, (day, month)))
}

/// "March 6", "Sept. 26", "March 6th".
pub(super) fn month_day<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, (u8, u8)> {
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

/// "1906 г. Января 14.", "1799 June 20": the year first, as archives and chronicles date
/// (a year word such as `г.` may follow it). The day must close the date: "1917 March 8th"
/// yes, "1938 March 6 1939" no.
fn year_month_day<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, PartialDate> {
    let (cursor, year) = year(cursor)?;
    let cursor = cursor.optional(|c| {
        let (next, token) = c.kind(Kind::Word)?;
        is_year_word(&token.lower).then_some(next.optional(|c| c.touching()?.punct('.')))
    });
    let (cursor, (month, day)) = month_day(cursor.optional(|c| c.punct(',')))?;
    if cursor.number(1..=4).is_some() {
        return None;
    }
    Some((cursor, PartialDate::new(year, Some(month), Some(day))?))
}

fn year_alone<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, PartialDate> {
    let (cursor, year) = year(cursor)?;
    Some((cursor, PartialDate::new(year, None, None)?))
}
