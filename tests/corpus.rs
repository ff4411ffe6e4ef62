//! The real-text corpus (`tests/corpus/`): how well the parser reads pages as found in archives.
//!
//! Each text in `tests/corpus/texts/` has the facts a careful editor reads from it in
//! `tests/corpus/expected/<name>.yaml` (title, authors, date with precision and role, note count,
//! furniture lines, names that must and must not be found). This test parses every text, scores
//! each field, writes the table to `docs/corpus-scores.md`, and fails when a score drops below
//! the floor recorded in `tests/corpus/baseline.yaml` or when a text gets a wrong or invented date
//! that the baseline does not already list. Raise the floors (and shorten the list) as the
//! parser improves; never lower them to make a change pass.

use std::collections::BTreeSet;
use std::fmt::Write;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use studysite::analyse::discover::discover_names;
use studysite::analyse::xref::discovery_passages;
use studysite::load::SeedFile;
use studysite::model::{Document, NoteKind};
use studysite::parse::citation_parts::{CitationParts, ReferenceFamily};
use studysite::parse::dates::HistoricalDate;
use studysite::parse::parse_document;

/// What an editor reads from a text.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    source_url: String,
    site: String,
    language: String,
    excerpt: bool,
    #[allow(dead_code)]
    licence: String,
    title: Option<String>,
    authors: Vec<String>,
    date: Option<ExpectedDate>,
    #[serde(default)]
    #[allow(dead_code)]
    other_dates: Vec<ExpectedOtherDate>,
    notes: usize,
    #[serde(default)]
    references: Vec<String>,
    #[serde(default)]
    furniture: Vec<String>,
    #[allow(dead_code)]
    salutation: Option<String>,
    #[allow(dead_code)]
    closing: Option<String>,
    #[allow(dead_code)]
    signature: Option<String>,
    #[serde(default)]
    names_must: Vec<String>,
    #[serde(default)]
    names_must_not: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedDate {
    value: String,
    precision: String,
    role: String,
    supplied: bool,
}

/// A date of another role than writing: `{value: "1930", role: first_published}`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedOtherDate {
    value: String,
    role: String,
}

/// The floors: the scores the parser has reached, which it may not fall below.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Baseline {
    titles: usize,
    authors: usize,
    dates: usize,
    notes: usize,
    names_found: usize,
    /// References (`references:`) found as a note or header line, word for word.
    references_found: usize,
    /// Of those, the ones read with a structure (not `Unstructured`).
    references_structured: usize,
    /// Dates of other roles (`other_dates:` first published, this edition, posted, page
    /// updated) read in their role.
    other_dates: usize,
    /// At most this many furniture lines may end up in paragraphs.
    furniture_leaked: usize,
    /// At most this many must-not names may be reported as names.
    false_names: usize,
    /// Texts whose date is known to come out wrong or invented today.
    wrong_dates: BTreeSet<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DateOutcome {
    Right,
    /// The text states no date and none was found.
    RightlyNone,
    Missing,
    Wrong,
    Invented,
}

