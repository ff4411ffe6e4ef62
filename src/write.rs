//! Stage 5, write: put the rendered files on disk, all or nothing.
//!
//! In: the output folder, then the files one by one as they are rendered. Out: the folder
//! holding exactly those files. A [`Staging`] folder beside the output takes each file as soon as
//! it is rendered (so a build never holds the whole site in memory) and records what the link
//! check needs; once the check has passed it is swapped in: the old output is renamed aside, the
//! new one renamed into place, the old one removed. If anything fails before the swap (or the
//! staging folder is dropped unfinished), the previous output is untouched and the staging folder
//! is removed.

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use crate::check::LinkCollector;
use crate::error::Diagnostic;
use crate::render::{OutputFile, Sink};

/// The file that marks a folder as studysite's output, safe to replace.
pub const MARKER: &str = ".studysite";
const MARKER_TEXT: &str = "This folder is built by studysite and replaced on every build.\n";
const GENERATOR_TAG: &str = "<meta name=\"generator\" content=\"studysite\">";

/// Writes `files` as the new contents of `out`, refusing to replace anything but an earlier
/// build's output (see the module documentation). The links are not checked.
pub fn write_site(out: &Path, root: &Path, files: &[OutputFile]) -> Result<(), Diagnostic> {
    let staging = Staging::create(out, root)?;
    files.par_iter().try_for_each(|file| {
        let path = staging.dir.join(&file.path);
        staging.write_file(&file.path, &file.contents, &path)
    })?;
    staging.swap_in()
}

/// A fresh folder beside the output that takes the site's files as they are rendered, and
/// becomes the output when [`Staging::swap_in`] is called. Dropped before that, it is removed.
pub struct Staging {
    out: PathBuf,
    dir: PathBuf,
    retired: PathBuf,
    /// Folders already made inside `dir`.
    folders: Mutex<HashSet<String>>,
    /// The first write that failed; later files are not written.
    failed: Mutex<Option<Diagnostic>>,
    links: LinkCollector,
    done: bool,
}

impl Staging {
    /// Makes the staging folder for a build into `out`, after checking that `out` may be
    /// replaced.
    pub fn create(out: &Path, root: &Path) -> Result<Staging, Diagnostic> {
        check_replaceable(out, root)?;
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        fs::create_dir_all(&parent).map_err(|e| failure(&parent, "cannot create", e))?;
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "site".to_string());
        let dir = parent.join(format!(".{name}.new-{}", std::process::id()));
        let retired = parent.join(format!(".{name}.old-{}", std::process::id()));
        remove_if_present(&dir).map_err(|e| failure(&dir, "cannot clear", e))?;
        let staging = Staging {
            out: out.to_path_buf(),
            dir,
            retired,
            folders: Mutex::new(HashSet::new()),
            failed: Mutex::new(None),
            links: LinkCollector::default(),
            done: false,
        };
        fs::create_dir_all(&staging.dir).map_err(|e| failure(&staging.dir, "cannot create", e))?;
        fs::write(staging.dir.join(MARKER), MARKER_TEXT)
            .map_err(|e| failure(&staging.dir, "cannot write", e))?;
        Ok(staging)
    }

    /// The paths of the files written so far (relative to the site), in no particular order.
    pub fn paths(&self) -> Vec<String> {
        self.links.paths()
    }

    /// Checks the links of every page written (see [`crate::check`]); the problems, if any.
    pub fn check_links(&mut self) -> Vec<Diagnostic> {
        std::mem::take(&mut self.links).check()
    }

    /// Makes the staging folder the output: the previous output is moved aside, then removed.
    pub fn swap_in(mut self) -> Result<(), Diagnostic> {
        self.done = true;
        swap_in(&self.dir, &self.out, &self.retired)
    }

    fn write_file(&self, name: &str, contents: &[u8], path: &Path) -> Result<(), Diagnostic> {
        if lock(&self.failed).is_some() {
            return Ok(()); // the build fails with the first error
        }
        let result = self
            .make_folder(name)
            .and_then(|()| fs::write(path, contents).map_err(|e| failure(path, "cannot write", e)));
        match result {
            Err(error) => {
                let mut failed = lock(&self.failed);
                if failed.is_none() {
                    *failed = Some(error.clone());
                    return Err(error);
                }
                Ok(())
            }
            Ok(()) => {
                let text = std::str::from_utf8(contents).unwrap_or("");
                self.links.add(name, text);
                Ok(())
            }
        }
    }

    fn make_folder(&self, name: &str) -> Result<(), Diagnostic> {
        let Some((folder, _)) = name.rsplit_once('/') else {
            return Ok(());
        };
        if lock(&self.folders).contains(folder) {
            return Ok(());
        }
        let dir = self.dir.join(folder);
        fs::create_dir_all(&dir).map_err(|e| failure(&dir, "cannot create", e))?;
        lock(&self.folders).insert(folder.to_string());
        Ok(())
    }
}

