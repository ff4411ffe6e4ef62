//! "Cite this text": how to cite a text as published on this site, with its original source,
//! as a Chicago-like reference on the page and as BibTeX, RIS and CSL-JSON files beside it
//! (`texts/<slug>.bib`, `.ris`, `.json`), and the Highwire Press tags reference managers read.
//!
//! In: a [`Text`] (authors, title, the date it was written), its own source ([`TextSource`]: the
//! note on its title, its work as the bibliography has it, corrections included), the
//! site's title and, when `base_url` is set, the page's address. Out: a [`CiteView`] for the
//! template, the three files' contents, and the page's `citation_*` meta tags. The date is the
//! date the text was written, never an edition's year put in its place.

use serde::Serialize;
use serde_json::json;

use super::bibliography_page::{inverted_name, pages_label, work_html};
use super::layout::MetaTag;
use super::typography::{escape, smarten_all};
use crate::model::bibliography::Bibliography;
use crate::model::citation::CitationParts;
use crate::model::date::HistoricalDate;
use crate::model::{NoteKind, Text};

/// The "Cite this text" block, available to the template as `text.cite`.
#[derive(Debug, Clone, Serialize)]
pub struct CiteView {
    /// The reference (HTML).
    pub html: String,
    /// The BibTeX file, relative to the page.
    pub bib_href: String,
    /// The RIS file, relative to the page.
    pub ris_href: String,
    /// The CSL-JSON file, relative to the page.
    pub json_href: String,
}

/// The download files of one text, as (path from the site root, contents).
pub struct CiteFiles {
    /// `texts/<slug>.bib`.
    pub bib: (String, String),
    /// `texts/<slug>.ris`.
    pub ris: (String, String),
    /// `texts/<slug>.json`.
    pub json: (String, String),
}

/// A person's name split for reference managers: `Leon Trotsky` → family `Trotsky`, given
/// `Leon`; a single word is a family name alone.
fn split_name(name: &str) -> (String, Option<String>) {
    match name.trim().rsplit_once(' ') {
        Some((given, family)) => (family.to_string(), Some(given.to_string())),
        None => (name.trim().to_string(), None),
    }
}

/// A text's own source: the note on its title as the text words it, and its parts as the
/// bibliography has them (corrected by `content/bibliography.yaml` where an entry matches the
/// work), with the pages the note gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextSource {
    /// The note's words, verbatim.
    pub original: String,
    /// Its parts, when the note was read as a reference.
    pub parts: Option<CitationParts>,
}

/// Every text's own source (by text index), in one pass over the bibliography's works.
pub fn text_sources(bibliography: &Bibliography, texts: &[Text]) -> Vec<Option<TextSource>> {
    let mut sources: Vec<Option<(usize, TextSource)>> = texts
        .iter()
        .map(|text| {
            let note = text
                .document
                .notes
                .iter()
                .find(|n| n.kind == NoteKind::SourceOfText)?;
            let source = TextSource {
                original: note.text.clone(),
                parts: note.citation.clone(),
            };
            Some((note.number, source))
        })
        .collect();
    for work in &bibliography.works {
        for citing in &work.citations {
            if let Some(Some((number, source))) = sources.get_mut(citing.text)
                && *number == citing.note
            {
                source.parts = Some(CitationParts {
                    pages: citing.pages.clone(),
                    ..work.parts.clone()
                });
            }
        }
    }
    sources
        .into_iter()
        .map(|s| s.map(|(_, source)| source))
        .collect()
}

fn source_of(source: Option<&TextSource>) -> Option<(&str, Option<&CitationParts>)> {
    source.map(|s| (s.original.as_str(), s.parts.as_ref()))
}

/// The reference, the files and their links for `text`.
pub fn cite_text(
    text: &Text,
    source: Option<&TextSource>,
    site_title: &str,
    url: Option<&str>,
) -> (CiteView, CiteFiles) {
    let view = CiteView {
        html: reference_html(text, source, site_title, url),
        bib_href: format!("{}.bib", text.slug),
        ris_href: format!("{}.ris", text.slug),
        json_href: format!("{}.json", text.slug),
    };
    let path = |ext: &str| format!("texts/{}.{ext}", text.slug);
    let files = CiteFiles {
        bib: (path("bib"), bibtex(text, source, site_title, url)),
        ris: (path("ris"), ris(text, source, site_title, url)),
        json: (path("json"), csl_json(text, source, site_title, url)),
    };
    (view, files)
}

