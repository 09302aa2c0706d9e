//! Identifiers and type expressions.

use super::*;
use crate::types::exprstring::expr_string;

/// Objects created for a signature's receiver, parameters and results.
#[derive(Clone, Debug, Default)]
pub(crate) struct SigObjs {
    pub recv: Option<ObjId>,
    pub params: Vec<ObjId>,
    pub results: Vec<ObjId>,
}

pub(crate) fn object_kind(k: &ObjKind) -> &'static str {
    match k {
        ObjKind::Var { .. } => "variable",
        ObjKind::Const(_) => "constant",
        ObjKind::TypeName => "type",
        ObjKind::Func => "func",
        ObjKind::PkgName(_) => "package",
        ObjKind::Builtin(_) => "built-in",
        ObjKind::Nil => "nil",
        ObjKind::Label => "label",
    }
}

impl<'a> Checker<'a> {
    /// Resolves an identifier (types2's `ident`).
    pub fn ident(&mut self, e: &ast::Expr, name: &str, want_type: bool) -> Operand {
        let mut x = Operand::invalid(e.pos);
        x.id = Some(e.id);
        x.expr = name.to_string();
        let Some(obj) = self.lookup(name) else {
            if name == "_" {
                self.error(e.pos, "cannot use _ as value or type");
            } else {
                self.error(e.pos, format!("undefined: {name}"));
            }
            return x;
        };
        self.info.uses.insert(e.id, obj);
        let kind = self.info.obj(obj).kind.clone();
        if want_type && !matches!(kind, ObjKind::TypeName) {
            self.error(
                e.pos,
                format!("{name} ({}) is not a type", object_kind(&kind)),
            );
            if let ObjKind::Var { .. } = kind {
                self.used.insert(obj);
            }
            return x;
        }
        // Package-level objects of this package are checked on demand.
        if self.decls.contains_key(&obj) {
            self.obj_decl(obj);
        }
        let typ = self.info.obj(obj).ty;
        let kind = self.info.obj(obj).kind.clone();
        match kind {
            ObjKind::PkgName(_) => {
                self.error(e.pos, format!("use of package {name} not in selector"));
                return x;
            }
            ObjKind::Const(v) => {
                self.add_dep(obj);
                if typ == self.invalid() {
                    return x;
                }
                if self.info.obj(obj).pkg.is_none() && name == "iota" {
                    match &self.iota {
                        Some(i) => x.mode = OpMode::Constant(ConstValue::Int(i.clone())),
                        None => {
                            self.error(e.pos, "cannot use iota outside constant declaration");
                            return x;
                        }
                    }
                } else {
                    x.mode = OpMode::Constant(v);
                }
            }
            ObjKind::TypeName => x.mode = OpMode::TypeExpr,
            ObjKind::Var { .. } => {
                if self.info.obj(obj).pkg == Some(self.pkg) {
                    self.used.insert(obj);
                }
                self.add_dep(obj);
                self.note_capture(obj);
                if typ == self.invalid() {
                    return x;
                }
                x.mode = OpMode::Variable;
            }
            ObjKind::Func => {
                self.add_dep(obj);
                x.mode = OpMode::Value;
            }
            ObjKind::Builtin(b) => x.mode = OpMode::Builtin(b),
            ObjKind::Nil => x.mode = OpMode::Nil,
            ObjKind::Label => return x,
        }
        x.ty = typ;
        x
    }

    /// Records a use of local variable `obj` inside a closure that declared it outside.
    fn note_capture(&mut self, obj: ObjId) {
        let Some(f) = &self.fctx else { return };
        let Some(lit) = f.lit else { return };
        if self.info.obj(obj).parent_is_package {
            return;
        }
        // Declared outside the closure's scope chain below `f.scope`?
        let decl_scope = self.var_scope.get(&obj).copied();
        let Some(ds) = decl_scope else { return };
        let mut s = Some(self.scope);
        while let Some(id) = s {
            if id == ds {
                return; // declared inside the closure
            }
            if id == f.scope {
                break;
            }
            s = self.info.scope(id).parent;
        }
        if ds == f.scope {
            return;
        }
        // Record for this closure and every enclosing closure that also doesn't declare it.
        let v = self.info.captures.entry(lit).or_default();
        if !v.contains(&obj) {
            v.push(obj);
        }
        for outer in self.outer_lits.clone().into_iter().rev() {
            let (olit, oscope) = outer;
            if self.scope_within(ds, oscope) {
                break;
            }
            let v = self.info.captures.entry(olit).or_default();
            if !v.contains(&obj) {
                v.push(obj);
            }
        }
    }

