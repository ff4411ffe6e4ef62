//! Telling a text's language from its commonest small words (each lexicon's
//! `language_markers`).
//!
//! In: the body text. Out: a BCP 47 code (`en`, `de`, `fr`, `es`, `it`) or `None` when no
//! language stands out. Editors can always set `language` in the text's front matter; this
//! guess only fills the gap so that pages carry a correct `lang` attribute.

/// Minimum number of marker words before a language is named at all.
const MIN_EVIDENCE: usize = 5;

/// Guesses the language of `text`.
pub fn guess_language(text: &str) -> Option<&'static str> {
    let languages = crate::lexicon::ALL;
    let mut counts = vec![0usize; languages.len()];
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        let word = word.to_lowercase();
        for (count, lexicon) in counts.iter_mut().zip(languages) {
            if lexicon.language_markers.contains(&word.as_str()) {
                *count += 1;
            }
        }
    }
    let (best, &count) = counts.iter().enumerate().max_by_key(|&(_, c)| *c)?;
    let runner_up = counts
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != best)
        .map(|(_, c)| *c)
        .max()
        .unwrap_or(0);
    (count >= MIN_EVIDENCE && count >= 2 * runner_up).then_some(languages[best].code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_english_german_and_french() {
        assert_eq!(
            guess_language(
                "It is very difficult to express the differences that exist between the politics of Stalin and mine, and this is the subject of the book."
            ),
            Some("en")
        );
        assert_eq!(
            guess_language(
                "Die Bürokratie ist nicht die Klasse, und wir wissen, dass sich das Regime mit der Zeit ändert und die Arbeiter den Staat verteidigen."
            ),
            Some("de")
        );
        assert_eq!(
            guess_language(
                "Les procès de Moscou sont une falsification, et nous le savons: la bureaucratie est dans une impasse qui ne dure pas."
            ),
            Some("fr")
        );
    }

    #[test]
    fn too_little_text_gives_no_guess() {
        assert_eq!(guess_language("Stalin, Trotsky"), None);
    }
}
