//! The date reader's words: lookups over every language's date words at once ([`month_word`],
//! ...), since a word does not say its language.
//!
//! In: the language lexicons (`src/lexicon/<code>.rs`: month names and abbreviations, ordinal
//! suffixes, connectors, year words, list words, month words that are everyday words). Out:
//! the lookups, and the words of no one language: the Roman numerals of the months and the
//! numeral months (`7bre`). Month words are written as the tokenizer folds them: lowercase,
//! without accents ("février" is `fevrier`, "März" is `marz`).

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::lexicon::Lexicon;
pub(super) use crate::lexicon::date_words::{Form, MonthWord, abbr};

/// Months in Roman numerals, as archives write them ("12.IV.1917"): uppercase only, since a
/// lowercase "iv" or "vi" in prose is a word or a list number.
pub(super) const ROMAN_MONTHS: [&str; 12] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
];

/// Every language's words, in the order they are looked up (the first wins; no two languages
/// give one word different months).
pub(super) const LANGUAGES: &[&Lexicon] = crate::lexicon::ALL;

/// Every language's month words, by word: the first language listing a word wins, as in the
/// order of [`LANGUAGES`]. Looked up for every word of every paragraph, so hashed once.
static MONTH_WORDS: LazyLock<HashMap<&'static str, MonthWord>> = LazyLock::new(|| {
    let mut words = HashMap::new();
    for month in LANGUAGES.iter().flat_map(|lexicon| lexicon.months.iter()) {
        words.entry(month.word).or_insert(*month);
    }
    for month in NUMERAL_MONTHS {
        words.entry(month.word).or_insert(*month);
    }
    words
});

/// The last four months written with the numeral of their old place in the year (September
/// was the seventh month): `7bre`, `8bre`, `9bre`, `Xbre` in French, Italian and Spanish
/// letters, `7ber`…`Xber` in English ones. The tokenizer joins the digits and the ending.
const NUMERAL_MONTHS: &[MonthWord] = &[
    abbr("7bre", 9),
    abbr("8bre", 10),
    abbr("9bre", 11),
    abbr("10bre", 12),
    abbr("xbre", 12),
    abbr("7ber", 9),
    abbr("8ber", 10),
    abbr("9ber", 11),
    abbr("10ber", 12),
    abbr("xber", 12),
    abbr("7mbre", 9),
];

/// The month a numeral month (`7bre`, `Xber`) names.
pub(super) fn numeral_month(lower: &str) -> Option<MonthWord> {
    NUMERAL_MONTHS.iter().find(|m| m.word == lower).copied()
}

/// The month a folded word names, in any language.
pub(super) fn month_word(folded: &str) -> Option<MonthWord> {
    MONTH_WORDS.get(folded).copied()
}

/// The month a word written exactly as an uppercase Roman numeral names.
pub(super) fn roman_month(text: &str) -> Option<u8> {
    let index = ROMAN_MONTHS.iter().position(|numeral| *numeral == text)?;
    u8::try_from(index + 1).ok()
}

/// Whether a folded month word is also an everyday word in some language.
pub(super) fn is_everyday_word(folded: &str) -> bool {
    any_language(|lexicon| lexicon.month_everyday_words, folded)
}

/// Whether a lowercase word is an ordinal suffix in some language.
pub(super) fn is_ordinal_suffix(lower: &str) -> bool {
    any_language(|lexicon| lexicon.ordinal_suffixes, lower)
}

/// Whether a lowercase word joins day, month and year in some language.
pub(super) fn is_connector(lower: &str) -> bool {
    any_language(|lexicon| lexicon.date_connectors, lower)
}

/// Whether a lowercase word joins the days of a list in some language.
pub(super) fn is_list_word(lower: &str) -> bool {
    any_language(|lexicon| lexicon.list_words, lower)
}

/// Whether a lowercase word marks a year in some language.
pub(super) fn is_year_word(lower: &str) -> bool {
    any_language(|lexicon| lexicon.year_words, lower)
}

fn any_language(words: impl Fn(&Lexicon) -> &'static [&'static str], word: &str) -> bool {
    LANGUAGES
        .iter()
        .any(|lexicon| words(lexicon).contains(&word))
}

#[cfg(test)]
mod tests {
    use super::LANGUAGES;
    use crate::parse::dates::tokens::{Kind, tokenize};

    /// Every month word is stored as the tokenizer folds it, and reads as its own month: no
    /// two tables give one word different months or forms.
    #[test]
    fn every_month_word_reads_as_its_own_month() {
        for lexicon in LANGUAGES {
            for entry in lexicon.months {
                let tokens = tokenize(entry.word);
                let [token] = tokens.as_slice() else {
                    panic!("{:?} is not one word", entry.word);
                };
                assert_eq!(token.kind, Kind::Word, "{:?}", entry.word);
                assert_eq!(token.month, Some(*entry), "{:?}", entry.word);
            }
        }
    }
}
