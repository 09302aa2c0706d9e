//! Type parameters: declaration, constraints, substitution, instantiation, inference,
//! core types and type-set predicates.

use super::*;
use crate::syntax::ast::ExprKind;
use crate::types::exprstring::expr_string;

impl<'a> Checker<'a> {
    /// Declares the type parameters of `fields` in the current scope; returns their types.
    pub fn declare_tparams(&mut self, fields: &'a [ast::Field]) -> Vec<TypeId> {
        let mut tps = Vec::new();
        let mut idx = 0u32;
        // First all names (constraints may refer to any of them), then the constraints.
        for f in fields {
            for n in &f.names {
                let o = self.new_obj(&n.name, ObjKind::TypeName, self.invalid(), n.pos);
                let any = self.empty_interface();
                let tp = self.tt().new_type_param(o, idx, any);
                idx += 1;
                self.info.obj_mut(o).ty = tp;
                let sc = self.scope;
                self.declare(sc, Some(n), o);
                tps.push(tp);
            }
        }
        let mut k = 0;
        for f in fields {
            let c = self.constraint(&f.ty);
            for _ in &f.names {
                self.tt().set_type_param_constraint(tps[k], c);
                k += 1;
            }
        }
        tps
    }

    /// A constraint: an interface, or a type/union turned into an implicit interface.
    pub fn constraint(&mut self, e: &'a ast::Expr) -> TypeId {
        let is_union = matches!(
            e.kind,
            ExprKind::Binary {
                op: ast::BinaryOp::Or,
                ..
            } | ExprKind::Unary {
                op: ast::UnaryOp::Tilde,
                ..
            }
        );
        if !is_union {
            let t = self.typ(e);
            if t == self.invalid() || self.is_interface(t) {
                return t;
            }
            return self.tt().intern(Type::Interface(Interface {
                methods: vec![],
                terms: Some(vec![Term {
                    tilde: false,
                    ty: t,
                }]),
                comparable: false,
            }));
        }
        let mut terms = Vec::new();
        self.union_terms(e, &mut terms);
        self.tt().intern(Type::Interface(Interface {
            methods: vec![],
            terms: Some(terms),
            comparable: false,
        }))
    }

    /// The constraint interface of a type parameter.
    pub fn tparam_constraint(&self, t: TypeId) -> Option<&Interface> {
        match self.t().get(t) {
            Type::TypeParam { constraint, .. } => self.t().interface(*constraint),
            _ => None,
        }
    }

    /// Core type: the single underlying type of all types in a type parameter's type set.
    pub fn core_type(&self, t: TypeId) -> Option<TypeId> {
        let it = self.tparam_constraint(t)?;
        let terms = it.terms.as_ref()?;
        let first = self.t().underlying(terms.first()?.ty);
        if terms.iter().all(|x| self.t().underlying(x.ty) == first) {
            Some(first)
        } else {
            None
        }
    }

    /// Do all types in `t`'s type set (just `t` for ordinary types) have a basic
    /// underlying kind satisfying `pred`?
    pub fn all_kinds(&self, t: TypeId, pred: impl Fn(BasicKind) -> bool) -> bool {
        if let Type::TypeParam { .. } = self.t().get(t) {
            return match self.tparam_constraint(t).and_then(|i| i.terms.clone()) {
                Some(ts) if !ts.is_empty() => ts
                    .iter()
                    .all(|x| matches!(self.t().get(self.t().underlying(x.ty)), Type::Basic(k) if pred(*k))),
                _ => false,
            };
        }
        self.basic(t).map(pred).unwrap_or(false)
    }

    /// Does every type in type parameter `t`'s type set satisfy `pred`?
    pub fn type_set_all(&self, t: TypeId, pred: impl Fn(&Self, TypeId) -> bool) -> bool {
        match self.tparam_constraint(t).and_then(|i| i.terms.clone()) {
            Some(ts) if !ts.is_empty() => ts.iter().all(|x| pred(self, x.ty)),
            _ => false,
        }
    }

    /// Replaces type parameters per `m` in `t`.
    pub fn subst(&mut self, t: TypeId, m: &HashMap<TypeId, TypeId>) -> TypeId {
        if m.is_empty() {
            return t;
        }
        self.subst_depth(t, m, 0)
    }

