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
