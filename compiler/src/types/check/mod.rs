//! The checker proper, split by construct. `Checker` holds all state; each submodule adds
//! `impl Checker` methods for one kind of syntax.

mod assign;
mod binary;
mod branches;
mod builtins;
mod call;
mod decls;
mod expr;
mod generics;
mod initorder;
mod literals;
mod lookup;
mod operand;
mod predicates;
mod range;
mod stmt;
mod typexpr;
mod usage;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use num_bigint::BigInt;

pub(crate) use operand::{OpMode, Operand};

use super::model::*;
use super::universe;
use crate::constant::ConstValue;
use crate::syntax::ast::{self, NodeId, Pos};
use crate::Diagnostic;

/// How far a package-level object's declaration has been checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Color {
    /// Being checked (on the path): a reference back to it is a cycle.
    Grey,
    /// Done.
    Black,
}

/// Source of a package-level object, for lazy checking.
#[derive(Clone, Copy)]
pub(crate) enum DeclInfo<'a> {
    Const {
        file: usize,
        spec: &'a ast::ValueSpec,
        index: usize,
    },
    Var {
        file: usize,
        spec: &'a ast::ValueSpec,
    },
    Type {
        file: usize,
        spec: &'a ast::TypeSpec,
    },
    Func {
        file: usize,
        decl: &'a ast::FuncDecl,
    },
}

impl DeclInfo<'_> {
    fn file(&self) -> usize {
        match self {
            DeclInfo::Const { file, .. }
            | DeclInfo::Var { file, .. }
            | DeclInfo::Type { file, .. }
            | DeclInfo::Func { file, .. } => *file,
        }
    }
}

/// Per-function state while checking a body.
#[derive(Clone)]
pub(crate) struct FuncCtx {
    /// Signature type of the function (results are checked against it).
    pub sig: TypeId,
    /// Named result variables (for bare returns).
    pub named_results: Vec<ObjId>,
    /// The FuncLit NodeId for closures (captures are recorded there).
    pub lit: Option<NodeId>,
    /// Scope of the function's parameters; variables declared outside it are captured.
    pub scope: ScopeId,
}

/// Reported error, in report order (gc's "too many errors" cut depends on that order).
struct Reported {
    pos: Pos,
    msg: String,
}

pub(crate) struct Checker<'a> {
    pub info: Info,
    pub files: &'a [ast::File],
    pub pkg: PkgId,
    pub pkg_scope: ScopeId,
    pub file_scopes: Vec<ScopeId>,
    errors: Vec<Reported>,
    pub decls: HashMap<ObjId, DeclInfo<'a>>,
    pub color: HashMap<ObjId, Color>,
    /// Package-level objects on the current declaration path (cycle detection).
    pub obj_path: Vec<ObjId>,
    /// Package-level object → package-level vars/funcs its declaration or body uses.
    pub deps: HashMap<ObjId, BTreeSet<ObjId>>,
    /// Package-level object whose declaration (or function body) is being checked.
    pub cur_decl: Option<ObjId>,
    pub fctx: Option<FuncCtx>,
    /// Current scope while checking function bodies (or the file scope).
    pub scope: ScopeId,
    /// Value of `iota` inside a constant declaration.
    pub iota: Option<BigInt>,
    /// Position of the const spec being checked when its values are inherited.
    pub errpos: Option<Pos>,
    /// Local variables that have been used.
    pub used: HashSet<ObjId>,
    /// Import objects (PkgName) that have been used.
    pub used_imports: HashSet<ObjId>,
    pub dep_data: &'a BTreeMap<String, Vec<u8>>,
    /// Imported packages by path.
    pub imported: BTreeMap<String, PkgId>,
    /// Methods declared for a package-level type name (by base type name object).
    pub methods: HashMap<ObjId, Vec<ObjId>>,
    /// Function bodies to check after all package-level declarations.
    pub bodies: Vec<(ObjId, usize, &'a ast::FuncDecl)>,
    /// Objects for the package-level declarations of each FuncDecl (name ident → obj).
    pub func_objs: Vec<ObjId>,
    /// Objects standing for interface methods (selections need an object).
    pub iface_methods: HashMap<(TypeId, String), ObjId>,
    /// Scope each local variable was declared in (closure capture analysis).
    pub var_scope: HashMap<ObjId, ScopeId>,
    /// Enclosing closures (FuncLit id, its function scope), innermost last, excluding the
    /// current one in `fctx`.
    pub outer_lits: Vec<(NodeId, ScopeId)>,
    /// Parameter objects per signature: FuncDecl name ident id / FuncLit id.
    pub sig_objs: HashMap<NodeId, typexpr::SigObjs>,
    /// Package-level variable initialisers in declaration order: (lhs, rhs expr).
    pub var_inits: Vec<(Vec<ObjId>, NodeId)>,
    /// Import PkgName objects: (obj, path, explicitly named, path position).
    pub import_objs: Vec<(ObjId, String, bool, Pos)>,
    pub reported_cycles: HashSet<ObjId>,
    /// Case-insensitive, package-blind name matching in lookups (for error hints).
    pub fold_lookup: bool,
    /// Label objects of the function being checked, by name (for `uses` of branch labels).
    pub label_objs: HashMap<String, ObjId>,
    /// Instances created before their generic type's underlying type was known.
    pub pending_instances: Vec<TypeId>,
    /// `f[T1]` partial instantiations (Index expr id → given type arguments).
    pub partial_targs: HashMap<NodeId, Vec<TypeId>>,
    /// Scope holding a generic function's type parameters.
    pub tparam_scopes: HashMap<ObjId, ScopeId>,
    /// While checking a generic type's method receiver: the type's name object.
    pub recv_generic: Option<ObjId>,
    /// Package whose unexported names lookups match (default: the checked package).
    pub lookup_pkg: Option<PkgId>,
    /// Nesting of instantiations being filled in (bounded).
    pub inst_depth: u32,
    /// Spelling of the declared type of the variable/constant being declared when it
    /// mentions `byte`/`rune` (gc prints those names).
    pub alias_display: Option<(TypeId, String)>,
    /// Variables declared with a type spelled with byte/rune: (type, spelling).
    pub obj_display: HashMap<ObjId, (TypeId, String)>,
    /// Methods with their own type parameters (Go 1.27), on non-generic receivers.
    pub generic_methods: HashSet<ObjId>,
    /// Branch labels used before their definition in the current function.
    pub pending_labels: Vec<(NodeId, String)>,
}

