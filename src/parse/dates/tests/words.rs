//! Tests of the month words of each language and of ordinal days: whole strings and prose.
//!
//! In: literal dates and sentences. Out: assertions on the public API only.

use super::*;

/// Each of `names` (January first) with `template`'s `{}` replaced reads as that month.
fn assert_months(template: &str, names: [&str; 12], expected: impl Fn(u8) -> PartialDate) {
    for (number, name) in (1..=12).zip(names) {
        let input = template.replace("{}", name);
        assert_eq!(parsed(&input).start, expected(number), "{input:?}");
    }
}

#[test]
fn russian_months_in_the_genitive_with_year_words() {
    assert_point(
        &[
            "6 марта 1938",
            "6 марта 1938 г.",
            "6 марта 1938 г",
            "6 марта 1938 года",
            "6 Марта 1938 г.",
        ],
        day(1938, 3, 6),
    );
    let genitive = [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ];
    assert_months("1 {} 1917 г.", genitive, |m| day(1917, m, 1));
}

#[test]
fn russian_months_in_the_nominative_and_prepositional() {
    let nominative = [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ];
    assert_months("{} 1917", nominative, |m| month(1917, m));
    assert_point(&["январе 1918 года", "Январь 1918 г."], month(1918, 1));
    assert_point(&["окт. 1917", "окт 1917 г."], month(1917, 10));
    assert_point(&["сент. 1917"], month(1917, 9));
}

#[test]
fn dutch_months() {
    let dutch = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    assert_months("6 {} 1938", dutch, |m| day(1938, m, 6));
    assert_point(&["6 mrt. 1938", "6 mrt 1938"], day(1938, 3, 6));
}

#[test]
fn every_language_names_every_month() {
    let german = [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ];
    let french = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    let spanish = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ];
    let italian = [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ];
    let portuguese = [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ];
    assert_months("6. {} 1938", german, |m| day(1938, m, 6));
    assert_months("6 {} 1938", french, |m| day(1938, m, 6));
    assert_months("6 de {} de 1938", spanish, |m| day(1938, m, 6));
    assert_months("6 {} 1938", italian, |m| day(1938, m, 6));
    assert_months("6 de {} de 1938", portuguese, |m| day(1938, m, 6));
}

#[test]
fn abbreviations_with_a_full_stop() {
    assert_point(
        &["Jan. 1938", "janv. 1938", "ene. 1938", "gen. 1938"],
        month(1938, 1),
    );
    assert_point(
        &["Feb. 1917", "févr. 1917", "Febr. 1917", "fev. 1917"],
        month(1917, 2),
    );
    assert_point(&["Sept. 1935", "set. 1935", "sept. 1935"], month(1935, 9));
    assert_point(
        &["Okt. 1917", "okt. 1917", "out. 1917", "ott. 1917"],
        month(1917, 10),
    );
    assert_point(&["dic. 1917", "Dez. 1917", "déc. 1917"], month(1917, 12));
    assert_point(&["6 dic. de 1917", "Dec. 6, 1917"], day(1917, 12, 6));
    assert_point(&["ago. 1914"], month(1914, 8));
}

#[test]
fn abbreviations_that_are_words_need_their_full_stop() {
    for input in ["out 1917", "set 1935", "ago 1914", "gen 1938", "mag 1938"] {
        assert_eq!(HistoricalDate::parse(input), None, "{input:?}");
    }
    assert_eq!(found("sold out 1917 copies"), ["1917"]);
    assert_eq!(found("two years ago 1935 seemed"), ["1935"]);
}

#[test]
fn month_words_of_every_language_in_prose() {
    assert_eq!(
        found("Писал 6 марта 1938 г. в Койоакане"),
        ["6 марта 1938 г."]
    );
    assert_eq!(found("в январе 1918 года власть"), ["январе 1918 года"]);
    assert_eq!(found("op 6 maart 1938 schreef hij"), ["6 maart 1938"]);
    assert_eq!(found("il 6 dic. 1917 scrisse"), ["6 dic. 1917"]);
    assert_eq!(found("am 3. Okt. 1923"), ["3. Okt. 1923"]);
}

#[test]
fn a_year_word_touching_its_year() {
    assert_point(&["1938г."], year(1938));
    assert_eq!(found("в 1938г. он"), ["1938г."]);
    assert_eq!(found("в 1905 году"), ["1905 году"]);
}

// --- ordinals ------------------------------------------------------------------------

#[test]
fn english_ordinals() {
    assert_point(
        &["26th May 1799", "May 26th, 1799", "26th of May 1799"],
        day(1799, 5, 26),
    );
    assert_point(
        &["1st May 1886", "1st of May 1886", "May 1st, 1886"],
        day(1886, 5, 1),
    );
    assert_point(&["2nd May 1886"], day(1886, 5, 2));
    assert_point(&["3rd May 1886"], day(1886, 5, 3));
    assert_point(&["4th May 1886"], day(1886, 5, 4));
}

#[test]
fn french_german_spanish_and_portuguese_ordinals() {
    assert_point(
        &[
            "1er mai 1886",
            "1. Mai 1886",
            "1.º de mayo de 1886",
            "1º de mayo de 1886",
            "1.º de maio de 1886",
            "1ª de mayo de 1886",
        ],
        day(1886, 5, 1),
    );
}

#[test]
fn ordinals_in_prose() {
    let text = "on the 1st of May 1886 the workers struck";
    assert_eq!(found(text), ["1st of May 1886"]);
    assert_eq!(found("Chicago, May 1st, 1886."), ["May 1st, 1886"]);
    assert_eq!(found("le 1er mai 1886 à Chicago"), ["1er mai 1886"]);
    assert_eq!(
        found("el 1.º de mayo de 1886 en Chicago"),
        ["1.º de mayo de 1886"]
    );
    assert_eq!(found("am 1. Mai 1886"), ["1. Mai 1886"]);
}

#[test]
fn an_ordinal_day_without_a_year_is_not_a_date() {
    for text in [
        "on the 1st May they marched",
        "the 2nd, 3rd and 4th",
        "el 1.º de mayo",
    ] {
        assert_eq!(found(text), Vec::<&str>::new(), "{text:?}");
    }
    assert_eq!(HistoricalDate::parse("1st May"), None);
}

#[test]
fn the_year_first_as_archives_date() {
    assert_eq!(parsed("1906 г. Января 14.").start, day(1906, 1, 14));
    assert_eq!(parsed("1799 June 20").start, day(1799, 6, 20));
    // A day followed by more numbers is not the end of a year-first date.
    assert!(HistoricalDate::parse("1938 March 6 1939").is_none());
}

#[test]
fn a_year_the_editor_supplied_in_brackets() {
    let doubted = parsed("20 mai (1873 ?)");
    assert_eq!(doubted.start, day(1873, 5, 20));
    assert!(doubted.supplied && doubted.approximate);
    let supplied = parsed("6 March [1938]");
    assert!(supplied.supplied && !supplied.approximate);
    // The century alone supplied: `[19]08`.
    assert_eq!(parsed("13.III.[19]08").start, day(1908, 3, 13));
}
