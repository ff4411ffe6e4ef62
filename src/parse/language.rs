//! Telling a text's language from its commonest small words.
//!
//! In: the body text. Out: a BCP 47 code (`en`, `de`, `fr`, `es`, `it`) or `None` when no
//! language stands out. Editors can always set `language` in the text's front matter; this
//! guess only fills the gap so that pages carry a correct `lang` attribute.

/// Frequent function words, per language; chosen not to overlap between languages.
const MARKERS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "to", "is", "that", "which", "with", "this", "was",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "und", "das", "ist", "nicht", "mit", "sich", "den", "wir",
        ],
    ),
    (
        "fr",
        &[
            "le", "les", "et", "des", "est", "une", "dans", "qui", "pas", "nous",
        ],
    ),
    (
        "es",
        &[
            "el", "los", "las", "que", "por", "una", "con", "para", "como", "del",
        ],
    ),
    (
        "it",
        &[
            "il", "che", "non", "della", "sono", "gli", "per", "nella", "questo", "anche",
        ],
    ),
];

/// Minimum number of marker words before a language is named at all.
const MIN_EVIDENCE: usize = 5;

/// Guesses the language of `text`.
pub fn guess_language(text: &str) -> Option<&'static str> {
    let mut counts = [0usize; MARKERS.len()];
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        let word = word.to_lowercase();
        for (count, (_, words)) in counts.iter_mut().zip(MARKERS) {
            if words.contains(&word.as_str()) {
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
    (count >= MIN_EVIDENCE && count >= 2 * runner_up).then_some(MARKERS[best].0)
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
