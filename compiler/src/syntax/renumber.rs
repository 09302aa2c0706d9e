//! Deep copies of syntax trees with fresh NodeIds (for the implicit
//! repetition of a const spec's type and values).

use super::ast::*;

/// A copy of `e` in which every node has a fresh id.
pub fn expr(e: &Expr, ids: &mut NodeIdGen) -> Expr {
    let mut c = e.clone();
    expr_mut(&mut c, ids);
    c
}

fn ident(i: &mut Ident, ids: &mut NodeIdGen) {
    i.id = ids.fresh();
}

fn opt(e: &mut Option<Box<Expr>>, ids: &mut NodeIdGen) {
    if let Some(e) = e {
        expr_mut(e, ids);
    }
}

fn fields(l: &mut [Field], ids: &mut NodeIdGen) {
    for f in l {
        for n in &mut f.names {
            ident(n, ids);
        }
        expr_mut(&mut f.ty, ids);
    }
}

fn func_type(ft: &mut FuncType, ids: &mut NodeIdGen) {
    fields(&mut ft.params, ids);
    fields(&mut ft.results, ids);
}

fn expr_mut(e: &mut Expr, ids: &mut NodeIdGen) {
    e.id = ids.fresh();
    match &mut e.kind {
        ExprKind::Bad | ExprKind::Ident(_) | ExprKind::BasicLit { .. } => {}
        ExprKind::CompositeLit { ty, elts, .. } => {
            opt(ty, ids);
            for el in elts {
                if let Some(k) = &mut el.key {
                    expr_mut(k, ids);
                }
                expr_mut(&mut el.value, ids);
            }
        }
        ExprKind::FuncLit { ty, body } => {
            func_type(ty, ids);
            block(body, ids);
        }
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary { x, .. } => expr_mut(x, ids),
        ExprKind::Selector { x, sel } => {
            expr_mut(x, ids);
            ident(sel, ids);
        }
        ExprKind::Index { x, indices } => {
            expr_mut(x, ids);
            indices.iter_mut().for_each(|i| expr_mut(i, ids));
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            expr_mut(x, ids);
            opt(lo, ids);
            opt(hi, ids);
            opt(max, ids);
        }
        ExprKind::TypeAssert { x, ty } => {
            expr_mut(x, ids);
            opt(ty, ids);
        }
        ExprKind::Call { fun, args, .. } => {
            expr_mut(fun, ids);
            args.iter_mut().for_each(|a| expr_mut(a, ids));
        }
        ExprKind::Binary { x, y, .. } => {
            expr_mut(x, ids);
            expr_mut(y, ids);
        }
        ExprKind::KeyValue { key, value } => {
            expr_mut(key, ids);
            expr_mut(value, ids);
        }
        ExprKind::ArrayType { len, elem } => {
            opt(len, ids);
            expr_mut(elem, ids);
        }
        ExprKind::Ellipsis(x) => opt(x, ids),
        ExprKind::StructType { fields: f } => fields(f, ids),
        ExprKind::FuncType(ft) => func_type(ft, ids),
        ExprKind::InterfaceType { elems } => {
            for el in elems {
                match el {
                    InterfaceElem::Method { name, ty } => {
                        ident(name, ids);
                        func_type(ty, ids);
                    }
                    InterfaceElem::Embed(t) => expr_mut(t, ids),
                }
            }
        }
        ExprKind::MapType { key, value } => {
            expr_mut(key, ids);
            expr_mut(value, ids);
        }
        ExprKind::ChanType { elem, .. } => expr_mut(elem, ids),
    }
}

fn block(b: &mut Block, ids: &mut NodeIdGen) {
    b.stmts.iter_mut().for_each(|s| stmt(s, ids));
}

fn opt_stmt(s: &mut Option<Box<Stmt>>, ids: &mut NodeIdGen) {
    if let Some(s) = s {
        stmt(s, ids);
    }
}

fn specs(l: &mut [ValueSpec], ids: &mut NodeIdGen) {
    for s in l {
        s.names.iter_mut().for_each(|n| ident(n, ids));
        if let Some(t) = &mut s.ty {
            expr_mut(t, ids);
        }
        s.values.iter_mut().for_each(|v| expr_mut(v, ids));
    }
}

fn decl(d: &mut Decl, ids: &mut NodeIdGen) {
    match d {
        Decl::Const(l) | Decl::Var(l) => specs(l, ids),
        Decl::Type(l) => {
            for t in l {
                ident(&mut t.name, ids);
                fields(&mut t.tparams, ids);
                expr_mut(&mut t.ty, ids);
            }
        }
        Decl::Func(f) => {
            if let Some(r) = &mut f.recv {
                fields(std::slice::from_mut(r), ids);
            }
            ident(&mut f.name, ids);
            fields(&mut f.tparams, ids);
            func_type(&mut f.ty, ids);
            if let Some(b) = &mut f.body {
                block(b, ids);
            }
        }
    }
}

fn stmt(s: &mut Stmt, ids: &mut NodeIdGen) {
    s.id = ids.fresh();
    match &mut s.kind {
        StmtKind::Bad | StmtKind::Empty => {}
        StmtKind::Decl(d) => decl(d, ids),
        StmtKind::Labeled { label, stmt: st } => {
            ident(label, ids);
            stmt(st, ids);
        }
        StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) | StmtKind::IncDec { x, .. } => {
            expr_mut(x, ids)
        }
        StmtKind::Send { ch, value } => {
            expr_mut(ch, ids);
            expr_mut(value, ids);
        }
        StmtKind::Assign { lhs, rhs, .. } => {
            lhs.iter_mut().for_each(|x| expr_mut(x, ids));
            rhs.iter_mut().for_each(|x| expr_mut(x, ids));
        }
        StmtKind::Return(l) => l.iter_mut().for_each(|x| expr_mut(x, ids)),
        StmtKind::Branch { label, .. } => {
            if let Some(l) = label {
                ident(l, ids);
            }
        }
        StmtKind::Block(b) => block(b, ids),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            opt_stmt(init, ids);
            expr_mut(cond, ids);
            block(then, ids);
            opt_stmt(els, ids);
        }
        StmtKind::Switch {
            init, tag, clauses, ..
        } => {
            opt_stmt(init, ids);
            if let Some(t) = tag {
                expr_mut(t, ids);
            }
            cases(clauses, ids);
        }
        StmtKind::TypeSwitch {
            init,
            bind,
            x,
            clauses,
            ..
        } => {
            opt_stmt(init, ids);
            if let Some(b) = bind {
                ident(b, ids);
            }
            expr_mut(x, ids);
            cases(clauses, ids);
        }
        StmtKind::Select { clauses, .. } => {
            for c in clauses {
                c.id = ids.fresh();
                opt_stmt(&mut c.comm, ids);
                c.body.iter_mut().for_each(|s| stmt(s, ids));
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            opt_stmt(init, ids);
            if let Some(c) = cond {
                expr_mut(c, ids);
            }
            opt_stmt(post, ids);
            block(body, ids);
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
                expr_mut(k, ids);
            }
            if let Some(v) = value {
                expr_mut(v, ids);
            }
            extra.iter_mut().for_each(|e| expr_mut(e, ids));
            expr_mut(x, ids);
            block(body, ids);
        }
    }
}

fn cases(l: &mut [CaseClause], ids: &mut NodeIdGen) {
    for c in l {
        c.id = ids.fresh();
        if let Some(list) = &mut c.list {
            list.iter_mut().for_each(|x| expr_mut(x, ids));
        }
        c.body.iter_mut().for_each(|s| stmt(s, ids));
    }
}
