//! Generics by stenciling: one copy of a generic function (or method of a
//! generic type) per distinct list of type arguments, emitted in the package
//! that uses it under the name `PREFIX.F[T1,T2]` (methods
//! `PREFIX.(*T[T1]).M`). Copies of the same instance made by several
//! packages are identical, so the linker keeps one (weak binding).
//!
//! Before lowering, `prepare` substitutes, for each instance, the types of
//! every expression, object, selection and nested instance that mentions a
//! type parameter (`Stencil`), creating the substituted types in the table.
//! Lowering a stencil then reads types through `Fx::tv` / `Fx::obj_ty`,
//! which consult the current stencil first; the rest of codegen never sees
//! a type parameter.

use std::collections::{BTreeMap, HashMap, VecDeque};

use super::func::{lower_body, FuncSource, Fx};
use super::Pkg;
use crate::emit::object::FuncSym;
use crate::syntax::ast::{self, NodeId};
use crate::types::subst::{mentions_tparam, subst};
use crate::types::typestring::type_string;
use crate::types::{Info, Instance, ObjId, ObjKind, Selection, Type, TypeAndValue, TypeId};

/// One instantiation of a generic function or method.
#[derive(Debug)]
pub(crate) struct Stencil {
    /// The generic function or method object.
    pub obj: ObjId,
    /// Link symbol name of the instance.
    pub name: String,
    /// Instantiated signature (receiver included for methods).
    pub sig: TypeId,
    pub types: HashMap<NodeId, TypeAndValue>,
    pub objs: HashMap<ObjId, TypeId>,
    pub selections: HashMap<NodeId, Selection>,
    pub instances: HashMap<NodeId, Instance>,
}

/// Every instance the package needs, in discovery order.
#[derive(Debug, Default)]
pub(crate) struct Stencils {
    pub list: Vec<Stencil>,
    by_key: HashMap<(ObjId, Vec<TypeId>), usize>,
}

impl Stencils {
    /// Index of the stencil for `obj` with `targs`, if any.
    pub fn find(&self, obj: ObjId, targs: &[TypeId]) -> Option<usize> {
        self.by_key.get(&(obj, targs.to_vec())).copied()
    }
}

/// Facts mentioning type parameters, collected once per package.
struct Generic {
    types: Vec<(NodeId, TypeAndValue)>,
    objs: Vec<ObjId>,
    selections: Vec<(NodeId, Selection)>,
    instances: Vec<(NodeId, Instance)>,
}

/// Computes every instance reachable from non-generic code of the package.
pub(crate) fn prepare(info: &mut Info, prefix: &str) -> Stencils {
    let tt = &info.table;
    let mut g = Generic {
        types: Vec::new(),
        objs: Vec::new(),
        selections: Vec::new(),
        instances: Vec::new(),
    };
    // Sorted so that table growth (and so output) is deterministic.
    let mut ids: Vec<_> = info.types.keys().copied().collect();
    ids.sort_unstable();
    for id in ids {
        let tv = &info.types[&id];
        if mentions_tparam(tt, tv.ty) {
            g.types.push((id, tv.clone()));
        }
    }
    for (i, o) in info.objects.iter().enumerate() {
        if matches!(o.kind, ObjKind::Var { .. }) && mentions_tparam(tt, o.ty) {
            g.objs.push(ObjId(i as u32));
        }
    }
    let mut sels: Vec<_> = info.selections.iter().collect();
    sels.sort_unstable_by_key(|(k, _)| **k);
    let mut work: VecDeque<(ObjId, Vec<TypeId>)> = VecDeque::new();
    for (id, s) in sels {
        if mentions_tparam(tt, s.recv) || mentions_tparam(tt, s.ty) {
            g.selections.push((*id, s.clone()));
        } else if let Some(k) = method_instance(info, s) {
            work.push_back(k);
        }
    }
    let mut insts: Vec<_> = info.instances.iter().collect();
    insts.sort_unstable_by_key(|(k, _)| **k);
    for (id, inst) in insts {
        if inst.targs.iter().any(|t| mentions_tparam(tt, *t)) {
            g.instances.push((*id, inst.clone()));
        } else if let Some(o) = generic_func(info, *id) {
            work.push_back((o, inst.targs.clone()));
        }
    }
    let mut out = Stencils::default();
    while let Some((obj, targs)) = work.pop_front() {
        if out.by_key.contains_key(&(obj, targs.clone())) {
            continue;
        }
        let Some(tps) = info.tparams.get(&obj).cloned() else {
            continue;
        };
        if tps.len() != targs.len() {
            continue;
        }
        let m: HashMap<TypeId, TypeId> = tps.iter().copied().zip(targs.iter().copied()).collect();
        let st = stencil(info, prefix, &g, obj, &targs, &m, &mut work);
        out.by_key.insert((obj, targs), out.list.len());
        out.list.push(st);
    }
    out
}

