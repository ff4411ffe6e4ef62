//! Grammar: a whole date expression read from tokens, around the date itself.
//!
//! In: a [`Cursor`] on the tokens of a whole string or of prose ([`Mode`]). Out: the
//! [`HistoricalDate`] that reads from there, if any, and the cursor after it. This part reads the
//! editor's brackets, approximation words, qualifier phrases ("the end of", "mid-") and a `?` of
//! doubt; the date itself (points and ranges) is read by [`super::spans`].

use super::cursor::{Cursor, Mode, Parsed, longest};
use super::numeric::year;
use super::points::day_month;
use super::spans::body;
use super::tokens::Kind;
use super::{HistoricalDate, PartialDate, Qualifier};
use crate::lexicon::date_words::{Hyphen, PeriodPart, QualifierPhrase};

/// A whole date expression: bracketed by the editor or not.
pub(super) fn expression<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, HistoricalDate> {
    longest([supplied(cursor), unbracketed(cursor), supplied_year(cursor)])
}

/// `20 mai (1873 ?)`, `6 March [1938]`: the day and month as written, the year the editor
/// added in brackets, with or without a `?` of doubt. The whole date is marked as supplied.
fn supplied_year<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, HistoricalDate> {
    let (cursor, (day, month)) = day_month(cursor)?;
    let (open, close) = [('(', ')'), ('[', ']')]
        .into_iter()
        .find(|&(open, _)| cursor.punct(open).is_some())?;
    let (cursor, year) = year(cursor.punct(open)?)?;
    let (cursor, doubted) = match cursor.punct('?') {
        Some(next) => (next, true),
        None => (cursor, false),
    };
    let cursor = cursor.punct(close)?;
    let date = HistoricalDate {
        start: PartialDate::new(year, Some(month), Some(day))?,
        end: None,
        approximate: doubted,
        qualifier: None,
        supplied: true,
        old_style: None,
    };
    Some((cursor, date))
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
        old_style: span.old_style,
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
        "circa" => Some(after),
        _ => crate::lexicon::ALL
            .iter()
            .flat_map(|lexicon| lexicon.approximation_phrases.iter())
            .filter_map(|phrase| cursor.words(phrase))
            .max_by_key(|next| next.pos),
    }
}

/// The longest qualifier phrase here, its qualifier, and whether it makes the date approximate.
fn qualifier_prefix<'t, 'a>(cursor: Cursor<'t, 'a>) -> Option<(Cursor<'t, 'a>, Qualifier, bool)> {
    crate::lexicon::ALL
        .iter()
        .flat_map(|lexicon| lexicon.qualifier_phrases.iter())
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
    let qualifier = match phrase.part {
        PeriodPart::By => Qualifier::By,
        PeriodPart::Early => Qualifier::Early,
        PeriodPart::Mid => Qualifier::Mid,
        PeriodPart::Late => Qualifier::Late,
    };
    Some((after, qualifier, phrase.approximate))
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
