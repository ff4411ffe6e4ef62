//! The words of each language that readers of texts need: one file per language, one fold.
//!
//! In: nothing (constant tables). Out: a [`Lexicon`] per language ([`ALL`]) holding the words
//! that give a line its role: navigation and other page-furniture words, update stamps, comment
//! labels, salutations, closing formulas and notes headings, the words of editors' statements,
//! and the date reader's month names, ordinals and connectors. Lines are compared with [`fold`]
//! (lower case, no accents, single spaces), so a table lists each word once, in lower case.
//! Words of no one language (reference abbreviations, Roman months) live in `references.rs`
//! and with the date reader.

pub mod date_words;
mod de;
mod en;
mod es;
mod fold;
mod fr;
mod it;
mod nl;
mod pt;
pub mod references;
mod ru;

pub use fold::{fold, fold_char, fold_word, folded_letters};

/// The words of one language.
#[derive(Debug)]
pub struct Lexicon {
    /// ISO 639-1 code.
    pub code: &'static str,
    /// Words that make up site navigation: a line of nothing else is furniture (`next`, `up`).
    pub navigation: &'static [&'static str],
    /// Starts of page metadata lines other than dated stamps (`copyright`, `retrieved from`).
    pub stamps: &'static [&'static str],
    /// Starts of a stamp dating the page's last change (`last updated`, `zuletzt aktualisiert`).
    pub updated_stamps: &'static [&'static str],
    /// Starts of a stamp dating the page's posting (`posted on`, `publié le`).
    pub posted_stamps: &'static [&'static str],
    /// Whole lines that are comment-widget or page-tool labels (`comments`, `reply`).
    pub page_labels: &'static [&'static str],
    /// Starts of salutations (`dear`, `my dear`).
    pub salutations: &'static [&'static str],
    /// Starts of closing formulas (`yours`, `with comradely greetings`).
    pub closings: &'static [&'static str],
    /// Words before a signature saying it was signed (`signed`, `gez.`, `firmato`).
    pub signed_labels: &'static [&'static str],
    /// Words for a letter in a title (`letter`, `Brief`, `carta`).
    pub letter_words: &'static [&'static str],
    /// Words before a letter's sender in its title (`from`, `von`, `de`).
    pub from_words: &'static [&'static str],
    /// Words before a letter's addressee in its title (`to`, `an`, `à`).
    pub to_words: &'static [&'static str],
    /// The days of the week (`monday`, `mardi`), as a dateline may name them.
    pub weekdays: &'static [&'static str],
    /// Names of an author's collected edition (`collected works`, `полное собрание сочинений`).
    pub collection_phrases: &'static [&'static str],
    /// Words before a volume's number (`vol`, `Band`, `том`).
    pub volume_words: &'static [&'static str],
    /// Words of a street address (`rue`, `via`, `Strasse`; in German also a compound's end:
    /// `Cranachstrasse`).
    pub street_words: &'static [&'static str],
    /// Titles and forms of address before a name, without their dot (`mr`, `lic`, `don`):
    /// part of how a name is written, not of the name. (Name discovery still keeps its own
    /// list in `analyse/discover/words.rs`.)
    pub honorifics: &'static [&'static str],
    /// Words a book or a transcription ends with, alone on the last line (`the end`, `FIM`).
    pub end_marks: &'static [&'static str],
    /// Words of an editor's statement that the date after them is the date of writing
    /// (`[Geschrieben am 20. März 1917 ...]`, `Written in March 1938`), folded.
    pub written_words: &'static [&'static str],
    /// Words of an editor's statement that the date after them is when a letter was sent
    /// (`[Geschickt am 3. März 1917 von München]`), folded.
    pub sent_words: &'static [&'static str],
    /// Words of an editor's statement that the date after them is of first publication
    /// (`zum ersten Mal veröffentlicht in der „Prawda“ ... 1917`), folded.
    pub published_words: &'static [&'static str],
    /// An editor's word for the state of a document, in brackets after its title
    /// (`(unpublished)`, `(Entwurf)`, `(extrait)`): about the document, not part of its title.
    pub status_words: &'static [&'static str],
    /// Verbs of issuing a document, after the issuer's name in a page's title (`Miguel Hidalgo
    /// nombra embajador ...`, `Bolívar escribe a ...`), in the third person.
    pub act_words: &'static [&'static str],
    /// Headings of a notes section (`notes`, `footnotes`).
    pub notes_headings: &'static [&'static str],
    /// Labels of a text's header fields as archives write them, folded, with our English label
    /// for each (`("quelle", "Source")`, `("ubersetzung", "Translated")`); the header reader
    /// knows what each of our labels contributes.
    pub field_labels: &'static [(&'static str, &'static str)],
    /// Labels of other catalogue data, folded (`publisher`, `herausgeber`): a field, never a
    /// name.
    pub metadata_labels: &'static [&'static str],
    /// Words of a page counter (`Seite 3 von 10`, `Pagina (277/803)`), folded.
    pub page_words: &'static [&'static str],
    /// Words of a view counter (`leída 2120 veces`, `09.06.2013 Views`), folded.
    pub counter_words: &'static [&'static str],
    /// Stems of a comment widget's words (`kommentar` for `3 Kommentare`), folded.
    pub comment_stems: &'static [&'static str],
    /// The word of a byline before the author's name (`by`, `von`, `par`), folded.
    pub by_words: &'static [&'static str],
    /// Words a byline names no one with (`by Anonymous`), folded.
    pub anonymous_words: &'static [&'static str],
    /// Frequent function words that tell the language of a text, chosen not to overlap between
    /// languages (see `parse/language.rs`).
    pub language_markers: &'static [&'static str],
    /// Words between a dateline's place and its date (`Paris le 3 mars`, `Verona den 16.`).
    pub dateline_connectors: &'static [&'static str],
    /// Words that lead a date in prose, never a dateline (`Since 1923`, `seit`, `depuis`).
    pub date_leads: &'static [&'static str],
    /// Phrases before the place a text was written at (`written in`, `geschrieben in`).
    pub written_at: &'static [&'static str],
    /// Lower-case words inside a place's name (`Rio de Janeiro`, `Frankfurt am Main`).
    pub place_particles: &'static [&'static str],
    /// Lower-case words inside a person's name (`Ludwig van Beethoven`, `Charles de Gaulle`).
    pub name_particles: &'static [&'static str],
    /// Words between a collected edition's name and its author (`Collected Works of`).
    pub name_connectives: &'static [&'static str],
    /// Words a title starts with and a name never does (`the`, `der`, `le`, `on`).
    pub title_articles: &'static [&'static str],
    /// Words that name a collection or a period, never part of a person's name (`papers`,
    /// `Werke`, `siècle`).
    pub collection_words: &'static [&'static str],
    /// Words before a date in a title that make it the text's own date (`Brief vom 3. März`,
    /// `lettre du 3 mars`), without their full stop.
    pub dating_words: &'static [&'static str],
    /// Words after which a number is a page, volume, issue or the like, never a year (`p`,
    /// `Seite`, `tome`), folded and without their full stop.
    pub reference_markers: &'static [&'static str],
    /// Such markers that count only with their full stop (`S. 12`, `t. 2`, `No. 1917`).
    pub dotted_reference_markers: &'static [&'static str],
    /// Words before a number that make it a count, not a year (`some 1200 delegates`).
    pub quantity_words: &'static [&'static str],
    /// Words before an eight-digit number that make it an identifier, not a date code
    /// (`code 19380306`, `Signatur`).
    pub identifier_words: &'static [&'static str],
    /// Phrases that make the date after them approximate (`about`, `etwa`, `alrededor de`),
    /// lower-cased as the date reader's tokenizer gives them; the Latin `c.`, `ca.`, `circa` are
    /// the date reader's own.
    pub approximation_phrases: &'static [&'static [&'static str]],
    /// Phrases that place a date within its period (`the end of`, `Anfang`, `mi-`).
    pub qualifier_phrases: &'static [date_words::QualifierPhrase],
    /// Month names (in every case the language writes dates with) and abbreviations.
    pub months: &'static [date_words::MonthWord],
    /// Month words that are also everyday words; in prose they count only capitalised.
    pub month_everyday_words: &'static [&'static str],
    /// Suffixes touching a day that make it an ordinal: "1st", "1er", "1º".
    pub ordinal_suffixes: &'static [&'static str],
    /// Small words between day, month and year: "6th of March", "6 de marzo de 1938".
    pub date_connectors: &'static [&'static str],
    /// Words after a year that say it is a year: "1938 г.", "1938 года".
    pub year_words: &'static [&'static str],
    /// Words joining the days of a list: "3 and 4 April", "3. u. 4. April".
    pub list_words: &'static [&'static str],
    /// Articles, prepositions, pronouns and auxiliaries: words too common to show that a
    /// quotation and a passage share their content (`the`, `of`, `is`).
    pub function_words: &'static [&'static str],
}