/// Type-checks one package. `deps` holds the export data of every transitive dependency,
/// keyed by import path.
pub fn check(
    pkg_path: &str,
    files: &[ast::File],
    deps: &BTreeMap<String, Vec<u8>>,
) -> (Info, Vec<Diagnostic>) {
    // The checker recurses along the syntax tree (e.g. a long `a + b + c + ...` chain is
    // a deep left spine): run it with a stack as large as the parser's, whatever the
    // caller's thread has.
    std::thread::scope(|s| {
        std::thread::Builder::new()
            .name("typecheck".into())
            .stack_size(CHECK_STACK)
            .spawn_scoped(s, || check_on_this_thread(pkg_path, files, deps, true))
            .map(|h| h.join())
    })
    .ok()
    .and_then(|r| r.ok())
    .unwrap_or_else(|| check_on_this_thread(pkg_path, files, deps, true))
}

/// Stack size of the checking thread (virtual memory; only what is used is touched).
const CHECK_STACK: usize = 256 << 20;

/// Like `check` but reports every error (gc's `-e`), sorted, without the 10-error cut;
/// for tools and tests that compare against annotated sources.
pub fn check_all_errors(
    pkg_path: &str,
    files: &[ast::File],
    deps: &BTreeMap<String, Vec<u8>>,
) -> (Info, Vec<Diagnostic>) {
    std::thread::scope(|s| {
        std::thread::Builder::new()
            .name("typecheck".into())
            .stack_size(CHECK_STACK)
            .spawn_scoped(s, || check_on_this_thread(pkg_path, files, deps, false))
            .map(|h| h.join())
    })
    .ok()
    .and_then(|r| r.ok())
    .unwrap_or_else(|| check_on_this_thread(pkg_path, files, deps, false))
}

fn check_on_this_thread(
    pkg_path: &str,
    files: &[ast::File],
    deps: &BTreeMap<String, Vec<u8>>,
    limit: bool,
) -> (Info, Vec<Diagnostic>) {
    let mut info = Info::default();
    let universe = universe::build(&mut info);
    let name = files
        .first()
        .map(|f| f.package.name.clone())
        .unwrap_or_default();
    let pkg_scope = info.new_scope(Some(universe), false);
    let pkg = PkgId(info.packages.len() as u32);
    info.packages.push(Package {
        path: pkg_path.to_string(),
        name,
        scope: pkg_scope,
        imports: Vec::new(),
    });
    info.pkg = Some(pkg);
    info.universe = Some(universe);
    let mut c = Checker {
        info,
        files,
        pkg,
        pkg_scope,
        file_scopes: Vec::new(),
        errors: Vec::new(),
        decls: HashMap::new(),
        color: HashMap::new(),
        obj_path: Vec::new(),
        deps: HashMap::new(),
        cur_decl: None,
        fctx: None,
        scope: pkg_scope,
        iota: None,
        errpos: None,
        used: HashSet::new(),
        used_imports: HashSet::new(),
        dep_data: deps,
        imported: BTreeMap::new(),
        methods: HashMap::new(),
        bodies: Vec::new(),
        func_objs: Vec::new(),
        iface_methods: HashMap::new(),
        var_scope: HashMap::new(),
        outer_lits: Vec::new(),
        sig_objs: HashMap::new(),
        var_inits: Vec::new(),
        import_objs: Vec::new(),
        reported_cycles: HashSet::new(),
        fold_lookup: false,
        label_objs: HashMap::new(),
        pending_instances: Vec::new(),
        partial_targs: HashMap::new(),
        tparam_scopes: HashMap::new(),
        recv_generic: None,
        lookup_pkg: None,
        inst_depth: 0,
        alias_display: None,
        obj_display: HashMap::new(),
        generic_methods: HashSet::new(),
        pending_labels: Vec::new(),
    };
    c.check_package();
    let diags = c.diagnostics(limit);
    (c.info, diags)
}

