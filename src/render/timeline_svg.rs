//! The timeline as a picture: an SVG time axis drawn at build time, no script, no library.
//!
//! In: the events. Out: SVG markup. The axis runs from the earliest to the latest event; decades
//! without events are cut out and marked with a break, so that 1905–1938 and 1994 both stay
//! legible. Texts are large marks above the axis, mentioned events small marks below; a range is
//! a bar. Each mark links to the event in the list below the picture and carries its date and
//! label as a tooltip and an accessible name. Colours come from the page's CSS (classes `tl-*`).

use std::fmt::Write;

use crate::model::timeline::{Event, EventKind};
use crate::parse::dates::PartialDate;
use crate::render::typography::escape;

const WIDTH: f64 = 960.0;
const MARGIN: f64 = 28.0;
const BREAK_WIDTH: f64 = 36.0;
/// The breaks together take at most this share of the axis, however many there are.
const MAX_BREAK_SHARE: f64 = 0.3;
/// Rows relative to the axis: texts above it, year labels just below, events further below.
const TEXT_ROW: f64 = -34.0;
const YEAR_LABEL_ROW: f64 = 24.0;
const EVENT_ROW: f64 = 50.0;
const STACK_STEP: f64 = 20.0;
/// Free space above the highest mark and below the lowest.
const PADDING: f64 = 20.0;
/// The tallest bar of an overview, for the year with the most events.
const OVERVIEW_BAR: f64 = 60.0;
/// A gap between event years longer than this is cut out of the axis.
const MAX_GAP_YEARS: i32 = 8;

/// A stretch of years drawn to scale.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Segment {
    first: i32,
    /// Exclusive.
    end: i32,
    x: f64,
}

/// Where a mark goes, relative to the axis.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Placed {
    x: f64,
    end_x: Option<f64>,
    row: f64,
}

/// The SVG for `events`, with `labels[i]` naming `events[i]`. Empty when there are no events.
pub fn timeline_svg(events: &[Event], labels: &[String]) -> String {
    let Some(segments) = segments(events) else {
        return String::new();
    };
    let per_year = per_year(&segments);
    let placed = place_marks(events, &segments, per_year);
    let top = placed
        .iter()
        .flatten()
        .map(|p| p.row)
        .fold(TEXT_ROW, f64::min);
    let bottom = placed
        .iter()
        .flatten()
        .map(|p| p.row)
        .fold(EVENT_ROW, f64::max);
    let axis_y = PADDING - top + 8.0;
    let height = axis_y + bottom + 8.0 + PADDING;
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"timeline-svg\" viewBox=\"0 0 {WIDTH} {height:.0}\" role=\"group\" aria-labelledby=\"timeline-svg-title\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"timeline-svg-title\">Time axis from {} to {}: large marks are texts, small marks are events the texts mention</title>\n",
        segments[0].first,
        segments[segments.len() - 1].end - 1
    );
    draw_axis(&mut svg, &segments, per_year, axis_y);
    for ((event, label), place) in events.iter().zip(labels).zip(&placed) {
        if let Some(place) = place {
            draw_mark(&mut svg, event, label, place, axis_y);
        }
    }
    svg.push_str("</svg>\n");
    svg
}

