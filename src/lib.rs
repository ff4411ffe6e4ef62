//! studysite: a static study site from a folder of historical source texts.
//!
//! The build is a pipeline of five stages with plain data between them:
//!
//! ```text
//! load     seeds/, content/, templates/  → Sources          (load/)
//! parse    each seed text                → Document         (parse/)
//! analyse  documents + editors' content  → Analysis         (analyse/)
//! render   analysis + templates          → Vec<OutputFile>  (render/, then check.rs)
//! write    output files                  → site/, atomically (write.rs)
//! ```
//!
//! [`build`] runs them; every stage reports problems as [`error::Diagnostic`]s naming the file.
#![warn(missing_docs)]

pub mod analyse;
pub mod check;
pub mod config;
pub mod error;
pub mod load;
pub mod model;
pub mod parse;
pub mod render;
pub mod write;

use std::path::PathBuf;

use rayon::prelude::*;

use error::{BuildError, Diagnostic};

/// What to build, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildOptions {
    /// The project folder: `seeds/`, `content/`, `templates/`.
    pub root: PathBuf,
    /// Where the site goes (`ROOT/site` by default).
    pub out: PathBuf,
}

/// What a successful build did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// How many texts were published.
    pub texts: usize,
    /// How many files were written.
    pub files: usize,
    /// Problems that did not stop the build.
    pub warnings: Vec<Diagnostic>,
}

/// Builds the site: load, parse, analyse, render, check, write. On any error nothing is written
/// and the previous output stays as it was.
pub fn build(options: &BuildOptions) -> Result<Report, BuildError> {
    let (files, mut warnings) = render_site(&options.root)?;
    write::write_site(&options.out, &options.root, &files)?;
    warnings.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
    Ok(Report {
        texts: files
            .iter()
            .filter(|f| f.path.starts_with("texts/"))
            .count(),
        files: files.len(),
        warnings,
    })
}

/// Runs every stage but the writing: the site's files, in memory, and the warnings.
pub fn render_site(
    root: &std::path::Path,
) -> Result<(Vec<render::OutputFile>, Vec<Diagnostic>), BuildError> {
    let (sources, mut warnings) = load::load(root)?;
    let parsed: Vec<_> = sources
        .seeds
        .par_iter()
        .map(parse::parse_document)
        .collect();
    let mut documents = Vec::with_capacity(parsed.len());
    for (document, document_warnings) in parsed {
        documents.push(document);
        warnings.extend(document_warnings);
    }
    let (analysis, analysis_warnings) = analyse::analyse(documents, &sources)?;
    warnings.extend(analysis_warnings);
    let files = render::render(&analysis, &sources)?;
    let broken = check::check_links(&files);
    if !broken.is_empty() {
        return Err(BuildError {
            diagnostics: broken,
        });
    }
    Ok((files, warnings))
}