/// Builds one stencil and queues the instances its body needs.
fn stencil(
    info: &mut Info,
    prefix: &str,
    g: &Generic,
    obj: ObjId,
    targs: &[TypeId],
    m: &HashMap<TypeId, TypeId>,
    work: &mut VecDeque<(ObjId, Vec<TypeId>)>,
) -> Stencil {
    let o_ty = info.obj(obj).ty;
    let sig = subst(&mut info.table, o_ty, m);
    let mut st = Stencil {
        obj,
        sig,
        name: String::new(),
        types: HashMap::new(),
        objs: HashMap::new(),
        selections: HashMap::new(),
        instances: HashMap::new(),
    };
    for (id, tv) in &g.types {
        let ty = subst(&mut info.table, tv.ty, m);
        st.types.insert(
            *id,
            TypeAndValue {
                mode: tv.mode.clone(),
                ty,
            },
        );
    }
    for &o in &g.objs {
        let t = info.obj(o).ty;
        st.objs.insert(o, subst(&mut info.table, t, m));
    }
    for (id, s) in &g.selections {
        let mut s = s.clone();
        s.recv = subst(&mut info.table, s.recv, m);
        s.ty = subst(&mut info.table, s.ty, m);
        if !mentions_tparam(&info.table, s.recv) {
            if let Some(k) = method_instance(info, &s) {
                work.push_back(k);
            }
        }
        st.selections.insert(*id, s);
    }
    for (id, inst) in &g.instances {
        let targs: Vec<TypeId> = inst
            .targs
            .iter()
            .map(|t| subst(&mut info.table, *t, m))
            .collect();
        let ty = subst(&mut info.table, inst.ty, m);
        if !targs.iter().any(|t| mentions_tparam(&info.table, *t)) {
            if let Some(o) = generic_func(info, *id) {
                work.push_back((o, targs.clone()));
            }
        }
        st.instances.insert(*id, Instance { targs, ty });
    }
    st.name = instance_name(info, prefix, obj, targs);
    st
}

/// The generic function an instantiated identifier uses.
fn generic_func(info: &Info, id: NodeId) -> Option<ObjId> {
    let o = *info.uses.get(&id)?;
    (matches!(info.obj(o).kind, ObjKind::Func) && info.tparams.contains_key(&o)).then_some(o)
}

/// A method of a generic type selected on one of its instances: the method
/// object and the receiver type's arguments.
fn method_instance(info: &Info, s: &Selection) -> Option<(ObjId, Vec<TypeId>)> {
    if !matches!(info.obj(s.obj).kind, ObjKind::Func) || !info.tparams.contains_key(&s.obj) {
        return None;
    }
    let n = receiver_named(info, s.recv)?;
    let n = info.table.named(n)?;
    n.origin?;
    Some((s.obj, n.targs.clone()))
}

/// The named type (through one pointer) of a receiver type.
pub(crate) fn receiver_named(info: &Info, t: TypeId) -> Option<TypeId> {
    let t = match info.table.get(t) {
        Type::Pointer(e) => *e,
        _ => t,
    };
    info.table.named(t).map(|_| t)
}

/// `PREFIX.F[int,string]`, or for methods `PREFIX.(*T[int]).M`.
fn instance_name(info: &Info, prefix: &str, obj: ObjId, targs: &[TypeId]) -> String {
    let base = info.link_name(obj, prefix);
    let args: Vec<String> = targs.iter().map(|t| type_string(info, *t, None)).collect();
    let args = format!("[{}]", args.join(","));
    let o = info.obj(obj);
    let is_method = info.table.signature(o.ty).is_some_and(|s| s.recv.is_some());
    if !is_method {
        return format!("{base}{args}");
    }
    // Insert after the receiver's type name: before ")." or the last ".M".
    let cut = base.len() - o.name.len() - 1;
    let (head, tail) = base.split_at(cut);
    match head.strip_suffix(')') {
        Some(h) => format!("{h}{args}){tail}"),
        None => format!("{head}{args}{tail}"),
    }
}

/// Generic function declarations of the package by object (their bodies
/// are lowered once per stencil).
pub(crate) fn generic_decls<'a>(
    info: &Info,
    files: &'a [ast::File],
) -> BTreeMap<ObjId, &'a ast::FuncDecl> {
    let mut out = BTreeMap::new();
    for f in files {
        for d in &f.decls {
            if let ast::Decl::Func(fd) = d {
                if let Some(&o) = info.defs.get(&fd.name.id) {
                    if info.tparams.contains_key(&o) && fd.body.is_some() {
                        out.insert(o, fd);
                    }
                }
            }
        }
    }
    out
}

