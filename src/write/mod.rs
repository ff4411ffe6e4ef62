//! Stage 5, write: put the rendered files on disk, all or nothing, losing nothing.
//!
//! In: the output folder, then the files one by one as they are rendered. Out: the folder
//! holding exactly those files. A [`Staging`] folder beside the output takes each file as soon as
//! it is rendered (so a build never holds the whole site in memory) and records what the link
//! check needs; once the check has passed it is swapped in: on Linux the two folders trade places
//! in one step (`renameat2`, `RENAME_EXCHANGE`), elsewhere (or where the file system cannot) the
//! old output is renamed aside and the new one into place; then the old one is removed. If
//! anything fails before the swap (or the staging folder is dropped unfinished), the previous
//! output is untouched and the staging folder is removed. Which folder may be replaced, and the leftovers of killed builds, are
//! [`target`]'s; one build into a folder at a time is [`lock`]'s.

pub mod lock;
pub mod target;

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use crate::check::LinkCollector;
use crate::error::{BuildError, Diagnostic, PreviousSite};
use crate::render::{OutputFile, Sink};
pub use lock::BuildLock;
use target::Target;

/// The file that marks a folder as studysite's output, safe to replace.
pub const MARKER: &str = ".studysite";
const MARKER_TEXT: &str = "This folder is built by studysite and replaced on every build.\n";

