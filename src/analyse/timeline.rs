//! Dates → the timeline: what was written and published when, and what the texts refer back to.
//!
//! In: the texts, their cross-references, and the editors' `content/timeline.yaml`. Out: a
//! [`Timeline`]. The events:
//! - each text's writing and publication (its metadata; a publication year read off its own
//!   source line cites that note as evidence);
//! - the writing of a text it quotes, from the date in the quotation's citation (`(26 September
//!   1935)`), and the publication of the edition cited (`(Paris: ..., 1976)`);
//! - every date its paragraphs mention (`in 1905`, `Since 1923-24`, `the end of 1934`), found by
//!   [`find_dates`], never raising precision. A date inside a parenthesised imprint (`(Grasset,
//!   1936)`) is the publication of the work named just before it, not an event of the text;
//! - the editors' events. A mention whose date equals an editor's event (same precision) becomes
//!   evidence for it, so `1905` is shown as "Revolution of 1905". A mention that is itself an alias
//!   of a glossary event (`February 1917`), or follows one (`the Great Purge of 1937`), takes its
//!   name.
//!
//! Mentions of the same date, in whatever texts, are one event with several pieces of evidence.

use std::collections::BTreeMap;

use crate::error::Diagnostics;
use crate::load::DataFile;
use crate::load::schema::{EditorEventKind, EntryKind, TimelineFile};
use crate::model::timeline::{Event, EventKind, Evidence, Timeline};
use crate::model::xref::CrossReferences;
use crate::model::{Block, NoteKind, Text};
use crate::parse::citation_parts::CitationParts;
use crate::parse::dates::{DateMention, HistoricalDate, find_dates};

use rayon::prelude::*;

/// Builds the timeline.
pub fn build_timeline(
    texts: &[Text],
    xref: &CrossReferences,
    editors: Option<&DataFile<TimelineFile>>,
    diagnostics: &mut Diagnostics,
) -> Timeline {
    // Reading the dates is the costly part and independent per text: done in parallel, then
    // merged in reading order so the result does not depend on the threads.
    let dates: Vec<Vec<Vec<DateMention>>> = texts
        .par_iter()
        .map(|text| {
            text.document
                .paragraphs()
                .map(|p| find_dates(&p.text))
                .collect()
        })
        .collect();
    let mut events = Events::default();
    for (t, (text, dates)) in texts.iter().zip(dates).enumerate() {
        events.add_text(t, text);
        events.add_citations(t, text);
        events.add_mentions(t, text, dates, xref);
    }
    if let Some(file) = editors {
        events.add_editors(file, xref, diagnostics);
    }
    events.finish()
}

/// Events gathered so far, merged by what they are.
#[derive(Default)]
struct Events {
    list: Vec<Event>,
    /// Mentioned events by date, for merging mentions of the same date.
    by_date: BTreeMap<HistoricalDate, usize>,
    /// Publications of works named in the texts, by date and work, for merging them likewise.
    publications: BTreeMap<(HistoricalDate, usize), usize>,
}

impl Events {
    fn push(&mut self, event: Event) -> usize {
        self.list.push(event);
        self.list.len() - 1
    }

    fn add_text(&mut self, t: usize, text: &Text) {
        let own = |kind, date: &HistoricalDate, id: String, evidence| Event {
            id,
            text: Some(t),
            is_text: true,
            ..Event::new(date.clone(), kind, Some(text.title.clone()), vec![evidence])
        };
        if let Some(date) = &text.date {
            self.push(own(
                EventKind::Written,
                date,
                format!("text-{}", text.slug),
                Evidence::text(t),
            ));
        }
        if let Some(published) = &text.published {
            // The year read off the text's own source line: that note is the evidence.
            let source = text
                .document
                .source_note()
                .filter(|n| n.citation.as_ref().and_then(|c| c.year) == Some(published.year()));
            let evidence = source.map_or(Evidence::text(t), |n| Evidence::note(t, n.number));
            let id = match text.date {
                Some(_) => format!("text-{}-published", text.slug),
                None => format!("text-{}", text.slug),
            };
            self.push(own(EventKind::Published, published, id, evidence));
        }
    }

    /// A quotation's citation dates the quoted text and the edition it was taken from.
    fn add_citations(&mut self, t: usize, text: &Text) {
        for (index, note) in text.document.notes.iter().enumerate() {
            let Some(parts) = &note.citation else {
                continue;
            };
            if let Some(date) = &parts.date {
                let mut evidence = vec![Evidence::note(t, note.number)];
                evidence.extend(
                    quotation_paragraphs(text, index)
                        .into_iter()
                        .map(|p| Evidence::paragraph(t, p, None)),
                );
                self.push(Event {
                    is_text: true,
                    ..Event::new(
                        date.clone(),
                        EventKind::Written,
                        Some(work_label(parts)),
                        evidence,
                    )
                });
            }
            // The text's own source is its publication, already an event of its own.
            if note.kind == NoteKind::SourceOfText {
                continue;
            }
            // A periodical's issue is dated to the day; an edition, to its year.
            let issue_or_edition = parts.issue.clone().or_else(|| {
                parts
                    .year
                    .and_then(|year| HistoricalDate::parse(&year.to_string()))
            });
            if let Some(date) = issue_or_edition {
                let evidence = vec![Evidence::note(t, note.number)];
                self.push(Event::new(
                    date,
                    EventKind::Published,
                    Some(edition_label(parts)),
                    evidence,
                ));
            }
        }
    }

