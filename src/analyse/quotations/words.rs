//! Words compared: a paragraph's text → normalised words with their place in the original.
//!
//! In: a paragraph's text (or a part of it). Out: [`Word`]s, each folded (lower case, accents,
//! curly apostrophes and quote marks made plain) with its byte range in the text, so that a match
//! can be shown as written. Quote marks, dashes and punctuation separate words and are not words;
//! an apostrophe between letters stays inside one (`proletariat's`). Also: which words are
//! function words, and when two words are the same word inflected.

use std::ops::Range;

use crate::lexicon::{ALL, fold};

/// A word of a passage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The folded form words are compared in.
    pub folded: String,
    /// Byte range in the text it was read from.
    pub range: Range<usize>,
    /// The paragraph it belongs to.
    pub paragraph: usize,
    /// True when an elision mark follows it (before the next word).
    pub elision_after: bool,
}

/// The words of `text` in `range` (a paragraph's whole text, or a quoted phrase inside it);
/// `elisions` are byte ranges of elision marks in the text.
pub fn words_of(
    text: &str,
    range: Range<usize>,
    paragraph: usize,
    elisions: &[Range<usize>],
) -> Vec<Word> {
    let mut words: Vec<Word> = Vec::new();
    let mut marks = elisions
        .iter()
        .map(|e| e.start)
        .filter(|at| range.contains(at))
        .peekable();
    for word in word_ranges(text, range.clone()) {
        while let Some(&mark) = marks.peek() {
            if mark >= word.start {
                break;
            }
            if let Some(last) = words.last_mut() {
                last.elision_after = true;
            }
            marks.next();
        }
        push_word(&mut words, text, word, paragraph);
    }
    if marks.peek().is_some()
        && let Some(last) = words.last_mut()
    {
        last.elision_after = true;
    }
    words
}

/// The byte ranges of the words of `text` in `range`: runs of letters and digits, with an
/// apostrophe between letters kept inside (`proletariat's`).
pub fn word_ranges(text: &str, range: Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
    let (base, end) = (range.start, range.end);
    let mut chars = text[range].char_indices().peekable();
    std::iter::from_fn(move || {
        let mut start: Option<usize> = None;
        while let Some((offset, c)) = chars.next() {
            let at = base + offset;
            let next_is_letter = chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
            let inner_apostrophe = (c == '\'' || c == '’') && start.is_some() && next_is_letter;
            if c.is_alphanumeric() || inner_apostrophe {
                start.get_or_insert(at);
            } else if let Some(s) = start {
                return Some(s..at);
            }
        }
        start.map(|s| s..end)
    })
}

fn push_word(words: &mut Vec<Word>, text: &str, range: Range<usize>, paragraph: usize) {
    let folded = fold(&text[range.clone()].replace('’', "'"));
    words.push(Word {
        folded,
        range,
        paragraph,
        elision_after: false,
    });
}

/// True when `folded` is an article, preposition, pronoun or auxiliary in one of the lexicons.
pub fn is_function_word(folded: &str) -> bool {
    ALL.iter().any(|l| l.function_words.contains(&folded))
}

/// The shortest stem two words may share to count as forms of one word.
const MIN_STEM_CHARS: usize = 4;
/// The longest ending one form may add to the other (`-s`, `-es`, `-ed`, `-en`, `'s`).
const MAX_ENDING_CHARS: usize = 2;

/// True when `a` and `b` differ but one is the other plus a short ending (`success`/`successes`,
/// `crush`/`crushed`, `Revolution`/`Revolutionen`): a different inflection of the same word.
/// Deliberately narrow: `Stalin`/`Stalinist` and `bureaucrats`/`bureaucratic` are not forms of
/// one word.
pub fn is_inflection(a: &str, b: &str) -> bool {
    if a == b {
        return false;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    long.starts_with(short)
        && short.chars().count() >= MIN_STEM_CHARS
        && long[short.len()..].chars().count() <= MAX_ENDING_CHARS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> Vec<String> {
        words_of(text, 0..text.len(), 1, &[])
            .into_iter()
            .map(|w| w.folded)
            .collect()
    }

    #[test]
    fn typography_case_and_accents_are_folded_and_apostrophes_kept_inside_words() {
        assert_eq!(
            folded("`The Soviet proletariat’s belief' -- Célarié"),
            vec!["the", "soviet", "proletariat's", "belief", "celarie"]
        );
    }

    #[test]
    fn elisions_are_recorded_on_the_word_before_them() {
        let text = "Stalin ... is the crown ....";
        let elisions = crate::parse::quotes::find_elisions(text);
        let words = words_of(text, 0..text.len(), 1, &elisions);
        let marked: Vec<&str> = words
            .iter()
            .filter(|w| w.elision_after)
            .map(|w| &text[w.range.clone()])
            .collect();
        assert_eq!(marked, vec!["Stalin", "crown"]);
    }

    #[test]
    fn inflections_are_narrow() {
        assert!(is_inflection("success", "successes"));
        assert!(is_inflection("crushed", "crush"));
        assert!(is_inflection("proletariat's", "proletariat"));
        assert!(!is_inflection("stalinist", "stalin"));
        assert!(!is_inflection("bureaucrats", "bureaucratic"));
        assert!(!is_inflection("a", "as"));
        assert!(!is_inflection("same", "same"));
    }
}
