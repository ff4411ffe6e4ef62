//! Bibliographic citations: telling one from prose, and reading its parts.
//!
//! In: one paragraph or line of plain text. Out: whether it reads as a reference
//! ([`looks_like_citation`]) and, best effort, its parts ([`CitationParts::parse`]): author, title,
//! the date the cited work was written, the book or series containing it, place, publisher,
//! edition year, volume and pages. The citation itself is always shown verbatim; the parts feed
//! the timeline (when a quoted work was written, when an edition appeared) and the list of works.

use std::sync::LazyLock;

use regex::Regex;

use super::dates::HistoricalDate;

pub use crate::model::citation::CitationParts;

static PAGES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[\s,(])(?:pp?|S|pages?|Seiten?)\.?\s*(\d+(?:\s*(?:-{1,3}|–|—)\s*\d+)?)\b")
        .expect("valid regex")
});
static VOLUME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:Vol|vol|Bd|Band|Tome|tome|t)\.?\s*[0-9IVXLC]+\b").expect("valid regex")
});
/// `(Paris: Union générale d'éditions, 1976)`, `(Grasset, 1936)`.
static IMPRINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\((?:([^():,]+):\s*)?([^()]+?),\s*(1[0-9]{3}|20[0-9]{2})\)").expect("valid regex")
});
/// `New York 1979` in a comma-separated list.
static PLACE_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([\p{Lu}][\p{L}.' -]*?)\s+(1[0-9]{3}|20[0-9]{2})$").expect("valid regex")
});
/// `Nr. 3`, `No. 12`, `Heft 4`, `n° 7`: an issue's number.
static ISSUE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:no|nr|n°|num|número|heft|issue|jg|jahrgang|année)\.?\s*\d+$")
        .expect("valid regex")
});
static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(1[5-9][0-9]{2}|20[0-9]{2})\b").expect("valid regex"));
static PARENTHESISED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(([^()]*)\)").expect("valid regex"));
/// A leading personal name followed by a comma: `Leon Trotsky,`, `Martens, Ludo,`.
static LEADING_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?:[\p{Lu}][\p{L}'’.-]*\s*){1,4}?(?:\s(?:de|von|van|der|la|le)\s[\p{Lu}][\p{L}'’-]*)?),")
        .expect("valid regex")
});

/// True when `text` reads as a bibliographic reference rather than prose: it carries
/// enough of the marks of one (pages, an imprint, a year, a volume, a leading name) and is short.
pub fn looks_like_citation(text: &str) -> bool {
    citation_score(text) >= CITATION
}

/// The score at which a paragraph reads as a reference wherever it stands.
pub const CITATION: i32 = 5;
/// The lower score enough for a short paragraph right after a quotation, where references stand.
pub const CITATION_AFTER_QUOTATION: i32 = 4;

/// How much `text` reads as a bibliographic reference: points for pages, an imprint, a year, a
/// volume, a leading name, brackets round the whole; points off for prose.
pub fn citation_score(text: &str) -> i32 {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > 500 || starts_with_quote(text) {
        return 0;
    }
    let mut score = 0;
    if text.starts_with('[') && text.ends_with(']') {
        score += 1;
    }
    if PAGES.is_match(text) {
        score += 2;
    }
    if IMPRINT
        .captures_iter(text)
        .any(|c| c.get(1).is_some() || c.get(2).is_some_and(|p| p.as_str().len() < 60))
    {
        score += 2;
    }
    if YEAR.is_match(text) {
        score += 1;
    }
    if VOLUME.is_match(text) {
        score += 1;
    }
    if LEADING_NAME.is_match(strip_brackets(text)) {
        score += 1;
    }
    // Prose runs to many sentences, and is mostly lowercase words; a reference is mostly names,
    // titles and numbers.
    let sentences = text.matches(". ").count();
    if sentences > 4 {
        score -= 2;
    }
    if lowercase_share(text) > 0.72 {
        score -= 2;
    }
    score
}

/// The share of words that start with a lowercase letter.
fn lowercase_share(text: &str) -> f64 {
    let words: Vec<&str> = text.split_whitespace().collect();
    let lowercase = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .count();
    lowercase as f64 / words.len().max(1) as f64
}

fn starts_with_quote(text: &str) -> bool {
    text.starts_with(['`', '‘', '“', '"', '„', '«'])
}

fn strip_brackets(text: &str) -> &str {
    let text = text.trim();
    text.strip_prefix('[')
        .and_then(|t| t.strip_suffix(']'))
        .unwrap_or(text)
        .trim()
}

impl CitationParts {
    /// Reads what it can of a reference. Never fails: unknown parts stay `None`.
    pub fn parse(citation: &str) -> CitationParts {
        let mut rest = strip_brackets(citation)
            .trim_end_matches(['.', ' '])
            .to_string();
        let mut parts = CitationParts::default();

        if let Some(m) = PAGES.captures_iter(&rest).last() {
            let whole = m.get(0).map_or(0..0, |g| g.range());
            parts.pages = m.get(1).map(|g| g.as_str().to_string());
            rest.replace_range(whole, "");
        }
        if let Some(m) = VOLUME.find(&rest) {
            parts.volume = Some(m.as_str().to_string());
        }
        if let Some(c) = IMPRINT.captures_iter(&rest).last() {
            parts.place = c.get(1).map(|g| g.as_str().trim().to_string());
            parts.publisher = c.get(2).map(|g| g.as_str().trim().to_string());
            parts.year = c.get(3).and_then(|g| g.as_str().parse().ok());
            let whole = c.get(0).map_or(0..0, |g| g.range());
            rest.replace_range(whole, "");
        }
        let mut work_date_end = None;
        for c in PARENTHESISED.captures_iter(&rest) {
            let inner = c.get(1).map_or("", |g| g.as_str());
            if let Some(date) = HistoricalDate::parse(inner) {
                parts.date = Some(date);
                work_date_end = c.get(0).map(|g| (g.start(), g.end()));
                break;
            }
        }
        parts.read_names(&rest, work_date_end);
        if parts.year.is_none() {
            parts.read_comma_imprint(&rest);
        }
        parts
    }

