//! Unit tests of the reference reader: recognition against prose, and the bundled shapes.

use super::*;

const MARTENS_NOTE: &str = "Leon Trotsky,\u{a0} Pour sa propre sauvegarde, la bureaucratie entretient la terreur (26 September 1935). L'appareil policier du stalinisme (Paris: Union générale d'éditions, 1976), pp. 85--87.";
const MIA_SOURCE: &str = "[Writing of Leon Trotsky, Vol. 14, New York 1979, p 765-767.]";

#[test]
fn book_section_citation_is_recognised_and_read() {
    assert!(looks_like_citation(MARTENS_NOTE));
    let parts = CitationParts::parse(MARTENS_NOTE);
    assert_eq!(parts.author.as_deref(), Some("Leon Trotsky"));
    assert_eq!(
        parts.title.as_deref(),
        Some("Pour sa propre sauvegarde, la bureaucratie entretient la terreur")
    );
    assert_eq!(
        parts.date.as_ref().map(|d| d.datetime_attr()).as_deref(),
        Some("1935-09-26")
    );
    assert_eq!(
        parts.container.as_deref(),
        Some("L'appareil policier du stalinisme")
    );
    assert_eq!(parts.place.as_deref(), Some("Paris"));
    assert_eq!(
        parts.publisher.as_deref(),
        Some("Union générale d'éditions")
    );
    assert_eq!(parts.year, Some(1976));
    assert_eq!(
        parts.pages.as_ref().map(|p| p.written.as_str()),
        Some("85--87")
    );
}

#[test]
fn archive_source_line_is_read() {
    assert!(looks_like_citation(MIA_SOURCE));
    let parts = CitationParts::parse(MIA_SOURCE);
    assert_eq!(parts.author, None);
    assert_eq!(parts.container.as_deref(), Some("Writing of Leon Trotsky"));
    assert_eq!(parts.volume.as_deref(), Some("14"));
    assert_eq!(parts.place.as_deref(), Some("New York"));
    assert_eq!(parts.year, Some(1979));
    assert_eq!(
        parts.pages.as_ref().map(|p| p.written.as_str()),
        Some("765-767")
    );
}

#[test]
fn prose_with_a_year_is_not_a_citation() {
    let prose = "It is very difficult, Madam, to express in one brief formula the differences. \
                 Besides, I have already amply dealt with this subject in my book The Revolution \
                 Betrayed (Grasset, 1936).";
    assert!(!looks_like_citation(prose));
    assert!(!looks_like_citation(
        "Hence, Trotsky discretely encouraged `individual terror' and openly called for `a fourth revolution'."
    ));
}

#[test]
fn prose_that_mentions_pages_and_volumes_is_not_a_citation() {
    let prose = "The speaker recalled the year 1848 and the Commune of 1871, and said that by the \
                 spring of the year the party had grown. He cited p. 1848 of the minutes, Vol. 1871, and 12 copies.";
    assert!(!looks_like_citation(prose));
}

#[test]
fn regression_a_newspaper_issue_is_a_periodical_and_a_date_not_a_title() {
    let parts = CitationParts::parse("Pravda, 14 January 1938, p. 2.");
    assert_eq!(parts.author, None);
    assert_eq!(parts.title, None);
    assert_eq!(parts.container.as_deref(), Some("Pravda"));
    assert_eq!(
        parts.issue.map(|d| d.datetime_attr()).as_deref(),
        Some("1938-01-14")
    );
    assert_eq!(parts.pages.as_ref().map(|p| p.written.as_str()), Some("2"));
}

#[test]
fn an_issue_number_may_come_before_the_issue_date() {
    let parts = CitationParts::parse("Unser Wort, Nr. 3, Februar 1938, S. 2.");
    assert_eq!(parts.container.as_deref(), Some("Unser Wort"));
    assert_eq!(
        parts.issue.map(|d| d.datetime_attr()).as_deref(),
        Some("1938-02")
    );
}

#[test]
fn regression_short_prose_with_a_page_and_a_year_is_not_a_citation() {
    let prose = "Lenin, in 1917, wrote this on p. 5.";
    assert!(!looks_like_citation(prose));
    assert_eq!(
        citation_score(prose),
        CITATION_AFTER_QUOTATION,
        "but right after a quotation it is one"
    );
}

#[test]
fn german_reference_is_recognised() {
    let quelle = "Leo Trotzki, Schriften, Bd. 1 (Hamburg: Rasch und Röhring, 1988), S. 12-14.";
    assert!(looks_like_citation(quelle));
    let parts = CitationParts::parse(quelle);
    assert_eq!(
        parts.pages.as_ref().map(|p| p.written.as_str()),
        Some("12-14")
    );
    assert_eq!(parts.year, Some(1988));
    assert_eq!(parts.volume.as_deref(), Some("1"));
}

#[test]
fn regression_prose_that_names_a_manuscript_is_not_archival_provenance() {
    for prose in [
        "Manuskript und Briefe lagen auf dem Tisch, und er las sie alle.",
        "He wrote back at once, AL being away, and the letter was lost.",
        "ALS",
    ] {
        let parts = CitationParts::parse(prose);
        assert_ne!(parts.family, ReferenceFamily::Archival, "{prose}");
        assert!(!looks_like_citation(prose), "{prose}");
    }
}

#[test]
fn regression_a_name_like_ib_opening_a_sentence_is_not_ibid() {
    let parts = CitationParts::parse("Ib Andersen wrote to him on p. 5 of the letter.");
    assert_ne!(parts.family, ReferenceFamily::Ibid);
    assert_eq!(
        CitationParts::parse("Ib., S. 4").family,
        ReferenceFamily::Ibid
    );
    assert_eq!(
        CitationParts::parse("Там же, с. 5").family,
        ReferenceFamily::Ibid
    );
}
