//! Execution: runs a [`Plan`] on a rayon pool with at most `-p` actions in
//! flight (cmd/go's `Builder.Do`). An action becomes ready when its last
//! dependency finishes; among ready actions the one with the longest
//! remaining path runs first. Results never depend on completion order:
//! every input of an action is fixed by the plan, and errors are reported
//! in plan order.

use crate::action_id;
use crate::cache::Cache;
use crate::error::{Error, Result};
use crate::load::constraint::Tags;
use crate::load::Graph;
use crate::plan::{self, ActionKind, Plan};
use crate::toolchain::{
    BuildMode, CompileInput, Diagnostic, InputObject, LinkError, LinkInput, SourceFile, Toolchain,
};
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, HashMap};
use std::sync::{mpsc, Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

pub struct Options {
    /// Maximum number of actions running at once (`-p`).
    pub jobs: usize,
    /// Ignore cached results (`-a`).
    pub force: bool,
    /// Print each package compiled (`-v`).
    pub verbose: bool,
    /// Print each action run (`-x`).
    pub trace: bool,
    /// Print each finished action as a JSON line (`-json`).
    pub json: bool,
    /// Re-run every cache hit and fail if the fresh output differs
    /// (`GOBUILD_DEBUG=cacheverify`): a check of the cache keys and of the
    /// toolchain's determinism.
    pub verify: bool,
    pub mode: BuildMode,
    pub tags: Tags,
}

/// A compiled package. A cache hit knows its outputs' hashes from the
/// entry alone; the bytes are read only when a later action needs them (a
/// dependent that must recompile, or a link), so a no-op build reads entries,
/// not objects.
pub struct Compiled {
    /// The compile's action ID (for a recompile if the cache lost a blob).
    id: blake3::Hash,
    pub object_hash: blake3::Hash,
    pub export_hash: blake3::Hash,
    object: Blob,
    export: Blob,
}

struct Blob {
    size: u64,
    data: OnceLock<Arc<Vec<u8>>>,
}

impl Blob {
    fn loaded(bytes: Vec<u8>) -> Blob {
        Blob {
            size: bytes.len() as u64,
            data: OnceLock::from(Arc::new(bytes)),
        }
    }

    fn lazy(size: u64) -> Blob {
        Blob {
            size,
            data: OnceLock::new(),
        }
    }
}

#[derive(Clone, Copy)]
enum Part {
    Object,
    Export,
}

/// One finished action, for `-json`-style reporting and tests.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// "compile" or "link".
    pub action: &'static str,
    pub package: String,
    /// Whether the result came from the cache.
    pub cached: bool,
    pub duration: Duration,
}

impl Event {
    /// `{"Action":"compile","Package":"p","Cached":false,"Failed":false,"Elapsed":0.012}`
    pub fn json(&self, failed: bool) -> String {
        format!(
            "{{\"Action\":\"{}\",\"Package\":{},\"Cached\":{},\"Failed\":{},\"Elapsed\":{:.6}}}",
            self.action,
            crate::cli::json_string(&self.package),
            self.cached,
            failed,
            self.duration.as_secs_f64()
        )
    }
}

pub struct Outcome {
    /// Per package (index into `Graph::pkgs`).
    pub compiled: Vec<Option<Compiled>>,
    /// Linked module per main package.
    pub linked: BTreeMap<usize, Vec<u8>>,
    /// Actions in completion order.
    pub events: Vec<Event>,
}

enum Done {
    Compiled(Compiled),
    Linked(Vec<u8>),
    /// Failed with this message; empty when skipped because a dependency failed.
    Failed(String),
}

struct Ctx<'a> {
    g: &'a Graph,
    plan: &'a Plan,
    tc: &'a dyn Toolchain,
    tc_id: String,
    cache: Option<&'a Cache>,
    opts: &'a Options,
    results: Vec<OnceLock<Done>>,
    events: Mutex<Vec<Event>>,
    /// Serialises recompiles of a package whose cached blob vanished.
    recompiling: Vec<Mutex<()>>,
}