    /// Is `obj` (a generic type name) on the current declaration path?
    fn in_own_decl(&self, obj: ObjId) -> bool {
        self.recv_generic == Some(obj)
    }

    /// Is scope `s` equal to or nested inside `outer`?
    pub fn scope_within(&self, s: ScopeId, outer: ScopeId) -> bool {
        let mut c = Some(s);
        while let Some(id) = c {
            if id == outer {
                return true;
            }
            c = self.info.scope(id).parent;
        }
        false
    }

    /// Checks a type expression and returns its type (Invalid after an error).
    pub fn typ(&mut self, e: &'a ast::Expr) -> TypeId {
        let mut t = self.typ_internal(e);
        let generic = self
            .t()
            .named(t)
            .map(|n| !n.tparams.is_empty() && n.origin.is_none() && !self.in_own_decl(n.obj))
            .unwrap_or(false);
        if generic && !matches!(e.kind, ast::ExprKind::Index { .. }) {
            let ts = self.type_string(t);
            self.error(
                e.start_pos(),
                format!("cannot use generic type {ts} without instantiation"),
            );
            t = self.invalid();
        }
        self.info.types.insert(
            e.id,
            TypeAndValue {
                mode: Mode::TypeExpr,
                ty: t,
            },
        );
        t
    }

    fn typ_internal(&mut self, e: &'a ast::Expr) -> TypeId {
        use ast::ExprKind as K;
        match &e.kind {
            K::Bad => self.invalid(),
            K::Ident(name) => {
                let x = self.ident(e, name, true);
                match x.mode {
                    OpMode::TypeExpr => x.ty,
                    _ => self.invalid(),
                }
            }
            K::Selector { .. } => {
                let x = self.selector(e, true);
                match x.mode {
                    OpMode::TypeExpr => x.ty,
                    OpMode::Invalid => self.invalid(),
                    _ => {
                        let d = x.describe(&self.info, Some(self.pkg));
                        self.error(x.pos, format!("{d} is not a type"));
                        self.invalid()
                    }
                }
            }
            K::Paren(x) => self.typ(x),
            K::Star(x) => {
                let t = self.typ(x);
                if t == self.invalid() {
                    return t;
                }
                self.tt().pointer(t)
            }
            K::ArrayType { len: None, elem } => {
                let t = self.typ(elem);
                self.tt().slice(t)
            }
            K::ArrayType {
                len: Some(len),
                elem,
            } => {
                if let K::Ellipsis(None) = len.kind {
                    self.error(
                        len.pos,
                        "invalid use of [...] array (outside a composite literal)",
                    );
                    self.typ(elem);
                    return self.invalid();
                }
                let n = self.array_length(len);
                let t = self.typ(elem);
                match n {
                    Some(n) => self.tt().array(n, t),
                    None => self.invalid(),
                }
            }
            K::Ellipsis(Some(x)) => {
                let t = self.typ(x);
                self.tt().slice(t)
            }
            K::MapType { key, value } => {
                let k = self.typ(key);
                let v = self.typ(value);
                if k != self.invalid() && !self.is_type_param(k) && !self.comparable(k) {
                    let ks = self.type_string(k);
                    self.error(key.start_pos(), format!("invalid map key type {ks}"));
                }
                self.tt().map(k, v)
            }
            K::ChanType { dir, elem } => {
                let t = self.typ(elem);
                let d = match dir {
                    ast::ChanDir::Both => ChanDir::Both,
                    ast::ChanDir::Send => ChanDir::Send,
                    ast::ChanDir::Recv => ChanDir::Recv,
                };
                self.tt().chan(d, t)
            }
            K::FuncType(ft) => {
                let (sig, _) = self.signature(ft, None, None, false);
                sig
            }
            K::StructType { fields } => self.struct_type(fields),
            K::InterfaceType { elems } => self.interface_type(elems),
            K::Index { x, indices } => self.instantiate_type(e, x, indices),
            _ => {
                let s = expr_string(e);
                self.error(e.start_pos(), format!("{s} is not a type"));
                self.invalid()
            }
        }
    }

