//! Stage 1, load: read every input file, in sorted order, into typed sources.
//!
//! In: the project root. Out: [`Sources`]: the seed texts (UTF-8, as found), the editors' content
//! (Markdown pages and per-text files with typed front matter, YAML data) and any template
//! overrides. Nothing is interpreted here beyond file formats. Every unreadable or malformed file
//! is reported, with its path and position, before the build gives up.
//!
//! Which files are read, one rule for all: `seeds/*.txt` (another extension, or a folder inside
//! `seeds/`, is a warning and not read), `content/*.md`, `content/texts/*.md`, the four YAML
//! files (`site.yaml`, `glossary.yaml`, `timeline.yaml`, `bibliography.yaml`), and everything under `templates/`. Hidden files are passed over. A symlink is followed
//! when it points inside the project and refused with a warning when it points outside it or
//! nowhere; a loop is an error. Control characters are made visible with a warning
//! ([`control`]); YAML is bounded and located before it is read ([`yaml_scan`]).

pub mod bibliography;
pub mod control;
pub mod front_matter;
pub mod schema;
pub mod yaml;
pub mod yaml_scan;

use std::fs;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::config::SiteConfig;
use crate::error::{BuildError, Diagnostic, Diagnostics, display_path};
use bibliography::BibliographyFile;
use front_matter::{MarkdownFile, parse_markdown_file};
use schema::{GlossaryFile, PageFrontMatter, TextFrontMatter, TimelineFile};
use yaml_scan::Positions;

/// A source text file from `seeds/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedFile {
    /// The file name, e.g. `004_94e4e22f7d3b09e0.txt`; the copy in `site/sources/` keeps it.
    pub file_name: String,
    /// The file name without its extension.
    pub stem: String,
    /// Display path, relative to the root: `seeds/004_94e4e22f7d3b09e0.txt`.
    pub path: PathBuf,
    /// The file's text, exactly as read.
    pub text: String,
}

/// A template or stylesheet from `templates/`, overriding the built-in file of the same name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateFile {
    /// Name relative to `templates/`, with `/` separators, e.g. `text.html`.
    pub name: String,
    /// Display path.
    pub path: PathBuf,
    /// The file's text.
    pub text: String,
}

/// A YAML data file: its typed value, and its path and text for pointing at problems found later.
#[derive(Debug, Clone, PartialEq)]
pub struct DataFile<T> {
    /// Display path, e.g. `content/glossary.yaml`.
    pub path: PathBuf,
    /// The file's text.
    pub text: String,
    /// The typed contents.
    pub value: T,
    /// Where each value starts in the file.
    pub positions: Positions,
}

impl<T> DataFile<T> {
    /// An error at the value with this path, e.g. `entries[2].id` (or about the whole file when
    /// the file has no such value).
    pub fn error_at(&self, value_path: &str, message: impl Into<String>) -> Diagnostic {
        let diagnostic = Diagnostic::error(&self.path, message);
        match self.positions.offset(value_path) {
            Some(offset) => diagnostic.at_offset(&self.text, offset),
            None => diagnostic,
        }
    }
}

/// Everything the build reads.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    /// Seed texts, sorted by file name.
    pub seeds: Vec<SeedFile>,
    /// `content/texts/*.md`: per-text metadata and introductions, sorted by file name.
    pub text_files: Vec<MarkdownFile<TextFrontMatter>>,
    /// `content/*.md`: the home page (`index.md`) and other pages, sorted by file name.
    pub pages: Vec<MarkdownFile<PageFrontMatter>>,
    /// `content/site.yaml`.
    pub config: SiteConfig,
    /// `content/glossary.yaml`, when present.
    pub glossary: Option<DataFile<GlossaryFile>>,
    /// `content/timeline.yaml`, when present.
    pub timeline: Option<DataFile<TimelineFile>>,
    /// `content/bibliography.yaml`, when present ([`bibliography`]).
    pub bibliography: Option<DataFile<BibliographyFile>>,
    /// `templates/*`, sorted by name.
    pub templates: Vec<TemplateFile>,
}

