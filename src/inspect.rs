//! `studysite inspect FILE`: how the parser read one text, line by line.
//!
//! In: a seed file's path. Out: a report (plain text) with every line's role, the shape that
//! decided it and the runner-up, then what was read: title, authors, dates with their role and
//! precision, place, header fields, paragraphs and notes. It is how an editor learns why a page
//! came out as it did; the fixtures' reports are snapshot-tested.

use std::fmt::Write;
use std::path::Path;

use crate::error::Diagnostic;
use crate::load::SeedFile;
use crate::parse::dates::HistoricalDate;
use crate::parse::parse_document;
use crate::parse::roles::{LineRole, read_lines, settle_roles, split_lines};

/// Characters of each line shown in the report.
const SHOWN_CHARS: usize = 72;

/// Reads `path` and reports how it was parsed.
pub fn inspect(path: &Path) -> Result<String, Diagnostic> {
    let bytes =
        std::fs::read(path).map_err(|e| Diagnostic::error(path, format!("cannot read: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|_| Diagnostic::error(path, "not UTF-8 text"))?;
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let seed = SeedFile {
        stem: file_name
            .strip_suffix(".txt")
            .unwrap_or(&file_name)
            .to_string(),
        file_name,
        path: path.to_path_buf(),
        text,
    };
    Ok(report(&seed))
}

/// The report for one seed (see the module documentation).
pub fn report(seed: &SeedFile) -> String {
    let text = seed.text.strip_prefix('\u{feff}').unwrap_or(&seed.text);
    let mut out = String::new();
    let _ = writeln!(out, "{}", seed.path.display());
    let _ = writeln!(out, "\nlines:");
    let (document, warnings) = parse_document(seed);
    let lines = split_lines(text);
    let mut readings = read_lines(text);
    settle_roles(&mut readings, &lines, &document);
    for (reading, line) in readings.iter().zip(&lines) {
        if reading.role == LineRole::Blank {
            continue;
        }
        let shown: String = line.trim().chars().take(SHOWN_CHARS).collect();
        let more = if line.trim().chars().count() > SHOWN_CHARS {
            "…"
        } else {
            ""
        };
        let runner_up = reading
            .runner_up
            .map(|(shape, role, score)| format!(" (runner-up {shape} → {} {score})", role.name()))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{:>5}  {:<13} {:<13} {:>3}{runner_up}  | {shown}{more}",
            reading.line,
            reading.role.name(),
            reading.shape,
            reading.score
        );
    }
    let date = |d: &Option<HistoricalDate>| d.as_ref().map_or("-".to_string(), describe);
    let _ = writeln!(out, "\nread:");
    let _ = writeln!(
        out,
        "  title:     {}",
        document.title.as_deref().unwrap_or("-")
    );
    let authors = if document.authors.is_empty() {
        "-".to_string()
    } else {
        document.authors.join("; ")
    };
    let _ = writeln!(out, "  authors:   {authors}");
    let _ = writeln!(
        out,
        "  addressee: {}",
        document.addressee.as_deref().unwrap_or("-")
    );
    let _ = writeln!(out, "  written:   {}", date(&document.date));
    let _ = writeln!(out, "  sent:      {}", date(&document.sent));
    let _ = writeln!(out, "  published: {}", date(&document.published));
    let _ = writeln!(out, "  edition:   {}", date(&document.edition()));
    let _ = writeln!(out, "  posted:    {}", date(&document.posted));
    let _ = writeln!(out, "  updated:   {}", date(&document.page_updated));
    let _ = writeln!(
        out,
        "  place:     {}",
        document.place.as_deref().unwrap_or("-")
    );
    let _ = writeln!(
        out,
        "  language:  {}",
        document.language.as_deref().unwrap_or("-")
    );
    for field in &document.header {
        let _ = writeln!(
            out,
            "  field:     {} = {} (line {})",
            field.label, field.value, field.line
        );
    }
    let paragraphs = document.paragraphs().count();
    let _ = writeln!(out, "  paragraphs: {paragraphs}");
    for note in &document.notes {
        let shown: String = note.text.chars().take(SHOWN_CHARS).collect();
        let _ = writeln!(out, "  note {}: {shown} (line {})", note.number, note.line);
    }
    for warning in warnings {
        let _ = writeln!(out, "  warning:   {}", warning.message);
    }
    out
}

/// `6 March 1938 (day)`, `1923–24 (range)`, `[March 1938] (month, supplied)`.
fn describe(date: &HistoricalDate) -> String {
    let precision = if date.end.is_some() {
        "range"
    } else if date.start.day.is_some() {
        "day"
    } else if date.start.month.is_some() {
        "month"
    } else {
        "year"
    };
    let supplied = if date.supplied { ", supplied" } else { "" };
    format!("{} ({precision}{supplied})", date.display())
}
