//! Structured control flow: if, for (with Go 1.22 per-iteration loop
//! variables), range over integers, arrays, slices and strings, expression
//! and tagless switch with fallthrough, and labelled break/continue, all as
//! Wasm block/loop/br.
//!
//! Loop shape: `block $break { loop $top { cond; br_if !cond $break;
//! block $continue { body } post; br $top } }`.
//! Switch shape: `block $end { block $body_{n-1} ... block $body_0 {
//! dispatch } body_0; br $end ... }`: entering clause i branches to the end
//! of the block opened just before body i, so fallthrough is simply not
//! branching away.

use wasm_encoder::{BlockType, Instruction as I, ValType};

use super::func::{Ctl, Fx, Target, Var};
use super::layout::Repr;
use super::runtime::Rt;
use crate::emit::code::memarg;
use crate::syntax::ast::{BinaryOp, BranchKind, CaseClause, Expr, ExprKind, Stmt, StmtKind};
use crate::types::{BasicKind, ObjId, Type, TypeId};

impl Fx<'_, '_> {
    pub fn labeled(&mut self, s: &Stmt) {
        if !matches!(
            s.kind,
            StmtKind::For { .. } | StmtKind::Range { .. } | StmtKind::Switch { .. }
        ) {
            self.pending_label = None;
        }
        self.stmt(s);
    }

