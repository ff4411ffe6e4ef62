//! Notes formatted by a real CSL processor (hayagriva) in the site's citation style: the first
//! note for a work in full, later ones in the style's short form, as a published edition sets
//! them; the note's own wording is kept beside the formatted one.
//!
//! In: the [`Bibliography`] (works and the notes citing them), the texts, the style's name from
//! `content/site.yaml` (`citation_style`). Out: per text, note number → formatted note (HTML).
//! Each work becomes a hayagriva entry (a chapter in its book, a book or a volume of a series);
//! a note's pages are its locator. Periodical issues and archival documents are not formatted
//! (see [`entry_of`]). hayagriva's Chicago styles print no place of publication: the place stays
//! in the source's wording beside the note and on the bibliography page. hayagriva's own HTML carries inline styles,
//! so its output elements are written here as `<i>`, `<b>` and text.

use std::collections::BTreeMap;

use rayon::prelude::*;

use hayagriva::archive::{ArchivedStyle, locales};
use hayagriva::citationberg::taxonomy::Locator;
use hayagriva::citationberg::{FontStyle, FontWeight, IndependentStyle, Style};
use hayagriva::{
    BibliographyDriver, BibliographyRequest, CitationItem, CitationRequest, ElemChild,
    ElemChildren, Entry, LocatorPayload, SpecificLocator,
};
use serde_yaml::{Mapping, Value};

use super::bibliography_page::inverted_name;
use super::typography::escape;
use crate::error::Diagnostic;
use crate::model::bibliography::Bibliography;
use crate::model::citation::{CitationParts, ReferenceFamily};

/// A loaded citation style.
pub struct NoteStyle {
    style: IndependentStyle,
    /// The same style with an empty bibliography layout, for the request that ends each
    /// text's driver: hayagriva renders a bibliography entry per work there, which the notes
    /// never use (its sort, which numbers the citations, is kept).
    finish_style: IndependentStyle,
    /// The locales the style can resolve to (see [`usable_locales`]).
    locales: Vec<hayagriva::citationberg::Locale>,
}

impl NoteStyle {
    /// The style named in `content/site.yaml`; an unknown or dependent style is an error
    /// naming the file.
    pub fn by_name(name: &str) -> Result<NoteStyle, Diagnostic> {
        let unknown = || {
            Diagnostic::error(
                "content/site.yaml",
                format!(
                    "citation_style `{name}` is not one of the CSL styles built in (e.g. chicago-notes, chicago-shortened-notes, apa, modern-language-association)"
                ),
            )
        };
        match ArchivedStyle::by_name(name).ok_or_else(unknown)?.get() {
            Style::Independent(style) => {
                let mut finish_style = style.clone();
                if let Some(bibliography) = &mut finish_style.bibliography {
                    bibliography.layout.elements.clear();
                }
                let locales = usable_locales(&style);
                Ok(NoteStyle {
                    style,
                    finish_style,
                    locales,
                })
            }
            Style::Dependent(_) => Err(unknown()),
        }
    }
}

/// The bundled locales hayagriva can pick for `style`: its default locale (en-US when it names
/// none), that language's fallback and en-US, in the bundle's order. hayagriva searches the
/// list it is given for these alone, so the result is the same as with the whole bundle
/// (about 60 locales, searched by name for every term of every note).
fn usable_locales(style: &IndependentStyle) -> Vec<hayagriva::citationberg::Locale> {
    use hayagriva::citationberg::LocaleCode;
    let locale = style
        .default_locale
        .clone()
        .unwrap_or_else(LocaleCode::en_us);
    let wanted = [Some(LocaleCode::en_us()), locale.fallback(), Some(locale)];
    locales()
        .into_iter()
        .filter(|l| wanted.iter().flatten().any(|w| l.lang.as_ref() == Some(w)))
        .collect()
}

/// The notes of every text, ready to be formatted text by text (as each page is rendered, so
/// the formatted notes of the whole site are never held at once).
pub struct NoteFormatter<'a> {
    style: &'a NoteStyle,
    /// Each work as a hayagriva entry (`None`: kept in the source's wording).
    entries: Vec<Option<Entry>>,
    /// Per text: (note number, work, pages) of each note citing a work.
    by_text: Vec<Vec<(usize, usize, Option<String>)>>,
}

impl<'a> NoteFormatter<'a> {
    /// Collects the notes of `bibliography` by text.
    pub fn new(bibliography: &Bibliography, text_count: usize, style: &'a NoteStyle) -> Self {
        let entries: Vec<Option<Entry>> = bibliography
            .works
            .par_iter()
            .map(|w| entry_of(&w.id, &w.parts))
            .collect();
        let mut by_text: Vec<Vec<(usize, usize, Option<String>)>> = vec![Vec::new(); text_count];
        for (w, work) in bibliography.works.iter().enumerate() {
            for citing in &work.citations {
                let pages = citing.pages.as_ref().map(|p| match &p.last {
                    Some(last) => format!("{}–{last}", p.first),
                    None => p.written.clone(),
                });
                if let Some(list) = by_text.get_mut(citing.text) {
                    list.push((citing.note, w, pages));
                }
            }
        }
        for notes in &mut by_text {
            notes.sort();
        }
        NoteFormatter {
            style,
            entries,
            by_text,
        }
    }

