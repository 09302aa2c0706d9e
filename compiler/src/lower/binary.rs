//! Arithmetic, comparison, logical and shift operators with Go semantics:
//! 8- and 16-bit integers live in i32 and are re-normalised (sign- or
//! zero-extended) after every operation that can overflow; division checks
//! for zero (runtime.panicdivide) and wraps MinInt / -1 instead of trapping;
//! shifts by >= the width give 0 or the sign fill, and negative signed
//! counts call runtime.panicshift.

use wasm_encoder::{BlockType, Instruction as I, ValType};

use super::func::{Ctl, Fx};
use super::layout::{IntShape, Repr};
use super::runtime::Rt;
use crate::syntax::ast::{BinaryOp, Expr, UnaryOp};
use crate::types::{BasicKind, TypeId};

impl Fx<'_, '_> {
    /// Re-normalises a small integer held in an i32.
    pub fn normalize(&mut self, s: IntShape) {
        match (s.bits, s.signed) {
            (8, true) => self.c.ins(I::I32Extend8S),
            (16, true) => self.c.ins(I::I32Extend16S),
            (8, false) => {
                self.c.ins(I::I32Const(0xff));
                self.c.ins(I::I32And);
            }
            (16, false) => {
                self.c.ins(I::I32Const(0xffff));
                self.c.ins(I::I32And);
            }
            _ => {}
        }
    }

    /// Whether `e` is the predeclared `nil`.
    pub fn is_nil(&self, e: &Expr) -> bool {
        match &e.kind {
            crate::syntax::ast::ExprKind::Paren(x) => self.is_nil(x),
            crate::syntax::ast::ExprKind::Ident(_) => {
                self.info
                    .object_of(e.id)
                    .is_some_and(|o| matches!(self.info.obj(o).kind, crate::types::ObjKind::Nil))
                    || self
                        .info
                        .types
                        .get(&e.id)
                        .is_some_and(|tv| self.lay.basic(tv.ty) == Some(BasicKind::UntypedNil))
            }
            _ => false,
        }
    }

    pub fn binary(&mut self, op: BinaryOp, x: &Expr, y: &Expr, ty: TypeId) {
        use BinaryOp::*;
        match op {
            LAnd | LOr => {
                self.expr(x);
                self.open(Ctl::If, BlockType::Result(ValType::I32));
                if op == LAnd {
                    self.expr(y);
                    self.c.ins(I::Else);
                    self.c.ins(I::I32Const(0));
                } else {
                    self.c.ins(I::I32Const(1));
                    self.c.ins(I::Else);
                    self.expr(y);
                }
                self.close();
            }
            Eq | Ne | Lt | Le | Gt | Ge => {
                // Comparison against nil: test the pointer word.
                if self.is_nil(x) || self.is_nil(y) {
                    let other = if self.is_nil(x) { y } else { x };
                    let ot = self.type_of(other);
                    self.expr(other);
                    self.nil_word(ot);
                    self.c.ins(I::I32Eqz);
                    if op == Ne {
                        self.c.ins(I::I32Eqz);
                    }
                    return;
                }
                if self.compare_mixed_iface(op, x, y) {
                    return;
                }
                let xt = self.type_of(x);
                self.expr(x);
                self.expr_as(y, xt);
                self.compare_values(op, xt);
            }
            Shl | Shr => {
                self.expr(x);
                let yt = self.type_of(y);
                match self.const_int(y) {
                    Some(k) => self.shift_const(op, ty, k),
                    None => {
                        self.expr(y);
                        self.shift_dynamic(op, ty, yt);
                    }
                }
            }
            Add if self.lay.repr(ty) == Repr::String => self.string_concat(x, y),
            _ => {
                self.expr(x);
                self.expr_as(y, ty);
                let yc = self.const_int(y);
                self.arith(op, ty, yc);
            }
        }
    }

    /// Reduces a nil-able value on the stack to its pointer word (i32).
    fn nil_word(&mut self, ty: TypeId) {
        match self.lay.repr(ty) {
            Repr::Slice => {
                self.c.ins(I::Drop);
                self.c.ins(I::Drop);
            }
            Repr::Iface => self.c.ins(I::Drop),
            _ => {}
        }
    }