impl<'a> Checker<'a> {
    /// Reports an error at `pos`.
    pub fn error(&mut self, pos: Pos, msg: impl Into<String>) {
        let pos = self.errpos.unwrap_or(pos);
        self.errors.push(Reported {
            pos,
            msg: msg.into(),
        });
    }

    /// Errors as gc prints them: equal messages on one line once, at most 10 (then
    /// "too many errors" at the 10th's position), sorted by position.
    fn diagnostics(&self, limit: bool) -> Vec<Diagnostic> {
        let mut kept: Vec<&Reported> = Vec::new();
        let mut last: Option<(Pos, &str)> = None;
        let mut too_many = None;
        for e in &self.errors {
            if let Some((p, m)) = last {
                if p.file == e.pos.file && p.line == e.pos.line && m == e.msg {
                    continue;
                }
            }
            last = Some((e.pos, &e.msg));
            kept.push(e);
            if limit && kept.len() >= 10 {
                too_many = Some(e.pos);
                break;
            }
        }
        kept.sort_by_key(|e| e.pos);
        kept.dedup_by(|a, b| a.pos == b.pos && a.msg == b.msg);
        let mut out: Vec<Diagnostic> = kept.iter().map(|e| self.diag(e.pos, &e.msg)).collect();
        if let Some(p) = too_many {
            out.push(self.diag(p, "too many errors"));
        }
        out
    }

    fn diag(&self, pos: Pos, msg: &str) -> Diagnostic {
        Diagnostic {
            file: self
                .files
                .get(pos.file as usize)
                .map(|f| f.name.clone())
                .unwrap_or_default(),
            line: pos.line,
            col: pos.col,
            message: msg.to_string(),
        }
    }

    // ----- objects and scopes -----

    pub fn new_obj(&mut self, name: &str, kind: ObjKind, ty: TypeId, pos: Pos) -> ObjId {
        let parent_is_package = self.fctx.is_none() && self.scope == self.pkg_scope;
        self.info.new_object(Object {
            name: name.to_string(),
            kind,
            ty,
            pkg: Some(self.pkg),
            pos,
            parent_is_package,
            link_name: None,
            ptr_recv: false,
            no_body: false,
        })
    }

    /// Declares `obj` in `scope`; reports a redeclaration (blank names are not declared).
    pub fn declare(&mut self, scope: ScopeId, ident: Option<&ast::Ident>, obj: ObjId) {
        let name = self.info.obj(obj).name.clone();
        if let Some(id) = ident {
            self.info.defs.insert(id.id, obj);
        }
        if name == "_" {
            return;
        }
        if let Some(prev) = self.info.scopes[scope.0 as usize].names.get(&name).copied() {
            let pos = self.info.obj(obj).pos;
            let ppos = self.info.obj(prev).pos;
            let msg = format!(
                "{name} redeclared in this block\n\t{}: other declaration of {name}",
                self.pos_string(ppos)
            );
            self.error(pos, msg);
            return;
        }
        self.info.scopes[scope.0 as usize].names.insert(name, obj);
    }

    pub fn pos_string(&self, p: Pos) -> String {
        let f = self
            .files
            .get(p.file as usize)
            .map(|f| f.name.as_str())
            .unwrap_or("");
        format!("{f}:{}:{}", p.line, p.col)
    }

    /// Looks `name` up from the current scope outwards.
    pub fn lookup(&self, name: &str) -> Option<ObjId> {
        let mut s = Some(self.scope);
        while let Some(id) = s {
            let sc = self.info.scope(id);
            if let Some(o) = sc.names.get(name) {
                return Some(*o);
            }
            s = sc.parent;
        }
        None
    }

    pub fn open_scope(&mut self, is_func: bool) -> ScopeId {
        let s = self.info.new_scope(Some(self.scope), is_func);
        self.scope = s;
        s
    }

    pub fn close_scope(&mut self) {
        if let Some(p) = self.info.scope(self.scope).parent {
            self.scope = p;
        }
    }

    pub fn t(&self) -> &TypeTable {
        &self.info.table
    }

    pub fn tt(&mut self) -> &mut TypeTable {
        &mut self.info.table
    }

    pub fn invalid(&self) -> TypeId {
        BasicKind::Invalid.id()
    }

    /// Records an expression's type and mode.
    pub fn record(&mut self, e: &ast::Expr, x: &Operand) {
        if let Some(mode) = x.mode.to_model() {
            self.info
                .types
                .insert(e.id, TypeAndValue { mode, ty: x.ty });
        }
    }

    /// gc's type string, qualified relative to the package being checked.
    pub fn type_string(&self, t: TypeId) -> String {
        super::typestring::type_string(&self.info, t, Some(self.pkg))
    }

    /// Records that the current package-level declaration depends on `obj`.
    pub fn add_dep(&mut self, obj: ObjId) {
        if let Some(cur) = self.cur_decl {
            self.deps.entry(cur).or_default().insert(obj);
        }
    }
}
