//! The bibliography page, `bibliography.html`: every work the texts cite, sorted by author then
//! title, each set as a bibliography entry with links to every note that cites it.
//!
//! In: the [`Bibliography`] and the texts. Out: the template contexts of `bibliography.html`
//! (continued on `bibliography.p2.html`… past [`WORKS_PER_PAGE`] works), and for each text page
//! the link from a note to its work. A work cited by very many notes lists the first
//! [`CITING_SHOWN`] and counts the rest, so that no page grows with the square of the corpus. Entries are plain Chicago-like
//! bibliography text (`Trotsky, Leon. “Title.” In *Container*. Place: Publisher, Year.`) built
//! from the parts the reference reader found, as `content/bibliography.yaml` corrects them (the
//! reference as the texts give it is shown beside a corrected entry); the note's own words stay
//! verbatim on the text page. A work the editors name is listed as theirs, cited by no note.

use std::collections::BTreeMap;

use serde::Serialize;

use super::layout::LinkView;
use super::typography::{escape, smarten_all};
use super::xref_page::{entry_href, is_shown};
use crate::lexicon::fold;
use crate::model::Text;
use crate::model::bibliography::{Bibliography, Citing, WorkOrigin};
use crate::model::citation::{CitationParts, Pages, ReferenceFamily};
use crate::model::kinds::EntryKind;
use crate::model::xref::CrossReferences;

/// The page's path from the site root.
pub const PAGE: &str = "bibliography.html";

/// How many works one page of the bibliography lists.
pub const WORKS_PER_PAGE: usize = 400;

/// How many citing notes a work lists (the rest are counted).
pub const CITING_SHOWN: usize = 20;

/// The page's context, available to the template as `bibliography`.
#[derive(Debug, Clone, Serialize)]
pub struct BibliographyView {
    /// The works, in order.
    pub works: Vec<WorkView>,
    /// Short references that point at nothing before them (on the first page).
    pub unresolved: Vec<CitingView>,
    /// The pages of the list, when it takes more than one.
    pub pager: Option<super::paging::PagerView>,
}

/// One entry.
#[derive(Debug, Clone, Serialize)]
pub struct WorkView {
    /// The entry's anchor.
    pub id: String,
    /// The entry, set (HTML).
    pub html: String,
    /// The notes citing it (the first [`CITING_SHOWN`]).
    pub citations: Vec<CitingView>,
    /// How many more notes cite it.
    pub more_citations: usize,
    /// The work's cross-reference entry, where the texts' mentions of it are listed.
    pub entry: Option<LinkView>,
    /// Whether the entry is as the texts give it, corrected by the editors, or theirs alone.
    pub origin: WorkOrigin,
    /// For a corrected work, the reference as the texts give it (HTML).
    pub original_html: Option<String>,
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

/// Builds the pages' contexts: path from the site root and view, in order.
pub fn bibliography_pages(
    bibliography: &Bibliography,
    texts: &[Text],
    xref: &CrossReferences,
) -> Vec<(String, BibliographyView)> {
    let works = WorkIndex::new(xref);
    let pages = super::paging::pages_of(&bibliography.works, WORKS_PER_PAGE);
    let count = pages.len();
    pages
        .into_iter()
        .enumerate()
        .map(|(i, chunk)| {
            let number = i + 1;
            let view = BibliographyView {
                works: chunk
                    .iter()
                    .map(|work| WorkView {
                        id: work.id.clone(),
                        html: work_html(&work.parts),
                        citations: work
                            .citations
                            .iter()
                            .take(CITING_SHOWN)
                            .map(|c| citing_view(c, texts))
                            .collect(),
                        more_citations: work.citations.len().saturating_sub(CITING_SHOWN),
                        entry: works.entry_for(&work.parts, xref),
                        origin: work.origin,
                        original_html: Some(&work.parts.original)
                            .filter(|o| work.origin == WorkOrigin::Corrected && !o.is_empty())
                            .map(|o| smarten_all(o)),
                    })
                    .collect(),
                unresolved: if number == 1 {
                    bibliography
                        .unresolved
                        .iter()
                        .map(|c| citing_view(c, texts))
                        .collect()
                } else {
                    Vec::new()
                },
                pager: super::paging::PagerView::new("bibliography", number, count),
            };
            (super::paging::page_path("bibliography", number), view)
        })
        .collect()
}

/// The shown cross-reference entries of kind work, by folded name and alias, built once for
/// the whole bibliography.
struct WorkIndex {
    by_name: std::collections::HashMap<String, usize>,
}

impl WorkIndex {
    fn new(xref: &CrossReferences) -> WorkIndex {
        let mut by_name = std::collections::HashMap::new();
        for (i, entry) in xref.entries.iter().enumerate() {
            if entry.kind != Some(EntryKind::Work) || !is_shown(entry) {
                continue;
            }
            for name in std::iter::once(&entry.name).chain(&entry.aliases) {
                by_name.entry(fold(name)).or_insert(i);
            }
        }
        WorkIndex { by_name }
    }

    /// The work's entry: named (or aliased) as its title, or as the start of a longer title of
    /// three words or more (`Pour sa propre sauvegarde, la bureaucratie …`), else as its
    /// container.
    fn entry_for(&self, parts: &CitationParts, xref: &CrossReferences) -> Option<LinkView> {
        let by_title = parts.title.as_deref().map(fold).and_then(|title| {
            if let Some(i) = self.by_name.get(&title) {
                return Some(*i);
            }
            let words: Vec<&str> = title.split_whitespace().collect();
            (3..words.len()).rev().find_map(|k| {
                let prefix = words[..k].join(" ");
                let prefix = prefix.trim_end_matches([',', ';', ':', '.']);
                self.by_name.get(prefix).copied()
            })
        });
        let found = by_title.or_else(|| {
            parts
                .container
                .as_deref()
                .and_then(|c| self.by_name.get(&fold(c)).copied())
        })?;
        let entry = &xref.entries[found];
        Some(LinkView {
            label: entry.name.clone(),
            href: entry_href(entry, ""),
        })
    }
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

/// For each text: note number → the link (from the site root) to the work it cites, on the
/// bibliography page that lists it. One pass over the works.
pub fn note_works_by_text(
    bibliography: &Bibliography,
    text_count: usize,
) -> Vec<BTreeMap<usize, String>> {
    let mut by_text = vec![BTreeMap::new(); text_count];
    for (i, work) in bibliography.works.iter().enumerate() {
        let page = super::paging::page_path("bibliography", i / WORKS_PER_PAGE + 1);
        for citing in &work.citations {
            if let Some(notes) = by_text.get_mut(citing.text) {
                notes.insert(citing.note, format!("{page}#{}", work.id));
            }
        }
    }
    by_text
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
