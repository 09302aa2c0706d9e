//! Simple statements: declarations, assignments (with Go's two-phase
//! order: left-hand operands, then right-hand values, then the stores),
//! op-assignments, ++/--, expression statements and return.

use wasm_encoder::{Instruction as I, ValType};

use super::func::{Fx, Var};
use super::layout::Repr;
use crate::constant::ConstValue;
use crate::emit::code::Op;
use crate::syntax::ast::{AssignOp, BinaryOp, Decl, Expr, ExprKind, Stmt, StmtKind};
use crate::types::{ObjId, ObjKind, Type, TypeId};

/// A place to store into.
#[derive(Clone, Debug)]
pub(crate) enum Lhs {
    Blank,
    Locals(Vec<u32>),
    /// `base` is an i32 local holding the address; `off` is static.
    Mem {
        base: u32,
        off: u32,
    },
    /// A map entry: map type descriptor, map and key-address locals.
    Map {
        desc: crate::emit::object::DataSym,
        m: u32,
        kp: u32,
    },
}

impl Fx<'_, '_> {
    pub fn block_stmts(&mut self, stmts: &[Stmt]) {
        self.stmt_list(stmts);
    }

    pub fn stmt(&mut self, s: &Stmt) {
        let mark = self.temp_mark();
        self.stmt_inner(s);
        self.temp_release(mark);
    }

    fn stmt_inner(&mut self, s: &Stmt) {
        self.cur_pos = s.pos;
        self.hoisted.clear();
        match &s.kind {
            StmtKind::Expr(e) => self.hoist_calls(&[e]),
            StmtKind::Assign { lhs, rhs, .. } => {
                let roots: Vec<&Expr> = lhs.iter().chain(rhs).collect();
                self.hoist_calls(&roots);
            }
            // A grouped declaration is a sequence: only a single spec is one
            // statement for ordering.
            StmtKind::Decl(Decl::Var(specs)) if specs.len() == 1 => {
                let roots: Vec<&Expr> = specs[0].values.iter().collect();
                self.hoist_calls(&roots);
            }
            StmtKind::Return(es) => {
                let roots: Vec<&Expr> = es.iter().collect();
                self.hoist_calls(&roots);
            }
            StmtKind::IncDec { x, .. } => self.hoist_calls(&[x]),
            _ => {}
        }
        match &s.kind {
            StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Decl(Decl::Var(specs)) => {
                for sp in specs {
                    let objs: Vec<Option<ObjId>> = sp
                        .names
                        .iter()
                        .map(|n| self.info.defs.get(&n.id).copied())
                        .collect();
                    self.define(&objs, &sp.values);
                }
            }
            StmtKind::Decl(_) => {}
            StmtKind::Expr(e) => {
                let ty = self.type_of(e);
                self.expr(e);
                self.drop_any(ty);
            }
            StmtKind::Assign { lhs, op, rhs } => match op {
                AssignOp::Define => {
                    let objs: Vec<Option<ObjId>> = lhs
                        .iter()
                        .map(|l| match &l.kind {
                            ExprKind::Ident(_) => self.info.defs.get(&l.id).copied(),
                            _ => None,
                        })
                        .collect();
                    if objs.iter().all(|o| o.is_some()) {
                        self.define(&objs, rhs);
                    } else {
                        // Redeclaration: new variables mixed with old ones.
                        self.assign_define_mixed(lhs, &objs, rhs);
                    }
                }
                AssignOp::Assign => self.assign(lhs, rhs),
                AssignOp::Op(bop) => self.op_assign(*bop, &lhs[0], &rhs[0]),
            },
            StmtKind::IncDec { x, inc } => {
                let ty = self.type_of(x);
                let place = self.lhs_place(x);
                self.push_place(&place, ty);
                self.constant(&ConstValue::int(1), ty);
                self.arith(
                    if *inc { BinaryOp::Add } else { BinaryOp::Sub },
                    ty,
                    Some(1),
                );
                self.store_place(&place, ty);
            }
            StmtKind::Return(es) => self.return_stmt(es),
            StmtKind::Block(b) => self.block_stmts(&b.stmts),
            StmtKind::Labeled { label, stmt } => {
                self.pending_label = Some(label.name.clone());
                self.labeled(stmt);
                self.pending_label = None;
            }
            StmtKind::If { .. }
            | StmtKind::For { .. }
            | StmtKind::Range { .. }
            | StmtKind::Switch { .. }
            | StmtKind::Branch { .. } => self.control(s),
            StmtKind::TypeSwitch {
                init, x, clauses, ..
            } => self.type_switch(init.as_deref(), x, clauses, s),
            StmtKind::Defer(e) => self.defer_stmt(e),
            _ => self.unsupported(s.pos, "this statement"),
        }
    }

