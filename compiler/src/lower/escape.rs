//! A conservative escape rule: a local variable whose address is taken
//! (`&x`, `&x.f`, `&a[i]`, slicing an array variable `a[:]`, a method with a
//! pointer receiver called on `x`) or that a closure captures lives in a
//! heap cell from `runtime.alloc`; every other variable stays in Wasm
//! locals or the shadow-stack frame.

use std::collections::HashSet;

use crate::syntax::ast::{Block, Expr, ExprKind, FuncType, UnaryOp};
use crate::types::{Info, ObjId, ObjKind, SelectionKind, Type};

/// The local variables of a function body (including nested closures)
/// that must be heap-allocated.
pub(crate) fn analyze(info: &Info, _sig: &FuncType, body: &Block) -> HashSet<ObjId> {
    let mut w = Walker {
        info,
        out: HashSet::new(),
    };
    super::walk::block(body, &mut |e| w.expr(e));
    w.out
}

struct Walker<'a> {
    info: &'a Info,
    out: HashSet<ObjId>,
}

impl Walker<'_> {
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
            ExprKind::Index { x, .. } if self.is_array(x) => self.take_address(x),
            _ => {}
        }
    }

    fn is_array(&self, x: &Expr) -> bool {
        self.info.types.get(&x.id).is_some_and(|tv| {
            let u = self.info.table.underlying(tv.ty);
            matches!(self.info.table.get(u), Type::Array { .. })
        })
    }

    /// One expression (the walk visits children itself).
    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Unary {
                op: UnaryOp::Addr,
                x,
            } => self.take_address(x),
            ExprKind::Slice { x, .. } if self.is_array(x) => self.take_address(x),
            // x.M (called or as a method value) with a pointer-receiver
            // method on an addressable x takes &x.
            ExprKind::Selector { x, .. } => {
                if let Some(sel) = self.info.selections.get(&e.id) {
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
            ExprKind::FuncLit { .. } => {
                if let Some(caps) = self.info.captures.get(&e.id) {
                    self.out.extend(caps.iter().copied());
                }
            }
            _ => {}
        }
    }
}
