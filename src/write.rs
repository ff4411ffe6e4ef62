//! Stage 5, write: put the rendered files on disk, all or nothing.
//!
//! In: the output files and the output folder. Out: the folder holding exactly those files. They
//! are written into a fresh temporary folder beside the output, which is then swapped in: the
//! old output is renamed aside, the new one renamed into place, the old one removed. If anything
//! fails before the swap, the previous output is untouched and the temporary folder is removed.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::error::Diagnostic;
use crate::render::OutputFile;

/// Writes `files` as the new contents of `out`.
pub fn write_site(out: &Path, files: &[OutputFile]) -> Result<(), Diagnostic> {
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(|e| failure(&parent, "cannot create", e))?;
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "site".to_string());
    let staging = parent.join(format!(".{name}.new-{}", std::process::id()));
    let retired = parent.join(format!(".{name}.old-{}", std::process::id()));
    remove_if_present(&staging).map_err(|e| failure(&staging, "cannot clear", e))?;
    if let Err(error) = write_all(&staging, files) {
        let _ = fs::remove_dir_all(&staging);
        return Err(error);
    }
    swap_in(&staging, out, &retired)
}

fn write_all(staging: &Path, files: &[OutputFile]) -> Result<(), Diagnostic> {
    fs::create_dir_all(staging).map_err(|e| failure(staging, "cannot create", e))?;
    for file in files {
        let path = staging.join(&file.path);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(|e| failure(dir, "cannot create", e))?;
        }
        fs::write(&path, &file.contents).map_err(|e| failure(&path, "cannot write", e))?;
    }
    Ok(())
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
        fs::remove_dir_all(retired)
            .map_err(|e| failure(retired, "cannot remove the previous output", e))?;
    }
    Ok(())
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
        write_site(&out, &files).unwrap();
        assert_eq!(fs::read_to_string(out.join("texts/a.html")).unwrap(), "new");
        assert!(!out.join("stale").exists());
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(leftovers, vec![std::ffi::OsString::from("site")]);
    }
}
