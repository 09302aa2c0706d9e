//! Method values `x.M` and method expressions `T.M`, as func values (see
//! `closure.rs`).
//!
//! A method value evaluates the receiver at once and binds it: the closure
//! record is `{code, receiver}` (receiver at offset 8; for an interface
//! receiver `{code, tab, data}`), and the code `PREFIX..mv.N` takes the
//! method's parameters plus the context, reloads the receiver (copying
//! aggregates, which the method may modify) and calls the method. A method
//! expression is the method itself as a func value (receiver first).

use wasm_encoder::{Instruction as I, ValType};

use super::func::Fx;
use super::layout::Repr;
use super::runtime::Rt;
use super::FuncKind;
use crate::emit::code::{memarg, Op};
use crate::syntax::ast::Expr;
use crate::types::{Selection, SelectionKind, Signature, Type};

impl Fx<'_, '_> {
    /// `x.M` / `T.M` not called: a func value.
    pub fn method_value(&mut self, e: &Expr, x: &Expr, sel: &Selection) {
        if sel.kind == SelectionKind::MethodExpr {
            return self.method_expr(e, sel);
        }
        let Some(fsig) = self.info.table.signature(sel.ty).cloned() else {
            return self.unsupported(e.pos, "this method value");
        };
        let path = sel.index[..sel.index.len().saturating_sub(1)].to_vec();
        let fty = self.p.closure_type(sel.ty);
        let n = self.p.rtti_method_tables();
        let name = format!("{}..mv.{n}", self.p.prefix);
        let code = self.p.obj.declare_func(&name, fty, None);
        self.p.obj.set_local_func(code);
        let xt = self.type_of(x);
        let mut cur = xt;
        for &i in &path {
            cur = self.lay.field(self.lay.elem_ptr(cur), i).1;
        }
        let rec = self.local(ValType::I32);
        if self.lay.repr(cur) == Repr::Iface {
            // {code, tab, data}
            let mname = self.info.obj(sel.obj).name.clone();
            let k = self
                .info
                .table
                .interface(cur)
                .and_then(|i| i.methods.iter().position(|m| m.name == mname));
            let Some(k) = k else {
                return self.unsupported(e.pos, "this method value");
            };
            if path.is_empty() {
                self.expr(x);
            } else {
                let (off, fty) = self.walk_fields(x, &path);
                self.load(fty, off);
            }
            let v = self.spill_vals(&[ValType::I32, ValType::I32]);
            self.c.ins(I::LocalGet(v[0]));
            self.nil_check();
            self.c.ins(I::Drop);
            self.alloc_record(rec, 16, code);
            for (j, l) in v.iter().enumerate() {
                self.c.ins(I::LocalGet(rec));
                self.c.ins(I::LocalGet(*l));
                self.c.ins(I::I32Store(memarg(8 + 4 * j as u32, 4)));
            }
            self.c.ins(I::LocalGet(rec));
            self.iface_method_value_code(code, &fsig, k as u32);
            return;
        }
        let m = sel.obj;
        let msig_ty = self.info.obj(m).ty;
        let Some(msig) = self.info.table.signature(msig_ty).cloned() else {
            return self.unsupported(e.pos, "this method value");
        };
        let Some(recv_ty) = msig.recv else {
            return self.unsupported(e.pos, "this method value");
        };
        let target = match self.p.func_kind(m) {
            FuncKind::Go(s) => s,
            _ => return self.unsupported(e.pos, "this method value"),
        };
        // Receiver evaluated now, exactly as for a call.
        self.push_receiver(x, &path, m, &msig);
        let rv = self.spill(recv_ty);
        let size = 8 + self.lay.size(recv_ty).next_multiple_of(8);
        self.alloc_record(rec, size, code);
        self.store_vals(rec, 8, recv_ty, &rv);
        self.c.ins(I::LocalGet(rec));
        self.bound_method_code(code, target, &msig, recv_ty);
    }

