//! Lexicon: the words of each language the date reader knows, one table per language.
//!
//! In: nothing (constant data). Out: [`Lexicon`] tables (month names and abbreviations, ordinal
//! suffixes, connectors, year words, list words, everyday words that look like months), the Roman
//! numerals of the months, and lookups over
//! all of them at once ([`month_word`], ...), since a word does not say its language.
//!
//! Words are written as the tokenizer folds them: lowercase, without accents ("février" is
//! `fevrier`, "März" is `marz`). Each table can move to its own lexicon file unchanged.

use std::collections::HashMap;
use std::sync::LazyLock;

/// How a month word is spelled, which decides whether it takes or needs a full stop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Form {
    /// The full name: "March", "mars", "марта". Takes no full stop.
    Full,
    /// An abbreviation, with or without its full stop: "Sept.", "Sep", "janv.".
    Abbreviation,
    /// An abbreviation that is also an everyday word, read only with its full stop
    /// ("out." in Portuguese, "set." in Italian; "out", "set" are English words).
    DottedAbbreviation,
}

/// A word naming a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct MonthWord {
    pub(super) word: &'static str,
    pub(super) month: u8,
    pub(super) form: Form,
}

const fn full(word: &'static str, month: u8) -> MonthWord {
    MonthWord {
        word,
        month,
        form: Form::Full,
    }
}

const fn abbr(word: &'static str, month: u8) -> MonthWord {
    MonthWord {
        word,
        month,
        form: Form::Abbreviation,
    }
}

const fn dotted(word: &'static str, month: u8) -> MonthWord {
    MonthWord {
        word,
        month,
        form: Form::DottedAbbreviation,
    }
}

/// The date words of one language.
pub(super) struct Lexicon {
    /// Month names (in every case the language writes dates with) and abbreviations.
    pub(super) months: &'static [MonthWord],
    /// Month words that are also everyday words; in prose they count only capitalised.
    pub(super) everyday_words: &'static [&'static str],
    /// Suffixes touching a day that make it an ordinal: "1st", "1er", "1º".
    pub(super) ordinal_suffixes: &'static [&'static str],
    /// Small words between day, month and year: "6th of March", "6 de marzo de 1938".
    pub(super) connectors: &'static [&'static str],
    /// Words after a year that say it is a year: "1938 г.", "1938 года".
    pub(super) year_words: &'static [&'static str],
    /// Words joining the days of a list: "3 and 4 April", "3. u. 4. April".
    pub(super) list_words: &'static [&'static str],
}

pub(super) const ENGLISH: Lexicon = Lexicon {
    months: &[
        full("january", 1),
        full("february", 2),
        full("march", 3),
        full("april", 4),
        full("may", 5),
        full("june", 6),
        full("july", 7),
        full("august", 8),
        full("september", 9),
        full("october", 10),
        full("november", 11),
        full("december", 12),
        abbr("jan", 1),
        abbr("feb", 2),
        abbr("mar", 3),
        abbr("apr", 4),
        abbr("jun", 6),
        abbr("jul", 7),
        abbr("aug", 8),
        abbr("sep", 9),
        abbr("sept", 9),
        abbr("oct", 10),
        abbr("nov", 11),
        abbr("dec", 12),
    ],
    everyday_words: &["may", "march", "mar"],
    ordinal_suffixes: &["st", "nd", "rd", "th"],
    connectors: &["of"],
    year_words: &[],
    list_words: &["and"],
};

pub(super) const GERMAN: Lexicon = Lexicon {
    months: &[
        full("januar", 1),
        full("janner", 1),
        full("februar", 2),
        full("marz", 3),
        full("maerz", 3),
        full("april", 4),
        full("mai", 5),
        full("juni", 6),
        full("juli", 7),
        full("august", 8),
        full("september", 9),
        full("oktober", 10),
        full("november", 11),
        full("dezember", 12),
        abbr("jan", 1),
        abbr("feb", 2),
        abbr("febr", 2),
        abbr("mrz", 3),
        abbr("apr", 4),
        abbr("aug", 8),
        abbr("sep", 9),
        abbr("sept", 9),
        abbr("okt", 10),
        abbr("nov", 11),
        abbr("dez", 12),
    ],
    everyday_words: &[],
    ordinal_suffixes: &[],
    connectors: &[],
    year_words: &[],
    list_words: &["und", "u"],
};

