//! Package loading: from command-line patterns to the import graph.
//!
//! [`pattern`] turns arguments into roots, [`Loader`] resolves import paths
//! (main module, local replacements, the stdlib overlay, GOROOT), reads each
//! package's files through [`package::assemble`] and reports every error in
//! the go command's wording.

pub mod constraint;
pub mod fileinfo;
pub mod filename;
pub mod header;
pub mod modules;
pub mod package;
pub mod pattern;
pub mod workspace;

use crate::env::Env;
use crate::error::{Error, Result, NO_GOMOD};
use crate::paths;
use constraint::Tags;
use fileinfo::FileInfo;
use modules::Modules;
use package::{Content, DirError, Import, Package, RawFile};
use pattern::Root;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The import path of packages built from files named on the command line.
pub const COMMAND_LINE: &str = "command-line-arguments";

/// The loaded import graph.
#[derive(Debug)]
pub struct Graph {
    pub pkgs: Vec<Package>,
    /// Direct dependencies of each package (the implicit `runtime` included),
    /// sorted by import path.
    pub deps: Vec<Vec<usize>>,
    /// The packages named on the command line, in command-line order.
    pub roots: Vec<usize>,
}

impl Graph {
    /// The transitive dependencies of `p` (not `p` itself), sorted by import path.
    pub fn closure(&self, p: usize) -> Vec<usize> {
        let mut seen = vec![false; self.pkgs.len()];
        let mut stack: Vec<usize> = self.deps[p].clone();
        let mut out = Vec::new();
        while let Some(d) = stack.pop() {
            if !std::mem::replace(&mut seen[d], true) {
                out.push(d);
                stack.extend(&self.deps[d]);
            }
        }
        out.sort_by(|&a, &b| self.pkgs[a].import_path.cmp(&self.pkgs[b].import_path));
        out
    }

    pub fn find(&self, import_path: &str) -> Option<usize> {
        self.pkgs.iter().position(|p| p.import_path == import_path)
    }
}

enum Slot {
    Loading,
    Done(Option<usize>),
}

enum Source {
    Dir {
        dir: PathBuf,
        std: bool,
        go_version: String,
    },
    Overlay(Vec<crate::stdlib::OverlayFile>),
}

pub struct Loader<'a> {
    env: &'a Env,
    mods: &'a Modules,
    tags: &'a Tags,
    pkgs: Vec<Package>,
    deps: Vec<Vec<usize>>,
    slots: HashMap<String, Slot>,
    errors: Vec<String>,
    /// Import stack: (package, base name of the file importing the next
    /// one, whether the package is in std).
    stack: Vec<(String, String, bool)>,
    runtime: Option<usize>,
    files: FileInfo,
}

/// Loads the packages named by `roots` and all their dependencies.
/// `fileinfo` is the file-identity store (see [`fileinfo`]), if any.
pub fn load(
    env: &Env,
    mods: &Modules,
    tags: &Tags,
    roots: &[Root],
    fileinfo: Option<PathBuf>,
) -> Result<Graph> {
    let mut l = Loader {
        files: FileInfo::open(fileinfo),
        env,
        mods,
        tags,
        pkgs: Vec::new(),
        deps: Vec::new(),
        slots: HashMap::new(),
        errors: Vec::new(),
        stack: Vec::new(),
        runtime: None,
    };
    // The runtime comes first: every package outside its own closure
    // depends on it implicitly.
    l.runtime = l.load_path("runtime", None, true);
    let mut root_ids = Vec::new();
    let result = load_roots(&mut l, roots, &mut root_ids);
    std::mem::take(&mut l.files).save();
    result?;
    Ok(Graph {
        pkgs: l.pkgs,
        deps: l.deps,
        roots: root_ids,
    })
}

fn load_roots(l: &mut Loader, roots: &[Root], root_ids: &mut Vec<usize>) -> Result<()> {
    if l.runtime.is_none() {
        return Err(Error::many(std::mem::take(&mut l.errors)));
    }
    for r in roots {
        let id = match r {
            Root::Path {
                import_path,
                wildcard,
            } => l.load_path(import_path, None, !wildcard),
            Root::Files(files) => l.load_files(files),
        };
        if let Some(id) = id {
            if !root_ids.contains(&id) {
                root_ids.push(id);
            }
        }
    }
    if !l.errors.is_empty() {
        let mut errs = std::mem::take(&mut l.errors);
        errs.dedup();
        return Err(Error::many(errs));
    }
    Ok(())
}

