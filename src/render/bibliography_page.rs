//! The bibliography page, `bibliography.html`: every work the texts cite, sorted by author then
//! title, each set as a bibliography entry with links to every note that cites it.
//!
//! In: the [`Bibliography`] and the texts. Out: the template context for `bibliography.html`,
//! and for each text page the link from a note to its work. Entries are plain Chicago-like
//! bibliography text (`Trotsky, Leon. “Title.” In *Container*. Place: Publisher, Year.`) built
//! from the parts the reference reader found; the note's own words stay verbatim on the text page.

use std::collections::BTreeMap;

use serde::Serialize;

use super::layout::LinkView;
use super::typography::{escape, smarten_all};
use super::xref_page::{entry_href, is_shown};
use crate::lexicon::fold;
use crate::model::Text;
use crate::model::bibliography::{Bibliography, Citing};
use crate::model::citation::{CitationParts, Pages, ReferenceFamily};
use crate::model::kinds::EntryKind;
use crate::model::xref::CrossReferences;

/// The page's path from the site root.
pub const PAGE: &str = "bibliography.html";

/// The page's context, available to the template as `bibliography`.
#[derive(Debug, Clone, Serialize)]
pub struct BibliographyView {
    /// The works, in order.
    pub works: Vec<WorkView>,
    /// Short references that point at nothing before them.
    pub unresolved: Vec<CitingView>,
}

/// One entry.
#[derive(Debug, Clone, Serialize)]
pub struct WorkView {
    /// The entry's anchor.
    pub id: String,
    /// The entry, set (HTML).
    pub html: String,
    /// The notes citing it.
    pub citations: Vec<CitingView>,
    /// The work's cross-reference entry, where the texts' mentions of it are listed.
    pub entry: Option<LinkView>,
}

/// A link to one citing note.
#[derive(Debug, Clone, Serialize)]
pub struct CitingView {
    /// From the site root: `texts/<slug>.html#note-N`.
    pub href: String,
    /// The text's title (HTML).
    pub text_html: String,
    /// The note's number.
    pub note: usize,
    /// The pages the note cites: `p. 12`, `pp. 85–87`, `p. 93 f.`.
    pub pages: Option<String>,
    /// `Ibid.`, `op. cit.` or `short form` when the note is one.
    pub form: Option<&'static str>,
    /// The note's words (HTML), for unresolved references.
    pub original_html: String,
}

/// Builds the page's context.
pub fn bibliography_view(
    bibliography: &Bibliography,
    texts: &[Text],
    xref: &CrossReferences,
) -> BibliographyView {
    BibliographyView {
        works: bibliography
            .works
            .iter()
            .map(|work| WorkView {
                id: work.id.clone(),
                html: work_html(&work.parts),
                citations: work
                    .citations
                    .iter()
                    .map(|c| citing_view(c, texts))
                    .collect(),
                entry: work_entry(&work.parts, xref),
            })
            .collect(),
        unresolved: bibliography
            .unresolved
            .iter()
            .map(|c| citing_view(c, texts))
            .collect(),
    }
}

/// The shown cross-reference entry of kind work for the work: named (or aliased) as its title,
/// or as the start of a longer title (`Pour sa propre sauvegarde, la bureaucratie …`), else
/// as its container.
fn work_entry(parts: &CitationParts, xref: &CrossReferences) -> Option<LinkView> {
    let works: Vec<_> = xref
        .entries
        .iter()
        .filter(|e| e.kind == Some(EntryKind::Work) && is_shown(e))
        .collect();
    let names = |e: &crate::model::xref::Entry| {
        std::iter::once(fold(&e.name))
            .chain(e.aliases.iter().map(|a| fold(a)))
            .collect::<Vec<_>>()
    };
    let title = parts.title.as_deref().map(fold);
    let container = parts.container.as_deref().map(fold);
    let by_title = title.as_ref().and_then(|title| {
        works.iter().find(|e| {
            names(e).iter().any(|n| {
                n == title || (n.split_whitespace().count() >= 3 && title.starts_with(n.as_str()))
            })
        })
    });
    let by_container = || {
        container
            .as_ref()
            .and_then(|c| works.iter().find(|e| names(e).contains(c)))
    };
    by_title.or_else(by_container).map(|e| LinkView {
        label: e.name.clone(),
        href: entry_href(e, ""),
    })
}

fn citing_view(citing: &Citing, texts: &[Text]) -> CitingView {
    let text = &texts[citing.text];
    CitingView {
        href: format!("texts/{}.html#note-{}", text.slug, citing.note),
        text_html: smarten_all(&text.title),
        note: citing.note,
        pages: citing.pages.as_ref().map(pages_label),
        form: match citing.family {
            ReferenceFamily::Ibid => Some("Ibid."),
            ReferenceFamily::OpCit => Some("op. cit."),
            ReferenceFamily::Short => Some("short form"),
            _ => None,
        },
        original_html: smarten_all(&citing.original),
    }
}

/// `p. 12`, `pp. 85–87` (ranges with an en dash, abbreviations expanded), `p. 93 f.`, or the
/// written form for a list of pages.
pub fn pages_label(pages: &Pages) -> String {
    match &pages.last {
        Some(last) => format!("pp. {}–{last}", pages.first),
        None if pages.following => format!("p. {} f.", pages.first),
        None if pages.written == pages.first => format!("p. {}", pages.first),
        None => format!("pp. {}", pages.written),
    }
}

