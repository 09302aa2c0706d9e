//! One package: the files of a directory that belong to the build, their
//! package name and their imports (go/build's `Import` for one directory).

use super::constraint::{self, Tags};
use super::filename::{self, Skip};
use super::header::{self, Header};
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

/// A source file candidate, as listed from a directory or the overlay.
pub struct RawFile {
    pub base: String,
    /// How import and header errors show the file (`y/b.go`).
    pub short: String,
    /// How compile errors show the file (`./y/b.go`).
    pub display: String,
    pub content: Content,
}

/// What the driver knows of a file's contents.
pub enum Content {
    /// Read in this build (empty for files the build ignores by name).
    Bytes(Vec<u8>),
    /// Unchanged since a build that recorded it (see `load::fileinfo`): its
    /// hash and header are known; the bytes are read only if compiled.
    Known {
        path: PathBuf,
        hash: blake3::Hash,
        size: u64,
        header: Header,
    },
}

impl RawFile {
    pub fn with_bytes(base: String, short: String, display: String, text: Vec<u8>) -> RawFile {
        RawFile {
            base,
            short,
            display,
            content: Content::Bytes(text),
        }
    }
}

/// A file compiled into the package.
#[derive(Clone, Debug)]
pub struct SrcFile {
    pub base: String,
    pub short: String,
    pub display: String,
    /// blake3 of the contents: what cache keys use.
    pub hash: blake3::Hash,
    pub size: u64,
    /// Where to read the contents if they are not loaded yet.
    path: Option<PathBuf>,
    text: OnceLock<Arc<Vec<u8>>>,
}

impl SrcFile {
    pub fn from_bytes(base: String, short: String, display: String, text: Vec<u8>) -> SrcFile {
        SrcFile {
            base,
            short,
            display,
            hash: blake3::hash(&text),
            size: text.len() as u64,
            path: None,
            text: OnceLock::from(Arc::new(text)),
        }
    }

    fn from_raw(f: RawFile) -> SrcFile {
        match f.content {
            Content::Bytes(b) => SrcFile::from_bytes(f.base, f.short, f.display, b),
            Content::Known {
                path, hash, size, ..
            } => SrcFile {
                base: f.base,
                short: f.short,
                display: f.display,
                hash,
                size,
                path: Some(path),
                text: OnceLock::new(),
            },
        }
    }

    /// The contents, read on first use when only the hash was known; an
    /// error if the file no longer has that hash (edited during the build).
    pub fn text(&self) -> Result<Arc<Vec<u8>>, String> {
        if let Some(t) = self.text.get() {
            return Ok(t.clone());
        }
        let path = self.path.as_ref().ok_or("source text missing")?;
        let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", self.display))?;
        if blake3::hash(&bytes) != self.hash {
            return Err(format!("{}: file changed during build", self.display));
        }
        Ok(self.text.get_or_init(|| Arc::new(bytes)).clone())
    }
}

/// The first import of a path in a package, for error positions.
#[derive(Clone, Debug)]
pub struct Import {
    pub path: String,
    /// Base name of the importing file (cycle messages say `from a.go`).
    pub file_base: String,
    /// `short:line:col`, the position import errors start with.
    pub pos: String,
}

#[derive(Clone, Debug)]
pub struct Package {
    pub import_path: String,
    pub name: String,
    pub files: Vec<SrcFile>,
    /// Sorted by path, one entry per path, `C` excluded.
    pub imports: Vec<Import>,
    pub std: bool,
    pub go_version: String,
}

impl Package {
    pub fn is_main(&self) -> bool {
        self.name == "main"
    }
}

/// Why a directory does not yield a package (the caller words the message,
/// which depends on how the package was reached).
#[derive(Debug, PartialEq, Eq)]
pub enum DirError {
    NoGoFiles,
    NoNonTestGoFiles,
    /// Every Go file is excluded by build constraints.
    AllExcluded,
    /// Pre-rendered message (header errors, mixed package names).
    Other(String),
}