/// Runs every action of `plan`. On failure the error holds every failed
/// action's message, in plan order.
pub fn execute(
    g: &Graph,
    plan: &Plan,
    tc: &dyn Toolchain,
    cache: Option<&Cache>,
    opts: &Options,
) -> Result<Outcome> {
    let n = plan.actions.len();
    let cx = Ctx {
        g,
        plan,
        tc,
        tc_id: tc.id(),
        cache,
        opts,
        results: (0..n).map(|_| OnceLock::new()).collect(),
        events: Mutex::new(Vec::new()),
        recompiling: (0..g.pkgs.len()).map(|_| Mutex::new(())).collect(),
    };
    let jobs = opts.jobs.max(1);
    let mut pending: Vec<usize> = plan.actions.iter().map(|a| a.deps.len()).collect();
    let mut dependents = vec![Vec::new(); n];
    for (i, a) in plan.actions.iter().enumerate() {
        for &d in &a.deps {
            dependents[d].push(i);
        }
    }
    let mut ready: BinaryHeap<(u64, Reverse<usize>)> = (0..n)
        .filter(|&i| pending[i] == 0)
        .map(|i| (plan.actions[i].priority, Reverse(i)))
        .collect();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(|e| Error::new(format!("gobuild: cannot start worker threads: {e}")))?;
    let (tx, rx) = mpsc::channel::<usize>();
    pool.in_place_scope(|s| {
        let cx = &cx;
        let mut in_flight = 0;
        let mut finished = 0;
        let mut release = |a: usize, ready: &mut BinaryHeap<(u64, Reverse<usize>)>| {
            for &d in &dependents[a] {
                pending[d] -= 1;
                if pending[d] == 0 {
                    ready.push((plan.actions[d].priority, Reverse(d)));
                }
            }
        };
        while finished < n {
            while in_flight < jobs {
                let Some((_, Reverse(a))) = ready.pop() else {
                    break;
                };
                let dep_failed = plan.actions[a]
                    .deps
                    .iter()
                    .any(|&d| matches!(cx.results[d].get(), Some(Done::Failed(_))));
                if dep_failed {
                    let _ = cx.results[a].set(Done::Failed(String::new()));
                    finished += 1;
                    release(a, &mut ready);
                    continue;
                }
                in_flight += 1;
                let tx = tx.clone();
                s.spawn(move |_| {
                    let done = cx.run(a);
                    let _ = cx.results[a].set(done);
                    let _ = tx.send(a);
                });
            }
            if finished == n {
                break;
            }
            let Ok(a) = rx.recv() else {
                break; // unreachable: this scope holds a sender
            };
            in_flight -= 1;
            finished += 1;
            release(a, &mut ready);
        }
    });
    let mut errors = Vec::new();
    let mut out = Outcome {
        compiled: (0..g.pkgs.len()).map(|_| None).collect(),
        linked: BTreeMap::new(),
        events: cx.events.into_inner().unwrap_or_default(),
    };
    for (i, r) in cx.results.into_iter().enumerate() {
        match (r.into_inner(), &plan.actions[i].kind) {
            (Some(Done::Compiled(c)), ActionKind::Compile { pkg }) => out.compiled[*pkg] = Some(c),
            (Some(Done::Linked(m)), ActionKind::Link { main }) => {
                out.linked.insert(*main, m);
            }
            (Some(Done::Failed(msg)), _) if !msg.is_empty() => errors.push(msg),
            _ => {}
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(Error::many(errors))
    }
}

impl Ctx<'_> {
    fn run(&self, a: usize) -> Done {
        let start = Instant::now();
        let (done, event) = match self.plan.actions[a].kind {
            ActionKind::Compile { pkg } => self.compile(pkg),
            ActionKind::Link { main } => self.link(main),
        };
        if let Some((action, package, cached)) = event {
            let failed = matches!(done, Done::Failed(_));
            self.record(action, &package, cached, failed, start);
        }
        done
    }

    fn compiled(&self, pkg: usize) -> &Compiled {
        match self.results[self.plan.compile_of[pkg]].get() {
            Some(Done::Compiled(c)) => c,
            // The scheduler runs an action only after its dependencies
            // succeeded, and a link depends on every compile it uses.
            _ => unreachable!("dependency not compiled"),
        }
    }

    fn record(
        &self,
        action: &'static str,
        package: &str,
        cached: bool,
        failed: bool,
        start: Instant,
    ) {
        let e = Event {
            action,
            package: package.to_string(),
            cached,
            duration: start.elapsed(),
        };
        if self.opts.json {
            println!("{}", e.json(failed));
        }
        if let Ok(mut ev) = self.events.lock() {
            ev.push(e);
        }
    }

    fn compile(&self, pkg: usize) -> (Done, Option<(&'static str, String, bool)>) {
        let p = &self.g.pkgs[pkg];
        let deps: Vec<(&str, blake3::Hash)> = self.plan.closure[pkg]
            .iter()
            .map(|&d| {
                (
                    self.g.pkgs[d].import_path.as_str(),
                    self.compiled(d).export_hash,
                )
            })
            .collect();
        let recipe = action_id::compile(&self.tc_id, p, &self.opts.tags, &deps);
        recipe.debug_print(&format!("compile {}", p.import_path));
        let id = recipe.id();
        let mut cached = None;
        if !self.opts.force {
            if let Some(c) = self
                .cache
                .and_then(|c| c.get_entry(&id))
                .and_then(|outs| compiled_from_entry(id, outs))
            {
                if !self.opts.verify {
                    return (
                        Done::Compiled(c),
                        Some(("compile", p.import_path.clone(), true)),
                    );
                }
                cached = Some((c.object_hash, c.export_hash));
            }
        }
        let event = Some(("compile", p.import_path.clone(), false));
        match self.run_compiler(pkg, &id, deps.len()) {
            Ok(c) if cached.is_some_and(|h| h != (c.object_hash, c.export_hash)) => (
                Done::Failed(verify_failure("compile", &p.import_path, &id)),
                event,
            ),
            Ok(c) => (Done::Compiled(c), event),
            Err(msg) => (Done::Failed(msg), event),
        }
    }

    /// Compiles package `pkg` (action `id`) and stores the result in the cache.
    fn run_compiler(
        &self,
        pkg: usize,
        id: &blake3::Hash,
        n_deps: usize,
    ) -> std::result::Result<Compiled, String> {
        let p = &self.g.pkgs[pkg];
        if self.opts.verbose {
            eprintln!("{}", p.import_path);
        }
        if self.opts.trace {
            eprintln!(
                "gobuild compile {} ({} files, {} deps) [actionid {}]",
                p.import_path,
                p.files.len(),
                n_deps,
                &id.to_hex()[..16]
            );
        }
        let mut deps = std::collections::BTreeMap::new();
        for &d in &self.plan.closure[pkg] {
            let export = self.bytes(d, Part::Export)?;
            deps.insert(self.g.pkgs[d].import_path.clone(), export.as_ref().clone());
        }
        let mut shown = HashMap::new();
        let mut files = Vec::with_capacity(p.files.len());
        for f in &p.files {
            let name = format!("{}/{}", p.import_path, f.base);
            shown.insert(name.clone(), f.display.clone());
            let text = f.text().map_err(|e| format!("# {}\n{e}", p.import_path))?;
            files.push(SourceFile {
                name,
                text: text.as_ref().clone(),
            });
        }
        let input = CompileInput {
            import_path: p.import_path.clone(),
            is_main: p.is_main(),
            files,
            deps,
            go_version: p.go_version.clone(),
        };
        let result = guard(|| self.tc.compile(&input)).unwrap_or_else(|panic| {
            Err(vec![Diagnostic {
                file: String::new(),
                line: 0,
                col: 0,
                message: format!("internal compiler error: {panic}"),
            }])
        });
        match result {
            Ok(out) => {
                if let Some(cache) = self.cache {
                    let _ = cache.put(id, &[("object", &out.object), ("export", &out.export_data)]);
                }
                Ok(Compiled {
                    id: *id,
                    object_hash: blake3::hash(&out.object),
                    export_hash: blake3::hash(&out.export_data),
                    object: Blob::loaded(out.object),
                    export: Blob::loaded(out.export_data),
                })
            }
            Err(diags) => {
                let mut msg = format!("# {}", p.import_path);
                for d in diags {
                    if d.file.is_empty() {
                        msg.push_str(&format!("\n{}", d.message));
                        continue;
                    }
                    let file = shown.get(&d.file).cloned().unwrap_or(d.file.clone());
                    msg.push_str(&format!("\n{file}:{}:{}: {}", d.line, d.col, d.message));
                }
                Err(msg)
            }
        }
    }

    /// The object or export data of compiled package `pkg`, read from the
    /// cache on first use. If the cache lost or damaged the blob since its
    /// entry was read, the package is compiled again (once, even when
    /// several dependents ask at the same time).
    fn bytes(&self, pkg: usize, part: Part) -> std::result::Result<Arc<Vec<u8>>, String> {
        let c = self.compiled(pkg);
        let (blob, hash) = match part {
            Part::Object => (&c.object, c.object_hash),
            Part::Export => (&c.export, c.export_hash),
        };
        if let Some(d) = blob.data.get() {
            return Ok(d.clone());
        }
        if let Some(bytes) = self.cache.and_then(|k| k.get_blob(&hash, blob.size)) {
            return Ok(blob.data.get_or_init(|| Arc::new(bytes)).clone());
        }
        let _guard = self.recompiling[pkg].lock();
        if let Some(d) = blob.data.get() {
            return Ok(d.clone());
        }
        let start = Instant::now();
        let fresh = self.run_compiler(pkg, &c.id, self.plan.closure[pkg].len());
        self.record(
            "compile",
            &self.g.pkgs[pkg].import_path,
            false,
            fresh.is_err(),
            start,
        );
        let fresh = fresh?;
        if fresh.object_hash != c.object_hash || fresh.export_hash != c.export_hash {
            return Err(format!(
                "gobuild: the cached build of {} differs from a fresh one (is the compiler deterministic?); run 'gobuild clean -cache'",
                self.g.pkgs[pkg].import_path
            ));
        }
        for (b, f) in [(&c.object, fresh.object), (&c.export, fresh.export)] {
            if let Some(d) = f.data.into_inner() {
                let _ = b.data.set(d);
            }
        }
        blob.data
            .get()
            .cloned()
            .ok_or_else(|| "gobuild: internal error: blob not set".to_string())
    }

    fn link(&self, main: usize) -> (Done, Option<(&'static str, String, bool)>) {
        let g = self.g;
        let ip = g.pkgs[main].import_path.clone();
        let order: Vec<String> = plan::init_order(g, main)
            .into_iter()
            .map(|p| plan::symbol_prefix(g, p))
            .collect();
        let mut members = self.plan.closure[main].clone();
        members.push(main);
        members.sort_by(|&a, &b| g.pkgs[a].import_path.cmp(&g.pkgs[b].import_path));
        let hashes: Vec<(&str, blake3::Hash)> = members
            .iter()
            .map(|&p| (g.pkgs[p].import_path.as_str(), self.compiled(p).object_hash))
            .collect();
        let recipe = action_id::link(&self.tc_id, self.opts.mode, &order, &hashes);
        recipe.debug_print(&format!("link {ip}"));
        let id = recipe.id();
        let mut cached = None;
        if !self.opts.force {
            if let Some(mut outs) = self.cache.and_then(|c| c.get(&id)) {
                if outs.len() == 1 && outs[0].0 == "module" {
                    let module = outs.remove(0).1;
                    if !self.opts.verify {
                        return (Done::Linked(module), Some(("link", ip, true)));
                    }
                    cached = Some(module);
                }
            }
        }
        if self.opts.trace {
            eprintln!(
                "gobuild link {ip} ({} objects, init {}) [actionid {}]",
                members.len(),
                order.join(","),
                &id.to_hex()[..16]
            );
        }
        let event = Some(("link", ip.clone(), false));
        let mut objects = Vec::with_capacity(members.len());
        for &p in &members {
            match self.bytes(p, Part::Object) {
                Ok(b) => objects.push(InputObject {
                    package: g.pkgs[p].import_path.clone(),
                    bytes: b.as_ref().clone(),
                }),
                Err(msg) => return (Done::Failed(msg), event),
            }
        }
        let input = LinkInput {
            objects,
            init_order: order,
            mode: self.opts.mode,
        };
        let result = guard(|| self.tc.link(&input)).unwrap_or_else(|panic| {
            Err(vec![LinkError {
                message: format!("internal linker error: {panic}"),
            }])
        });
        match result {
            Ok(module) if cached.as_ref().is_some_and(|c| *c != module) => {
                (Done::Failed(verify_failure("link", &ip, &id)), event)
            }
            Ok(module) => {
                if let Some(cache) = self.cache {
                    let _ = cache.put(&id, &[("module", &module)]);
                }
                (Done::Linked(module), event)
            }
            Err(errs) => {
                let mut msg = format!("# {ip}");
                for e in errs {
                    msg.push('\n');
                    msg.push_str(&e.message);
                }
                (Done::Failed(msg), event)
            }
        }
    }
}

fn verify_failure(action: &str, package: &str, id: &blake3::Hash) -> String {
    format!(
        "gobuild: cacheverify: {action} {package}: the fresh output differs from the cached one (action {})",
        &id.to_hex()[..16]
    )
}

/// Runs a toolchain call, turning a panic (a compiler or linker bug) into
/// an error for that one action instead of aborting the whole build.
fn guard<T>(f: impl FnOnce() -> T) -> std::result::Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|p| {
        p.downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".into())
    })
}

fn compiled_from_entry(
    id: blake3::Hash,
    outs: Vec<crate::cache::disk::Output>,
) -> Option<Compiled> {
    let mut object = None;
    let mut export = None;
    for o in outs {
        match o.name.as_str() {
            "object" => object = Some(o),
            "export" => export = Some(o),
            _ => return None,
        }
    }
    let (object, export) = (object?, export?);
    Some(Compiled {
        id,
        object_hash: object.hash,
        export_hash: export.hash,
        object: Blob::lazy(object.size),
        export: Blob::lazy(export.size),
    })
}
