//! Command-line package patterns: `.`, `./dir`, `../dir`, `./...`,
//! import paths (`example.com/m/x`, `example.com/m/...`, `fmt`) and lists of
//! `.go` files, which form one ad-hoc package.

use super::filename;
use super::modules::{self, Modules};
use crate::error::{Error, Result, NO_GOMOD};
use crate::modload::ModConfig;
use crate::paths;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Root {
    /// A package by import path; `wildcard` when it came from a `...`
    /// pattern (then a directory without buildable files is skipped).
    Path { import_path: String, wildcard: bool },
    /// `.go` files named on the command line.
    Files(Vec<PathBuf>),
}

/// The roots plus warnings to print (`matched no packages`).
#[derive(Debug, Default)]
pub struct Expanded {
    pub roots: Vec<Root>,
    pub warnings: Vec<String>,
}

fn is_dir_pattern(p: &str) -> bool {
    p == "."
        || p == ".."
        || p.starts_with("./")
        || p.starts_with("../")
        || Path::new(p).is_absolute()
}

/// The modules a build of `args` draws from. As the go command: the module
/// containing the current directory. Beyond it: outside any module,
/// directory patterns find their module from their own directory (walking
/// up, or, for `dir/...`, down to the go.mod files below), so
/// `gobuild run ./testdata/mod/...` works from a checkout's root. When the
/// patterns reach several modules, the one whose local `replace`s cover
/// all of them is used; otherwise the go command's error stands.
pub fn modules_for(args: &[String], cwd: &Path, cfg: &ModConfig) -> Result<Modules> {
    let mods = modules::load(cwd, cfg)?;
    if mods.main.is_some() || args.is_empty() || !args.iter().all(|a| is_dir_pattern(a)) {
        return Ok(mods);
    }
    let mut roots = BTreeSet::new();
    for a in args {
        let (base, wildcard) = split_wildcard(a);
        let dir = paths::clean(&cwd.join(if base.is_empty() { "." } else { base }));
        if let Some(gomod) = modules::find_gomod(&dir) {
            roots.insert(gomod.parent().unwrap_or(Path::new("/")).to_path_buf());
        } else if wildcard {
            roots.extend(module_roots_below(&dir));
        }
    }
    let mut best: Option<(usize, Modules)> = None;
    for root in &roots {
        let m = modules::load(root, cfg)?;
        let covered = roots.iter().filter(|d| m.dir_owner(d).is_some()).count();
        if best.as_ref().is_none_or(|(n, _)| covered > *n) {
            best = Some((covered, m));
        }
    }
    match best {
        Some((covered, mut m)) if covered == roots.len() => {
            m.found_from_patterns = true;
            Ok(m)
        }
        _ => Ok(mods),
    }
}

/// The directories below `dir` that hold a go.mod, skipping the names the
/// go command skips in patterns.
fn module_roots_below(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !skipped_dir(&e.file_name().to_string_lossy()))
        .flatten()
        .filter(|e| e.file_type().is_dir() && e.path().join("go.mod").is_file())
        .map(|e| e.path().to_path_buf())
        .collect()
}

/// Directory names that `...` never enters.
fn skipped_dir(name: &str) -> bool {
    name.starts_with('.') || name.starts_with('_') || name == "testdata" || name == "vendor"
}

