//! Helpers shared by the integration tests: fixture paths, building into a temporary folder,
//! and reading attributes back out of the generated HTML.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

use studysite::analyse::Analysis;
use studysite::load::SeedFile;
use studysite::model::Document;
use studysite::{BuildOptions, Report, build};

/// The repository root (the bundled corpus).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `tests/fixtures/<name>`.
pub fn fixture(name: &str) -> PathBuf {
    repo_root().join("tests/fixtures").join(name)
}

/// A built site in a temporary folder (removed when dropped).
pub struct BuiltSite {
    pub dir: tempfile::TempDir,
    pub out: PathBuf,
    pub report: Report,
}

impl BuiltSite {
    /// Reads an output file as text.
    pub fn read(&self, path: &str) -> String {
        fs::read_to_string(self.out.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    /// Every file in the output, relative paths with `/`, sorted.
    pub fn files(&self) -> Vec<String> {
        let mut files: Vec<String> = walkdir::WalkDir::new(&self.out)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                e.path()
                    .strip_prefix(&self.out)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/")
            })
            .collect();
        files.sort();
        files
    }

    /// The HTML pages under `texts/`.
    pub fn text_pages(&self) -> Vec<String> {
        self.files()
            .into_iter()
            .filter(|f| f.starts_with("texts/") && f.ends_with(".html"))
            .collect()
    }
}

/// Builds `root` into a fresh temporary folder; panics on failure with the diagnostics.
pub fn build_site(root: &Path) -> BuiltSite {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let report = build(&BuildOptions {
        root: root.to_path_buf(),
        out: out.clone(),
        base_url: None,
    })
    .unwrap_or_else(|e| panic!("build of {} failed:\n{e}", root.display()));
    BuiltSite { dir, out, report }
}

/// Parses one seed file of a fixture.
pub fn parse_fixture_seed(fixture_name: &str, file: &str) -> Document {
    let path = fixture(fixture_name).join("seeds").join(file);
    let text = fs::read_to_string(&path).unwrap();
    let seed = SeedFile {
        file_name: file.to_string(),
        stem: file.trim_end_matches(".txt").to_string(),
        path: PathBuf::from("seeds").join(file),
        text,
    };
    studysite::parse::parse_document(&seed).0
}

/// The `<main>` element of a page.
pub fn main_region(html: &str) -> &str {
    let start = html.find("<main").expect("a <main>");
    let end = html.find("</main>").expect("a </main>") + "</main>".len();
    &html[start..end]
}

/// The values of `attr="..."` in every tag that also contains `filter` (e.g. `role="doc-noteref"`).
pub fn attributes_in_tags(html: &str, filter: &str, attr: &str) -> Vec<String> {
    let needle = format!("{attr}=\"");
    html.split('<')
        .filter(|tag| tag.contains(filter))
        .filter_map(|tag| {
            let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
            let start = tag.find(&needle)? + needle.len();
            let end = tag[start..].find('"')? + start;
            Some(tag[start..end].to_string())
        })
        .collect()
}

/// The `content` of `<meta name="NAME">` tags.
pub fn meta_contents(html: &str, name: &str) -> Vec<String> {
    attributes_in_tags(html, &format!("name=\"{name}\""), "content")
}

/// Loads, parses and analyses a project, as the build does before rendering.
pub fn analyse(root: &Path) -> Analysis {
    let (sources, _) = studysite::load::load(root).expect("load");
    let documents = sources
        .seeds
        .iter()
        .map(|s| studysite::parse::parse_document(s).0)
        .collect();
    studysite::analyse::analyse(documents, &sources)
        .expect("analyse")
        .0
}

/// A project in a temporary folder, made of `(path, contents)` files.
pub fn project(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, contents) in files {
        let path = dir.path().join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, contents).unwrap();
    }
    dir
}
