//! Strings: literals as read-only data, indexing with bounds checks,
//! concatenation and comparison through the runtime.

use wasm_encoder::{Instruction as I, ValType};

use super::func::Fx;
use super::runtime::Rt;
use crate::emit::code::{memarg, Op};
use crate::syntax::ast::{BinaryOp, Expr, ExprKind};

impl Fx<'_, '_> {
    /// Pushes a string constant: (address of its bytes in rodata, length).
    pub fn push_string_lit(&mut self, bytes: &[u8]) {
        if bytes.is_empty() {
            self.c.ins(I::I32Const(0));
        } else {
            let sym = self.p.string_sym(bytes);
            self.c.op(Op::DataAddr(sym, 0));
        }
        self.c.ins(I::I64Const(bytes.len() as i64));
    }

    /// `s[i]`: the byte at index i, bounds-checked.
    pub fn string_index(&mut self, s: &Expr, index: &Expr) {
        self.expr(s);
        let sv = self.spill_vals(&[ValType::I32, ValType::I64]);
        let i = self.index_i64(index);
        self.bounds_check(i, sv[1]);
        self.c.ins(I::LocalGet(sv[0]));
        self.scaled_offset(i, 1);
        self.c.ins(I::I32Load8U(memarg(0, 1)));
    }

    /// `x + y + ...` on strings: one runtime call for the whole chain.
    pub fn string_concat(&mut self, x: &Expr, y: &Expr) {
        let mut parts = Vec::new();
        self.collect_concat(x, &mut parts);
        self.collect_concat(y, &mut parts);
        if parts.len() == 2 {
            self.expr(parts[0]);
            self.expr(parts[1]);
            self.call_rt(Rt::Concatstring2);
            return;
        }
        // A frame array of the parts, passed as a []string.
        let n = parts.len() as u32;
        let off = self.frame_slot(16 * n, 8);
        let base = self.local(ValType::I32);
        self.frame_addr(off);
        self.c.ins(I::LocalSet(base));
        for (k, part) in parts.iter().enumerate() {
            self.expr(part);
            let v = self.spill_vals(&[ValType::I32, ValType::I64]);
            self.c.ins(I::LocalGet(base));
            self.c.ins(I::LocalGet(v[0]));
            self.c.ins(I::I32Store(memarg(16 * k as u32, 4)));
            self.c.ins(I::LocalGet(base));
            self.c.ins(I::LocalGet(v[1]));
            self.c.ins(I::I64Store(memarg(16 * k as u32 + 8, 8)));
        }
        self.c.ins(I::LocalGet(base));
        self.c.ins(I::I64Const(n as i64));
        self.c.ins(I::I64Const(n as i64));
        self.call_rt(Rt::Concatstrings);
    }

    /// Flattens a left-nested chain of non-constant string `+`.
    fn collect_concat<'e>(&self, e: &'e Expr, out: &mut Vec<&'e Expr>) {
        let is_const = self.tv(&e.id).is_some_and(|tv| tv.is_const());
        if !is_const {
            if let ExprKind::Binary {
                op: BinaryOp::Add,
                x,
                y,
            } = &e.kind
            {
                self.collect_concat(x, out);
                self.collect_concat(y, out);
                return;
            }
            if let ExprKind::Paren(p) = &e.kind {
                return self.collect_concat(p, out);
            }
        }
        out.push(e);
    }

    /// Both strings on the stack → the comparison result (i32 bool).
    pub fn string_compare(&mut self, op: BinaryOp) {
        match op {
            BinaryOp::Eq => self.call_rt(Rt::Eqstring),
            BinaryOp::Ne => {
                self.call_rt(Rt::Eqstring);
                self.c.ins(I::I32Eqz);
            }
            _ => {
                self.call_rt(Rt::Cmpstring);
                self.c.ins(I::I64Const(0));
                self.c.ins(match op {
                    BinaryOp::Lt => I::I64LtS,
                    BinaryOp::Le => I::I64LeS,
                    BinaryOp::Gt => I::I64GtS,
                    _ => I::I64GeS,
                });
            }
        }
    }
}