    /// Both operands of type `ty` on the stack → i32 result of `op`.
    pub fn compare_values(&mut self, op: BinaryOp, ty: TypeId) {
        use BinaryOp::*;
        match self.lay.repr(ty) {
            Repr::String => self.string_compare(op),
            Repr::Mem => {
                let b = self.local(ValType::I32);
                let a = self.local(ValType::I32);
                self.c.ins(I::LocalSet(b));
                self.c.ins(I::LocalSet(a));
                self.equal_mem(ty, a, 0, b, 0);
                if op == Ne {
                    self.c.ins(I::I32Eqz);
                }
            }
            Repr::Scalar(ValType::F32) | Repr::Scalar(ValType::F64) => {
                let f64 = self.lay.repr(ty) == Repr::Scalar(ValType::F64);
                self.c.ins(match (op, f64) {
                    (Eq, false) => I::F32Eq,
                    (Ne, false) => I::F32Ne,
                    (Lt, false) => I::F32Lt,
                    (Le, false) => I::F32Le,
                    (Gt, false) => I::F32Gt,
                    (Ge, false) => I::F32Ge,
                    (Eq, true) => I::F64Eq,
                    (Ne, true) => I::F64Ne,
                    (Lt, true) => I::F64Lt,
                    (Le, true) => I::F64Le,
                    (Gt, true) => I::F64Gt,
                    _ => I::F64Ge,
                });
            }
            Repr::Scalar(t) => {
                let signed = self.lay.int_shape(ty).is_some_and(|s| s.signed);
                let wide = t == ValType::I64;
                self.c.ins(match (op, wide, signed) {
                    (Eq, false, _) => I::I32Eq,
                    (Ne, false, _) => I::I32Ne,
                    (Lt, false, true) => I::I32LtS,
                    (Lt, false, false) => I::I32LtU,
                    (Le, false, true) => I::I32LeS,
                    (Le, false, false) => I::I32LeU,
                    (Gt, false, true) => I::I32GtS,
                    (Gt, false, false) => I::I32GtU,
                    (Ge, false, true) => I::I32GeS,
                    (Ge, false, false) => I::I32GeU,
                    (Eq, true, _) => I::I64Eq,
                    (Ne, true, _) => I::I64Ne,
                    (Lt, true, true) => I::I64LtS,
                    (Lt, true, false) => I::I64LtU,
                    (Le, true, true) => I::I64LeS,
                    (Le, true, false) => I::I64LeU,
                    (Gt, true, true) => I::I64GtS,
                    (Gt, true, false) => I::I64GtU,
                    (Ge, true, true) => I::I64GeS,
                    _ => I::I64GeU,
                });
            }
            Repr::Iface => {
                self.iface_equal(ty);
                if op == Ne {
                    self.c.ins(I::I32Eqz);
                }
            }
            Repr::Slice | Repr::Void => {
                let s = crate::types::typestring::type_string(self.info, ty, None);
                self.unsupported(self.cur_pos, &format!("comparison of type {s}"));
            }
        }
    }

    /// Both operands of type `ty` on the stack → `x op y` (not shifts, not
    /// comparisons). `y_const` is the right operand's value when constant.
    pub fn arith(&mut self, op: BinaryOp, ty: TypeId, y_const: Option<i64>) {
        use BinaryOp::*;
        let rep = self.lay.repr(ty);
        if self.is_complex(ty) {
            return self.complex_arith(op, ty);
        }
        if rep == Repr::String {
            // `+=` on strings.
            self.call_rt(Rt::Concatstring2);
            return;
        }
        if let Repr::Scalar(t @ (ValType::F32 | ValType::F64)) = rep {
            let f64 = t == ValType::F64;
            self.c.ins(match (op, f64) {
                (Add, false) => I::F32Add,
                (Sub, false) => I::F32Sub,
                (Mul, false) => I::F32Mul,
                (Div, false) => I::F32Div,
                (Add, true) => I::F64Add,
                (Sub, true) => I::F64Sub,
                (Mul, true) => I::F64Mul,
                _ => I::F64Div,
            });
            return;
        }
        let Some(s) = self.lay.int_shape(ty) else {
            self.unsupported(self.cur_pos, "arithmetic on this type");
            return;
        };
        let w = s.wide();
        match op {
            Div | Rem => self.divide(op == Div, s, y_const),
            AndNot => {
                if w {
                    self.c.ins(I::I64Const(-1));
                    self.c.ins(I::I64Xor);
                    self.c.ins(I::I64And);
                } else {
                    self.c.ins(I::I32Const(-1));
                    self.c.ins(I::I32Xor);
                    self.c.ins(I::I32And);
                }
            }
            _ => {
                self.c.ins(match (op, w) {
                    (Add, false) => I::I32Add,
                    (Sub, false) => I::I32Sub,
                    (Mul, false) => I::I32Mul,
                    (And, false) => I::I32And,
                    (Or, false) => I::I32Or,
                    (Xor, false) => I::I32Xor,
                    (Add, true) => I::I64Add,
                    (Sub, true) => I::I64Sub,
                    (Mul, true) => I::I64Mul,
                    (And, true) => I::I64And,
                    (Or, true) => I::I64Or,
                    _ => I::I64Xor,
                });
                if matches!(op, Add | Sub | Mul) {
                    self.normalize(s);
                }
            }
        }
    }

