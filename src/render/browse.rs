//! Browsing a large collection: texts by year, by author and by title, with counts.
//!
//! In: the texts and their summaries (as the home page lists them). Out, for a collection of at
//! least [`BROWSE_MIN_TEXTS`] texts: a [`BrowseView`] for the home page (decades with their
//! years, the most frequent authors, kinds and languages, each with a count) and the list pages
//! it links: `years/<year>.html` (and `years/undated.html`), `authors/<slug>.html`,
//! `authors.html` (every author) and `titles.html` (every text by title). Every list continues
//! on numbered pages past [`TEXTS_PER_LIST_PAGE`] entries, so a text is at most three clicks
//! from the home page and no page grows with the collection.

use std::collections::BTreeMap;

use serde::Serialize;

use super::pages::TextSummary;
use super::paging::{PagerView, page_count, page_path, pages_of};
use crate::model::slug::bounded;
use crate::model::{Text, TextKind};

/// Below this many texts the home page's single list is the best way in; no browsing pages.
pub const BROWSE_MIN_TEXTS: usize = 20;
/// How many texts (or authors) one list page holds.
pub const TEXTS_PER_LIST_PAGE: usize = 300;
/// How many authors the home page names (the most frequent); `authors.html` has them all.
pub const AUTHORS_ON_HOME: usize = 24;

/// A label with a count and, where there is a page for it, a link from the site root.
#[derive(Debug, Clone, Serialize)]
pub struct CountLink {
    /// What is counted: a year, an author, a kind.
    pub label: String,
    /// How many texts.
    pub count: usize,
    /// Its list page, from the site root.
    pub href: Option<String>,
}

/// A decade and its years.
#[derive(Debug, Clone, Serialize)]
pub struct DecadeView {
    /// `1930s`.
    pub label: String,
    /// How many texts it holds.
    pub count: usize,
    /// Its years.
    pub years: Vec<CountLink>,
}

/// The home page's ways into the collection.
#[derive(Debug, Clone, Serialize)]
pub struct BrowseView {
    /// Dated texts by decade and year.
    pub decades: Vec<DecadeView>,
    /// Texts without a date.
    pub undated: Option<CountLink>,
    /// The most frequent authors.
    pub authors: Vec<CountLink>,
    /// How many authors there are in all.
    pub author_count: usize,
    /// Texts by kind (primary, secondary, not said).
    pub kinds: Vec<CountLink>,
    /// Texts by language.
    pub languages: Vec<CountLink>,
}

/// One page of a list of texts or of authors.
#[derive(Debug, Clone, Serialize)]
pub struct ListPageView {
    /// The heading, e.g. `1935`, `Leon Trotsky`, `All texts by title`.
    pub heading: String,
    /// What the list is, e.g. `Texts of the year`.
    pub kicker: &'static str,
    /// How many entries the whole list has.
    pub total: usize,
    /// This page's texts (for a list of texts).
    pub texts: Vec<TextSummary>,
    /// This page's authors (for the list of authors).
    pub authors: Vec<CountLink>,
    /// The list's other pages.
    pub pager: Option<PagerView>,
}

/// A list page to write: its path, its title and its view.
pub type ListPage = (String, String, ListPageView);

