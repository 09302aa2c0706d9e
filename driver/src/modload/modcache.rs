//! The go command's module cache layout (read-only use, never downloads):
//! `$GOMODCACHE/cache/download/ENC(M)/@v/ENC(V).mod` and the extracted
//! `$GOMODCACHE/ENC(M)@ENC(V)/`, where ENC writes each upper-case letter as
//! `!` + its lower case (so `example.com/Azure` lives in `example.com/!azure`).

use std::path::{Path, PathBuf};

/// `$GOMODCACHE`, else the first `$GOPATH` entry + `/pkg/mod`, else `~/go/pkg/mod`.
pub fn location() -> Option<PathBuf> {
    let var = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty());
    if let Some(c) = var("GOMODCACHE") {
        return Some(PathBuf::from(c));
    }
    if let Some(gp) = var("GOPATH") {
        let first = std::env::split_paths(&gp).next()?;
        return Some(first.join("pkg").join("mod"));
    }
    var("HOME").map(|h| PathBuf::from(h).join("go").join("pkg").join("mod"))
}

/// Case-encodes a module path or version for the file system.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_uppercase() {
            out.push('!');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The cached go.mod of `path@version`.
pub fn mod_file(cache: &Path, path: &str, version: &str) -> PathBuf {
    cache
        .join("cache")
        .join("download")
        .join(encode(path))
        .join("@v")
        .join(format!("{}.mod", encode(version)))
}

/// The extracted source directory of `path@version`.
pub fn source_dir(cache: &Path, path: &str, version: &str) -> PathBuf {
    cache.join(format!("{}@{}", encode(path), encode(version)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_encoding() {
        assert_eq!(encode("github.com/Azure/go-X"), "github.com/!azure/go-!x");
        assert_eq!(
            source_dir(Path::new("/c"), "example.com/Upper", "v1.0.0-RC"),
            PathBuf::from("/c/example.com/!upper@v1.0.0-!r!c")
        );
        assert_eq!(
            mod_file(Path::new("/c"), "example.com/Upper", "v1.0.0"),
            PathBuf::from("/c/cache/download/example.com/!upper/@v/v1.0.0.mod")
        );
    }
}
