//! A pre-order walk over every expression of a statement tree (nested
//! function literals included), for the analyses that only need to see
//! expressions: escape analysis and the collection of function literals.

use crate::syntax::ast::{Block, Decl, Expr, ExprKind, Stmt, StmtKind};

/// Calls `f` on every expression in `b`, parents before children.
pub(crate) fn block<'a>(b: &'a Block, f: &mut dyn FnMut(&'a Expr)) {
    for s in &b.stmts {
        stmt(s, f);
    }
}

pub(crate) fn stmt<'a>(s: &'a Stmt, f: &mut dyn FnMut(&'a Expr)) {
    let opt = |s: &'a Option<Box<Stmt>>, f: &mut dyn FnMut(&'a Expr)| {
        if let Some(s) = s {
            stmt(s, f);
        }
    };
    match &s.kind {
        StmtKind::Decl(Decl::Var(specs)) | StmtKind::Decl(Decl::Const(specs)) => {
            for sp in specs {
                for v in &sp.values {
                    expr(v, f);
                }
            }
        }
        StmtKind::Decl(_) | StmtKind::Bad | StmtKind::Empty | StmtKind::Branch { .. } => {}
        StmtKind::Labeled { stmt: s, .. } => stmt(s, f),
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => expr(e, f),
        StmtKind::Send { ch, value } => {
            expr(ch, f);
            expr(value, f);
        }
        StmtKind::IncDec { x, .. } => expr(x, f),
        StmtKind::Assign { lhs, rhs, .. } => {
            for e in lhs.iter().chain(rhs) {
                expr(e, f);
            }
        }
        StmtKind::Return(es) => {
            for e in es {
                expr(e, f);
            }
        }
        StmtKind::Block(b) => block(b, f),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            opt(init, f);
            expr(cond, f);
            block(then, f);
            opt(els, f);
        }
        StmtKind::Switch {
            init, tag, clauses, ..
        } => {
            opt(init, f);
            if let Some(t) = tag {
                expr(t, f);
            }
            for c in clauses {
                for e in c.list.iter().flatten() {
                    expr(e, f);
                }
                for s in &c.body {
                    stmt(s, f);
                }
            }
        }
        StmtKind::TypeSwitch {
            init, x, clauses, ..
        } => {
            opt(init, f);
            expr(x, f);
            for c in clauses {
                for s in &c.body {
                    stmt(s, f);
                }
            }
        }
        StmtKind::Select { clauses, .. } => {
            for c in clauses {
                opt(&c.comm, f);
                for s in &c.body {
                    stmt(s, f);
                }
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            opt(init, f);
            if let Some(c) = cond {
                expr(c, f);
            }
            opt(post, f);
            block(body, f);
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            for e in key.iter().chain(value.iter()) {
                expr(e, f);
            }
            expr(x, f);
            block(body, f);
        }
    }
}

pub(crate) fn expr<'a>(e: &'a Expr, f: &mut dyn FnMut(&'a Expr)) {
    f(e);
    match &e.kind {
        ExprKind::FuncLit { body, .. } => block(body, f),
        ExprKind::Paren(x)
        | ExprKind::Star(x)
        | ExprKind::Unary { x, .. }
        | ExprKind::Selector { x, .. }
        | ExprKind::TypeAssert { x, .. } => expr(x, f),
        ExprKind::Index { x, indices } => {
            expr(x, f);
            for i in indices {
                expr(i, f);
            }
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            expr(x, f);
            for s in [lo, hi, max].into_iter().flatten() {
                expr(s, f);
            }
        }
        ExprKind::Call { fun, args, .. } => {
            expr(fun, f);
            for a in args {
                expr(a, f);
            }
        }
        ExprKind::Binary { x, y, .. } => {
            expr(x, f);
            expr(y, f);
        }
        ExprKind::KeyValue { key, value } => {
            expr(key, f);
            expr(value, f);
        }
        ExprKind::CompositeLit { elts, .. } => {
            for el in elts {
                if let Some(k) = &el.key {
                    expr(k, f);
                }
                expr(&el.value, f);
            }
        }
        _ => {}
    }
}