    /// The dates `dates[i]` found in paragraph `i` of text `t`, as mentions.
    fn add_mentions(
        &mut self,
        t: usize,
        text: &Text,
        dates: Vec<Vec<DateMention>>,
        xref: &CrossReferences,
    ) {
        let mentions = xref.mentions_by_text.get(t).map_or(&[][..], Vec::as_slice);
        for (paragraph, found_dates) in text.document.paragraphs().zip(dates) {
            // Both lists run in paragraph order, so the names of each paragraph are found by
            // searching the sorted list, not by scanning it.
            let names: &[(usize, std::ops::Range<usize>)] = mentions
                .binary_search_by_key(&paragraph.number, |pm| pm.paragraph)
                .map_or(&[], |i| mentions[i].mentions.as_slice());
            for found in found_dates {
                // The line dating the letter is the letter's own date, not a mention.
                if Some(paragraph.number) == text.document.date_paragraph
                    && Some(&found.date) == text.document.date.as_ref()
                {
                    continue;
                }
                let evidence = Evidence::paragraph(t, paragraph.number, Some(found.range.clone()));
                if let Some(work) = imprint_work(&paragraph.text, &found.range, names, xref) {
                    self.add_publication(found.date, work, evidence, xref);
                    continue;
                }
                let named = named_event(&paragraph.text, &found.range, names, xref);
                self.add_mention(found.date, evidence, named, xref);
            }
        }
    }

    fn add_publication(
        &mut self,
        date: HistoricalDate,
        work: usize,
        evidence: Evidence,
        xref: &CrossReferences,
    ) {
        if let Some(&i) = self.publications.get(&(date.clone(), work)) {
            self.list[i].evidence.push(evidence);
            return;
        }
        let label = xref.entries[work].name.clone();
        let i = self.push(Event {
            entries: vec![work],
            ..Event::new(
                date.clone(),
                EventKind::Published,
                Some(label),
                vec![evidence],
            )
        });
        self.publications.insert((date, work), i);
    }

    fn add_mention(
        &mut self,
        date: HistoricalDate,
        evidence: Evidence,
        named: Option<usize>,
        xref: &CrossReferences,
    ) {
        if let Some(&i) = self.by_date.get(&date) {
            let event = &mut self.list[i];
            event.evidence.push(evidence);
            if let Some(entry) = named.filter(|e| !event.entries.contains(e)) {
                event.entries.push(entry);
                event
                    .label
                    .get_or_insert_with(|| xref.entries[entry].name.clone());
            }
            return;
        }
        let label = named.map(|e| xref.entries[e].name.clone());
        let i = self.push(Event {
            entries: named.into_iter().collect(),
            ..Event::new(date.clone(), EventKind::Mentioned, label, vec![evidence])
        });
        self.by_date.insert(date, i);
    }

    /// Editors' events label the mentions of the same date, or stand on their own.
    fn add_editors(
        &mut self,
        file: &DataFile<TimelineFile>,
        xref: &CrossReferences,
        diagnostics: &mut Diagnostics,
    ) {
        for (i, item) in file.value.events.iter().enumerate() {
            let mut entries = Vec::new();
            for (k, id) in item.entries.iter().enumerate() {
                match xref.entries.iter().position(|e| &e.id == id) {
                    Some(i) => entries.push(i),
                    None => diagnostics.push(file.error_at(
                        &format!("events[{i}].entries[{k}]"),
                        format!(
                            "event `{}` names the entry `{id}`, which is not an id in the glossary",
                            item.label
                        ),
                    )),
                }
            }
            let kind = match item.kind.unwrap_or(EditorEventKind::Event) {
                EditorEventKind::Event => EventKind::Editorial,
                EditorEventKind::Written => EventKind::Written,
                EditorEventKind::Published => EventKind::Published,
            };
            match self.by_date.get(&item.date).copied() {
                Some(i) if kind == EventKind::Editorial => {
                    let event = &mut self.list[i];
                    event.label = Some(item.label.clone());
                    for entry in entries {
                        if !event.entries.contains(&entry) {
                            event.entries.push(entry);
                        }
                    }
                }
                _ => {
                    self.push(Event {
                        is_text: kind == EventKind::Written,
                        entries,
                        ..Event::new(
                            item.date.clone(),
                            kind,
                            Some(item.label.clone()),
                            Vec::new(),
                        )
                    });
                }
            }
        }
    }

