//! Conversions `T(x)`: between integer sizes (wrap, extend, normalise),
//! integers and floats, strings and byte/rune slices (runtime), integers to
//! strings (runtime.intstring); pointer, unsafe.Pointer and uintptr
//! conversions are no-ops on i32.

use wasm_encoder::{Instruction as I, ValType};

use super::func::Fx;
use super::layout::Repr;
use super::runtime::Rt;
use crate::syntax::ast::Expr;
use crate::types::{BasicKind, TypeId};

impl Fx<'_, '_> {
    pub fn conversion(&mut self, x: &Expr, to: TypeId) {
        let from = self.type_of(x);
        if self.lay.basic(from) == Some(BasicKind::UntypedNil) {
            return self.push_zero(to);
        }
        let (fr, tr) = (self.lay.repr(from), self.lay.repr(to));
        // string(bytes), string(runes), []byte(s), []rune(s)
        if tr == Repr::String && fr == Repr::Slice {
            self.expr(x);
            let runes = self
                .lay
                .int_shape(self.lay.elem(from))
                .is_some_and(|s| s.bits == 32);
            // (ptr, len, cap) → (ptr, len)
            self.c.ins(I::Drop);
            self.call_rt(if runes {
                Rt::Slicerunetostring
            } else {
                Rt::Slicebytetostring
            });
            return;
        }
        if tr == Repr::Slice && fr == Repr::String {
            self.expr(x);
            let runes = self
                .lay
                .int_shape(self.lay.elem(to))
                .is_some_and(|s| s.bits == 32);
            self.call_rt(if runes {
                Rt::Stringtoslicerune
            } else {
                Rt::Stringtoslicebyte
            });
            return;
        }
        if tr == Repr::String && fr != Repr::String {
            // string(rune)
            self.expr(x);
            self.widen_i64(from);
            self.call_rt(Rt::Intstring);
            return;
        }
        // Slice to array pointer / array (Go 1.17 / 1.20).
        if fr == Repr::Slice && tr != Repr::Slice {
            return self.slice_to_array(x, from, to);
        }
        if self.is_complex(to) && self.is_complex(from) {
            self.expr(x);
            return self.complex_convert(from, to);
        }
        if tr == Repr::Iface {
            self.expr_as(x, from);
            return self.convert_to_iface(from, to);
        }
        self.expr(x);
        self.convert_value(from, to);
    }

    /// Value of type `from` on the stack → value of type `to` (numeric and
    /// same-representation conversions).
    pub fn convert_value(&mut self, from: TypeId, to: TypeId) {
        let (fr, tr) = (self.lay.repr(from), self.lay.repr(to));
        let ff = matches!(fr, Repr::Scalar(ValType::F32 | ValType::F64));
        let tf = matches!(tr, Repr::Scalar(ValType::F32 | ValType::F64));
        match (ff, tf) {
            (false, false) => {
                let (Some(s), Some(d)) = (self.lay.int_shape(from), self.lay.int_shape(to)) else {
                    // Same representation (named types, pointers, aggregates).
                    return;
                };
                match (s.wide(), d.wide()) {
                    (true, true) => {}
                    (true, false) => {
                        self.c.ins(I::I32WrapI64);
                        self.normalize(d);
                    }
                    (false, true) => self.c.ins(if s.signed {
                        I::I64ExtendI32S
                    } else {
                        I::I64ExtendI32U
                    }),
                    (false, false) => {
                        if d.bits < s.bits || d.signed != s.signed {
                            self.normalize(d);
                        }
                    }
                }
            }
            (false, true) => {
                let s = self.lay.int_shape(from).unwrap_or(super::layout::IntShape {
                    bits: 64,
                    signed: true,
                });
                let t64 = tr == Repr::Scalar(ValType::F64);
                self.c.ins(match (s.wide(), s.signed, t64) {
                    (false, true, false) => I::F32ConvertI32S,
                    (false, false, false) => I::F32ConvertI32U,
                    (true, true, false) => I::F32ConvertI64S,
                    (true, false, false) => I::F32ConvertI64U,
                    (false, true, true) => I::F64ConvertI32S,
                    (false, false, true) => I::F64ConvertI32U,
                    (true, true, true) => I::F64ConvertI64S,
                    (true, false, true) => I::F64ConvertI64U,
                });
            }
            (true, false) => {
                let d = self.lay.int_shape(to).unwrap_or(super::layout::IntShape {
                    bits: 64,
                    signed: true,
                });
                let f64 = fr == Repr::Scalar(ValType::F64);
                // Saturating truncation: out-of-range results are
                // implementation-defined in Go, but must not trap.
                if d.wide() {
                    self.c.ins(match (f64, d.signed) {
                        (false, true) => I::I64TruncSatF32S,
                        (false, false) => I::I64TruncSatF32U,
                        (true, true) => I::I64TruncSatF64S,
                        (true, false) => I::I64TruncSatF64U,
                    });
                } else {
                    // Through i64 so small types wrap like gc's int64 path.
                    self.c.ins(if f64 {
                        I::I64TruncSatF64S
                    } else {
                        I::I64TruncSatF32S
                    });
                    self.c.ins(I::I32WrapI64);
                    self.normalize(d);
                }
            }
            (true, true) => {
                if fr != tr {
                    self.c.ins(if tr == Repr::Scalar(ValType::F64) {
                        I::F64PromoteF32
                    } else {
                        I::F32DemoteF64
                    });
                }
            }
        }
    }

    /// `(*[N]T)(s)` and `[N]T(s)`: panics when len(s) < N.
    fn slice_to_array(&mut self, x: &Expr, from: TypeId, to: TypeId) {
        let arr = match self.lay.under(to) {
            crate::types::Type::Pointer(p) => *p,
            _ => to,
        };
        let n = match self.lay.under(arr) {
            crate::types::Type::Array { len, .. } => *len,
            _ => return self.unsupported(x.pos, "this conversion"),
        };
        let _ = from;
        self.expr(x);
        self.c.ins(I::Drop);
        let len = self.local(ValType::I64);
        self.c.ins(I::LocalSet(len));
        self.c.ins(I::LocalGet(len));
        self.c.ins(I::I64Const(n as i64));
        self.c.ins(I::I64LtS);
        self.open(super::func::Ctl::If, wasm_encoder::BlockType::Empty);
        self.c.ins(I::LocalGet(len));
        self.c.ins(I::I64Const(n as i64));
        self.call_rt(Rt::PanicSliceConvert);
        self.close();
        // The data pointer is the array pointer; an array value is its
        // contents, copied.
        if self.lay.repr(to) == Repr::Mem {
            self.copy_to_temp(to);
        }
    }
}
