//! Calls under the Go ABI (CONTEXT.md): hidden result pointers first (one
//! per struct/array result, pointing at caller frame temporaries), then the
//! receiver, then the flattened arguments; aggregates are passed as the
//! address of a caller-owned copy. Variadic arguments are packed into a
//! fresh heap slice. Results come back as Wasm multi-value; the call
//! expression's value is the flattened results in order, with aggregate
//! results as the addresses of their temporaries.

use wasm_encoder::{Instruction as I, ValType};

use super::func::Fx;
use super::layout::Repr;
use super::runtime::Rt;
use super::FuncKind;
use crate::emit::code::{memarg, Op};
use crate::syntax::ast::{Expr, ExprKind};
use crate::types::{Mode, ObjId, ObjKind, SelectionKind, Signature, Type, TypeId};

/// What a call expression calls.
enum Callee<'e> {
    Func(ObjId),
    /// A method of an interface value (`path`: embedded fields leading to it).
    Iface {
        recv: &'e Expr,
        path: Vec<usize>,
        name: String,
    },
    /// `path`: embedded fields leading to the receiver (promoted methods).
    Method {
        obj: ObjId,
        recv: &'e Expr,
        path: Vec<usize>,
    },
}

impl Fx<'_, '_> {
    pub fn call_expr(&mut self, e: &Expr) {
        let ExprKind::Call {
            fun, args, dots, ..
        } = &e.kind
        else {
            return;
        };
        let ty = self.type_of(e);
        let fun_tv = self.info.types.get(&fun.id).cloned();
        match fun_tv.as_ref().map(|tv| &tv.mode) {
            Some(Mode::TypeExpr) => {
                let to = fun_tv.map(|tv| tv.ty).unwrap_or(ty);
                return match args.first() {
                    Some(a) => self.conversion(a, to),
                    None => self.unsupported(e.pos, "conversion without operand"),
                };
            }
            Some(Mode::Builtin) => {
                let mut f: &Expr = fun;
                while let ExprKind::Paren(p) = &f.kind {
                    f = p;
                }
                let id = match &f.kind {
                    ExprKind::Selector { sel, .. } => sel.id,
                    _ => f.id,
                };
                if let Some(o) = self.info.uses.get(&id) {
                    if let ObjKind::Builtin(b) = self.info.obj(*o).kind {
                        return self.builtin(b, e, args, *dots, ty);
                    }
                }
                return self.unsupported(e.pos, "this builtin");
            }
            _ => {}
        }
        let Some(callee) = self.callee(fun) else {
            let ft = self.type_of(fun);
            return match self.info.table.signature(ft).cloned() {
                Some(sig) => self.call_value(fun, &sig, args, *dots),
                None => self.unsupported(e.pos, "this call"),
            };
        };
        if self.is_generic_use(fun) {
            return self.unsupported(e.pos, "generic functions");
        }
        let (obj, recv) = match callee {
            Callee::Func(o) => (o, None),
            Callee::Method { obj, recv, path } => (obj, Some((recv, path))),
            Callee::Iface { recv, path, name } => {
                let ft = self.type_of(fun);
                return match self.info.table.signature(ft).cloned() {
                    Some(sig) => self.iface_call(recv, &path, &name, &sig, args, *dots),
                    None => self.unsupported(e.pos, "this call"),
                };
            }
        };
        if recv.is_none() {
            if let Some(ops) =
                super::intrinsics::math_intrinsic(&self.info.link_name(obj, &self.p.prefix))
            {
                if ops.arity == args.len() {
                    for a in args {
                        let t = self.type_of(a);
                        self.expr(a);
                        if ops.widen_count {
                            self.widen_i64(t);
                        }
                    }
                    for i in ops.code {
                        self.c.ins(i.clone());
                    }
                    return;
                }
            }
        }
        let kind = self.p.func_kind(obj);
        let sig_ty = self.info.obj(obj).ty;
        let Some(sig) = self.info.table.signature(sig_ty).cloned() else {
            return self.unsupported(e.pos, "call");
        };
        match kind {
            FuncKind::Intrinsic(i) => {
                for a in args {
                    self.expr(a);
                }
                self.intrinsic(i);
            }
            FuncKind::Host(sym) => {
                self.push_args(&sig, args, *dots, true);
                self.c.op(Op::Call(sym));
            }
            FuncKind::Go(sym) => {
                let slots = self.result_slots(&sig);
                if let Some((r, path)) = recv {
                    self.push_receiver(r, &path, obj, &sig);
                }
                self.push_args(&sig, args, *dots, false);
                self.c.op(Op::Call(sym));
                self.after_call();
                self.arrange_results(&sig, &slots);
            }
        }
    }