impl Sink for Staging {
    fn put_bytes(&self, path: &str, contents: &[u8]) -> Result<(), Diagnostic> {
        self.write_file(path, contents, &self.dir.join(path))
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.done {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Removes a folder, its sub-folders in parallel.
fn remove_tree(path: &Path) -> io::Result<()> {
    let folders: Vec<PathBuf> = fs::read_dir(path)?
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .map(|e| e.path())
        .collect();
    folders.par_iter().try_for_each(fs::remove_dir_all)?;
    fs::remove_dir_all(path)
}

fn swap_in(staging: &Path, out: &Path, retired: &Path) -> Result<(), Diagnostic> {
    let had_output = out.exists();
    if had_output {
        remove_if_present(retired).map_err(|e| failure(retired, "cannot clear", e))?;
        fs::rename(out, retired).map_err(|e| {
            let _ = fs::remove_dir_all(staging);
            failure(out, "cannot move the previous output aside", e)
        })?;
    }
    if let Err(error) = fs::rename(staging, out) {
        if had_output {
            let _ = fs::rename(retired, out);
        }
        let _ = fs::remove_dir_all(staging);
        return Err(failure(out, "cannot move the new output into place", error));
    }
    if had_output {
        remove_tree(retired)
            .map_err(|e| failure(retired, "cannot remove the previous output", e))?;
    }
    Ok(())
}

/// Refuses an output folder that is, or contains, the project, or that holds anything studysite
/// did not make.
fn check_replaceable(out: &Path, root: &Path) -> Result<(), Diagnostic> {
    let absolute = |p: &Path| fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let (out_abs, root_abs) = (absolute(out), absolute(root));
    if root_abs.starts_with(&out_abs) {
        return Err(Diagnostic::error(
            out,
            "refusing to write the site here: this folder holds the project itself (choose another --out)",
        ));
    }
    if !out.exists() {
        return Ok(());
    }
    if !out.is_dir() {
        return Err(Diagnostic::error(
            out,
            "refusing to replace this file with the site (choose another --out)",
        ));
    }
    let empty = fs::read_dir(out)
        .map(|mut d| d.next().is_none())
        .unwrap_or(false);
    let earlier_build = out.join(MARKER).is_file()
        || fs::read_to_string(out.join("index.html"))
            .is_ok_and(|html| html.contains(GENERATOR_TAG));
    if empty || earlier_build {
        Ok(())
    } else {
        Err(Diagnostic::error(
            out,
            format!(
                "refusing to replace this folder: it was not made by studysite (it has no {MARKER} file); \
                 choose another --out, or empty it yourself"
            ),
        ))
    }
}

fn remove_if_present(path: &Path) -> io::Result<()> {
    match fs::remove_dir_all(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

fn failure(path: &Path, what: &str, error: io::Error) -> Diagnostic {
    Diagnostic::error(path, format!("{what}: {error}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_whole_folder_and_leaves_no_temporaries() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("site");
        fs::create_dir_all(out.join("stale")).unwrap();
        fs::write(out.join("stale/old.html"), "old").unwrap();
        let files = vec![OutputFile {
            path: "texts/a.html".into(),
            contents: b"new".to_vec(),
        }];
        fs::write(out.join(MARKER), "").unwrap();
        write_site(&out, dir.path(), &files).unwrap();
        assert_eq!(fs::read_to_string(out.join("texts/a.html")).unwrap(), "new");
        assert!(
            out.join(MARKER).is_file(),
            "the new output is marked as ours"
        );
        assert!(!out.join("stale").exists());
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(leftovers, vec![std::ffi::OsString::from("site")]);
    }

    #[test]
    fn out_pointing_at_a_folder_studysite_did_not_make_is_refused_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let precious = dir.path().join("public_html");
        fs::create_dir_all(&precious).unwrap();
        fs::write(precious.join("thesis.tex"), "years of work").unwrap();
        let error = write_site(&precious, &dir.path().join("project"), &[]).unwrap_err();
        assert!(error.message.contains("not made by studysite"), "{error}");
        assert_eq!(
            fs::read_to_string(precious.join("thesis.tex")).unwrap(),
            "years of work"
        );
    }

    #[test]
    fn out_holding_the_project_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("project");
        fs::create_dir_all(root.join("seeds")).unwrap();
        for out in [root.clone(), dir.path().to_path_buf()] {
            let error = write_site(&out, &root, &[]).unwrap_err();
            assert!(error.message.contains("holds the project"), "{error}");
        }
        assert!(root.join("seeds").is_dir());
    }

    #[test]
    fn an_earlier_build_without_the_marker_is_recognised_by_its_generator_tag() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("site");
        fs::create_dir_all(&out).unwrap();
        fs::write(
            out.join("index.html"),
            format!("<head>{GENERATOR_TAG}</head>"),
        )
        .unwrap();
        write_site(&out, &dir.path().join("project"), &[]).unwrap();
        assert!(out.join(MARKER).is_file());
    }
}
