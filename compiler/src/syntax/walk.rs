//! A read-only traversal of syntax trees: implement [`Visitor`] and call
//! [`walk_file`] (or the walk function for any node). Children are visited
//! in source order, after the node itself.

use super::ast::*;

/// Callbacks for a traversal; every method defaults to doing nothing.
pub trait Visitor {
    fn expr(&mut self, _e: &Expr) {}
    fn stmt(&mut self, _s: &Stmt) {}
    /// Declared or referenced names that are not expressions (declared
    /// names, selector names, labels, field and parameter names).
    fn ident(&mut self, _i: &Ident) {}
    /// An element of a composite literal (before its key and value).
    fn element(&mut self, _e: &Element) {}
    fn case_clause(&mut self, _c: &CaseClause) {}
    fn comm_clause(&mut self, _c: &CommClause) {}
    /// A declaration; return false to skip its children.
    fn decl(&mut self, _d: &Decl) -> bool {
        true
    }
    /// A const/var spec; return false to skip its children (e.g. the
    /// cloned values of an implicit const spec).
    fn value_spec(&mut self, _s: &ValueSpec) -> bool {
        true
    }
}

pub fn walk_file<V: Visitor>(v: &mut V, f: &File) {
    v.ident(&f.package);
    for i in &f.imports {
        if let Some(n) = &i.name {
            v.ident(n);
        }
    }
    for d in &f.decls {
        walk_decl(v, d);
    }
}

pub fn walk_decl<V: Visitor>(v: &mut V, d: &Decl) {
    if !v.decl(d) {
        return;
    }
    match d {
        Decl::Const(specs) | Decl::Var(specs) => {
            for s in specs {
                if !v.value_spec(s) {
                    continue;
                }
                s.names.iter().for_each(|n| v.ident(n));
                if let Some(t) = &s.ty {
                    walk_expr(v, t);
                }
                s.values.iter().for_each(|x| walk_expr(v, x));
            }
        }
        Decl::Type(specs) => {
            for s in specs {
                v.ident(&s.name);
                walk_fields(v, &s.tparams);
                walk_expr(v, &s.ty);
            }
        }
        Decl::Func(f) => {
            if let Some(r) = &f.recv {
                walk_fields(v, std::slice::from_ref(r));
            }
            v.ident(&f.name);
            walk_fields(v, &f.tparams);
            walk_func_type(v, &f.ty);
            if let Some(b) = &f.body {
                walk_block(v, b);
            }
        }
    }
}

pub fn walk_fields<V: Visitor>(v: &mut V, l: &[Field]) {
    for f in l {
        f.names.iter().for_each(|n| v.ident(n));
        walk_expr(v, &f.ty);
    }
}

pub fn walk_func_type<V: Visitor>(v: &mut V, ft: &FuncType) {
    walk_fields(v, &ft.params);
    walk_fields(v, &ft.results);
}

pub fn walk_block<V: Visitor>(v: &mut V, b: &Block) {
    b.stmts.iter().for_each(|s| walk_stmt(v, s));
}

fn walk_opt<V: Visitor>(v: &mut V, e: &Option<Box<Expr>>) {
    if let Some(e) = e {
        walk_expr(v, e);
    }
}