impl Loader<'_> {
    fn in_runtime_closure(&self, id: usize) -> bool {
        let Some(rt) = self.runtime else {
            return true; // still loading the runtime itself
        };
        if id == rt {
            return true;
        }
        let mut stack = self.deps[rt].clone();
        let mut seen = vec![false; self.pkgs.len()];
        while let Some(d) = stack.pop() {
            if d == id {
                return true;
            }
            if !std::mem::replace(&mut seen[d], true) {
                stack.extend(&self.deps[d]);
            }
        }
        false
    }

    /// Loads one package by import path. `site` is the import declaration
    /// that reached it (None for command-line packages). With `strict`
    /// false (a `...` match) a directory without buildable files is skipped.
    fn load_path(&mut self, path: &str, site: Option<&Import>, strict: bool) -> Option<usize> {
        let importer_std = site.is_some() && self.stack.last().is_some_and(|(_, _, std)| *std);
        // A non-std path imported by std may be std's vendored copy: keep it
        // apart from the same path imported by user code.
        let key = if importer_std && !is_std_path(path) {
            format!("vendor/{path}")
        } else {
            path.to_string()
        };
        match self.slots.get(&key) {
            Some(Slot::Done(id)) => return *id,
            Some(Slot::Loading) => {
                self.cycle_error(path);
                return None;
            }
            None => {}
        }
        let (import_path, source) = match self.resolve(path, site.is_none(), importer_std) {
            Ok(x) => x,
            Err(msg) => {
                self.errors.push(match site {
                    // The checksum report stands alone, as go prints it.
                    _ if msg.starts_with('\u{0}') => msg[1..].to_string(),
                    Some(imp) => format!("{}: {msg}", imp.pos),
                    None => msg,
                });
                self.slots.insert(key.clone(), Slot::Done(None));
                return None;
            }
        };
        let (dir_shown, raw, std, go_version) = self.read_source(&import_path, source);
        let pkg =
            match package::assemble(&import_path, &dir_shown, raw, self.tags, std, &go_version) {
                Ok(p) => p,
                Err(DirError::AllExcluded) if !strict => {
                    self.slots.insert(key.clone(), Slot::Done(None));
                    return None;
                }
                Err(DirError::NoGoFiles) if site.is_some() => {
                    // In module mode a directory without Go files does not
                    // provide the package at all.
                    let msg = if std {
                        format!("package {path} is not in std ({dir_shown})")
                    } else {
                        no_required_module(path)
                    };
                    let pos = site.map(|s| s.pos.as_str()).unwrap_or("");
                    self.errors.push(format!("{pos}: {msg}"));
                    self.slots.insert(key.clone(), Slot::Done(None));
                    return None;
                }
                Err(e) => {
                    let msg = self.dir_error(&import_path, &dir_shown, e, site.is_some());
                    self.errors.push(msg);
                    self.slots.insert(key.clone(), Slot::Done(None));
                    return None;
                }
            };
        if let Some(imp) = site {
            if pkg.is_main() {
                self.errors.push(format!(
                    "{}: import \"{path}\" is a program, not an importable package",
                    imp.pos
                ));
                self.slots.insert(key.clone(), Slot::Done(None));
                return None;
            }
        }
        self.slots.insert(key.clone(), Slot::Loading);
        Some(self.add_package(&key, pkg))
    }

    /// Registers a read package and loads its imports.
    fn add_package(&mut self, key: &str, pkg: Package) -> usize {
        let imports = pkg.imports.clone();
        let import_path = pkg.import_path.clone();
        let std = pkg.std;
        let mut deps = Vec::new();
        for imp in &imports {
            if imp.path == "unsafe" {
                continue; // built into the compiler
            }
            self.stack
                .push((import_path.clone(), imp.file_base.clone(), std));
            let dep = self.load_path(&imp.path, Some(imp), true);
            self.stack.pop();
            if let Some(d) = dep {
                deps.push(d);
            }
        }
        let id = self.pkgs.len();
        self.pkgs.push(pkg);
        self.deps.push(deps);
        if let Some(rt) = self.runtime {
            if !self.in_runtime_closure(id) && !self.deps[id].contains(&rt) {
                self.deps[id].push(rt);
            }
        }
        let pkgs = &self.pkgs;
        self.deps[id].sort_by(|&a, &b| pkgs[a].import_path.cmp(&pkgs[b].import_path));
        self.slots.insert(key.to_string(), Slot::Done(Some(id)));
        id
    }

    /// `import cycle not allowed`, with the chain from the command-line package.
    fn cycle_error(&mut self, path: &str) {
        let Some(first) = self.stack.first() else {
            return;
        };
        let mut msg = format!("package {}", first.0);
        for (i, (_, file, _)) in self.stack.iter().enumerate() {
            let next = self
                .stack
                .get(i + 1)
                .map(|(p, _, _)| p.as_str())
                .unwrap_or(path);
            msg.push_str(&format!("\n\timports {next} from {file}"));
        }
        msg.push_str(": import cycle not allowed");
        self.errors.push(msg);
    }

    fn dir_error(&self, import_path: &str, dir: &str, e: DirError, imported: bool) -> String {
        let msg = match e {
            DirError::NoGoFiles => format!("no Go files in {dir}"),
            DirError::NoNonTestGoFiles => format!("{import_path}: no non-test Go files in {dir}"),
            DirError::AllExcluded => {
                let m = format!("build constraints exclude all Go files in {dir}");
                if imported {
                    m
                } else {
                    format!("package {import_path}: {m}")
                }
            }
            DirError::Other(m) => return m,
        };
        if !imported || msg.starts_with(import_path) {
            return msg;
        }
        // Reached through imports: show the import stack, as go does.
        let mut out = format!("package {}", self.stack[0].0);
        for (p, _, _) in &self.stack[1..] {
            out.push_str(&format!("\n\timports {p}"));
        }
        out.push_str(&format!("\n\timports {import_path}: {msg}"));
        out
    }

    /// Finds where an import path's sources live.
    fn resolve(
        &self,
        path: &str,
        command_line: bool,
        importer_std: bool,
    ) -> std::result::Result<(String, Source), String> {
        if path == "runtime" {
            return match self.env.overlay.package("runtime") {
                Some(files) => Ok((path.into(), Source::Overlay(files))),
                None => Err("package runtime is not in gobuild's stdlib overlay: gobuild was built without stdlib/ (set GOBUILD_STDLIB to a stdlib directory)".into()),
            };
        }
        if importer_std && !is_std_path(path) {
            // std's vendored dependencies (golang.org/x/...).
            let vendored = format!("vendor/{path}");
            let root = self.env.goroot().map_err(|e| e.message)?;
            let dir = root.join("src").join(&vendored);
            if dir.is_dir() {
                return Ok((vendored, std_dir(dir)));
            }
        }
        if let Some(m) = self.mods.owner(path) {
            let rest = &path[m.path.len()..];
            let rest = rest.trim_start_matches('/');
            let dir = if rest.is_empty() {
                m.dir.clone()
            } else {
                m.dir.join(rest)
            };
            if let Err(e) = self.mods.verify(m) {
                return Err(match e {
                    Some(msg) => msg,
                    None => self.missing_sum(path, &m.path),
                });
            }
            let nested = paths_between_have_gomod(&m.dir, &dir);
            if dir.is_dir() && !nested {
                return Ok((
                    path.into(),
                    Source::Dir {
                        dir,
                        std: false,
                        go_version: m.go_version.clone(),
                    },
                ));
            }
            if command_line && nested {
                return Err(format!(
                    "main module ({}) does not contain package {path}",
                    m.path
                ));
            }
            return Err(no_required_module(path));
        }
        if is_std_path(path) {
            if let Some(files) = self.env.overlay.package(path) {
                return Ok((path.into(), Source::Overlay(files)));
            }
            let root = self.env.goroot().map_err(|e| e.message)?;
            let dir = root.join("src").join(path);
            if dir.is_dir() {
                return Ok((path.into(), std_dir(dir)));
            }
            return Err(format!("package {path} is not in std ({})", dir.display()));
        }
        if self.mods.main.is_none() {
            return Err(format!(
                "no required module provides package {path}: {NO_GOMOD}"
            ));
        }
        Err(no_required_module(path))
    }

    /// gc's error for a module cache package without a go.sum line.
    fn missing_sum(&self, path: &str, module: &str) -> String {
        match self.stack.last() {
            Some((importer, _, _)) => format!(
                "missing go.sum entry for module providing package {path} (imported by {importer}); to add:\n\tgo get {importer}"
            ),
            None => format!(
                "missing go.sum entry for module providing package {path}; to add:\n\tgo mod download {module}"
            ),
        }
    }

    fn read_source(
        &mut self,
        import_path: &str,
        source: Source,
    ) -> (String, Vec<RawFile>, bool, String) {
        let cwd = &self.env.cwd;
        match source {
            Source::Overlay(files) => {
                let dir = format!("$GOBUILD/stdlib/{import_path}");
                let raw = files
                    .into_iter()
                    .map(|f| {
                        let (short, display) = match &f.path {
                            Some(p) => (paths::short(cwd, p), paths::compile_display(cwd, p)),
                            None => (f.shown.clone(), f.shown.clone()),
                        };
                        RawFile::with_bytes(f.base, short, display, f.text)
                    })
                    .collect();
                (dir, raw, true, lang_version_std())
            }
            Source::Dir {
                dir,
                std,
                go_version,
            } => {
                let raw = read_dir_files(cwd, &dir, &mut self.files);
                (dir.to_string_lossy().into_owned(), raw, std, go_version)
            }
        }
    }

    /// The ad-hoc package of `.go` files named on the command line.
    fn load_files(&mut self, files: &[PathBuf]) -> Option<usize> {
        let cwd = self.env.cwd.clone();
        let mut raw = Vec::new();
        for f in files {
            let abs = paths::clean(&cwd.join(f));
            match std::fs::read(&abs) {
                Ok(text) => raw.push(RawFile::with_bytes(
                    abs.file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    paths::short(&cwd, &abs),
                    paths::compile_display(&cwd, &abs),
                    text,
                )),
                Err(_) => {
                    self.errors
                        .push(format!("stat {}: no such file or directory", f.display()));
                    return None;
                }
            }
        }
        let dir = files
            .first()
            .map(|f| paths::clean(&cwd.join(f)))
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .unwrap_or(cwd.clone());
        let go_version = match &self.mods.main {
            Some(m) => m.go_version.clone(),
            None => lang_version_std(),
        };
        let shown = dir.to_string_lossy().into_owned();
        match package::assemble(COMMAND_LINE, &shown, raw, self.tags, false, &go_version) {
            Ok(pkg) => Some(self.add_package(COMMAND_LINE, pkg)),
            Err(DirError::Other(m)) => {
                self.errors.push(m);
                None
            }
            Err(_) => {
                self.errors.push("go: no Go source files".into());
                None
            }
        }
    }
}