    /// Integer `/` or `%` with Go's checks.
    fn divide(&mut self, div: bool, s: IntShape, y_const: Option<i64>) {
        let w = s.wide();
        let vt = if w { ValType::I64 } else { ValType::I32 };
        let b = self.local(vt);
        let a = self.local(vt);
        self.c.ins(I::LocalSet(b));
        self.c.ins(I::LocalSet(a));
        if y_const.is_none_or(|k| k == 0) {
            self.c.ins(I::LocalGet(b));
            self.c.ins(if w { I::I64Eqz } else { I::I32Eqz });
            self.trap_if(Rt::Panicdivide);
        }
        let op = match (div, s.signed, w) {
            (true, true, false) => I::I32DivS,
            (true, false, false) => I::I32DivU,
            (false, true, false) => I::I32RemS,
            (false, false, false) => I::I32RemU,
            (true, true, true) => I::I64DivS,
            (true, false, true) => I::I64DivU,
            (false, true, true) => I::I64RemS,
            (false, false, true) => I::I64RemU,
        };
        if s.signed && y_const.is_none_or(|k| k == -1) {
            // x / -1 = -x and x % -1 = 0 (Wasm traps on MinInt / -1).
            self.c.ins(I::LocalGet(b));
            if w {
                self.c.ins(I::I64Const(-1));
                self.c.ins(I::I64Eq);
            } else {
                self.c.ins(I::I32Const(-1));
                self.c.ins(I::I32Eq);
            }
            self.open(Ctl::If, BlockType::Result(vt));
            if w {
                self.c.ins(I::I64Const(0));
            } else {
                self.c.ins(I::I32Const(0));
            }
            if div {
                self.c.ins(I::LocalGet(a));
                self.c.ins(if w { I::I64Sub } else { I::I32Sub });
            }
            self.c.ins(I::Else);
            self.c.ins(I::LocalGet(a));
            self.c.ins(I::LocalGet(b));
            self.c.ins(op);
            self.close();
        } else {
            self.c.ins(I::LocalGet(a));
            self.c.ins(I::LocalGet(b));
            self.c.ins(op);
        }
        self.normalize(s);
    }

    /// Value on the stack shifted by a constant count.
    pub fn shift_const(&mut self, op: BinaryOp, ty: TypeId, k: i64) {
        let Some(s) = self.lay.int_shape(ty) else {
            return self.unsupported(self.cur_pos, "shift of this type");
        };
        let w = s.wide();
        let width: i64 = if w { 64 } else { 32 };
        let left = op == BinaryOp::Shl;
        if k >= width && (left || !s.signed) {
            self.c.ins(I::Drop);
            self.c.ins(if w { I::I64Const(0) } else { I::I32Const(0) });
            return;
        }
        let k = k.min(width - 1);
        self.c.ins(if w {
            I::I64Const(k)
        } else {
            I::I32Const(k as i32)
        });
        self.c.ins(match (left, s.signed, w) {
            (true, _, false) => I::I32Shl,
            (true, _, true) => I::I64Shl,
            (false, true, false) => I::I32ShrS,
            (false, false, false) => I::I32ShrU,
            (false, true, true) => I::I64ShrS,
            (false, false, true) => I::I64ShrU,
        });
        if left {
            self.normalize(s);
        }
    }