    fn subst_depth(&mut self, t: TypeId, m: &HashMap<TypeId, TypeId>, d: u32) -> TypeId {
        if d > 64 {
            return t;
        }
        let d = d + 1;
        if let Some(r) = m.get(&t) {
            return *r;
        }
        match self.t().get(t).clone() {
            Type::Basic(_) | Type::TypeParam { .. } => t,
            Type::Pointer(e) => {
                let e = self.subst_depth(e, m, d);
                self.tt().pointer(e)
            }
            Type::Slice(e) => {
                let e = self.subst_depth(e, m, d);
                self.tt().slice(e)
            }
            Type::Array { len, elem } => {
                let e = self.subst_depth(elem, m, d);
                self.tt().array(len, e)
            }
            Type::Map { key, value } => {
                let k = self.subst_depth(key, m, d);
                let v = self.subst_depth(value, m, d);
                self.tt().map(k, v)
            }
            Type::Chan { dir, elem } => {
                let e = self.subst_depth(elem, m, d);
                self.tt().chan(dir, e)
            }
            Type::Struct(mut s) => {
                for f in &mut s.fields {
                    f.ty = self.subst_depth(f.ty, m, d);
                }
                self.tt().intern(Type::Struct(s))
            }
            Type::Signature(mut s) => {
                for p in &mut s.params {
                    *p = self.subst_depth(*p, m, d);
                }
                for r in &mut s.results {
                    *r = self.subst_depth(*r, m, d);
                }
                if let Some(r) = s.recv {
                    s.recv = Some(self.subst_depth(r, m, d));
                }
                self.tt().intern(Type::Signature(s))
            }
            Type::Interface(mut it) => {
                for x in &mut it.methods {
                    x.sig = self.subst_depth(x.sig, m, d);
                }
                if let Some(ts) = &mut it.terms {
                    for x in ts.iter_mut() {
                        x.ty = self.subst_depth(x.ty, m, d);
                    }
                }
                self.tt().intern(Type::Interface(it))
            }
            Type::Tuple(v) => {
                let v: Vec<TypeId> = v.iter().map(|x| self.subst_depth(*x, m, d)).collect();
                self.tt().tuple(v)
            }
            Type::Named(n) => {
                // A generic type used inside its own declaration stands for itself
                // instantiated with its own parameters.
                let (origin, cur) = match n.origin {
                    Some(o) => (o, n.targs.clone()),
                    None if !n.tparams.is_empty() => (t, n.tparams.clone()),
                    None => return t,
                };
                let targs: Vec<TypeId> = cur.iter().map(|x| self.subst_depth(*x, m, d)).collect();
                if targs == cur {
                    return t;
                }
                self.instantiate_named(origin, targs)
            }
        }
    }

    /// The instance of generic named type `origin` with `targs` (origin itself for its own
    /// type parameters).
    pub fn instantiate_named(&mut self, origin: TypeId, targs: Vec<TypeId>) -> TypeId {
        let Some(n) = self.t().named(origin).cloned() else {
            return self.invalid();
        };
        if targs == n.tparams {
            return origin;
        }
        if let Some(i) = self.t().instance(origin, &targs) {
            return i;
        }
        let inst = self.tt().new_instance(origin, targs.clone());
        // Instantiations that keep growing (`type T[P any] [1]T[*P]`) are invalid
        // recursive types; bound the nesting instead of recursing forever.
        if self.inst_depth > 32 {
            return inst;
        }
        self.inst_depth += 1;
        self.fill_instance(inst);
        self.inst_depth -= 1;
        inst
    }

    /// Computes an instance's underlying type (again, once the origin's is known).
    pub fn fill_instance(&mut self, inst: TypeId) {
        let Some(n) = self.t().named(inst).cloned() else {
            return;
        };
        let Some(origin) = n.origin else { return };
        let Some(on) = self.t().named(origin).cloned() else {
            return;
        };
        if on.underlying == self.invalid() {
            self.pending_instances.push(inst);
            return;
        }
        let m: HashMap<TypeId, TypeId> = on
            .tparams
            .iter()
            .copied()
            .zip(n.targs.iter().copied())
            .collect();
        let u = self.subst(on.underlying, &m);
        let u = self.under(u);
        self.tt().set_underlying(inst, u);
    }

    /// Substitution map from a named instance's origin type parameters to its arguments.
    pub fn instance_map(&self, t: TypeId) -> HashMap<TypeId, TypeId> {
        match self.t().named(t) {
            Some(n) => match n.origin.and_then(|o| self.t().named(o)) {
                Some(on) => on
                    .tparams
                    .iter()
                    .copied()
                    .zip(n.targs.iter().copied())
                    .collect(),
                None => HashMap::new(),
            },
            None => HashMap::new(),
        }
    }