/// The overview of a crowded timeline: one bar per year above the axis for its texts, one below
/// for the other events, heights in proportion to the counts, each linked to `year_href(year)`.
/// Drawing is linear in the number of events; nothing is stacked.
pub fn overview_svg(events: &[Event], year_href: impl Fn(i32) -> String) -> String {
    let Some(segments) = segments(events) else {
        return String::new();
    };
    let per_year = per_year(&segments);
    let mut counts: std::collections::BTreeMap<i32, (usize, usize)> = Default::default();
    for event in events {
        let count = counts.entry(event.date.year()).or_default();
        if event.is_text {
            count.0 += 1;
        } else {
            count.1 += 1;
        }
    }
    let most = counts
        .values()
        .map(|&(t, e)| t + e)
        .max()
        .unwrap_or(1)
        .max(1);
    let axis_y = PADDING + OVERVIEW_BAR + 4.0;
    let height = axis_y + YEAR_LABEL_ROW + PADDING;
    let bar_width = (per_year * 0.7).clamp(2.0, 16.0);
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"timeline-svg\" viewBox=\"0 0 {WIDTH} {height:.0}\" role=\"group\" aria-labelledby=\"timeline-svg-title\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"timeline-svg-title\">Events per year from {} to {}: each bar counts a year’s texts (dark, on top) and the other events (light)</title>\n",
        segments[0].first,
        segments[segments.len() - 1].end - 1
    );
    for (&year, &(texts, others)) in &counts {
        let Some(x) = x_of(
            &PartialDate {
                year,
                month: None,
                day: None,
            },
            &segments,
            per_year,
            0.5,
        ) else {
            continue;
        };
        let bar = |count: usize| {
            if count == 0 {
                0.0
            } else {
                (OVERVIEW_BAR * count as f64 / most as f64).max(2.0)
            }
        };
        let (up, down) = (bar(texts), bar(others));
        let name = format!(
            "{year}: {}, {}",
            plural(texts, "text"),
            plural(others, "other event")
        );
        let _ = write!(
            svg,
            "<a href=\"{}\" aria-label=\"{name}\" class=\"tl-year-bar\"><title>{name}</title>",
            escape(&year_href(year))
        );
        let left = x - bar_width / 2.0;
        if down > 0.0 {
            let _ = write!(
                svg,
                "<rect class=\"tl-mark-event\" x=\"{left:.1}\" y=\"{:.1}\" width=\"{bar_width:.1}\" height=\"{down:.1}\"/>",
                axis_y - 1.0 - down
            );
        }
        if up > 0.0 {
            let _ = write!(
                svg,
                "<rect class=\"tl-mark-text\" x=\"{left:.1}\" y=\"{:.1}\" width=\"{bar_width:.1}\" height=\"{up:.1}\"/>",
                axis_y - 1.0 - down - up
            );
        }
        svg.push_str("</a>\n");
    }
    draw_axis(&mut svg, &segments, per_year, axis_y);
    svg.push_str("</svg>\n");
    svg
}

fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

fn per_year(segments: &[Segment]) -> f64 {
    let years: i32 = segments.iter().map(|s| s.end - s.first).sum();
    let breaks = (segments.len() - 1) as f64;
    (WIDTH - 2.0 * MARGIN - break_width(segments.len()) * breaks) / f64::from(years)
}

/// The width of one break: [`BREAK_WIDTH`], narrower when there are many.
fn break_width(segments: usize) -> f64 {
    let breaks = segments.saturating_sub(1).max(1) as f64;
    BREAK_WIDTH.min(MAX_BREAK_SHARE * (WIDTH - 2.0 * MARGIN) / breaks)
}

/// Positions every mark; marks that would overlap are stacked away from the axis.
fn place_marks(events: &[Event], segments: &[Segment], per_year: f64) -> Vec<Option<Placed>> {
    let mut taken: Vec<(f64, f64)> = Vec::new();
    events
        .iter()
        .map(|event| {
            let x = x_of(&event.date.start, segments, per_year, 0.5)?;
            let end_x = event
                .date
                .end
                .as_ref()
                .and_then(|end| x_of(end, segments, per_year, 1.0));
            let (base, step) = if event.is_text {
                (TEXT_ROW, -STACK_STEP)
            } else {
                (EVENT_ROW, STACK_STEP)
            };
            let row = free_row(&mut taken, x, base, step);
            Some(Placed { x, end_x, row })
        })
        .collect()
}

/// Consecutive event years, split where the gap exceeds [`MAX_GAP_YEARS`].
fn segments(events: &[Event]) -> Option<Vec<Segment>> {
    let mut years: Vec<i32> = events
        .iter()
        .flat_map(|e| [Some(e.date.start.year), e.date.end.as_ref().map(|d| d.year)])
        .flatten()
        .collect();
    years.sort_unstable();
    years.dedup();
    let first = *years.first()?;
    let mut segments = vec![Segment {
        first,
        end: first + 1,
        x: 0.0,
    }];
    for &year in &years[1..] {
        let last = segments.len() - 1;
        if year - segments[last].end >= MAX_GAP_YEARS {
            segments.push(Segment {
                first: year,
                end: year + 1,
                x: 0.0,
            });
        } else {
            segments[last].end = year + 1;
        }
    }
    let per_year = per_year(&segments);
    let gap = break_width(segments.len());
    let mut x = MARGIN;
    for segment in &mut segments {
        segment.x = x;
        x += f64::from(segment.end - segment.first) * per_year + gap;
    }
    Some(segments)
}

