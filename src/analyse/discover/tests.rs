//! Tests of name discovery: the seed texts end to end, then the lexer, the word tests and the
//! grouping key.
//!
//! In: paragraphs from the seed texts and small sentences. Out: assertions.

use super::lexer::{Lexer, Token};
use super::tally::name_key;
use super::words::{is_capitalised, is_initialism, may_stand_alone, strip_possessive};
use super::*;

/// Paragraphs from the two seed texts (the NBSP after "Trotsky" kept as in the source).
const SEED_PARAGRAPHS: &[&str] = &[
    "Trotsky\u{a0} finished by calling for individual terrorism and armed insurrection to \
     destroy the `Stalinist' power. Hence, as early as 1935, Trotsky\u{a0} acted as an open \
     counter-revolutionary, as an irreconcilable anti-Communist. Here is a portion of a 1935 \
     text, which he wrote one and a half years before the Great Purge of 1937.",
    "`Stalin ... is the living incarnation of a bureaucratic Thermidor. In his hands, the \
     terror has been and still remains an instrument designed to crush the Party, the unions \
     and the Soviets, and to establish a personal dictatorship that only lacks the imperial \
     crown ....",
    "`Only the successes of the world proletariat can revive the Soviet proletariat's belief \
     in itself. The essential condition of the revolution's victory is the unification of the \
     international revolutionary vanguard under the flag of the Fourth International. The \
     struggle for this banner must be conducted in the Soviet Union, with prudence but without \
     compromise ....",
    "Leon Trotsky,\u{a0} Pour sa propre sauvegarde, la bureaucratie entretient la terreur (26 \
     September 1935). L'appareil policier du stalinisme (Paris: Union générale d'éditions, \
     1976), pp. 85--87.",
    "In this text, Trotsky\u{a0} claimed that Stalin `crushed' the Bolshevik Party, the \
     unions and the Soviets. If there were any doubt among his followers, Trotsky\u{a0} \
     added: in Russia, we led an armed revolution in 1905, another one in February 1917 and \
     a third one in October 1917.",
    "Leon Trotsky: Answers to Mrs. Célarié",
    "March 6, 1938",
    "[Writing of Leon Trotsky, Vol. 14, New York 1979, p 765-767.]",
    "It is very difficult, Madam, to express in one brief formula the irreconcilable \
     differences that exist between Stalin's politics and mine. Besides, I have already amply \
     dealt with this subject in my book The Revolution Betrayed (Grasset, 1936).",
    "Hatred of the bureaucracy on the part of the popular masses is the sentiment that \
     generally prevails in the USSR. But since it is not possible to say to the people that \
     the sin of the Opposition consists of demanding more freedom, they must attribute to the \
     Oppositionists crimes. That is the origin of the sensational Moscow trials. Since \
     1923-24, the leading layer began defaming the Opposition. After this preparation, the \
     staging of these trials, prepared in the dungeons of the GPU, began.",
    "The unanimity with which the accused admit their guilt? The witches all admitted their \
     guilt in the hands of the Holy Inquisition. Human nerves have not changed much since the \
     Middle Ages.",
    "Is it a question of physical torture? Not in the usual sense of the word. Thus it was \
     that during the preparation for the last trial, they shot, without any trial, the former \
     Soviet ambassador, Karakhan, and the former secretary of the Central Executive Committee \
     of the Soviets, Yenukidze, for refusing to admit their guilt.",
    "There are only two possibilities. Either Stalin will be overthrown by the forces of \
     capitalism. It is not necessary to say, Madam, that all my efforts are directed to this \
     end.",
];

fn names(paragraphs: &[&str], language: &str) -> Vec<String> {
    let found = discover_names(paragraphs, language);
    found.into_iter().map(|n| n.name).collect()
}

fn find<'n>(found: &'n [DiscoveredName], name: &str) -> Option<&'n DiscoveredName> {
    found.iter().find(|n| n.name == name)
}

#[test]
fn seed_texts_yield_the_expected_names() {
    let found = names(SEED_PARAGRAPHS, "en");
    let expected = [
        "Stalin",
        "Trotsky",
        "Leon Trotsky",
        "Karakhan",
        "Yenukidze",
        "Mrs. Célarié",
        "USSR",
        "GPU",
        "Fourth International",
        "Moscow",
        "Central Executive Committee of the Soviets",
        "Revolution Betrayed",
        "Russia",
        "Soviet Union",
    ];
    for name in expected {
        assert!(
            found.iter().any(|n| n == name),
            "{name} missing from {found:?}"
        );
    }
}