/// The home page's browsing view and every list page, or `None` for a small collection.
pub fn browse(texts: &[Text], summaries: &[TextSummary]) -> Option<(BrowseView, Vec<ListPage>)> {
    if texts.len() < BROWSE_MIN_TEXTS {
        return None;
    }
    let mut pages = Vec::new();
    let mut by_year: BTreeMap<Option<i32>, Vec<usize>> = BTreeMap::new();
    let mut by_author: BTreeMap<String, (String, Vec<usize>)> = BTreeMap::new();
    for (i, text) in texts.iter().enumerate() {
        let year = text
            .date
            .as_ref()
            .or(text.published.as_ref())
            .map(|d| d.year());
        by_year.entry(year).or_default().push(i);
        for author in &text.authors {
            let entry = by_author
                .entry(crate::lexicon::fold(author))
                .or_insert_with(|| (author.clone(), Vec::new()));
            entry.1.push(i);
        }
    }
    let mut decades: Vec<DecadeView> = Vec::new();
    let mut undated = None;
    for (year, members) in &by_year {
        let Some(year) = *year else {
            let base = "years/undated".to_string();
            pages.extend(text_pages(
                &base,
                "Undated texts",
                "Texts",
                members,
                summaries,
            ));
            undated = Some(CountLink {
                label: "Undated".to_string(),
                count: members.len(),
                href: Some(page_path(&base, 1)),
            });
            continue;
        };
        let base = format!("years/{year}");
        pages.extend(text_pages(
            &base,
            &year.to_string(),
            "Texts of the year",
            members,
            summaries,
        ));
        let decade = format!("{}s", year - year.rem_euclid(10));
        if decades.last().is_none_or(|d| d.label != decade) {
            decades.push(DecadeView {
                label: decade,
                count: 0,
                years: Vec::new(),
            });
        }
        if let Some(d) = decades.last_mut() {
            d.count += members.len();
            d.years.push(CountLink {
                label: year.to_string(),
                count: members.len(),
                href: Some(page_path(&base, 1)),
            });
        }
    }
    let mut authors: Vec<CountLink> = Vec::new();
    let mut taken: BTreeMap<String, usize> = BTreeMap::new();
    for (name, members) in by_author.values() {
        let mut slug = match slug::slugify(name) {
            s if s.is_empty() => "author".to_string(),
            s => bounded(s),
        };
        let seen = taken.entry(slug.clone()).or_insert(0);
        *seen += 1;
        if *seen > 1 {
            slug = format!("{slug}-{seen}");
        }
        let base = format!("authors/{slug}");
        pages.extend(text_pages(&base, name, "Texts by", members, summaries));
        authors.push(CountLink {
            label: name.clone(),
            count: members.len(),
            href: Some(page_path(&base, 1)),
        });
    }
    pages.extend(author_index_pages(&authors));
    let mut by_title: Vec<usize> = (0..texts.len()).collect();
    by_title.sort_by_cached_key(|&i| (crate::lexicon::fold(&texts[i].title), i));
    pages.extend(text_pages(
        "titles",
        "All texts by title",
        "Texts",
        &by_title,
        summaries,
    ));
    let mut frequent = authors.clone();
    frequent.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
    frequent.truncate(AUTHORS_ON_HOME);
    let view = BrowseView {
        decades,
        undated,
        author_count: authors.len(),
        authors: frequent,
        kinds: counts(texts.iter().map(|t| {
            match t.kind {
                Some(TextKind::Primary) => "primary sources",
                Some(TextKind::Secondary) => "secondary texts",
                None => "kind not given",
            }
            .to_string()
        })),
        languages: counts(texts.iter().map(|t| {
            t.language
                .clone()
                .unwrap_or_else(|| "language not identified".into())
        })),
    };
    Some((view, pages))
}

/// The pages of one list of texts (`members`, indices into the texts) at `base`.
fn text_pages(
    base: &str,
    heading: &str,
    kicker: &'static str,
    members: &[usize],
    summaries: &[TextSummary],
) -> Vec<ListPage> {
    let count = page_count(members.len(), TEXTS_PER_LIST_PAGE);
    let chunks = pages_of(members, TEXTS_PER_LIST_PAGE);
    chunks
        .into_iter()
        .enumerate()
        .map(|(i, chunk)| {
            let number = i + 1;
            let view = ListPageView {
                heading: heading.to_string(),
                kicker,
                total: members.len(),
                texts: chunk.iter().map(|&t| summaries[t].clone()).collect(),
                authors: Vec::new(),
                pager: PagerView::new(base, number, count),
            };
            (page_path(base, number), heading.to_string(), view)
        })
        .collect()
}

/// `authors.html`: every author with the number of texts, continued on numbered pages.
fn author_index_pages(authors: &[CountLink]) -> Vec<ListPage> {
    let count = page_count(authors.len(), TEXTS_PER_LIST_PAGE);
    let chunks = pages_of(authors, TEXTS_PER_LIST_PAGE);
    chunks
        .into_iter()
        .enumerate()
        .map(|(i, chunk)| {
            let view = ListPageView {
                heading: "Authors".to_string(),
                kicker: "Browse",
                total: authors.len(),
                texts: Vec::new(),
                authors: chunk.to_vec(),
                pager: PagerView::new("authors", i + 1, count),
            };
            (page_path("authors", i + 1), "Authors".to_string(), view)
        })
        .collect()
}

/// Counts of each label, most frequent first (ties by label).
fn counts(labels: impl Iterator<Item = String>) -> Vec<CountLink> {
    let mut counted: BTreeMap<String, usize> = BTreeMap::new();
    for label in labels {
        *counted.entry(label).or_default() += 1;
    }
    let mut out: Vec<CountLink> = counted
        .into_iter()
        .map(|(label, count)| CountLink {
            label,
            count,
            href: None,
        })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
    out
}
