//! The main module (found by walking up to go.mod) and the sibling modules
//! reachable through `replace` directives to local directories.

use crate::error::{Error, Result};
use crate::modfile::{self, ModFile, ReplaceTarget};
use crate::paths;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug)]
pub struct Module {
    pub path: String,
    /// Absolute directory holding the module's go.mod.
    pub dir: PathBuf,
    /// Language version for its packages ("1.27").
    pub go_version: String,
}

/// Every module a build can draw packages from, besides the standard library.
#[derive(Clone, Debug, Default)]
pub struct Modules {
    pub main: Option<Module>,
    /// Absolute path of the main go.mod.
    pub gomod: Option<PathBuf>,
    /// Local replacements, each a module with its own go.mod.
    pub replaced: Vec<Module>,
    /// Requirements without a local replacement (cannot be downloaded).
    pub unavailable: Vec<(String, String)>,
    /// The main module was found from the command line's directory patterns
    /// rather than from the current directory (see `pattern::modules_for`):
    /// their `...` then also walks into the modules of the build.
    pub found_from_patterns: bool,
}

/// Walks up from `cwd` to the nearest go.mod.
pub fn find_gomod(cwd: &Path) -> Option<PathBuf> {
    let mut dir = Some(cwd);
    while let Some(d) = dir {
        let f = d.join("go.mod");
        if f.is_file() {
            return Some(f);
        }
        dir = d.parent();
    }
    None
}

/// Reads and parses one go.mod, with errors as the go command prints them.
pub fn read_modfile(gomod: &Path, cwd: &Path) -> Result<ModFile> {
    let shown = paths::short(cwd, gomod);
    let text = std::fs::read_to_string(gomod)
        .map_err(|e| Error::new(format!("go: error reading {shown}: {e}")))?;
    let dir = gomod.parent().unwrap_or(Path::new("/"));
    let mf = modfile::parse(&text, dir).map_err(|errs| {
        let mut lines = vec!["go: errors parsing ".to_string() + &shown + ":"];
        lines.extend(errs.iter().map(|e| e.render(&shown)));
        Error::many(lines)
    })?;
    if mf.module.is_empty() {
        return Err(Error::new(format!(
            "go: error reading {shown}: missing module declaration. To specify the module path:\n\tgo mod edit -module=example.com/mod"
        )));
    }
    if let Some(go) = &mf.go {
        if newer_than_supported(go) {
            return Err(Error::new(format!(
                "go: {shown} requires go >= {go} (running go 1.{}; GOTOOLCHAIN=local)",
                crate::load::constraint::GO_MINOR
            )));
        }
    }
    Ok(mf)
}

fn newer_than_supported(v: &str) -> bool {
    let minor = v.split('.').nth(1).unwrap_or("0");
    let digits: String = minor.chars().take_while(|c| c.is_ascii_digit()).collect();
    digits.parse::<u32>().unwrap_or(0) > crate::load::constraint::GO_MINOR
}

/// Loads the main module containing `cwd` (if any) and its local replacements.
pub fn load(cwd: &Path) -> Result<Modules> {
    let Some(gomod) = find_gomod(cwd) else {
        return Ok(Modules::default());
    };
    let mf = read_modfile(&gomod, cwd)?;
    let dir = gomod.parent().unwrap_or(Path::new("/")).to_path_buf();
    let mut mods = Modules {
        main: Some(Module {
            path: mf.module.clone(),
            dir: dir.clone(),
            go_version: mf.language_version(),
        }),
        gomod: Some(gomod.clone()),
        ..Modules::default()
    };
    for r in &mf.replace {
        let ReplaceTarget::Dir(target) = &r.new else {
            continue;
        };
        let target = paths::clean(target);
        let sub_gomod = target.join("go.mod");
        let shown_target = paths::short(cwd, &target);
        if !sub_gomod.is_file() {
            return Err(Error::new(
                format!(
                    "go: {}@{}: replacement directory {} does not exist or has no go.mod",
                    r.old_path,
                    r.old_version.as_deref().unwrap_or(""),
                    shown_target
                )
                .replace("@:", ":"),
            ));
        }
        let sub = read_modfile(&sub_gomod, cwd)?;
        if sub.module != r.old_path {
            return Err(Error::new(format!(
                "go: {}: parsing {}: module declares its path as: {}\n\tbut was required as: {}",
                r.old_path,
                paths::short(cwd, &sub_gomod),
                sub.module,
                r.old_path
            )));
        }
        mods.replaced.push(Module {
            path: sub.module.clone(),
            dir: target,
            go_version: sub.language_version(),
        });
    }
    for req in &mf.require {
        if !mods.replaced.iter().any(|m| m.path == req.path) {
            mods.unavailable
                .push((req.path.clone(), req.version.clone()));
        }
    }
    Ok(mods)
}

impl Modules {
    /// The module whose path is the longest prefix of `import_path`.
    pub fn owner(&self, import_path: &str) -> Option<&Module> {
        self.main
            .iter()
            .chain(self.replaced.iter())
            .filter(|m| paths::has_path_prefix(import_path, &m.path))
            .max_by_key(|m| m.path.len())
    }

    /// Whether `dir` is the root of a module of the build.
    pub fn is_module_root(&self, dir: &Path) -> bool {
        self.main
            .iter()
            .chain(self.replaced.iter())
            .any(|m| m.dir == dir)
    }

    /// The module whose directory contains `dir`, with the import path of `dir`.
    pub fn dir_owner(&self, dir: &Path) -> Option<(&Module, String)> {
        self.main
            .iter()
            .chain(self.replaced.iter())
            .filter_map(|m| {
                let rel = dir.strip_prefix(&m.dir).ok()?;
                let mut ip = m.path.clone();
                for c in rel.components() {
                    ip.push('/');
                    ip.push_str(&c.as_os_str().to_string_lossy());
                }
                Some((m, ip))
            })
            .max_by_key(|(m, _)| m.dir.as_os_str().len())
    }

    /// A required module that provides `import_path` but is not available locally.
    pub fn unavailable_owner(&self, import_path: &str) -> Option<&(String, String)> {
        self.unavailable
            .iter()
            .filter(|(p, _)| paths::has_path_prefix(import_path, p))
            .max_by_key(|(p, _)| p.len())
    }
}