    /// `rec = alloc(size)`, with the code's table index in word 0.
    fn alloc_record(&mut self, rec: u32, size: u32, code: crate::emit::object::FuncSym) {
        self.c.ins(I::I32Const(size as i32));
        self.c.ins(I::I32Const(8));
        self.call_rt(Rt::Alloc);
        self.c.ins(I::LocalTee(rec));
        self.c.op(Op::TableIndex(code));
        self.c.ins(I::I32Store(memarg(0, 4)));
    }

    /// Wasm params of the closure code for `sig`: hidden result pointers,
    /// params, context; and how many result pointers.
    fn closure_params(&self, sig: &Signature) -> (Vec<ValType>, u32) {
        let mut params = Vec::new();
        let mut nres = 0;
        for &r in &sig.results {
            if self.lay.repr(r) == Repr::Mem {
                params.push(ValType::I32);
                nres += 1;
            }
        }
        for &p in &sig.params {
            params.extend_from_slice(self.lay.repr(p).vals());
        }
        params.push(ValType::I32);
        (params, nres)
    }

    /// Defines the code of a bound concrete method.
    fn bound_method_code(
        &mut self,
        code: crate::emit::object::FuncSym,
        target: crate::emit::object::FuncSym,
        msig: &Signature,
        recv_ty: crate::types::TypeId,
    ) {
        let (params, nres) = self.closure_params(msig);
        let ctx = params.len() as u32 - 1;
        let mut fx = Fx::new(self.p, &params);
        for i in 0..nres {
            fx.c.ins(I::LocalGet(i));
        }
        fx.c.ins(I::LocalGet(ctx));
        fx.load(recv_ty, 8);
        if fx.lay.repr(recv_ty) == Repr::Mem {
            fx.copy_to_temp(recv_ty);
        }
        for i in nres..ctx {
            fx.c.ins(I::LocalGet(i));
        }
        fx.c.op(Op::Call(target));
        fx.release_frame();
        let body = fx.finish();
        self.p.obj.define_func(code, body.into_writer());
    }

    /// Defines the code of a bound interface method: calls through the
    /// itab saved in the record.
    fn iface_method_value_code(
        &mut self,
        code: crate::emit::object::FuncSym,
        sig: &Signature,
        k: u32,
    ) {
        let (params, nres) = self.closure_params(sig);
        let ctx = params.len() as u32 - 1;
        // Interface-call signature: result pointers, data word, params.
        let mut call_params: Vec<ValType> = vec![ValType::I32; nres as usize + 1];
        call_params.extend_from_slice(&params[nres as usize..ctx as usize]);
        let mut results = Vec::new();
        for &r in &sig.results {
            if self.lay.repr(r) != Repr::Mem {
                results.extend_from_slice(self.lay.repr(r).vals());
            }
        }
        let call_ty = self.p.obj.func_type(&call_params, &results);
        let mut fx = Fx::new(self.p, &params);
        for i in 0..nres {
            fx.c.ins(I::LocalGet(i));
        }
        fx.c.ins(I::LocalGet(ctx));
        fx.c.ins(I::I32Load(memarg(12, 4)));
        for i in nres..ctx {
            fx.c.ins(I::LocalGet(i));
        }
        fx.c.ins(I::LocalGet(ctx));
        fx.c.ins(I::I32Load(memarg(8, 4)));
        fx.c.ins(I::I32Load(memarg(4 + 4 * k, 4)));
        fx.c.op(Op::CallIndirect(call_ty));
        fx.release_frame();
        let body = fx.finish();
        self.p.obj.define_func(code, body.into_writer());
    }

    /// `T.M` / `(*T).M`: the method as a func value taking the receiver first.
    fn method_expr(&mut self, e: &Expr, sel: &Selection) {
        let m = sel.obj;
        let recv_is_ptr = matches!(self.lay.under(sel.recv), Type::Pointer(_));
        let m_ptr = self.info.obj(m).ptr_recv;
        if recv_is_ptr != m_ptr || sel.index.len() != 1 || self.lay.repr(sel.recv) == Repr::Iface {
            return self.unsupported(e.pos, "this method expression");
        }
        self.func_value(m, e);
    }
}