/// `Trotsky, Leon. “Answers to Mrs. Célarié.” 6 March 1938. In <cite>Site</cite>. URL. Original
/// source: <cite>Writing of Leon Trotsky</cite>, vol. 14. New York, 1979, pp. 765–767.`
fn reference_html(
    text: &Text,
    source: Option<&TextSource>,
    site_title: &str,
    url: Option<&str>,
) -> String {
    let mut out = Vec::new();
    let authors: Vec<String> = text
        .authors
        .iter()
        .enumerate()
        .map(|(i, a)| {
            if i == 0 {
                let (family, _) = split_name(a);
                inverted_name(a, Some(&family))
            } else {
                a.clone()
            }
        })
        .collect();
    if !authors.is_empty() {
        out.push(format!("{}.", escape(&authors.join(", "))));
    }
    out.push(format!("“{}.”", smarten_all(&text.title)));
    if let Some(date) = &text.date {
        out.push(format!("{}.", escape(&date.display())));
    }
    out.push(format!("In <cite>{}</cite>.", smarten_all(site_title)));
    if let Some(url) = url {
        out.push(format!("{}.", escape(url)));
    }
    if let Some((original, parts)) = source_of(source) {
        let source = match parts.filter(|p| p.work_title().is_some()) {
            Some(parts) => {
                let mut html = work_html(parts);
                if let Some(pages) = &parts.pages {
                    html = format!("{}, {}.", html.trim_end_matches('.'), pages_label(pages));
                }
                html
            }
            None => smarten_all(original),
        };
        out.push(format!("Original source: {source}"));
    }
    out.join(" ")
}