/// Writes `files` as the new contents of `out`, refusing to replace anything but an earlier
/// build's output (see the module documentation). The links are not checked.
pub fn write_site(
    out: &Path,
    root: &Path,
    files: &[OutputFile],
) -> Result<Vec<Diagnostic>, BuildError> {
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
    /// Held until the staging folder is swapped in or dropped.
    _lock: BuildLock,
    /// The folder replaced (the target of a symlinked output).
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
        let target = Target::resolve(out, root)?;
        let parent = &target.parent;
        fs::create_dir_all(parent).map_err(|e| failure(parent, "cannot create", e))?;
        let lock = BuildLock::acquire(&target.lock_file())?;
        target.remove_leftovers();
        let dir = target.staging_folder("new");
        let retired = target.staging_folder("old");
        remove_if_present(&dir).map_err(|e| failure(&dir, "cannot clear", e))?;
        let staging = Staging {
            _lock: lock,
            out: target.folder,
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
    /// A previous output that cannot be removed once the new one is in place is a warning.
    pub fn swap_in(mut self) -> Result<Vec<Diagnostic>, BuildError> {
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

fn swap_in(staging: &Path, out: &Path, retired: &Path) -> Result<Vec<Diagnostic>, BuildError> {
    let had_output = out.exists();
    // Where the file system can, the two folders trade places in one step, so no moment
    // passes without a site; the old one is then at `staging`.
    if had_output && exchange(staging, out).is_ok() {
        return Ok(match remove_tree(staging) {
            Ok(()) => Vec::new(),
            Err(error) => vec![not_removed(staging, &error)],
        });
    }
    if had_output {
        remove_if_present(retired).map_err(|e| failure(retired, "cannot clear", e))?;
        fs::rename(out, retired).map_err(|e| {
            let _ = fs::remove_dir_all(staging);
            failure(out, "cannot move the previous output aside", e)
        })?;
    }
    if let Err(error) = fs::rename(staging, out) {
        let _ = fs::remove_dir_all(staging);
        let error = failure(out, "cannot move the new output into place", error);
        if had_output && let Err(back) = fs::rename(retired, out) {
            return Err(BuildError {
                diagnostics: vec![
                    error,
                    failure(retired, "cannot move the previous output back either", back),
                ],
                previous_site: PreviousSite::MovedTo(retired.to_path_buf()),
            });
        }
        return Err(error.into());
    }
    if had_output && let Err(error) = remove_tree(retired) {
        return Ok(vec![not_removed(retired, &error)]);
    }
    Ok(Vec::new())
}

fn not_removed(folder: &Path, error: &io::Error) -> Diagnostic {
    Diagnostic::warning(
        folder,
        format!(
            "the new site is in place, but the previous one could not be removed ({error}); \
             the next build removes it"
        ),
    )
}

/// Swaps two folders in one step (Linux `renameat2` with `RENAME_EXCHANGE`).
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let a = CString::new(a.as_os_str().as_bytes())?;
    let b = CString::new(b.as_os_str().as_bytes())?;
    // SAFETY: both are valid NUL-terminated paths that outlive the call, which only reads them.
    let done = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if done == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// Elsewhere the swap takes two renames (see [`swap_in`]).
#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<()> {
    Err(io::Error::from(io::ErrorKind::Unsupported))
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
        let mut leftovers = leftovers;
        leftovers.sort();
        assert_eq!(leftovers, vec![".site.lock", "site"]);
    }

    #[test]
    fn out_pointing_at_a_folder_studysite_did_not_make_is_refused_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let precious = dir.path().join("public_html");
        fs::create_dir_all(&precious).unwrap();
        fs::write(precious.join("thesis.tex"), "years of work").unwrap();
        let error = write_site(&precious, &dir.path().join("project"), &[]).unwrap_err();
        assert!(
            error.to_string().contains("not made by studysite"),
            "{error}"
        );
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
            assert!(error.to_string().contains("holds the project"), "{error}");
        }
        assert!(root.join("seeds").is_dir());
    }

    #[test]
    fn regression_a_folder_whose_index_merely_carries_the_generator_tag_is_refused_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("site");
        fs::create_dir_all(&out).unwrap();
        let tag = "<meta name=\"generator\" content=\"studysite\">";
        fs::write(out.join("index.html"), format!("<head>{tag}</head>")).unwrap();
        fs::write(out.join("mynotes.txt"), "my notes").unwrap();
        let error = write_site(&out, &dir.path().join("project"), &[]).unwrap_err();
        assert_eq!(
            error.to_string(),
            format!(
                "{}: refusing to replace this folder: it looks like an older studysite build, but only a folder with the .studysite file that builds write is replaced; check it holds nothing of yours, then remove it yourself",
                out.display()
            )
        );
        assert_eq!(
            fs::read_to_string(out.join("mynotes.txt")).unwrap(),
            "my notes"
        );
    }

    /// A folder as a killed build leaves it: marked, with a page in it.
    fn leftover(path: &Path) {
        fs::create_dir_all(path.join("texts")).unwrap();
        fs::write(path.join(MARKER), MARKER_TEXT).unwrap();
        fs::write(path.join("texts/a.html"), "half a site").unwrap();
    }

    #[test]
    fn staging_folders_of_dead_builds_are_removed_by_the_next_build() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("site");
        // Process ids past the kernel's limit (2^22) belong to no running process.
        leftover(&dir.path().join(".site.new-999999991"));
        leftover(&dir.path().join(".site.old-999999992"));
        fs::create_dir_all(dir.path().join(".site.new-999999993")).unwrap(); // not ours: no marker
        fs::write(dir.path().join(".site.new-999999993/mine.txt"), "mine").unwrap();
        fs::create_dir_all(dir.path().join(".site.new-999999994")).unwrap(); // killed before its marker
        write_site(&out, &dir.path().join("project"), &[]).unwrap();
        let mut left: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(left, vec![".site.lock", ".site.new-999999993", "site"]);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn on_linux_the_new_and_old_sites_trade_places_in_one_step() {
        let dir = tempfile::tempdir().unwrap();
        let (new, old) = (dir.path().join("new"), dir.path().join("old"));
        fs::create_dir_all(&new).unwrap();
        fs::create_dir_all(&old).unwrap();
        fs::write(new.join("index.html"), "new").unwrap();
        exchange(&new, &old).unwrap();
        assert_eq!(fs::read_to_string(old.join("index.html")).unwrap(), "new");
        assert!(!new.join("index.html").exists());
    }

    #[test]
    fn a_site_moved_aside_by_a_build_killed_mid_swap_is_put_back() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("site");
        leftover(&dir.path().join(".site.old-999999991"));
        let target = Target::resolve(&out, &dir.path().join("project")).unwrap();
        assert_eq!(target.remove_leftovers(), Vec::<PathBuf>::new());
        assert_eq!(
            fs::read_to_string(out.join("texts/a.html")).unwrap(),
            "half a site"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_symlinked_output_is_written_through_and_the_link_kept() {
        let dir = tempfile::tempdir().unwrap();
        let webroot = dir.path().join("srv/www");
        leftover(&webroot);
        let out = dir.path().join("site");
        std::os::unix::fs::symlink("srv/www", &out).unwrap();
        let files = vec![OutputFile {
            path: "index.html".into(),
            contents: b"new".to_vec(),
        }];
        write_site(&out, &dir.path().join("project"), &files).unwrap();
        assert!(fs::symlink_metadata(&out).unwrap().file_type().is_symlink());
        assert_eq!(fs::read_link(&out).unwrap(), Path::new("srv/www"));
        assert_eq!(
            fs::read_to_string(webroot.join("index.html")).unwrap(),
            "new"
        );
        assert!(!webroot.join("texts").exists(), "the old site is gone");
        let mut beside: Vec<_> = fs::read_dir(dir.path().join("srv"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        beside.sort();
        assert_eq!(
            beside,
            [".www.lock", "www"],
            "no staging folder is left beside the target"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_to_someone_elses_folder_is_refused_and_both_kept() {
        let dir = tempfile::tempdir().unwrap();
        let precious = dir.path().join("public_html");
        fs::create_dir_all(&precious).unwrap();
        fs::write(precious.join("thesis.tex"), "years of work").unwrap();
        let out = dir.path().join("site");
        std::os::unix::fs::symlink(&precious, &out).unwrap();
        let error = write_site(&out, &dir.path().join("project"), &[]).unwrap_err();
        assert!(
            error.to_string().contains("not made by studysite"),
            "{error}"
        );
        assert!(fs::symlink_metadata(&out).unwrap().file_type().is_symlink());
        assert_eq!(
            fs::read_to_string(precious.join("thesis.tex")).unwrap(),
            "years of work"
        );
    }
}