pub(super) const FRENCH: Lexicon = Lexicon {
    months: &[
        full("janvier", 1),
        full("fevrier", 2),
        full("mars", 3),
        full("avril", 4),
        full("mai", 5),
        full("juin", 6),
        full("juillet", 7),
        full("aout", 8),
        full("septembre", 9),
        full("octobre", 10),
        full("novembre", 11),
        full("decembre", 12),
        abbr("janv", 1),
        abbr("fev", 2),
        abbr("fevr", 2),
        abbr("avr", 4),
        abbr("juil", 7),
        abbr("sept", 9),
        abbr("oct", 10),
        abbr("nov", 11),
        abbr("dec", 12),
    ],
    everyday_words: &[],
    ordinal_suffixes: &["er", "re", "e"],
    connectors: &[],
    year_words: &[],
    list_words: &["et"],
};

pub(super) const SPANISH: Lexicon = Lexicon {
    months: &[
        full("enero", 1),
        full("febrero", 2),
        full("marzo", 3),
        full("abril", 4),
        full("mayo", 5),
        full("junio", 6),
        full("julio", 7),
        full("agosto", 8),
        full("septiembre", 9),
        full("setiembre", 9),
        full("octubre", 10),
        full("noviembre", 11),
        full("diciembre", 12),
        abbr("ene", 1),
        abbr("feb", 2),
        abbr("mar", 3),
        abbr("abr", 4),
        abbr("jun", 6),
        abbr("jul", 7),
        dotted("ago", 8),
        abbr("sep", 9),
        abbr("sept", 9),
        dotted("set", 9),
        abbr("oct", 10),
        abbr("nov", 11),
        abbr("dic", 12),
    ],
    everyday_words: &[],
    ordinal_suffixes: &["o", "º", "ª"],
    connectors: &["de", "del"],
    year_words: &[],
    list_words: &["y", "e"],
};

pub(super) const ITALIAN: Lexicon = Lexicon {
    months: &[
        full("gennaio", 1),
        full("febbraio", 2),
        full("marzo", 3),
        full("aprile", 4),
        full("maggio", 5),
        full("giugno", 6),
        full("luglio", 7),
        full("agosto", 8),
        full("settembre", 9),
        full("ottobre", 10),
        full("novembre", 11),
        full("dicembre", 12),
        dotted("gen", 1),
        abbr("feb", 2),
        abbr("mar", 3),
        abbr("apr", 4),
        dotted("mag", 5),
        abbr("giu", 6),
        abbr("lug", 7),
        dotted("ago", 8),
        dotted("set", 9),
        abbr("ott", 10),
        abbr("nov", 11),
        abbr("dic", 12),
    ],
    everyday_words: &[],
    ordinal_suffixes: &["º"],
    connectors: &["del"],
    year_words: &[],
    list_words: &["e", "ed"],
};

pub(super) const PORTUGUESE: Lexicon = Lexicon {
    months: &[
        full("janeiro", 1),
        full("fevereiro", 2),
        full("marco", 3),
        full("abril", 4),
        full("maio", 5),
        full("junho", 6),
        full("julho", 7),
        full("agosto", 8),
        full("setembro", 9),
        full("outubro", 10),
        full("novembro", 11),
        full("dezembro", 12),
        abbr("jan", 1),
        abbr("fev", 2),
        abbr("mar", 3),
        abbr("abr", 4),
        abbr("jun", 6),
        abbr("jul", 7),
        dotted("ago", 8),
        dotted("set", 9),
        dotted("out", 10),
        abbr("nov", 11),
        abbr("dez", 12),
    ],
    everyday_words: &[],
    ordinal_suffixes: &["o", "º", "ª"],
    connectors: &["de"],
    year_words: &[],
    list_words: &["e"],
};

