//! Interfaces: conversion of concrete values (boxing), interface-to-
//! interface conversions that need no run-time lookup, dynamic method
//! calls through itabs, type assertions, type switches and `==`.
//!
//! An interface value is (tab, data): tab is the type descriptor for empty
//! interfaces and the itab otherwise (0 for nil); data is the value itself
//! for pointer-shaped types and otherwise a pointer to an immutable heap
//! copy (see `typedesc.rs`).

use wasm_encoder::{BlockType, Instruction as I, ValType};

use super::func::{Ctl, Fx, Target};
use super::layout::Repr;
use super::runtime::Rt;
use crate::emit::code::{memarg, Op};
use crate::syntax::ast::{BinaryOp, CaseClause, Expr, ExprKind, Stmt};
use crate::types::{BasicKind, Mode, Signature, TypeId};

impl Fx<'_, '_> {
    pub fn is_iface(&self, ty: TypeId) -> bool {
        self.lay.repr(ty) == Repr::Iface
    }

    fn is_empty_iface(&self, ty: TypeId) -> bool {
        self.info
            .table
            .interface(ty)
            .is_some_and(|i| i.methods.is_empty())
    }

    fn method_names(&self, ty: TypeId) -> Vec<String> {
        self.info
            .table
            .interface(ty)
            .map(|i| i.methods.iter().map(|m| m.name.clone()).collect())
            .unwrap_or_default()
    }

    /// A value of type `from` on the stack → an interface value of type `to`.
    pub fn convert_to_iface(&mut self, from: TypeId, to: TypeId) {
        if self.is_iface(from) {
            return self.iface_to_iface(from, to);
        }
        self.box_value(from);
        let d = self.local(ValType::I32);
        self.c.ins(I::LocalSet(d));
        if self.is_empty_iface(to) {
            let desc = self.p.type_desc(from);
            self.c.op(Op::DataAddr(desc, 0));
        } else {
            match self.p.itab(from, to) {
                Some(t) => self.c.op(Op::DataAddr(t, 0)),
                None => return self.unsupported(self.cur_pos, "this interface conversion"),
            }
        }
        self.c.ins(I::LocalGet(d));
    }

    /// A value of type `ty` on the stack → the interface data word.
    fn box_value(&mut self, ty: TypeId) {
        if self.p.is_direct(ty) {
            return;
        }
        let vals = self.spill(ty);
        let cell = self.local(ValType::I32);
        self.heap_alloc(ty);
        self.c.ins(I::LocalSet(cell));
        self.store_vals(cell, 0, ty, &vals);
        self.c.ins(I::LocalGet(cell));
    }

    /// Interface value of type `from` on the stack → of type `to`, when
    /// that needs no run-time method lookup.
    fn iface_to_iface(&mut self, from: TypeId, to: TypeId) {
        if from == to || self.method_names(from) == self.method_names(to) {
            return;
        }
        if self.is_empty_iface(to) {
            let d = self.local(ValType::I32);
            let t = self.local(ValType::I32);
            self.c.ins(I::LocalSet(d));
            self.c.ins(I::LocalSet(t));
            self.dyn_type(from, t);
            self.c.ins(I::LocalGet(d));
            return;
        }
        // A smaller interface: look the methods up at run time.
        let d = self.local(ValType::I32);
        let t = self.local(ValType::I32);
        self.c.ins(I::LocalSet(d));
        self.c.ins(I::LocalSet(t));
        let dyn_t = self.local(ValType::I32);
        self.dyn_type(from, t);
        self.c.ins(I::LocalTee(dyn_t));
        self.open(Ctl::If, BlockType::Result(ValType::I32));
        self.getitab(to, dyn_t, false);
        self.c.ins(I::Else);
        self.c.ins(I::I32Const(0));
        self.close();
        self.c.ins(I::LocalGet(d));
    }

    /// Pushes `runtime.getitab(desc(iface), typ, canfail)`.
    fn getitab(&mut self, iface: TypeId, typ: u32, canfail: bool) {
        let desc = self.p.type_desc(iface);
        self.c.op(Op::DataAddr(desc, 0));
        self.c.ins(I::LocalGet(typ));
        self.c.ins(I::I32Const(canfail as i32));
        self.call_rt(Rt::Getitab);
    }

    /// Pushes the dynamic type descriptor of an interface value whose tab
    /// word is in local `tab` (0 for nil).
    pub fn dyn_type(&mut self, iface: TypeId, tab: u32) {
        self.c.ins(I::LocalGet(tab));
        if !self.is_empty_iface(iface) {
            self.c.ins(I::If(BlockType::Result(ValType::I32)));
            self.c.ins(I::LocalGet(tab));
            self.c.ins(I::I32Load(memarg(0, 4)));
            self.c.ins(I::Else);
            self.c.ins(I::I32Const(0));
            self.c.ins(I::End);
        }
    }

