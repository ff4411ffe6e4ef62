//! What a title line tells beyond itself: its note marker, its date, the letter's sender.
//!
//! In: the title the header reader found. Out: the title without a glued note marker, the date
//! a title gives its text (`Letter to the Secretary, February 27, 1905`), and the sender a
//! letter's title names (`From William Heth`, `Lettera alla mamma di Antonio Gramsci`). Each
//! is used only where the text itself says nothing more explicit.

use super::header::{is_name_like, is_person_name};
use crate::lexicon::{self, Lexicon, fold};

/// A title without the note marker glued to its last word (`Briefe aus der Ferne1`,
/// `Brief an K. H. Branting[2]`, `carta a Ofélia Queiroz*`): one or two digits right after a
/// lowercase letter, a bracketed number, or up to three `*` or `†` after a letter, at the end. The marker's note, if the text has one, is the title's.
pub fn without_note_marker(title: String) -> String {
    let trimmed = title.trim_end();
    if let Some(open) = trimmed.rfind('[')
        && trimmed.ends_with(']')
        && trimmed[open + 1..trimmed.len() - 1]
            .chars()
            .all(|c| c.is_ascii_digit())
        && open + 2 < trimmed.len()
        && open > 0
    {
        return trimmed[..open].trim_end().to_string();
    }
    let starred = trimmed.trim_end_matches(['*', '†']);
    if starred.len() < trimmed.len()
        && trimmed.len() - starred.len() <= 3 * '†'.len_utf8()
        && starred.chars().next_back().is_some_and(char::is_alphabetic)
    {
        return starred.to_string();
    }
    let digits = trimmed.len() - trimmed.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let before = trimmed[..trimmed.len() - digits].chars().next_back();
    if (1..=2).contains(&digits) && before.is_some_and(char::is_lowercase) {
        return trimmed[..trimmed.len() - digits].to_string();
    }
    title
}

/// A title without the editor's word in brackets at its end for the state of the document
/// (`From — de Castella (unpublished)`, `Brief an Kautsky [Entwurf]`), and that word: it says
/// what the document is, not what it is called. Only a word of a language's
/// [`Lexicon::status_words`] counts; any other bracket stays in the title.
pub fn status_in_title(title: &str) -> Option<(String, String)> {
    let trimmed = title.trim_end();
    let (open, close) = match trimmed.chars().next_back()? {
        ')' => ('(', ')'),
        ']' => ('[', ']'),
        _ => return None,
    };
    let at = trimmed.rfind(open)?;
    let word = trimmed[at + 1..trimmed.len() - close.len_utf8()].trim();
    let head = trimmed[..at].trim_end();
    let is_status = lexicon::any_language_has(&fold(word), |l| l.status_words);
    (is_status && !head.is_empty()).then(|| (head.to_string(), word.to_string()))
}

/// The date a title gives its text: `Letter to the Secretary ..., February 27, 1905`, `Brief vom
/// 15. März 1848 aus Pest`. Only a day anywhere in the title, or a month closing it, is taken: a
/// year (`On the Events of 1905`) or a month inside (`The Events of March 1917 and After`) names
/// what the text is about more often than when it was written.
pub fn date_in_title(title: &str) -> Option<super::dates::HistoricalDate> {
    let found = super::dates::find_dates(title);
    let [mention] = found.as_slice() else {
        return None;
    };
    // A title's own date stands after a comma or parenthesis, or after a word that dates a
    // letter (`vom`, `du`, `от`); after `about`, `о`, `über` it is what the text is about.
    let before = title[..mention.range.start].trim_end();
    let dated = before.ends_with([',', '(', '–', '—', '-', '_'])
        || before.rsplit(char::is_whitespace).next().is_some_and(|w| {
            let word = crate::lexicon::fold(w.trim_end_matches('.'));
            crate::lexicon::any_language_has(&word, |l| l.dating_words)
        });
    if !dated {
        return None;
    }
    let date = &mention.date;
    let closes = title[mention.range.end..]
        .chars()
        .all(|c| !c.is_alphanumeric());
    let precise = date.end.is_none() && date.start.day.is_some();
    let month_at_end = date.end.is_none() && date.start.month.is_some() && closes;
    (precise || month_at_end).then(|| date.clone())
}

