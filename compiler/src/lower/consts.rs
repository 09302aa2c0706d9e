//! Constant materialisation: a checked constant value pushed as the Wasm
//! values of its (final) type.

use num_bigint::BigInt;
use num_traits::Signed;
use wasm_encoder::{Instruction as I, ValType};

use super::func::Fx;
use super::layout::Repr;
use crate::constant::ConstValue;
use crate::syntax::ast::Expr;
use crate::types::{Mode, TypeId};

/// The low 64 bits of an integer in two's complement (Go's conversion of a
/// representable constant to a sized integer type never needs more).
pub(crate) fn low_bits(v: &BigInt) -> i64 {
    let bytes = v.to_signed_bytes_le();
    let fill = if v.is_negative() { 0xff } else { 0 };
    let mut buf = [fill; 8];
    for (i, b) in bytes.iter().take(8).enumerate() {
        buf[i] = *b;
    }
    i64::from_le_bytes(buf)
}

impl Fx<'_, '_> {
    /// Pushes constant `v` as a value of type `ty`.
    pub fn constant(&mut self, v: &ConstValue, ty: TypeId) {
        match self.lay.repr(ty) {
            Repr::Scalar(ValType::I32) => {
                let x = match v {
                    ConstValue::Bool(b) => *b as i64,
                    _ => v.to_int().map(|i| low_bits(&i)).unwrap_or(0),
                };
                self.c.ins(I::I32Const(x as i32));
            }
            Repr::Scalar(ValType::I64) => {
                let x = v.to_int().map(|i| low_bits(&i)).unwrap_or(0);
                self.c.ins(I::I64Const(x));
            }
            Repr::Scalar(ValType::F32) => self.c.ins(I::F32Const((v.as_f64() as f32).into())),
            Repr::Scalar(ValType::F64) => self.c.ins(I::F64Const(v.as_f64().into())),
            Repr::String => {
                let bytes = v.as_bytes().unwrap_or_default().to_vec();
                self.push_string_lit(&bytes);
            }
            Repr::Void => {}
            Repr::Mem if self.is_complex(ty) => self.complex_const(v, ty),
            _ => self.unsupported(self.cur_pos, "constant of this type"),
        }
    }

    /// The value of an integer constant expression, if `e` is one and fits.
    pub fn const_int(&self, e: &Expr) -> Option<i64> {
        match &self.info.types.get(&e.id)?.mode {
            Mode::Constant(v) => v.as_i64(),
            _ => None,
        }
    }
}