#[test]
fn seed_texts_yield_no_sentence_words() {
    let found = names(SEED_PARAGRAPHS, "en");
    let unwanted = [
        "Hence",
        "Here",
        "March",
        "Madam",
        "Human",
        "Is",
        "Since",
        "September",
        "February",
        "October",
        "Writing",
        "Hatred",
        "The",
        "It",
        "I",
        "In",
        "Thus",
        "Pour",
        "Union",
        "L'appareil",
        "Writing of Leon Trotsky",
        "Stalin's",
    ];
    for name in unwanted {
        assert!(
            !found.iter().any(|n| n == name),
            "{name} wrongly found in {found:?}"
        );
    }
}

#[test]
fn seed_counts_and_hints() {
    let found = discover_names(SEED_PARAGRAPHS, "en");
    let stalin = find(&found, "Stalin").map(|n| (n.count, n.hint));
    assert_eq!(stalin, Some((4, NameHint::SingleWord)));
    let ussr = find(&found, "USSR").map(|n| n.hint);
    assert_eq!(ussr, Some(NameHint::Initialism));
    let celarie = find(&found, "Mrs. Célarié").map(|n| n.hint);
    assert_eq!(celarie, Some(NameHint::Titled));
    let leon = find(&found, "Leon Trotsky").map(|n| (n.count, n.hint));
    assert_eq!(leon, Some((3, NameHint::MultiWord)));
}

#[test]
fn output_is_sorted_by_name_ignoring_accents() {
    let found = names(
        &["Ziegler met Émile and Adler, then Émile met Ziegler and Adler."],
        "en",
    );
    assert_eq!(found, vec!["Adler", "Émile", "Ziegler"]);
}

#[test]
fn lone_word_only_at_sentence_starts_is_dropped() {
    let found = names(&["Karakhan was shot. Human nerves break."], "en");
    assert!(found.is_empty(), "{found:?}");
    let found = names(&["Karakhan was shot.", "They shot Karakhan."], "en");
    assert_eq!(found, vec!["Karakhan"]);
}

#[test]
fn opening_quote_starts_a_sentence() {
    assert!(names(&["he wrote: `Thermidor is near'"], "en").is_empty());
    assert!(names(&["he wrote “Thermidor is near”"], "en").is_empty());
    assert_eq!(
        names(&["a bureaucratic Thermidor"], "en"),
        vec!["Thermidor"]
    );
}

#[test]
fn connectors_join_but_and_does_not() {
    let found = names(
        &["the secretary of the Central Executive Committee of the Soviets"],
        "en",
    );
    assert_eq!(found, vec!["Central Executive Committee of the Soviets"]);
    let found = names(&["both Stalin and Trotsky spoke"], "en");
    assert_eq!(found, vec!["Stalin", "Trotsky"]);
    let found = names(&["a book by Charles de Gaulle of"], "en");
    assert_eq!(found, vec!["Charles de Gaulle"]);
}

#[test]
fn leading_function_words_are_stripped() {
    let found = names(
        &["In Russia it rained. The Revolution Betrayed appeared. But Stalin won."],
        "en",
    );
    assert_eq!(found, vec!["Revolution Betrayed", "Russia", "Stalin"]);
}

#[test]
fn possessives_and_inner_punctuation() {
    let found = names(
        &["on Stalin's and O’Brien’s orders, said Saint-Just to Célarié"],
        "en",
    );
    assert_eq!(found, vec!["Célarié", "O’Brien", "Saint-Just", "Stalin"]);
}

#[test]
fn titles_stay_and_bare_forms_of_address_go() {
    let found = names(
        &["Thank you, Madam. Yes, Sir, said Mr. Kirov to Comrade Yagoda, our comrade Kamenev."],
        "en",
    );
    assert_eq!(found, vec!["Comrade Yagoda", "Kamenev", "Mr. Kirov"]);
}

#[test]
fn abbreviations_do_not_end_sentences() {
    let found = names(
        &["quoted in pp. Yagoda's letter and Vol. Kirov's notes"],
        "en",
    );
    assert_eq!(found, vec!["Kirov", "Yagoda"]);
}

