//! An editor's statement of when a text was written and first published, as printed editions
//! put it in brackets under the title: `[Geschrieben am 20., 22. und 25. März 1917. Zum ersten
//! Mal veröffentlicht in der „Prawda“ Nr. 14, 3. April 1917. Nach Sämtliche Werke ...]`.
//!
//! In: the statement's text. Out: the date after a word of writing ([`Lexicon::written_words`]),
//! of sending ([`Lexicon::sent_words`]) and of publication ([`Lexicon::published_words`]), each
//! the first date
//! that follows its word before the next such word or `;`. A word with no date after it gives
//! nothing: a date is never borrowed from the other clause.
//!
//! [`Lexicon::written_words`]: crate::lexicon::Lexicon::written_words
//! [`Lexicon::published_words`]: crate::lexicon::Lexicon::published_words
//! [`Lexicon::sent_words`]: crate::lexicon::Lexicon::sent_words

use crate::lexicon::{self, Lexicon};
use crate::parse::dates::{HistoricalDate, find_dates};

/// What a statement says of its text's dates.
#[derive(Debug, Default, PartialEq)]
pub(super) struct StatedDates {
    pub(super) written: Option<HistoricalDate>,
    pub(super) sent: Option<HistoricalDate>,
    pub(super) published: Option<HistoricalDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Clause {
    Written,
    Sent,
    Published,
}

/// The dates a statement gives for writing and first publication.
pub(super) fn stated_dates(statement: &str) -> StatedDates {
    let mut stated = StatedDates::default();
    let leads = clause_leads(statement);
    for (i, &(clause, after_word)) in leads.iter().enumerate() {
        let clause_end = leads.get(i + 1).map_or(statement.len(), |next| next.1);
        let clause_text = &statement[after_word..clause_end];
        let clause_text = clause_text.split(';').next().unwrap_or_default();
        let Some(found) = find_dates(clause_text).into_iter().next() else {
            continue;
        };
        let slot = match clause {
            Clause::Written => &mut stated.written,
            Clause::Sent => &mut stated.sent,
            Clause::Published => &mut stated.published,
        };
        slot.get_or_insert(found.date);
    }
    stated
}

/// Where each word of writing or publication ends, in order: (clause, byte offset after it).
/// Two-word leads ("first published", "впервые опубликовано") are found by their last word,
/// which every such table also holds alone.
fn clause_leads(statement: &str) -> Vec<(Clause, usize)> {
    words_with_offsets(statement)
        .into_iter()
        .filter_map(|(at, word)| {
            let folded = lexicon::fold(word);
            let clause = if has_word(&folded, |l| l.written_words) {
                Clause::Written
            } else if has_word(&folded, |l| l.sent_words) {
                Clause::Sent
            } else if has_word(&folded, |l| l.published_words) {
                Clause::Published
            } else {
                return None;
            };
            Some((clause, at + word.len()))
        })
        .collect()
}

fn has_word(folded: &str, table: fn(&Lexicon) -> &'static [&'static str]) -> bool {
    lexicon::any_language_has(folded, table)
}

/// The runs of letters in `text`, with their byte offsets.
fn words_with_offsets(text: &str) -> Vec<(usize, &str)> {
    let mut words = Vec::new();
    let mut start = None;
    let end = std::iter::once((text.len(), ' '));
    for (i, c) in text.char_indices().chain(end) {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(date: Option<HistoricalDate>) -> Option<String> {
        date.map(|d| d.to_string())
    }

    #[test]
    fn writing_and_publication_each_take_the_first_date_after_their_word() {
        let stated = stated_dates(
            "[Geschrieben am 20., 22., 24., und 25. März und 8. April (7., 9. 11., 12. und 26. März) 1917. \
             Erster Brief zum ersten Mal veröffentlicht in der „Prawda\" Nr. 14 u. 15, 3. u. 4. April \
             (21. u. 22. März) 1917, gezeichnet: N. Lenin; zweiter bis fünfter Brief zum ersten Mal \
             veröffentlicht 1924 im „Lenin-Sammelbuch\" Nr. 2. Nach Sämtliche Werke, Band 20.1, \
             Wien-Berlin 1928, S. 14-62]",
        );
        let written = stated.written.expect("a date of writing");
        assert_eq!(
            (
                written.start.month,
                written.start.day,
                written.end.and_then(|e| e.day)
            ),
            (Some(3), Some(20), Some(8))
        );
        let published = stated.published.expect("a date of publication");
        assert_eq!(
            (
                published.start.month,
                published.start.day,
                published.end.and_then(|e| e.day)
            ),
            (Some(4), Some(3), Some(4))
        );
    }

    #[test]
    fn a_word_without_a_date_borrows_none_from_the_next_clause() {
        let stated = stated_dates("Written in exile. First published in 1924.");
        assert_eq!(iso(stated.written), None);
        assert_eq!(iso(stated.published), Some("1924".to_string()));
        let stated = stated_dates("Écrit à Paris; publié le 3 mai 1871");
        assert_eq!(iso(stated.written), None);
        assert!(stated.published.is_some());
    }

    #[test]
    fn a_date_of_sending_is_its_own_not_the_date_of_writing() {
        let stated = stated_dates("[Geschickt am 3. März 1917 von Zürich nach Stockholm]");
        assert_eq!(iso(stated.sent), Some("3 March 1917".to_string()));
        assert_eq!(stated.written, None);
    }

    #[test]
    fn a_statement_without_its_words_gives_nothing() {
        assert_eq!(
            stated_dates("Nach Sämtliche Werke, Band 20.1, Wien-Berlin 1928, S. 14-62"),
            StatedDates::default()
        );
    }
}