/// The sender a letter's title names: `From William Heth` (an edition's heading), `Brief von
/// Friedrich Engels an August Bebel`, `carta de Fernando Pessoa a Ofélia Queiroz`. The title
/// must open with a from-word or a to-word (`To Alexander Hamilton from William Heth`) or hold
/// a word for a letter, since `de`, `di` and `of` also
/// mean what a text is about (`Vida de Simón Bolívar`); the name runs from the from-word to a
/// to-word, a comma or the end, and must have a person's shape (two words at least).
pub fn sender_in_title(title: &str) -> Option<String> {
    let words: Vec<&str> = title.split_whitespace().collect();
    let folded: Vec<String> = words.iter().map(|w| fold(lexicon::bare_word(w))).collect();
    let is = |i: usize, table: fn(&Lexicon) -> &'static [&'static str]| {
        lexicon::any_language_has(&folded[i], table)
    };
    let lettered = (0..words.len()).any(|i| is(i, |l| l.letter_words))
        || (!words.is_empty() && is(0, |l| l.to_words));
    (0..words.len())
        .filter(|&i| is(i, |l| l.from_words) && (i == 0 || lettered))
        .find_map(|from| {
            let mut name = Vec::new();
            for (i, word) in words.iter().enumerate().skip(from + 1) {
                if is(i, |l| l.to_words) {
                    break;
                }
                let bare = word.trim_end_matches([',', ';', ':', '.']);
                name.push(bare);
                if word.ends_with([',', ';', ':']) || bare.ends_with(')') {
                    break;
                }
            }
            let name = name.join(" ");
            let name = name.trim_end_matches('.');
            is_person_name(name).then(|| name.to_string())
        })
}

/// The sender named before a separator that opens a letter's title: `Mazzini: lettera ad Haug`,
/// `Mazzini_ lettera ad Haug_aprile 1863` (a file name's `_` for the `:`), `Gramsci - Lettera
/// alla madre`. The part after the separator must open with a word for a letter; the name may
/// be a surname alone, since the shape says who wrote.
pub fn sender_before_letter(title: &str) -> Option<String> {
    const SEPARATORS: &[&str] = &[":", "_", " - ", " – ", " — "];
    let (at, separator) = SEPARATORS
        .iter()
        .filter_map(|s| title.find(s).map(|at| (at, *s)))
        .min_by_key(|&(at, _)| at)?;
    let name = title[..at].trim();
    let rest = title[at + separator.len()..].trim_start();
    let first = rest.split(|c: char| c.is_whitespace() || c == '_').next()?;
    let lettered = lexicon::any_language_has(&fold(lexicon::bare_word(first)), |l| l.letter_words);
    let capitalised = name.split_whitespace().count() <= 4
        && !lexicon::is_common_word(&fold(name))
        && name.chars().next().is_some_and(char::is_uppercase)
        && is_name_like(name);
    (lettered && capitalised).then(|| name.to_string())
}

