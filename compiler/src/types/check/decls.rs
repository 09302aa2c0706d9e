//! Package-level declarations: imports, collection, lazy object checking, function
//! bodies, initialisation order, unused imports.

use super::stmt::StmtCtx;
use super::*;
use crate::types::exprstring::expr_string;

impl<'a> Checker<'a> {
    pub(super) fn check_package(&mut self) {
        let files = self.files;
        for (fi, f) in files.iter().enumerate() {
            let fs = self.info.new_scope(Some(self.pkg_scope), false);
            self.file_scopes.push(fs);
            self.scope = fs;
            for imp in &f.imports {
                self.import(fi, imp);
            }
        }
        // gc checks labels and branches while parsing, before type checking: report
        // those of function declarations first (closures: when their body is checked).
        for f in files {
            for d in &f.decls {
                if let ast::Decl::Func(fd) = d {
                    if let Some(b) = &fd.body {
                        self.check_branches(b);
                    }
                }
            }
        }
        self.collect_objects();
        self.apply_linknames();
        // Check every package-level object (types first is not needed: lazily resolved).
        let mut order: Vec<ObjId> = self.decls.keys().copied().collect();
        order.sort_by_key(|o| (self.info.obj(*o).pos, o.0));
        for o in order {
            self.obj_decl(o);
        }
        // Function bodies, in source order.
        let bodies = std::mem::take(&mut self.bodies);
        for (obj, file, decl) in bodies {
            self.func_body_decl(obj, file, decl);
        }
        self.init_order();
        self.unused_imports();
        self.default_untyped();
        self.missing_bodies();
        self.scope = self.pkg_scope;
    }

    fn import(&mut self, fi: usize, imp: &'a ast::ImportSpec) {
        let fs = self.file_scopes[fi];
        let pkg = if imp.path == "unsafe" {
            match self.imported.get("unsafe") {
                Some(p) => *p,
                None => {
                    let p = universe::build_unsafe(&mut self.info);
                    self.imported.insert("unsafe".into(), p);
                    p
                }
            }
        } else if let Some(p) = self.imported.get(&imp.path) {
            *p
        } else {
            match crate::export::import(&mut self.info, &imp.path, self.dep_data) {
                Ok(p) => {
                    self.imported.insert(imp.path.clone(), p);
                    p
                }
                Err(e) => {
                    self.error(imp.path_pos, format!("could not import {} ({e})", imp.path));
                    return;
                }
            }
        };
        let me = self.pkg;
        if !self.info.packages[me.0 as usize]
            .imports
            .contains(&imp.path)
        {
            self.info.packages[me.0 as usize]
                .imports
                .push(imp.path.clone());
        }
        let pname = self.info.package(pkg).name.clone();
        let (name, pos) = match &imp.name {
            Some(n) => (n.name.clone(), n.pos),
            None => (pname.clone(), imp.pos),
        };
        if name == "_" {
            return;
        }
        if name == "." {
            let scope = self.info.package(pkg).scope;
            let names: Vec<(String, ObjId)> = self
                .info
                .scope(scope)
                .names
                .iter()
                .map(|(k, v)| (k.clone(), *v))
                .collect();
            let o = self.new_obj(&pname, ObjKind::PkgName(pkg), self.invalid(), pos);
            self.used_imports.insert(o); // dot imports: usage not tracked
            for (n, obj) in names {
                if is_exported(&n) {
                    self.info.scopes[fs.0 as usize].names.insert(n, obj);
                }
            }
            return;
        }
        let o = self.info.new_object(Object {
            name: name.clone(),
            kind: ObjKind::PkgName(pkg),
            ty: BasicKind::Invalid.id(),
            pkg: Some(self.pkg),
            pos,
            parent_is_package: false,
            link_name: None,
            ptr_recv: false,
            no_body: false,
        });
        match &imp.name {
            Some(n) => {
                self.info.defs.insert(n.id, o);
            }
            None => {
                self.info.implicits.insert(imp.id, o);
            }
        }
        // gc reports an unused import at its name if it has one, else at the path.
        let at = imp.name.as_ref().map(|n| n.pos).unwrap_or(imp.path_pos);
        self.import_objs
            .push((o, imp.path.clone(), imp.name.is_some(), at));
        if let Some(prev) = self.info.scope(fs).names.get(&name).copied() {
            let ppos = self.pos_string(self.info.obj(prev).pos);
            self.error(
                pos,
                format!("{name} redeclared in this block\n\t{ppos}: other declaration of {name}"),
            );
            return;
        }
        self.info.scopes[fs.0 as usize].names.insert(name, o);
    }