pub(super) const DUTCH: Lexicon = Lexicon {
    months: &[
        full("januari", 1),
        full("februari", 2),
        full("maart", 3),
        full("april", 4),
        full("mei", 5),
        full("juni", 6),
        full("juli", 7),
        full("augustus", 8),
        full("september", 9),
        full("oktober", 10),
        full("november", 11),
        full("december", 12),
        abbr("jan", 1),
        abbr("feb", 2),
        abbr("mrt", 3),
        abbr("apr", 4),
        abbr("jun", 6),
        abbr("jul", 7),
        abbr("aug", 8),
        abbr("sep", 9),
        abbr("sept", 9),
        abbr("okt", 10),
        abbr("nov", 11),
        abbr("dec", 12),
    ],
    everyday_words: &[],
    ordinal_suffixes: &[],
    connectors: &[],
    year_words: &[],
    list_words: &["en"],
};

/// Russian months in the nominative ("январь 1938"), the genitive of dates ("6 января
/// 1938 г.") and the prepositional ("в январе 1938 года").
pub(super) const RUSSIAN: Lexicon = Lexicon {
    months: &[
        full("январь", 1),
        full("января", 1),
        full("январе", 1),
        full("февраль", 2),
        full("февраля", 2),
        full("феврале", 2),
        full("март", 3),
        full("марта", 3),
        full("марте", 3),
        full("апрель", 4),
        full("апреля", 4),
        full("апреле", 4),
        full("май", 5),
        full("мая", 5),
        full("мае", 5),
        full("июнь", 6),
        full("июня", 6),
        full("июне", 6),
        full("июль", 7),
        full("июля", 7),
        full("июле", 7),
        full("август", 8),
        full("августа", 8),
        full("августе", 8),
        full("сентябрь", 9),
        full("сентября", 9),
        full("сентябре", 9),
        full("октябрь", 10),
        full("октября", 10),
        full("октябре", 10),
        full("ноябрь", 11),
        full("ноября", 11),
        full("ноябре", 11),
        full("декабрь", 12),
        full("декабря", 12),
        full("декабре", 12),
        abbr("янв", 1),
        abbr("фев", 2),
        abbr("февр", 2),
        abbr("апр", 4),
        abbr("авг", 8),
        abbr("сен", 9),
        abbr("сент", 9),
        abbr("окт", 10),
        abbr("ноя", 11),
        abbr("нояб", 11),
        abbr("дек", 12),
    ],
    everyday_words: &[],
    ordinal_suffixes: &[],
    connectors: &[],
    // "г." (год), "гг." (годы, after a range), "года", "году".
    year_words: &["г", "гг", "год", "года", "году"],
    list_words: &["и"],
};

/// Months in Roman numerals, as archives write them ("12.IV.1917"): uppercase only, since a
/// lowercase "iv" or "vi" in prose is a word or a list number.
pub(super) const ROMAN_MONTHS: [&str; 12] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
];

/// Every language's table, in the order their words are looked up (the first wins; no two
/// tables give one word different months).
pub(super) const LANGUAGES: &[&Lexicon] = &[
    &ENGLISH,
    &GERMAN,
    &FRENCH,
    &SPANISH,
    &ITALIAN,
    &PORTUGUESE,
    &DUTCH,
    &RUSSIAN,
];

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
    any_language(|lexicon| lexicon.everyday_words, folded)
}

/// Whether a lowercase word is an ordinal suffix in some language.
pub(super) fn is_ordinal_suffix(lower: &str) -> bool {
    any_language(|lexicon| lexicon.ordinal_suffixes, lower)
}

/// Whether a lowercase word joins day, month and year in some language.
pub(super) fn is_connector(lower: &str) -> bool {
    any_language(|lexicon| lexicon.connectors, lower)
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
