//! The templates: built-in defaults embedded in the binary, overridden file by file.
//!
//! In: the files of the project's `templates/` folder. Out: a ready [`Templates`] set: Tera
//! templates (`*.html`) and static assets (`*.css` and anything else, copied to `site/assets/`).
//! A project without `templates/` gets the defaults, so the binary works on any folder of texts.
//! Template errors name the file and line:column and show the offending line.

use std::path::PathBuf;

use tera::{Context, ErrorKind, Tera};

use crate::error::Diagnostic;
use crate::load::TemplateFile;

/// The built-in templates and assets: the files of this repository's `templates/` folder.
const BUILT_IN: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    ("index.html", include_str!("../../templates/index.html")),
    ("text.html", include_str!("../../templates/text.html")),
    ("page.html", include_str!("../../templates/page.html")),
    (
        "cross_references.html",
        include_str!("../../templates/cross_references.html"),
    ),
    ("entry.html", include_str!("../../templates/entry.html")),
    (
        "entry_letter.html",
        include_str!("../../templates/entry_letter.html"),
    ),
    ("pager.html", include_str!("../../templates/pager.html")),
    ("browse.html", include_str!("../../templates/browse.html")),
    (
        "text_list.html",
        include_str!("../../templates/text_list.html"),
    ),
    (
        "timeline.html",
        include_str!("../../templates/timeline.html"),
    ),
    (
        "timeline_year.html",
        include_str!("../../templates/timeline_year.html"),
    ),
    (
        "timeline_year_section.html",
        include_str!("../../templates/timeline_year_section.html"),
    ),
    ("search.html", include_str!("../../templates/search.html")),
    (
        "quotations.html",
        include_str!("../../templates/quotations.html"),
    ),
    (
        "bibliography.html",
        include_str!("../../templates/bibliography.html"),
    ),
    ("style.css", include_str!("../../templates/style.css")),
    ("search.js", include_str!("../../templates/search.js")),
    ("favicon.svg", include_str!("../../templates/favicon.svg")),
];

/// The built-in templates and assets, as (file name, contents): what `studysite init
/// --with-templates` copies out for customising.
pub fn built_in_files() -> &'static [(&'static str, &'static str)] {
    BUILT_IN
}

/// One template or asset, with where it came from.
#[derive(Debug, Clone)]
struct Source {
    name: String,
    text: String,
    /// Shown in errors: `templates/text.html`, or `built-in text.html`.
    origin: PathBuf,
}

/// The templates and static assets of a build.
pub struct Templates {
    tera: Tera,
    sources: Vec<Source>,
}

impl Templates {
    /// Built-in templates, each replaced by the project's file of the same name; the project's
    /// other files are added.
    pub fn new(overrides: &[TemplateFile]) -> Result<Templates, Vec<Diagnostic>> {
        let mut sources: Vec<Source> = BUILT_IN
            .iter()
            .map(|(name, text)| Source {
                name: name.to_string(),
                text: text.to_string(),
                origin: PathBuf::from(format!("built-in {name}")),
            })
            .collect();
        for file in overrides {
            let source = Source {
                name: file.name.clone(),
                text: file.text.clone(),
                origin: file.path.clone(),
            };
            match sources.iter_mut().find(|s| s.name == file.name) {
                Some(existing) => *existing = source,
                None => sources.push(source),
            }
        }
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html"]);
        let html: Vec<(String, String)> = sources
            .iter()
            .filter(|s| s.name.ends_with(".html"))
            .map(|s| (s.name.clone(), s.text.clone()))
            .collect();
        let mut templates = Templates { tera, sources };
        if let Err(error) = templates.tera.add_raw_templates(html) {
            return Err(vec![templates.diagnostic(&error)]);
        }
        Ok(templates)
    }

    /// Renders template `name` with `context`.
    pub fn render(&self, name: &str, context: &Context) -> Result<String, Diagnostic> {
        self.tera
            .render(name, context)
            .map_err(|error| self.diagnostic(&error))
    }

    /// The static assets (everything that is not an `.html` template), by name.
    pub fn assets(&self) -> impl Iterator<Item = (&str, &str)> {
        self.sources
            .iter()
            .filter(|s| !s.name.ends_with(".html"))
            .map(|s| (s.name.as_str(), s.text.as_str()))
    }

    /// A Tera error as a diagnostic on the template file, at the line and column Tera gives.
    fn diagnostic(&self, error: &tera::Error) -> Diagnostic {
        let report = match error.kind() {
            ErrorKind::SyntaxError(report) | ErrorKind::RenderingError(report) => report,
            _ => return Diagnostic::general(format!("template error: {error}")),
        };
        let source = self.sources.iter().find(|s| s.name == report.filename());
        let origin = source.map_or_else(|| PathBuf::from(report.filename()), |s| s.origin.clone());
        let diagnostic = Diagnostic::error(origin, report.message().to_string());
        match source {
            Some(source) => diagnostic.at(
                &source.text,
                report.span().start_line,
                report.span().start_col + 1,
            ),
            None => diagnostic,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, text: &str) -> TemplateFile {
        TemplateFile {
            name: name.into(),
            path: format!("templates/{name}").into(),
            text: text.into(),
        }
    }

    #[test]
    fn a_project_file_overrides_the_built_in_one() {
        let templates = Templates::new(&[file("page.html", "<p>{{ greeting }}</p>")]).unwrap();
        let mut context = Context::new();
        context.insert("greeting", "<hello>");
        assert_eq!(
            templates.render("page.html", &context).unwrap(),
            "<p>&lt;hello&gt;</p>"
        );
    }

    #[test]
    fn syntax_errors_name_the_file_line_and_column() {
        let error = Templates::new(&[file("page.html", "<p>\n{{ oops }</p>")])
            .err()
            .unwrap();
        assert_eq!(
            error[0].path.as_deref(),
            Some(std::path::Path::new("templates/page.html"))
        );
        assert_eq!(error[0].line, Some(2));
        assert!(error[0].column.is_some());
    }

    #[test]
    fn built_in_assets_are_listed() {
        let templates = Templates::new(&[]).unwrap();
        assert!(templates.assets().any(|(name, _)| name == "style.css"));
    }
}
