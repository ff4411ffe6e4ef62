//! The timeline page (`timeline.html`) and a text's place on it.
//!
//! In: the [`Timeline`], the texts and the cross-references. Out: the context for
//! `timeline.html`: the SVG axis, then the events year by year, the texts set apart from the
//! events they mention, each with its date in a `<time datetime>` at the precision known and its
//! evidence linked to the exact paragraph or note.

use serde::Serialize;

use super::layout::{DateView, LinkView};
use super::timeline_svg::timeline_svg;
use super::typography::smarten_all;
use super::xref_page::snippet;
use crate::model::Text;
use crate::model::timeline::{Event, EventKind, Evidence, Timeline};
use crate::model::xref::CrossReferences;

/// The page file name.
pub const PAGE: &str = "timeline.html";

/// The page's own part of the context, available to the template as `timeline`.
#[derive(Debug, Clone, Serialize)]
pub struct TimelineView {
    /// The SVG axis (markup).
    pub svg: String,
    /// Links to each year.
    pub years: Vec<YearView>,
}

/// One year's events.
#[derive(Debug, Clone, Serialize)]
pub struct YearView {
    /// The year.
    pub year: i32,
    /// Its anchor.
    pub id: String,
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
    /// Where it is stated.
    pub evidence: Vec<EvidenceView>,
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

/// Builds the page.
pub fn timeline_view(timeline: &Timeline, texts: &[Text], xref: &CrossReferences) -> TimelineView {
    let labels: Vec<String> = timeline
        .events
        .iter()
        .map(|e| plain_label(e, texts))
        .collect();
    let mut years: Vec<YearView> = Vec::new();
    for event in &timeline.events {
        let year = event.date.year();
        if years.last().is_none_or(|y| y.year != year) {
            years.push(YearView {
                year,
                id: format!("year-{year}"),
                texts: Vec::new(),
                events: Vec::new(),
            });
        }
        let view = event_view(event, texts, xref);
        if let Some(y) = years.last_mut() {
            if event.is_text {
                y.texts.push(view)
            } else {
                y.events.push(view)
            }
        }
    }
    TimelineView {
        svg: timeline_svg(&timeline.events, &labels),
        years,
    }
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

fn event_view(event: &Event, texts: &[Text], xref: &CrossReferences) -> EventView {
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
            href: format!("texts/{}.html", texts[t].slug),
        }),
        evidence: evidence_views(&event.evidence, texts),
        entries: event
            .entries
            .iter()
            .filter_map(|&e| xref.entries.get(e))
            .map(|e| LinkView {
                label: e.name.clone(),
                href: format!("cross-references.html#entry-{}", e.id),
            })
            .collect(),
    }
}

/// Evidence grouped by text; a paragraph stating the date twice is listed once.
fn evidence_views(evidence: &[Evidence], texts: &[Text]) -> Vec<EvidenceView> {
    let mut views: Vec<(usize, EvidenceView)> = Vec::new();
    for item in evidence {
        let text = &texts[item.text];
        if views.last().is_none_or(|(t, _)| *t != item.text) {
            views.push((
                item.text,
                EvidenceView {
                    text: LinkView {
                        label: text.title.clone(),
                        href: format!("texts/{}.html", text.slug),
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
                href: format!("texts/{}.html#p{number}", text.slug),
                snippet_html,
            });
        }
        if let Some(note) = item.note {
            view.notes.push(LinkView {
                label: format!("note {note}"),
                href: format!("texts/{}.html#note-{note}", text.slug),
            });
        }
    }
    views.into_iter().map(|(_, v)| v).collect()
}

/// The anchor of a text's own mark on the timeline (`text-<slug>`: its writing, or its
/// publication when undated), if the text has a date at all.
pub fn text_anchor(timeline: &Timeline, texts: &[Text], text: usize) -> Option<String> {
    let anchor = format!("text-{}", texts[text].slug);
    timeline
        .events
        .iter()
        .any(|e| e.id == anchor)
        .then_some(anchor)
}