#[test]
fn dotted_initialisms_group_with_plain_ones() {
    let text = "agents of the G.P.U. came; the GPU and the GPU again, in the U.S.A and the USSR.";
    let found = discover_names(&[text], "en");
    let gpu = find(&found, "GPU").map(|n| (n.count, n.hint));
    assert_eq!(gpu, Some((3, NameHint::Initialism)));
    assert!(find(&found, "U.S.A").is_some(), "{found:?}");
    assert!(find(&found, "USSR").is_some());
}

#[test]
fn roman_numerals_and_i_are_not_initialisms() {
    let found = names(
        &["I read Vol. XIV and chapter II of the USSR report, in MCM"],
        "en",
    );
    assert_eq!(found, vec!["USSR"]);
}

#[test]
fn most_frequent_form_wins_ties_go_to_first_seen() {
    let found = discover_names(
        &["by Mme Celarie, then Mme Célarié, then Mme Célarié"],
        "en",
    );
    let first = found.first().map(|n| (n.name.as_str(), n.count));
    assert_eq!(first, Some(("Mme Célarié", 3)));
    let found = discover_names(&["by Mme Célarié, then Mme Celarie"], "en");
    assert_eq!(found.first().map(|n| n.name.as_str()), Some("Mme Célarié"));
}

#[test]
fn german_reports_no_single_capitalised_words() {
    let text = "Genosse Trotzki schrieb am 6. März 1938 an die Kommunistische Internationale, \
                dass die GPU in Moskau die Opposition verfolgt. Der Prozess begann.";
    let found = discover_names(&[text], "de-DE");
    let got: Vec<(&str, NameHint)> = found.iter().map(|n| (n.name.as_str(), n.hint)).collect();
    let want = vec![
        ("Genosse Trotzki", NameHint::Titled),
        ("GPU", NameHint::Initialism),
        ("Kommunistische Internationale", NameHint::MultiWord),
    ];
    assert_eq!(got, want);
    assert!(!names(&[text], "en").is_empty());
}

#[test]
fn lexer_tokens() {
    let tokens: Vec<Token> =
        Lexer::new("Mrs. Célarié met G.P.U. men, pp. 85. `D. O'Brien’s'").collect();
    let want = vec![
        Token::Abbreviation("Mrs."),
        Token::Word("Célarié"),
        Token::Word("met"),
        Token::Dotted("G.P.U."),
        Token::Word("men"),
        Token::Other,
        Token::Abbreviation("pp."),
        Token::Number,
        Token::SentenceEnd,
        Token::OpenQuote,
        Token::Initial("D."),
        Token::Word("O'Brien’s"),
        Token::Other,
    ];
    assert_eq!(tokens, want);
}

#[test]
fn word_tests() {
    assert_eq!(strip_possessive("Stalin’s"), ("Stalin", true));
    assert_eq!(strip_possessive("Soviets"), ("Soviets", false));
    assert!(is_capitalised("Célarié") && is_capitalised("O'Brien") && is_capitalised("d'Estaing"));
    assert!(!is_capitalised("L'appareil") && !is_capitalised("anti-Communist"));
    assert!(is_initialism("USSR") && is_initialism("G.P.U.") && is_initialism("GPU"));
    assert!(!is_initialism("I") && !is_initialism("XIV") && !is_initialism("Ussr"));
    assert!(!is_initialism("ABCDEFG") && !is_initialism("THE"));
    for word in [
        "Hence", "Here", "March", "Madam", "Is", "Since", "Montag", "Juillet", "A",
    ] {
        assert!(!may_stand_alone(word), "{word}");
    }
    assert!(may_stand_alone("Stalin") && may_stand_alone("Célarié"));
    assert_eq!(name_key("G.P.U."), "gpu");
    assert_eq!(name_key("Mrs.\u{a0} Célarié"), "mrs celarie");
}

#[test]
fn empty_input_gives_nothing() {
    assert!(discover_names(&[], "en").is_empty());
    assert!(discover_names(&["", "   ", "...", "`'"], "en").is_empty());
}

#[test]
fn regression_a_line_break_ends_a_name() {
    let found = discover_names(&["Mit bolschewistischem Gruß\nL. Trotzki"], "de");
    let names: Vec<&str> = found.iter().map(|n| n.name.as_str()).collect();
    assert_eq!(names, vec!["L. Trotzki"]);
}

#[test]
fn salutation_and_closing_words_never_start_a_name() {
    assert_eq!(
        names(&["Carissimo Carlo, ti scrivo; anche Carlo rispose."], "it"),
        vec!["Carlo"]
    );
    assert!(names(&["Dear Friend, we write to you."], "en").is_empty());
}
