//! studysite: a static study site from a folder of historical source texts.
//!
//! The build is a pipeline of stages with plain data between them:
//!
//! ```text
//! load     seeds/, content/, templates/  → Sources            (load/)
//! parse    each seed text                → Document           (parse/)
//! analyse  documents + editors' content  → Analysis           (analyse/), the quotation
//!                                          study timed as a stage of its own
//! render   analysis + templates          → files, one by one  (render/), each written at once
//!                                          into a staging folder beside site/ (write/)
//! check    every page's ids and links    → broken links       (check.rs)
//! write    the staging folder            → site/, swapped in  (write/)
//! ```
//!
//! [`build`] runs them; every stage reports problems as [`error::Diagnostic`]s naming the file.
//! Pages go to disk as they are rendered, keeping only what the link check needs, so memory
//! does not grow with the size of the site; [`render_site`] renders into memory instead.
#![warn(missing_docs)]

pub mod analyse;
pub mod check;
pub mod config;
pub mod error;
pub mod findings;
pub mod init;
pub mod inspect;
pub mod lexicon;
pub mod load;
pub mod model;
pub mod parse;
pub mod progress;
pub mod render;
pub mod serve;
pub mod write;

use std::path::PathBuf;

use rayon::prelude::*;

use error::{BuildError, Diagnostic};
use progress::{Progress, StageTiming};

/// What to build, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildOptions {
    /// The project folder: `seeds/`, `content/`, `templates/`.
    pub root: PathBuf,
    /// Where the site goes (`ROOT/site` by default).
    pub out: PathBuf,
    /// The site's public address, overriding `base_url` in `content/site.yaml` (for preview
    /// deploys).
    pub base_url: Option<String>,
}

/// What a successful build did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// How many texts were published.
    pub texts: usize,
    /// How many files were written.
    pub files: usize,
    /// How many of them are HTML pages.
    pub pages: usize,
    /// Problems that did not stop the build.
    pub warnings: Vec<Diagnostic>,
    /// How long each stage took.
    pub timings: Vec<StageTiming>,
    /// How long the whole build took.
    pub elapsed: std::time::Duration,
}

/// Builds the site: load, parse, analyse, render, check, write. On any error nothing is written
/// and the previous output stays as it was.
pub fn build(options: &BuildOptions) -> Result<Report, BuildError> {
    build_with_progress(options, &Progress::hidden())
}

/// [`build`], reporting each stage to `progress`.
pub fn build_with_progress(
    options: &BuildOptions,
    progress: &Progress,
) -> Result<Report, BuildError> {
    let (analysis, mut sources, mut warnings) = analyse_site(&options.root, progress)?;
    if let Some(base_url) = &options.base_url {
        sources.config.base_url = Some(base_url.clone());
    }
    progress.stage("render", 0);
    let mut staging = write::Staging::create(&options.out, &options.root)?;
    render::render_to(&analysis, &sources, progress, &staging)?;
    drop((analysis, sources));
    progress.stage("check", 0);
    let paths = staging.paths();
    let broken = staging.check_links();
    if !broken.is_empty() {
        return Err(BuildError::new(broken));
    }
    progress.stage("write", 0);
    warnings.extend(staging.swap_in()?);
    warnings.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
    let (timings, elapsed) = progress.finish();
    Ok(Report {
        texts: paths
            .iter()
            .filter(|p| p.starts_with("texts/") && p.ends_with(".html"))
            .count(),
        files: paths.len(),
        pages: paths.iter().filter(|p| p.ends_with(".html")).count(),
        warnings,
        timings,
        elapsed,
    })
}

impl Report {
    /// The summary line: `built 10,000 texts, 10,006 pages in 1.8 s into site`.
    pub fn summary(&self, out: &std::path::Path) -> String {
        format!(
            "built {}, {} in {:.1} s into {}",
            count(self.texts, "text"),
            count(self.pages, "page"),
            self.elapsed.as_secs_f64(),
            out.display()
        )
    }
}

/// `1 text`, `10,000 texts`.
pub(crate) fn count(n: usize, noun: &str) -> String {
    let digits = n.to_string();
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    let plural = if n == 1 { "" } else { "s" };
    format!("{grouped} {noun}{plural}")
}

/// Runs every stage but the writing: the site's files, in memory, and the warnings.
pub fn render_site(
    root: &std::path::Path,
) -> Result<(Vec<render::OutputFile>, Vec<Diagnostic>), BuildError> {
    render_site_with_progress(root, &Progress::hidden())
}

fn render_site_with_progress(
    root: &std::path::Path,
    progress: &Progress,
) -> Result<(Vec<render::OutputFile>, Vec<Diagnostic>), BuildError> {
    let (analysis, sources, warnings) = analyse_site(root, progress)?;
    progress.stage("render", 0);
    let files = render::render(&analysis, &sources, progress)?;
    progress.stage("check", 0);
    let broken = check::check_links(&files);
    if !broken.is_empty() {
        return Err(BuildError::new(broken));
    }
    Ok((files, warnings))
}

/// The stages before rendering: load, parse, analyse.
pub(crate) fn analyse_site(
    root: &std::path::Path,
    progress: &Progress,
) -> Result<(analyse::Analysis, load::Sources, Vec<Diagnostic>), BuildError> {
    progress.stage("load", 0);
    let (sources, mut warnings) = load::load(root)?;
    progress.stage("parse", sources.seeds.len());
    let parsed: Vec<_> = sources
        .seeds
        .par_iter()
        .map(|seed| {
            let parsed = parse::parse_document(seed);
            progress.tick();
            parsed
        })
        .collect();
    let mut documents = Vec::with_capacity(parsed.len());
    for (document, document_warnings) in parsed {
        documents.push(document);
        warnings.extend(document_warnings);
    }
    progress.stage("analyse", 0);
    let (mut analysis, analysis_warnings) =
        analyse::analyse_without_quotations(documents, &sources)?;
    warnings.extend(analysis_warnings);
    progress.stage("quotations", 0);
    analysis.quotations = analyse::quotations::study_quotations(&analysis.texts);
    Ok((analysis, sources, warnings))
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn counts_are_grouped_by_thousands_with_the_right_plural() {
        assert_eq!(count(1, "text"), "1 text");
        assert_eq!(count(0, "page"), "0 pages");
        assert_eq!(count(10_006, "page"), "10,006 pages");
        assert_eq!(count(1_234_567, "text"), "1,234,567 texts");
    }
}