    /// Whether `fun` names an instantiated generic function.
    fn is_generic_use(&self, fun: &Expr) -> bool {
        match &fun.kind {
            ExprKind::Paren(x) => self.is_generic_use(x),
            ExprKind::Index { x, .. } => {
                self.info.instances.contains_key(&fun.id) || self.is_generic_use(x)
            }
            ExprKind::Selector { sel, .. } => {
                self.info.instances.contains_key(&sel.id)
                    || self.info.instances.contains_key(&fun.id)
            }
            _ => self.info.instances.contains_key(&fun.id),
        }
    }

    /// Resolves the static callee of a call, if there is one.
    fn callee<'e>(&self, fun: &'e Expr) -> Option<Callee<'e>> {
        match &fun.kind {
            ExprKind::Paren(x) => self.callee(x),
            ExprKind::Ident(_) => {
                let o = self.info.uses.get(&fun.id)?;
                matches!(self.info.obj(*o).kind, ObjKind::Func).then_some(Callee::Func(*o))
            }
            ExprKind::Selector { x, sel } => match self.info.selections.get(&fun.id) {
                None => {
                    let o = self.info.uses.get(&sel.id)?;
                    matches!(self.info.obj(*o).kind, ObjKind::Func).then_some(Callee::Func(*o))
                }
                Some(s) if s.kind == SelectionKind::MethodVal => {
                    let path = s.index[..s.index.len().saturating_sub(1)].to_vec();
                    let name = self.info.obj(s.obj).name.clone();
                    if self.recv_is_iface(self.type_of(x), &path) {
                        return Some(Callee::Iface {
                            recv: x,
                            path,
                            name,
                        });
                    }
                    Some(Callee::Method {
                        obj: s.obj,
                        recv: x,
                        path,
                    })
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether the receiver reached from a value of type `xt` through the
    /// embedded fields `path` is an interface.
    fn recv_is_iface(&self, xt: TypeId, path: &[usize]) -> bool {
        let mut cur = xt;
        for &i in path {
            cur = self.lay.elem_ptr(cur);
            cur = self.lay.field(cur, i).1;
        }
        self.lay.repr(cur) == Repr::Iface
    }

    /// Frame temporaries for aggregate results; pushes their addresses.
    pub fn result_slots(&mut self, sig: &Signature) -> Vec<Option<u32>> {
        let mut slots = Vec::new();
        for &r in &sig.results {
            if self.lay.repr(r) == Repr::Mem {
                let off = self.temp_slot(r);
                self.frame_addr(off);
                slots.push(Some(off));
            } else {
                slots.push(None);
            }
        }
        slots
    }

    /// After a call: results in declaration order (aggregates as addresses).
    pub fn arrange_results(&mut self, sig: &Signature, slots: &[Option<u32>]) {
        if slots.iter().all(|s| s.is_none()) {
            return;
        }
        if sig.results.len() == 1 {
            if let Some(off) = slots[0] {
                self.frame_addr(off);
            }
            return;
        }
        let mut wasm_results = Vec::new();
        for &r in &sig.results {
            if self.lay.repr(r) != Repr::Mem {
                wasm_results.extend_from_slice(self.lay.repr(r).vals());
            }
        }
        let ls = self.spill_vals(&wasm_results);
        let mut k = 0;
        for (i, &r) in sig.results.iter().enumerate() {
            match slots[i] {
                Some(off) => self.frame_addr(off),
                None => {
                    let n = self.lay.repr(r).vals().len();
                    let part = ls[k..k + n].to_vec();
                    self.push_locals(&part);
                    k += n;
                }
            }
        }
    }

    /// The receiver argument of a static method call; `path` leads through
    /// embedded fields to the receiver of a promoted method.
    pub fn push_receiver(&mut self, x: &Expr, path: &[usize], method: ObjId, sig: &Signature) {
        let Some(recv_ty) = sig.recv else { return };
        let ptr_recv =
            self.info.obj(method).ptr_recv || matches!(self.lay.under(recv_ty), Type::Pointer(_));
        if path.is_empty() {
            let xt = self.type_of(x);
            let x_is_ptr = matches!(self.lay.under(xt), Type::Pointer(_));
            match (ptr_recv, x_is_ptr) {
                (true, true) | (false, false) => {
                    self.expr(x);
                    if self.lay.repr(xt) == Repr::Mem {
                        self.copy_to_temp(xt);
                    }
                }
                (true, false) => {
                    let off = self.addr_of(x);
                    self.add_offset(off);
                }
                (false, true) => {
                    self.expr(x);
                    self.nil_check();
                    self.load(recv_ty, 0);
                    if self.lay.repr(recv_ty) == Repr::Mem {
                        self.copy_to_temp(recv_ty);
                    }
                }
            }
            return;
        }
        // Promoted: walk to the embedded field (a T or a *T).
        let (off, fty) = self.walk_fields(x, path);
        let field_is_ptr = matches!(self.lay.under(fty), Type::Pointer(_));
        match (ptr_recv, field_is_ptr) {
            (true, true) => self.c.ins(I::I32Load(memarg(off, 4))),
            (true, false) => self.add_offset(off),
            (false, true) => {
                self.c.ins(I::I32Load(memarg(off, 4)));
                self.nil_check();
                self.load(recv_ty, 0);
                if self.lay.repr(recv_ty) == Repr::Mem {
                    self.copy_to_temp(recv_ty);
                }
            }
            (false, false) => {
                self.load(fty, off);
                if self.lay.repr(fty) == Repr::Mem {
                    self.copy_to_temp(fty);
                }
            }
        }
    }

    /// Adds a static offset to the address on the stack.
    pub fn add_offset(&mut self, off: u32) {
        if off != 0 {
            self.c.ins(I::I32Const(off as i32));
            self.c.ins(I::I32Add);
        }
    }

    /// Address of an aggregate on the stack → address of a fresh frame copy.
    pub fn copy_to_temp(&mut self, ty: TypeId) {
        let src = self.local(ValType::I32);
        self.c.ins(I::LocalSet(src));
        let off = self.temp_slot(ty);
        self.frame_addr(off);
        self.c.ins(I::LocalGet(src));
        self.copy_mem(ty);
        self.frame_addr(off);
    }

    /// Pushes the arguments of a call. `host` selects the host ABI
    /// (strings as (i32 ptr, i32 len)).
    pub fn push_args(&mut self, sig: &Signature, args: &[Expr], dots: bool, host: bool) {
        let np = sig.params.len();
        // f(g()) with a multi-value g.
        if args.len() == 1 && np > 1 {
            let at = self.type_of(&args[0]);
            if let Type::Tuple(_) = self.info.table.get(at) {
                self.expr(&args[0]);
                return;
            }
        }
        if np == 0 {
            // (The checker guarantees no arguments; evaluate any anyway.)
            for a in args {
                let t = self.type_of(a);
                self.expr(a);
                self.drop_any(t);
            }
            return;
        }
        for (i, a) in args.iter().enumerate() {
            if sig.variadic && !dots && i + 1 >= np {
                break;
            }
            let pt = sig.params[i.min(np - 1)];
            self.expr_as(a, pt);
            self.pass_value(pt, host);
        }
        if sig.variadic && !dots {
            let extra = &args[(np - 1).min(args.len())..];
            let st = sig.params[np - 1];
            self.pack_variadic(extra, st);
        }
    }

    /// Adjusts one argument value on the stack to the callee's ABI.
    fn pass_value(&mut self, ty: TypeId, host: bool) {
        match self.lay.repr(ty) {
            Repr::Mem => self.copy_to_temp(ty),
            Repr::String if host => self.c.ins(I::I32WrapI64),
            _ => {}
        }
    }

    /// `f(a, b, c)` for `f(...T)`: the extra arguments in a new []T.
    fn pack_variadic(&mut self, extra: &[Expr], slice_ty: TypeId) {
        if extra.is_empty() {
            self.push_zero(slice_ty);
            return;
        }
        let elem = self.lay.elem(slice_ty);
        let esize = self.lay.size(elem);
        let n = extra.len() as u32;
        let base = self.local(ValType::I32);
        self.c.ins(I::I32Const((n * esize) as i32));
        self.c.ins(I::I32Const(self.lay.align(elem) as i32));
        self.call_rt(Rt::Alloc);
        self.c.ins(I::LocalSet(base));
        for (k, a) in extra.iter().enumerate() {
            self.expr_as(a, elem);
            self.store_to_ptr_local(base, k as u32 * esize, elem);
        }
        self.c.ins(I::LocalGet(base));
        self.c.ins(I::I64Const(n as i64));
        self.c.ins(I::I64Const(n as i64));
    }
}