    /// Text `text`'s notes: note number → the note formatted in the style (HTML).
    pub fn notes_of(&self, text: usize) -> BTreeMap<usize, String> {
        match self.by_text.get(text) {
            Some(notes) if !notes.is_empty() => format_text_notes(notes, &self.entries, self.style),
            _ => BTreeMap::new(),
        }
    }
}

/// For every text (by index): note number → the note formatted in `style` (HTML).
pub fn formatted_notes(
    bibliography: &Bibliography,
    text_count: usize,
    style: &NoteStyle,
) -> Vec<BTreeMap<usize, String>> {
    let formatter = NoteFormatter::new(bibliography, text_count, style);
    (0..text_count)
        .into_par_iter()
        .map(|text| formatter.notes_of(text))
        .collect()
}

/// One text's notes, in order, through one driver (so later notes get the short form).
fn format_text_notes(
    notes: &[(usize, usize, Option<String>)],
    entries: &[Option<Entry>],
    style: &NoteStyle,
) -> BTreeMap<usize, String> {
    let mut driver = BibliographyDriver::new();
    let mut numbers = Vec::new();
    for (note, work, pages) in notes {
        let Some(entry) = entries.get(*work).and_then(Option::as_ref) else {
            continue;
        };
        let locator = pages
            .as_deref()
            .map(|p| SpecificLocator(Locator::Page, LocatorPayload::Str(p)));
        let item = CitationItem::with_locator(entry, locator);
        driver.citation(CitationRequest::new(
            vec![item],
            &style.style,
            None,
            &style.locales,
            Some(*note),
        ));
        numbers.push(*note);
    }
    let rendered = driver.finish(BibliographyRequest::new(
        &style.finish_style,
        None,
        &style.locales,
    ));
    numbers
        .into_iter()
        .zip(rendered.citations)
        .map(|(note, citation)| {
            let mut html = String::new();
            write_html(&citation.citation, &mut html);
            (note, html)
        })
        .collect()
}

/// hayagriva's output elements as HTML with no inline styles.
fn write_html(children: &ElemChildren, out: &mut String) {
    for child in &children.0 {
        match child {
            ElemChild::Text(text) => {
                let italic = text.formatting.font_style == FontStyle::Italic;
                let bold = text.formatting.font_weight == FontWeight::Bold;
                if italic {
                    out.push_str("<i>");
                }
                if bold {
                    out.push_str("<b>");
                }
                out.push_str(&escape(&text.text));
                if bold {
                    out.push_str("</b>");
                }
                if italic {
                    out.push_str("</i>");
                }
            }
            ElemChild::Elem(elem) => write_html(&elem.children, out),
            ElemChild::Markup(markup) => out.push_str(&escape(markup)),
            ElemChild::Link { text, .. } => out.push_str(&escape(&text.text)),
            ElemChild::Transparent { .. } => {}
        }
    }
}

