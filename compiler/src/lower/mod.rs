//! Lowering: type-checked AST → Wasm function bodies and data, written
//! through `emit::object::ObjectBuilder`. There is no separate IR: each
//! construct is lowered directly from the AST using the checker's `Info`.
//!
//! Module map (one construct family each):
//! - foundations: `layout` (sizes, Wasm value representation), `func`
//!   (frames, params, locals and temporaries, control nesting), `escape`
//!   (which variables live on the heap), `walk` (expression visitor),
//!   `memory` (addresses, loads, stores, copies, bounds and nil checks);
//! - expressions: `expr`, `consts`, `binary`, `equal` (== on aggregates),
//!   `convert`, `strings`, `slices`, `complex`, `call`, `builtins`, `order`
//!   (gc's evaluation order: calls first);
//! - statements: `stmt`, `control` (if/for/switch/range/branches), `goto`,
//!   `defers` (defer, panics' unwinding, recover);
//! - functions as values: `closure`, `methodval`;
//! - interfaces and maps: `iface`, `typedesc` (type descriptors, itabs,
//!   wrappers), `methods` (method tables), `maps`;
//! - package level: `globals` (package vars, string data, the package
//!   initialiser), `runtime` (the runtime call table), `intrinsics`,
//!   `wasmimport`.

mod binary;
mod builtins;
mod call;
mod closure;
mod complex;
mod consts;
mod control;
mod convert;
mod defers;
mod equal;
mod escape;
mod expr;
mod func;
mod gcroots;
mod globals;
mod goto;
mod iface;
mod intrinsics;
pub mod layout;
mod maps;
mod memory;
mod methods;
mod methodval;
mod order;
pub mod runtime;
mod slices;
mod staticinit;
mod stmt;
mod strings;
mod typedesc;
mod walk;
mod wasmexport;
mod wasmimport;

use std::collections::HashMap;

use crate::emit::object::{DataSym, FuncSym, ObjectBuilder};
use crate::syntax::ast::{self, Pos};
use crate::types::{Info, ObjId, ObjKind};
use crate::Diagnostic;
use layout::Layout;
use runtime::Rt;

/// What a package-level function declaration turns into.
#[derive(Clone, Debug)]
pub(crate) enum FuncKind {
    /// A Go function with a body, or a bodiless one the linker defines.
    Go(FuncSym),
    /// `//go:wasmimport`: a host import with the host ABI.
    Host(FuncSym),
    /// A runtime intrinsic expanded inline.
    Intrinsic(intrinsics::Intrinsic),
}

/// Package-wide lowering state.
pub(crate) struct Pkg<'a> {
    pub info: &'a Info,
    pub lay: Layout<'a>,
    pub files: &'a [ast::File],
    /// Symbol prefix: the import path, or `main`.
    pub prefix: String,
    pub is_runtime: bool,
    pub obj: ObjectBuilder,
    pub funcs: HashMap<ObjId, FuncKind>,
    pub globals: HashMap<ObjId, DataSym>,
    pub strings: HashMap<Vec<u8>, DataSym>,
    pub diags: Vec<Diagnostic>,
    /// Symbol names of user init functions, by their name ident.
    pub init_names: HashMap<ast::NodeId, String>,
    /// Every function literal of the package, by node id.
    pub lits: HashMap<ast::NodeId, &'a ast::Expr>,
    /// Function literals declared but not lowered yet: (node, symbol, name).
    pub pending_lits: Vec<(ast::NodeId, FuncSym, String)>,
    /// Closures numbered per enclosing function symbol.
    pub lit_count: HashMap<String, u32>,
    /// Static closure records of top-level functions used as values.
    pub func_values: HashMap<ObjId, DataSym>,
    /// Package variables initialised statically (no code in PREFIX.init).
    pub static_vars: std::collections::HashSet<ObjId>,
    /// Go 1.22 loop variables (one per iteration); false for go < 1.22.
    pub loopvar: bool,
    /// Type descriptors, itabs and their helper functions.
    pub rtti: typedesc::TypeInfoTables,
    /// Map type descriptors by map type.
    pub rtti_maps: HashMap<crate::types::TypeId, DataSym>,
    /// Key hash (true) / equality (false) functions by key type.
    pub rtti_keyfns: HashMap<(crate::types::TypeId, bool), FuncSym>,
}

/// Compiles one checked package to a relocatable object.
pub fn lower_package(
    files: &[ast::File],
    info: &Info,
    import_path: &str,
    is_main: bool,
    go_version: &str,
) -> Result<Vec<u8>, Vec<Diagnostic>> {
    let prefix = if is_main { "main" } else { import_path };
    let mut p = Pkg {
        loopvar: loopvar_per_iteration(go_version),
        static_vars: Default::default(),
        info,
        lay: Layout::new(&info.table),
        files,
        prefix: prefix.to_string(),
        is_runtime: import_path == "runtime",
        obj: ObjectBuilder::new(),
        funcs: HashMap::new(),
        globals: HashMap::new(),
        strings: HashMap::new(),
        diags: Vec::new(),
        init_names: HashMap::new(),
        lits: closure::collect_lits(files),
        pending_lits: Vec::new(),
        lit_count: HashMap::new(),
        func_values: HashMap::new(),
        rtti: Default::default(),
        rtti_maps: HashMap::new(),
        rtti_keyfns: HashMap::new(),
    };
    p.declare_funcs();
    globals::define_globals(&mut p);
    if p.is_runtime {
        p.check_runtime_signatures();
    }
    for f in files {
        for d in &f.decls {
            if let ast::Decl::Func(fd) = d {
                if fd.body.is_some() && fd.tparams.is_empty() {
                    func::lower_func_decl(&mut p, fd);
                    closure::lower_pending(&mut p);
                }
            }
        }
    }
    globals::lower_init(&mut p);
    closure::lower_pending(&mut p);
    wasmexport::define_exports(&mut p);
    if p.diags.is_empty() {
        Ok(p.obj.finish())
    } else {
        p.diags.sort();
        p.diags.dedup();
        Err(p.diags)
    }
}

