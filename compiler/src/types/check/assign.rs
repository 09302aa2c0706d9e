//! Assignments, variable initialisation and short variable declarations.

use super::*;
use crate::constant::ReprError;
use crate::syntax::ast::ExprKind;
use crate::types::exprstring::expr_string;

fn measure(n: usize, unit: &str) -> String {
    if n == 1 {
        format!("{n} {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

impl<'a> Checker<'a> {
    /// Checks that `x` can be assigned to a variable of type `t` (None: the variable takes
    /// x's default type); converts untyped operands. types2's `assignment`.
    pub fn assignment(
        &mut self,
        x: &mut Operand,
        t: Option<TypeId>,
        context: &str,
        e: Option<&ast::Expr>,
    ) {
        if x.is_invalid() {
            return;
        }
        match x.mode {
            OpMode::Constant(_)
            | OpMode::Variable
            | OpMode::MapIndex
            | OpMode::Value
            | OpMode::Nil
            | OpMode::CommaOk => {}
            _ => {
                let d = self.describe(x);
                self.error(x.pos, format!("cannot assign {d} to {context}"));
                x.mode = OpMode::Invalid;
                return;
            }
        }
        if self.is_untyped(x.ty) {
            let target = match t {
                None => {
                    if x.is_nil() {
                        self.error(x.pos, format!("use of untyped nil in {context}"));
                        x.mode = OpMode::Invalid;
                        return;
                    }
                    self.default_type(x.ty)
                }
                Some(t) if self.is_interface(t) && !self.is_type_param(t) && !x.is_nil() => {
                    self.default_type(x.ty)
                }
                Some(t) => t,
            };
            if target == self.invalid() {
                return;
            }
            let tgt = t.unwrap_or(target);
            if let Err(code) = self.implicit_ok(x, target) {
                let d = self.describe(x);
                let ts = self.target_string(tgt);
                let mut msg = format!("cannot use {d} as {ts} value in {context}");
                match code {
                    ReprError::Truncated => msg.push_str(" (truncated)"),
                    ReprError::Overflows => msg.push_str(" (overflows)"),
                    ReprError::Mismatch => {}
                }
                self.error(x.pos, msg);
                x.mode = OpMode::Invalid;
                return;
            }
            self.convert_untyped(x, target, e);
            if x.is_invalid() {
                return;
            }
        }
        let Some(t) = t else { return };
        if t == self.invalid() {
            return;
        }
        let (ok, cause) = self.assignable_to(x, t);
        if !ok {
            let d = self.describe(x);
            let ts = self.target_string(t);
            let mut msg = format!("cannot use {d} as {ts} value in {context}");
            if let Some(c) = cause {
                msg.push_str(": ");
                msg.push_str(&c);
            }
            self.error(x.pos, msg);
            x.mode = OpMode::Invalid;
        }
    }

    /// How to name assignment target type `t` in messages (see `note_alias_display`).
    pub fn target_string(&self, t: TypeId) -> String {
        match &self.alias_display {
            Some((at, s)) if *at == t => s.clone(),
            _ => self.type_string(t),
        }
    }

    /// Would converting untyped `x` to `target` succeed? (No side effects.)
    fn implicit_ok(&mut self, x: &Operand, target: TypeId) -> Result<(), ReprError> {
        if x.is_nil() {
            return if self.has_nil(target) || self.is_type_param(target) {
                Ok(())
            } else {
                Err(ReprError::Mismatch)
            };
        }
        let tu = self.under(target);
        match self.t().get(tu).clone() {
            Type::Basic(k) => {
                if x.is_const() {
                    return self.representation(x, k).map(|_| ());
                }
                let xk = self.basic(x.ty).unwrap_or(BasicKind::Invalid);
                let ok = match xk {
                    BasicKind::UntypedBool => k.is_boolean(),
                    BasicKind::UntypedString => k.is_string(),
                    _ => k.is_numeric(),
                };
                if ok {
                    Ok(())
                } else {
                    Err(ReprError::Mismatch)
                }
            }
            Type::Interface(_) | Type::TypeParam { .. } => Ok(()),
            _ => Err(ReprError::Mismatch),
        }
    }

    fn assign_error(&mut self, rhs: &[ast::Expr], l: usize, r: usize) {
        let vars = measure(l, "variable");
        let vals = measure(r, "value");
        let rhs0 = &rhs[0];
        if rhs.len() == 1 {
            if let ExprKind::Call { fun, .. } = &super::expr::strip_parens(rhs0).kind {
                self.error(
                    rhs0.start_pos(),
                    format!(
                        "assignment mismatch: {vars} but {} returns {vals}",
                        expr_string(fun)
                    ),
                );
                return;
            }
        }
        self.error(
            rhs0.start_pos(),
            format!("assignment mismatch: {vars} but {vals}"),
        );
    }

    /// Sets the type of variable `obj` from `x` if it has none, then checks assignability.
    fn init_var(
        &mut self,
        obj: ObjId,
        typed: bool,
        x: &mut Operand,
        context: &str,
        e: Option<&ast::Expr>,
    ) {
        if x.is_invalid() {
            if !typed {
                self.info.obj_mut(obj).ty = self.invalid();
            }
            return;
        }
        if !typed {
            let mut t = x.ty;
            if self.is_untyped(t) {
                if x.is_nil() {
                    self.error(x.pos, format!("use of untyped nil in {context}"));
                    self.info.obj_mut(obj).ty = self.invalid();
                    return;
                }
                t = self.default_type(t);
            }
            self.info.obj_mut(obj).ty = t;
        }
        let t = self.info.obj(obj).ty;
        self.assignment(x, Some(t), context, e);
    }

    /// `var a, b T = x, y` / `var a, b = f()` / `a, b := ...` initialisation.
    /// `typed`: the variables have a declared type already.
    pub fn init_vars_typed(
        &mut self,
        lhs: &[ObjId],
        typed: bool,
        rhs: &'a [ast::Expr],
        context: &str,
    ) {
        let (l, r) = (lhs.len(), rhs.len());
        let is_call = r == 1
            && matches!(
                super::expr::strip_parens(&rhs[0]).kind,
                ExprKind::Call { .. }
            );
        if l == r && !is_call {
            for (i, o) in lhs.iter().enumerate() {
                let hint = if typed {
                    Some(self.info.obj(*o).ty)
                } else {
                    None
                };
                let mut x = self.expr_hint(&rhs[i], hint);
                self.init_var(*o, typed, &mut x, context, Some(&rhs[i]));
            }
            return;
        }
        if r != 1 {
            for e in rhs {
                self.expr(e);
            }
            if !typed {
                for o in lhs {
                    self.info.obj_mut(*o).ty = self.invalid();
                }
            }
            self.assign_error(rhs, l, r);
            return;
        }
        let mut xs = self.multi_expr(&rhs[0]);
        if xs.len() == 1 && xs[0].is_invalid() {
            if !typed {
                for o in lhs {
                    self.info.obj_mut(*o).ty = self.invalid();
                }
            }
            return;
        }
        // comma-ok: v, ok = m[k] / x.(T) / <-ch
        if l == 2 && xs.len() == 1 && matches!(xs[0].mode, OpMode::CommaOk | OpMode::MapIndex) {
            let mut x = xs.pop().unwrap();
            x.mode = OpMode::Value;
            self.init_var(lhs[0], typed, &mut x, context, Some(&rhs[0]));
            let mut ok = Operand {
                mode: OpMode::Value,
                ty: BasicKind::UntypedBool.id(),
                id: None,
                pos: x.pos,
                expr: x.expr.clone(),
            };
            self.init_var(lhs[1], typed, &mut ok, context, None);
            self.record_comma_ok(&rhs[0]);
            return;
        }
        if xs.len() == l {
            for (i, o) in lhs.iter().enumerate() {
                let mut x = xs[i].clone();
                self.init_var(*o, typed, &mut x, context, None);
            }
            return;
        }
        if !typed {
            for o in lhs {
                self.info.obj_mut(*o).ty = self.invalid();
            }
        }
        if xs.len() == 1 && xs[0].mode == OpMode::NoValue {
            return;
        }
        self.assign_error(rhs, l, xs.len());
    }

    /// Package-level `var` initialisation: context "variable declaration".
    /// `var names [T] = values` (package level or local), as types2's varDecl + arity:
    /// n:n specs initialise each variable from its own expression ("variable declaration"),
    /// one value for several variables is a multi-valued initialisation ("multiple
    /// assignment"); other counts are reported as missing/extra init expressions.
    pub fn var_decl_init(
        &mut self,
        lhs: &[ObjId],
        typed: bool,
        names: &[ast::Ident],
        values: &'a [ast::Expr],
    ) {
        let (l, r) = (lhs.len(), values.len());
        if r == 0 {
            return;
        }
        if l < r {
            let n = &values[l];
            self.error(n.start_pos(), format!("extra init expr {}", expr_string(n)));
        } else if l > r && r != 1 {
            let n = &names[r];
            self.error(n.pos, format!("missing init expr for {}", n.name));
        }
        if r == 1 && l > 1 {
            self.init_vars_typed(lhs, typed, values, "multiple assignment");
            return;
        }
        for (i, o) in lhs.iter().enumerate() {
            match values.get(i) {
                Some(v) => {
                    let hint = if typed {
                        Some(self.info.obj(*o).ty)
                    } else {
                        None
                    };
                    let mut x = self.expr_hint(v, hint);
                    self.init_var(*o, typed, &mut x, "variable declaration", Some(v));
                }
                None => {
                    if !typed {
                        self.info.obj_mut(*o).ty = self.invalid();
                    }
                }
            }
        }
        for v in values.iter().skip(l) {
            self.expr(v);
        }
    }

    /// Records a comma-ok expression's type as the (T, bool) tuple, as go/types does.
    fn record_comma_ok(&mut self, e: &ast::Expr) {
        let e = super::expr::strip_parens(e);
        if let Some(tv) = self.info.types.get(&e.id).cloned() {
            let b = BasicKind::Bool.id();
            let t = self.tt().tuple(vec![tv.ty, b]);
            self.info.types.insert(
                e.id,
                TypeAndValue {
                    mode: Mode::CommaOk,
                    ty: t,
                },
            );
        }
    }

    /// The type of an assignment's left-hand side (None for `_`). Does not count as a use
    /// of a local variable.
    fn lhs_var(&mut self, lhs: &'a ast::Expr) -> Option<Operand> {
        let e = super::expr::strip_parens(lhs);
        if let ExprKind::Ident(name) = &e.kind {
            if name == "_" {
                return None;
            }
            // Don't count assignment as use.
            if let Some(o) = self.lookup(name) {
                if let ObjKind::Var { .. } = self.info.obj(o).kind {
                    let was_used = self.used.contains(&o);
                    let x = self.expr(lhs);
                    if !was_used {
                        self.used.remove(&o);
                    }
                    return Some(x);
                }
            }
        }
        let x = self.expr(lhs);
        Some(x)
    }

    fn check_assignable_lhs(&mut self, z: &Operand, lhs: &ast::Expr) -> bool {
        if z.is_invalid() {
            return false;
        }
        match z.mode {
            OpMode::Variable | OpMode::MapIndex => true,
            _ => {
                // struct field of a map element
                if let ExprKind::Selector { x, .. } = &super::expr::strip_parens(lhs).kind {
                    if let Some(tv) = self.info.types.get(&x.id) {
                        if tv.mode == Mode::MapIndex {
                            self.error(
                                z.pos,
                                format!("cannot assign to struct field {} in map", z.expr),
                            );
                            return false;
                        }
                    }
                }
                let msg = format!(
                    "cannot assign to {} (neither addressable nor a map index expression)",
                    z.expr
                );
                self.error(z.pos, msg);
                false
            }
        }
    }

    fn assign_var(
        &mut self,
        lhs: &'a ast::Expr,
        x: &mut Operand,
        e: Option<&ast::Expr>,
        ctx: &str,
    ) {
        match self.lhs_var(lhs) {
            None => {
                self.assignment(x, None, "assignment to _ identifier", e);
            }
            Some(z) => {
                if !self.check_assignable_lhs(&z, lhs) {
                    return;
                }
                if let Some(n) = self.operand_tyname(&z) {
                    self.alias_display = Some((z.ty, n));
                }
                self.assignment(x, Some(z.ty), ctx, e);
            }
        }
    }

    /// `lhs... = rhs...`.
    pub fn assign_vars(&mut self, lhs: &'a [ast::Expr], rhs: &'a [ast::Expr]) {
        let (l, r) = (lhs.len(), rhs.len());
        let ctx = if l > 1 {
            "multiple assignment"
        } else {
            "assignment"
        };
        let is_call = r == 1
            && matches!(
                super::expr::strip_parens(&rhs[0]).kind,
                ExprKind::Call { .. }
            );
        if l == r && !is_call {
            for i in 0..l {
                // hint from lhs type for composite literals is not needed: they carry types
                let mut x = self.expr(&rhs[i]);
                self.assign_var(&lhs[i], &mut x, Some(&rhs[i]), ctx);
            }
            return;
        }
        if r != 1 {
            for e in lhs {
                self.lhs_var(e);
            }
            for e in rhs {
                self.expr(e);
            }
            self.assign_error(rhs, l, r);
            return;
        }
        let mut xs = self.multi_expr(&rhs[0]);
        if xs.len() == 1 && xs[0].is_invalid() {
            for e in lhs {
                self.lhs_var(e);
            }
            return;
        }
        if l == 2 && xs.len() == 1 && matches!(xs[0].mode, OpMode::CommaOk | OpMode::MapIndex) {
            let mut x = xs.pop().unwrap();
            x.mode = OpMode::Value;
            self.assign_var(&lhs[0], &mut x, Some(&rhs[0]), ctx);
            let mut ok = Operand {
                mode: OpMode::Value,
                ty: BasicKind::UntypedBool.id(),
                id: None,
                pos: x.pos,
                expr: x.expr.clone(),
            };
            self.assign_var(&lhs[1], &mut ok, None, ctx);
            self.record_comma_ok(&rhs[0]);
            return;
        }
        if xs.len() == l {
            for i in 0..l {
                let mut x = xs[i].clone();
                self.assign_var(&lhs[i], &mut x, None, ctx);
            }
            return;
        }
        for e in lhs {
            self.lhs_var(e);
        }
        if xs.len() == 1 && xs[0].mode == OpMode::NoValue {
            return;
        }
        self.assign_error(rhs, l, xs.len());
    }

    /// `a, b := ...` (also used for range clauses with `:=`).
    pub fn short_var_decl(&mut self, pos: Pos, lhs: &'a [ast::Expr], rhs: &'a [ast::Expr]) {
        let scope = self.scope;
        let mut new_vars: Vec<ObjId> = Vec::new();
        let mut lhs_objs: Vec<(ObjId, bool)> = Vec::new();
        let mut has_err = false;
        let mut seen = HashSet::new();
        for e in lhs {
            let ExprKind::Ident(name) = &e.kind else {
                self.expr(e);
                self.error(
                    e.start_pos(),
                    format!("non-name {} on left side of :=", expr_string(e)),
                );
                has_err = true;
                continue;
            };
            if name != "_" && !seen.insert(name.clone()) {
                self.error(e.pos, format!("{name} repeated on left side of :="));
                has_err = true;
                continue;
            }
            if name != "_" {
                if let Some(o) = self.info.scope(scope).names.get(name).copied() {
                    self.info.uses.insert(e.id, o);
                    if matches!(self.info.obj(o).kind, ObjKind::Var { .. }) {
                        lhs_objs.push((o, true));
                    } else {
                        self.error(e.pos, format!("cannot assign to {name}"));
                        has_err = true;
                    }
                    continue;
                }
            }
            let o = self.new_obj(
                name,
                ObjKind::Var {
                    field: false,
                    param: false,
                },
                self.invalid(),
                e.pos,
            );
            self.info.defs.insert(e.id, o);
            new_vars.push(o);
            lhs_objs.push((o, false));
        }
        // Check rhs: existing vars are assigned (typed), new ones initialised.
        let objs: Vec<ObjId> = lhs_objs.iter().map(|(o, _)| *o).collect();
        if !has_err && lhs_objs.iter().any(|(_, old)| *old) {
            // mixed: treat like assignment to existing + init of new
            self.init_vars_mixed(&lhs_objs, rhs);
        } else if !has_err {
            let ctx = if objs.len() > 1 {
                "multiple assignment"
            } else {
                "assignment"
            };
            self.init_vars_typed(&objs, false, rhs, ctx);
        } else {
            for e in rhs {
                self.expr(e);
            }
            for o in &new_vars {
                self.info.obj_mut(*o).ty = self.invalid();
            }
        }
        if new_vars.is_empty() && !has_err {
            self.error(pos, "no new variables on left side of :=");
        }
        for o in new_vars {
            self.var_scope.insert(o, scope);
            self.declare(scope, None, o);
        }
    }

    fn init_vars_mixed(&mut self, lhs: &[(ObjId, bool)], rhs: &'a [ast::Expr]) {
        let (l, r) = (lhs.len(), rhs.len());
        let is_call = r == 1
            && matches!(
                super::expr::strip_parens(&rhs[0]).kind,
                ExprKind::Call { .. }
            );
        let mut xs: Vec<Operand>;
        let mut es: Vec<Option<&ast::Expr>> = Vec::new();
        if l == r && !is_call {
            xs = Vec::new();
            for e in rhs {
                xs.push(self.expr(e));
                es.push(Some(e));
            }
        } else if r == 1 {
            xs = self.multi_expr(&rhs[0]);
            if l == 2 && xs.len() == 1 && matches!(xs[0].mode, OpMode::CommaOk | OpMode::MapIndex) {
                xs[0].mode = OpMode::Value;
                let p = xs[0].pos;
                xs.push(Operand {
                    mode: OpMode::Value,
                    ty: BasicKind::UntypedBool.id(),
                    id: None,
                    pos: p,
                    expr: String::new(),
                });
                self.record_comma_ok(&rhs[0]);
            }
            es = vec![None; xs.len()];
            if xs.len() == 1 {
                es[0] = Some(&rhs[0]);
            }
        } else {
            for e in rhs {
                self.expr(e);
            }
            self.assign_error(rhs, l, r);
            return;
        }
        if xs.len() != l {
            if !(xs.len() == 1 && xs[0].is_invalid()) {
                self.assign_error(rhs, l, xs.len());
            }
            for (o, old) in lhs {
                if !old {
                    self.info.obj_mut(*o).ty = self.invalid();
                }
            }
            return;
        }
        for (i, (o, old)) in lhs.iter().enumerate() {
            let mut x = xs[i].clone();
            self.init_var(
                *o,
                *old,
                &mut x,
                if lhs.len() > 1 {
                    "multiple assignment"
                } else {
                    "assignment"
                },
                es[i],
            );
        }
    }
}