/// Every language's lexicon.
pub const ALL: &[&Lexicon] = &[
    &en::LEXICON,
    &de::LEXICON,
    &fr::LEXICON,
    &es::LEXICON,
    &it::LEXICON,
    &pt::LEXICON,
    &ru::LEXICON,
    &nl::LEXICON,
];

/// True when `folded` (a [`fold`]ed line) is one of `words` or starts with one of them followed
/// by a non-letter (`dear comrade` starts with `dear`; `dearest` does not).
pub fn starts_with_any(folded: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        folded
            .strip_prefix(w)
            .is_some_and(|rest| rest.chars().next().is_none_or(|c| !c.is_alphabetic()))
    })
}

/// How many words the longest phrase of any language's table picked by `table` takes at the
/// start of `folded` (`votre` in `votre rosa luxemburg`: 1), if one starts it.
pub fn longest_start(
    folded: &str,
    table: fn(&Lexicon) -> &'static [&'static str],
) -> Option<usize> {
    ALL.iter()
        .flat_map(|l| table(l).iter())
        .filter(|phrase| starts_with_any(folded, &[phrase]))
        .map(|phrase| phrase.split(' ').count())
        .max()
}

/// A word without the punctuation around it (`«Красный`, `1933),` → `Красный`, `1933`).
pub fn bare_word(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// True when some language's table picked by `table` matches `folded` by [`starts_with_any`].
pub fn any_language_starts(folded: &str, table: fn(&Lexicon) -> &'static [&'static str]) -> bool {
    ALL.iter().any(|l| starts_with_any(folded, table(l)))
}

