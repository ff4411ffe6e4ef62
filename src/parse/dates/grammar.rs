//! Grammar: a whole date expression read from tokens, around the date itself.
//!
//! In: a [`Cursor`] on the [`Token`]s of a whole string or of prose ([`Mode`]). Out: the
//! [`HistoricalDate`] that reads from there, if any, and the cursor after it. This part reads the
//! editor's brackets, approximation words, qualifier phrases ("the end of", "mid-") and a `?` of
//! doubt; the date itself (points and ranges) is read by [`super::spans`].

use std::ops::RangeInclusive;

use super::spans::body;
use super::tokens::{Kind, Token};
use super::{HistoricalDate, Qualifier};

/// Whether a whole string is being read, or prose (stricter about what counts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    Whole,
    Prose,
}

/// A position in the token list; every grammar step takes one and returns the next.
#[derive(Debug, Clone, Copy)]
pub(super) struct Cursor<'t, 'a> {
    pub(super) tokens: &'t [Token<'a>],
    pub(super) pos: usize,
    pub(super) mode: Mode,
}

/// What a grammar step found, and where reading goes on.
pub(super) type Parsed<'t, 'a, T> = Option<(Cursor<'t, 'a>, T)>;

impl<'t, 'a> Cursor<'t, 'a> {
    pub(super) fn new(tokens: &'t [Token<'a>], mode: Mode) -> Self {
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
    pub(super) fn is_touching(self) -> bool {
        let previous = self.pos.checked_sub(1).and_then(|pos| self.tokens.get(pos));
        match (previous, self.token()) {
            (Some(previous), Some(next)) => previous.end == next.start,
            _ => false,
        }
    }

    /// This cursor, if the next token touches the previous one.
    pub(super) fn touching(self) -> Option<Self> {
        self.is_touching().then_some(self)
    }

    /// The step's result, or this cursor unchanged if the step does not apply.
    pub(super) fn optional(self, step: impl Fn(Self) -> Option<Self>) -> Self {
        step(self).unwrap_or(self)
    }

    pub(super) fn kind(self, kind: Kind) -> Parsed<'t, 'a, &'t Token<'a>> {
        let token = self.token().filter(|token| token.kind == kind)?;
        Some((self.advance(), token))
    }

    pub(super) fn punct(self, ch: char) -> Option<Self> {
        self.token()
            .filter(|token| token.is_punct(ch))
            .map(|_| self.advance())
    }

    pub(super) fn dash(self) -> Option<Self> {
        self.kind(Kind::Dash).map(|(next, _)| next)
    }

    pub(super) fn hyphen(self) -> Option<Self> {
        let (next, token) = self.kind(Kind::Dash)?;
        (token.text == "-").then_some(next)
    }

    /// The next token, if it is the word `lower` (any case, accents as given).
    pub(super) fn word(self, lower: &str) -> Option<Self> {
        let (next, token) = self.kind(Kind::Word)?;
        (token.lower == lower).then_some(next)
    }

    fn words(self, lower: &[&str]) -> Option<Self> {
        lower
            .iter()
            .try_fold(self, |cursor, word| cursor.word(word))
    }

    pub(super) fn number(self, digits: RangeInclusive<usize>) -> Parsed<'t, 'a, u32> {
        let (next, token) = self.kind(Kind::Number)?;
        if !digits.contains(&token.text.len()) {
            return None;
        }
        Some((next, token.text.parse().ok()?))
    }
}

/// Of the alternatives' results, the one that read furthest (the first of equals).
pub(super) fn longest<'t, 'a, T>(
    alternatives: impl IntoIterator<Item = Parsed<'t, 'a, T>>,
) -> Parsed<'t, 'a, T> {
    alternatives
        .into_iter()
        .flatten()
        .reduce(|best, next| if next.0.pos > best.0.pos { next } else { best })
}

/// A whole date expression: bracketed by the editor or not.
pub(super) fn expression<'t, 'a>(cursor: Cursor<'t, 'a>) -> Parsed<'t, 'a, HistoricalDate> {
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