    fn array_length(&mut self, len: &'a ast::Expr) -> Option<u64> {
        if let ast::ExprKind::Ident(name) = &len.kind {
            if self.lookup(name).is_none() {
                self.error(
                    len.pos,
                    format!("undefined array length {name} or missing type constraint"),
                );
                return None;
            }
        }
        let x = self.expr(len);
        if x.is_invalid() {
            return None;
        }
        let Some(v) = x.val().cloned() else {
            let d = x.describe(&self.info, Some(self.pkg));
            self.error(x.pos, format!("array length {d} must be constant"));
            return None;
        };
        let k = self.basic(x.ty).unwrap_or(BasicKind::Invalid);
        if k.is_untyped() || k.is_integer() {
            if let Some(i) = v.to_int() {
                if crate::constant::representable(&ConstValue::Int(i.clone()), BasicKind::Int)
                    .is_ok()
                {
                    if let Some(n) = v.as_i64().filter(|n| *n >= 0) {
                        return Some(n as u64);
                    }
                }
            }
        }
        let d = x.describe(&self.info, Some(self.pkg));
        if k.is_integer() {
            self.error(x.pos, format!("invalid array length {d}"));
        } else {
            self.error(x.pos, format!("array length {d} must be integer"));
        }
        None
    }

    fn struct_type(&mut self, fields: &'a [ast::Field]) -> TypeId {
        let mut out: Vec<FieldInfo> = Vec::new();
        let mut seen: HashMap<String, Pos> = HashMap::new();
        for f in fields {
            let ty = self.typ(&f.ty);
            let mut add = |c: &mut Self, name: String, pos: Pos, id: Option<NodeId>, emb: bool| {
                let obj = c.info.new_object(Object {
                    name: name.clone(),
                    kind: ObjKind::Var {
                        field: true,
                        param: false,
                    },
                    ty,
                    pkg: Some(c.pkg),
                    pos,
                    parent_is_package: false,
                    link_name: None,
                    ptr_recv: false,
                    no_body: false,
                });
                if let Some(id) = id {
                    c.info.defs.insert(id, obj);
                }
                if name != "_" {
                    if let Some(p) = seen.get(&name) {
                        let ps = c.pos_string(*p);
                        c.error(
                            pos,
                            format!("{name} redeclared\n\t{ps}: other declaration of {name}"),
                        );
                    } else {
                        seen.insert(name.clone(), pos);
                    }
                }
                out.push(FieldInfo {
                    name,
                    ty,
                    embedded: emb,
                    tag: f.tag.clone(),
                    pkg: Some(c.pkg),
                    obj: Some(obj),
                });
            };
            if f.names.is_empty() {
                let name = embedded_name(&f.ty);
                add(self, name, f.ty.start_pos(), None, true);
            } else {
                for n in &f.names {
                    add(self, n.name.clone(), n.pos, Some(n.id), false);
                }
            }
        }
        self.tt().intern(Type::Struct(StructType { fields: out }))
    }

    fn interface_type(&mut self, elems: &'a [ast::InterfaceElem]) -> TypeId {
        let mut methods: Vec<Method> = Vec::new();
        let mut terms: Option<Vec<Term>> = None;
        let mut comparable = false;
        for el in elems {
            match el {
                ast::InterfaceElem::Method { name, ty } => {
                    let (sig, _) = self.signature(ty, None, None, false);
                    if methods.iter().any(|m| m.name == name.name) {
                        self.error(name.pos, format!("duplicate method {}", name.name));
                        continue;
                    }
                    let obj = self.info.new_object(Object {
                        name: name.name.clone(),
                        kind: ObjKind::Func,
                        ty: sig,
                        pkg: Some(self.pkg),
                        pos: name.pos,
                        parent_is_package: false,
                        link_name: None,
                        ptr_recv: false,
                        no_body: true,
                    });
                    self.info.defs.insert(name.id, obj);
                    methods.push(Method {
                        name: name.name.clone(),
                        sig,
                        pkg: if is_exported(&name.name) {
                            None
                        } else {
                            Some(self.pkg)
                        },
                    });
                }
                ast::InterfaceElem::Embed(e) => {
                    let mut list = Vec::new();
                    self.union_terms(e, &mut list);
                    if list.len() == 1 && !list[0].tilde && self.is_interface(list[0].ty) {
                        let it = self.t().interface(list[0].ty).cloned();
                        if let Some(it) = it {
                            comparable |= it.comparable;
                            for m in it.methods {
                                if !methods.iter().any(|x| x.name == m.name) {
                                    methods.push(m);
                                }
                            }
                            if let Some(ts) = it.terms {
                                terms = Some(intersect(terms, ts));
                            }
                        }
                        continue;
                    }
                    terms = Some(intersect(terms, list));
                }
            }
        }
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        self.tt().intern(Type::Interface(Interface {
            methods,
            terms,
            comparable,
        }))
    }

