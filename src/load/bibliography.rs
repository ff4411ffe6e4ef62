//! `content/bibliography.yaml`: the editors' corrections and additions to the works the texts
//! cite, in hayagriva's YAML format (a map from each entry's key to the entry).
//!
//! In: the file's text. Out: a [`BibliographyFile`] of [`EditorWork`]s (plain data, in the
//! file's order), or a located [`Diagnostic`]. Two readers, so that every problem has its line
//! and column: first a strict shape of the fields studysite reads (hayagriva itself passes over
//! unknown fields, so a misspelt `titel:` would be lost without a word), read like every other
//! YAML file of the project ([`super::yaml::parse_yaml`]: bounds, duplicate keys, unknown fields,
//! YAML syntax); then hayagriva's own reader, which checks the values (an entry type, a date,
//! a person's name) and whose errors carry serde_yaml's position. Every file accepted here is a
//! valid hayagriva bibliography. Matching entries to the works found is the analysis'
//! (`analyse::bibliography_file`).

use std::collections::BTreeMap;
use std::path::Path;

use hayagriva::Entry;
use hayagriva::types::Person;
use serde::Deserialize;
use serde::de::IgnoredAny;

use super::yaml::{message_without_location, parse_yaml};
use super::yaml_scan::Positions;
use crate::error::Diagnostic;

/// The entries of `content/bibliography.yaml`, in the file's order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BibliographyFile {
    /// One per key.
    pub entries: Vec<EditorWork>,
}

/// One entry, its values as plain text: what it gives, and nothing for what it leaves out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EditorWork {
    /// The entry's key: the anchor of a work found in the texts (`#work-KEY` on the
    /// bibliography page), or the editors' own name for it.
    pub key: String,
    /// The authors in reading order (`Leon Trotsky`), as hayagriva reads `Trotsky, Leon`.
    pub authors: Vec<String>,
    /// The first author's family name (with its particle: `de Gaulle`).
    pub surname: Option<String>,
    /// The entry's own title.
    pub title: Option<String>,
    /// The title of its `parent` (the book a chapter is in), when it has one.
    pub container: Option<String>,
    /// The year of `date` (the parent's, else the entry's).
    pub year: Option<i32>,
    /// `location`, or the publisher's `location`.
    pub place: Option<String>,
    /// The publisher's name.
    pub publisher: Option<String>,
    /// `volume`.
    pub volume: Option<String>,
    /// `edition`.
    pub edition: Option<String>,
    /// `issue`.
    pub number: Option<String>,
    /// `archive`: the archive or library that holds it.
    pub repository: Option<String>,
    /// `archive-location`: the collection or shelfmark.
    pub collection: Option<String>,
}

/// The fields studysite reads, each checked for its value by hayagriva afterwards.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Shape {
    #[serde(rename = "type")]
    kind: Option<IgnoredAny>,
    title: Option<IgnoredAny>,
    author: Option<IgnoredAny>,
    date: Option<IgnoredAny>,
    parent: Option<Box<Shape>>,
    publisher: Option<IgnoredAny>,
    location: Option<IgnoredAny>,
    volume: Option<IgnoredAny>,
    edition: Option<IgnoredAny>,
    issue: Option<IgnoredAny>,
    archive: Option<IgnoredAny>,
    #[serde(rename = "archive-location")]
    archive_location: Option<IgnoredAny>,
}

/// Reads the file at `path` (for messages) with text `text`.
pub fn read_bibliography(
    path: &Path,
    text: &str,
) -> Result<(BibliographyFile, Positions), Diagnostic> {
    let (_shape, positions): (BTreeMap<String, Shape>, Positions) =
        parse_yaml(path, text, 0..text.len())?;
    if text.trim().is_empty() {
        return Ok((BibliographyFile::default(), positions));
    }
    let library = hayagriva::io::from_yaml_str(text).map_err(|error| {
        let diagnostic = Diagnostic::error(path, message_without_location(&error));
        match error.location() {
            Some(location) => diagnostic.at_offset(text, location.index()),
            None => diagnostic,
        }
    })?;
    let entries = library.iter().map(editor_work).collect();
    Ok((BibliographyFile { entries }, positions))
}

