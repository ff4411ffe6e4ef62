//! The timeline page (`timeline.html`), its year pages (`timeline/<year>.html`) and a text's place
//! on it.
//!
//! In: the [`Timeline`], the texts and the cross-references. Out: the contexts for
//! `timeline.html` and `timeline_year.html`. A timeline of up to [`INLINE_MAX_EVENTS`] events
//! (and [`INLINE_MAX_EVIDENCE`] pieces of evidence) is
//! one page: the SVG axis with a mark per event, then the events year by year, the texts set apart
//! from the events they mention, each with its date in a `<time datetime>` at the precision known
//! and its evidence linked to the exact paragraph or note. A larger one becomes an overview (one
//! bar per year, its height the year's count, and a list of years with counts) and a page per
//! year holding that year's events, continued on further pages past [`EVENTS_PER_PAGE`] events
//! or [`EVIDENCE_PER_PAGE`] pieces of evidence. An event stated in more than
//! [`EVIDENCE_TEXTS_SHOWN`] texts lists the first of them and counts the rest. So no page grows
//! with the corpus.

use serde::Serialize;

use super::layout::{DateView, LinkView};
use super::paging::{PagerView, page_path};
use super::timeline_svg::{overview_svg, timeline_svg};
use super::typography::smarten_all;
use super::xref_page::snippet;
use crate::model::Text;
use crate::model::timeline::{Event, EventKind, Evidence, Timeline};
use crate::model::xref::CrossReferences;

/// The page file name.
pub const PAGE: &str = "timeline.html";
/// The most events shown on the timeline page itself; beyond, the page is an overview.
pub const INLINE_MAX_EVENTS: usize = 300;
/// The most pieces of evidence shown on the timeline page itself; beyond, it is an overview.
pub const INLINE_MAX_EVIDENCE: usize = 600;
/// How many pieces of evidence one year page holds before it continues on a further page.
pub const EVIDENCE_PER_PAGE: usize = 400;
/// How many texts an event lists as its evidence; the others are counted.
pub const EVIDENCE_TEXTS_SHOWN: usize = 25;
/// How many events one year page holds before it continues on a further page.
pub const EVENTS_PER_PAGE: usize = 200;

/// The page's own part of the context, available to the template as `timeline`.
#[derive(Debug, Clone, Serialize)]
pub struct TimelineView {
    /// The SVG axis (markup).
    pub svg: String,
    /// Each year; with its events unless the page is an overview.
    pub years: Vec<YearView>,
    /// True when the events are on year pages and this page only counts them.
    pub overview: bool,
}

/// One page of a year's events, available to the template as `year_page`.
#[derive(Debug, Clone, Serialize)]
pub struct YearPageView {
    /// The year and (this page's share of) its events.
    pub year: YearView,
    /// The year before with events, and its page.
    pub previous: Option<LinkView>,
    /// The year after with events, and its page.
    pub next: Option<LinkView>,
    /// The year's other pages, when it has more than one.
    pub pager: Option<PagerView>,
}

/// One year's events.
#[derive(Debug, Clone, Serialize)]
pub struct YearView {
    /// The year.
    pub year: i32,
    /// Its anchor.
    pub id: String,
    /// Its own page, on an overview.
    pub href: Option<String>,
    /// How many texts and how many other events it has.
    pub text_count: usize,
    /// How many other events.
    pub event_count: usize,
    /// Texts written or published (or quoted texts written) that year.
    pub texts: Vec<EventView>,
    /// Other events.
    pub events: Vec<EventView>,
}

/// One event on the page.
#[derive(Debug, Clone, Serialize)]
pub struct EventView {
    /// Anchor.
    pub id: String,
    /// The date.
    pub date: DateView,
    /// `written`, `published`, `mentioned`, or `editors` for an editors' event.
    pub kind: &'static str,
    /// What happened (HTML), when known beyond the texts' words.
    pub label_html: Option<String>,
    /// The text's own page, for an event that is one of the texts.
    pub text: Option<LinkView>,
    /// Where it is stated (the first [`EVIDENCE_TEXTS_SHOWN`] texts).
    pub evidence: Vec<EvidenceView>,
    /// How many further texts state it.
    pub more_texts: usize,
    /// Cross-reference entries it concerns.
    pub entries: Vec<LinkView>,
}

/// Where an event is stated, in one text.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceView {
    /// The text.
    pub text: LinkView,
    /// Paragraphs, with the words around the date where the paragraph mentions it.
    pub paragraphs: Vec<EvidenceParagraph>,
    /// Notes.
    pub notes: Vec<LinkView>,
}

