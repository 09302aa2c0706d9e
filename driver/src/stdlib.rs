//! The standard-library overlay: our own Go sources for `runtime` and any
//! std package we replace. Embedded in the binary by build.rs; the
//! environment variable `GOBUILD_STDLIB` points gobuild at a directory
//! instead (to work on the runtime without rebuilding gobuild).
//! Overlay packages win over `$GOROOT/src`.

use std::path::PathBuf;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/stdlib_files.rs"));
}

/// A file of an overlay package.
pub struct OverlayFile {
    pub base: String,
    /// Where errors say the file is: a real path, or `$GOBUILD/stdlib/...`
    /// for embedded files.
    pub shown: String,
    /// The real path, if the file is on disk.
    pub path: Option<PathBuf>,
    pub text: Vec<u8>,
}

#[derive(Clone, Debug)]
pub enum Overlay {
    Embedded,
    Dir(PathBuf),
}

impl Overlay {
    pub fn from_env() -> Overlay {
        match std::env::var_os("GOBUILD_STDLIB") {
            Some(d) if !d.is_empty() => Overlay::Dir(PathBuf::from(d)),
            _ => Overlay::Embedded,
        }
    }

    /// The files directly in the overlay directory of `import_path`
    /// (sorted by name), or None when the overlay has no such package.
    pub fn package(&self, import_path: &str) -> Option<Vec<OverlayFile>> {
        let mut files = Vec::new();
        match self {
            Overlay::Embedded => {
                let prefix = format!("{import_path}/");
                for (rel, bytes) in embedded::FILES {
                    if let Some(base) = rel.strip_prefix(&prefix) {
                        if !base.contains('/') {
                            files.push(OverlayFile {
                                base: base.to_string(),
                                shown: format!("$GOBUILD/stdlib/{rel}"),
                                path: None,
                                text: bytes.to_vec(),
                            });
                        }
                    }
                }
            }
            Overlay::Dir(root) => {
                let dir = root.join(import_path);
                let entries = std::fs::read_dir(&dir).ok()?;
                for e in entries.flatten() {
                    let p = e.path();
                    if !p.is_file() {
                        continue;
                    }
                    let text = std::fs::read(&p).ok()?;
                    files.push(OverlayFile {
                        base: e.file_name().to_string_lossy().into_owned(),
                        shown: p.to_string_lossy().into_owned(),
                        path: Some(p),
                        text,
                    });
                }
                files.sort_by(|a, b| a.base.cmp(&b.base));
            }
        }
        if files.iter().any(|f| f.base.ends_with(".go")) {
            Some(files)
        } else {
            None
        }
    }
}
