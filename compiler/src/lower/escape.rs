//! A conservative escape rule: a local variable whose address is taken
//! (`&x`, `&x.f`, `&a[i]`, slicing an array variable `a[:]`, a method with a
//! pointer receiver called on `x`) or that a closure captures lives in a
//! heap cell from `runtime.alloc`; every other variable stays in Wasm
//! locals or the shadow-stack frame.

use std::collections::HashSet;

use crate::syntax::ast::{Block, Decl, Expr, ExprKind, FuncType, Stmt, StmtKind, UnaryOp};
use crate::types::{Info, ObjId, ObjKind, SelectionKind, Type};

/// The local variables of a function body (including nested closures)
/// that must be heap-allocated.
pub(crate) fn analyze(info: &Info, _sig: &FuncType, body: &Block) -> HashSet<ObjId> {
    let mut w = Walker {
        info,
        out: HashSet::new(),
    };
    w.block(body);
    w.out
}

struct Walker<'a> {
    info: &'a Info,
    out: HashSet<ObjId>,
}

impl Walker<'_> {
    fn block(&mut self, b: &Block) {
        for s in &b.stmts {
            self.stmt(s);
        }
    }

    /// Marks the variable at the root of an addressable expression.
    fn take_address(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Paren(x) => self.take_address(x),
            ExprKind::Ident(_) => {
                if let Some(o) = self.info.uses.get(&e.id) {
                    let obj = self.info.obj(*o);
                    if matches!(obj.kind, ObjKind::Var { .. }) && !obj.parent_is_package {
                        self.out.insert(*o);
                    }
                }
            }
            ExprKind::Selector { x, .. } => {
                if let Some(sel) = self.info.selections.get(&e.id) {
                    if sel.kind == SelectionKind::FieldVal && !sel.indirect {
                        self.take_address(x);
                    }
                }
            }
            ExprKind::Index { x, .. } => {
                if let Some(tv) = self.info.types.get(&x.id) {
                    let u = self.info.table.underlying(tv.ty);
                    if matches!(self.info.table.get(u), Type::Array { .. }) {
                        self.take_address(x);
                    }
                }
            }
            _ => {}
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Decl(Decl::Var(specs)) | StmtKind::Decl(Decl::Const(specs)) => {
                for sp in specs {
                    for v in &sp.values {
                        self.expr(v);
                    }
                }
            }
            StmtKind::Decl(_) | StmtKind::Bad | StmtKind::Empty | StmtKind::Branch { .. } => {}
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Send { ch, value } => {
                self.expr(ch);
                self.expr(value);
            }
            StmtKind::IncDec { x, .. } => self.expr(x),
            StmtKind::Assign { lhs, rhs, .. } => {
                for e in lhs.iter().chain(rhs) {
                    self.expr(e);
                }
            }
            StmtKind::Return(es) => {
                for e in es {
                    self.expr(e);
                }
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(cond);
                self.block(then);
                if let Some(e) = els {
                    self.stmt(e);
                }
            }
            StmtKind::Switch {
                init, tag, clauses, ..
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(t) = tag {
                    self.expr(t);
                }
                for c in clauses {
                    for e in c.list.iter().flatten() {
                        self.expr(e);
                    }
                    for s in &c.body {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::TypeSwitch {
                init, x, clauses, ..
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(x);
                for c in clauses {
                    for s in &c.body {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::Select { clauses, .. } => {
                for c in clauses {
                    if let Some(s) = &c.comm {
                        self.stmt(s);
                    }
                    for s in &c.body {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    self.expr(c);
                }
                if let Some(p) = post {
                    self.stmt(p);
                }
                self.block(body);
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                for e in key.iter().chain(value.iter()) {
                    self.expr(e);
                }
                self.expr(x);
                self.block(body);
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Unary {
                op: UnaryOp::Addr,
                x,
            } => {
                self.take_address(x);
                self.expr(x);
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                if let Some(tv) = self.info.types.get(&x.id) {
                    let u = self.info.table.underlying(tv.ty);
                    if matches!(self.info.table.get(u), Type::Array { .. }) {
                        self.take_address(x);
                    }
                }
                self.expr(x);
                for s in [lo, hi, max].into_iter().flatten() {
                    self.expr(s);
                }
            }
            ExprKind::Call { fun, args, .. } => {
                // x.M() with a pointer-receiver method on an addressable x.
                if let ExprKind::Selector { x, .. } = &fun.kind {
                    if let Some(sel) = self.info.selections.get(&fun.id) {
                        if sel.kind == SelectionKind::MethodVal {
                            let m = self.info.obj(sel.obj);
                            let xt = self.info.types.get(&x.id).map(|t| t.ty);
                            let x_is_ptr = xt.is_some_and(|t| {
                                matches!(
                                    self.info.table.get(self.info.table.underlying(t)),
                                    Type::Pointer(_)
                                )
                            });
                            if m.ptr_recv && !x_is_ptr && !sel.indirect {
                                self.take_address(x);
                            }
                        }
                    }
                }
                self.expr(fun);
                for a in args {
                    self.expr(a);
                }
            }
            ExprKind::FuncLit { body, .. } => {
                if let Some(caps) = self.info.captures.get(&e.id) {
                    self.out.extend(caps.iter().copied());
                }
                self.block(body);
            }
            ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary { x, .. } => self.expr(x),
            ExprKind::Selector { x, .. } => self.expr(x),
            ExprKind::TypeAssert { x, .. } => self.expr(x),
            ExprKind::Index { x, indices } => {
                self.expr(x);
                for i in indices {
                    self.expr(i);
                }
            }
            ExprKind::Binary { x, y, .. } => {
                self.expr(x);
                self.expr(y);
            }
            ExprKind::KeyValue { key, value } => {
                self.expr(key);
                self.expr(value);
            }
            ExprKind::CompositeLit { elts, .. } => {
                for el in elts {
                    if let Some(k) = &el.key {
                        self.expr(k);
                    }
                    self.expr(&el.value);
                }
            }
            _ => {}
        }
    }
}
