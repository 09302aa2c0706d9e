//! `gobuild build` and the build half of `gobuild run`, as a library:
//! modules → patterns → package graph → plan → execution → outputs.

use crate::cache::Cache;
use crate::env::Env;
use crate::error::{Error, Result};
use crate::exec::{self, Event};
use crate::load::{self, constraint::Tags, pattern, Graph, COMMAND_LINE};
use crate::plan;
use crate::toolchain::{BuildMode, Toolchain};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Options shared by `build` and `run`.
#[derive(Clone, Debug)]
pub struct BuildOptions {
    pub output: Option<PathBuf>,
    pub mode: BuildMode,
    pub jobs: usize,
    pub verbose: bool,
    pub trace: bool,
    /// Print each finished action as a JSON line on standard output.
    pub json: bool,
    /// Re-run cache hits and compare (`GOBUILD_DEBUG=cacheverify`).
    pub verify: bool,
    pub tags: Vec<String>,
    pub force: bool,
    /// The `-mod` flag: "", "mod", "readonly" or "vendor".
    pub mod_mode: String,
    /// Cache directory; None disables the cache.
    pub cache_dir: Option<PathBuf>,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            output: None,
            mode: BuildMode::Command,
            jobs: default_jobs(),
            verbose: false,
            trace: false,
            json: false,
            verify: crate::action_id::debug_enabled("cacheverify"),
            tags: Vec::new(),
            force: false,
            mod_mode: String::new(),
            cache_dir: crate::env::cache_dir(),
        }
    }
}

pub fn default_jobs() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
}

/// A finished build.
#[derive(Debug)]
pub struct Built {
    pub graph: Graph,
    /// Linked module of each main root package.
    pub modules: BTreeMap<usize, Vec<u8>>,
    pub events: Vec<Event>,
}

impl Built {
    /// Actions that ran (not from the cache), as `compile PATH` / `link PATH`.
    pub fn ran(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .events
            .iter()
            .filter(|e| !e.cached)
            .map(|e| format!("{} {}", e.action, e.package))
            .collect();
        v.sort();
        v
    }
}

/// Loads, plans and runs a build of `patterns`, linking every main root.
pub fn build(
    env: &Env,
    tc: &dyn Toolchain,
    opts: &BuildOptions,
    patterns: &[String],
) -> Result<Built> {
    let mut timer = Timer::new();
    let mod_mode = crate::modload::ModMode::parse(&opts.mod_mode).map_err(Error::new)?;
    let mod_cfg = crate::modload::ModConfig::from_env(mod_mode);
    let mods = pattern::modules_for(patterns, &env.cwd, &mod_cfg)?;
    if crate::action_id::debug_enabled("modules") {
        for line in mods.describe() {
            eprintln!("{line}");
        }
    }
    let expanded = pattern::expand(patterns, &env.cwd, &mods)?;
    for w in &expanded.warnings {
        eprintln!("{w}");
    }
    if expanded.roots.is_empty() {
        // Only `...` patterns that matched nothing: go build succeeds.
        return Ok(Built {
            graph: Graph {
                pkgs: Vec::new(),
                deps: Vec::new(),
                roots: Vec::new(),
            },
            modules: BTreeMap::new(),
            events: Vec::new(),
        });
    }
    let tags = Tags::new(opts.tags.iter().cloned());
    let fileinfo = opts
        .cache_dir
        .as_ref()
        .map(|d| d.join("v1").join("fileinfo"));
    let graph = load::load(env, &mods, &tags, &expanded.roots, fileinfo)?;
    timer.step("load packages");
    let mains: Vec<usize> = graph
        .roots
        .iter()
        .copied()
        .filter(|&r| graph.pkgs[r].is_main())
        .collect();
    if opts.mode == BuildMode::Reactor && (graph.roots.len() != 1 || mains.len() != 1) {
        return Err(Error::new(
            "-buildmode=c-shared requires exactly one main package",
        ));
    }
    let plan = plan::plan(&graph, &mains);
    timer.step("plan");
    if crate::action_id::debug_enabled("actiongraph") {
        eprint!("{}", action_graph_text(&graph, &plan));
    }
    let cache = match &opts.cache_dir {
        Some(dir) => Cache::open(dir).ok(),
        None => None,
    };
    let xopts = exec::Options {
        jobs: opts.jobs,
        force: opts.force,
        verbose: opts.verbose,
        trace: opts.trace,
        json: opts.json,
        verify: opts.verify,
        mode: opts.mode,
        tags,
    };
    let outcome = exec::execute(&graph, &plan, tc, cache.as_ref(), &xopts);
    if let Some(c) = &cache {
        c.trim_if_due();
    }
    timer.step("execute");
    let outcome = outcome?;
    Ok(Built {
        graph,
        modules: outcome.linked,
        events: outcome.events,
    })
}

/// Phase timings on standard error under `GOBUILD_DEBUG=timing`.
struct Timer {
    on: bool,
    last: std::time::Instant,
}

impl Timer {
    fn new() -> Timer {
        Timer {
            on: crate::action_id::debug_enabled("timing"),
            last: std::time::Instant::now(),
        }
    }

    fn step(&mut self, what: &str) {
        if self.on {
            eprintln!("gobuild: {what}: {:.1?}", self.last.elapsed());
            self.last = std::time::Instant::now();
        }
    }
}