    /// Pushes the value of type `ty` held in data word local `d`.
    fn unbox(&mut self, ty: TypeId, d: u32) {
        self.c.ins(I::LocalGet(d));
        if !self.p.is_direct(ty) {
            self.load(ty, 0);
        }
    }

    /// `x.(T)`; with `comma_ok`, pushes (value, ok) instead of panicking.
    pub fn type_assert(&mut self, e: &Expr, comma_ok: bool) {
        let ExprKind::TypeAssert { x, ty: Some(tx) } = &e.kind else {
            return self.unsupported(e.pos, "this type assertion");
        };
        let xt = self.type_of(x);
        // (The recorded type of a comma-ok assertion is the tuple (T, bool).)
        let want_ty = self.type_of(tx);
        self.expr(x);
        let d = self.local(ValType::I32);
        let t = self.local(ValType::I32);
        self.c.ins(I::LocalSet(d));
        self.c.ins(I::LocalSet(t));
        let dyn_t = self.local(ValType::I32);
        self.dyn_type(xt, t);
        self.c.ins(I::LocalSet(dyn_t));
        let ok = self.local(ValType::I32);
        let lookup =
            !self.is_empty_iface(want_ty) && self.method_names(want_ty) != self.method_names(xt);
        if self.is_iface(want_ty) && lookup {
            // tab = dyn == nil ? 0 : getitab(I, dyn, comma_ok)
            let tab = self.local(ValType::I32);
            self.c.ins(I::LocalGet(dyn_t));
            self.open(Ctl::If, BlockType::Result(ValType::I32));
            self.getitab(want_ty, dyn_t, comma_ok);
            self.c.ins(I::Else);
            if !comma_ok {
                self.c.ins(I::I32Const(0));
                let want = self.p.type_desc(want_ty);
                self.c.op(Op::DataAddr(want, 0));
                let iface = self.p.type_desc(xt);
                self.c.op(Op::DataAddr(iface, 0));
                self.call_rt(Rt::Panicdottype);
            }
            self.c.ins(I::I32Const(0));
            self.close();
            self.c.ins(I::LocalTee(tab));
            self.c.ins(I::I32Const(0));
            self.c.ins(I::I32Ne);
            self.c.ins(I::LocalSet(ok));
            self.c.ins(I::LocalGet(tab));
            // The data word only with the type.
            self.c.ins(I::LocalGet(d));
            self.c.ins(I::I32Const(0));
            self.c.ins(I::LocalGet(ok));
            self.c.ins(I::Select);
        } else if self.is_iface(want_ty) {
            self.c.ins(I::LocalGet(dyn_t));
            self.c.ins(I::I32Const(0));
            self.c.ins(I::I32Ne);
            self.c.ins(I::LocalSet(ok));
            if !comma_ok {
                self.c.ins(I::LocalGet(ok));
                self.c.ins(I::I32Eqz);
                self.open(Ctl::If, BlockType::Empty);
                self.c.ins(I::LocalGet(dyn_t));
                let want = self.p.type_desc(want_ty);
                self.c.op(Op::DataAddr(want, 0));
                let iface = self.p.type_desc(xt);
                self.c.op(Op::DataAddr(iface, 0));
                self.call_rt(Rt::Panicdottype);
                self.close();
            }
            // Same method set or empty: the tab word of an empty interface
            // is the type; otherwise it is unchanged.
            if self.is_empty_iface(want_ty) {
                self.c.ins(I::LocalGet(dyn_t));
            } else {
                self.c.ins(I::LocalGet(t));
            }
            self.c.ins(I::LocalGet(d));
        } else {
            let want = self.p.type_desc(want_ty);
            let w = self.local(ValType::I32);
            self.c.op(Op::DataAddr(want, 0));
            self.c.ins(I::LocalSet(w));
            self.type_eq(dyn_t, w);
            self.c.ins(I::LocalSet(ok));
            if comma_ok {
                let vals = self.locals_for(want_ty);
                self.c.ins(I::LocalGet(ok));
                self.open(Ctl::If, BlockType::Empty);
                self.unbox(want_ty, d);
                for &l in vals.iter().rev() {
                    self.c.ins(I::LocalSet(l));
                }
                self.c.ins(I::Else);
                self.push_zero(want_ty);
                for &l in vals.iter().rev() {
                    self.c.ins(I::LocalSet(l));
                }
                self.close();
                self.push_locals(&vals);
            } else {
                self.c.ins(I::LocalGet(ok));
                self.c.ins(I::I32Eqz);
                self.open(Ctl::If, BlockType::Empty);
                self.c.ins(I::LocalGet(dyn_t));
                self.c.ins(I::LocalGet(w));
                let iface = self.p.type_desc(xt);
                self.c.op(Op::DataAddr(iface, 0));
                self.call_rt(Rt::Panicdottype);
                self.close();
                self.unbox(want_ty, d);
            }
        }
        if comma_ok {
            self.c.ins(I::LocalGet(ok));
        }
    }