/// Builds a package from a directory's files (sorted by base name).
/// `dir_shown` is the directory as messages show it (absolute, as go does).
pub fn assemble(
    import_path: &str,
    dir_shown: &str,
    raw: Vec<RawFile>,
    tags: &Tags,
    std: bool,
    go_version: &str,
) -> Result<Package, DirError> {
    let mut any_go = false;
    let mut any_test = false;
    let mut excluded = false;
    let mut kept: Vec<(RawFile, header::Header)> = Vec::new();
    let mut errors = Vec::new();
    for f in raw {
        match filename::check(&f.base) {
            Ok(()) => any_go = true,
            Err(Skip::Constraint) => {
                any_go = true;
                excluded = true;
                continue;
            }
            Err(Skip::Ignored) => {
                any_test |= f.base.ends_with("_test.go") && !f.base.starts_with(['_', '.']);
                continue;
            }
        }
        let scanned = match &f.content {
            Content::Bytes(b) => header::scan(b),
            Content::Known { header, .. } => Ok(header.clone()),
        };
        let h = match scanned {
            Ok(h) => h,
            Err(e) if e.line == 0 => {
                errors.push(format!("{}: {}", f.base, e.message));
                continue;
            }
            Err(e) => {
                errors.push(format!("{}:{}:{}: {}", f.short, e.line, e.col, e.message));
                continue;
            }
        };
        let build = match &h.go_build {
            Some(expr) => match constraint::parse(expr) {
                Ok(x) => x.eval(tags),
                Err(msg) => {
                    errors.push(format!("{}: parsing //go:build line: {msg}", f.base));
                    continue;
                }
            },
            None => constraint::eval_plus_build(&h.plus_build, tags),
        };
        if !build {
            excluded = true;
            continue;
        }
        // There is no cgo on wasip1. The go command (CGO_ENABLED=0) would
        // silently drop the file and fail later on its missing names; we
        // reject it where the problem is. In std, cgo files are only
        // alternatives to pure-Go ones, so they are just excluded.
        if let Some(c) = h.imports.iter().find(|i| i.path == "C") {
            if !std {
                errors.push(format!(
                    "{}:{}:{}: import \"C\" requires cgo, which is not supported on wasip1/wasm",
                    f.short, c.line, c.col
                ));
            }
            excluded = true;
            continue;
        }
        kept.push((f, h));
    }
    if !errors.is_empty() {
        return Err(DirError::Other(errors.join("\n")));
    }
    if kept.is_empty() {
        return Err(if excluded {
            DirError::AllExcluded
        } else if any_test && !any_go {
            DirError::NoNonTestGoFiles
        } else {
            DirError::NoGoFiles
        });
    }
    let name = kept[0].1.package.clone();
    if let Some((other, oh)) = kept.iter().find(|(_, h)| h.package != name) {
        return Err(DirError::Other(format!(
            "found packages {name} ({}) and {} ({}) in {dir_shown}",
            kept[0].0.base, oh.package, other.base
        )));
    }
    let mut imports: Vec<Import> = Vec::new();
    for (f, h) in &kept {
        for i in &h.imports {
            if !imports.iter().any(|x| x.path == i.path) {
                imports.push(Import {
                    path: i.path.clone(),
                    file_base: f.base.clone(),
                    pos: format!("{}:{}:{}", f.short, i.line, i.col),
                });
            }
        }
    }
    imports.sort_by(|a, b| a.path.cmp(&b.path));
    let files = kept
        .into_iter()
        .map(|(f, _)| SrcFile::from_raw(f))
        .collect();
    Ok(Package {
        import_path: import_path.to_string(),
        name,
        files,
        imports,
        std,
        go_version: go_version.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(files: &[(&str, &str)]) -> Vec<RawFile> {
        files
            .iter()
            .map(|(n, t)| {
                RawFile::with_bytes(
                    n.to_string(),
                    format!("p/{n}"),
                    format!("./p/{n}"),
                    t.as_bytes().to_vec(),
                )
            })
            .collect()
    }

    fn load(files: &[(&str, &str)]) -> Result<Package, DirError> {
        assemble(
            "example.com/m/p",
            "/m/p",
            raw(files),
            &Tags::default(),
            false,
            "1.27",
        )
    }

    #[test]
    fn filters_and_collects_imports() {
        let p = load(&[
            ("a.go", "package p\nimport (\"os\"\n\"fmt\")\n"),
            ("b_linux.go", "package p\nimport \"syscall\"\n"),
            ("c.go", "//go:build !wasip1\n\npackage p\nimport \"net\"\n"),
            ("d.go", "package p\nimport \"fmt\"\nimport \"errors\"\n"),
            ("d_test.go", "package p_test\n"),
            ("_e.go", "garbage"),
        ])
        .unwrap();
        assert_eq!(p.name, "p");
        let names: Vec<_> = p.files.iter().map(|f| f.base.as_str()).collect();
        assert_eq!(names, ["a.go", "d.go"]);
        let imps: Vec<_> = p
            .imports
            .iter()
            .map(|i| (i.path.as_str(), i.pos.as_str()))
            .collect();
        assert_eq!(
            imps,
            [
                ("errors", "p/d.go:3:8"),
                ("fmt", "p/a.go:3:1"),
                ("os", "p/a.go:2:9")
            ]
        );
    }

    #[test]
    fn directory_errors() {
        assert_eq!(load(&[]).unwrap_err(), DirError::NoGoFiles);
        assert_eq!(load(&[("a.txt", "")]).unwrap_err(), DirError::NoGoFiles);
        assert_eq!(
            load(&[("a_test.go", "package p")]).unwrap_err(),
            DirError::NoNonTestGoFiles
        );
        assert_eq!(
            load(&[("a_linux.go", "package p")]).unwrap_err(),
            DirError::AllExcluded
        );
        assert_eq!(
            load(&[
                ("a.go", "package main\n"),
                ("c.go", "package main\n\nimport \"C\"\n")
            ])
            .unwrap_err(),
            DirError::Other(
                "p/c.go:3:8: import \"C\" requires cgo, which is not supported on wasip1/wasm"
                    .into()
            )
        );
        // In std, cgo files are alternatives: excluded without an error.
        let p = assemble(
            "os/user",
            "/r/src/os/user",
            raw(&[
                ("a.go", "package user\n"),
                ("c.go", "package user\nimport \"C\"\n"),
            ]),
            &Tags::default(),
            true,
            "1.27",
        )
        .unwrap();
        assert_eq!(p.files.len(), 1);
        assert_eq!(
            load(&[
                ("a.go", "package a\n"),
                ("b.go", "package b\n"),
                ("c.go", "package c\n")
            ])
            .unwrap_err(),
            DirError::Other("found packages a (a.go) and b (b.go) in /m/p".into())
        );
        assert_eq!(
            load(&[("a.go", "func main(){}")]).unwrap_err(),
            DirError::Other("p/a.go:1:1: expected 'package', found 'func'".into())
        );
        assert_eq!(
            load(&[("a.go", "//go:build foo &&\n\npackage p")]).unwrap_err(),
            DirError::Other("a.go: parsing //go:build line: unexpected end of expression".into())
        );
    }

    #[test]
    fn user_tags_select_files() {
        let files = [
            ("a.go", "package p\n"),
            ("b.go", "//go:build foo\n\npackage p\n"),
        ];
        let p = load(&files).unwrap();
        assert_eq!(p.files.len(), 1);
        let tags = Tags::new(["foo".to_string()]);
        let p = assemble("x", "/x", raw(&files), &tags, false, "1.27").unwrap();
        assert_eq!(p.files.len(), 2);
    }
}