    fn collect_objects(&mut self) {
        let files = self.files;
        self.scope = self.pkg_scope;
        let mut methods: Vec<(ObjId, usize, &'a ast::FuncDecl)> = Vec::new();
        for (fi, f) in files.iter().enumerate() {
            for d in &f.decls {
                match d {
                    ast::Decl::Const(specs) => {
                        for spec in specs {
                            for (i, n) in spec.names.iter().enumerate() {
                                let o = self.new_obj(
                                    &n.name,
                                    ObjKind::Const(ConstValue::int(0)),
                                    self.invalid(),
                                    n.pos,
                                );
                                self.decls.insert(
                                    o,
                                    DeclInfo::Const {
                                        file: fi,
                                        spec,
                                        index: i,
                                    },
                                );
                                self.declare_pkg(Some(n), o);
                            }
                        }
                    }
                    ast::Decl::Var(specs) => {
                        for spec in specs {
                            for n in &spec.names {
                                let o = self.new_obj(
                                    &n.name,
                                    ObjKind::Var {
                                        field: false,
                                        param: false,
                                    },
                                    self.invalid(),
                                    n.pos,
                                );
                                self.decls.insert(o, DeclInfo::Var { file: fi, spec });
                                self.declare_pkg(Some(n), o);
                            }
                        }
                    }
                    ast::Decl::Type(specs) => {
                        for spec in specs {
                            let o = self.new_obj(
                                &spec.name.name,
                                ObjKind::TypeName,
                                self.invalid(),
                                spec.name.pos,
                            );
                            self.decls.insert(o, DeclInfo::Type { file: fi, spec });
                            self.declare_pkg(Some(&spec.name), o);
                        }
                    }
                    ast::Decl::Func(fd) => {
                        let o =
                            self.new_obj(&fd.name.name, ObjKind::Func, self.invalid(), fd.name.pos);
                        self.info.obj_mut(o).no_body = fd.body.is_none();
                        self.decls.insert(o, DeclInfo::Func { file: fi, decl: fd });
                        self.info.defs.insert(fd.name.id, o);
                        if fd.recv.is_some() {
                            methods.push((o, fi, fd));
                        } else if fd.name.name != "init" && fd.name.name != "_" {
                            // `init` functions are not declared: they cannot be referred to.
                            self.declare_pkg(None, o);
                        }
                        if fd.name.name == "init" && fd.recv.is_none() {
                            if !fd.ty.params.is_empty() || !fd.ty.results.is_empty() {
                                self.error(
                                    fd.name.pos,
                                    "func init must have no arguments and no return values",
                                );
                            }
                            if !fd.tparams.is_empty() {
                                self.error(fd.name.pos, "func init must have no type parameters");
                            }
                        }
                        if fd.name.name == "main"
                            && fd.recv.is_none()
                            && self.info.package(self.pkg).name == "main"
                            && (!fd.ty.params.is_empty() || !fd.ty.results.is_empty())
                        {
                            self.error(
                                fd.name.pos,
                                "func main must have no arguments and no return values",
                            );
                        }
                        self.func_objs.push(o);
                    }
                }
            }
        }
        // Associate methods with their receiver base type names.
        for (o, _fi, fd) in methods {
            let recv = fd.recv.as_ref().unwrap();
            let base = recv_base_name(&recv.ty);
            if let Some(name) = base {
                if let Some(tn) = self.info.scope(self.pkg_scope).names.get(&name).copied() {
                    if matches!(self.info.obj(tn).kind, ObjKind::TypeName)
                        && self.decls.contains_key(&tn)
                    {
                        // duplicate method names
                        let dup = self.methods.get(&tn).and_then(|ms| {
                            ms.iter()
                                .find(|m| self.info.obj(**m).name == fd.name.name)
                                .copied()
                        });
                        if let Some(prev) = dup {
                            if fd.name.name != "_" {
                                let ppos = self.pos_string(self.info.obj(prev).pos);
                                self.error(
                                    fd.name.pos,
                                    format!(
                                        "method {name}.{} already declared at {ppos}",
                                        fd.name.name
                                    ),
                                );
                                continue;
                            }
                        }
                        self.methods.entry(tn).or_default().push(o);
                    }
                }
            }
        }
    }

    fn declare_pkg(&mut self, ident: Option<&ast::Ident>, o: ObjId) {
        let name = self.info.obj(o).name.clone();
        if name == "init" && ident.is_some() {
            self.error(self.info.obj(o).pos, "cannot declare init - must be func");
            return;
        }
        if name == "main" && ident.is_some() && self.info.package(self.pkg).name == "main" {
            self.error(self.info.obj(o).pos, "cannot declare main - must be func");
            return;
        }
        // A file-scope import of the same name conflicts too.
        let ps = self.pkg_scope;
        self.declare(ps, ident, o);
    }

    /// Checks a package-level object's declaration if not done yet.
    pub fn obj_decl(&mut self, obj: ObjId) {
        match self.color.get(&obj) {
            Some(Color::Black) => return,
            Some(Color::Grey) => {
                self.cycle(obj);
                return;
            }
            None => {}
        }
        let Some(d) = self.decls.get(&obj).copied() else {
            return;
        };
        self.color.insert(obj, Color::Grey);
        self.obj_path.push(obj);
        // Save the body-checking context: declarations are checked at package level.
        let saved = (
            self.scope,
            self.fctx.take(),
            self.iota.take(),
            self.errpos.take(),
            self.cur_decl,
            std::mem::take(&mut self.outer_lits),
        );
        self.scope = self.file_scopes[d.file()];
        self.cur_decl = Some(obj);
        match d {
            DeclInfo::Const { spec, index, .. } => self.const_decl(obj, spec, index),
            DeclInfo::Var { spec, .. } => self.var_decl(obj, spec),
            DeclInfo::Type { spec, .. } => self.type_decl(obj, spec),
            DeclInfo::Func { decl, file } => self.func_decl(obj, file, decl),
        }
        (
            self.scope,
            self.fctx,
            self.iota,
            self.errpos,
            self.cur_decl,
            self.outer_lits,
        ) = saved;
        self.obj_path.pop();
        self.color.insert(obj, Color::Black);
        self.alias_display = None;
    }

    fn const_decl(&mut self, obj: ObjId, spec: &'a ast::ValueSpec, index: usize) {
        if index == 0 {
            self.const_arity(spec);
        }
        self.iota = Some(num_bigint::BigInt::from(spec.iota));
        if spec.implicit {
            self.errpos = Some(self.info.obj(obj).pos);
        }
        let t = spec.ty.as_ref().map(|t| self.typ(t));
        self.note_alias_display(spec.ty.as_ref(), t);
        let x = match spec.values.get(index) {
            Some(v) => self.expr(v),
            None => Operand::invalid(self.info.obj(obj).pos),
        };
        self.errpos = None;
        let (ty, val) = self.const_value(x, t, spec.values.get(index));
        let o = self.info.obj_mut(obj);
        o.ty = ty;
        o.kind = ObjKind::Const(val);
    }

    /// Count check of a constant spec (types2's arity): reported once per spec.
    pub fn const_arity(&mut self, spec: &ast::ValueSpec) {
        let (l, r) = (spec.names.len(), spec.values.len());
        if l < r {
            let n = &spec.values[l];
            if spec.implicit {
                let at = self.pos_string(n.start_pos());
                self.error(spec.pos, format!("extra init expr at {at}"));
            } else {
                self.error(n.start_pos(), format!("extra init expr {}", expr_string(n)));
            }
        } else if l > r {
            let n = &spec.names[r];
            self.error(n.pos, format!("missing init expr for {}", n.name));
        }
    }

    /// Common part of package-level and local constant declarations.
    pub fn const_value(
        &mut self,
        mut x: Operand,
        t: Option<TypeId>,
        e: Option<&ast::Expr>,
    ) -> (TypeId, ConstValue) {
        if let Some(t) = t {
            if t != self.invalid() && !self.basic(t).map(|k| k.is_const_type()).unwrap_or(false) {
                let ts = self.type_string(t);
                let pos = e.map(|e| e.start_pos()).unwrap_or(x.pos);
                let _ = pos;
                self.error(
                    spec_type_pos(e, x.pos),
                    format!("invalid constant type {ts}"),
                );
                return (self.invalid(), ConstValue::int(0));
            }
        }
        if x.is_invalid() {
            return (t.unwrap_or(self.invalid()), ConstValue::int(0));
        }
        if !x.is_const() {
            let d = x.describe(&self.info, Some(self.pkg));
            self.error(x.pos, format!("{d} is not constant"));
            return (t.unwrap_or(self.invalid()), ConstValue::int(0));
        }
        if let Some(t) = t {
            self.assignment(&mut x, Some(t), "constant declaration", e);
        }
        match x.val().cloned() {
            Some(v) if !x.is_invalid() => (x.ty, v),
            _ => (t.unwrap_or(self.invalid()), ConstValue::int(0)),
        }
    }

    fn var_decl(&mut self, obj: ObjId, spec: &'a ast::ValueSpec) {
        // All variables of the spec are declared together.
        let objs: Vec<ObjId> = spec
            .names
            .iter()
            .map(|n| self.info.defs.get(&n.id).copied().unwrap_or(obj))
            .collect();
        for o in &objs {
            if *o != obj {
                self.color.insert(*o, Color::Grey);
            }
        }
        let t = spec.ty.as_ref().map(|t| self.typ(t));
        self.note_alias_display(spec.ty.as_ref(), t);
        if let Some(t) = t {
            for o in &objs {
                self.info.obj_mut(*o).ty = t;
                if let Some(d) = self.alias_display.clone() {
                    self.obj_display.insert(*o, d);
                }
            }
        }
        if !spec.values.is_empty() {
            self.var_decl_init(&objs, t.is_some(), &spec.names, &spec.values);
        } else if t.is_none() {
            // parser reports missing type and init
        }
        for o in &objs {
            self.color.insert(*o, Color::Black);
            if let Some(deps) = self.deps.get(&obj).cloned() {
                if *o != obj {
                    self.deps.insert(*o, deps);
                }
            }
        }
        if !spec.values.is_empty() {
            let rhs_ids: Vec<NodeId> = spec.values.iter().map(|v| v.id).collect();
            if spec.values.len() == 1 && objs.len() > 1 {
                self.var_inits.push((objs.clone(), rhs_ids[0]));
            } else {
                for (i, o) in objs.iter().enumerate() {
                    if let Some(r) = rhs_ids.get(i) {
                        self.var_inits.push((vec![*o], *r));
                    }
                }
            }
        }
    }

    fn type_decl(&mut self, obj: ObjId, spec: &'a ast::TypeSpec) {
        if spec.alias {
            if !spec.tparams.is_empty() {
                self.error(spec.name.pos, "generic type alias not supported");
            }
            let t = self.typ(&spec.ty);
            self.info.obj_mut(obj).ty = t;
            return;
        }
        let named = self.tt().new_named(obj);
        self.info.obj_mut(obj).ty = named;
        let generic = !spec.tparams.is_empty();
        if generic {
            self.open_scope(false);
            let tps = self.declare_tparams(&spec.tparams);
            if let Some(n) = self.tt().named_mut(named) {
                n.tparams = tps;
            }
        }
        let rhs = if generic
            && matches!(spec.ty.kind, ast::ExprKind::Ident(_))
            && self.is_tparam_name(&spec.ty)
        {
            self.error(
                spec.ty.start_pos(),
                "cannot use a type parameter as RHS in type declaration",
            );
            self.invalid()
        } else {
            self.typ(&spec.ty)
        };
        if generic {
            self.close_scope();
        }
        let u = self.under(rhs);
        // A type containing itself by value (directly or through other named types) is
        // infinitely large.
        if let Some(path) = self.recursive_path(named, u, &mut HashSet::new()) {
            let name = spec.name.name.clone();
            if path.is_empty() {
                self.error(
                    spec.name.pos,
                    format!("invalid recursive type: {name} refers to itself"),
                );
            } else {
                let mut m = format!("invalid recursive type {name}");
                let mut cur = (name.clone(), spec.name.pos);
                for t in path.iter().chain(std::iter::once(&named)) {
                    let o = self.t().named(*t).map(|n| n.obj).unwrap_or(obj);
                    let (nn, np) = (self.info.obj(o).name.clone(), self.info.obj(o).pos);
                    m.push_str(&format!(
                        "\n\t{}: {} refers to {nn}",
                        self.pos_string(cur.1),
                        cur.0
                    ));
                    cur = (nn, np);
                }
                self.error(spec.name.pos, m);
            }
            self.tt().set_underlying(named, BasicKind::Invalid.id());
        } else {
            self.tt().set_underlying(named, u);
        }
        // Instances created while the underlying type was unknown.
        let pending = std::mem::take(&mut self.pending_instances);
        for inst in pending {
            let of_this = self.t().named(inst).and_then(|n| n.origin) == Some(named);
            if of_this {
                self.fill_instance(inst);
            } else {
                self.pending_instances.push(inst);
            }
        }
        // Methods.
        let ms = self.methods.get(&obj).cloned().unwrap_or_default();
        if let Some(n) = self.tt().named_mut(named) {
            n.methods = ms.clone();
        }
        // Field/method name clashes.
        if let Some(st) = self.t().struct_type(named).cloned() {
            for m in &ms {
                let mo = self.info.obj(*m).clone();
                if st.fields.iter().any(|f| f.name == mo.name) {
                    let tn = &spec.name.name;
                    self.error(
                        mo.pos,
                        format!(
                            "field and method with the same name {}\n\t{}: other declaration of {}",
                            mo.name,
                            self.pos_string(
                                st.fields
                                    .iter()
                                    .find(|f| f.name == mo.name)
                                    .and_then(|f| f.obj)
                                    .map(|o| self.info.obj(o).pos)
                                    .unwrap_or_default()
                            ),
                            mo.name
                        ),
                    );
                    let _ = tn;
                }
            }
        }
    }

    /// `byte` and `rune` are the same types as `uint8` and `int32` here (one TypeId each),
    /// but gc names them as written: remember the spelling of a declared type mentioning
    /// them, for messages about assignments to it (`cannot use 256 ... as byte value`).
    pub fn note_alias_display(&mut self, e: Option<&ast::Expr>, t: Option<TypeId>) {
        self.alias_display = None;
        if let (Some(e), Some(t)) = (e, t) {
            let s = expr_string(e);
            let mentions = s
                .split(|c: char| !c.is_alphanumeric() && c != '_')
                .any(|w| w == "byte" || w == "rune");
            if mentions {
                self.alias_display = Some((t, s));
            }
        }
    }

    /// gc prints a declared function's type with its parameter names
    /// (`func(a int, b string) (n int, err error)`); our signatures are shared between
    /// identical types, so the names are kept per object. None if it has no names.
    fn named_sig_string(&self, sig: TypeId, objs: &typexpr::SigObjs) -> Option<String> {
        let s = self.t().signature(sig)?.clone();
        let names = |os: &[ObjId]| os.iter().any(|o| !self.info.obj(*o).name.is_empty());
        if !names(&objs.params) && !names(&objs.results) {
            return None;
        }
        let list = |os: &[ObjId], tys: &[TypeId], variadic: bool| -> String {
            let mut parts = Vec::new();
            for (i, (o, t)) in os.iter().zip(tys).enumerate() {
                let mut ts = self.type_string(*t);
                if variadic && i + 1 == tys.len() {
                    if let Type::Slice(e) = self.t().get(*t) {
                        ts = format!("...{}", self.type_string(*e));
                    }
                }
                let n = &self.info.obj(*o).name;
                parts.push(if n.is_empty() {
                    ts
                } else {
                    format!("{n} {ts}")
                });
            }
            parts.join(", ")
        };
        let mut out = format!("func({})", list(&objs.params, &s.params, s.variadic));
        let res = list(&objs.results, &s.results, false);
        if s.results.len() == 1 && self.info.obj(objs.results[0]).name.is_empty() {
            out.push(' ');
            out.push_str(&res);
        } else if !s.results.is_empty() {
            out.push_str(&format!(" ({res})"));
        }
        Some(out)
    }

    /// Is `e` an identifier naming a type parameter?
    fn is_tparam_name(&self, e: &ast::Expr) -> bool {
        match &e.kind {
            ast::ExprKind::Ident(n) => self
                .lookup(n)
                .map(|o| matches!(self.t().get(self.info.obj(o).ty), Type::TypeParam { .. }))
                .unwrap_or(false),
            _ => false,
        }
    }

    /// For a receiver `T[P, Q]` / `*T[P, Q]` of a generic type T of this package: T's type
    /// and the parameter name idents.
    fn generic_recv_base(&mut self, e: &'a ast::Expr) -> Option<(TypeId, RecvTypeParams)> {
        let mut e = e;
        while let ast::ExprKind::Star(x) | ast::ExprKind::Paren(x) = &e.kind {
            e = x;
        }
        let ast::ExprKind::Index { x, indices } = &e.kind else {
            return None;
        };
        let ast::ExprKind::Ident(name) = &x.kind else {
            return None;
        };
        let o = *self.info.scope(self.pkg_scope).names.get(name)?;
        if !matches!(self.info.obj(o).kind, ObjKind::TypeName) {
            return None;
        }
        self.info.uses.insert(x.id, o);
        self.obj_decl(o);
        let t = self.info.obj(o).ty;
        if self
            .t()
            .named(t)
            .map(|n| n.tparams.is_empty())
            .unwrap_or(true)
        {
            return None;
        }
        self.info.types.insert(
            x.id,
            TypeAndValue {
                mode: Mode::TypeExpr,
                ty: t,
            },
        );
        let mut ids = Vec::new();
        for i in indices {
            match &i.kind {
                ast::ExprKind::Ident(_) => {}
                _ => return None,
            }
        }
        for i in indices {
            if let ast::ExprKind::Ident(n) = &i.kind {
                ids.push((i.id, i.pos, n.clone()));
            }
        }
        Some((t, ids))
    }

    /// If `t` contains `named` by value, the named types on the way (excluding `named`).
    fn recursive_path(
        &self,
        named: TypeId,
        t: TypeId,
        seen: &mut HashSet<TypeId>,
    ) -> Option<Vec<TypeId>> {
        if t == named {
            return Some(vec![]);
        }
        if !seen.insert(t) {
            return None;
        }
        match self.t().get(t) {
            Type::Array { elem, .. } => self.recursive_path(named, *elem, seen),
            Type::Struct(st) => st
                .fields
                .iter()
                .find_map(|f| self.recursive_path(named, f.ty, seen)),
            Type::Named(n) => {
                let u = n.underlying;
                let mut p = self.recursive_path(named, u, seen)?;
                p.insert(0, t);
                Some(p)
            }
            _ => None,
        }
    }

    fn func_decl(&mut self, obj: ObjId, file: usize, decl: &'a ast::FuncDecl) {
        // Type parameters (of the function, or of a generic receiver type) live in a scope
        // between the file scope and the function scope.
        let generic_recv = decl
            .recv
            .as_ref()
            .and_then(|r| self.generic_recv_base(&r.ty));
        if !decl.tparams.is_empty() || generic_recv.is_some() {
            let sc = self.open_scope(false);
            self.tparam_scopes.insert(obj, sc);
            if generic_recv.is_some() && !decl.tparams.is_empty() {
                // Go 1.27 generic methods are supported on non-generic receiver types only.
                self.error(decl.name.pos, "methods cannot have type parameters");
            }
            let tps = if decl.recv.is_some() && generic_recv.is_none() {
                // A generic method of a non-generic type: its own type parameters.
                self.generic_methods.insert(obj);
                self.declare_tparams(&decl.tparams)
            } else if let Some((origin, idents)) = &generic_recv {
                // Receiver type parameters name the type's own parameters.
                let tps = self
                    .t()
                    .named(*origin)
                    .map(|n| n.tparams.clone())
                    .unwrap_or_default();
                if tps.len() != idents.len() {
                    let ts = self.type_string(*origin);
                    self.error(
                        decl.recv.as_ref().unwrap().ty.start_pos(),
                        format!("receiver declares {} type parameters, but receiver base type {ts} declares {}", idents.len(), tps.len()),
                    );
                }
                for ((id, pos, name), tp) in idents.iter().zip(&tps) {
                    let o = self.new_obj(name, ObjKind::TypeName, *tp, *pos);
                    self.info.defs.insert(*id, o);
                    let sc = self.scope;
                    self.declare(sc, None, o);
                }
                tps
            } else {
                self.declare_tparams(&decl.tparams)
            };
            self.info.tparams.insert(obj, tps);
        }
        let mut recv_type = None;
        if let Some(r) = &decl.recv {
            let rt = match &generic_recv {
                Some((origin, _)) => {
                    let ptr = matches!(
                        super::expr::strip_parens(&r.ty).kind,
                        ast::ExprKind::Star(_)
                    );
                    let t = if ptr {
                        self.tt().pointer(*origin)
                    } else {
                        *origin
                    };
                    self.info.types.insert(
                        r.ty.id,
                        TypeAndValue {
                            mode: Mode::TypeExpr,
                            ty: t,
                        },
                    );
                    t
                }
                None => self.typ(&r.ty),
            };
            let (base, ptr) = self.deref(rt);
            self.info.obj_mut(obj).ptr_recv = ptr;
            let ok = match self.t().get(base) {
                Type::Named(n) => {
                    let o = self.info.obj(n.obj);
                    o.pkg == Some(self.pkg)
                        && !matches!(
                            self.t().get(self.under(base)),
                            Type::Pointer(_) | Type::Interface(_)
                        )
                }
                _ => false,
            };
            if !ok && rt != self.invalid() {
                let bs = self.type_string(base);
                let why = match self.t().get(base) {
                    Type::Named(n) if self.info.obj(n.obj).pkg != Some(self.pkg) => {
                        format!("cannot define new methods on non-local type {bs}")
                    }
                    Type::Named(_) => match self.t().get(self.under(base)) {
                        Type::Pointer(_) => {
                            format!("invalid receiver type {bs} (pointer or interface type)")
                        }
                        _ => format!("invalid receiver type {bs} (pointer or interface type)"),
                    },
                    _ => format!("invalid receiver type {bs}"),
                };
                self.error(r.ty.start_pos(), why);
            }
            recv_type = Some(rt);
        }
        let (sig, objs) = self.signature(&decl.ty, decl.recv.as_ref(), recv_type, true);
        self.info.obj_mut(obj).ty = sig;
        if decl.recv.is_none() {
            if let Some(d) = self.named_sig_string(sig, &objs) {
                self.obj_display.insert(obj, (sig, d));
            }
        }
        self.sig_objs.insert(decl.name.id, objs);
        if self.tparam_scopes.contains_key(&obj) {
            self.close_scope();
        }
        if decl.body.is_some() {
            self.bodies.push((obj, file, decl));
        } else if decl.name.name == "init" {
            // reported in collect_objects
        }
    }

    fn func_body_decl(&mut self, obj: ObjId, file: usize, decl: &'a ast::FuncDecl) {
        let Some(body) = &decl.body else { return };
        let objs = self
            .sig_objs
            .get(&decl.name.id)
            .cloned()
            .unwrap_or_default();
        let sig = self.info.obj(obj).ty;
        self.scope = match self.tparam_scopes.get(&obj) {
            Some(s) => *s,
            None => self.file_scopes[file],
        };
        self.cur_decl = Some(obj);
        self.func_body(sig, &objs, body, None);
        self.cur_decl = None;
    }

    /// Checks a function body (declarations and closures).
    pub fn func_body(
        &mut self,
        sig: TypeId,
        objs: &typexpr::SigObjs,
        body: &'a ast::Block,
        lit: Option<NodeId>,
    ) {
        let saved_scope = self.scope;
        let fs = self.open_scope(true);
        let mut all: Vec<ObjId> = Vec::new();
        all.extend(objs.recv);
        all.extend(objs.params.iter().copied());
        all.extend(objs.results.iter().copied());
        for o in &all {
            self.var_scope.insert(*o, fs);
            let name = self.info.obj(*o).name.clone();
            if !name.is_empty() {
                self.declare(fs, None, *o);
            }
        }
        let named_results: Vec<ObjId> = objs
            .results
            .iter()
            .copied()
            .filter(|o| !self.info.obj(*o).name.is_empty())
            .collect();
        let saved_fctx = self.fctx.take();
        if let (Some(prev), Some(_)) = (&saved_fctx, lit) {
            if let Some(pl) = prev.lit {
                self.outer_lits.push((pl, prev.scope));
            }
        }
        self.fctx = Some(FuncCtx {
            sig,
            named_results,
            lit,
            scope: fs,
        });
        if lit.is_some() {
            self.check_branches(body);
        }
        let saved_labels = std::mem::take(&mut self.label_objs);
        let saved_pending = std::mem::take(&mut self.pending_labels);
        self.stmt_list(&body.stmts, StmtCtx::default());
        let has_results = self
            .t()
            .signature(sig)
            .map(|s| !s.results.is_empty())
            .unwrap_or(false);
        if has_results && !self.is_terminating_list(&body.stmts, "") {
            self.error(body.rbrace, "missing return");
        }
        self.usage(fs);
        for (id, name) in std::mem::take(&mut self.pending_labels) {
            if let Some(o) = self.label_objs.get(&name).copied() {
                self.info.uses.insert(id, o);
            }
        }
        self.label_objs = saved_labels;
        self.pending_labels = saved_pending;
        if let (Some(prev), Some(_)) = (&saved_fctx, lit) {
            if prev.lit.is_some() {
                self.outer_lits.pop();
            }
        }
        self.fctx = saved_fctx;
        self.scope = saved_scope;
    }
}

/// Receiver type parameter names: (ident id, position, name).
type RecvTypeParams = Vec<(NodeId, Pos, String)>;

fn spec_type_pos(e: Option<&ast::Expr>, p: Pos) -> Pos {
    e.map(|e| e.start_pos()).unwrap_or(p)
}

/// Base type name of a receiver type expression: `T`, `*T`, `T[P]`, `*T[P]`.
fn recv_base_name(e: &ast::Expr) -> Option<String> {
    match &e.kind {
        ast::ExprKind::Ident(n) => Some(n.clone()),
        ast::ExprKind::Star(x) | ast::ExprKind::Paren(x) => recv_base_name(x),
        ast::ExprKind::Index { x, .. } => recv_base_name(x),
        _ => {
            let _ = expr_string(e);
            None
        }
    }
}
