//! Range clauses and type switches.

use super::stmt::StmtCtx;
use super::*;
use crate::syntax::ast::ExprKind;
use crate::types::exprstring::expr_string;

impl<'a> Checker<'a> {
    pub(super) fn range_stmt(
        &mut self,
        s: &'a ast::Stmt,
        key: Option<&'a ast::Expr>,
        value: Option<&'a ast::Expr>,
        define: bool,
        x: &'a ast::Expr,
        body: &'a ast::Block,
    ) {
        self.open_scope(false);
        let mut xv = self.expr(x);
        let mut kt: Option<TypeId> = None;
        let mut vt: Option<TypeId> = None;
        let mut ok = !xv.is_invalid();
        if ok {
            let u = self.under(xv.ty);
            let u = match self.t().get(u) {
                Type::Pointer(p) if matches!(self.t().get(self.under(*p)), Type::Array { .. }) => {
                    self.under(*p)
                }
                _ => u,
            };
            match self.t().get(u).clone() {
                Type::Basic(k) if k.is_string() => {
                    if self.is_untyped(xv.ty) {
                        let st = BasicKind::String.id();
                        self.convert_untyped(&mut xv, st, Some(x));
                    }
                    kt = Some(BasicKind::Int.id());
                    vt = Some(BasicKind::Int32.id());
                }
                Type::Basic(k) if k.is_integer() => {
                    if self.is_untyped(xv.ty) {
                        let it = BasicKind::Int.id();
                        self.convert_untyped(&mut xv, it, Some(x));
                    }
                    kt = Some(xv.ty);
                    if let Some(v) = value {
                        let d = self.describe(&xv);
                        self.error(
                            v.start_pos(),
                            format!("range over {d} permits only one iteration variable"),
                        );
                        ok = false;
                    }
                }
                Type::Array { elem, .. } | Type::Slice(elem) => {
                    kt = Some(BasicKind::Int.id());
                    vt = Some(elem);
                }
                Type::Map { key, value: v } => {
                    kt = Some(key);
                    vt = Some(v);
                }
                Type::Chan { elem, dir } => {
                    kt = Some(elem);
                    if dir == ChanDir::Send {
                        let d = self.describe(&xv);
                        self.error(
                            xv.pos,
                            format!(
                                "invalid operation: range {} receive from send-only channel {d}",
                                xv.expr
                            ),
                        );
                        ok = false;
                    }
                    if let Some(v) = value {
                        let d = self.describe(&xv);
                        self.error(
                            v.start_pos(),
                            format!("range over {d} permits only one iteration variable"),
                        );
                        ok = false;
                    }
                }
                Type::Signature(sig) if sig.results.is_empty() && sig.params.len() == 1 => {
                    // range-over-func: yield's parameters are the iteration values
                    if let Some(ys) = self.t().signature(sig.params[0]).cloned() {
                        kt = ys.params.first().copied();
                        vt = ys.params.get(1).copied();
                    }
                }
                _ => {
                    let d = self.describe(&xv);
                    self.error(xv.pos, format!("cannot range over {d}"));
                    ok = false;
                }
            }
        }
        let lhs = [key, value];
        let rhs_t = [kt, vt];
        if define {
            let mut vars = Vec::new();
            for (i, l) in lhs.iter().enumerate() {
                let Some(l) = l else { continue };
                let ExprKind::Ident(name) = &l.kind else {
                    self.error(
                        l.start_pos(),
                        format!("non-name {} on left side of :=", expr_string(l)),
                    );
                    continue;
                };
                let t = if ok {
                    rhs_t[i].unwrap_or(self.invalid())
                } else {
                    self.invalid()
                };
                let o = self.new_obj(
                    name,
                    ObjKind::Var {
                        field: false,
                        param: false,
                    },
                    t,
                    l.pos,
                );
                self.info.defs.insert(l.id, o);
                vars.push(o);
            }
            let sc = self.scope;
            for o in vars {
                self.var_scope.insert(o, sc);
                self.declare(sc, None, o);
            }
        } else if ok {
            for (i, l) in lhs.iter().enumerate() {
                let Some(l) = l else { continue };
                let Some(t) = rhs_t[i] else { continue };
                let mut x = Operand {
                    mode: OpMode::Value,
                    ty: t,
                    id: None,
                    pos: l.start_pos(),
                    expr: String::new(),
                };
                let _ = s;
                self.range_assign(l, &mut x);
            }
        }
        let c = StmtCtx {
            breakable: true,
            in_loop: true,
            ..Default::default()
        };
        self.open_scope(false);
        self.stmt_list(&body.stmts, c);
        self.close_scope();
        self.close_scope();
    }

