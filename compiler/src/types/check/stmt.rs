//! Statements, labels, terminating statements.

use super::*;
use crate::constant::ConstValue;
use crate::syntax::ast::{AssignOp, BranchKind, ExprKind, StmtKind};
use crate::types::exprstring::expr_string;

/// Where a statement appears. Branch validity itself is checked in branches.rs; the
/// context is kept for statement checks that depend on the enclosing construct.
#[derive(Clone, Copy, Default)]
#[allow(dead_code)]
pub(crate) struct StmtCtx {
    pub breakable: bool,
    pub in_loop: bool,
    pub fallthrough_ok: bool,
    pub final_switch_case: bool,
    pub in_type_switch: bool,
}

impl<'a> Checker<'a> {
    pub fn stmt_list(&mut self, list: &'a [ast::Stmt], ctx: StmtCtx) {
        let n = list.len();
        for (i, s) in list.iter().enumerate() {
            let mut c = ctx;
            // fallthrough only as the last statement of a case
            c.fallthrough_ok = ctx.fallthrough_ok && i + 1 == n;
            self.stmt(s, c);
        }
    }

    fn cond(&mut self, e: &'a ast::Expr, what: &str) {
        let mut x = self.expr(e);
        if x.is_invalid() {
            return;
        }
        if !self.basic(x.ty).map(|k| k.is_boolean()).unwrap_or(false) {
            self.error(x.pos, format!("non-boolean condition in {what} statement"));
            return;
        }
        if self.is_untyped(x.ty) {
            let b = BasicKind::Bool.id();
            self.convert_untyped(&mut x, b, Some(e));
        }
    }

    pub(super) fn simple_stmt(&mut self, s: Option<&'a ast::Stmt>) {
        if let Some(s) = s {
            self.stmt(s, StmtCtx::default());
        }
    }