impl<'a> Pkg<'a> {
    /// The stencil being lowered (with its function literals), if any.
    pub fn cur_inst(&self) -> Option<&'a Stencil> {
        let s: &'a Stencils = self.stencils;
        self.cur_stencil.map(|i| &s.list[i])
    }

    /// Type of an expression, as seen in the stencil being lowered.
    pub fn node_type(&self, id: NodeId) -> Option<TypeId> {
        if let Some(t) = self.cur_inst().and_then(|s| s.types.get(&id)) {
            return Some(t.ty);
        }
        self.info.types.get(&id).map(|tv| tv.ty)
    }

    /// The symbol of stencil `i` (declared on first use; weak, see the module doc).
    pub fn stencil_sym(&mut self, i: usize) -> FuncSym {
        if let Some(s) = self.stencil_syms.get(&i) {
            return *s;
        }
        let st = &self.stencils.list[i];
        let (params, results) = self.lay.go_signature(st.sig);
        let ty = self.obj.func_type(&params, &results);
        let local = self.generic_decls.contains_key(&st.obj);
        let sym = if local {
            let s = self.obj.declare_func(&st.name, ty, None);
            self.obj.set_weak_func(s);
            s
        } else {
            self.obj.import_func(&st.name, ty, None, None)
        };
        self.stencil_syms.insert(i, sym);
        sym
    }
}

/// Lowers every stencil whose generic declaration is in this package.
pub(crate) fn lower_stencils(p: &mut Pkg<'_>) {
    let stencils: &Stencils = p.stencils;
    for (i, st) in stencils.list.iter().enumerate() {
        let Some(&fd) = p.generic_decls.get(&st.obj) else {
            continue;
        };
        let Some(body) = &fd.body else { continue };
        let sym = p.stencil_sym(i);
        p.cur_stencil = Some(i);
        let f = FuncSource {
            sym,
            name: st.name.clone(),
            sig_ty: st.sig,
            recv: fd.recv.as_ref(),
            ty: &fd.ty,
            body,
            captures: None,
            pos: fd.name.pos,
        };
        lower_body(p, &f);
        super::closure::lower_pending(p);
        p.cur_stencil = None;
    }
}

impl<'a> Fx<'_, 'a> {
    /// Type and value of an expression (substituted inside a stencil).
    pub fn tv(&self, id: &NodeId) -> Option<&'a TypeAndValue> {
        if let Some(t) = self.inst.and_then(|s| s.types.get(id)) {
            return Some(t);
        }
        self.info.types.get(id)
    }

    pub fn inst_has(&self, id: &NodeId) -> bool {
        self.inst_of(id).is_some()
    }

    /// Selection of a selector expression (substituted inside a stencil).
    pub fn sel(&self, id: &NodeId) -> Option<&'a Selection> {
        if let Some(t) = self.inst.and_then(|s| s.selections.get(id)) {
            return Some(t);
        }
        self.info.selections.get(id)
    }

    /// Type of a variable (substituted inside a stencil).
    pub fn obj_ty(&self, o: ObjId) -> TypeId {
        if let Some(t) = self.inst.and_then(|s| s.objs.get(&o)) {
            return *t;
        }
        self.info.obj(o).ty
    }

    /// Instance recorded for an identifier (substituted inside a stencil).
    pub fn inst_of(&self, id: &NodeId) -> Option<&'a Instance> {
        if let Some(t) = self.inst.and_then(|s| s.instances.get(id)) {
            return Some(t);
        }
        self.info.instances.get(id)
    }

    /// The stencil a call of generic function or method `obj` reaches through
    /// `fun` (the callee expression), if it is one.
    pub fn stencil_callee(&mut self, obj: ObjId, fun: &ast::Expr) -> Option<(FuncSym, TypeId)> {
        if !self.info.tparams.contains_key(&obj) {
            return None;
        }
        let targs = match self.fun_instance(fun) {
            Some(i) => i.targs.clone(),
            None => {
                // A method of a generic type: the receiver's type arguments.
                let s = self.sel(&fun.id)?;
                let n = receiver_named(self.info, s.recv)?;
                self.info.table.named(n)?.targs.clone()
            }
        };
        let i = self.p.stencils.find(obj, &targs)?;
        let sig = self.p.stencils.list[i].sig;
        Some((self.p.stencil_sym(i), sig))
    }

    fn fun_instance(&self, fun: &ast::Expr) -> Option<&'a Instance> {
        use ast::ExprKind as K;
        match &fun.kind {
            K::Paren(x) => self.fun_instance(x),
            K::Index { x, .. } => self.inst_of(&fun.id).or_else(|| self.fun_instance(x)),
            K::Selector { sel, .. } => self.inst_of(&sel.id).or_else(|| self.inst_of(&fun.id)),
            _ => self.inst_of(&fun.id),
        }
    }
}