fn std_dir(dir: PathBuf) -> Source {
    Source::Dir {
        dir,
        std: true,
        go_version: lang_version_std(),
    }
}

fn lang_version_std() -> String {
    format!("1.{}", constraint::GO_MINOR)
}

fn no_required_module(path: &str) -> String {
    format!("no required module provides package {path}; to add it:\n\tgo get {path}")
}

/// Whether an import path belongs to the standard library: its first
/// element has no dot.
pub fn is_std_path(path: &str) -> bool {
    !path.split('/').next().unwrap_or("").contains('.')
}

/// Whether some directory strictly below `root`, down to and including
/// `dir`, has its own go.mod (a nested module, not part of `root`'s module).
fn paths_between_have_gomod(root: &Path, dir: &Path) -> bool {
    let mut d = dir;
    while d != root && d.starts_with(root) {
        if d.join("go.mod").is_file() {
            return true;
        }
        match d.parent() {
            Some(p) => d = p,
            None => break,
        }
    }
    false
}

/// The files of a directory, sorted; only candidate Go files are read (or
/// recognised as unchanged through `files`).
pub fn read_dir_files(cwd: &Path, dir: &Path, files: &mut FileInfo) -> Vec<RawFile> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .flatten()
        .filter(|e| e.file_type().map(|t| !t.is_dir()).unwrap_or(false))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|base| {
            let path = dir.join(&base);
            let content = if filename::check(&base).is_ok() {
                files.content(&path)
            } else {
                Content::Bytes(Vec::new())
            };
            RawFile {
                short: paths::short(cwd, &path),
                display: paths::compile_display(cwd, &path),
                base,
                content,
            }
        })
        .collect()
}