/// Reads the project at `root`. Fails if `seeds/` is missing or any file cannot be read or
/// parsed; warnings (an orphaned metadata file, an ignored file) are returned with the sources.
pub fn load(root: &Path) -> Result<(Sources, Vec<Diagnostic>), BuildError> {
    let seeds_dir = root.join("seeds");
    if !seeds_dir.is_dir() {
        return Err(Diagnostic::general(format!(
            "{}: no seeds/ folder: put the source texts (plain UTF-8 .txt files) in {}",
            root.display(),
            seeds_dir.display()
        ))
        .into());
    }
    let mut diagnostics = Diagnostics::default();
    let content = root.join("content");
    let mut sources = Sources {
        seeds: load_seeds(root, &seeds_dir, &mut diagnostics),
        text_files: load_markdown(root, &content.join("texts"), &mut diagnostics),
        pages: load_markdown(root, &content, &mut diagnostics),
        templates: load_templates(root, &root.join("templates"), &mut diagnostics),
        ..Sources::default()
    };
    if sources.seeds.is_empty() && !diagnostics.has_errors() {
        diagnostics.push(Diagnostic::error(
            display_path(root, &seeds_dir),
            "no texts to build: put the source texts (plain UTF-8 .txt files) in this folder, \
             or run `studysite init DIR` to start a new project",
        ));
    }
    if let Some(config) = load_yaml(root, &content.join("site.yaml"), &mut diagnostics) {
        sources.config = config.value;
    }
    sources.glossary = load_yaml(root, &content.join("glossary.yaml"), &mut diagnostics);
    sources.timeline = load_yaml(root, &content.join("timeline.yaml"), &mut diagnostics);
    sources.bibliography = load_data(
        root,
        &content.join("bibliography.yaml"),
        &mut diagnostics,
        bibliography::read_bibliography,
    );
    for orphan in sources
        .text_files
        .iter()
        .filter(|t| !sources.seeds.iter().any(|s| s.stem == t.stem))
    {
        diagnostics.push(Diagnostic::warning(
            &orphan.path,
            format!(
                "no seed file seeds/{}.txt: this metadata file is not used",
                orphan.stem
            ),
        ));
    }
    let warnings = diagnostics.check()?;
    Ok((sources, warnings))
}

fn load_seeds(root: &Path, dir: &Path, diagnostics: &mut Diagnostics) -> Vec<SeedFile> {
    let mut seeds = Vec::new();
    for path in files_in(root, dir, 1, Folders::Warn, diagnostics) {
        let shown = display_path(root, &path);
        if path.extension().and_then(|e| e.to_str()) != Some("txt") {
            diagnostics.push(Diagnostic::warning(&shown, "not a .txt file; ignored"));
            continue;
        }
        let Some(text) = read_text(root, &path, diagnostics) else {
            continue;
        };
        seeds.push(SeedFile {
            file_name: file_name(&path),
            stem: file_stem(&path),
            path: shown,
            text,
        });
    }
    seeds
}

fn load_markdown<F: serde::de::DeserializeOwned>(
    root: &Path,
    dir: &Path,
    diagnostics: &mut Diagnostics,
) -> Vec<MarkdownFile<F>> {
    let mut files = Vec::new();
    if !dir.is_dir() {
        return files;
    }
    for path in files_in(root, dir, 1, Folders::Skip, diagnostics) {
        if path.extension().and_then(|e| e.to_str()) != Some("md") {
            continue;
        }
        let Some(text) = read_text(root, &path, diagnostics) else {
            continue;
        };
        match parse_markdown_file(&display_path(root, &path), &file_stem(&path), &text) {
            Ok(file) => files.push(file),
            Err(error) => diagnostics.push(error),
        }
    }
    files
}

fn load_yaml<T: serde::de::DeserializeOwned>(
    root: &Path,
    path: &Path,
    diagnostics: &mut Diagnostics,
) -> Option<DataFile<T>> {
    load_data(root, path, diagnostics, |shown, text| {
        yaml::parse_yaml(shown, text, 0..text.len())
    })
}

/// Reads a data file with `read` (given its display path and text), when it is present.
fn load_data<T>(
    root: &Path,
    path: &Path,
    diagnostics: &mut Diagnostics,
    read: impl Fn(&Path, &str) -> Result<(T, Positions), Diagnostic>,
) -> Option<DataFile<T>> {
    let shown = display_path(root, path);
    if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        let root_real = fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
        match fs::canonicalize(path) {
            Ok(real) if real.starts_with(&root_real) => {}
            Ok(real) => {
                diagnostics.push(Diagnostic::warning(
                    &shown,
                    format!(
                        "a link to {}, outside the project; not read (copy the file into the project)",
                        real.display()
                    ),
                ));
                return None;
            }
            Err(_) => {
                diagnostics.push(Diagnostic::warning(
                    &shown,
                    "a link to nothing (its target is missing); not read",
                ));
                return None;
            }
        }
    }
    if !path.is_file() {
        return None;
    }
    let text = read_text(root, path, diagnostics)?;
    match read(&shown, &text) {
        Ok((value, positions)) => Some(DataFile {
            path: shown,
            text,
            value,
            positions,
        }),
        Err(error) => {
            diagnostics.push(error);
            None
        }
    }
}