/// The default output name of a main package: the last import-path element
/// (the first file's name for command-line files) plus `.wasm`.
pub fn default_output(g: &Graph, p: usize) -> String {
    let pkg = &g.pkgs[p];
    let stem = if pkg.import_path == COMMAND_LINE {
        pkg.files
            .first()
            .map(|f| f.base.trim_end_matches(".go").to_string())
            .unwrap_or_else(|| "main".into())
    } else {
        path_stem(&pkg.import_path).to_string()
    };
    format!("{stem}.wasm")
}

/// The last element of an import path, skipping a major-version suffix
/// (`example.com/tool/v2` → `tool`), as go build names executables.
fn path_stem(import_path: &str) -> &str {
    let mut elems = import_path.rsplit('/');
    let last = elems.next().unwrap_or("main");
    let is_major = last.len() > 1
        && last.starts_with('v')
        && last[1..].bytes().all(|b| b.is_ascii_digit())
        && !last[1..].starts_with('0');
    match elems.next() {
        Some(prev) if is_major => prev,
        _ => last,
    }
}

/// `gobuild build`: builds and writes the outputs as `go build` does: one
/// main package is written (to `-o` or its default name); with several
/// packages everything is built and discarded unless `-o` is a directory.
pub fn cmd_build(
    env: &Env,
    tc: &dyn Toolchain,
    opts: &BuildOptions,
    patterns: &[String],
) -> Result<()> {
    let built = build(env, tc, opts, patterns)?;
    let g = &built.graph;
    if opts.output.as_deref() == Some(Path::new("/dev/null")) {
        // As go build: -o /dev/null builds and discards.
        return Ok(());
    }
    let out_dir = opts
        .output
        .as_ref()
        .map(|o| env.cwd.join(o))
        .filter(|o| o.is_dir() || o.to_string_lossy().ends_with('/'));
    if let Some(dir) = out_dir {
        std::fs::create_dir_all(&dir).map_err(|e| Error::new(format!("go: {e}")))?;
        for (&m, module) in &built.modules {
            write_output(&dir.join(default_output(g, m)), module)?;
        }
        return Ok(());
    }
    if let Some(o) = &opts.output {
        if g.roots.len() > 1 {
            return Err(Error::new(format!(
                "go: cannot write multiple packages to non-directory {}",
                o.display()
            )));
        }
        let Some(&root) = g.roots.first() else {
            return Ok(());
        };
        let Some(module) = built.modules.get(&root) else {
            return Err(Error::new(format!(
                "go: cannot write non-main package {} to {}: only main packages become modules",
                g.pkgs[root].import_path,
                o.display()
            )));
        };
        return write_output(&env.cwd.join(o), module);
    }
    if g.roots.len() == 1 {
        if let Some(module) = built.modules.get(&g.roots[0]) {
            let name = default_output(g, g.roots[0]);
            let path = env.cwd.join(&name);
            if path.is_dir() {
                return Err(Error::new(format!(
                    "go: build output \"{name}\" already exists and is a directory"
                )));
            }
            return write_output(&path, module);
        }
    }
    Ok(())
}

/// Writes a module where `-o` says (`gobuild run -o`), as `gobuild build` would.
pub fn write_module(path: &Path, bytes: &[u8]) -> Result<()> {
    write_output(path, bytes)
}

/// Writes a module. A regular file (or a new one) is replaced atomically;
/// anything else that exists — `/dev/null`, a FIFO, a terminal — is written
/// in place: renaming over it would replace the device node itself.
fn write_output(path: &Path, bytes: &[u8]) -> Result<()> {
    let err = |e: std::io::Error| Error::new(format!("go: writing {}: {e}", path.display()));
    match std::fs::metadata(path) {
        Ok(m) if !m.is_file() && !m.is_dir() => std::fs::write(path, bytes).map_err(err),
        // Already up to date: leave it (and its mtime) alone.
        Ok(m)
            if m.len() == bytes.len() as u64
                && std::fs::read(path).is_ok_and(|old| old == bytes) =>
        {
            Ok(())
        }
        _ => crate::cache::disk::write_atomic(path, bytes).map_err(err),
    }
}

/// The action graph as text (`GOBUILD_DEBUG=actiongraph`): one line per
/// action with its dependencies and priority.
pub fn action_graph_text(g: &Graph, p: &plan::Plan) -> String {
    let mut s = String::new();
    for (i, a) in p.actions.iter().enumerate() {
        let what = match a.kind {
            plan::ActionKind::Compile { pkg } => format!("compile {}", g.pkgs[pkg].import_path),
            plan::ActionKind::Link { main } => format!("link {}", g.pkgs[main].import_path),
        };
        let deps: Vec<String> = a.deps.iter().map(|d| d.to_string()).collect();
        s.push_str(&format!(
            "{i}: {what} deps=[{}] priority={}\n",
            deps.join(","),
            a.priority
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn output_names_skip_major_versions() {
        assert_eq!(super::path_stem("example.com/tool/v2"), "tool");
        assert_eq!(super::path_stem("example.com/tool/cmd/app"), "app");
        assert_eq!(super::path_stem("example.com/v0"), "v0");
        assert_eq!(super::path_stem("v2"), "v2");
    }
}