    /// Both interface values of type `ty` on the stack → (i32) `x == y`.
    pub fn iface_equal(&mut self, ty: TypeId) {
        let d2 = self.local(ValType::I32);
        let t2 = self.local(ValType::I32);
        let d1 = self.local(ValType::I32);
        let t1 = self.local(ValType::I32);
        for l in [d2, t2, d1, t1] {
            self.c.ins(I::LocalSet(l));
        }
        let a = self.local(ValType::I32);
        let b = self.local(ValType::I32);
        self.dyn_type(ty, t1);
        self.c.ins(I::LocalSet(a));
        self.dyn_type(ty, t2);
        self.c.ins(I::LocalSet(b));
        self.type_eq(a, b);
        self.open(Ctl::If, BlockType::Result(ValType::I32));
        // Same type: nil, pointer-shaped (compare words), or compare
        // through the type's equality function.
        self.c.ins(I::LocalGet(a));
        self.c.ins(I::I32Eqz);
        self.open(Ctl::If, BlockType::Result(ValType::I32));
        self.c.ins(I::I32Const(1));
        self.c.ins(I::Else);
        self.c.ins(I::LocalGet(a));
        self.c.ins(I::I32Load8U(memarg(9, 1)));
        self.open(Ctl::If, BlockType::Result(ValType::I32));
        self.c.ins(I::LocalGet(d1));
        self.c.ins(I::LocalGet(d2));
        self.c.ins(I::I32Eq);
        self.c.ins(I::Else);
        self.c.ins(I::LocalGet(a));
        self.c.ins(I::I32Load8U(memarg(10, 1)));
        self.c.ins(I::I32Eqz);
        self.open(Ctl::If, BlockType::Empty);
        self.c.ins(I::LocalGet(a));
        self.call_rt(Rt::Panicuncomparable);
        self.close();
        self.c.ins(I::LocalGet(d1));
        self.c.ins(I::LocalGet(d2));
        self.c.ins(I::LocalGet(a));
        self.c.ins(I::I32Load(memarg(12, 4)));
        let fty = self
            .p
            .obj
            .func_type(&[ValType::I32, ValType::I32], &[ValType::I32]);
        self.c.op(Op::CallIndirect(fty));
        self.after_call();
        self.close();
        self.close();
        self.c.ins(I::Else);
        self.c.ins(I::I32Const(0));
        self.close();
    }

    /// Calls method number `k` (sorted order) of the interface value on the
    /// stack... evaluated from `x` through `path` (embedded interface field).
    pub fn iface_call(
        &mut self,
        x: &Expr,
        path: &[usize],
        name: &str,
        sig: &Signature,
        args: &[Expr],
        dots: bool,
    ) {
        let slots = self.result_slots(sig);
        let it = if path.is_empty() {
            self.expr(x);
            self.type_of(x)
        } else {
            let (off, fty) = self.walk_fields(x, path);
            self.load(fty, off);
            fty
        };
        let Some(k) = self.method_names(it).iter().position(|m| m == name) else {
            return self.unsupported(x.pos, "this interface method");
        };
        let d = self.local(ValType::I32);
        let t = self.local(ValType::I32);
        self.c.ins(I::LocalSet(d));
        self.c.ins(I::LocalSet(t));
        self.c.ins(I::LocalGet(t));
        self.nil_check();
        self.c.ins(I::Drop);
        self.c.ins(I::LocalGet(d));
        self.push_args(sig, args, dots, false);
        self.c.ins(I::LocalGet(t));
        self.c.ins(I::I32Load(memarg(4 + 4 * k as u32, 4)));
        // Signature: hidden result pointers, receiver word, parameters.
        let mut params = Vec::new();
        let mut results = Vec::new();
        for &r in &sig.results {
            match self.lay.repr(r) {
                Repr::Mem => params.push(ValType::I32),
                rep => results.extend_from_slice(rep.vals()),
            }
        }
        params.push(ValType::I32);
        for &p in &sig.params {
            params.extend_from_slice(self.lay.repr(p).vals());
        }
        let fty = self.p.obj.func_type(&params, &results);
        self.c.op(Op::CallIndirect(fty));
        self.after_call();
        self.arrange_results(sig, &slots);
    }

