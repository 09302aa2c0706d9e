//! The main module (found by walking up to go.mod) and the sibling modules
//! reachable through `replace` directives to local directories.

use crate::error::{Error, Result};
use crate::modfile::{self, ModFile, ReplaceTarget};
use crate::modload::gosum::{self, GoSum};
use crate::modload::graph::{self, Replacements, Target};
use crate::modload::{dirhash, modcache, vendor, ModConfig, ModMode};
use crate::paths;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

#[derive(Clone, Debug)]
pub struct Module {
    pub path: String,
    /// Absolute directory holding the module's go.mod.
    pub dir: PathBuf,
    /// Language version for its packages ("1.27").
    pub go_version: String,
    /// The selected version (None for main, workspace and directory modules).
    pub version: Option<String>,
    /// For a module in the module cache: the module and version whose go.sum
    /// `h1:` line its directory must match before any package is used.
    pub verify: Option<(String, String)>,
}

impl Module {
    pub fn local(path: String, dir: PathBuf, go_version: String) -> Module {
        Module {
            path,
            dir,
            go_version,
            version: None,
            verify: None,
        }
    }
}

/// Every module a build can draw packages from, besides the standard library.
#[derive(Clone, Debug, Default)]
pub struct Modules {
    pub main: Option<Module>,
    /// Absolute path of the main go.mod.
    pub gomod: Option<PathBuf>,
    /// Every other module of the build: workspace modules, local
    /// replacements, module cache versions selected by MVS, or vendor/ copies.
    pub replaced: Vec<Module>,
    /// go.sum lines (of every workspace module and go.work.sum).
    pub sums: GoSum,
    /// Paths of the go.work `use` modules, in go.work order (empty outside a workspace).
    pub workspace_members: Vec<String>,
    /// Packages come from vendor/ (`-mod=vendor`).
    pub vendor: bool,
    /// Results of directory verification, by module path (checked once).
    pub verified: Arc<Mutex<BTreeMap<String, std::result::Result<(), String>>>>,
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
    if !mf.uses.is_empty() {
        return Err(Error::new(format!(
            "go: errors parsing {shown}:\n{shown}: unknown directive: use"
        )));
    }
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

/// Loads the main module containing `cwd` (if any) — or the workspace of the
/// go.work above it — and every module of the build: local replacements,
/// the versions MVS selects from the module cache, or vendor/.
pub fn load(cwd: &Path, cfg: &ModConfig) -> Result<Modules> {
    if let Some(work) = gowork_file(cwd, cfg) {
        return super::workspace::load(cwd, cfg, &work);
    }
    let Some(gomod) = find_gomod(cwd) else {
        return Ok(Modules::default());
    };
    let mf = read_modfile(&gomod, cwd)?;
    let dir = gomod.parent().unwrap_or(Path::new("/")).to_path_buf();
    let main = Module::local(mf.module.clone(), dir.clone(), mf.language_version());
    let mut mods = Modules {
        main: Some(main),
        gomod: Some(gomod.clone()),
        ..Modules::default()
    };
    let mut replace = Replacements::default();
    for r in &mf.replace {
        replace.add(r);
    }
    check_replacement_dirs(cwd, &mf.replace)?;
    let requires: Vec<(String, String)> = mf
        .require
        .iter()
        .map(|r| (r.path.clone(), r.version.clone()))
        .collect();
    let vendor_dir = dir.join("vendor");
    let mode = cfg.mode.unwrap_or(
        if vendor_dir.is_dir() && !older_than(&mf.language_version(), 14) {
            ModMode::Vendor
        } else {
            ModMode::Readonly
        },
    );
    if mode == ModMode::Vendor {
        let text = std::fs::read_to_string(vendor_dir.join("modules.txt")).unwrap_or_default();
        let vendored = vendor::parse(&text);
        let problems = vendor::inconsistencies(&requires, &vendored);
        if !problems.is_empty() {
            let mut msg = format!("go: inconsistent vendoring in {}:", dir.display());
            for p in problems {
                msg.push_str("\n\t");
                msg.push_str(&p);
            }
            msg.push_str("\n\n\tTo ignore the vendor directory, use -mod=readonly or -mod=mod.\n\tTo sync the vendor directory, run:\n\t\tgo mod vendor");
            return Err(Error::new(msg));
        }
        for (path, vm) in vendored {
            let go = if vm.go.is_empty() {
                "1.16".into()
            } else {
                vm.go
            };
            let mut m = Module::local(path.clone(), vendor_dir.join(&path), go);
            m.version = Some(vm.version);
            mods.replaced.push(m);
        }
        mods.vendor = true;
        return Ok(mods);
    }
    mods.sums.read(&dir.join("go.sum"));
    let exclude = mf.exclude.iter().cloned().collect();
    let main_paths = [mf.module.clone()].into_iter().collect();
    select(
        cwd,
        cfg,
        &mut mods,
        requires,
        graph::pruned_version(&mf.language_version()),
        &replace,
        exclude,
        main_paths,
    )?;
    Ok(mods)
}

/// The go.work in force: `$GOWORK` (unless `off`), else the nearest one above `cwd`.
fn gowork_file(cwd: &Path, cfg: &ModConfig) -> Option<PathBuf> {
    match cfg.gowork.as_deref() {
        Some("off") => None,
        Some(f) => Some(paths::clean(&cwd.join(f))),
        None => {
            let mut dir = Some(cwd);
            while let Some(d) = dir {
                let f = d.join("go.work");
                if f.is_file() {
                    return Some(f);
                }
                dir = d.parent();
            }
            None
        }
    }
}

/// Whether language version `v` ("1.N") is older than 1.`minor`.
fn older_than(v: &str, minor: u32) -> bool {
    let n: u32 = v
        .split('.')
        .nth(1)
        .and_then(|m| m.parse().ok())
        .unwrap_or(0);
    n < minor
}

/// Every local replacement directory must hold a go.mod declaring the replaced path.
pub fn check_replacement_dirs(cwd: &Path, replace: &[modfile::Replace]) -> Result<()> {
    for r in replace {
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
    }
    Ok(())
}

/// Runs MVS over the requirements and adds each selected module (from a
/// replacement directory or the module cache) to `mods`.
#[allow(clippy::too_many_arguments)]
pub fn select(
    cwd: &Path,
    cfg: &ModConfig,
    mods: &mut Modules,
    roots: Vec<(String, String)>,
    pruned: bool,
    replace: &Replacements,
    exclude: std::collections::BTreeSet<(String, String)>,
    main_paths: std::collections::BTreeSet<String>,
) -> Result<()> {
    let input = graph::Input {
        roots,
        pruned,
        replace,
        exclude,
        main_paths: main_paths.clone(),
        cache: cfg.cache.as_deref(),
        sums: &mods.sums,
    };
    let selected = graph::build_list(&input)
        .map_err(|e| Error::new(crate::modload::strip_prefix_marker(&e)))?;
    let mut added = std::collections::BTreeSet::new();
    for (path, version) in &selected {
        let m = match replace.target(path, version) {
            Target::Dir(d) => {
                let d = paths::clean(&d);
                let sub = read_modfile(&d.join("go.mod"), cwd)?;
                let mut m = Module::local(path.clone(), d, sub.language_version());
                m.version = Some(version.clone());
                m
            }
            Target::Cache {
                path: real,
                version: v,
            } => {
                let dir = match &cfg.cache {
                    Some(c) => modcache::source_dir(c, &real, &v),
                    None => PathBuf::new(),
                };
                let go = std::fs::read_to_string(dir.join("go.mod"))
                    .ok()
                    .and_then(|t| modfile::parse(&t, &dir).ok())
                    .map(|mf| mf.language_version())
                    .unwrap_or_else(|| "1.16".into());
                Module {
                    path: path.clone(),
                    dir,
                    go_version: go,
                    version: Some(version.clone()),
                    verify: Some((real, v)),
                }
            }
        };
        added.insert(path.clone());
        mods.replaced.push(m);
    }
    // Directory replacements of modules outside the graph still provide
    // packages (gobuild's behaviour before module graphs; go would ask for
    // a requirement).
    for ((path, _), t) in replace.iter() {
        if let ReplaceTarget::Dir(d) = t {
            if added.insert(path.clone()) && !main_paths.contains(path) {
                let d = paths::clean(d);
                let sub = read_modfile(&d.join("go.mod"), cwd)?;
                mods.replaced
                    .push(Module::local(path.clone(), d, sub.language_version()));
            }
        }
    }
    Ok(())
}

impl Modules {
    /// The build list in `go list -m all`'s form: the main (or every
    /// workspace) module, then the other modules by path, with replacements.
    pub fn describe(&self) -> Vec<String> {
        let Some(main) = &self.main else {
            return Vec::new();
        };
        let mut out = if self.workspace_members.is_empty() {
            vec![main.path.clone()]
        } else {
            self.workspace_members.clone()
        };
        let mut deps = Vec::new();
        for m in &self.replaced {
            if self.workspace_members.contains(&m.path) {
                continue;
            }
            let shown_dir = || paths::short(&main.dir, &m.dir);
            deps.push(match (&m.version, &m.verify) {
                (Some(v), _) if self.vendor => format!("{} {v}", m.path),
                (Some(v), Some((rp, rv))) if rp != &m.path || rv != v => {
                    format!("{} {v} => {rp} {rv}", m.path)
                }
                (Some(v), Some(_)) => format!("{} {v}", m.path),
                (Some(v), None) => format!("{} {v} => {}", m.path, shown_dir()),
                // A directory replacement outside the module graph.
                (None, _) => format!("{} => {}", m.path, shown_dir()),
            });
        }
        deps.sort();
        out.extend(deps);
        out
    }

    /// Checks a module cache directory against go.sum before its first use.
    /// `Err(None)`: no go.sum line; `Err(Some(msg))`: missing or mismatching.
    pub fn verify(&self, m: &Module) -> std::result::Result<(), Option<String>> {
        let Some((path, version)) = &m.verify else {
            return Ok(());
        };
        let Some(want) = self.sums.h1(path, version) else {
            return Err(None);
        };
        let mut done = self.verified.lock().unwrap_or_else(|e| e.into_inner());
        let r = done.entry(m.path.clone()).or_insert_with(|| {
            if !m.dir.is_dir() {
                return Err(format!(
                    "{path}@{version}: {}",
                    graph::missing_from_cache(path, version)
                ));
            }
            let got = dirhash::hash_dir(&m.dir, &format!("{path}@{version}"))
                .map_err(|e| format!("verifying {path}@{version}: {e}"))?;
            if got != want {
                return Err(format!(
                    "\u{0}{}",
                    gosum::mismatch(&format!("{path}@{version}"), &got, want)
                ));
            }
            Ok(())
        });
        r.clone().map_err(Some)
    }

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
}