/// A paragraph stating an event.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceParagraph {
    /// Its number.
    pub number: usize,
    /// Link to it.
    pub href: String,
    /// The words around the date (HTML), when it mentions one.
    pub snippet_html: Option<String>,
}

/// The timeline page and, for a large timeline, its year pages (path and view).
pub fn timeline_views(
    timeline: &Timeline,
    texts: &[Text],
    xref: &CrossReferences,
) -> (TimelineView, Vec<(String, YearPageView)>) {
    let events = &timeline.events;
    if !is_overview(timeline) {
        let labels: Vec<String> = events.iter().map(|e| plain_label(e, texts)).collect();
        let years = by_year(events)
            .into_iter()
            .map(|(year, events)| year_view(year, events, None, texts, xref, ""))
            .collect();
        let view = TimelineView {
            svg: timeline_svg(events, &labels),
            years,
            overview: false,
        };
        return (view, Vec::new());
    }
    let years = by_year(events);
    let mut pages = Vec::new();
    for (i, &(year, events)) in years.iter().enumerate() {
        let neighbour = |j: Option<usize>| {
            let (year, _) = years.get(j?)?;
            Some(LinkView {
                label: year.to_string(),
                href: page_path(&year.to_string(), 1),
            })
        };
        let base = year_page_base(year);
        let chunks = page_chunks(events);
        let count = chunks.len();
        for (number, chunk) in chunks.into_iter().enumerate() {
            let number = number + 1;
            pages.push((
                page_path(&base, number),
                YearPageView {
                    year: year_view(year, chunk, None, texts, xref, "../"),
                    previous: neighbour(i.checked_sub(1)),
                    next: neighbour(Some(i + 1)),
                    pager: PagerView::new(&base, number, count),
                },
            ));
        }
    }
    let overview = years
        .iter()
        .map(|&(year, events)| YearView {
            texts: Vec::new(),
            events: Vec::new(),
            ..year_view(
                year,
                events,
                Some(page_path(&year_page_base(year), 1)),
                texts,
                xref,
                "",
            )
        })
        .collect();
    let view = TimelineView {
        svg: overview_svg(events, |year| page_path(&year_page_base(year), 1)),
        years: overview,
        overview: true,
    };
    (view, pages)
}

/// Whether the timeline is too large for one page (see the module documentation).
fn is_overview(timeline: &Timeline) -> bool {
    timeline.events.len() > INLINE_MAX_EVENTS
        || timeline
            .events
            .iter()
            .map(|e| e.evidence.len())
            .sum::<usize>()
            > INLINE_MAX_EVIDENCE
}

/// A year's events split into pages of at most [`EVENTS_PER_PAGE`] events and about
/// [`EVIDENCE_PER_PAGE`] pieces of evidence (an event is never split).
fn page_chunks(events: &[Event]) -> Vec<&[Event]> {
    let mut chunks = Vec::new();
    let (mut start, mut weight) = (0, 0);
    for (i, event) in events.iter().enumerate() {
        let shown = event.evidence.len().min(EVIDENCE_TEXTS_SHOWN * 4);
        if i > start && (i - start >= EVENTS_PER_PAGE || weight + shown > EVIDENCE_PER_PAGE) {
            chunks.push(&events[start..i]);
            (start, weight) = (i, 0);
        }
        weight += shown;
    }
    chunks.push(&events[start..]);
    chunks
}

/// `timeline/<year>`: the base path of a year's pages.
fn year_page_base(year: i32) -> String {
    format!("timeline/{year}")
}

/// The events, split into runs of one year each (the events are sorted by date).
fn by_year(events: &[Event]) -> Vec<(i32, &[Event])> {
    let mut years: Vec<(i32, &[Event])> = Vec::new();
    let mut start = 0;
    for i in 1..=events.len() {
        if i == events.len() || events[i].date.year() != events[start].date.year() {
            years.push((events[start].date.year(), &events[start..i]));
            start = i;
        }
    }
    years
}

/// One year's events, from a page reaching the site root as `root`. With `href` (an overview),
/// only the counts are meant to be shown.
fn year_view(
    year: i32,
    events: &[Event],
    href: Option<String>,
    texts: &[Text],
    xref: &CrossReferences,
    root: &str,
) -> YearView {
    let mut view = YearView {
        year,
        id: format!("year-{year}"),
        texts: Vec::new(),
        events: Vec::new(),
        text_count: events.iter().filter(|e| e.is_text).count(),
        event_count: events.iter().filter(|e| !e.is_text).count(),
        href: href.clone(),
    };
    if href.is_none() {
        for event in events {
            let event_view = capped(event_view(event, texts, xref, root));
            if event.is_text {
                view.texts.push(event_view);
            } else {
                view.events.push(event_view);
            }
        }
    }
    view
}