pub fn walk_expr<V: Visitor>(v: &mut V, e: &Expr) {
    v.expr(e);
    match &e.kind {
        ExprKind::Bad | ExprKind::Ident(_) | ExprKind::BasicLit { .. } => {}
        ExprKind::CompositeLit { ty, elts, .. } => {
            walk_opt(v, ty);
            for el in elts {
                v.element(el);
                if let Some(k) = &el.key {
                    walk_expr(v, k);
                }
                walk_expr(v, &el.value);
            }
        }
        ExprKind::FuncLit { ty, body } => {
            walk_func_type(v, ty);
            walk_block(v, body);
        }
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary { x, .. } => walk_expr(v, x),
        ExprKind::Selector { x, sel } => {
            walk_expr(v, x);
            v.ident(sel);
        }
        ExprKind::Index { x, indices } => {
            walk_expr(v, x);
            indices.iter().for_each(|i| walk_expr(v, i));
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            walk_expr(v, x);
            walk_opt(v, lo);
            walk_opt(v, hi);
            walk_opt(v, max);
        }
        ExprKind::TypeAssert { x, ty } => {
            walk_expr(v, x);
            walk_opt(v, ty);
        }
        ExprKind::Call { fun, args, .. } => {
            walk_expr(v, fun);
            args.iter().for_each(|a| walk_expr(v, a));
        }
        ExprKind::Binary { x, y, .. } => {
            walk_expr(v, x);
            walk_expr(v, y);
        }
        ExprKind::KeyValue { key, value } => {
            walk_expr(v, key);
            walk_expr(v, value);
        }
        ExprKind::ArrayType { len, elem } => {
            walk_opt(v, len);
            walk_expr(v, elem);
        }
        ExprKind::Ellipsis(x) => walk_opt(v, x),
        ExprKind::StructType { fields } => walk_fields(v, fields),
        ExprKind::FuncType(ft) => walk_func_type(v, ft),
        ExprKind::InterfaceType { elems } => {
            for el in elems {
                match el {
                    InterfaceElem::Method { name, ty } => {
                        v.ident(name);
                        walk_func_type(v, ty);
                    }
                    InterfaceElem::Embed(t) => walk_expr(v, t),
                }
            }
        }
        ExprKind::MapType { key, value } => {
            walk_expr(v, key);
            walk_expr(v, value);
        }
        ExprKind::ChanType { elem, .. } => walk_expr(v, elem),
    }
}

fn walk_opt_stmt<V: Visitor>(v: &mut V, s: &Option<Box<Stmt>>) {
    if let Some(s) = s {
        walk_stmt(v, s);
    }
}

pub fn walk_stmt<V: Visitor>(v: &mut V, s: &Stmt) {
    v.stmt(s);
    match &s.kind {
        StmtKind::Bad | StmtKind::Empty => {}
        StmtKind::Decl(d) => walk_decl(v, d),
        StmtKind::Labeled { label, stmt } => {
            v.ident(label);
            walk_stmt(v, stmt);
        }
        StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) | StmtKind::IncDec { x, .. } => {
            walk_expr(v, x)
        }
        StmtKind::Send { ch, value } => {
            walk_expr(v, ch);
            walk_expr(v, value);
        }
        StmtKind::Assign { lhs, rhs, .. } => {
            lhs.iter().for_each(|x| walk_expr(v, x));
            rhs.iter().for_each(|x| walk_expr(v, x));
        }
        StmtKind::Return(l) => l.iter().for_each(|x| walk_expr(v, x)),
        StmtKind::Branch { label, .. } => {
            if let Some(l) = label {
                v.ident(l);
            }
        }
        StmtKind::Block(b) => walk_block(v, b),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            walk_opt_stmt(v, init);
            walk_expr(v, cond);
            walk_block(v, then);
            walk_opt_stmt(v, els);
        }
        StmtKind::Switch {
            init, tag, clauses, ..
        } => {
            walk_opt_stmt(v, init);
            if let Some(t) = tag {
                walk_expr(v, t);
            }
            walk_cases(v, clauses);
        }
        StmtKind::TypeSwitch {
            init,
            bind,
            x,
            clauses,
            ..
        } => {
            walk_opt_stmt(v, init);
            if let Some(b) = bind {
                v.ident(b);
            }
            walk_expr(v, x);
            walk_cases(v, clauses);
        }
        StmtKind::Select { clauses, .. } => {
            for c in clauses {
                v.comm_clause(c);
                walk_opt_stmt(v, &c.comm);
                c.body.iter().for_each(|s| walk_stmt(v, s));
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            walk_opt_stmt(v, init);
            if let Some(c) = cond {
                walk_expr(v, c);
            }
            walk_opt_stmt(v, post);
            walk_block(v, body);
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            extra,
            ..
        } => {
            if let Some(k) = key {
                walk_expr(v, k);
            }
            if let Some(val) = value {
                walk_expr(v, val);
            }
            extra.iter().for_each(|e| walk_expr(v, e));
            walk_expr(v, x);
            walk_block(v, body);
        }
    }
}

fn walk_cases<V: Visitor>(v: &mut V, l: &[CaseClause]) {
    for c in l {
        v.case_clause(c);
        if let Some(list) = &c.list {
            list.iter().for_each(|x| walk_expr(v, x));
        }
        c.body.iter().for_each(|s| walk_stmt(v, s));
    }
}
