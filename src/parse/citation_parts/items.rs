//! The comma-separated items of a reference, read one by one: a year (`1975`, `[1977]`,
//! `1930 г.`), a place and year (`Berlin 1967`, `New York ²1976`), `Place: Publisher`, a
//! publisher, a place, an issue's number or date, a series, an edition, contributors, and the
//! names (author, title, container) that are left.
//!
//! In: the text of a reference once its pages, imprint in brackets and volume are taken out.
//! Out: the parts filled in on a [`CitationParts`].

use std::sync::LazyLock;

use regex::Regex;

use super::forms::surname_of;
use crate::lexicon::fold;
use crate::lexicon::references::{
    COLLECTED_EDITIONS, CONTRIBUTOR_LEADS, NUMBER_WORDS, PLACES, PUBLISHER_WORDS,
};
use crate::model::citation::CitationParts;
use crate::model::date::HistoricalDate;

static YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\[)?((?:1[5-9]|20)\d\d)\]?(?:\s*(?:г|r)\.?)?$").expect("valid regex")
});
/// `Berlin 1967`, `Wien-Berlin 1928`, `New York ²1976`.
static PLACE_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([\p{Lu}][\p{L}.' -]*?)\s+([¹²³⁴⁵⁶⁷⁸⁹])?(\[?(?:1[5-9]|20)\d\d\]?)$")
        .expect("valid regex")
});
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    let words: Vec<String> = NUMBER_WORDS.iter().map(|w| regex::escape(w)).collect();
    Regex::new(&format!(
        r"^(.*?)\s*\b?(?:{})\.?\s*(\d+(?:\s*\(\d+\))?)$",
        words.join("|")
    ))
    .expect("valid regex")
});
/// `4th English Edition`, `2nd ed.`, `3. Aufl.`
static EDITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(\d+)(?:st|nd|rd|th|e|\.)?\s.*?\b(?:edition|ed\.?|aufl\.?|auflage|éd\.?|édition)$",
    )
    .expect("valid regex")
});
/// `Leon Trotsky`, `Rosa Luxemburg`: two or three capitalised words.
static PERSONAL_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\p{Lu}][\p{Ll}'’-]+(?: [\p{Lu}]\.)?(?: [\p{Lu}][\p{Ll}'’-]+){1,2}$")
        .expect("valid regex")
});