/// Expands command-line arguments (no arguments means `.`).
pub fn expand(args: &[String], cwd: &Path, mods: &Modules) -> Result<Expanded> {
    let default = [".".to_string()];
    let args = if args.is_empty() { &default[..] } else { args };
    if args.iter().any(|a| a.ends_with(".go")) {
        return files(args).map(|r| Expanded {
            roots: vec![r],
            warnings: Vec::new(),
        });
    }
    let mut out = Expanded::default();
    for a in args {
        if matches!(a.as_str(), "std" | "all" | "cmd" | "tool" | "work") {
            return Err(Error::new(format!(
                "gobuild: pattern {a:?} is not supported"
            )));
        }
        if is_dir_pattern(a) {
            if mods.main.is_none() {
                return Err(Error::new(format!("go: {NO_GOMOD}")));
            }
            let (base, wildcard) = split_wildcard(a);
            let dir = paths::clean(&cwd.join(if base.is_empty() { "." } else { base }));
            if !dir.is_dir() {
                return Err(Error::new(format!(
                    "stat {}: directory not found",
                    dir.display()
                )));
            }
            let shown = if base.is_empty() { "." } else { base };
            if wildcard {
                let before = out.roots.len();
                for d in walk(&dir, mods) {
                    if let Some((_, ip)) = mods.dir_owner(&d) {
                        out.roots.push(Root::Path {
                            import_path: ip,
                            wildcard: true,
                        });
                    }
                }
                if out.roots.len() == before {
                    out.warnings
                        .push(format!("go: warning: {a:?} matched no packages"));
                }
            } else {
                match mods.dir_owner(&dir) {
                    Some((_, ip)) => out.roots.push(Root::Path {
                        import_path: ip,
                        wildcard: false,
                    }),
                    None => {
                        return Err(Error::new(format!(
                            "directory {shown} outside main module or its selected dependencies"
                        )))
                    }
                }
            }
            continue;
        }
        let (base, wildcard) = split_wildcard(a);
        if !wildcard {
            out.roots.push(Root::Path {
                import_path: a.clone(),
                wildcard: false,
            });
            continue;
        }
        let Some(m) = mods.owner(base) else {
            return Err(Error::new(format!(
                "gobuild: pattern {a:?}: only patterns inside the main module or a replaced module are supported"
            )));
        };
        let dir = m.dir.join(base[m.path.len()..].trim_start_matches('/'));
        let before = out.roots.len();
        for d in walk(&dir, mods) {
            if let Some((_, ip)) = mods.dir_owner(&d) {
                out.roots.push(Root::Path {
                    import_path: ip,
                    wildcard: true,
                });
            }
        }
        if out.roots.len() == before {
            out.warnings
                .push(format!("go: warning: {a:?} matched no packages"));
        }
    }
    Ok(out)
}

/// `x/...` → (`x`, true); `./...` → (`.`, true); `...` → (``, true).
fn split_wildcard(p: &str) -> (&str, bool) {
    if p == "..." {
        return ("", true);
    }
    match p.strip_suffix("/...") {
        Some(base) => (base, true),
        None => (p, false),
    }
}

fn files(args: &[String]) -> Result<Root> {
    let mut dir: Option<PathBuf> = None;
    let mut out = Vec::new();
    for a in args {
        if !a.ends_with(".go") {
            return Err(Error::new(format!("named files must be .go files: {a}")));
        }
        let p = PathBuf::from(a);
        let d = p.parent().map(Path::to_path_buf).unwrap_or_default();
        let d = if d.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            d
        };
        match &dir {
            Some(first) if paths::clean(first) != paths::clean(&d) => {
                return Err(Error::new(format!(
                    "named files must all be in one directory; have {} and {}",
                    first.display(),
                    d.display()
                )))
            }
            None => dir = Some(d),
            _ => {}
        }
        out.push(p);
    }
    Ok(Root::Files(out))
}

/// Directories at or below `root` that may hold a package: skips hidden,
/// `_`-prefixed, `testdata` and `vendor` directories and nested modules.
/// Sorted, so expansion order is stable.
fn walk(root: &Path, mods: &Modules) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let it = walkdir::WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            if !e.file_type().is_dir() {
                return true;
            }
            if e.depth() == 0 {
                return true;
            }
            // A nested module is not part of the pattern, unless it is a
            // module of the build found from the patterns themselves.
            !(skipped_dir(&e.file_name().to_string_lossy())
                || (e.path().join("go.mod").is_file()
                    && !(mods.found_from_patterns && mods.is_module_root(e.path()))))
        });
    for e in it.flatten() {
        if e.file_type().is_dir() && has_go_file(e.path()) {
            out.push(e.path().to_path_buf());
        }
    }
    out
}

fn has_go_file(dir: &Path) -> bool {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten().any(|e| {
                let n = e.file_name().to_string_lossy().into_owned();
                filename::check(&n).is_ok()
            })
        })
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_lists() {
        let a = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            files(&a(&["a.go", "./b.go"])).unwrap(),
            Root::Files(vec!["a.go".into(), "./b.go".into()])
        );
        assert_eq!(
            files(&a(&["a.go", "sub/b.go"])).unwrap_err().message,
            "named files must all be in one directory; have . and sub"
        );
        assert_eq!(
            files(&a(&["a.go", "foo"])).unwrap_err().message,
            "named files must be .go files: foo"
        );
    }

    #[test]
    fn wildcards() {
        assert_eq!(split_wildcard("./..."), (".", true));
        assert_eq!(split_wildcard("example.com/m/..."), ("example.com/m", true));
        assert_eq!(split_wildcard("./x"), ("./x", false));
    }
}