    /// Drops a value of type `ty` (a tuple of results too).
    pub fn drop_any(&mut self, ty: TypeId) {
        if let Type::Tuple(elems) = self.info.table.get(ty) {
            for &t in elems.clone().iter().rev() {
                self.drop_value(t);
            }
        } else {
            self.drop_value(ty);
        }
    }

    /// Evaluates right-hand sides into fresh locals, one group per value;
    /// aggregates are copied so later stores cannot disturb them.
    fn eval_rhs(&mut self, rhs: &[Expr], targets: &[TypeId]) -> Vec<Vec<u32>> {
        let mut out = Vec::new();
        if rhs.len() == 1 && targets.len() == 2 && self.is_comma_ok(&rhs[0]) {
            let mut e = &rhs[0];
            while let ExprKind::Paren(p) = &e.kind {
                e = p;
            }
            if let ExprKind::TypeAssert { ty: Some(tx), .. } = &e.kind {
                let vt = self.type_of(tx);
                self.type_assert(e, true);
                let ok = self.spill(crate::types::BasicKind::Bool.id());
                let mut v = self.spill(vt);
                if targets[0] != vt && self.is_iface(targets[0]) {
                    self.push_locals(&v);
                    self.convert_to_iface(vt, targets[0]);
                    v = self.spill(targets[0]);
                }
                return vec![v, ok];
            }
            if let ExprKind::Index { x, indices } = &e.kind {
                if let Type::Map { value, .. } = self.lay.under(self.type_of(x)).clone() {
                    let Some(key) = indices.first() else {
                        return vec![Vec::new(), Vec::new()];
                    };
                    self.map_index(e, x, key, true);
                    let ok = self.spill(crate::types::BasicKind::Bool.id());
                    let mut v = self.spill(value);
                    if targets[0] != value && self.is_iface(targets[0]) {
                        self.push_locals(&v);
                        self.convert_to_iface(value, targets[0]);
                        v = self.spill(targets[0]);
                    }
                    return vec![v, ok];
                }
            }
            self.unsupported(e.pos, "this comma-ok expression");
            return vec![Vec::new(), Vec::new()];
        }
        if rhs.len() == 1 && targets.len() > 1 {
            let ty = self.type_of(&rhs[0]);
            let elems = self.info.table.tuple_elems(ty);
            self.expr(&rhs[0]);
            let mut groups: Vec<Vec<u32>> = Vec::new();
            for &t in elems.iter().rev() {
                groups.push(self.spill(t));
            }
            groups.reverse();
            return groups;
        }
        for (e, &t) in rhs.iter().zip(targets) {
            self.expr_as(e, t);
            if self.lay.repr(t) == Repr::Mem && rhs.len() > 1 {
                self.copy_to_temp(t);
            }
            out.push(self.spill(t));
        }
        out
    }

    /// `var a, b T = x, y` / `a, b := x, y` with all-new variables.
    fn define(&mut self, objs: &[Option<ObjId>], values: &[Expr]) {
        let tys: Vec<TypeId> = objs
            .iter()
            .map(|o| {
                o.map(|o| self.info.obj(o).ty)
                    .unwrap_or(crate::types::BasicKind::Invalid.id())
            })
            .collect();
        if values.is_empty() {
            for o in objs.iter().flatten() {
                if self.info.obj(*o).name != "_" {
                    self.declare_var(*o);
                }
            }
            return;
        }
        if values.len() == 1 && objs.len() == 1 {
            let Some(o) = objs[0] else { return };
            if self.info.obj(o).name == "_" {
                self.expr(&values[0]);
                self.drop_value(tys[0]);
                return;
            }
            self.expr_as(&values[0], tys[0]);
            let var = self.new_var_storage(o, tys[0]);
            self.store_var(&var, tys[0]);
            self.vars.insert(o, var);
            return;
        }
        let vals = self.eval_rhs(values, &tys);
        for (k, o) in objs.iter().enumerate() {
            let Some(o) = *o else { continue };
            if self.info.obj(o).name == "_" {
                continue;
            }
            let var = self.new_var_storage(o, tys[k]);
            self.push_locals(&vals.get(k).cloned().unwrap_or_default());
            self.store_var(&var, tys[k]);
            self.vars.insert(o, var);
        }
    }

    /// Value on the stack → stored into a variable's storage.
    pub fn store_var(&mut self, var: &Var, ty: TypeId) {
        match var {
            Var::Locals(ls) => {
                for &l in ls.iter().rev() {
                    self.c.ins(I::LocalSet(l));
                }
            }
            Var::Frame(off) => {
                let off = *off;
                let fp = self.fp;
                self.store_to_ptr_local(fp, off, ty);
            }
            Var::Ptr(l) => {
                let l = *l;
                self.store_to_ptr_local(l, 0, ty);
            }
        }
    }