    pub fn stmt(&mut self, s: &'a ast::Stmt, ctx: StmtCtx) {
        self.alias_display = None;
        match &s.kind {
            StmtKind::Bad | StmtKind::Empty => {}
            StmtKind::Decl(d) => self.local_decl(d),
            StmtKind::Labeled { label, stmt } => {
                let o = self.new_obj(&label.name, ObjKind::Label, self.invalid(), label.pos);
                self.info.defs.insert(label.id, o);
                self.label_objs.insert(label.name.clone(), o);
                self.stmt(stmt, ctx);
            }
            StmtKind::Expr(e) => {
                let x = self.raw_expr(e, None, false);
                if x.is_invalid() {
                    return;
                }
                let inner = super::expr::strip_parens(e);
                let is_stmt = match &inner.kind {
                    ExprKind::Call { fun, .. } => {
                        let ft = self
                            .info
                            .types
                            .get(&super::expr::strip_parens(fun).id)
                            .cloned();
                        match ft.map(|t| t.mode) {
                            Some(Mode::TypeExpr) => false,
                            Some(Mode::Builtin) => {
                                let name = expr_string(super::expr::strip_parens(fun));
                                let base = name.rsplit('.').next().unwrap_or("").to_string();
                                !matches!(
                                    base.as_str(),
                                    "append"
                                        | "cap"
                                        | "complex"
                                        | "imag"
                                        | "len"
                                        | "make"
                                        | "new"
                                        | "real"
                                        | "min"
                                        | "max"
                                        | "Sizeof"
                                        | "Alignof"
                                        | "Offsetof"
                                        | "Add"
                                        | "Slice"
                                        | "String"
                                        | "StringData"
                                        | "SliceData"
                                )
                            }
                            _ => true,
                        }
                    }
                    ExprKind::Unary {
                        op: ast::UnaryOp::Recv,
                        ..
                    } => true,
                    _ => false,
                };
                if is_stmt {
                    return;
                }
                let d = self.describe(&x);
                let msg = match x.mode {
                    OpMode::Builtin(_) => "must be called",
                    OpMode::TypeExpr => "is not an expression",
                    _ => "is not used",
                };
                self.error(x.pos, format!("{d} {msg}"));
            }
            StmtKind::Send { ch, value } => {
                let c = self.expr(ch);
                let mut v = self.expr(value);
                if c.is_invalid() || v.is_invalid() {
                    return;
                }
                match self.t().get(self.under(c.ty)).clone() {
                    Type::Chan { dir, elem } => {
                        if dir == ChanDir::Recv {
                            let d = self.describe(&c);
                            self.error(
                                s.pos,
                                format!(
                                    "invalid operation: cannot send to receive-only channel {d}"
                                ),
                            );
                            return;
                        }
                        self.assignment(&mut v, Some(elem), "send", Some(value));
                    }
                    _ => {
                        let d = self.describe(&c);
                        self.error(
                            s.pos,
                            format!("invalid operation: cannot send to non-channel {d}"),
                        );
                    }
                }
            }
            StmtKind::IncDec { x, inc } => {
                let op = if *inc { "++" } else { "--" };
                let y = self.expr(x);
                if y.is_invalid() {
                    return;
                }
                if !self.all_kinds(y.ty, |k| k.is_numeric()) {
                    let ts = self.type_string(y.ty);
                    self.error(
                        y.pos,
                        format!("invalid operation: {}{op} (non-numeric type {ts})", y.expr),
                    );
                    return;
                }
                if !matches!(y.mode, OpMode::Variable | OpMode::MapIndex) {
                    self.error(
                        y.pos,
                        format!(
                            "cannot assign to {} (neither addressable nor a map index expression)",
                            y.expr
                        ),
                    );
                }
            }
            StmtKind::Assign { lhs, op, rhs } => match op {
                AssignOp::Assign => self.assign_vars(lhs, rhs),
                AssignOp::Define => self.short_var_decl(s.pos, lhs, rhs),
                AssignOp::Op(bop) => {
                    if lhs.len() != 1 || rhs.len() != 1 {
                        self.error(
                            s.pos,
                            format!(
                                "assignment operation {}= requires single-valued expressions",
                                bop.as_str()
                            ),
                        );
                        return;
                    }
                    // x op= y is x = x op y, checked as a binary expression.
                    let text = format!(
                        "{} {}= {}",
                        expr_string(&lhs[0]),
                        bop.as_str(),
                        expr_string(&rhs[0])
                    );
                    let mut x = self.binary(lhs[0].start_pos(), text, *bop, &lhs[0], &rhs[0]);
                    if x.is_invalid() {
                        return;
                    }
                    let z = self.expr(&lhs[0]);
                    if z.is_invalid() {
                        return;
                    }
                    if !matches!(z.mode, OpMode::Variable | OpMode::MapIndex) {
                        self.error(z.pos, format!("cannot assign to {} (neither addressable nor a map index expression)", z.expr));
                        return;
                    }
                    self.assignment(&mut x, Some(z.ty), "assignment", None);
                }
            },
            StmtKind::Go(e) | StmtKind::Defer(e) => {
                let what = if matches!(s.kind, StmtKind::Go(_)) {
                    "go"
                } else {
                    "defer"
                };
                let inner = super::expr::strip_parens(e);
                if !matches!(inner.kind, ExprKind::Call { .. }) {
                    self.expr(e);
                    self.error(
                        e.start_pos(),
                        format!("expression in {what} must be function call"),
                    );
                    return;
                }
                let x = self.raw_expr(e, None, false);
                if x.is_invalid() {
                    return;
                }
                if let ExprKind::Call { fun, .. } = &inner.kind {
                    if let Some(tv) = self.info.types.get(&super::expr::strip_parens(fun).id) {
                        if tv.mode == Mode::TypeExpr {
                            self.error(
                                e.start_pos(),
                                format!("{what} requires function call, not conversion"),
                            );
                        }
                    }
                }
            }
            StmtKind::Return(results) => self.return_stmt(s, results),
            // Branch validity is checked per function body (branches.rs).
            StmtKind::Branch { label, .. } => {
                if let Some(l) = label {
                    match self.label_objs.get(&l.name).copied() {
                        Some(o) => {
                            self.info.uses.insert(l.id, o);
                        }
                        // A forward `goto`: resolved at the end of the function body.
                        None => self.pending_labels.push((l.id, l.name.clone())),
                    }
                }
            }
            StmtKind::Block(b) => {
                self.open_scope(false);
                self.stmt_list(&b.stmts, ctx_no_fallthrough(ctx));
                self.close_scope();
            }
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.open_scope(false);
                self.simple_stmt(init.as_deref());
                self.cond(cond, "if");
                self.open_scope(false);
                self.stmt_list(&then.stmts, ctx_no_fallthrough(ctx));
                self.close_scope();
                if let Some(e) = els {
                    self.stmt(e, ctx_no_fallthrough(ctx));
                }
                self.close_scope();
            }
            StmtKind::Switch {
                init, tag, clauses, ..
            } => {
                self.open_scope(false);
                self.simple_stmt(init.as_deref());
                let t = match tag {
                    Some(te) => {
                        let mut x = self.expr(te);
                        if !x.is_invalid() && self.is_untyped(x.ty) {
                            let d = self.default_type(x.ty);
                            if x.is_nil() {
                                self.error(x.pos, "use of untyped nil in switch expression");
                                x.mode = OpMode::Invalid;
                            } else {
                                self.convert_untyped(&mut x, d, Some(te));
                            }
                        }
                        if !x.is_invalid() && !self.comparable(x.ty) && !self.has_nil(x.ty) {
                            let d = self.describe(&x);
                            self.error(x.pos, format!("cannot switch on {d}"));
                            x.mode = OpMode::Invalid;
                        }
                        Some(x)
                    }
                    // A tagless switch compares against the constant `true`.
                    None => Some(Operand {
                        mode: OpMode::Constant(ConstValue::Bool(true)),
                        ty: BasicKind::Bool.id(),
                        id: None,
                        pos: s.pos,
                        expr: "true".into(),
                    }),
                };
                let n = clauses.len();
                let mut seen_default = false;
                let mut seen: Vec<(ConstValue, TypeId, Pos)> = Vec::new();
                for (i, cl) in clauses.iter().enumerate() {
                    match &cl.list {
                        None => {
                            if seen_default {
                                self.error(cl.pos, "multiple defaults in switch");
                            }
                            seen_default = true;
                        }
                        Some(list) => {
                            for ce in list {
                                self.case_value(ce, t.as_ref(), &mut seen);
                            }
                        }
                    }
                    self.open_scope(false);
                    let mut c = ctx;
                    c.breakable = true;
                    c.fallthrough_ok = i + 1 < n;
                    c.final_switch_case = i + 1 == n;
                    c.in_type_switch = false;
                    self.stmt_list(&cl.body, c);
                    self.close_scope();
                }
                self.close_scope();
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
                ..
            } => self.type_switch(s, init.as_deref(), bind.as_ref(), x, clauses, ctx),
            StmtKind::Select { clauses, .. } => {
                for cl in clauses {
                    self.open_scope(false);
                    if let Some(c) = &cl.comm {
                        self.stmt(c, StmtCtx::default());
                    }
                    let mut c = ctx;
                    c.breakable = true;
                    c.fallthrough_ok = false;
                    self.stmt_list(&cl.body, c);
                    self.close_scope();
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.open_scope(false);
                self.simple_stmt(init.as_deref());
                if let Some(c) = cond {
                    self.cond(c, "for");
                }
                if let Some(p) = post {
                    if let StmtKind::Assign {
                        op: AssignOp::Define,
                        ..
                    } = p.kind
                    {
                        self.error(p.pos, "cannot declare in post statement of for loop");
                    }
                    self.simple_stmt(Some(p));
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
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
                ..
            } => self.range_stmt(s, key.as_ref(), value.as_ref(), *define, x, body),
        }
    }

    /// One case value of an expression switch (types2's caseValues).
    fn case_value(
        &mut self,
        ce: &'a ast::Expr,
        tag: Option<&Operand>,
        seen: &mut Vec<(ConstValue, TypeId, Pos)>,
    ) {
        let mut v = self.expr(ce);
        let Some(x) = tag else { return };
        if x.is_invalid() || v.is_invalid() {
            return;
        }
        self.convert_untyped(&mut v, x.ty, Some(ce));
        if v.is_invalid() {
            return;
        }
        // comparison v == x, errors at the case value
        let ok = self.assignable_to(&v, x.ty).0 || self.assignable_to(x, v.ty).0;
        let cause = if !ok {
            Some(format!(
                "mismatched types {} and {}",
                self.operand_type_string(&v),
                self.operand_type_string(x)
            ))
        } else if !v.is_nil() && !x.is_nil() && !self.comparable(v.ty) {
            Some(self.incomparable_cause_pub(v.ty))
        } else {
            None
        };
        if let Some(c) = cause {
            self.error(
                v.pos,
                format!("invalid case {} in switch on {} ({c})", v.expr, x.expr),
            );
            return;
        }
        // Duplicates are detected among numeric and string constants (not booleans).
        if let Some(val) = v
            .val()
            .cloned()
            .filter(|c| !matches!(c, ConstValue::Bool(_)))
        {
            if let Some((_, _, p)) = seen
                .iter()
                .find(|(sv, st, _)| *sv == val && self.identical(*st, v.ty))
            {
                let d = self.describe(&v);
                let ps = self.pos_string(*p);
                self.error(
                    v.pos,
                    format!("duplicate case {d} in expression switch\n\t{ps}: previous case"),
                );
                return;
            }
            seen.push((val, v.ty, v.pos));
        }
    }

    fn return_stmt(&mut self, s: &'a ast::Stmt, results: &'a [ast::Expr]) {
        let Some(f) = self.fctx.clone() else { return };
        let want: Vec<TypeId> = self
            .t()
            .signature(f.sig)
            .map(|s| s.results.clone())
            .unwrap_or_default();
        if results.is_empty() {
            if !want.is_empty() && f.named_results.is_empty() {
                let ws = self.types_summary(&want, false, false);
                self.error(
                    s.pos,
                    format!("not enough return values\n\thave ()\n\twant {ws}"),
                );
            }
            return;
        }
        if want.is_empty() {
            let xs: Vec<Operand> = results.iter().map(|r| self.expr(r)).collect();
            let have: Vec<TypeId> = xs.iter().map(|x| x.ty).collect();
            let hs = self.types_summary(&have, false, false);
            self.error(
                results[0].start_pos(),
                format!("too many return values\n\thave {hs}\n\twant ()"),
            );
            return;
        }
        let is_call = results.len() == 1
            && matches!(
                super::expr::strip_parens(&results[0]).kind,
                ExprKind::Call { .. }
            );
        let mut xs: Vec<Operand>;
        let mut es: Vec<Option<&ast::Expr>> = Vec::new();
        if results.len() == 1 && is_call {
            xs = self.multi_expr(&results[0]);
            es = vec![None; xs.len()];
            if xs.len() == 1 {
                es[0] = Some(&results[0]);
            }
        } else {
            xs = Vec::new();
            for (i, r) in results.iter().enumerate() {
                let hint = want.get(i).copied();
                xs.push(self.expr_hint(r, hint));
                es.push(Some(r));
            }
        }
        if xs.iter().any(|x| x.is_invalid()) {
            return;
        }
        if xs.len() != want.len() {
            let (at, q) = if xs.len() > want.len() {
                (xs[want.len()].pos, "too many")
            } else {
                (xs[xs.len() - 1].pos, "not enough")
            };
            let have: Vec<TypeId> = xs.iter().map(|x| x.ty).collect();
            let hs = self.types_summary(&have, false, false);
            let ws = self.types_summary(&want, false, false);
            self.error(at, format!("{q} return values\n\thave {hs}\n\twant {ws}"));
            return;
        }
        for (i, x) in xs.iter_mut().enumerate() {
            self.assignment(x, Some(want[i]), "return statement", es[i]);
        }
    }

    fn local_decl(&mut self, d: &'a ast::Decl) {
        match d {
            ast::Decl::Const(specs) => {
                for spec in specs {
                    self.const_arity(spec);
                    let mut objs = Vec::new();
                    for (i, n) in spec.names.iter().enumerate() {
                        self.iota = Some(num_bigint::BigInt::from(spec.iota));
                        if spec.implicit {
                            self.errpos = Some(n.pos);
                        }
                        let t = spec.ty.as_ref().map(|t| self.typ(t));
                        self.note_alias_display(spec.ty.as_ref(), t);
                        let x = match spec.values.get(i) {
                            Some(v) => self.expr(v),
                            None => Operand::invalid(n.pos),
                        };
                        self.errpos = None;
                        let (ty, val) = self.const_value(x, t, spec.values.get(i));
                        self.iota = None;
                        let o = self.new_obj(&n.name, ObjKind::Const(val), ty, n.pos);
                        self.info.defs.insert(n.id, o);
                        objs.push(o);
                    }
                    let sc = self.scope;
                    for (o, n) in objs.into_iter().zip(&spec.names) {
                        let _ = n;
                        self.declare(sc, None, o);
                    }
                }
            }
            ast::Decl::Var(specs) => {
                for spec in specs {
                    let t = spec.ty.as_ref().map(|t| self.typ(t));
                    self.note_alias_display(spec.ty.as_ref(), t);
                    let display = self.alias_display.clone();
                    let mut objs = Vec::new();
                    for n in &spec.names {
                        let o = self.new_obj(
                            &n.name,
                            ObjKind::Var {
                                field: false,
                                param: false,
                            },
                            t.unwrap_or(self.invalid()),
                            n.pos,
                        );
                        self.info.defs.insert(n.id, o);
                        if let Some(d) = display.clone() {
                            self.obj_display.insert(o, d);
                        }
                        objs.push(o);
                    }
                    self.var_decl_init(&objs, t.is_some(), &spec.names, &spec.values);
                    let sc = self.scope;
                    for o in objs {
                        self.var_scope.insert(o, sc);
                        self.declare(sc, None, o);
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
                    let sc = self.scope;
                    self.declare(sc, Some(&spec.name), o);
                    if spec.alias {
                        let t = self.typ(&spec.ty);
                        self.info.obj_mut(o).ty = t;
                        continue;
                    }
                    let named = self.tt().new_named(o);
                    self.info.obj_mut(o).ty = named;
                    let rhs = self.typ(&spec.ty);
                    let u = self.under(rhs);
                    self.tt().set_underlying(named, u);
                }
            }
            ast::Decl::Func(fd) => {
                self.error(fd.pos, "function declaration not allowed in function body");
            }
        }
    }

    // ----- terminating statements (spec "Terminating statements") -----

    pub fn is_terminating_list(&self, list: &[ast::Stmt], label: &str) -> bool {
        // trailing empty statements are ignored
        let mut l = list;
        while let Some((last, rest)) = l.split_last() {
            if matches!(last.kind, StmtKind::Empty) {
                l = rest;
            } else {
                return self.is_terminating(last, label);
            }
        }
        false
    }

    fn is_terminating(&self, s: &ast::Stmt, label: &str) -> bool {
        match &s.kind {
            StmtKind::Return(_) => true,
            StmtKind::Branch {
                kind: BranchKind::Goto,
                ..
            }
            | StmtKind::Branch {
                kind: BranchKind::Fallthrough,
                ..
            } => true,
            StmtKind::Expr(e) => {
                if let ExprKind::Call { fun, .. } = &super::expr::strip_parens(e).kind {
                    if let ExprKind::Ident(n) = &super::expr::strip_parens(fun).kind {
                        if n == "panic" {
                            if let Some(o) = self.info.uses.get(&super::expr::strip_parens(fun).id)
                            {
                                return matches!(
                                    self.info.obj(*o).kind,
                                    ObjKind::Builtin(Builtin::Panic)
                                );
                            }
                        }
                    }
                }
                false
            }
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts, ""),
            StmtKind::Labeled { label, stmt } => self.is_terminating(stmt, &label.name),
            StmtKind::If {
                then, els: Some(e), ..
            } => self.is_terminating_list(&then.stmts, "") && self.is_terminating(e, ""),
            StmtKind::If { .. } => false,
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                let mut has_default = false;
                for c in clauses {
                    if c.list.is_none() {
                        has_default = true;
                    }
                    if !self.is_terminating_list(&c.body, "") || has_break(&c.body, label, true) {
                        return false;
                    }
                }
                has_default
            }
            StmtKind::Select { clauses, .. } => clauses
                .iter()
                .all(|c| self.is_terminating_list(&c.body, "") && !has_break(&c.body, label, true)),
            StmtKind::For {
                cond: None, body, ..
            } => !has_break(&body.stmts, label, true),
            _ => false,
        }
    }
}

fn ctx_no_fallthrough(mut c: StmtCtx) -> StmtCtx {
    c.fallthrough_ok = false;
    c
}

/// Does `list` contain a break referring to the enclosing statement (unlabeled at top
/// level, or labeled with `label`)?
fn has_break(list: &[ast::Stmt], label: &str, implicit: bool) -> bool {
    list.iter().any(|s| has_break_stmt(s, label, implicit))
}

fn has_break_stmt(s: &ast::Stmt, label: &str, implicit: bool) -> bool {
    match &s.kind {
        StmtKind::Branch {
            kind: BranchKind::Break,
            label: l,
        } => match l {
            None => implicit,
            Some(l) => l.name == label,
        },
        StmtKind::Block(b) => has_break(&b.stmts, label, implicit),
        StmtKind::Labeled { stmt, .. } => has_break_stmt(stmt, label, implicit),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, implicit)
                || els
                    .as_ref()
                    .map(|e| has_break_stmt(e, label, implicit))
                    .unwrap_or(false)
        }
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            !label.is_empty() && clauses.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::Select { clauses, .. } => {
            !label.is_empty() && clauses.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            !label.is_empty() && has_break(&body.stmts, label, false)
        }
        _ => false,
    }
}