    /// Why `targ` does not satisfy `constraint` (None if it does).
    pub fn unsatisfied(&mut self, targ: TypeId, constraint: TypeId) -> Option<String> {
        let it = self.t().interface(constraint).cloned()?;
        let ts = self.type_string(targ);
        let cs = self.type_string(constraint);
        if let Some(terms) = &it.terms {
            let ok = terms.iter().any(|term| {
                if term.tilde {
                    self.identical(self.under(targ), self.under(term.ty))
                } else {
                    self.identical(targ, term.ty)
                }
            }) || (self.is_type_param(targ)
                && self
                    .tparam_constraint(targ)
                    .and_then(|c| c.terms.clone())
                    .map(|tt| {
                        tt.iter().all(|x| {
                            terms.iter().any(|term| {
                                if term.tilde {
                                    self.identical(self.under(x.ty), self.under(term.ty))
                                } else {
                                    self.identical(x.ty, term.ty)
                                }
                            })
                        })
                    })
                    .unwrap_or(false));
            if !ok {
                return Some(format!(
                    "{ts} does not satisfy {cs} ({ts} missing in {})",
                    terms_string(self, terms)
                ));
            }
        }
        if it.comparable && !self.comparable(targ) {
            return Some(format!("{ts} does not satisfy comparable"));
        }
        if !it.methods.is_empty() {
            let iface = self.tt().intern(Type::Interface(Interface {
                methods: it.methods.clone(),
                terms: None,
                comparable: false,
            }));
            if let Some(r) = self.missing_method(targ, iface) {
                let why = r
                    .split_once(" (")
                    .map(|(_, w)| w.trim_end_matches(')').to_string())
                    .unwrap_or_default();
                return Some(format!("{ts} does not satisfy {cs} ({why})"));
            }
        }
        None
    }

    /// Unifies parameter type `p` (may mention type parameters in `tps`) with argument
    /// type `a`, extending `m`.
    pub fn unify(
        &self,
        p: TypeId,
        a: TypeId,
        tps: &[TypeId],
        m: &mut HashMap<TypeId, TypeId>,
    ) -> bool {
        if tps.contains(&p) {
            if let Some(b) = m.get(&p) {
                return self.identical(*b, a) || self.identical(self.under(*b), self.under(a));
            }
            m.insert(p, a);
            return true;
        }
        if p == a && matches!(self.t().get(p), Type::Basic(_) | Type::Named(_)) {
            return true;
        }
        // A type-parameter argument unifies through its core type.
        let a = if self.is_type_param(a) && !tps.contains(&a) {
            self.core_type(a).unwrap_or(a)
        } else {
            a
        };
        let (pt, at) = (self.t().get(p).clone(), self.t().get(a).clone());
        // A defined argument type unifies with a type literal parameter through its
        // underlying type (inexact unification, as types2 does for assignability).
        let at_u = if matches!(at, Type::Named(_)) && !matches!(pt, Type::Named(_)) {
            self.t().get(self.under(a)).clone()
        } else {
            at
        };
        match (pt, at_u) {
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => {
                self.unify(x, y, tps, m)
            }
            (Type::Array { len: l1, elem: x }, Type::Array { len: l2, elem: y }) => {
                l1 == l2 && self.unify(x, y, tps, m)
            }
            (Type::Map { key: k1, value: v1 }, Type::Map { key: k2, value: v2 }) => {
                self.unify(k1, k2, tps, m) && self.unify(v1, v2, tps, m)
            }
            (Type::Chan { elem: x, .. }, Type::Chan { elem: y, .. }) => self.unify(x, y, tps, m),
            (Type::Signature(s1), Type::Signature(s2)) => {
                s1.params.len() == s2.params.len()
                    && s1.results.len() == s2.results.len()
                    && s1
                        .params
                        .iter()
                        .zip(&s2.params)
                        .all(|(x, y)| self.unify(*x, *y, tps, m))
                    && s1
                        .results
                        .iter()
                        .zip(&s2.results)
                        .all(|(x, y)| self.unify(*x, *y, tps, m))
            }
            (Type::Struct(s1), Type::Struct(s2)) => {
                s1.fields.len() == s2.fields.len()
                    && s1
                        .fields
                        .iter()
                        .zip(&s2.fields)
                        .all(|(x, y)| x.name == y.name && self.unify(x.ty, y.ty, tps, m))
            }
            (Type::Named(n1), Type::Named(n2)) => {
                n1.origin.is_some()
                    && n1.origin == n2.origin
                    && n1.targs.len() == n2.targs.len()
                    && n1
                        .targs
                        .iter()
                        .zip(&n2.targs)
                        .all(|(x, y)| self.unify(*x, *y, tps, m))
            }
            _ => true, // mismatches are reported by the assignment check afterwards
        }
    }

