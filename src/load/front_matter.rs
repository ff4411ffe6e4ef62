//! Markdown files with YAML front matter (`---` fences), as editors write them in `content/`.
//!
//! In: a file's display path and text. Out: a [`MarkdownFile`] with the typed front matter and
//! the Markdown body, which keeps its line number in the file so later errors can point at it.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use super::yaml::parse_yaml;
use super::yaml_scan::Positions;
use crate::error::Diagnostic;

/// A Markdown file with typed front matter.
#[derive(Debug, Clone, PartialEq)]
pub struct MarkdownFile<F> {
    /// Display path, e.g. `content/texts/004_94e4e22f7d3b09e0.md`.
    pub path: PathBuf,
    /// File name without extension.
    pub stem: String,
    /// The typed front matter (defaults when the file has none).
    pub front_matter: F,
    /// The Markdown after the front matter.
    pub body: String,
    /// Where the body starts in the file (a byte offset), for pointing into it.
    pub body_offset: usize,
    /// The file's whole text (after any byte-order mark).
    pub text: String,
    /// Where each front-matter value starts in the file.
    pub positions: Positions,
}

/// Splits off and parses the front matter. A file without a leading `---` line has only a body.
pub fn parse_markdown_file<F: DeserializeOwned>(
    path: &Path,
    stem: &str,
    text: &str,
) -> Result<MarkdownFile<F>, Diagnostic> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (yaml, body) = match split_front_matter(text) {
        Some(Ok(parts)) => parts,
        Some(Err(offset)) => {
            return Err(Diagnostic::error(
                path,
                "front matter opened with `---` is never closed by a `---` line",
            )
            .at_offset(text, offset));
        }
        None => (0..0, 0),
    };
    let (front_matter, positions) = parse_yaml(path, text, yaml)?;
    Ok(MarkdownFile {
        path: path.to_path_buf(),
        stem: stem.to_string(),
        front_matter,
        body: text[body..].to_string(),
        body_offset: body,
        text: text.to_string(),
        positions,
    })
}

/// The byte range of the YAML and the start of the body; `Some(Err(offset))` for an unclosed
/// fence.
fn split_front_matter(text: &str) -> Option<Result<(std::ops::Range<usize>, usize), usize>> {
    let first_line_end = text.find('\n').unwrap_or(text.len());
    if text[..first_line_end].trim_end() != "---" {
        return None;
    }
    let yaml_start = (first_line_end + 1).min(text.len());
    let mut offset = yaml_start;
    for line in text[yaml_start..].split_inclusive('\n') {
        if line.trim_end() == "---" {
            return Some(Ok((yaml_start..offset, offset + line.len())));
        }
        offset += line.len();
    }
    Some(Err(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Default, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields, default)]
    struct Meta {
        title: Option<String>,
    }

    #[test]
    fn front_matter_and_body_are_split() {
        let file: MarkdownFile<Meta> =
            parse_markdown_file(Path::new("a.md"), "a", "---\ntitle: Hello\n---\n# Body\n")
                .unwrap();
        assert_eq!(file.front_matter.title.as_deref(), Some("Hello"));
        assert_eq!(file.body, "# Body\n");
    }

    #[test]
    fn no_front_matter_is_all_body() {
        let file: MarkdownFile<Meta> =
            parse_markdown_file(Path::new("a.md"), "a", "Just text").unwrap();
        assert_eq!(file.front_matter, Meta::default());
        assert_eq!(file.body, "Just text");
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let error =
            parse_markdown_file::<Meta>(Path::new("a.md"), "a", "---\ntitle: x\n").unwrap_err();
        assert!(error.message.contains("never closed"));
        assert_eq!(error.line, Some(1));
    }

    #[test]
    fn malformed_yaml_points_into_the_file() {
        let error =
            parse_markdown_file::<Meta>(Path::new("a.md"), "a", "---\ntitle: [unclosed\n---\n")
                .unwrap_err();
        assert_eq!(error.path.as_deref(), Some(Path::new("a.md")));
        assert!(error.line.is_some_and(|l| l >= 2), "{error}");
    }
}
