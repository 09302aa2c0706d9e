//! `defer` (without panics unwinding through it: a panic exits the program
//! without running deferred calls, and `recover()` returns nil).
//!
//! Defer records form one chain for the whole program, headed by the
//! runtime variable `runtime.deferchain` (the compiler defines it in
//! package runtime's object if the runtime does not declare it). A record
//! is `{thunk, next, owner, _, fn, args in 8-byte slots...}` (owner: the
//! deferring frame's stack pointer on entry) and is itself a func
//! value (`func()`) whose code, the per-site thunk `OUTER.deferN`, reloads
//! the saved function value and arguments and calls. `defer f(args)`
//! evaluates the function value (static functions and bound methods become
//! func values) and the arguments at once and pushes a record. A function
//! with `defer` saves the chain head on entry (`Fx::defers`) and every
//! return runs the records above it, latest first, after the results are
//! fixed (named results are stored first, so deferred closures can change
//! them). On a panic the runtime can run the whole chain (`rundefers`)
//! before printing the message, as gc does for unrecovered panics.

use wasm_encoder::{BlockType, Instruction as I, ValType};

use super::func::{Ctl, Fx};
use super::layout::Repr;
use super::runtime::Rt;
use crate::emit::code::{memarg, Op};
use crate::syntax::ast::{Block, Expr, ExprKind, NodeId, Stmt, StmtKind};
use crate::syntax::walk::{walk_block, Visitor};
use crate::types::{Builtin, Info, Mode, ObjKind, TypeId};
use std::collections::BTreeSet;

fn unparen(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => unparen(x),
        _ => e,
    }
}

/// Collects the ids of `recover()` calls and of function literal bodies.
struct RecoverCalls<'a> {
    info: &'a Info,
    calls: BTreeSet<NodeId>,
}

impl RecoverCalls<'_> {
    fn is_recover(&self, e: &Expr) -> bool {
        let ExprKind::Call { fun, .. } = &e.kind else {
            return false;
        };
        let f = unparen(fun);
        matches!(f.kind, ExprKind::Ident(_))
            && matches!(
                self.info.uses.get(&f.id).map(|o| &self.info.obj(*o).kind),
                Some(ObjKind::Builtin(Builtin::Recover))
            )
    }
}

impl Visitor for RecoverCalls<'_> {
    fn expr(&mut self, e: &Expr) {
        if self.is_recover(e) {
            self.calls.insert(e.id);
        }
    }
}

fn recover_calls(info: &Info, b: &Block) -> (BTreeSet<NodeId>, Vec<Expr>) {
    struct Lits(Vec<Expr>);
    impl Visitor for Lits {
        fn expr(&mut self, e: &Expr) {
            if matches!(e.kind, ExprKind::FuncLit { .. }) {
                self.0.push(e.clone());
            }
        }
    }
    let mut v = RecoverCalls {
        info,
        calls: BTreeSet::new(),
    };
    walk_block(&mut v, b);
    let mut l = Lits(Vec::new());
    walk_block(&mut l, b);
    (v.calls, l.0)
}

/// Whether a function body calls `recover()` itself (not only inside
/// function literals): only such a function, called directly by a defer
/// thunk, can stop a panic (`runtime.deferArm`).
pub(crate) fn calls_recover(info: &Info, b: &Block) -> bool {
    let (mut all, lits) = recover_calls(info, b);
    if all.is_empty() {
        return false;
    }
    for lit in &lits {
        if let ExprKind::FuncLit { body, .. } = &lit.kind {
            let (inner, _) = recover_calls(info, body);
            for id in inner {
                all.remove(&id);
            }
        }
    }
    !all.is_empty()
}

/// Whether a function body contains `defer` (outside function literals).
pub(crate) fn has_defer(b: &Block) -> bool {
    b.stmts.iter().any(stmt_has_defer)
}

fn stmt_has_defer(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Defer(_) => true,
        StmtKind::Labeled { stmt, .. } => stmt_has_defer(stmt),
        StmtKind::Block(b) => has_defer(b),
        StmtKind::If { then, els, .. } => {
            has_defer(then) || els.as_deref().is_some_and(stmt_has_defer)
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => has_defer(body),
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            clauses.iter().any(|c| c.body.iter().any(stmt_has_defer))
        }
        StmtKind::Select { clauses, .. } => {
            clauses.iter().any(|c| c.body.iter().any(stmt_has_defer))
        }
        _ => false,
    }
}

fn slot_store(t: ValType, off: u32) -> I<'static> {
    match t {
        ValType::I64 => I::I64Store(memarg(off, 8)),
        ValType::F32 => I::F32Store(memarg(off, 4)),
        ValType::F64 => I::F64Store(memarg(off, 8)),
        _ => I::I32Store(memarg(off, 4)),
    }
}

fn slot_load(t: ValType, off: u32) -> I<'static> {
    match t {
        ValType::I64 => I::I64Load(memarg(off, 8)),
        ValType::F32 => I::F32Load(memarg(off, 4)),
        ValType::F64 => I::F64Load(memarg(off, 8)),
        _ => I::I32Load(memarg(off, 4)),
    }
}

