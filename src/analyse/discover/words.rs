//! Word lists (compared in lowercase) and the tests on single words built on them.
//!
//! In: one word as written (`Stalin’s`, `G.P.U.`, `Mrs.`). Out: yes-or-no answers (is it
//! capitalised, an initialism, a title, may it stand alone as a name, is it on a list) and a
//! word without its possessive `'s`.

use std::collections::HashSet;
use std::sync::OnceLock;

/// Lowercase words that may join capitalised words inside a name.
pub(super) static CONNECTORS: WordList =
    WordList::new("of the de la le du des von van der di da del y");

/// Function and common sentence words (English, then French, then German): stripped from the
/// front of a name, never a name alone.
pub(super) static FUNCTION_WORDS: WordList = WordList::new(
    "\
    a an the this that these those it its i we you he she they me us him her them my our your \
    his their who whom whose what which when where why how whether if then than there here \
    hence thus so since because as but and or nor yet also still even only just not no yes all \
    any some such each every both either neither many much more most few other another in on \
    at by for from of to with without within into upon about above after against among before \
    behind below between beyond during except through toward towards under until via is are \
    was were be been am do does did have has had will would shall should can could may might \
    must let however therefore furthermore moreover besides nevertheless nonetheless meanwhile \
    indeed perhaps although though while whereas unless once now today yesterday tomorrow well \
    oh again finally soon already always never often sometimes instead otherwise accordingly \
    consequently likewise see ibid dear nothing everything un une les et ou mais donc car ni \
    en dans pour par sur avec sans sous chez ce cet cette ces il elle ils elles nous vous je \
    qui que quoi dont où si ne pas au aux son sa ses leur leurs mon ma mes notre votre nos vos \
    est sont quand comme puis alors ainsi aussi après avant depuis pendant selon vers entre \
    contre die das dem den ein eine einen einem einer eines und oder aber doch denn im an am \
    auf aus bei mit nach seit vom zu zum zur für über unter vor durch gegen ohne um ich du er \
    sie es wir ihr wie wo was wer wenn als dass daß auch nicht kein keine dieser diese dieses \
    sein seine ihre hier dort nun jetzt noch schon nur ist sind war hat",
);

/// Connectors that are also articles: stripped from the front of a name in German only (`Der
/// Verrat`), kept elsewhere (`De Gaulle`, `Le Monde`, `Van Gogh`).
pub(super) static FRONT_CONNECTORS_DE: WordList = WordList::new("der des");

/// Month and weekday names (en, de, fr): never a name alone.
static CALENDAR_WORDS: WordList = WordList::new(
    "\
    january february march april may june july august september october november december \
    monday tuesday wednesday thursday friday saturday sunday januar februar märz mai juni juli \
    oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag \
    janvier février mars avril juin juillet août septembre octobre novembre décembre lundi \
    mardi mercredi jeudi vendredi samedi dimanche",
);

/// Titles and forms of address: kept with the name that follows, never a name alone.
static TITLES: WordList = WordList::new(
    "\
    mr mrs ms dr prof mme mlle madame mademoiselle monsieur messieurs madam sir mister herr frau \
    fräulein comrade comrades genosse genossin genossen camarade camarades citizen citoyen",
);

/// Forms of address (`Dear Friends,`, `Dear Friend`, `Carissima mamma`): never a name alone.
static ADDRESS_WORDS: WordList = WordList::new(
    "\
    friends gentlemen ladies sirs citizens workers colleagues freunde kameraden kollegen \
    amis citoyens travailleurs compañeros camaradas friend colleague freund freundin kamerad \
    kollege ami amie amigo amiga amico amica compagno compagna compañero companheiro mamma \
    mama mother father mutter vater mère père madre padre mãe pai друг товарищ",
);

/// Titles written with a dot that does not end a sentence (`Mrs.`).
pub(super) static ABBREVIATED_TITLES: WordList = WordList::new("mr mrs ms dr prof mme mlle");

/// Abbreviations whose dot does not end a sentence and that are part of a name (`St. Just`).
pub(super) static NAME_ABBREVIATIONS: WordList = WordList::new("st jr sr");

/// Abbreviations whose dot does not end a sentence and that break a name (`Vol. 14`, `pp. 85`).
pub(super) static OTHER_ABBREVIATIONS: WordList = WordList::new(
    "\
    pp vol vols no nos ed eds ch chap cf ff ibid op cit fig trans ca vs art sec nn col",
);

/// A list of words, written space-separated, looked up in a hash set built on first use.
pub(super) struct WordList {
    words: &'static str,
    set: OnceLock<HashSet<&'static str>>,
}

impl WordList {
    const fn new(words: &'static str) -> Self {
        WordList {
            words,
            set: OnceLock::new(),
        }
    }

    fn contains(&self, lower: &str) -> bool {
        self.set
            .get_or_init(|| self.words.split_whitespace().collect())
            .contains(lower)
    }
}

/// Whether `word` (case and a final dot ignored) is one of the words of `list`.
pub(super) fn in_list(list: &WordList, word: &str) -> bool {
    let word = word.trim_end_matches('.');
    if !word.chars().any(char::is_uppercase) {
        return list.contains(word);
    }
    list.contains(&word.to_lowercase())
}

// ---------------------------------------------------------------------------------------------
// Word tests

/// Removes a possessive `'s` / `’s`; says whether there was one.
pub(super) fn strip_possessive(word: &str) -> (&str, bool) {
    for suffix in ["'s", "’s", "ʼs"] {
        if let Some(base) = word.strip_suffix(suffix)
            && !base.is_empty()
        {
            return (base, true);
        }
    }
    (word, false)
}

/// Capitalised: starts with an uppercase letter (`Célarié`, `O'Brien`) or is a lowercase elision
/// before one (`d'Estaing`); an elided article before a lowercase word (`L'appareil`) is not.
pub(super) fn is_capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    let (Some(first), second, third) = (chars.next(), chars.next(), chars.next()) else {
        return false;
    };
    let elision = second.is_some_and(|c| matches!(c, '\'' | '’' | 'ʼ'));
    match (elision, third) {
        (true, Some(next)) => next.is_uppercase(),
        _ => first.is_uppercase(),
    }
}

/// Two to six capitals (dots allowed between them), not `I`, not a Roman numeral, not a
/// shouted function word (`THE`).
pub(super) fn is_initialism(word: &str) -> bool {
    let letters: String = word.chars().filter(|&c| c != '.').collect();
    let count = letters.chars().count();
    (2..=6).contains(&count)
        && letters
            .chars()
            .all(|c| c.is_alphabetic() && c.is_uppercase())
        && !is_roman_numeral(&letters)
        && !in_list(&FUNCTION_WORDS, &letters)
}

/// Uppercase Roman numeral letters only (`XIV`, `II`, `MCM`).
fn is_roman_numeral(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| "IVXLCDM".contains(c))
}

/// A capitalised title or form of address (`Mrs.`, `Madame`, `Comrade`; not `comrade`).
pub(super) fn is_title(word: &str) -> bool {
    is_capitalised(word) && in_list(&TITLES, word)
}

/// Whether one capitalised word may stand alone as a name.
pub(super) fn may_stand_alone(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && is_capitalised(word)
        && !is_roman_numeral(word)
        && !in_list(&FUNCTION_WORDS, word)
        && !in_list(&CALENDAR_WORDS, word)
        && !in_list(&TITLES, word)
        && !in_list(&ADDRESS_WORDS, word)
}
