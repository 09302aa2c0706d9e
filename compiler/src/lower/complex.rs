//! complex64 / complex128: in memory like a struct of two floats (real
//! first); as values, addresses (frame temporaries). Arithmetic is inline
//! (division by the textbook formula, without gc's special handling of
//! infinities and NaNs); `==` compares both parts.

use wasm_encoder::{Instruction as I, ValType};

use super::func::Fx;
use super::runtime::Rt;
use crate::constant::ConstValue;
use crate::emit::code::memarg;
use crate::syntax::ast::{BinaryOp, Expr};
use crate::types::{BasicKind, TypeId};

impl Fx<'_, '_> {
    pub fn is_complex(&self, ty: TypeId) -> bool {
        matches!(
            self.lay.basic(ty),
            Some(BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex)
        )
    }

    /// Whether the parts are f32 (complex64).
    fn parts_f32(&self, ty: TypeId) -> bool {
        self.lay.basic(ty) == Some(BasicKind::Complex64)
    }

    fn cpart_load(&mut self, f32: bool, off: u32) {
        self.c.ins(if f32 {
            I::F32Load(memarg(off, 4))
        } else {
            I::F64Load(memarg(off * 2, 8))
        });
    }

    /// Address on the stack → (re, im) pushed as floats.
    fn complex_parts(&mut self, ty: TypeId) -> (u32, u32) {
        let f32 = self.parts_f32(ty);
        let vt = if f32 { ValType::F32 } else { ValType::F64 };
        let a = self.local(ValType::I32);
        self.c.ins(I::LocalSet(a));
        let re = self.local(vt);
        let im = self.local(vt);
        self.c.ins(I::LocalGet(a));
        self.cpart_load(f32, 0);
        self.c.ins(I::LocalSet(re));
        self.c.ins(I::LocalGet(a));
        self.cpart_load(f32, 4);
        self.c.ins(I::LocalSet(im));
        (re, im)
    }

    /// Two floats (re, im) on the stack → a complex value (address of a
    /// fresh frame temporary).
    pub fn make_complex(&mut self, ty: TypeId) {
        let f32 = self.parts_f32(ty);
        let vt = if f32 { ValType::F32 } else { ValType::F64 };
        let im = self.local(vt);
        let re = self.local(vt);
        self.c.ins(I::LocalSet(im));
        self.c.ins(I::LocalSet(re));
        let off = self.temp_slot(ty);
        let a = self.local(ValType::I32);
        self.frame_addr(off);
        self.c.ins(I::LocalSet(a));
        for (k, l) in [(0u32, re), (1, im)] {
            self.c.ins(I::LocalGet(a));
            self.c.ins(I::LocalGet(l));
            self.c.ins(if f32 {
                I::F32Store(memarg(4 * k, 4))
            } else {
                I::F64Store(memarg(8 * k, 8))
            });
        }
        self.c.ins(I::LocalGet(a));
    }

    /// A complex constant of type `ty`.
    pub fn complex_const(&mut self, v: &ConstValue, ty: TypeId) {
        let (re, im) = v.as_complex();
        if self.parts_f32(ty) {
            self.c.ins(I::F32Const((re as f32).into()));
            self.c.ins(I::F32Const((im as f32).into()));
        } else {
            self.c.ins(I::F64Const(re.into()));
            self.c.ins(I::F64Const(im.into()));
        }
        self.make_complex(ty);
    }