/// The x of a date: a year's mark sits mid-year, a month's mid-month (`within` = 0.5), unless
/// `within` = 1.0 (the end of a range reaches the end of its last unit).
fn x_of(date: &PartialDate, segments: &[Segment], per_year: f64, within: f64) -> Option<f64> {
    let segment = segments
        .iter()
        .find(|s| (s.first..s.end).contains(&date.year))?;
    let fraction = match (date.month, date.day) {
        (Some(m), Some(d)) => (f64::from(m) - 1.0) / 12.0 + (f64::from(d) - 0.5) / 365.0,
        (Some(m), None) => (f64::from(m) - 1.0 + within) / 12.0,
        _ => within,
    };
    Some(segment.x + (f64::from(date.year - segment.first) + fraction) * per_year)
}

/// The first row (from `base`, moving by `step`) with no mark within 14 units of `x`.
fn free_row(placed: &mut Vec<(f64, f64)>, x: f64, base: f64, step: f64) -> f64 {
    let mut y = base;
    while placed
        .iter()
        .any(|&(px, py)| (px - x).abs() < 14.0 && (py - y).abs() < 1.0)
    {
        y += step;
    }
    placed.push((x, y));
    y
}

fn draw_axis(svg: &mut String, segments: &[Segment], per_year: f64, axis_y: f64) {
    for (i, segment) in segments.iter().enumerate() {
        let x_end = segment.x + f64::from(segment.end - segment.first) * per_year;
        let _ = writeln!(
            svg,
            "<line class=\"tl-axis\" x1=\"{:.1}\" y1=\"{axis_y:.1}\" x2=\"{:.1}\" y2=\"{axis_y:.1}\"/>",
            segment.x, x_end
        );
        for year in tick_years(segment, per_year) {
            let x = segment.x + f64::from(year - segment.first) * per_year;
            let _ = writeln!(
                svg,
                "<line class=\"tl-tick\" x1=\"{x:.1}\" y1=\"{}\" x2=\"{x:.1}\" y2=\"{}\"/><text class=\"tl-year\" x=\"{x:.1}\" y=\"{}\" text-anchor=\"middle\">{year}</text>",
                axis_y - 5.0,
                axis_y + 5.0,
                axis_y + YEAR_LABEL_ROW
            );
        }
        if i + 1 < segments.len() {
            let x = x_end + break_width(segments.len()) / 2.0;
            let _ = writeln!(
                svg,
                "<path class=\"tl-break\" d=\"M{:.1} {:.1} l6 -12 M{:.1} {:.1} l6 -12\"/>",
                x - 7.0,
                axis_y + 6.0,
                x - 1.0,
                axis_y + 6.0
            );
        }
    }
}

/// Year labels: the first year of a segment and round years, spaced to stay legible.
fn tick_years(segment: &Segment, per_year: f64) -> Vec<i32> {
    let every = [1, 2, 5, 10, 20, 50, 100]
        .into_iter()
        .find(|&n| f64::from(n) * per_year >= 56.0)
        .unwrap_or(100);
    let mut years = vec![segment.first];
    let mut year = (segment.first / every + 1) * every;
    while year < segment.end {
        if f64::from(year - segment.first) * per_year >= 56.0 {
            years.push(year);
        }
        year += every;
    }
    years
}