/// For text `index`: note number → the anchor of the work it cites.
pub fn note_works(bibliography: &Bibliography, index: usize) -> BTreeMap<usize, String> {
    bibliography
        .works
        .iter()
        .flat_map(|w| {
            w.citations
                .iter()
                .filter(move |c| c.text == index)
                .map(move |c| (c.note, w.id.clone()))
        })
        .collect()
}

/// `Leon Trotsky` → `Trotsky, Leon`; a single name or initials-first name stays as written.
pub fn inverted_name(author: &str, surname: Option<&str>) -> String {
    match (surname, author.rsplit_once(' ')) {
        (Some(surname), Some((given, last))) if last == surname => format!("{surname}, {given}"),
        _ => author.to_string(),
    }
}

/// A work as a bibliography entry (HTML): author, title, container, volume, edition, series,
/// imprint, issue; an archival document as type, repository and collection.
pub fn work_html(parts: &CitationParts) -> String {
    let mut out: Vec<String> = Vec::new();
    if let Some(author) = &parts.author {
        out.push(format!(
            "{}.",
            escape(&inverted_name(author, parts.surname.as_deref()))
        ));
    }
    if parts.family == ReferenceFamily::Archival {
        if let Some(kind) = &parts.document_type {
            out.push(format!("{}.", escape(kind)));
        }
        let holder = [parts.repository.as_deref(), parts.collection.as_deref()]
            .into_iter()
            .flatten()
            .map(escape)
            .collect::<Vec<_>>()
            .join(": ");
        if !holder.is_empty() {
            out.push(format!("{holder}."));
        }
        return out.join(" ");
    }
    match (&parts.title, &parts.container) {
        (Some(title), Some(container)) => {
            out.push(format!("“{}.”", smarten_all(title)));
            let word = if parts.family == ReferenceFamily::Periodical {
                ""
            } else {
                "In "
            };
            out.push(format!("{word}<cite>{}</cite>", smarten_all(container)));
        }
        (Some(title), None) => out.push(format!("<cite>{}</cite>", smarten_all(title))),
        (None, Some(container)) => out.push(format!("<cite>{}</cite>", smarten_all(container))),
        (None, None) => {}
    }
    let mut details: Vec<String> = Vec::new();
    if let Some(volume) = &parts.volume {
        details.push(format!("vol. {}", escape(volume)));
    }
    if let Some(number) = &parts.number {
        details.push(format!("no. {}", escape(number)));
    }
    if let Some(issue) = &parts.issue {
        details.push(escape(&issue.display()));
    }
    if let Some(edition) = &parts.edition {
        let edition = if edition.chars().all(|c| c.is_ascii_digit()) {
            format!("{edition}. ed.")
        } else {
            edition.clone()
        };
        details.push(escape(&edition));
    }
    if let Some(last) = out.last_mut() {
        if !details.is_empty() {
            last.push_str(", ");
            last.push_str(&details.join(", "));
        }
        if !last.ends_with('.') && !last.ends_with(".”") {
            last.push('.');
        }
    }
    if let Some(series) = &parts.series {
        out.push(format!("{}.", smarten_all(series)));
    }
    let year = parts.year.filter(|_| parts.issue.is_none()).map(|y| {
        if parts.year_supplied {
            format!("[{y}]")
        } else {
            y.to_string()
        }
    });
    let imprint = match (&parts.place, &parts.publisher) {
        (Some(place), Some(publisher)) => Some(format!(
            "{}: {}",
            smarten_all(place),
            smarten_all(publisher)
        )),
        (Some(place), None) => Some(smarten_all(place)),
        (None, Some(publisher)) => Some(smarten_all(publisher)),
        (None, None) => None,
    };
    match (imprint, year) {
        (Some(imprint), Some(year)) => out.push(format!("{imprint}, {year}.")),
        (Some(imprint), None) => out.push(format!("{imprint}.")),
        (None, Some(year)) => out.push(format!("{year}.")),
        (None, None) => {}
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chapter_in_a_book_reads_as_a_chicago_entry() {
        let parts = CitationParts::parse(
            "Leon Trotsky, Pour sa propre sauvegarde, la bureaucratie entretient la terreur (26 September 1935). L'appareil policier du stalinisme (Paris: Union générale d'éditions, 1976), pp. 85--87.",
        );
        assert_eq!(
            work_html(&parts),
            "Trotsky, Leon. “Pour sa propre sauvegarde, la bureaucratie entretient la terreur.” In <cite>L’appareil policier du stalinisme</cite>. Paris: Union générale d’éditions, 1976."
        );
    }

    #[test]
    fn pages_read_as_a_scholar_writes_them() {
        let label = |text: &str| {
            CitationParts::parse(text)
                .pages
                .as_ref()
                .map(pages_label)
                .unwrap_or_default()
        };
        assert_eq!(label("Ibid., 347-52."), "pp. 347–352");
        assert_eq!(label("Briefe, Band 1, Berlin 1967, S. 93 f."), "p. 93 f.");
        assert_eq!(label("Ibid., pp. 110, 118"), "pp. 110, 118");
        assert_eq!(label("Ibid., p. 5"), "p. 5");
    }

    #[test]
    fn an_archive_series_line_keeps_its_supplied_year_and_volume() {
        let parts = CitationParts::parse(
            "Lenin Collected Works, Progress Publishers, [1977], Moscow, Volume 43, page 260a.",
        );
        assert_eq!(
            work_html(&parts),
            "Lenin. <cite>Collected Works</cite>, vol. 43. Moscow: Progress Publishers, [1977]."
        );
    }
}