/// The issuer a document's title names before a verb of issuing it: `Miguel Hidalgo nombra
/// embajador en Washington a ...`, `Simón Bolívar escribe a ...`. The name opens the title and
/// has a person's shape (two words at least); the verb is one of a language's
/// [`Lexicon::act_words`].
pub fn issuer_in_title(title: &str) -> Option<String> {
    let words: Vec<&str> = title.split_whitespace().collect();
    let verb = (2..words.len().min(6)).find(|&i| {
        lexicon::any_language_has(&fold(lexicon::bare_word(words[i])), |l| l.act_words)
    })?;
    let name = words[..verb].join(" ");
    is_person_name(&name).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_marker_glued_to_a_title_is_not_part_of_it() {
        assert_eq!(
            without_note_marker("Briefe aus der Ferne1".into()),
            "Briefe aus der Ferne"
        );
        assert_eq!(
            without_note_marker("Brief an K. Radek[2]".into()),
            "Brief an K. Radek"
        );
        assert_eq!(
            without_note_marker("Letter of 1938".into()),
            "Letter of 1938"
        );
        assert_eq!(without_note_marker("Volume II".into()), "Volume II");
        assert_eq!(without_note_marker("Part B2".into()), "Part B2");
        assert_eq!(
            without_note_marker("carta de Fernando Pessoa a Ofélia Queiroz*".into()),
            "carta de Fernando Pessoa a Ofélia Queiroz"
        );
        assert_eq!(without_note_marker("A ** B".into()), "A ** B");
    }

    #[test]
    fn a_title_gives_its_day_or_closing_month_but_not_a_year() {
        let day = date_in_title("Letter to the Secretary, February 27, 1905").unwrap();
        assert_eq!(day.to_string(), "27 February 1905");
        let inside = date_in_title("Brief vom 15. März 1848 aus Pest").unwrap();
        assert_eq!(inside.to_string(), "15 March 1848");
        assert!(date_in_title("On the Events of 1905").is_none());
        assert!(date_in_title("The Events of March 1917 and After").is_none());
        assert!(
            date_in_title("Из перлюстраций Департамента полиции о 9 января 1905 года").is_none()
        );
        assert_eq!(
            date_in_title("Lettera, aprile 1863").map(|d| d.to_string()),
            Some("April 1863".to_string())
        );
    }

    #[test]
    fn a_letters_title_names_its_sender() {
        let sender = |t: &str| sender_in_title(t);
        assert_eq!(sender("From William Heth").as_deref(), Some("William Heth"));
        assert_eq!(
            sender("Lettera alla mamma di Antonio Gramsci").as_deref(),
            Some("Antonio Gramsci")
        );
        assert_eq!(
            sender("carta de Fernando Pessoa a Ofélia Queiroz").as_deref(),
            Some("Fernando Pessoa")
        );
        assert_eq!(
            sender("Brief von Friedrich Engels an August Bebel, 1891").as_deref(),
            Some("Friedrich Engels")
        );
        // `de` as `of`, without a word for a letter: what the text is about.
        assert_eq!(sender("Vida de Simón Bolívar"), None);
        assert_eq!(sender("Lettres de Paris"), None);
        assert_eq!(
            sender("To Alexander Hamilton from William Heth").as_deref(),
            Some("William Heth")
        );
    }
}

#[cfg(test)]
mod sender_tests {
    use super::*;

    #[test]
    fn a_status_word_in_brackets_leaves_the_title() {
        assert_eq!(
            status_in_title("From — de Castella (unpublished)"),
            Some(("From — de Castella".to_string(), "unpublished".to_string()))
        );
        assert_eq!(
            status_in_title("Brief an Kautsky [Entwurf]")
                .map(|(_, s)| s)
                .as_deref(),
            Some("Entwurf")
        );
        assert_eq!(status_in_title("Letter to the Editor (1938)"), None);
        assert_eq!(status_in_title("The Letter (Second Part)"), None);
    }

    #[test]
    fn a_name_before_a_separator_and_a_letter_word_is_the_sender() {
        let sender = |t: &str| sender_before_letter(t);
        assert_eq!(
            sender("Mazzini_ lettera ad Haug_aprile 1863").as_deref(),
            Some("Mazzini")
        );
        assert_eq!(
            sender("Rosa Luxemburg: Brief an Sonia Liebknecht").as_deref(),
            Some("Rosa Luxemburg")
        );
        assert_eq!(
            sender("Notes: letter of 1938"),
            None,
            "no name before the colon"
        );
        assert_eq!(
            sender("Trotsky: The Revolution Betrayed"),
            None,
            "no letter"
        );
    }

    #[test]
    fn a_person_before_a_verb_of_issuing_is_the_issuer() {
        assert_eq!(
            issuer_in_title(
                "Miguel Hidalgo nombra embajador en Washington a Pascasio Ortiz de Letona."
            )
            .as_deref(),
            Some("Miguel Hidalgo")
        );
        assert_eq!(
            issuer_in_title("Napoleon writes to Josephine"),
            None,
            "one word"
        );
        assert_eq!(issuer_in_title("The Commune writes history"), None);
        assert_eq!(issuer_in_title("Miguel Hidalgo and the Revolution"), None);
    }
}
