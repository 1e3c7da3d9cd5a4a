//! Saving a file so that it appears whole or not at all: written beside
//! its final name, then renamed over it.

use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Names of temporary files this process has used, so that two saves
/// running at once (threads) never pick the same one.
static NEXT: AtomicUsize = AtomicUsize::new(0);

/// Writes `len` bytes to `path` with `write`: into a new file in the same
/// directory, renamed over `path` once `write` succeeded. On any error the
/// new file is removed and whatever was at `path` is left untouched.
///
/// A symbolic link is followed, so the file it names is the one replaced;
/// a path that exists but is not a regular file (a pipe, a device) is
/// written in place, as `File::create` would; an existing read-only file is
/// an error, as it is for `File::create` (and NumPy's `np.save`).
pub(super) fn replace(
    path: &Path,
    len: usize,
    write: impl FnOnce(&mut File) -> io::Result<()>,
) -> io::Result<()> {
    let target = resolve(path);
    let permissions = match fs::metadata(&target) {
        Ok(meta) if !meta.is_file() => return write(&mut File::create(&target)?),
        Ok(meta) if meta.permissions().readonly() => {
            return Err(io::Error::new(
                io::ErrorKind::PermissionDenied,
                std::format!("{} is read-only", target.display()),
            ));
        }
        Ok(meta) => Some(meta.permissions()),
        Err(_) => None,
    };
    let (temporary, mut file) = create_beside(&target)?;
    let written = (|| {
        if let Some(permissions) = permissions {
            file.set_permissions(permissions)?;
        }
        #[cfg(all(target_os = "linux", target_pointer_width = "64", not(miri)))]
        crate::raw::file::reserve(&file, len);
        #[cfg(not(all(target_os = "linux", target_pointer_width = "64", not(miri))))]
        let _ = len;
        write(&mut file)?;
        drop(file);
        fs::rename(&temporary, &target)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    written
}

/// The path that saving to `path` replaces: the file a symbolic link
/// names, or `path` itself.
fn resolve(path: &Path) -> PathBuf {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
        }
        _ => path.to_path_buf(),
    }
}

/// A new, empty file next to `target`: `.name.<process>-<n>.tmp`.
fn create_beside(target: &Path) -> io::Result<(PathBuf, File)> {
    let Some(name) = target.file_name() else {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            std::format!("{} does not name a file", target.display()),
        ));
    };
    loop {
        let mut temporary = OsString::from(".");
        temporary.push(name);
        temporary.push(std::format!(
            ".{}-{}.tmp",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        let temporary = target.with_file_name(temporary);
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temporary)
        {
            Ok(file) => return Ok((temporary, file)),
            // Left behind by another process with the same id (a
            // container, a crash): try the next name.
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
}
