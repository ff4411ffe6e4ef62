//! `studysite check`: everything a build validates, and what an editor should look at, without
//! writing a site.
//!
//! In: the project folder. Out: the [`Finding`]s, errors first. The build's own stages run as
//! in a build (load, parse, analyse, render, link check) with every page rendered to a sink that
//! keeps only what the link check needs; then the analysis is read for what a build accepts but
//! an editor would want to know: notes the text never refers to, glossary entries no text
//! matches, texts whose title, author or date could not be identified, editors' events no text
//! states. The build's warnings (names found but not in the glossary, among others) are findings
//! too. Each finding names its file and, where it has one, its line.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::analyse::Analysis;
use crate::check::LinkCollector;
use crate::error::{BuildError, Diagnostic, Severity};
use crate::load::Sources;
use crate::model::timeline::EventKind;
use crate::model::xref::EntryOrigin;
use crate::model::{SpanKind, Text};
use crate::progress::Progress;
use crate::render::{self, Sink};

/// What `check` reports about one thing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// `error` or `warning`.
    pub severity: &'static str,
    /// A stable name for the kind of finding, for tools (`note-not-referenced`, ...).
    pub kind: &'static str,
    /// The file, relative to the project root.
    pub path: Option<PathBuf>,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// What was found, in one sentence.
    pub message: String,
    /// The diagnostic, for printing with its source line.
    #[serde(skip)]
    pub diagnostic: Diagnostic,
}

impl Finding {
    fn new(kind: &'static str, diagnostic: Diagnostic) -> Finding {
        Finding {
            severity: match diagnostic.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            },
            kind,
            path: diagnostic.path.clone(),
            line: diagnostic.line,
            column: diagnostic.column,
            message: diagnostic.message.clone(),
            diagnostic,
        }
    }

    /// True for an error (the check fails).
    pub fn is_error(&self) -> bool {
        self.diagnostic.severity == Severity::Error
    }
}

/// A [`Sink`] that keeps only what the link check needs of each page.
#[derive(Default)]
struct LinkSink(LinkCollector);

impl Sink for LinkSink {
    fn put_bytes(&self, path: &str, contents: &[u8]) -> Result<(), Diagnostic> {
        self.0
            .add(path, std::str::from_utf8(contents).unwrap_or(""));
        Ok(())
    }
}

/// Checks the project at `root`: the findings, errors first, then by file and line.
pub fn check_project(root: &Path) -> Vec<Finding> {
    let (analysis, sources, warnings) = match crate::analyse_site(root, &Progress::hidden()) {
        Ok(analysed) => analysed,
        Err(error) => return from_build_error(error),
    };
    let mut findings: Vec<Finding> = warnings
        .into_iter()
        .map(|w| Finding::new(kind_of_warning(&w), w))
        .collect();
    let sink = LinkSink::default();
    match render::render_to(&analysis, &sources, &Progress::hidden(), &sink) {
        Ok(()) => findings.extend(
            sink.0
                .check()
                .into_iter()
                .map(|d| Finding::new("broken-link", d)),
        ),
        Err(error) => findings.extend(from_build_error(error)),
    }
    let seeds = SeedPaths::new(&sources);
    findings.extend(unreferenced_notes(&analysis, &seeds));
    findings.extend(unidentified_texts(&analysis, &seeds));
    findings.extend(unmatched_glossary_entries(&analysis, &sources));
    findings.extend(events_without_evidence(&analysis, &sources));
    findings.sort_by(|a, b| {
        (!a.is_error(), &a.path, a.line, &a.message).cmp(&(
            !b.is_error(),
            &b.path,
            b.line,
            &b.message,
        ))
    });
    findings
}

fn from_build_error(error: BuildError) -> Vec<Finding> {
    error
        .diagnostics
        .into_iter()
        .map(|d| {
            Finding::new(
                if d.is_error() {
                    "invalid-input"
                } else {
                    "warning"
                },
                d,
            )
        })
        .collect()
}

/// A stable kind for a build warning, from what it says.
fn kind_of_warning(warning: &Diagnostic) -> &'static str {
    let message = &warning.message;
    if message.contains("is named but is neither in content/glossary.yaml") {
        "name-not-in-glossary"
    } else if message.starts_with("no title found") {
        "title-not-identified"
    } else {
        "build-warning"
    }
}

/// Each seed's display path by file name, looked up once per finding.
struct SeedPaths<'a>(HashMap<&'a str, &'a PathBuf>);