    pub(super) fn union_terms(&mut self, e: &'a ast::Expr, out: &mut Vec<Term>) {
        match &e.kind {
            ast::ExprKind::Binary {
                op: ast::BinaryOp::Or,
                x,
                y,
            } => {
                self.union_terms(x, out);
                self.union_terms(y, out);
            }
            ast::ExprKind::Unary {
                op: ast::UnaryOp::Tilde,
                x,
            } => {
                let t = self.typ(x);
                out.push(Term { tilde: true, ty: t });
            }
            _ => {
                let t = self.typ(e);
                out.push(Term {
                    tilde: false,
                    ty: t,
                });
            }
        }
    }

    /// Checks a signature; declares nothing (objects are returned for the body check).
    /// `recv` is the receiver field of a method.
    pub fn signature(
        &mut self,
        ft: &'a ast::FuncType,
        recv: Option<&'a ast::Field>,
        recv_type: Option<TypeId>,
        make_objs: bool,
    ) -> (TypeId, SigObjs) {
        let mut objs = SigObjs::default();
        if let (Some(r), Some(rt)) = (recv, recv_type) {
            let (name, pos, id) = match r.names.first() {
                Some(n) => (n.name.clone(), n.pos, Some(n.id)),
                None => ("".to_string(), r.ty.start_pos(), None),
            };
            if make_objs {
                let o = self.param_obj(&name, rt, pos);
                if let Some(id) = id {
                    self.info.defs.insert(id, o);
                }
                objs.recv = Some(o);
            }
        }
        let mut params = Vec::new();
        let mut variadic = false;
        let np = ft.params.len();
        for (i, f) in ft.params.iter().enumerate() {
            let t = if let ast::ExprKind::Ellipsis(Some(elem)) = &f.ty.kind {
                if i + 1 == np && f.names.len() <= 1 {
                    variadic = true;
                } else {
                    self.error(f.ty.pos, "can only use ... with final parameter in list");
                }
                let et = self.typ(elem);
                let st = self.tt().slice(et);
                self.info.types.insert(
                    f.ty.id,
                    TypeAndValue {
                        mode: Mode::TypeExpr,
                        ty: st,
                    },
                );
                st
            } else {
                self.typ(&f.ty)
            };
            let n = f.names.len().max(1);
            for k in 0..n {
                params.push(t);
                if make_objs {
                    let (name, pos, id) = match f.names.get(k) {
                        Some(id) => (id.name.clone(), id.pos, Some(id.id)),
                        None => (String::new(), f.ty.start_pos(), None),
                    };
                    let o = self.param_obj(&name, t, pos);
                    self.note_param_display(o, &f.ty, t);
                    match id {
                        Some(id) => {
                            self.info.defs.insert(id, o);
                        }
                        None => {
                            self.info.implicits.insert(f.ty.id, o);
                        }
                    }
                    objs.params.push(o);
                }
            }
        }
        let mut results = Vec::new();
        for f in &ft.results {
            let t = self.typ(&f.ty);
            let n = f.names.len().max(1);
            for k in 0..n {
                results.push(t);
                if make_objs {
                    let (name, pos, id) = match f.names.get(k) {
                        Some(id) => (id.name.clone(), id.pos, Some(id.id)),
                        None => (String::new(), f.ty.start_pos(), None),
                    };
                    let o = self.param_obj(&name, t, pos);
                    self.note_param_display(o, &f.ty, t);
                    if let Some(id) = id {
                        self.info.defs.insert(id, o);
                    }
                    objs.results.push(o);
                }
            }
        }
        let sig = self.tt().intern(Type::Signature(Signature {
            params,
            results,
            variadic,
            recv: recv_type,
        }));
        (sig, objs)
    }