impl Fx<'_, '_> {
    /// `defer call`.
    pub fn defer_stmt(&mut self, call: &Expr) {
        let Some(list) = self.defers else { return };
        let ExprKind::Call {
            fun, args, dots, ..
        } = &call.kind
        else {
            return self.unsupported(call.pos, "defer of a non-call");
        };
        let fun_mode = self.tv(&fun.id).map(|tv| tv.mode.clone());
        // Builtins: only print/println are supported.
        let builtin = if fun_mode == Some(Mode::Builtin) {
            let id = match &fun.kind {
                ExprKind::Ident(_) => fun.id,
                _ => return self.unsupported(call.pos, "defer of this builtin"),
            };
            match self.info.uses.get(&id).map(|o| &self.info.obj(*o).kind) {
                Some(ObjKind::Builtin(b @ (Builtin::Print | Builtin::Println))) => Some(*b),
                _ => return self.unsupported(call.pos, "defer of this builtin"),
            }
        } else {
            None
        };
        // The function value, then the arguments (flattened).
        let mut vals: Vec<ValType> = Vec::new();
        let mut arg_types: Vec<TypeId> = Vec::new();
        let sig = if builtin.is_none() {
            let ft = self.type_of(fun);
            let Some(sig) = self.info.table.signature(ft).cloned() else {
                return self.unsupported(call.pos, "this defer");
            };
            self.expr(fun);
            vals.push(ValType::I32);
            self.push_args(&sig, args, *dots, false);
            for &p in &sig.params {
                vals.extend_from_slice(self.lay.repr(p).vals());
            }
            Some(sig)
        } else {
            for a in args {
                let t = self.type_of(a);
                self.expr(a);
                vals.extend_from_slice(self.lay.repr(t).vals());
                arg_types.push(t);
            }
            None
        };
        let ls = self.spill_vals(&vals);
        let size = 16 + 8 * ls.len() as u32;
        let rec = self.local(ValType::I32);
        self.c.ins(I::I32Const(size as i32));
        self.c.ins(I::I32Const(8));
        self.call_rt(Rt::Alloc);
        self.c.ins(I::LocalSet(rec));
        for (k, (&l, &t)) in ls.iter().zip(&vals).enumerate() {
            self.c.ins(I::LocalGet(rec));
            self.c.ins(I::LocalGet(l));
            self.c.ins(slot_store(t, 16 + 8 * k as u32));
        }
        // The owner's identity (its stack pointer on entry), for recovery.
        self.c.ins(I::LocalGet(rec));
        self.c.ins(I::LocalGet(self.sp0));
        self.c.ins(I::I32Store(memarg(8, 4)));
        // The thunk.
        let n = self.p.rtti_method_tables();
        let name = format!("{}.defer{n}", self.name);
        let fty = self.p.obj.func_type(&[ValType::I32], &[]);
        let thunk = self.p.obj.declare_func(&name, fty, None);
        self.p.obj.set_local_func(thunk);
        self.c.ins(I::LocalGet(rec));
        self.c.op(Op::TableIndex(thunk));
        self.c.ins(I::I32Store(memarg(0, 4)));
        let _ = list;
        let chain = self.p.defer_chain();
        self.c.ins(I::LocalGet(rec));
        self.c.op(Op::DataAddr(chain, 0));
        self.c.ins(I::I32Load(memarg(0, 4)));
        self.c.ins(I::I32Store(memarg(4, 4)));
        self.c.op(Op::DataAddr(chain, 0));
        self.c.ins(I::LocalGet(rec));
        self.c.ins(I::I32Store(memarg(0, 4)));
        let ft = self.type_of(fun);
        // A literal's body shows whether it recovers; other callees might.
        let may_recover = match &unparen(fun).kind {
            ExprKind::FuncLit { body, .. } => calls_recover(self.info, body),
            _ => true,
        };
        let mut fx = Fx::new(self.p, &[ValType::I32]);
        match (sig, builtin) {
            (Some(sig), _) => {
                for &r in &sig.results {
                    if fx.lay.repr(r) == Repr::Mem {
                        let off = fx.temp_slot(r);
                        fx.frame_addr(off);
                    }
                }
                for (k, &t) in vals.iter().enumerate().skip(1) {
                    fx.c.ins(I::LocalGet(0));
                    fx.c.ins(slot_load(t, 16 + 8 * k as u32));
                }
                let f = fx.local(ValType::I32);
                fx.c.ins(I::LocalGet(0));
                fx.c.ins(I::I32Load(memarg(16, 4)));
                fx.nil_check();
                fx.c.ins(I::LocalTee(f));
                fx.c.ins(I::LocalGet(f));
                fx.c.ins(I::I32Load(memarg(0, 4)));
                // Only a directly deferred call may recover.
                let arm = fx.p.defer_arm_sym();
                fx.c.op(Op::DataAddr(arm, 0));
                fx.c.ins(I::I32Const(may_recover as i32));
                fx.c.ins(I::I32Store8(memarg(0, 1)));
                let cty = fx.p.closure_type(ft);
                fx.c.op(Op::CallIndirect(cty));
                for &r in sig.results.iter().rev() {
                    if fx.lay.repr(r) != Repr::Mem {
                        fx.drop_value(r);
                    }
                }
            }
            (None, Some(b)) => {
                let mut k = 0u32;
                for (i, (&t, a)) in arg_types.iter().zip(args).enumerate() {
                    if b == Builtin::Println && i > 0 {
                        fx.call_rt(Rt::Printsp);
                    }
                    for &v in fx.lay.repr(t).vals() {
                        fx.c.ins(I::LocalGet(0));
                        fx.c.ins(slot_load(v, 16 + 8 * k));
                        k += 1;
                    }
                    fx.print_value_pub(a, t);
                }
                if b == Builtin::Println {
                    fx.call_rt(Rt::Printnl);
                }
            }
            _ => {}
        }
        fx.release_frame();
        let code = fx.finish();
        self.p.obj.define_func(thunk, code.into_writer());
    }