impl<'a> SeedPaths<'a> {
    fn new(sources: &'a Sources) -> SeedPaths<'a> {
        SeedPaths(
            sources
                .seeds
                .iter()
                .map(|s| (s.file_name.as_str(), &s.path))
                .collect(),
        )
    }

    fn of(&self, text: &Text) -> PathBuf {
        match self.0.get(text.document.file_name.as_str()) {
            Some(path) => (*path).clone(),
            None => PathBuf::from("seeds").join(&text.document.file_name),
        }
    }
}

/// Notes of the text's own that no marker in the text refers to (a source of the whole text is
/// referred to from the title, so it is never one).
fn unreferenced_notes(analysis: &Analysis, seeds: &SeedPaths) -> Vec<Finding> {
    let mut findings = Vec::new();
    for text in &analysis.texts {
        let document = &text.document;
        let mut referenced = vec![false; document.notes.len()];
        for paragraph in document.blocks.iter().flat_map(|b| b.paragraphs()) {
            for span in &paragraph.spans {
                if let SpanKind::NoteRef { note } = span.kind
                    && let Some(seen) = referenced.get_mut(note)
                {
                    *seen = true;
                }
            }
        }
        for (index, note) in document.notes.iter().enumerate() {
            if referenced[index] || note.kind == crate::model::NoteKind::SourceOfText {
                continue;
            }
            let mut diagnostic = Diagnostic::warning(
                seeds.of(text),
                format!(
                    "note {} is never referred to in the text: it is listed with the notes, \
                     but no marker leads to it",
                    note.original_label
                        .as_deref()
                        .unwrap_or(&note.number.to_string())
                ),
            );
            diagnostic.line = Some(note.line);
            findings.push(Finding::new("note-not-referenced", diagnostic));
        }
    }
    findings
}

/// Texts whose author or date the build could not identify (a missing title is a build
/// warning already).
fn unidentified_texts(analysis: &Analysis, seeds: &SeedPaths) -> Vec<Finding> {
    let mut findings = Vec::new();
    for text in &analysis.texts {
        let path = seeds.of(text);
        if text.authors.is_empty() {
            findings.push(Finding::new(
                "author-not-identified",
                Diagnostic::warning(
                    &path,
                    "no author identified: the page says so; set `author` in its content/texts/ \
                     file if it is known",
                ),
            ));
        }
        if text.date.is_none() && text.published.is_none() {
            findings.push(Finding::new(
                "date-not-identified",
                Diagnostic::warning(
                    &path,
                    "no date identified: the text is left off the timeline; set `date` in its \
                     content/texts/ file if it is known",
                ),
            ));
        }
    }
    findings
}

/// Glossary entries that no text names (not in a title, a paragraph, a note, nor as author).
fn unmatched_glossary_entries(analysis: &Analysis, sources: &Sources) -> Vec<Finding> {
    let Some(glossary) = &sources.glossary else {
        return Vec::new();
    };
    let index_of: HashMap<&str, usize> = glossary
        .value
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    analysis
        .xref
        .entries
        .iter()
        .filter(|e| e.origin == EntryOrigin::Glossary)
        .filter(|e| e.occurrences.is_empty() && e.authored.is_empty())
        .map(|entry| {
            let index = index_of.get(entry.id.as_str()).copied().unwrap_or(0);
            let mut diagnostic = glossary.error_at(
                &format!("entries[{index}].id"),
                format!(
                    "glossary entry `{}` is named in no text: check its name and aliases \
                     against the texts' spelling",
                    entry.id
                ),
            );
            diagnostic.severity = Severity::Warning;
            Finding::new("glossary-entry-unmatched", diagnostic)
        })
        .collect()
}

/// Events the editors added that no text states.
fn events_without_evidence(analysis: &Analysis, sources: &Sources) -> Vec<Finding> {
    let Some(timeline) = &sources.timeline else {
        return Vec::new();
    };
    let mut index_of: HashMap<&str, usize> = HashMap::new();
    for (i, event) in timeline.value.events.iter().enumerate() {
        index_of.entry(event.label.as_str()).or_insert(i);
    }
    analysis
        .timeline
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Editorial && e.evidence.is_empty())
        .map(|event| {
            let label = event.label.clone().unwrap_or_default();
            let index = index_of.get(label.as_str()).copied().unwrap_or(0);
            let mut diagnostic = timeline.error_at(
                &format!("events[{index}].label"),
                format!(
                    "event `{label}` ({}) is stated by no text: the timeline shows it as the \
                     editors'",
                    event.date.display()
                ),
            );
            diagnostic.severity = Severity::Warning;
            Finding::new("event-without-evidence", diagnostic)
        })
        .collect()
}

/// The findings as JSON, for tools: an array of objects with `severity`, `kind`, `path`,
/// `line`, `column` and `message`.
pub fn to_json(findings: &[Finding]) -> String {
    serde_json::to_string_pretty(findings).unwrap_or_else(|_| "[]".to_string())
}

/// The summary line: `check: 1 error, 12 warnings`.
pub fn summary(findings: &[Finding]) -> String {
    let errors = findings.iter().filter(|f| f.is_error()).count();
    let warnings = findings.len() - errors;
    format!(
        "check: {}, {}",
        crate::count(errors, "error"),
        crate::count(warnings, "warning")
    )
}