fn editor_work(entry: &Entry) -> EditorWork {
    let parent = entry.parents().first();
    // The edition's details are the book's when the entry is a chapter in it.
    let imprint = |get: fn(&Entry) -> Option<String>| parent.and_then(get).or_else(|| get(entry));
    let persons: &[Person] = entry.authors().unwrap_or_default();
    EditorWork {
        key: entry.key().to_string(),
        authors: persons.iter().map(reading_order).collect(),
        surname: persons.first().map(family_name),
        title: entry.title().map(|t| t.value.to_string()),
        container: parent.and_then(|p| p.title()).map(|t| t.value.to_string()),
        year: parent
            .and_then(|p| p.date())
            .or_else(|| entry.date())
            .map(|d| d.year),
        place: imprint(|e| {
            e.location()
                .or_else(|| e.publisher().and_then(|p| p.location()))
                .map(|l| l.value.to_string())
        }),
        publisher: imprint(|e| {
            e.publisher()
                .and_then(|p| p.name())
                .map(|n| n.value.to_string())
        }),
        volume: imprint(|e| e.volume().map(|v| v.to_string())),
        edition: imprint(|e| e.edition().map(|v| v.to_string())),
        number: imprint(|e| e.issue().map(|v| v.to_string())),
        repository: imprint(|e| e.archive().map(|a| a.value.to_string())),
        collection: imprint(|e| e.archive_location().map(|a| a.value.to_string())),
    }
}

fn family_name(person: &Person) -> String {
    match &person.prefix {
        Some(prefix) => format!("{prefix} {}", person.name),
        None => person.name.clone(),
    }
}

/// `Trotsky, Leon` → `Leon Trotsky`; `Gaulle, Charles, de` → `Charles de Gaulle`.
fn reading_order(person: &Person) -> String {
    let mut name = match &person.given_name {
        Some(given) => format!("{given} {}", family_name(person)),
        None => family_name(person),
    };
    if let Some(suffix) = &person.suffix {
        name.push_str(&format!(", {suffix}"));
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<BibliographyFile, String> {
        read_bibliography(Path::new("content/bibliography.yaml"), text)
            .map(|(file, _)| file)
            .map_err(|e| e.to_string())
    }

    #[test]
    fn a_chapter_takes_its_imprint_from_its_book() {
        let file = read(
            "pour-sa-propre:\n  type: chapter\n  title: Pour sa propre sauvegarde\n  author: Trotsky, Leon\n  parent:\n    type: book\n    title: L'appareil policier du stalinisme\n    date: 1976\n    publisher:\n      name: Union générale d'éditions\n      location: Paris\n",
        )
        .unwrap();
        let work = &file.entries[0];
        assert_eq!(work.key, "pour-sa-propre");
        assert_eq!(work.authors, vec!["Leon Trotsky"]);
        assert_eq!(work.surname.as_deref(), Some("Trotsky"));
        assert_eq!(
            work.container.as_deref(),
            Some("L'appareil policier du stalinisme")
        );
        assert_eq!(work.year, Some(1976));
        assert_eq!(work.place.as_deref(), Some("Paris"));
        assert_eq!(work.publisher.as_deref(), Some("Union générale d'éditions"));
    }

    #[test]
    fn unknown_fields_bad_values_and_repeated_keys_are_located_errors() {
        let error = read("a:\n  type: book\n  titel: X\n").unwrap_err();
        assert!(
            error.starts_with("content/bibliography.yaml:3:3: a: unknown field `titel`, expected one of `type`, `title`"),
            "{error}"
        );
        let error = read("a:\n  type: book\n  parent:\n    type: book\n    isbn: 1\n").unwrap_err();
        assert!(
            error.starts_with("content/bibliography.yaml:5:5: a.parent: unknown field `isbn`"),
            "{error}"
        );
        let error = read("a:\n  type: boook\n  title: X\n").unwrap_err();
        assert!(error.starts_with("content/bibliography.yaml:2:"), "{error}");
        let error = read("a:\n  type: book\n  title: [X, Y]\n").unwrap_err();
        assert!(error.starts_with("content/bibliography.yaml:3:"), "{error}");
        let error = read("- type: book\n").unwrap_err();
        assert!(
            error.starts_with("content/bibliography.yaml:1:1: "),
            "{error}"
        );
        let error = read("a:\n  type: book\nb:\n  type: book\na:\n  type: book\n").unwrap_err();
        assert_eq!(
            error,
            "content/bibliography.yaml:5:1: duplicate key `a` (first given on line 1)"
        );
        assert!(read("").unwrap().entries.is_empty());
    }
}