struct Row {
    name: String,
    language: String,
    site: String,
    title: bool,
    authors: bool,
    date: DateOutcome,
    found_date: String,
    notes: (usize, usize),
    furniture: (usize, usize),
    names: (usize, usize),
    false_names: Vec<String>,
    /// References found, structured, expected.
    references: (usize, usize, usize),
    /// Dates of other roles read in their role, and expected.
    other_dates: (usize, usize),
    /// What was read where it differs from what was expected, printed with `CORPUS_DETAIL=1`
    /// (`CORPUS_DETAIL=1 cargo test --test corpus -- --nocapture`).
    detail: Vec<String>,
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

/// Lowercase, no accents, single spaces, no punctuation at either end.
fn fold(text: &str) -> String {
    studysite::lexicon::fold(text)
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

/// `1938-03-06`, `1938-03`, `1938`, or `start/end` for a range.
fn iso(date: &HistoricalDate) -> String {
    let point = |d: &studysite::parse::dates::PartialDate| match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{:04}-{m:02}-{day:02}", d.year),
        (Some(m), None) => format!("{:04}-{m:02}", d.year),
        _ => format!("{:04}", d.year),
    };
    match &date.end {
        Some(end) => format!("{}/{}", point(&date.start), point(end)),
        None => point(&date.start),
    }
}

fn score_date(expected: Option<&ExpectedDate>, document: &Document) -> (DateOutcome, String) {
    let role_written = expected.is_none_or(|e| matches!(e.role.as_str(), "written" | "sent"));
    let found = if role_written {
        document.date.as_ref()
    } else {
        document.published.as_ref().or(document.date.as_ref())
    };
    let shown = found.map_or_else(|| "-".to_string(), iso);
    let outcome = match (expected, found) {
        (None, None) => DateOutcome::RightlyNone,
        (None, Some(_)) => DateOutcome::Invented,
        (Some(_), None) => DateOutcome::Missing,
        (Some(e), Some(found)) => {
            let precision_ok = match e.precision.as_str() {
                "range" => found.end.is_some(),
                "day" => found.start.day.is_some() && found.end.is_none(),
                "month" => {
                    found.start.month.is_some() && found.start.day.is_none() && found.end.is_none()
                }
                _ => found.start.month.is_none() && found.end.is_none(),
            };
            // A date the editors supplied must be shown as theirs, and only such a date.
            if iso(found) == e.value && precision_ok && found.supplied == e.supplied {
                DateOutcome::Right
            } else {
                DateOutcome::Wrong
            }
        }
    };
    (outcome, shown)
}

/// True when `needle` (folded) is `name` (folded) or a run of its whole words.
fn names_match(name: &str, needle: &str) -> bool {
    let (name, needle) = (fold(name), fold(needle));
    name == needle
        || format!(" {name} ").contains(&format!(" {needle} "))
        || format!(" {needle} ").contains(&format!(" {name} ")) && name.contains(' ')
}

fn score(name: &str, expected: &Expected, text: String) -> Row {
    let seed = SeedFile {
        file_name: format!("{name}.txt"),
        stem: name.to_string(),
        path: PathBuf::from(format!("seeds/{name}.txt")),
        text,
    };
    let (document, _) = parse_document(&seed);
    let title = match (&expected.title, &document.title) {
        (Some(e), Some(found)) => fold(e) == fold(found),
        (None, None) => true,
        _ => false,
    };
    let folded = |names: &[String]| names.iter().map(|n| fold(n)).collect::<BTreeSet<_>>();
    let authors = folded(&expected.authors) == folded(&document.authors);
    let (date, found_date) = score_date(expected.date.as_ref(), &document);
    let paragraphs: Vec<&str> = document.paragraphs().map(|p| p.text.as_str()).collect();
    let leaked = expected
        .furniture
        .iter()
        .filter(|line| {
            let line = line.trim();
            line.chars().count() >= 3
                && (paragraphs
                    .iter()
                    .any(|p| p.lines().any(|l| l.trim() == line))
                    || document.title.as_deref().map(str::trim) == Some(line))
        })
        .count();
    let language = document.language.as_deref().unwrap_or(&expected.language);
    let passages: Vec<&str> = discovery_passages(&document).collect();
    let discovered: Vec<String> = discover_names(&passages, language)
        .into_iter()
        .map(|n| n.name)
        .collect();
    let found_names = expected
        .names_must
        .iter()
        .filter(|must| discovered.iter().any(|d| names_match(d, must)))
        .count();
    let false_names = expected
        .names_must_not
        .iter()
        .filter(|not| discovered.iter().any(|d| fold(d) == fold(not)))
        .cloned()
        .collect();
    let references = score_references(&expected.references, &document);
    let mut detail = Vec::new();
    if !title {
        detail.push(format!(
            "title {:?}, expected {:?}",
            document.title, expected.title
        ));
    }
    if !authors {
        detail.push(format!(
            "authors {:?}, expected {:?}",
            document.authors, expected.authors
        ));
    }
    for line in &expected.furniture {
        let line = line.trim();
        if paragraphs
            .iter()
            .any(|p| p.lines().any(|l| l.trim() == line))
        {
            detail.push(format!("furniture in a paragraph: {line:?}"));
        }
    }
    let other_dates = score_other_dates(&expected.other_dates, &document, &mut detail);
    Row {
        detail,
        references,
        other_dates,
        name: name.to_string(),
        language: expected.language.clone(),
        site: expected.site.clone(),
        title,
        authors,
        date,
        found_date,
        // The notes the text marks or gives (SOURCES.md): a source line of the header, read as a
        // note on the title, is not one of them.
        notes: (
            document
                .notes
                .iter()
                .filter(|n| n.kind != NoteKind::SourceOfText)
                .count(),
            expected.notes,
        ),
        furniture: (leaked, expected.furniture.len()),
        names: (found_names, expected.names_must.len()),
        false_names,
    }
}

/// How many of the expected dates of other roles the document gives in that role.
fn score_other_dates(
    expected: &[ExpectedOtherDate],
    document: &Document,
    detail: &mut Vec<String>,
) -> (usize, usize) {
    let mut right = 0;
    for want in expected {
        let found = match want.role.as_str() {
            "first_published" => document.published.clone(),
            "edition" => document.edition(),
            "posted" => document.posted.clone(),
            "page_updated" => document.page_updated.clone(),
            other => panic!("unknown date role {other:?}"),
        };
        match found {
            Some(date) if iso(&date) == want.value => right += 1,
            found => detail.push(format!(
                "{} {:?}, expected {}",
                want.role,
                found.as_ref().map(iso),
                want.value
            )),
        }
    }
    (right, expected.len())
}

/// How many of the expected references stand as a note or header line (folded text containing
/// the other), and how many of those were read with a structure.
fn score_references(expected: &[String], document: &Document) -> (usize, usize, usize) {
    let mut found = 0;
    let mut structured = 0;
    for reference in expected {
        let want = fold(reference);
        let hit = document
            .notes
            .iter()
            .map(|n| n.text.as_str())
            .chain(document.header.iter().map(|f| f.value.as_str()))
            .find(|text| {
                let got = fold(text);
                got.contains(&want) || (got.len() >= 10 && want.contains(&got))
            });
        if let Some(text) = hit {
            found += 1;
            if CitationParts::parse(text).family != ReferenceFamily::Unstructured {
                structured += 1;
            }
        }
    }
    (found, structured, expected.len())
}

fn mark(ok: bool) -> &'static str {
    if ok { "yes" } else { "no" }
}