/// True when some language's table picked by `table` holds `folded` whole.
pub fn any_language_has(folded: &str, table: fn(&Lexicon) -> &'static [&'static str]) -> bool {
    ALL.iter().any(|l| table(l).contains(&folded))
}

/// True when `folded` (one [`fold`]ed word or phrase) is a word of the page or of letters in
/// some language: navigation, page labels, notes headings, words for a letter, salutations,
/// closings, function words. Such a word alone is not a name (`Notes: letter of 1938`).
pub fn is_common_word(folded: &str) -> bool {
    let tables: &[fn(&Lexicon) -> &'static [&'static str]] = &[
        |l| l.navigation,
        |l| l.page_labels,
        |l| l.notes_headings,
        |l| l.letter_words,
        |l| l.salutations,
        |l| l.closings,
        |l| l.function_words,
        |l| l.weekdays,
        |l| l.status_words,
    ];
    tables.iter().any(|table| any_language_has(folded, *table))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_case_accents_and_spacing() {
        assert_eq!(
            fold("  Dernière\u{a0}MISE   à jour "),
            "derniere mise a jour"
        );
        assert_eq!(fold("Примечания"), "примечания");
        assert_eq!(fold("Fußnoten"), "fussnoten");
    }

    #[test]
    fn a_start_must_end_at_a_word_boundary() {
        assert!(starts_with_any("dear comrade", &["dear"]));
        assert!(!starts_with_any("dearest", &["dear"]));
        assert!(starts_with_any("dear", &["dear"]));
    }

    #[test]
    fn every_table_is_folded_already() {
        for lexicon in ALL {
            for table in [
                lexicon.navigation,
                lexicon.stamps,
                lexicon.updated_stamps,
                lexicon.posted_stamps,
                lexicon.written_words,
                lexicon.metadata_labels,
                lexicon.page_words,
                lexicon.counter_words,
                lexicon.comment_stems,
                lexicon.by_words,
                lexicon.anonymous_words,
                lexicon.language_markers,
                lexicon.reference_markers,
                lexicon.dotted_reference_markers,
                lexicon.quantity_words,
                lexicon.identifier_words,
                lexicon.dateline_connectors,
                lexicon.date_leads,
                lexicon.written_at,
                lexicon.place_particles,
                lexicon.name_particles,
                lexicon.name_connectives,
                lexicon.title_articles,
                lexicon.collection_words,
                lexicon.dating_words,
                lexicon.published_words,
                lexicon.sent_words,
                lexicon.page_labels,
                lexicon.salutations,
                lexicon.closings,
                lexicon.notes_headings,
                lexicon.function_words,
            ] {
                for word in table {
                    assert_eq!(
                        fold(word),
                        *word,
                        "{}: `{word}` is not folded",
                        lexicon.code
                    );
                }
            }
            for (label, _) in lexicon.field_labels {
                assert_eq!(
                    fold(label),
                    *label,
                    "{}: `{label}` is not folded",
                    lexicon.code
                );
            }
        }
    }
}
