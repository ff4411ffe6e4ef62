//! The shapes of what editors write: front matter of text and page files, typed and strict.
//!
//! Every struct denies unknown fields, so a misspelt key is an error with its line and column
//! instead of a silently ignored setting. Dates are written as people write them (`1938-03-06`,
//! `6 March 1938`, `1935`, `c. 1935`) and read with the same parser as the texts.

use serde::{Deserialize, Deserializer};

use crate::model::TextKind;
use crate::model::date::HistoricalDate;

/// Front matter of `content/texts/<seed file stem>.md`: corrections and additions to what the
/// parser found in the text. Every field is optional; a field given here wins.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TextFrontMatter {
    /// The title to show.
    pub title: Option<String>,
    /// Authors; `author: Name` or `authors: [A, B]`. An empty list says "author unknown".
    #[serde(alias = "author", deserialize_with = "one_or_many")]
    pub authors: Option<Vec<String>>,
    /// When the text was written.
    #[serde(deserialize_with = "optional_date")]
    pub date: Option<HistoricalDate>,
    /// When it was (first) published, if that is what is known.
    #[serde(deserialize_with = "optional_date")]
    pub published: Option<HistoricalDate>,
    /// Where it was written.
    pub place: Option<String>,
    /// Primary or secondary.
    pub kind: Option<TextKind>,
    /// BCP 47 language code, e.g. `en`, `de`, `fr`.
    #[serde(deserialize_with = "optional_language")]
    pub language: Option<String>,
    /// The text's source, as a reference; replaces a source line found in the text.
    pub source: Option<String>,
    /// The larger work this text is part of, e.g. the book a section comes from.
    pub part_of: Option<String>,
    /// One or two neutral sentences on what the text is.
    pub summary: Option<String>,
    /// The page's file name under `texts/`, instead of one made from the title.
    pub slug: Option<String>,
}

/// Front matter of a page such as `content/about.md`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PageFrontMatter {
    /// The page's title (and its name in the navigation).
    pub title: Option<String>,
    /// One sentence for link previews.
    pub description: Option<String>,
    /// Position in the navigation: lower comes first.
    pub weight: Option<i32>,
}

/// `content/glossary.yaml`: the people, works, organisations, places and events the texts name.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct GlossaryFile {
    /// The entries, in any order (pages sort them).
    pub entries: Vec<GlossaryEntry>,
    /// Capitalised words and phrases that are not names to register (`Madam`, `Middle Ages`):
    /// the build stops reporting them as missing from the glossary.
    pub ignore: Vec<String>,
}

/// One glossary entry.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    /// Stable identifier, used in links (`cross-references.html#entry-<id>`).
    pub id: String,
    /// The name to display.
    pub name: String,
    /// What the entry is.
    pub kind: EntryKind,
    /// Other spellings the texts use; the name itself is always matched too.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Life dates, or when an event took place or a work was written: `1878-1953`, `1905`.
    #[serde(default, deserialize_with = "optional_date")]
    pub dates: Option<HistoricalDate>,
    /// One or two short, neutral sentences.
    #[serde(default)]
    pub description: Option<String>,
    /// Ids of related entries.
    #[serde(default)]
    pub related: Vec<String>,
    /// How to sort the entry, e.g. `Stalin, Joseph`; persons default to their last name.
    #[serde(default)]
    pub sort_as: Option<String>,
}

pub use crate::model::kinds::EntryKind;

/// `content/timeline.yaml`: events the editors add, or labels they give to dates the texts mention.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TimelineFile {
    /// The events.
    pub events: Vec<TimelineEntry>,
}

/// One editor's event. A date the texts mention, written with the same precision, is shown as
/// this event (with the text as its evidence) rather than as an unlabelled mention.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimelineEntry {
    /// When: `1905`, `February 1917`, `1917-10`, `c. 1935`, `1923-24`.
    #[serde(deserialize_with = "date")]
    pub date: HistoricalDate,
    /// What happened, in a few neutral words.
    pub label: String,
    /// Glossary ids of what the event concerns.
    #[serde(default)]
    pub entries: Vec<String>,
    /// What kind of event; `event` unless said.
    #[serde(default)]
    pub kind: Option<EditorEventKind>,
}

/// The kinds of event an editor can add.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EditorEventKind {
    /// Something that happened.
    Event,
    /// A work was written.
    Written,
    /// A work or edition was published.
    Published,
}

