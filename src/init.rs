//! `studysite init DIR`: a starter project that builds at once.
//!
//! In: an empty (or absent) folder. Out: the folder holding a sample text in `seeds/`, and in
//! `content/` site settings, a home-page introduction, the text's introduction, a glossary and a
//! timeline; with `--with-templates`, also a copy of the built-in templates in `templates/`,
//! ready to customise. The starter files are embedded in the binary (`src/starter/`). A folder
//! that holds anything is refused, so nothing of the user's is ever overwritten.

use std::fs;
use std::path::Path;

use crate::error::Diagnostic;
use crate::render::templates::built_in_files;

/// The starter project's files: path in the project, contents.
const STARTER: &[(&str, &str)] = &[
    (
        "seeds/lincoln-gettysburg-1863.txt",
        include_str!("starter/seeds/lincoln-gettysburg-1863.txt"),
    ),
    (
        "content/site.yaml",
        include_str!("starter/content/site.yaml"),
    ),
    ("content/index.md", include_str!("starter/content/index.md")),
    (
        "content/texts/lincoln-gettysburg-1863.md",
        include_str!("starter/content/texts/lincoln-gettysburg-1863.md"),
    ),
    (
        "content/glossary.yaml",
        include_str!("starter/content/glossary.yaml"),
    ),
    (
        "content/timeline.yaml",
        include_str!("starter/content/timeline.yaml"),
    ),
];

/// Writes a starter project into `dir` (made if absent); with `with_templates`, the built-in
/// templates too. Returns the paths written, relative to `dir`.
pub fn init(dir: &Path, with_templates: bool) -> Result<Vec<String>, Diagnostic> {
    if dir.exists() {
        if !dir.is_dir() {
            return Err(Diagnostic::error(dir, "exists and is not a folder"));
        }
        let mut entries =
            fs::read_dir(dir).map_err(|e| Diagnostic::error(dir, format!("cannot read: {e}")))?;
        if entries.next().is_some() {
            return Err(Diagnostic::error(
                dir,
                "is not empty: `studysite init` only writes into a new or empty folder, \
                 so that nothing in it is overwritten",
            ));
        }
    }
    let mut files: Vec<(String, &str)> = STARTER
        .iter()
        .map(|(path, text)| (path.to_string(), *text))
        .collect();
    if with_templates {
        files.extend(
            built_in_files()
                .iter()
                .map(|(name, text)| (format!("templates/{name}"), *text)),
        );
    }
    for (path, text) in &files {
        let target = dir.join(path);
        if let Some(folder) = target.parent() {
            fs::create_dir_all(folder)
                .map_err(|e| Diagnostic::error(folder, format!("cannot create: {e}")))?;
        }
        fs::write(&target, text)
            .map_err(|e| Diagnostic::error(&target, format!("cannot write: {e}")))?;
    }
    Ok(files.into_iter().map(|(path, _)| path).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_a_folder_that_holds_anything() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("mynotes.txt"), "keep me").unwrap();
        let error = init(dir.path(), false).expect_err("a non-empty folder is refused");
        assert!(error.to_string().ends_with(
            "is not empty: `studysite init` only writes into a new or empty folder, \
             so that nothing in it is overwritten"
        ));
        assert_eq!(
            fs::read_to_string(dir.path().join("mynotes.txt")).unwrap(),
            "keep me"
        );
        assert!(!dir.path().join("seeds").exists());
    }

    #[test]
    fn copies_the_templates_only_when_asked() {
        let dir = tempfile::tempdir().unwrap();
        let plain = init(&dir.path().join("a"), false).unwrap();
        assert!(plain.iter().all(|p| !p.starts_with("templates/")));
        let with = init(&dir.path().join("b"), true).unwrap();
        assert!(with.contains(&"templates/base.html".to_string()));
        assert_eq!(
            fs::read_to_string(dir.path().join("b/templates/style.css")).unwrap(),
            include_str!("../templates/style.css")
        );
    }
}