    /// Value and count (of type `yt`) on the stack → shifted value.
    pub fn shift_dynamic(&mut self, op: BinaryOp, ty: TypeId, yt: TypeId) {
        let Some(s) = self.lay.int_shape(ty) else {
            return self.unsupported(self.cur_pos, "shift of this type");
        };
        let count_signed = self.lay.int_shape(yt).is_some_and(|c| c.signed);
        self.widen_i64(yt);
        let c = self.local(ValType::I64);
        self.c.ins(I::LocalSet(c));
        if count_signed {
            self.c.ins(I::LocalGet(c));
            self.c.ins(I::I64Const(0));
            self.c.ins(I::I64LtS);
            self.trap_if(Rt::Panicshift);
        }
        let w = s.wide();
        let width: i64 = if w { 64 } else { 32 };
        let vt = if w { ValType::I64 } else { ValType::I32 };
        let a = self.local(vt);
        self.c.ins(I::LocalSet(a));
        let left = op == BinaryOp::Shl;
        let count = |fx: &mut Self| {
            fx.c.ins(I::LocalGet(c));
            if !w {
                fx.c.ins(I::I32WrapI64);
            }
        };
        if left || !s.signed {
            // (c < width) ? a op c : 0
            self.c.ins(I::LocalGet(a));
            count(self);
            self.c.ins(match (left, w) {
                (true, false) => I::I32Shl,
                (true, true) => I::I64Shl,
                (false, false) => I::I32ShrU,
                (false, true) => I::I64ShrU,
            });
            self.c.ins(if w { I::I64Const(0) } else { I::I32Const(0) });
            self.c.ins(I::LocalGet(c));
            self.c.ins(I::I64Const(width));
            self.c.ins(I::I64LtU);
            self.c.ins(I::Select);
            if left {
                self.normalize(s);
            }
        } else {
            // a >> min(c, width-1)
            self.c.ins(I::LocalGet(a));
            self.c.ins(I::LocalGet(c));
            self.c.ins(I::I64Const(width - 1));
            self.c.ins(I::LocalGet(c));
            self.c.ins(I::I64Const(width));
            self.c.ins(I::I64LtU);
            self.c.ins(I::Select);
            if !w {
                self.c.ins(I::I32WrapI64);
            }
            self.c.ins(if w { I::I64ShrS } else { I::I32ShrS });
        }
    }

    pub fn unary(&mut self, op: UnaryOp, x: &Expr, ty: TypeId) {
        match op {
            UnaryOp::Plus => self.expr(x),
            UnaryOp::Not => {
                self.expr(x);
                self.c.ins(I::I32Eqz);
            }
            UnaryOp::Neg if self.is_complex(ty) => self.complex_neg(x, ty),
            UnaryOp::Neg => match self.lay.repr(ty) {
                Repr::Scalar(ValType::F32) => {
                    self.expr(x);
                    self.c.ins(I::F32Neg);
                }
                Repr::Scalar(ValType::F64) => {
                    self.expr(x);
                    self.c.ins(I::F64Neg);
                }
                _ => {
                    let Some(s) = self.lay.int_shape(ty) else {
                        return self.unsupported(x.pos, "negation of this type");
                    };
                    if s.wide() {
                        self.c.ins(I::I64Const(0));
                        self.expr(x);
                        self.c.ins(I::I64Sub);
                    } else {
                        self.c.ins(I::I32Const(0));
                        self.expr(x);
                        self.c.ins(I::I32Sub);
                        self.normalize(s);
                    }
                }
            },
            UnaryOp::Xor => {
                let Some(s) = self.lay.int_shape(ty) else {
                    return self.unsupported(x.pos, "^ on this type");
                };
                self.expr(x);
                if s.wide() {
                    self.c.ins(I::I64Const(-1));
                    self.c.ins(I::I64Xor);
                } else {
                    self.c.ins(I::I32Const(-1));
                    self.c.ins(I::I32Xor);
                    self.normalize(s);
                }
            }
            _ => self.unsupported(x.pos, "this unary operator"),
        }
    }
}