/// Whether the module's language version (go.mod `go` line) has Go 1.22's
/// per-iteration loop variables; unknown versions count as new.
fn loopvar_per_iteration(go_version: &str) -> bool {
    let mut parts = go_version.trim().split('.');
    let major: u32 = parts.next().and_then(|p| p.parse().ok()).unwrap_or(1);
    let minor: u32 = parts
        .next()
        .and_then(|p| p.parse().ok())
        .unwrap_or(u32::MAX);
    (major, minor) >= (1, 22)
}

impl<'a> Pkg<'a> {
    /// `file.go:LINE:COL` of a position, for diagnostics and `gobuild.pos`.
    pub fn pos_string(&self, pos: Pos) -> String {
        let name = self
            .files
            .get(pos.file as usize)
            .map(|f| f.name.as_str())
            .unwrap_or("?");
        format!("{name}:{}:{}", pos.line, pos.col)
    }

    pub fn error(&mut self, pos: Pos, message: impl Into<String>) {
        let file = self
            .files
            .get(pos.file as usize)
            .map(|f| f.name.clone())
            .unwrap_or_default();
        self.diags.push(Diagnostic {
            file,
            line: pos.line,
            col: pos.col,
            message: message.into(),
        });
    }

    /// Declares every package-level function (so calls can be emitted in
    /// any order): functions with bodies as defined symbols, bodiless ones
    /// as imports (host imports for `//go:wasmimport`) or intrinsics.
    fn declare_funcs(&mut self) {
        let files = self.files;
        for f in files {
            for d in &f.decls {
                let ast::Decl::Func(fd) = d else { continue };
                let Some(obj) = self.info.defs.get(&fd.name.id).copied() else {
                    continue;
                };
                if !fd.tparams.is_empty() {
                    continue;
                }
                if fd.name.name == "init" && fd.recv.is_none() {
                    // init functions are numbered by globals::declare_inits.
                    continue;
                }
                let kind = self.declare_func(fd, obj);
                if let Some(k) = kind {
                    self.funcs.insert(obj, k);
                }
            }
        }
        globals::declare_inits(self);
    }

    fn declare_func(&mut self, fd: &ast::FuncDecl, obj: ObjId) -> Option<FuncKind> {
        let info = self.info;
        let name = info.link_name(obj, &self.prefix);
        let pos = self.pos_string(fd.name.pos);
        if fd.body.is_none() {
            if let Some((m, n)) = wasmimport::pragma(fd) {
                return wasmimport::declare(self, fd, obj, &name, &m, &n, &pos);
            }
            if self.is_runtime {
                if let Some(i) = intrinsics::lookup(&fd.name.name) {
                    return Some(FuncKind::Intrinsic(i));
                }
            }
            let (params, results) = self.lay.go_signature(info.obj(obj).ty);
            let ty = self.obj.func_type(&params, &results);
            return Some(FuncKind::Go(self.obj.import_func(
                &name,
                ty,
                None,
                Some(&pos),
            )));
        }
        let (params, results) = self.lay.go_signature(info.obj(obj).ty);
        let ty = self.obj.func_type(&params, &results);
        // `//go:wasmexport` functions are exported through a host-ABI
        // wrapper (wasmexport::define_exports).
        let sym = self.obj.declare_func(&name, ty, Some(&pos));
        Some(FuncKind::Go(sym))
    }

    /// How to call a function object: declared here, or imported from
    /// another package under its link name.
    pub fn func_kind(&mut self, obj: ObjId) -> FuncKind {
        if let Some(k) = self.funcs.get(&obj) {
            return k.clone();
        }
        let info = self.info;
        let name = info.link_name(obj, &self.prefix);
        let (params, results) = self.lay.go_signature(info.obj(obj).ty);
        let ty = self.obj.func_type(&params, &results);
        let sym = self.obj.import_func(&name, ty, None, None);
        self.funcs.insert(obj, FuncKind::Go(sym));
        FuncKind::Go(sym)
    }

    /// The symbol of a runtime function (local when compiling the runtime).
    pub fn rt(&mut self, f: Rt) -> FuncSym {
        let (name, params, results) = runtime::signature(f);
        let full = format!("runtime.{name}");
        if let Some(s) = self.obj.lookup_func(&full) {
            return s;
        }
        let ty = self.obj.func_type(params, results);
        self.obj.import_func(&full, ty, None, None)
    }

    /// In package runtime, the Go declarations of the functions the compiler
    /// calls must have exactly the Wasm signatures of `runtime::signature`.
    fn check_runtime_signatures(&mut self) {
        let info = self.info;
        let Some(pkg) = info.pkg else { return };
        let scope = info.scope(info.package(pkg).scope);
        for &f in runtime::ALL {
            let (name, params, results) = runtime::signature(f);
            let Some(&obj) = scope.names.get(name) else {
                continue;
            };
            let o = info.obj(obj);
            if !matches!(o.kind, ObjKind::Func) {
                continue;
            }
            let (p, r) = self.lay.go_signature(o.ty);
            if p != params || r != results {
                let pos = o.pos;
                self.error(
                    pos,
                    format!(
                        "runtime.{name} has Wasm signature {p:?} -> {r:?}; the compiler calls it as {params:?} -> {results:?}"
                    ),
                );
            }
        }
    }
}
