//! The timeline: when the texts were written and published, and the dated events they speak of.
//!
//! Made by `analyse::timeline`; read by the timeline page and the text pages. Every event keeps its
//! evidence (the text, paragraph or note where it is stated), and its date keeps the precision
//! it was given with: `1937` stays a year, `the end of 1934` stays approximate.

use std::ops::Range;

use serde::Serialize;

use super::date::HistoricalDate;

/// All events, in chronological order.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Timeline {
    /// The events, sorted by date (coarser dates first within their period), texts first.
    pub events: Vec<Event>,
}

/// What kind of event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// A text was written: one of the texts, or a text one of them quotes.
    Written,
    /// A text or an edition was published.
    Published,
    /// A date a text mentions.
    Mentioned,
    /// An event the editors added in `content/timeline.yaml`.
    Editorial,
}

/// One event.
#[derive(Debug, Clone, Serialize)]
pub struct Event {
    /// Anchor on the timeline page, stable across builds.
    pub id: String,
    /// When.
    pub date: HistoricalDate,
    /// What kind.
    pub kind: EventKind,
    /// What happened, in a few words; `None` when only the text's own words (the evidence) say.
    pub label: Option<String>,
    /// The text (index) this event is the writing or publication of, if it is one of the texts.
    pub text: Option<usize>,
    /// True for texts (the corpus's own, and texts they quote): set apart from mentioned events.
    pub is_text: bool,
    /// Where the event is stated.
    pub evidence: Vec<Evidence>,
    /// Cross-reference entries (indices) the event concerns.
    pub entries: Vec<usize>,
}

impl Event {
    /// An event about no text of the corpus, with no entries and no id yet (ids are given once
    /// the timeline is sorted).
    pub fn new(
        date: HistoricalDate,
        kind: EventKind,
        label: Option<String>,
        evidence: Vec<Evidence>,
    ) -> Event {
        Event {
            id: String::new(),
            date,
            kind,
            label,
            text: None,
            is_text: false,
            evidence,
            entries: Vec::new(),
        }
    }
}

/// Where an event is stated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    /// The text (index).
    pub text: usize,
    /// The paragraph number, when a paragraph states it.
    pub paragraph: Option<usize>,
    /// The byte range of the date in that paragraph.
    pub range: Option<Range<usize>>,
    /// The note number, when a note states it.
    pub note: Option<usize>,
}

impl Evidence {
    /// The text as a whole (its metadata) states it.
    pub fn text(text: usize) -> Evidence {
        Evidence {
            text,
            paragraph: None,
            range: None,
            note: None,
        }
    }

    /// A note of the text states it.
    pub fn note(text: usize, note: usize) -> Evidence {
        Evidence {
            note: Some(note),
            ..Evidence::text(text)
        }
    }

    /// A paragraph of the text states it, at `range` when the words are known.
    pub fn paragraph(text: usize, paragraph: usize, range: Option<Range<usize>>) -> Evidence {
        Evidence {
            paragraph: Some(paragraph),
            range,
            ..Evidence::text(text)
        }
    }
}
