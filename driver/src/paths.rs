//! Path helpers: cleaning, and the two ways the go command shows a path.

use std::path::{Component, Path, PathBuf};

/// Lexically cleans a path: removes `.` and folds `dir/..`.
pub fn clean(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    out
}

/// `path` relative to `base` (both absolute and clean), possibly with `..`.
pub fn relative(base: &Path, path: &Path) -> Option<PathBuf> {
    let b: Vec<_> = base.components().collect();
    let p: Vec<_> = path.components().collect();
    let common = b.iter().zip(&p).take_while(|(x, y)| x == y).count();
    if common == 0 {
        return None;
    }
    let mut out = PathBuf::new();
    for _ in common..b.len() {
        out.push("..");
    }
    for c in &p[common..] {
        out.push(c.as_os_str());
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    Some(out)
}

/// The go command's `ShortPath`: relative to `cwd` when that is shorter,
/// else absolute (`y/b.go`, `../go.mod`, `/abs/x.go`).
pub fn short(cwd: &Path, path: &Path) -> String {
    let abs = path.to_string_lossy().into_owned();
    match relative(cwd, path) {
        Some(rel) => {
            let rel = rel.to_string_lossy().into_owned();
            if rel.len() < abs.len() {
                rel
            } else {
                abs
            }
        }
        None => abs,
    }
}

/// How compile errors show a file: relative to `cwd` with an explicit `./`
/// (`./main.go`, `./lib/a.go`, `../x/a.go`), absolute when unrelated.
pub fn compile_display(cwd: &Path, path: &Path) -> String {
    match relative(cwd, path) {
        Some(rel) => {
            let rel = rel.to_string_lossy().into_owned();
            if rel.starts_with("..") {
                let abs = path.to_string_lossy();
                if rel.len() < abs.len() {
                    rel
                } else {
                    abs.into_owned()
                }
            } else {
                format!("./{rel}")
            }
        }
        None => path.to_string_lossy().into_owned(),
    }
}

/// Whether `path` is `prefix` or lies below it in import-path terms.
pub fn has_path_prefix(path: &str, prefix: &str) -> bool {
    path == prefix
        || (path.len() > prefix.len()
            && path.starts_with(prefix)
            && path.as_bytes()[prefix.len()] == b'/')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_paths_like_go() {
        let cwd = Path::new("/tmp/m");
        assert_eq!(short(cwd, Path::new("/tmp/m/y/b.go")), "y/b.go");
        assert_eq!(short(cwd, Path::new("/tmp/go.mod")), "../go.mod");
        assert_eq!(short(cwd, Path::new("/x")), "/x");
        assert_eq!(
            compile_display(cwd, Path::new("/tmp/m/main.go")),
            "./main.go"
        );
        assert_eq!(
            compile_display(cwd, Path::new("/tmp/lib/a.go")),
            "../lib/a.go"
        );
        assert_eq!(clean(Path::new("/a/b/../c/./d")), PathBuf::from("/a/c/d"));
    }

    #[test]
    fn import_path_prefix() {
        assert!(has_path_prefix("example.com/m/x", "example.com/m"));
        assert!(has_path_prefix("example.com/m", "example.com/m"));
        assert!(!has_path_prefix("example.com/mx", "example.com/m"));
    }
}