fn table(rows: &[Row]) -> String {
    let total = rows.len();
    let titles = rows.iter().filter(|r| r.title).count();
    let authors = rows.iter().filter(|r| r.authors).count();
    let dates = rows
        .iter()
        .filter(|r| matches!(r.date, DateOutcome::Right | DateOutcome::RightlyNone))
        .count();
    let wrong = rows
        .iter()
        .filter(|r| matches!(r.date, DateOutcome::Wrong | DateOutcome::Invented))
        .count();
    let notes = rows.iter().filter(|r| r.notes.0 == r.notes.1).count();
    let leaked: usize = rows.iter().map(|r| r.furniture.0).sum();
    let furniture: usize = rows.iter().map(|r| r.furniture.1).sum();
    let found: usize = rows.iter().map(|r| r.names.0).sum();
    let must: usize = rows.iter().map(|r| r.names.1).sum();
    let false_names: usize = rows.iter().map(|r| r.false_names.len()).sum();
    let references: usize = rows.iter().map(|r| r.references.2).sum();
    let references_found: usize = rows.iter().map(|r| r.references.0).sum();
    let references_structured: usize = rows.iter().map(|r| r.references.1).sum();
    let other_right: usize = rows.iter().map(|r| r.other_dates.0).sum();
    let other_total: usize = rows.iter().map(|r| r.other_dates.1).sum();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Real-text corpus scores\n\nWritten by `cargo test --test corpus` from `tests/corpus/` ({total} texts); do not edit by hand.\n"
    );
    let _ = writeln!(
        out,
        "| field | score |\n|---|---|\n| titles right | {titles} / {total} |\n| authors right | {authors} / {total} |\n| dates right (or rightly none) | {dates} / {total} |\n| dates wrong or invented | {wrong} |\n| note counts right | {notes} / {total} |\n| furniture lines in paragraphs | {leaked} / {furniture} |\n| names found | {found} / {must} |\n| must-not names reported | {false_names} |\n| references found | {references_found} / {references} |\n| references structured | {references_structured} / {references} |\n| other dates in their role (first published, edition, posted, updated) | {other_right} / {other_total} |\n"
    );
    let _ = writeln!(
        out,
        "| text | lang | site | title | authors | date | found | notes | furniture leaked | names | false names |\n|---|---|---|---|---|---|---|---|---|---|---|"
    );
    for r in rows {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {:?} | {} | {}/{} | {}/{} | {}/{} | {} |",
            r.name,
            r.language,
            r.site,
            mark(r.title),
            mark(r.authors),
            r.date,
            r.found_date,
            r.notes.0,
            r.notes.1,
            r.furniture.0,
            r.furniture.1,
            r.names.0,
            r.names.1,
            r.false_names.join(", ")
        );
    }
    out
}

