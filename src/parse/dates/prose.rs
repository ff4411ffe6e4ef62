//! Prose: the dates in running text, and what in prose is not a year.
//!
//! In: running text, and what the caller knows of it ([`find_dates_in_context`]). Out:
//! [`DateMention`]s ([`find_dates`]), skipping numbers after page, volume and number markers
//! (`p. 85`, `Vol. 14`), eight-digit identifiers (`code 19380306`) and numbers that are parts
//! of longer numbers (`1,905`, `12.1935`).

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use super::cursor::{Cursor, Mode};
use super::grammar::expression;
use super::tokens::{Kind, Token, tokenize};
use super::{DateContext, DateMention};

/// Finds the dates in `text`, in order of position, without overlaps, the longest form at each
/// place winning ("6–8 March 1938", not "8 March 1938"). Two-digit years are not read; see
/// [`find_dates_in_context`].
pub fn find_dates(text: &str) -> Vec<DateMention> {
    find_dates_in_context(text, DateContext::default())
}

/// Finds the dates in `text` as [`find_dates`] does, also reading what `context` allows:
/// dotted dates with two-digit years ("6.3.38") in the century the caller knows the text is
/// from.
pub fn find_dates_in_context(text: &str, context: DateContext) -> Vec<DateMention> {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let tokens = tokenize(text);
    // Every date has a number in it, at most MAX_TOKENS_BEFORE_NUMBER tokens from its start:
    // elsewhere no match is tried, which keeps number-free stretches of prose cheap.
    let mut next_number = vec![usize::MAX; tokens.len() + 1];
    for pos in (0..tokens.len()).rev() {
        next_number[pos] = if tokens[pos].kind == Kind::Number {
            pos
        } else {
            next_number[pos + 1]
        };
    }
    let mut mentions = Vec::new();
    let mut pos = 0;
    while pos < tokens.len() {
        if next_number[pos] == usize::MAX {
            break;
        }
        if next_number[pos] - pos > MAX_TOKENS_BEFORE_NUMBER {
            pos = next_number[pos] - MAX_TOKENS_BEFORE_NUMBER;
            continue;
        }
        if let Some(after) = reference_number_end(&tokens, pos) {
            pos = after;
            continue;
        }
        let cursor = Cursor {
            pos,
            ..Cursor::new(&tokens, Mode::Prose, context)
        };
        if let Some((end, date)) = expression(cursor) {
            if is_count(&tokens, pos, end.pos) || is_identifier(&tokens, pos) {
                pos = end.pos;
                continue;
            }
            if let Some(range) = standalone_range(&tokens, pos, end.pos) {
                mentions.push(DateMention { range, date });
                pos = end.pos;
                continue;
            }
        }
        pos += 1;
    }
    mentions
}

/// The most tokens a date expression has before its first number ("at the very end of March
/// 1938": words, spaces and punctuation are tokens each), with room to spare.
const MAX_TOKENS_BEFORE_NUMBER: usize = 24;

// ---------------------------------------------------------------------------------------------
// Prose: what is not a year

/// The words of every language's table picked by `table`, hashed once: these are looked up for
/// every word of every paragraph.
struct WordSet {
    words: LazyLock<HashSet<&'static str>>,
}

/// The [`WordSet`] of a lexicon field (`Lexicon::reference_markers`, ...).
///
/// [`Lexicon`]: crate::lexicon::Lexicon
macro_rules! word_set {
    ($field:ident) => {
        WordSet {
            words: LazyLock::new(|| {
                crate::lexicon::ALL
                    .iter()
                    .flat_map(|l| l.$field.iter().copied())
                    .collect()
            }),
        }
    };
}

impl WordSet {
    /// Whether `lower` (a lower-case word) is in the set, compared folded.
    fn holds(&self, lower: &str) -> bool {
        if lower.is_ascii() {
            self.words.contains(lower)
        } else {
            self.words.contains(crate::lexicon::fold(lower).as_str())
        }
    }
}

/// Words after which a number is a page, volume, issue or the like, whatever its value.
static REFERENCE_MARKERS: WordSet = word_set!(reference_markers);
/// Markers that count only with their full stop ("S. 12", "t. 2", "No. 1917"), being words or
/// letters of their own otherwise ("Trotsky's 1935", "no 1935 edition").
static DOTTED_REFERENCE_MARKERS: WordSet = word_set!(dotted_reference_markers);
/// Words before a number that make it a quantity ("some 1200 delegates", "over 1500 members").
static QUANTITY_WORDS: WordSet = word_set!(quantity_words);
/// Words before an eight-digit number that make it an identifier rather than an archive's date
/// code ("code 19380306", "ISBN 19380306", "Tel. 19380306").
static IDENTIFIER_WORDS: WordSet = word_set!(identifier_words);