    /// Sorts chronologically (texts first on the same date) and gives every event a stable id.
    fn finish(self) -> Timeline {
        let mut events = self.list;
        events.sort_by(|a, b| {
            a.date
                .cmp(&b.date)
                .then(b.is_text.cmp(&a.is_text))
                .then(a.kind.cmp(&b.kind))
                .then(a.label.cmp(&b.label))
        });
        let mut used: BTreeMap<String, usize> = BTreeMap::new();
        for event in &mut events {
            if event.id.is_empty() {
                let kind = match event.kind {
                    EventKind::Written => "written",
                    EventKind::Published => "published",
                    EventKind::Mentioned | EventKind::Editorial => "event",
                };
                event.id = format!("{kind}-{}", date_slug(&event.date));
            }
            let count = used.entry(event.id.clone()).or_insert(0);
            *count += 1;
            if *count > 1 {
                event.id = format!("{}-{count}", event.id);
            }
            event
                .evidence
                .sort_by_key(|e| (e.text, e.paragraph, e.note));
        }
        Timeline { events }
    }
}

/// `1938-03-06`, `1923-1924`, `1934-late`: readable and stable.
fn date_slug(date: &HistoricalDate) -> String {
    let mut slug = date.datetime_attr();
    if let Some(end) = &date.end {
        // The whole end, so that March–April and March–May 1938 differ.
        slug.push_str(&format!("-{:04}", end.year));
        for part in [end.month, end.day].into_iter().flatten() {
            slug.push_str(&format!("-{part:02}"));
        }
    }
    if let Some(qualifier) = date.qualifier {
        slug.push_str(&format!("-{qualifier:?}").to_lowercase());
    }
    if date.approximate {
        slug.push_str("-approx");
    }
    slug
}

/// The paragraphs of the quotation whose citation is note `index`.
fn quotation_paragraphs(text: &Text, index: usize) -> Vec<usize> {
    text.document
        .blocks
        .iter()
        .find_map(|block| match block {
            Block::Quotation(q) if q.note == Some(index) => {
                Some(q.paragraphs.iter().map(|p| p.number).collect())
            }
            _ => None,
        })
        .unwrap_or_default()
}

/// `Leon Trotsky, “Pour sa propre sauvegarde, …”`.
fn work_label(parts: &CitationParts) -> String {
    let title = parts
        .title
        .as_deref()
        .or(parts.container.as_deref())
        .unwrap_or("A quoted text");
    match &parts.author {
        Some(author) => format!("{author}, “{title}”"),
        None => format!("“{title}”"),
    }
}

/// `L'appareil policier du stalinisme (Paris: Union générale d'éditions)`.
fn edition_label(parts: &CitationParts) -> String {
    let title = parts
        .container
        .as_deref()
        .or(parts.title.as_deref())
        .unwrap_or("An edition");
    match (&parts.place, &parts.publisher) {
        (Some(place), Some(publisher)) => format!("{title} ({place}: {publisher})"),
        (None, Some(publisher)) => format!("{title} ({publisher})"),
        (Some(place), None) => format!("{title} ({place})"),
        (None, None) => title.to_string(),
    }
}

/// In `The Revolution Betrayed (Grasset, 1936)` the year is the publication of the work named
/// just before the parenthesis: returns that work's entry.
fn imprint_work(
    text: &str,
    date: &std::ops::Range<usize>,
    names: &[(usize, std::ops::Range<usize>)],
    xref: &CrossReferences,
) -> Option<usize> {
    let open = text[..date.start].rfind('(')?;
    let inside = &text[open + 1..date.start];
    if inside.contains(')')
        || !inside.trim_end().ends_with(',')
        || !text[date.end..].trim_start().starts_with(')')
    {
        return None;
    }
    names
        .iter()
        .filter(|(entry, range)| {
            range.end <= open && xref.entries[*entry].kind == Some(EntryKind::Work)
        })
        .max_by_key(|(_, range)| range.end)
        .filter(|(_, range)| text[range.end..open].trim().is_empty())
        .map(|(entry, _)| *entry)
}

/// A glossary event named by the date itself (`February 1917` as an alias of the February
/// Revolution) or just before it (`the Great Purge of 1937`).
fn named_event(
    text: &str,
    date: &std::ops::Range<usize>,
    names: &[(usize, std::ops::Range<usize>)],
    xref: &CrossReferences,
) -> Option<usize> {
    names
        .iter()
        .filter(|(entry, _)| xref.entries[*entry].kind == Some(EntryKind::Event))
        .find(|(_, range)| {
            let overlaps = range.start < date.end && date.start < range.end;
            let just_before = range.end <= date.start
                && matches!(
                    text[range.end..date.start].trim(),
                    "of" | "in" | "von" | "de" | "du" | "of the"
                );
            overlaps || just_before
        })
        .map(|(entry, _)| *entry)
}