    /// Moves `runtime.deferArm` into a local on entry and clears it, so
    /// that functions this one calls cannot recover.
    pub fn take_defer_arm(&mut self) {
        let l = self.var_local(ValType::I32);
        let arm = self.p.defer_arm_sym();
        self.c.op(Op::DataAddr(arm, 0));
        self.c.ins(I::I32Load8U(memarg(0, 1)));
        self.c.ins(I::LocalSet(l));
        self.c.op(Op::DataAddr(arm, 0));
        self.c.ins(I::I32Const(0));
        self.c.ins(I::I32Store8(memarg(0, 1)));
        self.recover_armed = Some(l);
    }

    /// Saves the chain head on function entry.
    pub fn save_defer_head(&mut self) {
        let Some(head) = self.defers else { return };
        let chain = self.p.defer_chain();
        self.c.op(Op::DataAddr(chain, 0));
        self.c.ins(I::I32Load(memarg(0, 4)));
        self.c.ins(I::LocalSet(head));
    }

    /// Runs (and pops) this function's deferred calls, latest first.
    pub fn run_defers(&mut self) {
        let Some(head) = self.defers else { return };
        let chain = self.p.defer_chain();
        let n = self.local(ValType::I32);
        let fty = self.p.obj.func_type(&[ValType::I32], &[]);
        let done = self.open(Ctl::Block, BlockType::Empty);
        let top = self.open(Ctl::Loop, BlockType::Empty);
        self.c.op(Op::DataAddr(chain, 0));
        self.c.ins(I::I32Load(memarg(0, 4)));
        self.c.ins(I::LocalTee(n));
        self.c.ins(I::LocalGet(head));
        self.c.ins(I::I32Eq);
        self.br_if(done);
        self.c.op(Op::DataAddr(chain, 0));
        self.c.ins(I::LocalGet(n));
        self.c.ins(I::I32Load(memarg(4, 4)));
        self.c.ins(I::I32Store(memarg(0, 4)));
        self.c.ins(I::LocalGet(n));
        self.c.ins(I::LocalGet(n));
        self.c.ins(I::I32Load(memarg(0, 4)));
        self.c.op(Op::CallIndirect(fty));
        self.after_call();
        self.br(top);
        self.close();
        self.close();
    }
}

impl Fx<'_, '_> {
    /// The unwinding exit, reached from `after_call` when a panic was
    /// recovered further up: the recovering frame (runtime.unwinding ==
    /// its stack pointer on entry) clears the flag, runs its remaining
    /// deferred calls and returns its named results (zero values when
    /// unnamed); any other frame releases its frame and returns zeros.
    pub fn unwinding_exit(&mut self, sig: &crate::types::Signature) {
        let results = sig.results.clone();
        if self.defers.is_some() {
            let u = self.p.unwinding_sym();
            self.c.op(Op::DataAddr(u, 0));
            self.c.ins(I::I32Load(memarg(0, 4)));
            self.c.ins(I::LocalGet(self.sp0));
            self.c.ins(I::I32Eq);
            self.open(Ctl::If, BlockType::Empty);
            self.c.op(Op::DataAddr(u, 0));
            self.c.ins(I::I32Const(0));
            self.c.ins(I::I32Store(memarg(0, 4)));
            self.run_defers();
            for (k, &t) in results.iter().enumerate() {
                let named = self.named_results.get(k).copied();
                let var = named.and_then(|o| self.vars.get(&o).cloned());
                match self.result_ptrs.get(k).copied().flatten() {
                    Some(ptr) => {
                        if let Some(var) = var {
                            self.c.ins(I::LocalGet(ptr));
                            self.push_var_value(&var, t);
                            self.copy_mem(t);
                        }
                    }
                    None => match var {
                        Some(var) => self.push_var_value(&var, t),
                        None => self.push_zero(t),
                    },
                }
            }
            self.release_frame();
            self.c.ins(I::Return);
            self.close();
        }
        for (k, &t) in results.iter().enumerate() {
            if self.result_ptrs.get(k).copied().flatten().is_none() {
                for &v in self.lay.repr(t).vals() {
                    self.push_zero_val(v);
                }
            }
        }
        self.release_frame();
    }
}
