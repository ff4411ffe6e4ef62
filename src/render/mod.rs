//! Stage 4, render: the analysed site → HTML pages and assets, in memory.
//!
//! In: the [`Analysis`] and the loaded [`Sources`] (settings, pages, templates). Out: every output
//! file as a path (relative to `site/`, `/`-separated) and its bytes, sorted by path. One function
//! per page kind builds the template context; the templates decide the markup. Nothing is written
//! to disk here.

pub mod bibliography_page;
pub mod browse;
pub mod cite;
pub mod csl_notes;
pub mod entry_page;
pub mod hosting;
pub mod inline;
pub mod json_ld;
pub mod layout;
pub mod markdown;
pub mod pages;
pub mod paging;
pub mod quotations_page;
pub mod sanitize;
pub mod search_index;
pub mod templates;
pub mod text_page;
pub mod timeline_page;
pub mod timeline_svg;
pub mod typography;
pub mod xref_page;

use std::collections::BTreeMap;
use std::sync::Mutex;

use rayon::prelude::*;
use serde::Serialize;
use tera::Context;

use crate::analyse::Analysis;
use crate::error::{BuildError, Diagnostic, Diagnostics};
use crate::load::Sources;
use crate::progress::Progress;
use layout::{Depth, Layout, NavItem};
use pages::{ContentPage, content_pages, home_page, navigation, text_summaries};
use sanitize::RawHtml;
use templates::Templates;
use text_page::text_view;

/// One file of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Path relative to the output folder, with `/` separators.
    pub path: String,
    /// The file's contents.
    pub contents: Vec<u8>,
}

/// Where the rendered files go, each as soon as it is made (pages are rendered in parallel, so
/// from any thread and in no fixed order). [`render`] keeps them in memory; a build writes them
/// straight into its staging folder (`write::Staging`).
pub trait Sink: Sync {
    /// Takes the file at `path` (relative to the output folder, `/`-separated).
    fn put_bytes(&self, path: &str, contents: &[u8]) -> Result<(), Diagnostic>;

    /// Takes the text file at `path`.
    fn put(&self, path: &str, contents: &str) -> Result<(), Diagnostic> {
        self.put_bytes(path, contents.as_bytes())
    }
}

/// A [`Sink`] that keeps every file in memory.
#[derive(Default)]
struct MemorySink(Mutex<Vec<OutputFile>>);

impl Sink for MemorySink {
    fn put_bytes(&self, path: &str, contents: &[u8]) -> Result<(), Diagnostic> {
        let file = OutputFile {
            path: path.to_string(),
            contents: contents.to_vec(),
        };
        lock(&self.0).push(file);
        Ok(())
    }
}

/// A [`Sink`] that passes files on and remembers the paths of the HTML pages, for the sitemap.
struct PageRecorder<'a> {
    inner: &'a dyn Sink,
    pages: Mutex<Vec<String>>,
}

impl Sink for PageRecorder<'_> {
    fn put_bytes(&self, path: &str, contents: &[u8]) -> Result<(), Diagnostic> {
        if path.ends_with(".html") {
            lock(&self.pages).push(path.to_string());
        }
        self.inner.put_bytes(path, contents)
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Everything shared by the page renderers of one build.
struct Renderer<'a> {
    templates: Templates,
    sources: &'a Sources,
    nav: Vec<NavItem>,
    generated: Option<String>,
    sink: &'a dyn Sink,
}