/// For each text, the link (from the site root) to its own mark on the timeline: its writing,
/// or its publication when undated; `None` for a text without a date.
pub fn text_marks(timeline: &Timeline, texts: &[Text]) -> Vec<Option<String>> {
    let mut marks = vec![None; texts.len()];
    let overview = is_overview(timeline);
    for (year, events) in by_year(&timeline.events) {
        let chunks = page_chunks(events);
        let mut pages = chunks
            .iter()
            .enumerate()
            .flat_map(|(page, chunk)| std::iter::repeat_n(page + 1, chunk.len()));
        for event in events {
            let page_number = pages.next().unwrap_or(1);
            let Some(t) = event.text else { continue };
            if marks[t].is_some() || event.id != format!("text-{}", texts[t].slug) {
                continue;
            }
            let page = if overview {
                page_path(&year_page_base(year), page_number)
            } else {
                PAGE.to_string()
            };
            marks[t] = Some(format!("{page}#{}", event.id));
        }
    }
    marks
}

/// The label as plain words, for the SVG's tooltips and accessible names.
fn plain_label(event: &Event, texts: &[Text]) -> String {
    let verb = match event.kind {
        EventKind::Written => " written",
        EventKind::Published => " published",
        _ => "",
    };
    match (&event.label, event.evidence.first()) {
        (Some(label), _) => format!("{label}{verb}"),
        (None, Some(evidence)) => format!(
            "mentioned in {}{}",
            texts[evidence.text].title,
            evidence
                .paragraph
                .map(|p| format!(", paragraph {p}"))
                .unwrap_or_default()
        ),
        (None, None) => "event".to_string(),
    }
}

fn event_view(event: &Event, texts: &[Text], xref: &CrossReferences, root: &str) -> EventView {
    EventView {
        id: event.id.clone(),
        date: DateView::of(&event.date),
        kind: match event.kind {
            EventKind::Written => "written",
            EventKind::Published => "published",
            EventKind::Mentioned => "mentioned",
            EventKind::Editorial => "editors",
        },
        label_html: event.label.as_deref().map(smarten_all),
        text: event.text.map(|t| LinkView {
            label: texts[t].title.clone(),
            href: format!("{root}texts/{}.html", texts[t].slug),
        }),
        evidence: evidence_views(&event.evidence, texts, root),
        more_texts: 0,
        entries: event
            .entries
            .iter()
            .filter_map(|&e| xref.entries.get(e))
            .map(|e| LinkView {
                label: e.name.clone(),
                href: super::xref_page::entry_href(e, root),
            })
            .collect(),
    }
}

/// Evidence grouped by text; a paragraph stating the date twice is listed once.
fn evidence_views(evidence: &[Evidence], texts: &[Text], root: &str) -> Vec<EvidenceView> {
    let mut views: Vec<(usize, EvidenceView)> = Vec::new();
    for item in evidence {
        let text = &texts[item.text];
        if views.last().is_none_or(|(t, _)| *t != item.text) {
            views.push((
                item.text,
                EvidenceView {
                    text: LinkView {
                        label: text.title.clone(),
                        href: format!("{root}texts/{}.html", text.slug),
                    },
                    paragraphs: Vec::new(),
                    notes: Vec::new(),
                },
            ));
        }
        let Some((_, view)) = views.last_mut() else {
            continue;
        };
        if let Some(number) = item
            .paragraph
            .filter(|n| !view.paragraphs.iter().any(|p| p.number == *n))
        {
            let snippet_html = item.range.clone().and_then(|range| {
                let paragraph = text.document.paragraphs().find(|p| p.number == number)?;
                Some(snippet(&paragraph.text, range))
            });
            view.paragraphs.push(EvidenceParagraph {
                number,
                href: format!("{root}texts/{}.html#p{number}", text.slug),
                snippet_html,
            });
        }
        if let Some(note) = item.note {
            view.notes.push(LinkView {
                label: format!("note {note}"),
                href: format!("{root}texts/{}.html#note-{note}", text.slug),
            });
        }
    }
    views.into_iter().map(|(_, v)| v).collect()
}

/// An event's view with its evidence cut to [`EVIDENCE_TEXTS_SHOWN`] texts, the rest counted.
fn capped(mut view: EventView) -> EventView {
    if view.evidence.len() > EVIDENCE_TEXTS_SHOWN {
        view.more_texts = view.evidence.len() - EVIDENCE_TEXTS_SHOWN;
        view.evidence.truncate(EVIDENCE_TEXTS_SHOWN);
    }
    view
}