    /// A method with its own type parameters (declared here, or imported: its receiver
    /// type is not generic but it has type parameters).
    fn is_generic_method(&self, o: ObjId) -> bool {
        if self.generic_methods.contains(&o) {
            return true;
        }
        let Some(recv) = self.t().signature(self.info.obj(o).ty).and_then(|s| s.recv) else {
            return false;
        };
        let base = self.deref(recv).0;
        let recv_generic = self
            .t()
            .named(base)
            .map(|n| !n.tparams.is_empty())
            .unwrap_or(false);
        !recv_generic && self.info.tparams.contains_key(&o)
    }

    fn core_type_inference(&self, tps: &[TypeId], m: &mut HashMap<TypeId, TypeId>) {
        for _ in 0..tps.len() {
            for tp in tps {
                if let Some(bound) = m.get(tp).copied() {
                    if let Some(core) = self.core_type(*tp) {
                        let mut m2 = m.clone();
                        if self.unify(core, self.under(bound), tps, &mut m2) {
                            *m = m2;
                        }
                    }
                }
            }
        }
    }

    /// Type parameters of generic function object `obj`, if any.
    pub fn func_tparams(&self, obj: ObjId) -> Option<Vec<TypeId>> {
        self.info
            .tparams
            .get(&obj)
            .cloned()
            .filter(|v| !v.is_empty())
    }

    /// The generic function object a call's function expression names, if any.
    pub fn generic_func_of(&self, e: &ast::Expr) -> Option<(ObjId, NodeId)> {
        let e = super::expr::strip_parens(e);
        let id = match &e.kind {
            ExprKind::Ident(_) => e.id,
            ExprKind::Selector { sel, .. } => sel.id,
            _ => return None,
        };
        let o = *self.info.uses.get(&id)?;
        // Methods of generic types get their type arguments from the receiver.
        if self
            .t()
            .signature(self.info.obj(o).ty)
            .and_then(|s| s.recv)
            .is_some()
            && !self.is_generic_method(o)
        {
            return None;
        }
        self.func_tparams(o)?;
        Some((o, id))
    }

    /// Instantiates generic function `obj` with `targs`: checks constraints, records the
    /// instance under `ident`, returns the instantiated signature.
    pub fn instantiate_func(
        &mut self,
        obj: ObjId,
        ident: NodeId,
        targs: Vec<TypeId>,
        pos: Pos,
    ) -> TypeId {
        let tps = self.func_tparams(obj).unwrap_or_default();
        let m: HashMap<TypeId, TypeId> = tps.iter().copied().zip(targs.iter().copied()).collect();
        for (tp, ta) in tps.iter().zip(&targs) {
            let c = match self.t().get(*tp) {
                Type::TypeParam { constraint, .. } => *constraint,
                _ => continue,
            };
            let c = self.subst(c, &m);
            if let Some(why) = self.unsatisfied(*ta, c) {
                self.error(pos, why);
                return self.invalid();
            }
        }
        let sig = self.info.obj(obj).ty;
        let t = self.subst(sig, &m);
        self.info.instances.insert(ident, Instance { targs, ty: t });
        t
    }

    /// `f[T1, T2]` for a generic function value `f`.
    pub(super) fn explicit_func_instance(
        &mut self,
        e: &'a ast::Expr,
        x: &Operand,
        indices: &'a [ast::Expr],
        base: &ast::Expr,
    ) -> Option<Operand> {
        let (obj, ident) = self.generic_func_of(base)?;
        let tps = self.func_tparams(obj)?;
        let mut res = Operand::invalid(e.start_pos());
        res.expr = expr_string(e);
        if indices.len() > tps.len() {
            self.error(
                indices[tps.len()].start_pos(),
                format!(
                    "got {} type arguments but want {}",
                    indices.len(),
                    tps.len()
                ),
            );
            return Some(res);
        }
        let targs: Vec<TypeId> = indices.iter().map(|i| self.typ(i)).collect();
        if targs.iter().any(|t| *t == self.invalid()) {
            return Some(res);
        }
        if targs.len() < tps.len() {
            // Partial instantiation: the rest is inferred at the call.
            self.partial_targs.insert(e.id, targs);
            res.mode = OpMode::Value;
            res.ty = x.ty;
            return Some(res);
        }
        let t = self.instantiate_func(obj, ident, targs, e.start_pos());
        if t == self.invalid() {
            return Some(res);
        }
        res.mode = OpMode::Value;
        res.ty = t;
        Some(res)
    }

