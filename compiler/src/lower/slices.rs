//! Slices: slicing of strings, slices and arrays with gc's bounds checks
//! (runtime.panicSlice* with gc's argument order), `append` (growing
//! through runtime.growslice), `copy` and `make`.

use wasm_encoder::{BlockType, Instruction as I, ValType};

use super::func::{Ctl, Fx};
use super::layout::Repr;
use super::runtime::Rt;
use crate::syntax::ast::Expr;
use crate::types::{Type, TypeId};

/// What is being sliced.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Source {
    String,
    Slice,
    Array,
}

impl Fx<'_, '_> {
    /// An optional index operand as an i64 local, or `default`'s value.
    fn bound(&mut self, e: Option<&Expr>, default: u32) -> u32 {
        match e {
            Some(e) => self.index_i64(e),
            None => default,
        }
    }

    /// `if !(a <=u b) { f(a, b) }`.
    fn check_le(&mut self, a: u32, b: u32, f: Rt) {
        self.c.ins(I::LocalGet(a));
        self.c.ins(I::LocalGet(b));
        self.c.ins(I::I64GtU);
        self.open(Ctl::If, BlockType::Empty);
        self.c.ins(I::LocalGet(a));
        self.c.ins(I::LocalGet(b));
        self.call_rt(f);
        self.close();
    }

    pub fn slice_expr(
        &mut self,
        x: &Expr,
        lo: Option<&Expr>,
        hi: Option<&Expr>,
        max: Option<&Expr>,
        _ty: TypeId,
    ) {
        let xt = self.type_of(x);
        let p = self.local(ValType::I32);
        let len = self.local(ValType::I64);
        let cap = self.local(ValType::I64);
        let (src, elem) = match self.lay.under(xt).clone() {
            Type::Basic(_) => {
                self.expr(x);
                self.c.ins(I::LocalTee(len));
                self.c.ins(I::LocalSet(cap));
                self.c.ins(I::LocalSet(p));
                (Source::String, crate::types::BasicKind::Uint8.id())
            }
            Type::Slice(elem) => {
                self.expr(x);
                self.c.ins(I::LocalSet(cap));
                self.c.ins(I::LocalSet(len));
                self.c.ins(I::LocalSet(p));
                (Source::Slice, elem)
            }
            Type::Array { len: n, elem } => {
                let off = self.addr_of(x);
                if off != 0 {
                    self.c.ins(I::I32Const(off as i32));
                    self.c.ins(I::I32Add);
                }
                self.c.ins(I::LocalSet(p));
                self.set_i64(len, n as i64);
                self.set_i64(cap, n as i64);
                (Source::Array, elem)
            }
            Type::Pointer(arr) => {
                let (n, elem) = match self.lay.under(arr) {
                    Type::Array { len, elem } => (*len, *elem),
                    _ => return self.unsupported(x.pos, "slicing this type"),
                };
                self.expr(x);
                self.nil_check();
                self.c.ins(I::LocalSet(p));
                self.set_i64(len, n as i64);
                self.set_i64(cap, n as i64);
                (Source::Array, elem)
            }
            _ => return self.unsupported(x.pos, "slicing this type"),
        };
        let zero = self.local(ValType::I64);
        self.set_i64(zero, 0);
        let l = self.bound(lo, zero);
        let h = self.bound(hi, len);
        let esize = self.lay.size(elem);
        if let Some(max) = max {
            let m = self.index_i64(max);
            let f = if src == Source::Slice {
                Rt::PanicSlice3Acap
            } else {
                Rt::PanicSlice3Alen
            };
            self.check_le(m, cap, f);
            self.check_le(h, m, Rt::PanicSlice3B);
            self.check_le(l, h, Rt::PanicSlice3C);
            self.c.ins(I::LocalGet(m));
            self.c.ins(I::LocalSet(cap));
        } else {
            match src {
                Source::Slice => self.check_le(h, cap, Rt::PanicSliceAcap),
                _ => self.check_le(h, len, Rt::PanicSliceAlen),
            }
            self.check_le(l, h, Rt::PanicSliceB);
        }
        // (p + lo*esize, hi - lo[, cap - lo])
        self.c.ins(I::LocalGet(p));
        self.scaled_offset(l, esize);
        self.c.ins(I::LocalGet(h));
        self.c.ins(I::LocalGet(l));
        self.c.ins(I::I64Sub);
        if src != Source::String {
            self.c.ins(I::LocalGet(cap));
            self.c.ins(I::LocalGet(l));
            self.c.ins(I::I64Sub);
        }
    }

    fn set_i64(&mut self, l: u32, v: i64) {
        self.c.ins(I::I64Const(v));
        self.c.ins(I::LocalSet(l));
    }