/// A work as a hayagriva entry, by way of its YAML format (the documented, stable input).
/// Archival documents, periodical issues (the styles print an untitled issue by its year
/// alone, dropping the day) and references with no title are not formatted: their notes keep
/// the source's wording only.
fn entry_of(key: &str, parts: &CitationParts) -> Option<Entry> {
    if matches!(
        parts.family,
        ReferenceFamily::Archival | ReferenceFamily::Periodical
    ) {
        return None;
    }
    let mut entry = Mapping::new();
    let put = |map: &mut Mapping, k: &str, v: Value| {
        map.insert(Value::from(k), v);
    };
    let publisher = |parts: &CitationParts| -> Option<Value> {
        let name = parts.publisher.clone()?;
        let mut map = Mapping::new();
        map.insert("name".into(), name.into());
        if let Some(place) = &parts.place {
            map.insert("location".into(), place.clone().into());
        }
        Some(Value::Mapping(map))
    };
    // Titles are kept as the source writes them: an undetermined language keeps the style
    // from title-casing French or German titles.
    put(&mut entry, "language", "und".into());
    if let Some(author) = &parts.author {
        let name = inverted_name(author, parts.surname.as_deref());
        put(&mut entry, "author", Value::Sequence(vec![name.into()]));
    }
    let mut container = Mapping::new();
    let (kind, parent_kind) = ("chapter", "book");
    match (&parts.title, &parts.container) {
        (Some(title), Some(book)) => {
            put(&mut entry, "type", kind.into());
            put(&mut entry, "title", title.clone().into());
            put(&mut container, "type", parent_kind.into());
            put(&mut container, "title", book.clone().into());
        }
        (Some(title), None) | (None, Some(title)) => {
            put(&mut entry, "type", "book".into());
            put(&mut entry, "title", title.clone().into());
        }
        (None, None) => return None,
    }
    // The edition's details belong to the book when the work is a chapter in it.
    let target = if container.is_empty() {
        &mut entry
    } else {
        &mut container
    };
    if let Some(year) = parts.year {
        put(target, "date", year.to_string().into());
    }
    if let Some(publisher) = publisher(parts) {
        put(target, "publisher", publisher);
    } else if let Some(place) = &parts.place {
        put(target, "location", place.clone().into());
    }
    if let Some(volume) = &parts.volume {
        put(target, "volume", volume.clone().into());
    }
    if let Some(edition) = &parts.edition {
        put(target, "edition", edition.clone().into());
    }
    if !container.is_empty() {
        put(&mut entry, "parent", Value::Mapping(container));
    }
    let mut library = Mapping::new();
    library.insert(key.into(), Value::Mapping(entry));
    let yaml = serde_yaml::to_string(&Value::Mapping(library)).ok()?;
    let parsed = hayagriva::io::from_yaml_str(&yaml).ok()?;
    parsed.get(key).cloned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::bibliography::{Citing, Work};

    fn work(id: &str, reference: &str, notes: &[(usize, &str)]) -> Work {
        let parts = CitationParts::parse(reference);
        Work {
            id: id.to_string(),
            citations: notes
                .iter()
                .map(|(note, pages)| Citing {
                    text: 0,
                    note: *note,
                    pages: Some(crate::parse::citation_parts::pages::read(pages)),
                    family: parts.family,
                    original: reference.to_string(),
                })
                .collect(),
            parts: CitationParts {
                pages: None,
                ..parts
            },
            origin: crate::model::bibliography::WorkOrigin::Texts,
        }
    }

    fn notes_in(style: &str) -> BTreeMap<usize, String> {
        let bibliography = Bibliography {
            works: vec![
                work(
                    "chapter",
                    "Leon Trotsky, Pour sa propre sauvegarde, la bureaucratie entretient la terreur (26 September 1935). L'appareil policier du stalinisme (Paris: Union générale d'éditions, 1976), pp. 85--87.",
                    &[(1, "85--87"), (3, "86")],
                ),
                work(
                    "series",
                    "Writing of Leon Trotsky, Vol. 14, New York 1979, p 765-767.",
                    &[(2, "765-767")],
                ),
            ],
            unresolved: Vec::new(),
        };
        let style = NoteStyle::by_name(style).expect("a built-in style");
        formatted_notes(&bibliography, 1, &style).remove(0)
    }

    #[test]
    fn chicago_notes_give_the_full_form_first_and_the_short_form_after() {
        let notes = notes_in("chicago-notes");
        assert_eq!(
            notes.values().cloned().collect::<Vec<_>>(),
            vec![
                "Leon Trotsky, “Pour sa propre sauvegarde, la bureaucratie entretient la terreur,” in <i>L'appareil policier du stalinisme</i> (Union générale d'éditions, 1976), 85–87.",
                "<i>Writing of Leon Trotsky</i> (1979), 14:765–767.",
                "Trotsky, “Pour sa propre sauvegarde, la bureaucratie entretient la terreur,” 86.",
            ],
            "titles as written (not title-cased), the second note to the chapter shortened"
        );
    }

    #[test]
    fn apa_gives_author_date_citations() {
        let notes = notes_in("apa");
        assert_eq!(
            notes.values().cloned().collect::<Vec<_>>(),
            vec![
                "(Trotsky, 1976, pp. 85–87)",
                "(<i>Writing of Leon Trotsky</i>, 1979, pp. 765–767)",
                "(Trotsky, 1976, p. 86)",
            ]
        );
    }

    #[test]
    fn regression_a_newspaper_issue_keeps_its_own_wording_not_a_year_alone() {
        let bibliography = Bibliography {
            works: vec![work(
                "pravda",
                "Pravda, 14 January 1938, p. 2.",
                &[(1, "2")],
            )],
            unresolved: Vec::new(),
        };
        let style = NoteStyle::by_name("chicago-notes").expect("a built-in style");
        assert!(formatted_notes(&bibliography, 1, &style)[0].is_empty());
    }

    #[test]
    fn regression_an_unknown_style_is_an_error_naming_the_file() {
        let Err(error) = NoteStyle::by_name("chicago-nots") else {
            panic!("an unknown style is an error")
        };
        assert!(
            error
                .to_string()
                .starts_with("content/site.yaml: citation_style `chicago-nots`")
        );
    }
}
