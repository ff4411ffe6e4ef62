//! The home page and the editors' other pages.
//!
//! In: the texts and the `content/*.md` pages. Out: template contexts: `index.html` gets the home
//! page's introduction (`content/index.md`) and the list of texts; every other Markdown page
//! becomes `<stem>.html` with the `page.html` template.

use serde::Serialize;

use super::layout::{DateView, NavItem};
use super::markdown::{render_markdown, render_markdown_inline};
use super::sanitize::RawHtml;
use super::typography::smarten_all;
use crate::error::Diagnostic;
use crate::load::front_matter::MarkdownFile;
use crate::load::schema::PageFrontMatter;
use crate::model::slug::bounded;
use crate::model::{Text, TextKind};

/// The stem of the Markdown file that introduces the home page.
pub const HOME_STEM: &str = "index";

/// One text in the home page's list.
#[derive(Debug, Clone, Serialize)]
pub struct TextSummary {
    /// Title (HTML).
    pub title_html: String,
    /// Link to the text's page, from the site root.
    pub path: String,
    /// Authors.
    pub authors: Vec<String>,
    /// When written.
    pub date: Option<DateView>,
    /// When published.
    pub published: Option<DateView>,
    /// `primary` or `secondary`, when known.
    pub kind: Option<TextKind>,
    /// The editors' summary (HTML).
    pub summary_html: Option<String>,
    /// The text's language, when it differs from the site's.
    pub language: Option<String>,
}

/// A page written by the editors.
#[derive(Debug, Clone, Serialize)]
pub struct ContentPage {
    /// Output path from the site root, e.g. `about.html`.
    pub path: String,
    /// Its title.
    pub title: String,
    /// Its description.
    pub description: Option<String>,
    /// Its content (HTML).
    pub html: String,
    /// Navigation order.
    #[serde(skip)]
    pub weight: i32,
}

/// The home page's list of texts.
pub fn text_summaries(texts: &[Text], site_language: &str, raw: RawHtml) -> Vec<TextSummary> {
    texts
        .iter()
        .map(|text| TextSummary {
            title_html: smarten_all(&text.title),
            path: format!("texts/{}.html", text.slug),
            authors: text.authors.clone(),
            date: text.date.as_ref().map(DateView::of),
            published: text.published.as_ref().map(DateView::of),
            kind: text.kind,
            summary_html: text
                .summary
                .as_deref()
                .map(|s| render_markdown_inline(s, raw)),
            language: text.language.clone().filter(|l| l != site_language),
        })
        .collect()
}

/// Page names the build makes itself; an editor's page may not take them.
const RESERVED_PAGES: &[&str] = &[
    "index",
    "cross-references",
    "timeline",
    "quotations",
    "texts",
    "sources",
    "assets",
    "names",
    "years",
    "authors",
    "titles",
    "404",
    "feed",
    "sitemap",
    "robots",
    "favicon",
    "search",
    "bibliography",
];

/// The page every site has, the editors' own when `content/about.md` exists.
const ABOUT_PATH: &str = "about.html";

/// What the built-in About page says: the editorial rules the build itself follows.
const DEFAULT_ABOUT: &str = "\
The texts are reproduced as they were found in their files: their wording, spelling and
punctuation are not changed. Only the typography is set: straight and LaTeX-style quotation marks
become curly ones, and double and triple hyphens become dashes. Each text page links the original
file.

Lines that belong to the page a text was taken from rather than to the text (site navigation,
menus, update stamps, comment widgets, page numbers) are left out of the text; they remain in the
original file. Paragraphs are numbered so that they can be cited, and notes are numbered in the
order their markers appear.

Titles, authors, dates, names and references are read from the texts automatically. Where none
could be read, the page says so; what the editors added is marked as theirs.
";

/// The editors' pages other than the home page, in navigation order (weight, then title), with
/// a built-in "About this edition" page when they wrote no `content/about.md`. A page
/// whose name the build uses itself, or that another page already takes, is an error.
pub fn content_pages(
    pages: &[MarkdownFile<PageFrontMatter>],
    raw: RawHtml,
) -> Result<Vec<ContentPage>, Vec<Diagnostic>> {
    let mut out: Vec<ContentPage> = Vec::new();
    let mut errors = Vec::new();
    for page in pages.iter().filter(|p| p.stem != HOME_STEM) {
        let slug = match slug::slugify(&page.stem) {
            s if s.is_empty() => "page".to_string(),
            s => bounded(s),
        };
        let path = format!("{slug}.html");
        if RESERVED_PAGES.contains(&slug.as_str()) {
            errors.push(Diagnostic::error(
                &page.path,
                format!("this page would be written to {path}, which the build makes itself; rename the file"),
            ));
            continue;
        }
        if out.iter().any(|p| p.path == path) {
            errors.push(Diagnostic::error(
                &page.path,
                format!("this page would be written to {path}, like another page in content/; rename one of them"),
            ));
            continue;
        }
        out.push(ContentPage {
            path,
            title: page
                .front_matter
                .title
                .clone()
                .unwrap_or_else(|| page.stem.clone()),
            description: page.front_matter.description.clone(),
            html: render_markdown(&page.body, "section-", 1, raw),
            weight: page.front_matter.weight.unwrap_or(0),
        });
    }
    if !out.iter().any(|p| p.path == ABOUT_PATH) {
        out.push(ContentPage {
            path: ABOUT_PATH.to_string(),
            title: "About this edition".to_string(),
            description: Some("How the texts of this edition are presented.".to_string()),
            html: render_markdown(DEFAULT_ABOUT, "section-", 1, RawHtml::Trusted),
            weight: i32::MAX,
        });
    }
    out.sort_by(|a, b| (a.weight, &a.title).cmp(&(b.weight, &b.title)));
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// The home page's introduction (HTML) and its front matter.
pub fn home_page(
    pages: &[MarkdownFile<PageFrontMatter>],
    raw: RawHtml,
) -> Option<(String, &PageFrontMatter)> {
    pages.iter().find(|p| p.stem == HOME_STEM).map(|p| {
        (
            render_markdown(&p.body, "section-", 1, raw),
            &p.front_matter,
        )
    })
}

/// The site navigation: home, the analysis pages, then the editors' pages.
pub fn navigation(extra: &[(&str, &str, &str)], pages: &[ContentPage]) -> Vec<NavItem> {
    let mut nav = vec![NavItem {
        label: "Texts".to_string(),
        path: "index.html".to_string(),
        key: "home".to_string(),
    }];
    nav.extend(extra.iter().map(|(label, path, key)| NavItem {
        label: label.to_string(),
        path: path.to_string(),
        key: key.to_string(),
    }));
    nav.extend(pages.iter().map(|p| NavItem {
        label: p.title.clone(),
        path: p.path.clone(),
        key: p.path.clone(),
    }));
    nav
}