/// If a reference marker starts at `pos` ("p. 85", "pp. 85--87", "Vol. 14", "§ 12"), the
/// position after its numbers, so none of them is read as a year.
fn reference_number_end(tokens: &[Token<'_>], pos: usize) -> Option<usize> {
    let marker = tokens.get(pos)?;
    let after_apostrophe = pos
        .checked_sub(1)
        .and_then(|previous| tokens.get(previous))
        .is_some_and(|previous| previous.end == marker.start && previous.kind == Kind::Punct);
    if after_apostrophe {
        return None;
    }
    let cursor = Cursor {
        pos: pos + 1,
        ..Cursor::new(tokens, Mode::Prose, DateContext::default())
    };
    let dotted = cursor.touching().and_then(|c| c.punct('.'));
    let is_marker = match marker.kind {
        Kind::Word => {
            REFERENCE_MARKERS.holds(&marker.lower)
                || (dotted.is_some() && DOTTED_REFERENCE_MARKERS.holds(&marker.lower))
        }
        Kind::Punct => marker.is_punct('§') || marker.is_punct('№'),
        _ => false,
    };
    if !is_marker {
        return None;
    }
    let (mut cursor, _) = dotted.unwrap_or(cursor).number(1..=usize::MAX)?;
    while let Some((next, _)) = cursor.dash().and_then(|c| c.number(1..=usize::MAX)) {
        cursor = next;
    }
    Some(cursor.pos)
}

/// A bare number after a quantity word and before a lowercase word is a count, not a year.
fn is_count(tokens: &[Token<'_>], from: usize, to: usize) -> bool {
    let single_number = to == from + 1 && tokens.get(from).is_some_and(|t| t.kind == Kind::Number);
    let after_quantity = from
        .checked_sub(1)
        .and_then(|i| tokens.get(i))
        .is_some_and(|t| t.kind == Kind::Word && QUANTITY_WORDS.holds(&t.lower));
    let before_lowercase = tokens.get(to).is_some_and(|t| {
        t.kind == Kind::Word && t.text.chars().next().is_some_and(char::is_lowercase)
    });
    single_number && after_quantity && before_lowercase
}

/// Whether an eight-digit number at `from` follows an identifier word (and perhaps a `:`, `#`
/// or `.`), so that it is that identifier, not a date code.
fn is_identifier(tokens: &[Token<'_>], from: usize) -> bool {
    let is_code = tokens
        .get(from)
        .is_some_and(|token| token.kind == Kind::Number && token.text.len() == 8);
    let word_before = |at: usize| {
        at.checked_sub(1)
            .and_then(|index| tokens.get(index))
            .filter(|token| token.kind == Kind::Word)
            .is_some_and(|token| IDENTIFIER_WORDS.holds(&token.lower))
    };
    let punct_before = from
        .checked_sub(1)
        .and_then(|index| tokens.get(index))
        .is_some_and(|token| [':', '#', '.'].iter().any(|&ch| token.is_punct(ch)));
    is_code && (word_before(from) || (punct_before && word_before(from - 1)))
}

/// The byte range of tokens `from..to`, if the expression stands on its own rather than being
/// part of a longer number or word ("1,905", "12.1935", "A1935", "1935th", "$1935", "1935%").
fn standalone_range(tokens: &[Token<'_>], from: usize, to: usize) -> Option<Range<usize>> {
    let first = tokens.get(from)?;
    let last = tokens.get(to.checked_sub(1)?)?;
    let before = from
        .checked_sub(1)
        .and_then(|index| tokens.get(index))
        .filter(|token| token.end == first.start);
    let before_that = from
        .checked_sub(2)
        .and_then(|index| tokens.get(index))
        .filter(|token| before.is_some_and(|before| token.end == before.start));
    let after = tokens.get(to).filter(|token| token.start == last.end);
    let after_that = tokens
        .get(to + 1)
        .filter(|token| after.is_some_and(|after| after.end == token.start));
    let starts_cleanly = first.kind != Kind::Number || !joins_number(before, before_that);
    let ends_cleanly = last.kind != Kind::Number || !joins_number(after, after_that);
    (starts_cleanly && ends_cleanly).then_some(first.start..last.end)
}

/// Whether a number is glued to its neighbour (`next`, touching it) and the neighbour's own
/// neighbour (`beyond`, touching that) into something longer.
fn joins_number(next: Option<&Token<'_>>, beyond: Option<&Token<'_>>) -> bool {
    let Some(next) = next else {
        return false;
    };
    let beyond_is_number = beyond.is_some_and(|token| token.kind == Kind::Number);
    match next.kind {
        Kind::Word | Kind::Number => true,
        Kind::Dash => beyond_is_number,
        Kind::Punct => {
            let glue = ['.', ',', '/'].iter().any(|&ch| next.is_punct(ch));
            let sign = ['$', '€', '£', '¥', '#', '§', '№', '+', '%', '°', '='];
            (glue && beyond_is_number) || sign.iter().any(|&ch| next.is_punct(ch))
        }
    }
}