    /// `println` of an interface value: `(tab,data)` as gc prints it.
    pub fn print_iface(&mut self) {
        let d = self.local(ValType::I32);
        let t = self.local(ValType::I32);
        self.c.ins(I::LocalSet(d));
        self.c.ins(I::LocalSet(t));
        for (s, l) in [("(", t), (",", d)] {
            self.push_string_lit(s.as_bytes());
            self.call_rt(Rt::Printstring);
            self.c.ins(I::LocalGet(l));
            self.call_rt(Rt::Printpointer);
        }
        self.push_string_lit(b")");
        self.call_rt(Rt::Printstring);
    }

    /// `switch [init;] [v :=] x.(type) { ... }`.
    pub fn type_switch(&mut self, init: Option<&Stmt>, x: &Expr, clauses: &[CaseClause], s: &Stmt) {
        let label = self.pending_label.take();
        if let Some(i) = init {
            self.stmt(i);
        }
        let xt = self.type_of(x);
        self.expr(x);
        let d = self.local(ValType::I32);
        let t = self.local(ValType::I32);
        self.c.ins(I::LocalSet(d));
        self.c.ins(I::LocalSet(t));
        let dyn_t = self.local(ValType::I32);
        self.dyn_type(xt, t);
        self.c.ins(I::LocalSet(dyn_t));
        let n = clauses.len();
        let end = self.open(Ctl::Block, BlockType::Empty);
        for _ in 0..n {
            self.open(Ctl::Block, BlockType::Empty);
        }
        let body_block = |i: usize| end + (n - i);
        for (i, cl) in clauses.iter().enumerate() {
            let Some(list) = &cl.list else { continue };
            for e in list {
                let is_nil = self.is_nil(e)
                    || self
                        .tv(&e.id)
                        .is_some_and(|tv| self.lay.basic(tv.ty) == Some(BasicKind::UntypedNil));
                if is_nil {
                    self.c.ins(I::LocalGet(dyn_t));
                    self.c.ins(I::I32Eqz);
                } else {
                    let ct = self.type_of(e);
                    if self.is_iface(ct) {
                        self.c.ins(I::LocalGet(dyn_t));
                        if !self.is_empty_iface(ct)
                            && self.method_names(ct) != self.method_names(xt)
                        {
                            self.open(Ctl::If, BlockType::Result(ValType::I32));
                            self.getitab(ct, dyn_t, true);
                            self.c.ins(I::I32Const(0));
                            self.c.ins(I::I32Ne);
                            self.c.ins(I::Else);
                            self.c.ins(I::I32Const(0));
                            self.close();
                        } else {
                            self.c.ins(I::I32Const(0));
                            self.c.ins(I::I32Ne);
                        }
                    } else {
                        let w = self.local(ValType::I32);
                        let desc = self.p.type_desc(ct);
                        self.c.op(Op::DataAddr(desc, 0));
                        self.c.ins(I::LocalSet(w));
                        self.type_eq(dyn_t, w);
                    }
                }
                self.br_if(body_block(i));
            }
        }
        match clauses.iter().position(|c| c.list.is_none()) {
            Some(dflt) => self.br(body_block(dflt)),
            None => self.br(end),
        }
        self.targets.push(Target {
            label,
            brk: end,
            cont: None,
        });
        for cl in clauses {
            self.close();
            if let Some(obj) = self.info.implicits.get(&cl.id).copied() {
                let vt = self.obj_ty(obj);
                if self.is_iface(vt) {
                    self.c.ins(I::LocalGet(t));
                    self.c.ins(I::LocalGet(d));
                    self.iface_to_iface(xt, vt);
                } else {
                    self.unbox(vt, d);
                }
                let var = self.new_var_storage(obj, vt);
                self.store_var(&var, vt);
                self.vars.insert(obj, var);
            }
            self.block_stmts(&cl.body);
            self.br(end);
        }
        self.targets.pop();
        self.close();
        let _ = s;
    }

    /// Whether a call's value is wanted as (value, ok).
    pub fn is_comma_ok(&self, e: &Expr) -> bool {
        self.tv(&e.id).is_some_and(|tv| tv.mode == Mode::CommaOk)
    }

    /// `x == y` where one side is an interface: compare as interfaces.
    pub fn compare_mixed_iface(&mut self, op: BinaryOp, x: &Expr, y: &Expr) -> bool {
        let (xt, yt) = (self.type_of(x), self.type_of(y));
        let it = if self.is_iface(xt) {
            xt
        } else if self.is_iface(yt) {
            yt
        } else {
            return false;
        };
        self.expr_as(x, it);
        self.expr_as(y, it);
        self.iface_equal(it);
        if op == BinaryOp::Ne {
            self.c.ins(I::I32Eqz);
        }
        true
    }
}
