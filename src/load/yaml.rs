//! Typed YAML with errors that point into the file.
//!
//! In: a file's display path, its whole text, and the byte range holding YAML (the whole file,
//! or a Markdown file's front matter). Out: the typed value and the position of every value in it
//! (from [`super::yaml_scan`], which first bounds the cost of reading it), or a [`Diagnostic`]
//! whose line and column count from the top of the file, not from the start of the YAML snippet.

use std::ops::Range;
use std::path::Path;

use serde::de::DeserializeOwned;

use super::yaml_scan::{Positions, scan};
use crate::error::Diagnostic;

/// Parses `text[yaml]` as `T`, with the positions of its values. An empty snippet parses as `T`'s
/// YAML `null` (so a type with all-default fields accepts an empty file).
pub fn parse_yaml<T: DeserializeOwned>(
    path: &Path,
    text: &str,
    yaml: Range<usize>,
) -> Result<(T, Positions), Diagnostic> {
    let positions = scan(path, text, yaml.clone())?;
    let snippet = &text[yaml.clone()];
    let snippet = if snippet.trim().is_empty() {
        "{}"
    } else {
        snippet
    };
    let value = serde_yaml::from_str(snippet).map_err(|error| {
        let message = message_without_location(&error);
        let diagnostic = Diagnostic::error(path, message);
        match error.location() {
            Some(location) => diagnostic.at_offset(text, yaml.start + location.index()),
            None => diagnostic,
        }
    })?;
    Ok((value, positions))
}

/// serde_yaml appends "at line L column C" (relative to the snippet); we give our own position.
pub(crate) fn message_without_location(error: &serde_yaml::Error) -> String {
    let message = error.to_string();
    match message.find(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Entry {
        name: String,
    }

    #[test]
    fn unknown_field_is_reported_at_its_line_in_the_file() {
        let text = "---\nname: x\nalias: y\n---\nbody";
        let yaml = 4..text.find("---\nbody").unwrap();
        let error = parse_yaml::<Entry>(Path::new("content/texts/a.md"), text, yaml).unwrap_err();
        assert_eq!(error.line, Some(3));
        assert_eq!(error.column, Some(1));
        assert!(
            error.message.starts_with("unknown field `alias`"),
            "{}",
            error.message
        );
        assert!(!error.message.contains("at line"), "{}", error.message);
    }
}