    /// Parameters declared with byte/rune keep that spelling in messages.
    fn note_param_display(&mut self, o: ObjId, e: &ast::Expr, t: TypeId) {
        if matches!(e.kind, ast::ExprKind::Ellipsis(_)) {
            return;
        }
        let s = expr_string(e);
        if s.split(|c: char| !c.is_alphanumeric() && c != '_')
            .any(|w| w == "byte" || w == "rune")
        {
            self.obj_display.insert(o, (t, s));
        }
    }

    fn param_obj(&mut self, name: &str, ty: TypeId, pos: Pos) -> ObjId {
        self.info.new_object(Object {
            name: name.to_string(),
            kind: ObjKind::Var {
                field: false,
                param: true,
            },
            ty,
            pkg: Some(self.pkg),
            pos,
            parent_is_package: false,
            link_name: None,
            ptr_recv: false,
            no_body: false,
        })
    }

    /// `T[args]` in a type context: generic type instantiation (not supported yet).
    /// `T[args]` in a type context: generic type instantiation.
    pub(super) fn instantiate_type(
        &mut self,
        e: &'a ast::Expr,
        x: &'a ast::Expr,
        indices: &'a [ast::Expr],
    ) -> TypeId {
        let base = self.expr_or_type(x);
        if base.is_invalid() {
            return self.invalid();
        }
        if base.mode != OpMode::TypeExpr {
            self.error(e.start_pos(), format!("{} is not a type", expr_string(e)));
            return self.invalid();
        }
        let origin = base.ty;
        let tparams = self
            .t()
            .named(origin)
            .map(|n| n.tparams.clone())
            .unwrap_or_default();
        if tparams.is_empty()
            || self
                .t()
                .named(origin)
                .map(|n| n.origin.is_some())
                .unwrap_or(false)
        {
            let ts = self.type_string(origin);
            self.error(x.start_pos(), format!("{ts} is not a generic type"));
            return self.invalid();
        }
        let targs: Vec<TypeId> = indices.iter().map(|i| self.typ(i)).collect();
        if targs.iter().any(|t| *t == self.invalid()) {
            return self.invalid();
        }
        if targs.len() != tparams.len() {
            let ts = self
                .type_string(origin)
                .split('[')
                .next()
                .unwrap_or("")
                .to_string();
            let (q, at) = if targs.len() < tparams.len() {
                ("not enough", e.start_pos())
            } else {
                ("too many", e.start_pos())
            };
            self.error(
                at,
                format!(
                    "{q} type arguments for type {ts}: have {}, want {}",
                    targs.len(),
                    tparams.len()
                ),
            );
            return self.invalid();
        }
        let m: HashMap<TypeId, TypeId> =
            tparams.iter().copied().zip(targs.iter().copied()).collect();
        for (k, (tp, ta)) in tparams.iter().zip(&targs).enumerate() {
            if let Type::TypeParam { constraint, .. } = self.t().get(*tp).clone() {
                let c = self.subst(constraint, &m);
                if let Some(why) = self.unsatisfied(*ta, c) {
                    self.error(indices[k].start_pos(), why);
                    return self.invalid();
                }
            }
        }
        let inst = self.instantiate_named(origin, targs.clone());
        let ident = match &super::expr::strip_parens(x).kind {
            ast::ExprKind::Selector { sel, .. } => sel.id,
            _ => x.id,
        };
        self.info
            .instances
            .insert(ident, Instance { targs, ty: inst });
        inst
    }
}

/// Name of an embedded field: the type name without package qualifier, pointer or type
/// arguments.
pub(crate) fn embedded_name(e: &ast::Expr) -> String {
    match &e.kind {
        ast::ExprKind::Ident(n) => n.clone(),
        ast::ExprKind::Star(x) | ast::ExprKind::Paren(x) => embedded_name(x),
        ast::ExprKind::Selector { sel, .. } => sel.name.clone(),
        ast::ExprKind::Index { x, .. } => embedded_name(x),
        _ => "_".into(),
    }
}

fn intersect(a: Option<Vec<Term>>, b: Vec<Term>) -> Vec<Term> {
    match a {
        None => b,
        Some(a) => a
            .into_iter()
            .filter(|t| b.iter().any(|u| u.ty == t.ty))
            .collect(),
    }
}