impl Renderer<'_> {
    fn layout(&self, depth: Depth, title: String, current: &str) -> Layout<'_> {
        Layout {
            site: &self.sources.config,
            root: depth.root().to_string(),
            url: None,
            og_type: "website",
            title,
            description: None,
            nav: &self.nav,
            current: current.to_string(),
            meta: Vec::new(),
            json_ld: None,
            generated: self.generated.clone(),
            has_code: false,
        }
    }

    /// Renders one page and hands it to the sink.
    fn render(
        &self,
        template: &str,
        path: &str,
        layout: &Layout,
        name: &'static str,
        value: &impl Serialize,
    ) -> Result<(), Diagnostic> {
        let mut context = Context::new();
        let url = self.sources.config.base_url.as_deref().map(|base| {
            let page = path.strip_suffix("index.html").unwrap_or(path);
            hosting::url(base, page)
        });
        if layout.url.is_none() && url.is_some() {
            let mut layout = layout.clone();
            layout.url = url;
            context.insert("page", &layout);
        } else {
            context.insert("page", layout);
        }
        context.insert(name, value);
        let html = self.templates.render(template, &context)?;
        self.sink.put(path, &html)
    }
}

/// Renders the whole site into memory: every file, sorted by path.
pub fn render(
    analysis: &Analysis,
    sources: &Sources,
    progress: &Progress,
) -> Result<Vec<OutputFile>, BuildError> {
    let sink = MemorySink::default();
    render_to(analysis, sources, progress, &sink)?;
    let mut files = sink
        .0
        .into_inner()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// Renders the whole site, handing each file to `sink` as soon as it is made. Every page is
/// rendered even when one fails; the errors come in a fixed order (the order of the pages).
/// The parts are reported to `progress` as stages of their own (`render`: the home page and
/// the lists of texts; `entries`: the cross-references; `lists`: timeline, quotations,
/// bibliography and the editors' pages; `texts`: the text pages with their notes and
/// downloads, and the original files; `search`: the index, sitemap and feed), so `build -v`
/// says where the time goes.
pub fn render_to(
    analysis: &Analysis,
    sources: &Sources,
    progress: &Progress,
    sink: &dyn Sink,
) -> Result<(), BuildError> {
    let templates = Templates::new(&sources.templates).map_err(BuildError::new)?;
    let content =
        content_pages(&sources.pages, RawHtml::of(&sources.config)).map_err(BuildError::new)?;
    let renderer = Renderer {
        templates,
        sources,
        nav: navigation(
            &[
                ("Cross-references", xref_page::PAGE, "xref"),
                ("Timeline", timeline_page::PAGE, "timeline"),
                ("Bibliography", bibliography_page::PAGE, "bibliography"),
                ("Search", SEARCH_PAGE, "search"),
                ("Quotations", quotations_page::PAGE, "quotations"),
            ],
            &content,
        ),
        generated: layout::build_date_from_env(),
        sink,
    };
    let recorder = PageRecorder {
        inner: sink,
        pages: Mutex::new(Vec::new()),
    };
    let renderer = Renderer {
        sink: &recorder,
        ..renderer
    };
    let mut diagnostics = Diagnostics::default();
    let mut push = |result: Result<(), Diagnostic>| {
        if let Err(error) = result {
            diagnostics.push(error);
        }
    };
    render_home(&renderer, analysis)
        .into_iter()
        .for_each(&mut push);
    progress.stage("entries", 0);
    render_xref(&renderer, analysis)
        .into_iter()
        .for_each(&mut push);
    progress.stage("lists", 0);
    render_timeline(&renderer, analysis)
        .into_iter()
        .for_each(&mut push);
    render_quotations(&renderer, analysis)
        .into_iter()
        .for_each(&mut push);
    render_bibliography(&renderer, analysis)
        .into_iter()
        .for_each(&mut push);
    for page in &content {
        push(render_content_page(&renderer, page));
    }
    let timeline_marks = timeline_page::text_marks(&analysis.timeline, &analysis.texts);
    let study_hrefs = quotations_page::study_page_hrefs(&analysis.quotations, &analysis.texts);
    let work_links =
        bibliography_page::note_works_by_text(&analysis.bibliography, analysis.texts.len());
    let text_sources = cite::text_sources(&analysis.bibliography, &analysis.texts);
    let style = csl_notes::NoteStyle::by_name(&sources.config.citation_style);
    let formatter = match &style {
        Ok(style) => Some(csl_notes::NoteFormatter::new(
            &analysis.bibliography,
            analysis.texts.len(),
            style,
        )),
        Err(error) => {
            push(Err(error.clone()));
            None
        }
    };
    progress.stage("texts", analysis.texts.len());
    let text_pages: Vec<Result<(), Diagnostic>> = (0..analysis.texts.len())
        .into_par_iter()
        .map(|i| {
            let marks = (timeline_marks[i].clone(), study_hrefs[i].as_deref());
            let formatted = formatter
                .as_ref()
                .map(|f| f.notes_of(i))
                .unwrap_or_default();
            let notes = (&formatted, &work_links[i], text_sources[i].as_ref());
            let page = render_text_page(&renderer, analysis, i, marks, notes);
            progress.tick();
            page
        })
        .collect();
    text_pages.into_iter().for_each(&mut push);
    assets(&renderer, sources).into_iter().for_each(&mut push);
    push(render_not_found(&renderer));
    progress.stage("search", 0);
    render_search(&renderer, analysis)
        .into_iter()
        .for_each(&mut push);
    let mut pages = std::mem::take(&mut *lock(&recorder.pages));
    pages.sort();
    hosting_files(&renderer, analysis, &pages)
        .into_iter()
        .for_each(&mut push);
    diagnostics.check()?;
    Ok(())
}

/// How many texts one page of the home page's list shows; the list continues on `index.p2.html`…
pub const TEXTS_PER_HOME_PAGE: usize = 300;

/// The home page: the editors' introduction and the list of texts, continued on numbered pages
/// past [`TEXTS_PER_HOME_PAGE`] texts (every page of the list is linked from every other, so
/// any text is two clicks from the home page).
fn render_home(renderer: &Renderer, analysis: &Analysis) -> Vec<Result<(), Diagnostic>> {
    #[derive(Serialize)]
    struct Home {
        introduction_html: Option<String>,
        texts: Vec<pages::TextSummary>,
        total: usize,
        pager: Option<paging::PagerView>,
        browse: Option<browse::BrowseView>,
    }
    let raw = RawHtml::of(&renderer.sources.config);
    let home = home_page(&renderer.sources.pages, raw);
    let config = &renderer.sources.config;
    let title = home
        .as_ref()
        .and_then(|(_, fm)| fm.title.clone())
        .unwrap_or_else(|| config.title.clone());
    let description = home
        .as_ref()
        .and_then(|(_, fm)| fm.description.clone())
        .or_else(|| config.description.clone());
    let introduction_html = home.map(|(html, _)| html);
    let summaries = text_summaries(&analysis.texts, &config.language, raw);
    let (browse_view, list_pages) = match browse::browse(&analysis.texts, &summaries) {
        Some((view, pages)) => (Some(view), pages),
        None => (None, Vec::new()),
    };
    let mut results: Vec<Result<(), Diagnostic>> = list_pages
        .into_par_iter()
        .map(|(path, title, list)| {
            let depth = if path.contains('/') {
                Depth::InFolder
            } else {
                Depth::Top
            };
            let layout = renderer.layout(depth, title, "home");
            renderer.render("browse.html", &path, &layout, "list", &list)
        })
        .collect();
    let count = paging::page_count(summaries.len(), TEXTS_PER_HOME_PAGE);
    let mut chunks: Vec<Vec<pages::TextSummary>> = Vec::with_capacity(count);
    let mut rest = summaries.into_iter();
    for _ in 0..count {
        chunks.push(rest.by_ref().take(TEXTS_PER_HOME_PAGE).collect());
    }
    let home_pages = chunks.into_iter().enumerate().map(|(i, texts)| {
        let number = i + 1;
        let page_title = if number == 1 {
            title.clone()
        } else {
            format!("{title}, page {number}")
        };
        let mut layout = renderer.layout(Depth::Top, page_title, "home");
        layout.description = description.clone();
        layout.has_code =
            number == 1 && introduction_html.as_deref().is_some_and(markdown::has_code);
        let view = Home {
            introduction_html: introduction_html.clone().filter(|_| number == 1),
            texts,
            total: analysis.texts.len(),
            pager: paging::PagerView::new("index", number, count),
            browse: browse_view.clone().filter(|_| number == 1),
        };
        let path = paging::page_path("index", number);
        renderer.render("index.html", &path, &layout, "home", &view)
    });
    results.extend(home_pages);
    results
}

/// The cross-reference index, its letter pages (for kinds too large for it) and a page per entry.
fn render_xref(renderer: &Renderer, analysis: &Analysis) -> Vec<Result<(), Diagnostic>> {
    let mut layout = renderer.layout(Depth::Top, "Cross-references".to_string(), "xref");
    layout.description =
        Some("Who and what the texts name, and where, paragraph by paragraph.".to_string());
    let (view, letter_pages) = xref_page::xref_view(&analysis.xref);
    let mut files = vec![renderer.render(
        "cross_references.html",
        xref_page::PAGE,
        &layout,
        "xref",
        &view,
    )];
    for (path, letters) in letter_pages {
        let title = format!("{}: {}", letters.kind_label, letters.letter);
        let layout = renderer.layout(Depth::InFolder, title, "xref");
        files.push(renderer.render("entry_letter.html", &path, &layout, "letters", &letters));
    }
    let paragraphs = entry_page::ParagraphIndex::new(&analysis.texts);
    let entries: Vec<Result<(), Diagnostic>> = analysis
        .xref
        .entries
        .par_iter()
        .filter(|e| xref_page::is_shown(e))
        .flat_map_iter(|entry| {
            let common = entry_page::EntryCommon::new(
                entry,
                &analysis.xref,
                &analysis.texts,
                RawHtml::of(&renderer.sources.config),
            );
            let layout = renderer.layout(Depth::InFolder, entry.name.clone(), "xref");
            entry_page::entry_pages(entry, &common, &analysis.texts, &paragraphs)
                .map(|(path, view)| renderer.render("entry.html", &path, &layout, "entry", &view))
                .collect::<Vec<_>>()
        })
        .collect();
    files.extend(entries);
    files
}

/// The timeline page and, for a large timeline, its year pages.
fn render_timeline(renderer: &Renderer, analysis: &Analysis) -> Vec<Result<(), Diagnostic>> {
    let mut layout = renderer.layout(Depth::Top, "Timeline".to_string(), "timeline");
    layout.description = Some(
        "When the texts were written and published, and the dated events they speak of."
            .to_string(),
    );
    let (view, year_pages) =
        timeline_page::timeline_views(&analysis.timeline, &analysis.texts, &analysis.xref);
    let mut files = vec![renderer.render(
        "timeline.html",
        timeline_page::PAGE,
        &layout,
        "timeline",
        &view,
    )];
    let years: Vec<Result<(), Diagnostic>> = year_pages
        .into_par_iter()
        .map(|(path, year_page)| {
            let title = format!("Timeline: {}", year_page.year.year);
            let layout = renderer.layout(Depth::InFolder, title, "timeline");
            renderer.render(
                "timeline_year.html",
                &path,
                &layout,
                "year_page",
                &year_page,
            )
        })
        .collect();
    files.extend(years);
    files
}

/// The bibliography page.
fn render_bibliography(renderer: &Renderer, analysis: &Analysis) -> Vec<Result<(), Diagnostic>> {
    bibliography_page::bibliography_pages(&analysis.bibliography, &analysis.texts, &analysis.xref)
        .into_par_iter()
        .map(|(path, view)| {
            let title = match &view.pager {
                Some(pager) if pager.number > 1 => format!("Bibliography, page {}", pager.number),
                _ => "Bibliography".to_string(),
            };
            let mut layout = renderer.layout(Depth::Top, title, "bibliography");
            layout.description =
                Some("Every work the texts cite, with the notes that cite it.".to_string());
            renderer.render("bibliography.html", &path, &layout, "bibliography", &view)
        })
        .collect()
}

/// The page a host shows for a missing address. It may be served at any depth, so its links
/// are absolute when the site's address is known, and relative to the root otherwise.
fn render_not_found(renderer: &Renderer) -> Result<(), Diagnostic> {
    let mut layout = renderer.layout(Depth::Top, "Page not found".to_string(), "");
    if let Some(base) = &renderer.sources.config.base_url {
        layout.root = format!("{base}/");
    }
    let page = ContentPage {
        path: "404.html".to_string(),
        title: "Page not found".to_string(),
        description: None,
        html: format!(
            "<p>There is no page at this address. It may have moved when the site was rebuilt.</p>\n\
             <p>Start again from <a href=\"{root}index.html\">the list of texts</a>, \
             <a href=\"{root}{xref}\">the cross-references</a> or \
             <a href=\"{root}{timeline}\">the timeline</a>.</p>\n",
            root = layout.root,
            xref = xref_page::PAGE,
            timeline = timeline_page::PAGE,
        ),
        weight: 0,
    };
    renderer.render("page.html", "404.html", &layout, "content", &page)
}

/// The search page.
pub const SEARCH_PAGE: &str = "search.html";

/// The search page and its index (see [`search_index`]).
fn render_search(renderer: &Renderer, analysis: &Analysis) -> Vec<Result<(), Diagnostic>> {
    let layout = renderer.layout(Depth::Top, "Search".to_string(), "search");
    let mut results = vec![renderer.render("search.html", SEARCH_PAGE, &layout, "search", &())];
    let put = |path: &str, js: &str| renderer.sink.put(path, js);
    results.push(search_index::write_search_files(
        &analysis.texts,
        &analysis.xref.entries,
        &renderer.sources.config.language,
        &put,
    ));
    results
}

/// `favicon.ico`, `robots.txt`, the shipped font and, with a base URL, the sitemap and the feed.
fn hosting_files(
    renderer: &Renderer,
    analysis: &Analysis,
    pages: &[String],
) -> Vec<Result<(), Diagnostic>> {
    let config = &renderer.sources.config;
    let sink = renderer.sink;
    let mut results = vec![
        sink.put_bytes("favicon.ico", hosting::FAVICON_ICO),
        sink.put("robots.txt", &hosting::robots_txt(config)),
    ];
    for (name, bytes) in hosting::FONT_FILES {
        results.push(sink.put_bytes(&format!("assets/fonts/{name}"), bytes));
    }
    for (path, xml) in hosting::sitemaps(config, pages) {
        results.push(sink.put(&path, &xml));
    }
    let updated = renderer
        .generated
        .clone()
        .unwrap_or_else(layout::build_date_now);
    if let Some(feed) = hosting::atom_feed(config, &analysis.texts, &updated) {
        results.push(sink.put(hosting::FEED, &feed));
    }
    results
}

/// The quotations list: every quotation of every text, with its status and source.
fn render_quotations(renderer: &Renderer, analysis: &Analysis) -> Vec<Result<(), Diagnostic>> {
    quotations_page::quotation_pages(&analysis.quotations, &analysis.texts)
        .into_par_iter()
        .map(|(path, page)| {
            let title = match &page.pager {
                Some(pager) if pager.number > 1 => format!("Quotations, page {}", pager.number),
                _ => "Quotations".to_string(),
            };
            let mut layout = renderer.layout(Depth::Top, title, "quotations");
            layout.description = Some(
                "Every quotation of every text, compared with the passage it quotes.".to_string(),
            );
            renderer.render("quotations.html", &path, &layout, "quotations", &page)
        })
        .collect()
}

fn render_content_page(renderer: &Renderer, page: &ContentPage) -> Result<(), Diagnostic> {
    let mut layout = renderer.layout(Depth::Top, page.title.clone(), &page.path);
    layout.description = page.description.clone();
    layout.has_code = markdown::has_code(&page.html);
    renderer.render("page.html", &page.path, &layout, "content", page)
}

fn render_text_page(
    renderer: &Renderer,
    analysis: &Analysis,
    index: usize,
    (timeline_mark, study_href): (Option<String>, Option<&str>),
    (formatted, works, source): (
        &BTreeMap<usize, String>,
        &BTreeMap<usize, String>,
        Option<&cite::TextSource>,
    ),
) -> Result<(), Diagnostic> {
    let texts = &analysis.texts;
    let text = &texts[index];
    let previous = index.checked_sub(1).map(|i| &texts[i]);
    let next = texts.get(index + 1);
    let links = xref_page::mention_links(&analysis.xref, index);
    let mut view = text_view(
        text,
        previous,
        next,
        &renderer.sources.config.language,
        &links,
        &analysis.quotations.texts[index],
        RawHtml::of(&renderer.sources.config),
    );
    view.related = xref_page::related_view(&analysis.xref, texts, index);
    if let Some(href) = study_href {
        let from = quotations_page::From::TextPage(index);
        let study =
            quotations_page::text_study_view(&analysis.quotations, texts, index, from, href);
        for paragraph in view.blocks.iter_mut().flat_map(|b| b.paragraphs.iter_mut()) {
            for r in study
                .reuse
                .iter()
                .filter(|r| r.paragraph == paragraph.number)
            {
                let list = if r.other_quotes {
                    &mut paragraph.also_quoted_in
                } else {
                    &mut paragraph.same_words_in
                };
                list.push(r.other.clone());
            }
        }
        view.quotations = Some(study);
    }
    for note in &mut view.notes {
        note.formatted_html = formatted.get(&note.number).cloned();
        note.work_href = works.get(&note.number).map(|href| format!("../{href}"));
    }
    text_page::add_sidenotes(&mut view.blocks, &view.notes);
    view.timeline_href = timeline_mark;
    let mut layout = renderer.layout(Depth::InFolder, text.title.clone(), "text");
    layout.og_type = "article";
    layout.description = text.summary.clone();
    layout.has_code = view
        .introduction_html
        .as_deref()
        .is_some_and(markdown::has_code);
    layout.meta = cite::citation_meta(text, source);
    let url = renderer
        .sources
        .config
        .base_url
        .as_deref()
        .map(|base| hosting::url(base, &format!("texts/{}.html", text.slug)));
    layout.json_ld = Some(json_ld::text_json_ld(text, source, url.as_deref()));
    let site_title = &renderer.sources.config.title;
    let (cite_view, files) = cite::cite_text(text, source, site_title, url.as_deref());
    view.cite = Some(cite_view);
    for (path, contents) in [files.bib, files.ris, files.json] {
        renderer.sink.put(&path, &contents)?;
    }
    renderer.render(
        "text.html",
        &format!("texts/{}.html", text.slug),
        &layout,
        "text",
        &view,
    )
}

/// Stylesheets and other static files, the highlighting stylesheet, and the original texts.
fn assets(renderer: &Renderer, sources: &Sources) -> Vec<Result<(), Diagnostic>> {
    let sink = renderer.sink;
    let mut results: Vec<Result<(), Diagnostic>> = renderer
        .templates
        .assets()
        .map(|(name, text)| sink.put(&format!("assets/{name}"), text))
        .collect();
    results.push(sink.put("assets/highlight.css", &markdown::highlight_css()));
    results.par_extend(
        sources
            .seeds
            .par_iter()
            .map(|seed| sink.put(&format!("sources/{}", seed.file_name), &seed.text)),
    );
    results
}
