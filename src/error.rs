//! Diagnostics: what went wrong (or looks wrong), and exactly where.
//!
//! Every stage reports problems as [`Diagnostic`]s that name the file and, where there is one, the
//! line and column (counted from the top of the file, 1-based). A build collects them and fails
//! only once it has looked at everything, so one run reports every broken file, not just the first.
//! `Display` gives the one-line form `path:line:col: message`; [`Diagnostic::render`] adds the
//! source line with a caret, for the terminal.

use std::fmt;
use std::path::{Path, PathBuf};

/// How bad a diagnostic is: errors fail the build, warnings are printed and the build goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Printed; the build still succeeds.
    Warning,
    /// The build fails and `site/` is left as it was.
    Error,
}

/// One problem in one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file concerned, relative to the project root where possible.
    pub path: Option<PathBuf>,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column (in characters), when known.
    pub column: Option<usize>,
    /// What is wrong, in one sentence.
    pub message: String,
    /// The text of the offending line, to show under the message.
    pub source_line: Option<String>,
}

impl Diagnostic {
    /// An error about a whole file.
    pub fn error(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            path: Some(path.into()),
            line: None,
            column: None,
            message: message.into(),
            source_line: None,
        }
    }

    /// A warning about a whole file.
    pub fn warning(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(path, message)
        }
    }

    /// An error that belongs to no file (a missing folder, a failed write).
    pub fn general(message: impl Into<String>) -> Self {
        Diagnostic {
            path: None,
            ..Diagnostic::error(PathBuf::new(), message)
        }
    }

    /// Points the diagnostic at `line:column` of `source`, keeping that line to show.
    pub fn at(mut self, source: &str, line: usize, column: usize) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self.source_line = source
            .lines()
            .nth(line.saturating_sub(1))
            .map(|l| l.to_string());
        self
    }

    /// Points the diagnostic at a byte offset into `source`.
    pub fn at_offset(self, source: &str, offset: usize) -> Self {
        let (line, column) = line_column(source, offset);
        self.at(source, line, column)
    }

    /// True for errors (which fail the build).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The diagnostic as a terminal would show it: the one-line form, then the source line
    /// with a caret under the column.
    pub fn render(&self) -> String {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let Some(source_line) = &self.source_line else {
            return format!("{label}: {self}");
        };
        let line = self.line.unwrap_or(1);
        let column = self.column.unwrap_or(1);
        let start = char_to_byte(source_line, column.saturating_sub(1));
        let end = source_line[start..]
            .chars()
            .next()
            .map_or(start, |c| start + c.len_utf8());
        // annotate-snippets adds `:line:column` to the path itself
        let path = self
            .path
            .as_deref()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        let level = match self.severity {
            Severity::Error => annotate_snippets::Level::ERROR,
            Severity::Warning => annotate_snippets::Level::WARNING,
        };
        let report = [level.primary_title(self.message.as_str()).element(
            annotate_snippets::Snippet::source(source_line.as_str())
                .line_start(line)
                .path(path.as_str())
                .annotation(annotate_snippets::AnnotationKind::Primary.span(start..end)),
        )];
        annotate_snippets::Renderer::plain().render(&report)
    }

    fn location(&self) -> String {
        let mut out = self
            .path
            .as_deref()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        if let Some(line) = self.line {
            out.push_str(&format!(":{line}"));
            if let Some(column) = self.column {
                out.push_str(&format!(":{column}"));
            }
        }
        out
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let location = self.location();
        if location.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{location}: {}", self.message)
        }
    }
}

/// A failed build: every error found, in the order found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildError {
    /// The errors (and the warnings gathered before the build stopped).
    pub diagnostics: Vec<Diagnostic>,
    /// What became of the previous site.
    pub previous_site: PreviousSite,
}

/// What a failed build did to the previous site.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum PreviousSite {
    /// Left exactly as it was (every failure but the one below).
    #[default]
    Unchanged,
    /// Moved aside to this folder, and could not be moved back: the output folder is missing.
    MovedTo(PathBuf),
}

impl BuildError {
    /// A failed build that left the previous site as it was.
    pub fn new(diagnostics: Vec<Diagnostic>) -> Self {
        BuildError {
            diagnostics,
            previous_site: PreviousSite::Unchanged,
        }
    }
}

impl BuildError {
    /// The error diagnostics only.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let errors: Vec<String> = self.errors().map(|d| d.to_string()).collect();
        write!(f, "{}", errors.join("\n"))
    }
}

impl std::error::Error for BuildError {}

impl From<Diagnostic> for BuildError {
    fn from(diagnostic: Diagnostic) -> Self {
        BuildError::new(vec![diagnostic])
    }
}

/// Collects diagnostics through a stage, so that one run reports every problem.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// Records one diagnostic.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    /// Records several.
    pub fn extend(&mut self, diagnostics: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(diagnostics);
    }

    /// True when at least one error was recorded.
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    /// Fails with everything recorded if any of it is an error; otherwise hands back the warnings.
    pub fn check(self) -> Result<Vec<Diagnostic>, BuildError> {
        if self.has_errors() {
            Err(BuildError::new(self.items))
        } else {
            Ok(self.items)
        }
    }

    /// Everything recorded, errors and warnings.
    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.items
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(source: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(source, offset.min(source.len()));
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = source[line_start..offset].chars().count() + 1;
    (line, column)
}

/// A path shown relative to the project root when it lies inside it.
pub fn display_path(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

fn char_to_byte(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| i)
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    while index > 0 && !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_path_line_and_column() {
        let d = Diagnostic::error("content/glossary.yaml", "unknown field `alias`").at(
            "a: 1\n  alias: x\n",
            2,
            3,
        );
        assert_eq!(
            d.to_string(),
            "content/glossary.yaml:2:3: unknown field `alias`"
        );
        assert_eq!(d.source_line.as_deref(), Some("  alias: x"));
    }

    #[test]
    fn line_column_counts_characters_not_bytes() {
        let text = "é\nCélarié x";
        let offset = text.find('x').unwrap();
        assert_eq!(line_column(text, offset), (2, 9));
    }

    #[test]
    fn render_shows_the_source_line_and_a_caret() {
        let d = Diagnostic::error("a.yaml", "bad value").at("key: [oops\n", 1, 6);
        let rendered = d.render();
        assert!(rendered.contains("bad value"), "{rendered}");
        assert!(rendered.contains("a.yaml:1:6"), "{rendered}");
        assert!(rendered.contains("key: [oops"), "{rendered}");
        assert!(rendered.contains('^'), "{rendered}");
    }

    #[test]
    fn regression_render_prints_the_position_once() {
        let d = Diagnostic::error("content/texts/x.md", "bad").at("a\nb\n\nkey: [oops\n", 4, 6);
        let rendered = d.render();
        assert!(
            rendered.contains("--> content/texts/x.md:4:6\n"),
            "{rendered}"
        );
        assert!(!rendered.contains(":4:6:4:6"), "{rendered}");
    }

    #[test]
    fn check_fails_only_on_errors() {
        let mut ds = Diagnostics::default();
        ds.push(Diagnostic::warning("x", "just so you know"));
        assert_eq!(ds.check().map(|w| w.len()), Ok(1));
        let mut ds = Diagnostics::default();
        ds.push(Diagnostic::error("x", "broken"));
        assert!(ds.check().is_err());
    }
}