    pub(super) fn range_assign(&mut self, l: &'a ast::Expr, x: &mut Operand) {
        let lhs = std::slice::from_ref(l);
        let _ = lhs;
        if let ExprKind::Ident(n) = &l.kind {
            if n == "_" {
                return;
            }
        }
        let z = self.expr(l);
        if z.is_invalid() {
            return;
        }
        self.assignment(x, Some(z.ty), "range clause", None);
    }

    pub(super) fn type_switch(
        &mut self,
        s: &'a ast::Stmt,
        init: Option<&'a ast::Stmt>,
        bind: Option<&'a ast::Ident>,
        x: &'a ast::Expr,
        clauses: &'a [ast::CaseClause],
        ctx: StmtCtx,
    ) {
        let _ = s;
        self.open_scope(false);
        self.simple_stmt(init);
        let xv = self.expr(x);
        let valid = !xv.is_invalid();
        if valid && !self.is_interface(xv.ty) {
            let d = self.describe(&xv);
            self.error(xv.pos, format!("{d} is not an interface"));
        }
        let mut clause_objs = Vec::new();
        for cl in clauses {
            let mut single: Option<TypeId> = None;
            if let Some(list) = &cl.list {
                for te in list {
                    let t = if let ExprKind::Ident(n) = &te.kind {
                        if n == "nil"
                            && self
                                .lookup("nil")
                                .map(|o| matches!(self.info.obj(o).kind, ObjKind::Nil))
                                .unwrap_or(false)
                        {
                            let o = self.lookup("nil").unwrap();
                            self.info.uses.insert(te.id, o);
                            self.info.types.insert(
                                te.id,
                                TypeAndValue {
                                    mode: Mode::Value,
                                    ty: BasicKind::UntypedNil.id(),
                                },
                            );
                            None
                        } else {
                            Some(self.typ(te))
                        }
                    } else {
                        Some(self.typ(te))
                    };
                    if let Some(t) = t {
                        if valid
                            && t != self.invalid()
                            && !self.is_interface(t)
                            && self.is_interface(xv.ty)
                        {
                            if let Some(reason) = self.missing_method(t, xv.ty) {
                                let why = reason
                                    .split_once('(')
                                    .map(|(_, r)| r.trim_end_matches(')').to_string())
                                    .unwrap_or_default();
                                self.error(te.start_pos(), format!("impossible type switch case: {} cannot have dynamic type {} ({why})", xv.describe(&self.info, Some(self.pkg)), self.type_string(t)));
                            }
                        }
                    }
                    single = if list.len() == 1 { t } else { None };
                }
            }
            self.open_scope(false);
            if let Some(b) = bind {
                let ty = match (single, &cl.list) {
                    (Some(t), Some(_)) => t,
                    _ => xv.ty,
                };
                let o = self.new_obj(
                    &b.name,
                    ObjKind::Var {
                        field: false,
                        param: false,
                    },
                    ty,
                    b.pos,
                );
                self.info.implicits.insert(cl.id, o);
                let sc = self.scope;
                self.var_scope.insert(o, sc);
                self.info.scopes[sc.0 as usize]
                    .names
                    .insert(b.name.clone(), o);
                clause_objs.push(o);
            }
            let mut c = ctx;
            c.breakable = true;
            c.fallthrough_ok = false;
            c.in_type_switch = true;
            self.stmt_list(&cl.body, c);
            self.close_scope();
        }
        if let Some(b) = bind {
            if b.name != "_" {
                let o = self.new_obj(
                    &b.name,
                    ObjKind::Var {
                        field: false,
                        param: false,
                    },
                    xv.ty,
                    b.pos,
                );
                self.info.defs.insert(b.id, o);
                let used = clause_objs.iter().any(|c| self.used.contains(c));
                // usage is reported once for the bind ident, not per clause
                for c in &clause_objs {
                    self.used.insert(*c);
                }
                if !used {
                    self.error(b.pos, format!("{} declared and not used", b.name));
                }
            }
        }
        self.close_scope();
    }
}
