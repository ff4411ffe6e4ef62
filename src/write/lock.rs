//! One build into an output folder at a time.
//!
//! In: the folder that holds the output. Out: a [`BuildLock`] on `.NAME.lock` beside the output
//! (`ROOT/.site.lock` for the default `ROOT/site`), held until the build has swapped its site in
//! or given up. A second build into the same folder stops at once with a message naming the
//! process that holds the lock, instead of racing the first for it; builds of one project into
//! different folders run side by side. The lock is the operating system's (`flock`), so a killed
//! build releases it with its process. The file stays (removing it would let two builds lock two
//! different files).

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::Diagnostic;

/// Held while a build runs; released when dropped.
#[derive(Debug)]
pub struct BuildLock {
    _file: File,
    path: PathBuf,
}

impl BuildLock {
    /// Takes the lock at `path`, or fails with a message if another build holds it.
    pub fn acquire(path: &Path) -> Result<BuildLock, Diagnostic> {
        let path = path.to_path_buf();
        let mut file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&path)
            .map_err(|e| Diagnostic::error(&path, format!("cannot open the build lock: {e}")))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                let holder = fs::read_to_string(&path).unwrap_or_default();
                let holder = match holder.trim() {
                    "" => String::new(),
                    pid => format!(" (process {pid})"),
                };
                return Err(Diagnostic::error(
                    &path,
                    format!(
                        "another build into this folder is running{holder}; run this one again when it has finished"
                    ),
                ));
            }
            Err(TryLockError::Error(e)) => {
                return Err(Diagnostic::error(
                    &path,
                    format!("cannot take the build lock: {e}"),
                ));
            }
        }
        // Who holds it, for the message above; the lock itself is what counts.
        let _ = file
            .set_len(0)
            .and_then(|()| writeln!(file, "{}", std::process::id()));
        Ok(BuildLock { _file: file, path })
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_build_is_refused_while_the_first_holds_the_lock_and_allowed_after() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(".site.lock");
        let first = BuildLock::acquire(&path).unwrap();
        let error = BuildLock::acquire(&path).unwrap_err();
        assert_eq!(
            error.message,
            format!(
                "another build into this folder is running (process {}); run this one again when it has finished",
                std::process::id()
            )
        );
        assert_eq!(error.path.as_deref(), Some(first.path()));
        drop(first);
        assert!(BuildLock::acquire(&path).is_ok());
    }
}
