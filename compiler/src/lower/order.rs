//! Evaluation order as gc: within one statement, function calls are
//! evaluated first (left to right, inner calls before the calls using
//! them) into temporaries, and the rest of the statement's operands are
//! read afterwards. So `println(x, f())` prints x as f left it, as gc's
//! `order` pass does. The right operands of `&&` and `||` are conditional
//! and keep their calls in place; function literal bodies are separate.

use super::func::Fx;
use crate::syntax::ast::{BinaryOp, Expr, ExprKind};
use crate::types::{Mode, Type};

impl Fx<'_, '_> {
    /// Evaluates the calls inside `roots` into temporaries (`self.hoisted`).
    pub fn hoist_calls(&mut self, roots: &[&Expr]) {
        let mut calls: Vec<&Expr> = Vec::new();
        for r in roots {
            self.collect_hoistable(r, &mut calls);
        }
        // Hoisting matters only when something else is read too.
        if calls.is_empty() || (roots.len() == 1 && calls.len() == 1 && calls[0].id == roots[0].id)
        {
            return;
        }
        for c in calls {
            let ty = self.type_of(c);
            self.expr(c);
            let group = if let Type::Tuple(elems) = self.info.table.get(ty) {
                let elems = elems.clone();
                let mut ls: Vec<u32> = Vec::new();
                for &t in elems.iter().rev() {
                    let mut g = self.spill(t);
                    g.extend(ls);
                    ls = g;
                }
                ls
            } else {
                self.spill(ty)
            };
            self.hoisted.insert(c.id, group);
        }
    }

    /// The hoistable calls in `e`, in evaluation order (children first).
    fn collect_hoistable<'e>(&self, e: &'e Expr, out: &mut Vec<&'e Expr>) {
        match &e.kind {
            ExprKind::Call { fun, args, .. } => {
                self.collect_hoistable(fun, out);
                for a in args {
                    self.collect_hoistable(a, out);
                }
                let mode = self.tv(&fun.id).map(|tv| &tv.mode);
                let plain = !matches!(mode, Some(Mode::TypeExpr) | Some(Mode::Builtin));
                let has_value = self.tv(&e.id).is_some_and(|tv| tv.mode != Mode::NoValue);
                if plain && has_value {
                    out.push(e);
                }
            }
            ExprKind::Binary {
                op: BinaryOp::LAnd | BinaryOp::LOr,
                x,
                ..
            } => self.collect_hoistable(x, out),
            ExprKind::Binary { x, y, .. } => {
                self.collect_hoistable(x, out);
                self.collect_hoistable(y, out);
            }
            ExprKind::Paren(x)
            | ExprKind::Star(x)
            | ExprKind::Unary { x, .. }
            | ExprKind::Selector { x, .. }
            | ExprKind::TypeAssert { x, .. } => self.collect_hoistable(x, out),
            ExprKind::Index { x, indices } => {
                self.collect_hoistable(x, out);
                for i in indices {
                    self.collect_hoistable(i, out);
                }
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.collect_hoistable(x, out);
                for s in [lo, hi, max].into_iter().flatten() {
                    self.collect_hoistable(s, out);
                }
            }
            ExprKind::CompositeLit { elts, .. } => {
                for el in elts {
                    if let Some(k) = &el.key {
                        self.collect_hoistable(k, out);
                    }
                    self.collect_hoistable(&el.value, out);
                }
            }
            _ => {}
        }
    }
}