fn draw_mark(svg: &mut String, event: &Event, label: &str, place: &Placed, axis_y: f64) {
    let (x, y) = (place.x, axis_y + place.row);
    let name = escape(&format!("{}: {label}", event.date.display()));
    let class = match (event.is_text, event.kind) {
        (true, _) => "tl-mark tl-mark-text",
        (false, EventKind::Editorial) => "tl-mark tl-mark-editorial",
        _ => "tl-mark tl-mark-event",
    };
    let _ = write!(
        svg,
        "<a href=\"#{}\" aria-label=\"{name}\" class=\"{class}\"><title>{name}</title>",
        event.id
    );
    if let Some(end_x) = place.end_x.filter(|&e| e > x + 4.0) {
        let _ = write!(
            svg,
            "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"8\" rx=\"4\"/>",
            y - 4.0,
            end_x - x
        );
    } else {
        let radius = if event.is_text { 8 } else { 5 };
        let _ = write!(svg, "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{radius}\"/>");
    }
    svg.push_str("</a>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::dates::HistoricalDate;

    fn event(id: &str, date: &str, is_text: bool) -> Event {
        Event {
            id: id.to_string(),
            date: HistoricalDate::parse(date).unwrap(),
            kind: if is_text {
                EventKind::Written
            } else {
                EventKind::Mentioned
            },
            label: None,
            text: None,
            is_text,
            evidence: Vec::new(),
            entries: Vec::new(),
        }
    }

    #[test]
    fn long_gaps_are_cut_out_of_the_axis() {
        let events = vec![
            event("a", "1905", false),
            event("b", "1938", true),
            event("c", "1994", true),
        ];
        let spans: Vec<(i32, i32)> = segments(&events)
            .unwrap()
            .iter()
            .map(|s| (s.first, s.end))
            .collect();
        assert_eq!(spans, vec![(1905, 1906), (1938, 1939), (1994, 1995)]);
        let events = vec![event("a", "1923-24", false), event("b", "1930", true)];
        let spans: Vec<(i32, i32)> = segments(&events)
            .unwrap()
            .iter()
            .map(|s| (s.first, s.end))
            .collect();
        assert_eq!(spans, vec![(1923, 1931)]);
    }

    #[test]
    fn every_event_is_a_linked_mark_with_a_name() {
        let events = vec![
            event("event-1905", "1905", false),
            event("text-a", "6 March 1938", true),
            event("event-1923-1924", "1923-24", false),
        ];
        let labels = vec![
            "Revolution of 1905".to_string(),
            "Answers".to_string(),
            "Mentioned".to_string(),
        ];
        let svg = timeline_svg(&events, &labels);
        for id in ["event-1905", "text-a", "event-1923-1924"] {
            assert!(svg.contains(&format!("<a href=\"#{id}\"")), "{svg}");
        }
        assert!(svg.contains("aria-label=\"6 March 1938: Answers\""));
        assert!(svg.contains("<rect"), "a range is a bar");
        assert!(svg.contains("<title id=\"timeline-svg-title\">"));
    }

    #[test]
    fn regression_many_clusters_of_years_still_fit_the_axis() {
        let events: Vec<Event> = (0..40)
            .map(|i| event(&format!("e{i}"), &(1100 + 20 * i).to_string(), false))
            .collect();
        let labels = vec![String::new(); events.len()];
        let svg = timeline_svg(&events, &labels);
        let xs: Vec<f64> = svg
            .split("cx=\"")
            .skip(1)
            .map(|rest| rest[..rest.find('"').unwrap()].parse().unwrap())
            .collect();
        assert_eq!(xs.len(), 40);
        assert!(xs.iter().all(|&x| (0.0..=WIDTH).contains(&x)), "{xs:?}");
        assert!(xs.windows(2).all(|w| w[0] < w[1]), "in order");
        assert!(!svg.contains("width=\"-"), "no negative widths");
    }

    #[test]
    fn marks_on_the_same_spot_are_stacked() {
        let mut placed = Vec::new();
        let first = free_row(&mut placed, 100.0, EVENT_ROW, STACK_STEP);
        let second = free_row(&mut placed, 105.0, EVENT_ROW, STACK_STEP);
        let apart = free_row(&mut placed, 200.0, EVENT_ROW, STACK_STEP);
        assert_eq!(first, EVENT_ROW);
        assert_eq!(second, EVENT_ROW + STACK_STEP);
        assert_eq!(apart, EVENT_ROW);
    }
}