    /// Author, title and container from what is left once pages and imprint are taken out.
    fn read_names(&mut self, rest: &str, work_date: Option<(usize, usize)>) {
        if self.read_periodical_issue(rest) {
            return;
        }
        let (body, offset) = match LEADING_NAME.captures(rest) {
            Some(c) if !looks_like_container(c.get(1).map_or("", |g| g.as_str())) => {
                self.author = c.get(1).map(|g| clean(g.as_str()));
                let end = c.get(0).map_or(0, |g| g.end());
                (&rest[end..], end)
            }
            _ => (rest, 0),
        };
        match work_date {
            Some((start, end)) if start >= offset => {
                self.title = non_empty(&rest[offset..start]);
                let after = rest[end..].trim_start_matches(['.', ',', ' ']);
                self.container = non_empty(first_segment(after));
            }
            _ => {
                let first = first_segment(body);
                if self.author.is_some() {
                    self.title = non_empty(first);
                } else {
                    self.container = non_empty(first);
                }
            }
        }
    }

    /// `Pravda, 14 January 1938`: a name followed by a date is a periodical and its issue, not an
    /// author and a title.
    fn read_periodical_issue(&mut self, rest: &str) -> bool {
        let mut segments = rest.split(',').map(str::trim);
        let Some(name) = segments.next() else {
            return false;
        };
        // `Unser Wort, Nr. 3, Februar 1938`: the issue's number may come before its date.
        let is_number = |s: &str| ISSUE_NUMBER.is_match(s);
        let issue = segments.find(|s| !is_number(s));
        let Some(date) = issue.and_then(HistoricalDate::parse) else {
            return false;
        };
        self.container = non_empty(name);
        self.year = Some(date.year());
        self.issue = Some(date);
        true
    }

    /// `Writing of Leon Trotsky, Vol. 14, New York 1979`: place and year as a list item.
    fn read_comma_imprint(&mut self, rest: &str) {
        for item in rest.split(',').map(str::trim) {
            if let Some(c) = PLACE_YEAR.captures(item) {
                self.place = c.get(1).map(|g| g.as_str().trim().to_string());
                self.year = c.get(2).and_then(|g| g.as_str().parse().ok());
            }
        }
        if self.year.is_none() {
            // A bare year that is not the cited work's own date: the edition's.
            let work_year = self.date.as_ref().map(HistoricalDate::year);
            self.year = YEAR
                .find_iter(rest)
                .filter_map(|m| m.as_str().parse().ok())
                .filter(|y| Some(*y) != work_year)
                .last();
        }
    }
}

/// A series title such as `Writings of Leon Trotsky` is not a personal name.
fn looks_like_container(name: &str) -> bool {
    name.split_whitespace().count() > 3
}

/// Up to the first comma-list item boundary that ends a title: a volume, a comma before a
/// place-and-year, or the end.
fn first_segment(text: &str) -> &str {
    let text = text.trim();
    let end = [VOLUME.find(text).map(|m| m.start()), text.find(". ")]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(text.len());
    let segment = &text[..end];
    if let Some(last_comma) = segment.rfind(',')
        && PLACE_YEAR.is_match(segment[last_comma + 1..].trim())
    {
        return &segment[..last_comma];
    }
    segment
}

fn clean(text: &str) -> String {
    text.trim()
        .trim_matches(|c: char| c == ',' || c == '.' || c.is_whitespace())
        .to_string()
}

fn non_empty(text: &str) -> Option<String> {
    let cleaned = clean(text);
    (!cleaned.is_empty()).then_some(cleaned)
}

#[cfg(test)]
mod tests {
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
        assert_eq!(parts.pages.as_deref(), Some("85--87"));
    }

    #[test]
    fn archive_source_line_is_read() {
        assert!(looks_like_citation(MIA_SOURCE));
        let parts = CitationParts::parse(MIA_SOURCE);
        assert_eq!(parts.author, None);
        assert_eq!(parts.container.as_deref(), Some("Writing of Leon Trotsky"));
        assert_eq!(parts.volume.as_deref(), Some("Vol. 14"));
        assert_eq!(parts.place.as_deref(), Some("New York"));
        assert_eq!(parts.year, Some(1979));
        assert_eq!(parts.pages.as_deref(), Some("765-767"));
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
        assert_eq!(parts.pages.as_deref(), Some("2"));
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
        assert_eq!(parts.pages.as_deref(), Some("12-14"));
        assert_eq!(parts.year, Some(1988));
        assert_eq!(parts.volume.as_deref(), Some("Bd. 1"));
    }
}