fn load_templates(root: &Path, dir: &Path, diagnostics: &mut Diagnostics) -> Vec<TemplateFile> {
    if !dir.is_dir() {
        return Vec::new();
    }
    files_in(root, dir, usize::MAX, Folders::Skip, diagnostics)
        .into_iter()
        .filter_map(|path| {
            let text = read_text(root, &path, diagnostics)?;
            let name = path
                .strip_prefix(dir)
                .unwrap_or(&path)
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            Some(TemplateFile {
                name,
                path: display_path(root, &path),
                text,
            })
        })
        .collect()
}

/// What to do with a folder found at the deepest level read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Folders {
    /// Say that it is not read (`seeds/` is flat).
    Warn,
    /// Pass over it (`content/texts/` is read on its own).
    Skip,
}

/// Regular files under `dir` (to `depth`), sorted by name, skipping hidden ones. One rule for
/// every kind of file: a symlink is followed when it points inside the project root and is
/// refused with a warning when it points outside it (or nowhere); a loop is an error.
fn files_in(
    root: &Path,
    dir: &Path,
    depth: usize,
    folders: Folders,
    diagnostics: &mut Diagnostics,
) -> Vec<PathBuf> {
    let root_real = fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let mut refused = Vec::new();
    let walker = WalkDir::new(dir)
        .min_depth(1)
        .max_depth(depth)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            if e.file_name().to_string_lossy().starts_with('.') {
                return false;
            }
            if !e.path_is_symlink() {
                return true;
            }
            match fs::canonicalize(e.path()) {
                Ok(real) if real.starts_with(&root_real) => true,
                Ok(real) => {
                    refused.push((
                        e.path().to_path_buf(),
                        format!(
                            "a link to {}, outside the project; not read (copy the file into the project)",
                            real.display()
                        ),
                    ));
                    false
                }
                Err(_) => true, // a broken link: reported below
            }
        });
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for entry in walker {
        match entry {
            Ok(entry) if entry.file_type().is_file() => files.push(entry.into_path()),
            Ok(entry) if entry.file_type().is_dir() && entry.depth() == depth => {
                if folders == Folders::Warn {
                    problems.push(Diagnostic::warning(
                        display_path(root, entry.path()),
                        "a folder here is not read: put the texts directly in seeds/",
                    ));
                }
            }
            Ok(_) => {}
            Err(error) => {
                let path = error.path().unwrap_or(dir).to_path_buf();
                let shown = display_path(root, &path);
                problems.push(if error.loop_ancestor().is_some() {
                    Diagnostic::error(shown, "this link leads back into a folder that holds it")
                } else if fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
                    Diagnostic::warning(
                        shown,
                        "a link to nothing (its target is missing); not read",
                    )
                } else {
                    Diagnostic::error(shown, format!("cannot read: {error}"))
                });
            }
        }
    }
    for (path, message) in refused {
        diagnostics.push(Diagnostic::warning(display_path(root, &path), message));
    }
    diagnostics.extend(problems);
    files
}

/// Reads a file as UTF-8, control characters made visible ([`control`]); a decoding error names
/// the line and column of the first bad byte.
fn read_text(root: &Path, path: &Path, diagnostics: &mut Diagnostics) -> Option<String> {
    let shown = display_path(root, path);
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            diagnostics.push(Diagnostic::error(shown, format!("cannot read: {error}")));
            return None;
        }
    };
    match String::from_utf8(bytes) {
        Ok(text) => {
            let (text, warning) = control::make_visible(&shown, text);
            diagnostics.extend(warning);
            Some(text)
        }
        Err(error) => {
            let valid = error.utf8_error().valid_up_to();
            let prefix = String::from_utf8_lossy(&error.as_bytes()[..valid]).into_owned();
            let diagnostic = Diagnostic::error(
                shown,
                format!(
                    "not valid UTF-8 (byte {valid}); save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)"
                ),
            )
            .at_offset(&prefix, valid);
            diagnostics.push(Diagnostic {
                source_line: None,
                ..diagnostic
            });
            None
        }
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}