/// One capitalised word: `Doran`.
static PERSONAL_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\p{Lu}][\p{Ll}'’-]+$").expect("valid regex"));

/// Splits at commas outside brackets and quotation marks.
pub fn split_items(text: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '«' | '“' | '„' | '[' => depth += 1,
            ')' | '»' | '”' | ']' => depth = (depth - 1).max(0),
            ',' if depth == 0 => {
                items.push(text[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(text[start..].trim());
    items.into_iter().filter(|s| !s.is_empty()).collect()
}

/// True when the item names a collected edition (`Collected Works`, `Sämtliche Werke`).
pub fn is_collected_edition(item: &str) -> bool {
    let folded = fold(item);
    COLLECTED_EDITIONS.iter().any(|e| fold(e) == folded)
}

/// True when the item names a publisher (`Progress Publishers`, `Editions François Maspero`).
pub fn is_publisher(item: &str) -> bool {
    let folded = fold(item);
    PUBLISHER_WORDS.iter().any(|w| {
        folded
            .split(|c: char| !c.is_alphanumeric() && c != '&')
            .any(|word| word == *w)
            || (w.contains(' ') && folded.contains(w))
    })
}

/// True when the item is a place of publication that stands alone.
pub fn is_place(item: &str) -> bool {
    PLACES.contains(&item)
}

/// A full date (with a month) standing as an item: a periodical's issue.
pub fn issue_date(item: &str) -> Option<HistoricalDate> {
    HistoricalDate::parse(item).filter(|d| d.start.month.is_some() && YEAR.find(item).is_none())
}

/// Reads every item into `parts`: imprint items by shape, names by position.
pub fn read_items(items: &[&str], parts: &mut CitationParts) {
    let mut among_contributors = false;
    let mut last = Last::Other;
    for raw in items {
        let raw = raw.trim();
        let item = raw.trim_matches(['.', ' ']);
        if item.is_empty() {
            continue;
        }
        let previous = std::mem::replace(&mut last, Last::Other);
        if let Some(date) = issue_date(item) {
            parts.year = Some(date.year());
            parts.issue = Some(date);
        } else if let Some(c) = YEAR.captures(item) {
            parts.year = c.get(2).and_then(|g| g.as_str().parse().ok());
            parts.year_supplied = c.get(1).is_some();
            among_contributors = false;
        } else if let Some((place, publisher)) =
            place_and_publisher(item).filter(|_| parts.title.is_some() || parts.container.is_some())
        {
            parts.place = Some(place.to_string());
            read_publisher_year(publisher, parts);
            among_contributors = false;
        } else if let Some(c) = PLACE_YEAR.captures(item).filter(|_| !is_publisher(item)) {
            parts.place = c.get(1).map(|g| g.as_str().trim().to_string());
            parts.edition = c.get(2).map(|g| superscript_digit(g.as_str()));
            let year = c.get(3).map_or("", |g| g.as_str());
            parts.year_supplied = year.starts_with('[');
            parts.year = year.trim_matches(['[', ']']).parse().ok();
            among_contributors = false;
        } else if let Some(c) = NUMBER.captures(item) {
            let before = c.get(1).map_or("", |g| g.as_str()).trim();
            if before.is_empty() {
                parts.number = c.get(2).map(|g| g.as_str().to_string());
            } else {
                parts.series = Some(item.to_string());
            }
        } else if EDITION.is_match(item) {
            parts.edition = Some(item.to_string());
        } else if is_contributors(item) {
            among_contributors = true;
        } else if is_publisher(item) {
            parts.publisher = Some(item.to_string());
            among_contributors = false;
            last = Last::Publisher;
        } else if is_place(raw) || is_place(item) {
            parts.place = Some(raw.to_string());
            among_contributors = false;
        } else if previous == Last::Title && item.starts_with(char::is_lowercase) {
            // `J’étais, je suis, je serai !`: a title with commas in it.
            if let Some(title) = &mut parts.title {
                title.push_str(", ");
                title.push_str(item);
            }
            last = Last::Title;
        } else if previous == Last::Publisher && PERSONAL_WORD.is_match(item) {
            // `Doubleday, Doran`: a publisher named by two names.
            if let Some(publisher) = &mut parts.publisher {
                publisher.push_str(", ");
                publisher.push_str(item);
            }
        } else if among_contributors || unquote(item).starts_with(char::is_lowercase) {
            continue;
        } else if read_name(item, parts) {
            last = Last::Title;
        }
    }
}

/// What the item before was, for items that continue it.
#[derive(PartialEq, Eq)]
enum Last {
    Title,
    Publisher,
    Other,
}

/// A name left over: the title, the container, or (after a title with no author) the author.
/// True when it was the title.
fn read_name(item: &str, parts: &mut CitationParts) -> bool {
    let item = unquote(item);
    if parts.author.is_none() && parts.container.is_some() && PERSONAL_NAME.is_match(item) {
        parts.author = Some(item.to_string());
        parts.surname = Some(surname_of(item));
    } else if parts.author.is_some() && parts.title.is_none() && !is_collected_edition(item) {
        parts.title = Some(item.to_string());
        return true;
    } else if parts.container.is_none() {
        parts.container = Some(item.to_string());
    }
    false
}

/// `London: Oxford University Press` / `Paris: Union générale d'éditions`.
fn place_and_publisher(item: &str) -> Option<(&str, &str)> {
    let (place, publisher) = item.split_once(": ")?;
    let place_like = place.split_whitespace().count() <= 3
        && place.starts_with(char::is_uppercase)
        && !place.chars().any(|c| c.is_ascii_digit());
    (place_like && !publisher.trim().is_empty()).then_some((place.trim(), publisher.trim()))
}

/// `Oxford University Press` or `Oxford University Press, 1954` after a colon.
fn read_publisher_year(text: &str, parts: &mut CitationParts) {
    parts.publisher = Some(text.trim().to_string());
}

fn is_contributors(item: &str) -> bool {
    let folded = fold(item);
    CONTRIBUTOR_LEADS
        .iter()
        .any(|lead| folded.starts_with(&fold(lead)))
}

/// Quotation marks and a periodical's word round a title: `журнал «Красный архив»`,
/// `“Thomas's Letter”`.
pub fn unquote(item: &str) -> &str {
    let item = item.trim();
    let item = item
        .strip_prefix("журнал ")
        .or_else(|| item.strip_prefix("газета "))
        .unwrap_or(item);
    item.trim_matches(['«', '»', '“', '”', '„', '"', '‘', '’', ' '])
}

fn superscript_digit(s: &str) -> String {
    let digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    s.chars()
        .filter_map(|c| digits.chars().position(|d| d == c))
        .map(|d| d.to_string())
        .collect()
}