    /// `a, b := ...` where some names are redeclared (plain assignment).
    fn assign_define_mixed(&mut self, lhs: &[Expr], objs: &[Option<ObjId>], rhs: &[Expr]) {
        let tys: Vec<TypeId> = lhs
            .iter()
            .zip(objs)
            .map(|(l, o)| match o {
                Some(o) => self.info.obj(*o).ty,
                None => self.type_of(l),
            })
            .collect();
        let places: Vec<Option<Lhs>> = lhs
            .iter()
            .zip(objs)
            .map(|(l, o)| match o {
                Some(_) => None,
                None => Some(self.lhs_place(l)),
            })
            .collect();
        let vals = self.eval_rhs(rhs, &tys);
        for (k, place) in places.iter().enumerate() {
            self.push_locals(&vals.get(k).cloned().unwrap_or_default());
            match (place, objs[k]) {
                (Some(p), _) => self.store_place(p, tys[k]),
                (None, Some(o)) if self.info.obj(o).name != "_" => {
                    let var = self.new_var_storage(o, tys[k]);
                    self.store_var(&var, tys[k]);
                    self.vars.insert(o, var);
                }
                _ => self.drop_value(tys[k]),
            }
        }
    }

    /// `a, b = x, y` and `a, b = f()`.
    fn assign(&mut self, lhs: &[Expr], rhs: &[Expr]) {
        if lhs.len() == 1 && rhs.len() == 1 {
            let ty = self.lhs_type(&lhs[0], &rhs[0]);
            let place = self.lhs_place(&lhs[0]);
            self.expr_as(&rhs[0], ty);
            self.store_place(&place, ty);
            return;
        }
        let tys: Vec<TypeId> = lhs
            .iter()
            .enumerate()
            .map(|(k, l)| {
                if rhs.len() == lhs.len() {
                    self.lhs_type(l, &rhs[k])
                } else {
                    let rt = self.type_of(&rhs[0]);
                    let el = self.info.table.tuple_elems(rt);
                    if self.is_blank(l) {
                        el.get(k).copied().unwrap_or(rt)
                    } else {
                        self.type_of(l)
                    }
                }
            })
            .collect();
        let places: Vec<Lhs> = lhs.iter().map(|l| self.lhs_place(l)).collect();
        let vals = self.eval_rhs(rhs, &tys);
        for (k, place) in places.iter().enumerate() {
            self.push_locals(&vals.get(k).cloned().unwrap_or_default());
            self.store_place(place, tys[k]);
        }
    }

    /// Type to evaluate the right side at: the left side's, or the right
    /// side's own for `_`.
    fn lhs_type(&self, l: &Expr, r: &Expr) -> TypeId {
        if self.is_blank(l) {
            self.type_of(r)
        } else {
            self.type_of(l)
        }
    }

    fn is_blank(&self, e: &Expr) -> bool {
        matches!(&e.kind, ExprKind::Ident(n) if n == "_")
    }

    /// `x op= y`.
    fn op_assign(&mut self, op: BinaryOp, x: &Expr, y: &Expr) {
        let ty = self.type_of(x);
        let place = self.lhs_place(x);
        self.push_place(&place, ty);
        match op {
            BinaryOp::Shl | BinaryOp::Shr => match self.const_int(y) {
                Some(k) => self.shift_const(op, ty, k),
                None => {
                    let yt = self.type_of(y);
                    self.expr(y);
                    self.shift_dynamic(op, ty, yt);
                }
            },
            _ => {
                self.expr_as(y, ty);
                let yc = self.const_int(y);
                self.arith(op, ty, yc);
            }
        }
        self.store_place(&place, ty);
    }

    /// Evaluates the operands of an assignment target (phase 1).
    pub fn lhs_place(&mut self, e: &Expr) -> Lhs {
        let mut e = e;
        while let ExprKind::Paren(p) = &e.kind {
            e = p;
        }
        if self.is_blank(e) {
            return Lhs::Blank;
        }
        if let ExprKind::Ident(_) = &e.kind {
            if let Some(obj) = self.info.object_of(e.id) {
                let o = self.info.obj(obj);
                if matches!(o.kind, ObjKind::Var { .. }) && o.parent_is_package {
                    let sym = self.p.global_sym(obj);
                    let base = self.local(ValType::I32);
                    self.c.op(Op::DataAddr(sym, 0));
                    self.c.ins(I::LocalSet(base));
                    return Lhs::Mem { base, off: 0 };
                }
                match self.vars.get(&obj).cloned() {
                    Some(Var::Locals(ls)) => return Lhs::Locals(ls),
                    Some(Var::Frame(off)) => {
                        return Lhs::Mem { base: self.fp, off };
                    }
                    Some(Var::Ptr(l)) => return Lhs::Mem { base: l, off: 0 },
                    None => {
                        self.unsupported(e.pos, "assignment to this variable");
                        return Lhs::Blank;
                    }
                }
            }
        }
        if let ExprKind::Index { x, indices } = &e.kind {
            if let Type::Map { .. } = self.lay.under(self.type_of(x)) {
                let Some(key) = indices.first() else {
                    return Lhs::Blank;
                };
                return match self.map_place(x, key) {
                    Some((desc, m, kp)) => Lhs::Map { desc, m, kp },
                    None => Lhs::Blank,
                };
            }
        }
        let off = self.addr_of(e);
        let base = self.local(ValType::I32);
        self.c.ins(I::LocalSet(base));
        Lhs::Mem { base, off }
    }