    /// Both operands (addresses) on the stack → `x op y`.
    pub fn complex_arith(&mut self, op: BinaryOp, ty: TypeId) {
        let f32 = self.parts_f32(ty);
        let (c, d) = self.complex_parts(ty);
        let (a, b) = self.complex_parts(ty);
        let g = |l: u32| I::LocalGet(l);
        let (add, sub, mul, div) = if f32 {
            (I::F32Add, I::F32Sub, I::F32Mul, I::F32Div)
        } else {
            (I::F64Add, I::F64Sub, I::F64Mul, I::F64Div)
        };
        match op {
            BinaryOp::Add | BinaryOp::Sub => {
                let o = if op == BinaryOp::Add { add } else { sub };
                for (x, y) in [(a, c), (b, d)] {
                    self.c.ins(g(x));
                    self.c.ins(g(y));
                    self.c.ins(o.clone());
                }
            }
            BinaryOp::Mul => {
                // (ac - bd) + (ad + bc)i
                for (p, q, r, s, o) in [(a, c, b, d, sub.clone()), (a, d, b, c, add.clone())] {
                    self.c.ins(g(p));
                    self.c.ins(g(q));
                    self.c.ins(mul.clone());
                    self.c.ins(g(r));
                    self.c.ins(g(s));
                    self.c.ins(mul.clone());
                    self.c.ins(o);
                }
            }
            _ => {
                // ((ac + bd) + (bc - ad)i) / (cc + dd)
                let vt = if f32 { ValType::F32 } else { ValType::F64 };
                let den = self.local(vt);
                self.c.ins(g(c));
                self.c.ins(g(c));
                self.c.ins(mul.clone());
                self.c.ins(g(d));
                self.c.ins(g(d));
                self.c.ins(mul.clone());
                self.c.ins(add.clone());
                self.c.ins(I::LocalSet(den));
                for (p, q, r, s, o) in [(a, c, b, d, add.clone()), (b, c, a, d, sub.clone())] {
                    self.c.ins(g(p));
                    self.c.ins(g(q));
                    self.c.ins(mul.clone());
                    self.c.ins(g(r));
                    self.c.ins(g(s));
                    self.c.ins(mul.clone());
                    self.c.ins(o);
                    self.c.ins(g(den));
                    self.c.ins(div.clone());
                }
            }
        }
        self.make_complex(ty);
    }

    /// `-x` for a complex operand.
    pub fn complex_neg(&mut self, x: &Expr, ty: TypeId) {
        self.expr(x);
        let (re, im) = self.complex_parts(ty);
        let neg = if self.parts_f32(ty) {
            I::F32Neg
        } else {
            I::F64Neg
        };
        for l in [re, im] {
            self.c.ins(I::LocalGet(l));
            self.c.ins(neg.clone());
        }
        self.make_complex(ty);
    }

    /// Pushes (i32) whether the complex values at `a + ao` and `b + bo` are equal.
    pub fn complex_equal(&mut self, ty: TypeId, a: u32, ao: u32, b: u32, bo: u32) {
        let f32 = self.parts_f32(ty);
        for k in [0u32, 4] {
            self.c.ins(I::LocalGet(a));
            self.cpart_load(f32, ao / if f32 { 1 } else { 2 } + k);
            self.c.ins(I::LocalGet(b));
            self.cpart_load(f32, bo / if f32 { 1 } else { 2 } + k);
            self.c.ins(if f32 { I::F32Eq } else { I::F64Eq });
        }
        self.c.ins(I::I32And);
    }

    /// `real(x)` / `imag(x)`.
    pub fn complex_part(&mut self, x: &Expr, imag: bool) {
        let ty = self.type_of(x);
        self.expr(x);
        let f32 = self.parts_f32(ty);
        self.cpart_load(f32, if imag { 4 } else { 0 });
    }

    /// `complex(re, im)` of type `ty`.
    pub fn complex_build(&mut self, re: &Expr, im: &Expr, ty: TypeId) {
        let ft = if self.parts_f32(ty) {
            BasicKind::Float32.id()
        } else {
            BasicKind::Float64.id()
        };
        self.expr_as(re, ft);
        self.expr_as(im, ft);
        self.make_complex(ty);
    }

    /// complex64 ↔ complex128 with the value (address) on the stack.
    pub fn complex_convert(&mut self, from: TypeId, to: TypeId) {
        if self.parts_f32(from) == self.parts_f32(to) {
            return;
        }
        let (re, im) = self.complex_parts(from);
        let cvt = if self.parts_f32(to) {
            I::F32DemoteF64
        } else {
            I::F64PromoteF32
        };
        for l in [re, im] {
            self.c.ins(I::LocalGet(l));
            self.c.ins(cvt.clone());
        }
        self.make_complex(to);
    }

    /// print/println of a complex value (address on the stack).
    pub fn print_complex(&mut self, ty: TypeId) {
        self.copy_to_temp(ty);
        self.call_rt(if self.parts_f32(ty) {
            Rt::Printcomplex64
        } else {
            Rt::Printcomplex128
        });
    }
}