#[test]
fn real_texts_score_at_least_the_recorded_floors() {
    let dir = corpus_dir();
    let mut names: Vec<String> = fs::read_dir(dir.join("texts"))
        .expect("tests/corpus/texts")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter_map(|n| n.strip_suffix(".txt").map(str::to_string))
        .collect();
    names.sort();
    assert!(names.len() >= 30, "the corpus needs at least 30 texts");
    let mut rows = Vec::new();
    let mut sites = BTreeSet::new();
    let mut languages = BTreeSet::new();
    for name in &names {
        let yaml = fs::read_to_string(dir.join(format!("expected/{name}.yaml")))
            .unwrap_or_else(|e| panic!("expected/{name}.yaml: {e}"));
        let expected: Expected =
            serde_yaml::from_str(&yaml).unwrap_or_else(|e| panic!("expected/{name}.yaml: {e}"));
        assert!(
            expected.source_url.starts_with("http"),
            "{name}: where it came from"
        );
        let _ = expected.excerpt;
        sites.insert(expected.site.clone());
        languages.insert(expected.language.clone());
        let text = fs::read_to_string(dir.join(format!("texts/{name}.txt"))).expect("text");
        rows.push(score(name, &expected, text));
    }
    assert!(sites.len() >= 10, "at least 10 sites: {sites:?}");
    assert!(languages.len() >= 4, "at least 4 languages: {languages:?}");

    if std::env::var_os("CORPUS_DETAIL").is_some() {
        for row in rows.iter().filter(|r| !r.detail.is_empty()) {
            eprintln!("{}:\n  {}", row.name, row.detail.join("\n  "));
        }
    }
    let report = table(&rows);
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
    fs::create_dir_all(&docs).expect("docs/");
    fs::write(docs.join("corpus-scores.md"), &report).expect("docs/corpus-scores.md");

    let baseline: Baseline = serde_yaml::from_str(
        &fs::read_to_string(dir.join("baseline.yaml")).expect("tests/corpus/baseline.yaml"),
    )
    .expect("baseline.yaml");
    let count = |f: &dyn Fn(&Row) -> bool| rows.iter().filter(|r| f(r)).count();
    let mut failures = Vec::new();
    let mut floor = |what: &str, got: usize, floor: usize| {
        if got < floor {
            failures.push(format!("{what}: {got}, below the recorded {floor}"));
        }
    };
    floor("titles", count(&|r| r.title), baseline.titles);
    floor("authors", count(&|r| r.authors), baseline.authors);
    floor(
        "dates",
        count(&|r| matches!(r.date, DateOutcome::Right | DateOutcome::RightlyNone)),
        baseline.dates,
    );
    floor("notes", count(&|r| r.notes.0 == r.notes.1), baseline.notes);
    floor(
        "names found",
        rows.iter().map(|r| r.names.0).sum(),
        baseline.names_found,
    );
    floor(
        "references found",
        rows.iter().map(|r| r.references.0).sum(),
        baseline.references_found,
    );
    floor(
        "references structured",
        rows.iter().map(|r| r.references.1).sum(),
        baseline.references_structured,
    );
    floor(
        "other dates in their role",
        rows.iter().map(|r| r.other_dates.0).sum(),
        baseline.other_dates,
    );
    let leaked: usize = rows.iter().map(|r| r.furniture.0).sum();
    if leaked > baseline.furniture_leaked {
        failures.push(format!(
            "furniture lines in paragraphs: {leaked}, more than the recorded {}",
            baseline.furniture_leaked
        ));
    }
    let false_names: usize = rows.iter().map(|r| r.false_names.len()).sum();
    if false_names > baseline.false_names {
        failures.push(format!(
            "must-not names reported: {false_names}, more than the recorded {}",
            baseline.false_names
        ));
    }
    for row in &rows {
        if matches!(row.date, DateOutcome::Wrong | DateOutcome::Invented)
            && !baseline.wrong_dates.contains(&row.name)
        {
            failures.push(format!(
                "{}: date {:?} ({})",
                row.name, row.date, row.found_date
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "the corpus scores dropped:\n{}\n\n{report}",
        failures.join("\n")
    );
}
