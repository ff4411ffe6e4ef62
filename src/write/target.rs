//! Where the site goes, and whether what is there may be replaced.
//!
//! In: `--out` and the project root. Out: the [`Target`] folder the build swaps (for a symlinked
//! `--out`, the link's target: the link itself is kept), once it is known to be empty, absent or
//! marked with [`MARKER`] by an earlier build. Nothing else counts as an earlier build: a folder
//! that merely holds a page with studysite's generator tag may hold the user's own files too.
//! Staging folders left beside it by builds that were killed are removed.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::MARKER;
use crate::error::Diagnostic;

/// The folder a build replaces, and where its staging folders go.
#[derive(Debug, Clone)]
pub struct Target {
    /// The folder swapped: `--out`, or what a symlinked `--out` points at.
    pub folder: PathBuf,
    /// Its parent, which holds the staging folders.
    pub parent: PathBuf,
    /// Its name, as staging folders spell it (`.site.new-PID`).
    pub name: String,
}

impl Target {
    /// Resolves `out` (following a symlink once) and checks that it may be replaced.
    pub fn resolve(out: &Path, root: &Path) -> Result<Target, Diagnostic> {
        let folder = match fs::symlink_metadata(out) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = fs::read_link(out)
                    .map_err(|e| Diagnostic::error(out, format!("cannot read the link: {e}")))?;
                let folder = out.parent().map_or(link.clone(), |p| p.join(&link));
                fs::canonicalize(&folder).unwrap_or(folder)
            }
            _ => out.to_path_buf(),
        };
        check_replaceable(out, &folder, root)?;
        let parent = match folder.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = folder
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "site".to_string());
        Ok(Target {
            folder,
            parent,
            name,
        })
    }

    /// `.NAME.lock`, the lock builds into this folder take.
    pub fn lock_file(&self) -> PathBuf {
        self.parent.join(format!(".{}.lock", self.name))
    }

    /// `.NAME.new-PID` or `.NAME.old-PID` for this process.
    pub fn staging_folder(&self, kind: &str) -> PathBuf {
        self.parent
            .join(format!(".{}.{kind}-{}", self.name, std::process::id()))
    }

    /// Removes the staging folders of builds that are no longer running (killed before they
    /// could clean up); a previous site one of them had moved aside goes back in place if the
    /// output is missing. Only folders carrying the marker (or empty) are touched. Called with the lock
    /// held, so no other build into this folder is using one.
    pub fn remove_leftovers(&self) -> Vec<PathBuf> {
        let Ok(entries) = fs::read_dir(&self.parent) else {
            return Vec::new();
        };
        let mut removed = Vec::new();
        for entry in entries.filter_map(Result::ok) {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(pid) = self.leftover_pid(&name) else {
                continue;
            };
            let path = entry.path();
            let ours = pid == std::process::id();
            // Killed right after making it, a staging folder may not have its marker yet.
            let made_by_a_build = path.join(MARKER).is_file() || is_empty_folder(&path);
            if ours || is_running(pid) || !made_by_a_build {
                continue;
            }
            // Killed between moving the old site aside and the new one in: put the old one back.
            if name.contains(".old-")
                && !self.folder.exists()
                && fs::rename(&path, &self.folder).is_ok()
            {
                continue;
            }
            if fs::remove_dir_all(&path).is_ok() {
                removed.push(path);
            }
        }
        removed.sort();
        removed
    }

    /// The process id in a staging folder's name, if `name` is one of this target's.
    fn leftover_pid(&self, name: &str) -> Option<u32> {
        let rest = name.strip_prefix(&format!(".{}.", self.name))?;
        let pid = rest
            .strip_prefix("new-")
            .or_else(|| rest.strip_prefix("old-"))?;
        pid.parse().ok()
    }
}

fn is_empty_folder(path: &Path) -> bool {
    fs::read_dir(path).is_ok_and(|mut entries| entries.next().is_none())
}

/// True when a process with this id exists (Linux: `/proc/PID`); elsewhere every other build is
/// taken as gone, which the build lock makes safe.
fn is_running(pid: u32) -> bool {
    Path::new("/proc").join(pid.to_string()).exists()
}

/// Refuses an output folder that is, or contains, the project, or that holds anything studysite
/// did not make.
fn check_replaceable(out: &Path, folder: &Path, root: &Path) -> Result<(), Diagnostic> {
    let absolute = |p: &Path| fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let root_abs = absolute(root);
    if root_abs.starts_with(absolute(out)) || root_abs.starts_with(absolute(folder)) {
        return Err(Diagnostic::error(
            out,
            "refusing to write the site here: this folder holds the project itself (choose another --out)",
        ));
    }
    let meta = match fs::metadata(folder) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Diagnostic::error(out, format!("cannot read: {e}"))),
        Ok(meta) => meta,
    };
    if !meta.is_dir() {
        return Err(Diagnostic::error(
            out,
            "refusing to replace this file with the site (choose another --out)",
        ));
    }
    let empty = fs::read_dir(folder)
        .map(|mut d| d.next().is_none())
        .unwrap_or(false);
    if empty || folder.join(MARKER).is_file() {
        return Ok(());
    }
    let tagged = fs::read_to_string(folder.join("index.html"))
        .is_ok_and(|html| html.contains("<meta name=\"generator\" content=\"studysite\">"));
    let hint = if tagged {
        "it looks like an older studysite build, but only a folder with the .studysite file that \
         builds write is replaced; check it holds nothing of yours, then remove it yourself"
    } else {
        "it was not made by studysite (it has no .studysite file); choose another --out, or empty \
         it yourself"
    };
    Err(Diagnostic::error(
        out,
        format!("refusing to replace this folder: {hint}"),
    ))
}