    pub fn control(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.pending_label = None;
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(cond);
                self.open(Ctl::If, BlockType::Empty);
                self.block_stmts(&then.stmts);
                if let Some(e) = els {
                    self.c.ins(I::Else);
                    self.stmt(e);
                }
                self.close();
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => self.for_stmt(init.as_deref(), cond.as_ref(), post.as_deref(), &body.stmts),
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
                ..
            } => self.range_stmt(key.as_ref(), value.as_ref(), *define, x, &body.stmts, s),
            StmtKind::Switch {
                init, tag, clauses, ..
            } => self.switch_stmt(init.as_deref(), tag.as_ref(), clauses),
            StmtKind::Branch { kind, label } => {
                let name = label.as_ref().map(|l| l.name.as_str());
                self.branch(*kind, name, s);
            }
            _ => {}
        }
    }

    fn branch(&mut self, kind: BranchKind, label: Option<&str>, s: &Stmt) {
        let target = self.targets.iter().rev().find(|t| match (kind, label) {
            (_, Some(l)) => t.label.as_deref() == Some(l),
            (BranchKind::Continue, None) => t.cont.is_some(),
            _ => true,
        });
        match (kind, target.cloned()) {
            (BranchKind::Break, Some(t)) => self.br(t.brk),
            (BranchKind::Continue, Some(Target { cont: Some(c), .. })) => self.br(c),
            // Handled by the switch: the clause body falls into the next.
            (BranchKind::Fallthrough, _) => {}
            (BranchKind::Goto, _) => match label {
                Some(l) => self.goto(l, s),
                None => self.unsupported(s.pos, "goto without label"),
            },
            _ => self.unsupported(s.pos, "this branch"),
        }
    }

    /// Loop variables declared by a for statement's init that escape: Go
    /// 1.22 gives each iteration its own copy.
    fn escaping_loop_vars(&self, init: Option<&Stmt>) -> Vec<ObjId> {
        let Some(Stmt {
            kind: StmtKind::Assign { lhs, .. },
            ..
        }) = init
        else {
            return Vec::new();
        };
        lhs.iter()
            .filter_map(|l| self.info.defs.get(&l.id).copied())
            .filter(|o| self.escapes.contains(o))
            .collect()
    }

    fn for_stmt(
        &mut self,
        init: Option<&Stmt>,
        cond: Option<&Expr>,
        post: Option<&Stmt>,
        body: &[Stmt],
    ) {
        let label = self.pending_label.take();
        if let Some(i) = init {
            self.stmt(i);
        }
        let per_iter = if self.p.loopvar {
            self.escaping_loop_vars(init)
        } else {
            Vec::new()
        };
        let brk = self.open(Ctl::Block, BlockType::Empty);
        let top = self.open(Ctl::Loop, BlockType::Empty);
        if let Some(c) = cond {
            self.expr(c);
            self.c.ins(I::I32Eqz);
            self.br_if(brk);
        }
        let cont = self.open(Ctl::Block, BlockType::Empty);
        self.targets.push(Target {
            label,
            brk,
            cont: Some(cont),
        });
        self.block_stmts(body);
        self.targets.pop();
        self.close();
        for o in per_iter {
            self.fresh_iteration_copy(o);
        }
        if let Some(p) = post {
            self.stmt(p);
        }
        self.br(top);
        self.close();
        self.close();
    }

    /// Moves an escaping loop variable to a new heap cell holding its
    /// current value (before the post statement).
    fn fresh_iteration_copy(&mut self, o: ObjId) {
        let Some(Var::Ptr(l)) = self.vars.get(&o).cloned() else {
            return;
        };
        let ty = self.info.obj(o).ty;
        let old = self.local(ValType::I32);
        self.c.ins(I::LocalGet(l));
        self.c.ins(I::LocalSet(old));
        self.heap_alloc(ty);
        self.c.ins(I::LocalSet(l));
        self.c.ins(I::LocalGet(old));
        self.load(ty, 0);
        self.store_to_ptr_local(l, 0, ty);
    }

    /// go < 1.22: range variables are created once, before the loop.
    pub fn shared_range_vars(&mut self, key: Option<&Expr>, value: Option<&Expr>, define: bool) {
        if self.p.loopvar || !define {
            return;
        }
        for e in [key, value].into_iter().flatten() {
            if let Some(o) = self.info.defs.get(&e.id).copied() {
                self.declare_var(o);
            }
        }
    }

    /// Assigns the values in `vals` to a range key/value operand.
    pub fn range_assign_pub(
        &mut self,
        target: Option<&Expr>,
        define: bool,
        ty: TypeId,
        vals: &[u32],
    ) {
        self.range_assign(target, define, ty, vals)
    }

    fn range_assign(&mut self, target: Option<&Expr>, define: bool, ty: TypeId, vals: &[u32]) {
        let Some(e) = target else { return };
        if matches!(&e.kind, ExprKind::Ident(n) if n == "_") {
            return;
        }
        if define {
            let Some(o) = self.info.defs.get(&e.id).copied() else {
                return;
            };
            let vty = self.info.obj(o).ty;
            // A new variable per iteration (matters when it escapes), or
            // the one created before the loop (go < 1.22).
            let var = match self.vars.get(&o).cloned() {
                Some(v) if !self.p.loopvar => v,
                _ => self.new_var_storage(o, vty),
            };
            self.push_locals(vals);
            self.convert_value(ty, vty);
            self.store_var(&var, vty);
            self.vars.insert(o, var);
        } else {
            let lt = self.type_of(e);
            let place = self.lhs_place(e);
            self.push_locals(vals);
            self.convert_value(ty, lt);
            self.store_place(&place, lt);
        }
    }

    fn range_stmt(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &[Stmt],
        s: &Stmt,
    ) {
        let label = self.pending_label.take();
        let xt = self.type_of(x);
        let int_ty = BasicKind::Int.id();
        // Per kind: the length (i64 local) and how to fetch the value.
        enum Kind {
            Int(TypeId),
            Elems { base: u32, elem: TypeId },
            Str { p: u32 },
        }
        let n = self.local(ValType::I64);
        let kind = match self.lay.under(xt).clone() {
            Type::Basic(k) if k.is_integer() => {
                self.expr(x);
                self.widen_i64(xt);
                self.c.ins(I::LocalSet(n));
                Kind::Int(xt)
            }
            Type::Basic(_) => {
                self.expr(x);
                let v = self.spill_vals(&[ValType::I32, ValType::I64]);
                self.c.ins(I::LocalGet(v[1]));
                self.c.ins(I::LocalSet(n));
                Kind::Str { p: v[0] }
            }
            Type::Slice(elem) => {
                self.expr(x);
                let v = self.spill_vals(&[ValType::I32, ValType::I64, ValType::I64]);
                self.c.ins(I::LocalGet(v[1]));
                self.c.ins(I::LocalSet(n));
                Kind::Elems { base: v[0], elem }
            }
            Type::Array { len, elem } => {
                let base = self.local(ValType::I32);
                if value.is_some() {
                    // The range expression is a copy of the array.
                    self.expr(x);
                    self.copy_to_temp(xt);
                } else {
                    self.c.ins(I::I32Const(0));
                }
                self.c.ins(I::LocalSet(base));
                self.c.ins(I::I64Const(len as i64));
                self.c.ins(I::LocalSet(n));
                Kind::Elems { base, elem }
            }
            Type::Map { .. } => {
                return self.range_map(key, value, define, x, body, label);
            }
            Type::Pointer(p) => match self.lay.under(p).clone() {
                Type::Array { len, elem } => {
                    let base = self.local(ValType::I32);
                    self.expr(x);
                    if value.is_some() {
                        self.nil_check();
                    }
                    self.c.ins(I::LocalSet(base));
                    self.c.ins(I::I64Const(len as i64));
                    self.c.ins(I::LocalSet(n));
                    Kind::Elems { base, elem }
                }
                _ => return self.unsupported(s.pos, "range over this type"),
            },
            _ => return self.unsupported(s.pos, "range over this type"),
        };
        self.shared_range_vars(key, value, define);
        let hv = self.local(ValType::I64);
        let next = self.local(ValType::I64);
        self.c.ins(I::I64Const(0));
        self.c.ins(I::LocalSet(hv));
        let brk = self.open(Ctl::Block, BlockType::Empty);
        let top = self.open(Ctl::Loop, BlockType::Empty);
        self.c.ins(I::LocalGet(hv));
        self.c.ins(I::LocalGet(n));
        self.c.ins(I::I64GeS);
        self.br_if(brk);
        // next = hv + 1, unless a multi-byte rune says otherwise.
        self.c.ins(I::LocalGet(hv));
        self.c.ins(I::I64Const(1));
        self.c.ins(I::I64Add);
        self.c.ins(I::LocalSet(next));
        match kind {
            Kind::Int(t) => {
                let k = self.local(self.lay.repr(t).vals()[0]);
                self.c.ins(I::LocalGet(hv));
                self.convert_value(int_ty, t);
                self.c.ins(I::LocalSet(k));
                self.range_assign(key, define, t, &[k]);
            }
            Kind::Elems { base, elem } => {
                self.range_assign(key, define, int_ty, &[hv]);
                if value.is_some() {
                    self.c.ins(I::LocalGet(base));
                    self.scaled_offset(hv, self.lay.size(elem));
                    self.load(elem, 0);
                    if self.lay.repr(elem) == Repr::Mem {
                        self.copy_to_temp(elem);
                    }
                    let v = self.spill(elem);
                    self.range_assign(value, define, elem, &v);
                }
            }
            Kind::Str { p } => {
                let r = self.local(ValType::I32);
                self.c.ins(I::LocalGet(p));
                self.scaled_offset(hv, 1);
                self.c.ins(I::I32Load8U(memarg(0, 1)));
                self.c.ins(I::LocalTee(r));
                self.c.ins(I::I32Const(0x80));
                self.c.ins(I::I32GeU);
                self.open(Ctl::If, BlockType::Empty);
                self.c.ins(I::LocalGet(p));
                self.c.ins(I::LocalGet(n));
                self.c.ins(I::LocalGet(hv));
                self.call_rt(Rt::Decoderune);
                self.c.ins(I::LocalSet(next));
                self.c.ins(I::LocalSet(r));
                self.close();
                self.range_assign(key, define, int_ty, &[hv]);
                self.range_assign(value, define, BasicKind::Int32.id(), &[r]);
            }
        }
        let cont = self.open(Ctl::Block, BlockType::Empty);
        self.targets.push(Target {
            label,
            brk,
            cont: Some(cont),
        });
        self.block_stmts(body);
        self.targets.pop();
        self.close();
        self.c.ins(I::LocalGet(next));
        self.c.ins(I::LocalSet(hv));
        self.br(top);
        self.close();
        self.close();
    }

    fn switch_stmt(&mut self, init: Option<&Stmt>, tag: Option<&Expr>, clauses: &[CaseClause]) {
        let label = self.pending_label.take();
        if let Some(i) = init {
            self.stmt(i);
        }
        let tag_val = tag.map(|t| {
            let ty = self.type_of(t);
            self.expr(t);
            (self.spill(ty), ty)
        });
        let n = clauses.len();
        let end = self.open(Ctl::Block, BlockType::Empty);
        for _ in 0..n {
            self.open(Ctl::Block, BlockType::Empty);
        }
        let body_block = |i: usize| end + (n - i);
        // Dispatch, in source order; default last.
        for (i, cl) in clauses.iter().enumerate() {
            let Some(list) = &cl.list else { continue };
            for e in list {
                match &tag_val {
                    Some((vals, ty)) => {
                        self.push_locals(&vals.clone());
                        self.expr_as(e, *ty);
                        self.compare_values(BinaryOp::Eq, *ty);
                    }
                    None => self.expr(e),
                }
                self.br_if(body_block(i));
            }
        }
        match clauses.iter().position(|c| c.list.is_none()) {
            Some(d) => self.br(body_block(d)),
            None => self.br(end),
        }
        self.targets.push(Target {
            label,
            brk: end,
            cont: None,
        });
        for cl in clauses {
            self.close();
            self.block_stmts(&cl.body);
            let falls = matches!(
                cl.body.last().map(|s| &s.kind),
                Some(StmtKind::Branch {
                    kind: BranchKind::Fallthrough,
                    ..
                })
            );
            if !falls {
                self.br(end);
            }
        }
        self.targets.pop();
        self.close();
    }
}