/// Accepts a single string or a list of strings.
fn one_or_many<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Vec<String>>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }
    Ok(Some(match OneOrMany::deserialize(deserializer)? {
        OneOrMany::One(one) => vec![one],
        OneOrMany::Many(many) => many,
    }))
}

/// Reads a BCP 47 language tag (`en`, `de`, `fr-CA`, `sr-Latn`): it becomes a `lang` attribute,
/// which must be well formed.
pub fn language<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    let tag = String::deserialize(deserializer)?;
    let mut parts = tag.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    let rest_ok =
        parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    if primary_ok && rest_ok {
        Ok(tag)
    } else {
        Err(serde::de::Error::custom(format!(
            "`{tag}` is not a language code: write a BCP 47 tag such as en, de, fr or pt-BR"
        )))
    }
}

/// Reads a site's public address: an `http://` or `https://` URL, kept without its trailing `/`.
pub fn optional_base_url<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<String>, D::Error> {
    let url = String::deserialize(deserializer)?;
    check_base_url(&url)
        .map(Some)
        .map_err(serde::de::Error::custom)
}

/// `url` as a base URL (trailing `/` removed), or why it is not one.
pub fn check_base_url(url: &str) -> Result<String, String> {
    let trimmed = url.trim().trim_end_matches('/');
    let rest = trimmed
        .strip_prefix("https://")
        .or_else(|| trimmed.strip_prefix("http://"));
    match rest {
        Some(host) if !host.is_empty() && !trimmed.contains(char::is_whitespace) => {
            Ok(trimmed.to_string())
        }
        _ => Err(format!(
            "`{url}` is not a base URL: write the address the site is published at, \
             such as https://example.org/letters"
        )),
    }
}

fn optional_language<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<String>, D::Error> {
    language(deserializer).map(Some)
}

/// Reads a date written as text or as a bare year.
pub fn optional_date<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<HistoricalDate>, D::Error> {
    date(deserializer).map(Some)
}

/// Reads a date written as text or as a bare year; rejects what the date parser cannot read.
pub fn date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<HistoricalDate, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Written {
        Year(i64),
        Text(String),
    }
    let written = match Written::deserialize(deserializer)? {
        Written::Year(year) => year.to_string(),
        Written::Text(text) => text,
    };
    HistoricalDate::parse(&written).ok_or_else(|| {
        serde::de::Error::custom(format!(
            "cannot read `{written}` as a date (write e.g. 1938-03-06, 6 March 1938, March 1938, 1935, 1923-24 or c. 1935)"
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_front_matter_accepts_author_or_authors_and_dates_as_written() {
        let meta: TextFrontMatter =
            serde_yaml::from_str("author: Ludo Martens\npublished: 1994\nkind: secondary\n")
                .unwrap();
        assert_eq!(meta.authors, Some(vec!["Ludo Martens".to_string()]));
        assert_eq!(
            meta.published.map(|d| d.datetime_attr()).as_deref(),
            Some("1994")
        );
        assert_eq!(meta.kind, Some(TextKind::Secondary));
        let meta: TextFrontMatter =
            serde_yaml::from_str("authors: [A, B]\ndate: 1938-03-06\n").unwrap();
        assert_eq!(meta.authors.map(|a| a.len()), Some(2));
        assert_eq!(
            meta.date.map(|d| d.datetime_attr()).as_deref(),
            Some("1938-03-06")
        );
    }

    #[test]
    fn regression_a_language_must_be_a_language_code() {
        let error = serde_yaml::from_str::<TextFrontMatter>("language: English\n").unwrap_err();
        assert!(
            error
                .to_string()
                .contains("`English` is not a language code"),
            "{error}"
        );
        let meta: TextFrontMatter = serde_yaml::from_str("language: pt-BR\n").unwrap();
        assert_eq!(meta.language.as_deref(), Some("pt-BR"));
    }

    #[test]
    fn unknown_fields_and_bad_dates_are_errors() {
        let error = serde_yaml::from_str::<TextFrontMatter>("titel: x\n").unwrap_err();
        assert!(
            error.to_string().contains("unknown field `titel`"),
            "{error}"
        );
        let error = serde_yaml::from_str::<TextFrontMatter>("date: soon\n").unwrap_err();
        assert!(
            error.to_string().contains("cannot read `soon` as a date"),
            "{error}"
        );
    }
}
