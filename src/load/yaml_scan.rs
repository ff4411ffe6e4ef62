//! A first pass over YAML, before serde_yaml reads it: bounds, duplicate keys and positions.
//!
//! In: a file's text and the byte range holding YAML. Out: the [`Positions`] of every value
//! (keyed by a path such as `entries[2].id`), or a located error when the YAML would cost too much
//! to read (aliases that expand past [`MAX_EXPANDED_NODES`] values, nesting past [`MAX_DEPTH`]) or
//! repeats a key in one mapping (reported at the repeated key). serde_yaml stays the deserialiser of
//! record; this pass, on saphyr-parser's event stream, stops a bomb before serde_yaml expands it
//! and lets later stages point at a value instead of searching the file for its text. YAML syntax
//! errors are left to serde_yaml, so its messages stay the ones editors see.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::path::Path;

use saphyr_parser::{Event, Parser};

use crate::error::{Diagnostic, line_column};

/// Deepest nesting of lists and mappings accepted (editors' files need three or four levels).
pub const MAX_DEPTH: usize = 64;
/// Most values a file may stand for once its aliases are expanded.
pub const MAX_EXPANDED_NODES: usize = 100_000;

/// Where each value of a YAML file starts, as a byte offset into the whole file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Positions {
    offsets: BTreeMap<String, usize>,
}

impl Positions {
    /// The byte offset (from the top of the file) where the value at `path` starts:
    /// `summary`, `entries[2].id`, `events[0].entries[1]`.
    pub fn offset(&self, path: &str) -> Option<usize> {
        self.offsets.get(path).copied()
    }
}

/// An open list or mapping.
struct Frame {
    /// The path of the list or mapping itself.
    path: String,
    kind: FrameKind,
    /// Its anchor (0 for none), and the expanded count when it opened.
    anchor: usize,
    opened_at: usize,
}

enum FrameKind {
    /// A list and the index of its next item.
    Sequence(usize),
    /// A mapping: the key waiting for its value, and the keys seen with their offsets.
    Mapping(Option<String>, HashMap<String, usize>),
    /// A list or mapping used as a key: read through, not recorded.
    Key,
}

/// Scans `text[yaml]`. See the module documentation.
pub fn scan(path: &Path, text: &str, yaml: Range<usize>) -> Result<Positions, Diagnostic> {
    let snippet = &text[yaml.clone()];
    // saphyr counts characters; positions are kept as bytes of the whole file.
    let char_starts: Vec<usize> = snippet.char_indices().map(|(i, _)| i).collect();
    let byte = |chars: usize| yaml.start + char_starts.get(chars).copied().unwrap_or(snippet.len());
    let error =
        |offset: usize, message: String| Diagnostic::error(path, message).at_offset(text, offset);
    let mut positions = Positions::default();
    let mut stack: Vec<Frame> = Vec::new();
    let mut expanded = 0usize;
    let mut anchor_sizes: HashMap<usize, usize> = HashMap::new();
    for event in Parser::new_from_str(snippet) {
        let (event, span) = match event {
            Ok(event) => event,
            // saphyr-parser gives up on flow lists nested 256 deep, before it yields them
            Err(e) if e.info() == "recursion limit exceeded" => {
                return Err(error(byte(e.marker().index()), too_deep()));
            }
            Err(_) => break, // a syntax error: serde_yaml reports it
        };
        let at = byte(span.start.index());
        let (anchor, opens) = match &event {
            Event::Scalar(_, _, anchor, _) => (*anchor, false),
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => (*anchor, true),
            Event::Alias(id) => {
                let size = anchor_sizes.get(id).copied().unwrap_or(1);
                expanded = expanded.saturating_add(size);
                if expanded > MAX_EXPANDED_NODES {
                    return Err(error(
                        at,
                        format!(
                            "aliases expand this file past {MAX_EXPANDED_NODES} values; \
                             write the values out instead"
                        ),
                    ));
                }
                (0, false)
            }
            Event::SequenceEnd | Event::MappingEnd => {
                if let Some(frame) = stack.pop() {
                    if frame.anchor != 0 {
                        anchor_sizes.insert(frame.anchor, expanded - frame.opened_at);
                    }
                    value_done(&mut stack);
                }
                continue;
            }
            _ => continue,
        };
        if !matches!(event, Event::Alias(_)) {
            expanded += 1;
        }
        let value_path = match stack.last_mut() {
            None => Some(String::new()),
            Some(Frame {
                kind: FrameKind::Mapping(key @ None, seen),
                ..
            }) => {
                // A key: it must be new in its mapping; its value comes next.
                let name = match &event {
                    Event::Scalar(value, ..) => value.to_string(),
                    _ => String::from("?"),
                };
                if let Event::Scalar(..) = event {
                    if let Some(&first) = seen.get(&name) {
                        let (line, _) = line_column(text, first);
                        return Err(error(
                            at,
                            format!("duplicate key `{name}` (first given on line {line})"),
                        ));
                    }
                    seen.insert(name.clone(), at);
                }
                *key = Some(name);
                None
            }
            Some(frame) => Some(match &frame.kind {
                FrameKind::Mapping(key, _) => {
                    let key = key.as_deref().unwrap_or("?");
                    if frame.path.is_empty() {
                        key.to_string()
                    } else {
                        format!("{}.{key}", frame.path)
                    }
                }
                FrameKind::Sequence(index) => format!("{}[{index}]", frame.path),
                FrameKind::Key => String::from("?"),
            }),
        };
        let is_key = value_path.is_none();
        if let Some(value_path) = &value_path {
            positions.offsets.entry(value_path.clone()).or_insert(at);
        }
        if opens {
            if stack.len() >= MAX_DEPTH {
                return Err(error(at, too_deep()));
            }
            let kind = if is_key {
                FrameKind::Key
            } else if matches!(event, Event::SequenceStart(..)) {
                FrameKind::Sequence(0)
            } else {
                FrameKind::Mapping(None, HashMap::new())
            };
            stack.push(Frame {
                path: value_path.unwrap_or_default(),
                kind,
                anchor,
                opened_at: expanded - 1,
            });
        } else {
            if anchor != 0 {
                anchor_sizes.insert(anchor, 1);
            }
            if !is_key {
                value_done(&mut stack);
            }
        }
    }
    Ok(positions)
}