    /// Pushes the current value at a place (for op-assignments).
    fn push_place(&mut self, place: &Lhs, ty: TypeId) {
        match place {
            Lhs::Blank => {}
            Lhs::Locals(ls) => self.push_locals(&ls.clone()),
            Lhs::Mem { base, off } => {
                self.c.ins(I::LocalGet(*base));
                self.load(ty, *off);
            }
            Lhs::Map { desc, m, kp } => {
                self.c.op(Op::DataAddr(*desc, 0));
                self.c.ins(I::LocalGet(*m));
                self.c.ins(I::LocalGet(*kp));
                self.call_rt(super::runtime::Rt::Mapaccess1);
                self.load(ty, 0);
            }
        }
    }

    /// Value on the stack → stored at a place (phase 2).
    pub fn store_place(&mut self, place: &Lhs, ty: TypeId) {
        match place {
            Lhs::Blank => self.drop_value(ty),
            Lhs::Locals(ls) => {
                for &l in ls.iter().rev() {
                    self.c.ins(I::LocalSet(l));
                }
            }
            Lhs::Mem { base, off } => self.store_to_ptr_local(*base, *off, ty),
            Lhs::Map { desc, m, kp } => {
                let vals = self.spill(ty);
                self.map_slot(*desc, *m, *kp);
                let slot = self.local(ValType::I32);
                self.c.ins(I::LocalSet(slot));
                self.store_vals(slot, 0, ty, &vals);
            }
        }
    }

    fn return_stmt(&mut self, es: &[Expr]) {
        let results = self.results.clone();
        let defers = self.defers.is_some();
        if defers && !es.is_empty() && !self.named_results.is_empty() {
            // Fix the named results first: deferred calls may change them.
            let named = self.named_results.clone();
            let vals = self.eval_rhs(es, &results);
            for (k, o) in named.iter().enumerate() {
                if let Some(var) = self.vars.get(o).cloned() {
                    self.push_locals(&vals.get(k).cloned().unwrap_or_default());
                    self.store_var(&var, results[k]);
                }
            }
            return self.return_stmt(&[]);
        }
        if es.is_empty() {
            for o in self.named_results.clone() {
                let ty = self.info.obj(o).ty;
                match self.vars.get(&o).cloned() {
                    Some(var) => self.push_var_value(&var, ty),
                    None => self.push_zero(ty),
                }
            }
        } else if es.len() == 1 && results.len() > 1 {
            self.expr(&es[0]);
        } else {
            for (e, &t) in es.iter().zip(&results) {
                self.expr_as(e, t);
            }
        }
        let named_defer = defers && !self.named_results.is_empty();
        if defers && !named_defer && self.result_ptrs.iter().all(|p| p.is_none()) {
            self.run_defers();
        } else if self.result_ptrs.iter().any(|p| p.is_some()) || defers {
            // Spill everything, copy aggregates out, push the rest.
            let mut groups = Vec::new();
            for &t in results.iter().rev() {
                groups.push(self.spill(t));
            }
            groups.reverse();
            if !named_defer {
                for (k, &t) in results.iter().enumerate() {
                    if let Some(ptr) = self.result_ptrs[k] {
                        self.c.ins(I::LocalGet(ptr));
                        self.c.ins(I::LocalGet(groups[k][0]));
                        self.copy_mem(t);
                    }
                }
            }
            self.run_defers();
            for (k, &t) in results.iter().enumerate() {
                if named_defer {
                    // Named results are read after the deferred calls ran.
                    let o = self.named_results[k];
                    if let Some(ptr) = self.result_ptrs[k] {
                        self.c.ins(I::LocalGet(ptr));
                    }
                    match self.vars.get(&o).cloned() {
                        Some(var) => self.push_var_value(&var, t),
                        None => self.push_zero(t),
                    }
                    if self.result_ptrs[k].is_some() {
                        self.copy_mem(t);
                    }
                } else if self.result_ptrs[k].is_none() {
                    self.push_locals(&groups[k].clone());
                }
            }
        }
        self.release_frame();
        self.c.ins(I::Return);
    }
}