    /// Infers the type arguments of a call of generic `obj` from the arguments and
    /// instantiates it; returns the instantiated signature or None (error reported).
    #[allow(clippy::too_many_arguments)]
    pub fn infer_call(
        &mut self,
        fun: &ast::Expr,
        call_pos: Pos,
        obj: ObjId,
        ident: NodeId,
        given: Vec<TypeId>,
        args: &[Operand],
        dots: bool,
    ) -> Option<TypeId> {
        let tps = self.func_tparams(obj)?;
        let sig = self.t().signature(self.info.obj(obj).ty).cloned()?;
        let mut m: HashMap<TypeId, TypeId> =
            tps.iter().copied().zip(given.iter().copied()).collect();
        let n = sig.params.len();
        let param_at = |c: &Self, i: usize| -> Option<TypeId> {
            if sig.variadic && i + 1 >= n && !dots {
                match c.t().get(*sig.params.last()?) {
                    Type::Slice(e) => Some(*e),
                    _ => None,
                }
            } else {
                sig.params.get(i).copied()
            }
        };
        // Typed arguments first, then untyped constants with their default types.
        for (i, a) in args.iter().enumerate() {
            if a.is_invalid() || self.is_untyped(a.ty) {
                continue;
            }
            let Some(p) = param_at(self, i) else { continue };
            self.unify(p, a.ty, &tps, &mut m);
        }
        // Core types of constraints can determine further parameters (e.g. S ~[]E binds E
        // from S) — before untyped constants get their default types, as in types2.
        self.core_type_inference(&tps, &mut m);
        let mut untyped: std::collections::BTreeMap<TypeId, TypeId> = Default::default();
        for (i, a) in args.iter().enumerate() {
            if a.is_invalid() || !self.is_untyped(a.ty) || a.is_nil() {
                continue;
            }
            let Some(p) = param_at(self, i) else { continue };
            if tps.contains(&p) && !m.contains_key(&p) {
                // Several untyped arguments for one parameter: the "largest" kind wins
                // (int < rune < float < complex), as in Go 1.21.
                let rank = |k: Option<BasicKind>| match k {
                    Some(BasicKind::UntypedRune) => 2,
                    Some(BasicKind::UntypedFloat) => 3,
                    Some(BasicKind::UntypedComplex) => 4,
                    _ => 1,
                };
                let better = match untyped.get(&p) {
                    Some(prev) => rank(self.basic(a.ty)) > rank(self.basic(*prev)),
                    None => true,
                };
                if better {
                    untyped.insert(p, a.ty);
                }
            }
        }
        for (p, t) in untyped {
            let d = self.default_type(t);
            m.entry(p).or_insert(d);
        }
        // Core types again, for parameters bound by untyped defaults.
        self.core_type_inference(&tps, &mut m);
        let mut targs = Vec::new();
        for tp in &tps {
            match m.get(tp) {
                Some(t) => targs.push(*t),
                None => {
                    let to = match self.t().get(*tp) {
                        Type::TypeParam { obj, .. } => *obj,
                        _ => obj,
                    };
                    let (name, tpos) = (self.info.obj(to).name.clone(), self.info.obj(to).pos);
                    let ps = self.pos_string(tpos);
                    self.error(
                        call_pos,
                        format!(
                            "in call to {}, cannot infer {name} (declared at {ps})",
                            expr_string(fun)
                        ),
                    );
                    return None;
                }
            }
        }
        let t = self.instantiate_func(obj, ident, targs, call_pos);
        if t == self.invalid() {
            return None;
        }
        Some(t)
    }
}

fn terms_string(c: &Checker, terms: &[Term]) -> String {
    terms
        .iter()
        .map(|t| format!("{}{}", if t.tilde { "~" } else { "" }, c.type_string(t.ty)))
        .collect::<Vec<_>>()
        .join(" | ")
}