/// Braces and the characters LaTeX gives a meaning to, made safe inside a `{…}` value.
fn bib_value(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '{' | '}' => {}
            '&' | '%' | '#' | '_' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// `1938-03-06`, `1938-03`, `1938`: a date's start, ISO 8601.
fn iso_date(date: &HistoricalDate) -> String {
    let start = &date.start;
    match (start.month, start.day) {
        (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", start.year),
        (Some(m), None) => format!("{:04}-{m:02}", start.year),
        _ => format!("{:04}", start.year),
    }
}

fn original_source_note(source: Option<&TextSource>) -> Option<String> {
    source_of(source).map(|(original, _)| format!("Original source: {}", original.trim()))
}

fn bibtex(text: &Text, source: Option<&TextSource>, site_title: &str, url: Option<&str>) -> String {
    let mut fields: Vec<(&str, String)> = Vec::new();
    if !text.authors.is_empty() {
        let names: Vec<String> = text
            .authors
            .iter()
            .map(|a| match split_name(a) {
                (family, Some(given)) => format!("{family}, {given}"),
                (family, None) => family,
            })
            .collect();
        fields.push(("author", names.join(" and ")));
    }
    fields.push(("title", format!("{{{}}}", bib_value(&text.title))));
    if let Some(date) = &text.date {
        fields.push(("date", iso_date(date)));
        fields.push(("year", date.year().to_string()));
    }
    fields.push(("howpublished", site_title.to_string()));
    if let Some(url) = url {
        fields.push(("url", url.to_string()));
    }
    if let Some(language) = &text.language {
        fields.push(("langid", language.clone()));
    }
    if let Some(note) = original_source_note(source) {
        fields.push(("note", note));
    }
    let mut out = format!("@misc{{{},\n", text.slug);
    for (name, value) in fields {
        let value = if name == "title" {
            value
        } else {
            bib_value(&value)
        };
        out.push_str(&format!("  {name} = {{{value}}},\n"));
    }
    out.push_str("}\n");
    out
}

fn ris(text: &Text, source: Option<&TextSource>, site_title: &str, url: Option<&str>) -> String {
    let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut lines = vec![("TY", "GEN".to_string())];
    for author in &text.authors {
        let name = match split_name(author) {
            (family, Some(given)) => format!("{family}, {given}"),
            (family, None) => family,
        };
        lines.push(("AU", name));
    }
    lines.push(("TI", one_line(&text.title)));
    if let Some(date) = &text.date {
        let start = &date.start;
        let part = |p: Option<u8>| p.map(|v| format!("{v:02}")).unwrap_or_default();
        lines.push((
            "DA",
            format!(
                "{:04}/{}/{}/",
                start.year,
                part(start.month),
                part(start.day)
            ),
        ));
        lines.push(("PY", format!("{:04}", start.year)));
    }
    lines.push(("T2", one_line(site_title)));
    if let Some(url) = url {
        lines.push(("UR", url.to_string()));
    }
    if let Some(language) = &text.language {
        lines.push(("LA", language.clone()));
    }
    if let Some(note) = original_source_note(source) {
        lines.push(("N1", one_line(&note)));
    }
    lines.push(("ER", String::new()));
    let mut out = String::new();
    for (tag, value) in lines {
        out.push_str(format!("{tag}  - {value}").trim_end());
        if tag == "ER" {
            out.push(' ');
        }
        out.push_str("\r\n");
    }
    out
}

fn csl_json(
    text: &Text,
    source: Option<&TextSource>,
    site_title: &str,
    url: Option<&str>,
) -> String {
    let authors: Vec<serde_json::Value> = text
        .authors
        .iter()
        .map(|a| match split_name(a) {
            (family, Some(given)) => json!({ "family": family, "given": given }),
            (family, None) => json!({ "literal": family }),
        })
        .collect();
    let mut item = json!({
        "id": text.slug,
        "type": "document",
        "title": text.title,
        "container-title": site_title,
    });
    let map = item.as_object_mut().expect("an object");
    if !authors.is_empty() {
        map.insert("author".into(), json!(authors));
    }
    if let Some(date) = &text.date {
        let start = &date.start;
        let mut parts = vec![i64::from(start.year)];
        parts.extend(start.month.map(i64::from));
        parts.extend(start.day.filter(|_| start.month.is_some()).map(i64::from));
        map.insert("issued".into(), json!({ "date-parts": [parts] }));
    }
    if let Some(url) = url {
        map.insert("URL".into(), json!(url));
    }
    if let Some(language) = &text.language {
        map.insert("language".into(), json!(language));
    }
    if let Some(note) = original_source_note(source) {
        map.insert("note".into(), json!(note));
    }
    let mut out = serde_json::to_string_pretty(&json!([item])).unwrap_or_default();
    out.push('\n');
    out
}

/// Highwire Press tags, read by Zotero and Google Scholar: the title, each author, the date the
/// text was written (`citation_date`, never an edition's year in its place), the publication
/// date when known, the language, and from the text's own source its publisher, volume and
/// first and last page.
pub fn citation_meta(text: &Text, source: Option<&TextSource>) -> Vec<MetaTag> {
    let mut meta = vec![MetaTag::new("citation_title", text.title.clone())];
    meta.extend(
        text.authors
            .iter()
            .map(|a| MetaTag::new("citation_author", a.clone())),
    );
    if let Some(date) = &text.date {
        meta.push(MetaTag::new("citation_date", date.highwire()));
    }
    if let Some(published) = &text.published {
        meta.push(MetaTag::new(
            "citation_publication_date",
            published.highwire(),
        ));
    }
    if let Some(language) = &text.language {
        meta.push(MetaTag::new("citation_language", language.clone()));
    }
    if let Some(parts) = source_of(source).and_then(|(_, parts)| parts) {
        if let Some(publisher) = &parts.publisher {
            meta.push(MetaTag::new("citation_publisher", publisher.clone()));
        }
        if let Some(volume) = &parts.volume {
            meta.push(MetaTag::new("citation_volume", volume.clone()));
        }
        if let Some(pages) = &parts.pages {
            meta.push(MetaTag::new("citation_firstpage", pages.first.clone()));
            if let Some(last) = &pages.last {
                meta.push(MetaTag::new("citation_lastpage", last.clone()));
            }
        }
    }
    meta
}