fn too_deep() -> String {
    format!("lists and mappings nest more than {MAX_DEPTH} deep here")
}

/// A value of the innermost list or mapping is complete: move to the next item or key.
fn value_done(stack: &mut [Frame]) {
    match stack.last_mut().map(|f| &mut f.kind) {
        Some(FrameKind::Sequence(index)) => *index += 1,
        Some(FrameKind::Mapping(key, _)) => *key = None,
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan_all(text: &str) -> Result<Positions, Diagnostic> {
        scan(Path::new("a.yaml"), text, 0..text.len())
    }

    #[test]
    fn values_are_found_by_their_path() {
        let text = "entries:\n  - id: a\n    name: Célarié\n  - id: b\n    related: [a, c]\n";
        let positions = scan_all(text).unwrap();
        let at = |p: &str| line_column(text, positions.offset(p).unwrap());
        assert_eq!(at("entries[0].id"), (2, 9));
        assert_eq!(at("entries[1].id"), (4, 9));
        assert_eq!(at("entries[1].related[1]"), (5, 18));
        assert_eq!(positions.offset("entries[2]"), None);
    }

    #[test]
    fn a_duplicate_key_is_reported_at_the_duplicate() {
        let error = scan_all("title: A\nsummary: x\ntitle: B\n").unwrap_err();
        assert_eq!(
            error.to_string(),
            "a.yaml:3:1: duplicate key `title` (first given on line 1)"
        );
        // The same key in two mappings is fine.
        assert!(scan_all("- id: a\n- id: a\n").is_ok());
    }

    #[test]
    fn an_alias_bomb_stops_at_the_alias_that_breaks_the_bound() {
        let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for level in ["b", "c", "d", "e", "f", "g"] {
            let previous = (b'a' + text.lines().count() as u8 - 1) as char;
            let refs = vec![format!("*{previous}"); 10].join(", ");
            text.push_str(&format!("{level}: &{level} [{refs}]\n"));
        }
        let started = std::time::Instant::now();
        let error = scan_all(&text).unwrap_err();
        assert!(started.elapsed().as_secs() < 2);
        assert!(
            error
                .message
                .starts_with("aliases expand this file past 100000 values"),
            "{error}"
        );
        assert_eq!(error.line, Some(5), "{error}");
    }

    #[test]
    fn deep_nesting_is_refused_where_it_passes_the_bound() {
        let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let started = std::time::Instant::now();
        let error = scan_all(&text).unwrap_err();
        assert!(started.elapsed().as_secs() < 2);
        assert_eq!(
            error.to_string(),
            "a.yaml:1:256: lists and mappings nest more than 64 deep here"
        );
        let block: String = (0..100)
            .map(|i| format!("{}k{i}:\n", "  ".repeat(i)))
            .collect();
        let error = scan_all(&block).unwrap_err();
        assert_eq!(
            error.to_string(),
            "a.yaml:65:129: lists and mappings nest more than 64 deep here"
        );
    }
}