    /// `append(s, vals...)` / `append(s, t...)`.
    pub fn append(&mut self, args: &[Expr], dots: bool, ty: TypeId) {
        let elem = self.lay.elem(ty);
        let esize = self.lay.size(elem);
        let ealign = self.lay.align(elem);
        self.expr_as(&args[0], ty);
        let s = self.spill_vals(&[ValType::I32, ValType::I64, ValType::I64]);
        let (p, l, c) = (s[0], s[1], s[2]);
        let n = self.local(ValType::I64);
        let mut vals: Vec<Vec<u32>> = Vec::new();
        let mut src = None;
        if dots {
            let tt = self.type_of(&args[1]);
            self.expr(&args[1]);
            if self.lay.repr(tt) == Repr::Slice {
                self.c.ins(I::Drop);
            }
            let t = self.spill_vals(&[ValType::I32, ValType::I64]);
            self.c.ins(I::LocalGet(t[1]));
            self.c.ins(I::LocalSet(n));
            src = Some(t[0]);
        } else {
            for a in &args[1..] {
                self.expr_as(a, elem);
                let v = self.spill(elem);
                vals.push(v);
            }
            self.set_i64(n, vals.len() as i64);
        }
        if vals.is_empty() && !dots {
            self.push_locals(&[p, l, c]);
            return;
        }
        // newLen = l + n; grow when it exceeds the capacity.
        let newlen = self.local(ValType::I64);
        self.c.ins(I::LocalGet(l));
        self.c.ins(I::LocalGet(n));
        self.c.ins(I::I64Add);
        self.c.ins(I::LocalTee(newlen));
        self.c.ins(I::LocalGet(c));
        self.c.ins(I::I64GtU);
        self.open(Ctl::If, BlockType::Empty);
        self.push_locals(&[p, l, c, newlen]);
        self.c.ins(I::I32Const(esize as i32));
        self.c.ins(I::I32Const(ealign as i32));
        self.call_rt(Rt::Growslice);
        self.c.ins(I::LocalSet(c));
        self.c.ins(I::LocalSet(p));
        self.close();
        // Destination: p + l*esize.
        let dst = self.local(ValType::I32);
        self.c.ins(I::LocalGet(p));
        self.scaled_offset(l, esize);
        self.c.ins(I::LocalSet(dst));
        if let Some(srcp) = src {
            self.c.ins(I::LocalGet(dst));
            self.c.ins(I::LocalGet(srcp));
            self.c.ins(I::LocalGet(n));
            self.c.ins(I::I32WrapI64);
            if esize != 1 {
                self.c.ins(I::I32Const(esize as i32));
                self.c.ins(I::I32Mul);
            }
            self.c.ins(I::MemoryCopy {
                src_mem: 0,
                dst_mem: 0,
            });
        } else {
            for (k, v) in vals.iter().enumerate() {
                self.store_vals(dst, k as u32 * esize, elem, v);
            }
        }
        self.push_locals(&[p, newlen, c]);
    }

    /// `copy(dst, src)`: pushes the number of elements copied (int).
    pub fn copy_builtin(&mut self, dst: &Expr, src: &Expr) {
        let dt = self.type_of(dst);
        let st = self.type_of(src);
        let esize = self.lay.size(self.lay.elem(dt));
        self.expr(dst);
        self.c.ins(I::Drop);
        let d = self.spill_vals(&[ValType::I32, ValType::I64]);
        self.expr(src);
        if self.lay.repr(st) == Repr::Slice {
            self.c.ins(I::Drop);
        }
        let s = self.spill_vals(&[ValType::I32, ValType::I64]);
        let n = self.local(ValType::I64);
        // n = min(len(dst), len(src))
        self.push_locals(&[d[1], s[1], d[1], s[1]]);
        self.c.ins(I::I64LtS);
        self.c.ins(I::Select);
        self.c.ins(I::LocalSet(n));
        self.push_locals(&[d[0], s[0], n]);
        self.c.ins(I::I32WrapI64);
        if esize != 1 {
            self.c.ins(I::I32Const(esize as i32));
            self.c.ins(I::I32Mul);
        }
        self.c.ins(I::MemoryCopy {
            src_mem: 0,
            dst_mem: 0,
        });
        self.c.ins(I::LocalGet(n));
    }

    /// `make([]T, len[, cap])`.
    pub fn make_slice(&mut self, args: &[Expr], ty: TypeId) {
        let esize = self.lay.size(self.lay.elem(ty));
        let len = self.index_i64(&args[1]);
        let cap = match args.get(2) {
            Some(c) => self.index_i64(c),
            None => len,
        };
        self.push_locals(&[len, cap]);
        self.c.ins(I::I32Const(esize as i32));
        self.call_rt(Rt::Makeslice);
        self.push_locals(&[len, cap]);
    }
}
