//! Binary operators: arithmetic, comparisons, shifts, constant folding and overflow.

use num_bigint::BigInt;

use super::expr::{is_comparison, op_name, MAX_CONST_STRING};
use super::*;
use crate::constant as cst;
use crate::syntax::ast::BinaryOp;

impl<'a> Checker<'a> {
    /// `l op r`; `pos`/`text` describe the whole expression (for `x op= y` statements the
    /// text is `x op= y`, as gc prints it).
    pub fn binary(
        &mut self,
        pos: Pos,
        text: String,
        op: BinaryOp,
        l: &'a ast::Expr,
        r: &'a ast::Expr,
    ) -> Operand {
        let mut res = Operand::invalid(pos);
        res.expr = text;
        let mut x = self.expr(l);
        let mut y = self.expr(r);
        if x.is_invalid() {
            return res;
        }
        if y.is_invalid() {
            return res;
        }
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            return self.shift(res, x, y, op, l, r);
        }
        self.match_types(&mut x, &mut y, l, r);
        if x.is_invalid() || y.is_invalid() {
            return res;
        }
        if is_comparison(op) {
            return self.comparison(res, x, y, op, l, r);
        }
        if !self.identical(x.ty, y.ty) {
            let (a, b) = (self.operand_type_string(&x), self.operand_type_string(&y));
            if x.ty != self.invalid() && y.ty != self.invalid() {
                self.error(
                    res.pos,
                    format!(
                        "invalid operation: {} (mismatched types {a} and {b})",
                        res.expr
                    ),
                );
            }
            return res;
        }
        let k = self.basic(x.ty).unwrap_or(BasicKind::Invalid);
        let t = x.ty;
        let ok = match op {
            BinaryOp::Add => self.all_kinds(t, |k| k.is_numeric() || k.is_string()),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div => self.all_kinds(t, |k| k.is_numeric()),
            BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot => {
                self.all_kinds(t, |k| k.is_integer())
            }
            BinaryOp::LAnd | BinaryOp::LOr => self.all_kinds(t, |k| k.is_boolean()),
            _ => false,
        };
        if !ok {
            let d = self.describe(&x);
            self.error(
                x.pos,
                format!(
                    "invalid operation: operator {} not defined on {d}",
                    op.as_str()
                ),
            );
            return res;
        }
        if matches!(op, BinaryOp::Div | BinaryOp::Rem) && (x.is_const() || k.is_integer()) {
            if let Some(v) = y.val() {
                if v.is_zero() {
                    self.error(y.pos, "invalid operation: division by zero");
                    return res;
                }
            }
        }
        res.ty = x.ty;
        if let (Some(ConstValue::String(a)), Some(ConstValue::String(b))) = (x.val(), y.val()) {
            // gc limits constant strings to 2e9 bytes; we materialise them, so the limit is
            // lower (real programs never come close).
            let len = a.len() as u64 + b.len() as u64;
            if len > MAX_CONST_STRING {
                self.error(
                    res.pos,
                    format!("constant string too long ({len} bytes > {MAX_CONST_STRING} bytes)"),
                );
                return res;
            }
        }
        if let (Some(a), Some(b)) = (x.val(), y.val()) {
            let int_div = k.is_integer();
            match cst::binary_op(a, op, b, int_div) {
                Ok(v) => {
                    res.mode = OpMode::Constant(v);
                    self.check_overflow(&mut res, op.as_str());
                }
                Err(_) => {
                    self.error(y.pos, "invalid operation: division by zero");
                    res.mode = OpMode::Invalid;
                }
            }
            return res;
        }
        res.mode = OpMode::Value;
        res
    }

    /// types2's matchTypes: convert an untyped operand to the other's type.
    pub fn match_types(&mut self, x: &mut Operand, y: &mut Operand, l: &ast::Expr, r: &ast::Expr) {
        let may_convert = |c: &Self, x: &Operand, y: &Operand| -> bool {
            let (xu, yu) = (c.is_untyped(x.ty), c.is_untyped(y.ty));
            if !xu && !yu {
                return false;
            }
            // allNumeric / allBoolean / allString over type sets
            let all = |t: TypeId, f: fn(BasicKind) -> bool| c.all_kinds(t, f);
            if all(x.ty, BasicKind::is_numeric) != all(y.ty, BasicKind::is_numeric) {
                return false;
            }
            if (c.is_interface(x.ty) && !c.is_type_param(x.ty))
                || (c.is_interface(y.ty) && !c.is_type_param(y.ty))
            {
                return true;
            }
            if all(x.ty, BasicKind::is_boolean) != all(y.ty, BasicKind::is_boolean) {
                return false;
            }
            if all(x.ty, BasicKind::is_string) != all(y.ty, BasicKind::is_string) {
                return false;
            }
            if x.is_nil() {
                return c.has_nil(y.ty);
            }
            if y.is_nil() {
                return c.has_nil(x.ty);
            }
            let ptr = |t: TypeId| matches!(c.t().get(c.under(t)), Type::Pointer(_));
            if ptr(x.ty) || ptr(y.ty) {
                return false;
            }
            true
        };
        if may_convert(self, x, y) {
            let yt = y.ty;
            self.convert_untyped(x, yt, Some(l));
            if x.is_invalid() {
                return;
            }
            let xt = x.ty;
            self.convert_untyped(y, xt, Some(r));
            if y.is_invalid() {
                x.mode = OpMode::Invalid;
            }
        }
    }

    pub(super) fn comparison(
        &mut self,
        mut res: Operand,
        mut x: Operand,
        y: Operand,
        op: BinaryOp,
        l: &ast::Expr,
        r: &ast::Expr,
    ) -> Operand {
        let ok_assign = self.assignable_to(&x, y.ty).0 || self.assignable_to(&y, x.ty).0;
        // (offending operand is x: true / y: false, cause)
        let mut err: Option<(bool, String)> = None;
        if !ok_assign {
            let (a, b) = (self.operand_type_string(&x), self.operand_type_string(&y));
            err = Some((false, format!("mismatched types {a} and {b}")));
        } else if matches!(op, BinaryOp::Eq | BinaryOp::Ne) {
            if x.is_nil() || y.is_nil() {
                let typ = if x.is_nil() { y.ty } else { x.ty };
                if !self.has_nil(typ) {
                    err = Some((false, String::new()));
                }
            } else if !self.comparable(x.ty) {
                err = Some((true, self.incomparable_cause(x.ty)));
            } else if !self.comparable(y.ty) {
                err = Some((false, self.incomparable_cause(y.ty)));
            }
        } else {
            let ord = |c: &Self, t: TypeId| c.all_kinds(t, |k| k.is_ordered());
            if !ord(self, x.ty) {
                err = Some((true, String::new()));
            } else if !ord(self, y.ty) {
                err = Some((false, String::new()));
            }
        }
        if let Some((on_x, mut cause)) = err {
            let eop = if on_x { &x } else { &y };
            if cause.is_empty() {
                let kind = super::operand::composite_kind(self.t(), eop.ty);
                let what = if kind.is_empty() {
                    self.type_string(eop.ty)
                } else {
                    kind.to_string()
                };
                cause = format!("operator {} not defined on {what}", op.as_str());
            }
            self.error(
                eop.pos,
                format!(
                    "invalid operation: {} {} {} ({cause})",
                    x.expr,
                    op.as_str(),
                    y.expr
                ),
            );
            return res;
        }
        if let (Some(a), Some(b)) = (x.val(), y.val()) {
            if let Some(v) = cst::compare(a, op, b) {
                res.mode = OpMode::Constant(ConstValue::Bool(v));
                res.ty = BasicKind::UntypedBool.id();
                return res;
            }
        }
        // Untyped operands of a non-constant comparison get their default types.
        if self.is_untyped(x.ty) {
            let t = self.default_type(x.ty);
            self.convert_untyped(&mut x, t, Some(l));
        }
        if self.is_untyped(y.ty) {
            let t = self.default_type(y.ty);
            let mut y = y;
            self.convert_untyped(&mut y, t, Some(r));
        }
        res.mode = OpMode::Value;
        res.ty = BasicKind::UntypedBool.id();
        res
    }

    pub fn incomparable_cause_pub(&self, t: TypeId) -> String {
        self.incomparable_cause(t)
    }

    pub(super) fn incomparable_cause(&self, t: TypeId) -> String {
        match self.t().get(self.under(t)) {
            Type::Slice(_) => "slice can only be compared to nil".into(),
            Type::Map { .. } => "map can only be compared to nil".into(),
            Type::Signature(_) => "func can only be compared to nil".into(),
            Type::Struct(s) => {
                for f in &s.fields {
                    if !self.comparable(f.ty) {
                        return format!(
                            "struct containing {} cannot be compared",
                            self.type_string(f.ty)
                        );
                    }
                }
                "struct cannot be compared".into()
            }
            _ => format!("operator == not defined on {}", self.type_string(t)),
        }
    }

    pub(super) fn shift(
        &mut self,
        mut res: Operand,
        mut x: Operand,
        mut y: Operand,
        op: BinaryOp,
        _l: &ast::Expr,
        r: &ast::Expr,
    ) -> Operand {
        // lhs must be integer (or an untyped constant representable as one)
        let xk = self.basic(x.ty).unwrap_or(BasicKind::Invalid);
        if xk.is_untyped() && x.is_const() {
            if let Some(i) = x.val().and_then(|v| v.to_int()) {
                if !xk.is_integer() {
                    x.mode = OpMode::Constant(ConstValue::Int(i));
                    x.ty = BasicKind::UntypedInt.id();
                }
            }
        }
        let xk = self.basic(x.ty).unwrap_or(BasicKind::Invalid);
        if !xk.is_integer() {
            let d = self.describe(&x);
            self.error(
                x.pos,
                format!("invalid operation: shifted operand {d} must be integer"),
            );
            return res;
        }
        // rhs (types2's rules): a constant must not be negative and, if untyped, be
        // representable as uint; otherwise an integer, or untyped (converted to uint).
        if let Some(v) = y.val().cloned() {
            if v.to_int().map(|i| i < BigInt::from(0)).unwrap_or(false) {
                let d = self.describe(&y);
                self.error(
                    y.pos,
                    format!("invalid operation: negative shift count {d}"),
                );
                return res;
            }
            if self.is_untyped(y.ty) {
                match self.representation(&y, BasicKind::Uint) {
                    Ok(nv) => {
                        y.mode = OpMode::Constant(nv);
                        let ut = BasicKind::Uint.id();
                        y.ty = ut;
                        self.update_expr_type(r, ut);
                    }
                    Err(code) => {
                        let ut = BasicKind::Uint.id();
                        self.invalid_conversion(code, &y, ut);
                        return res;
                    }
                }
            }
        } else if self.all_kinds(y.ty, |k| k.is_integer()) {
        } else if self.is_untyped(y.ty) {
            let ut = BasicKind::Uint.id();
            self.convert_untyped(&mut y, ut, Some(r));
            if y.is_invalid() {
                return res;
            }
        } else {
            let d = self.describe(&y);
            self.error(
                y.pos,
                format!("invalid operation: shift count {d} must be integer"),
            );
            return res;
        }
        if let (Some(xv), Some(yv)) = (x.val().cloned(), y.val().cloned()) {
            // 1023 - 1 + 52: enough to express the smallest float64 (types2's bound).
            let s = yv
                .to_int()
                .and_then(|i| u64::try_from(i).ok())
                .unwrap_or(u64::MAX);
            if s > 1074 {
                let d = self.describe(&y);
                self.error(y.pos, format!("invalid operation: invalid shift count {d}"));
                return res;
            }
            let xi = xv.to_int().unwrap_or_default();
            let v = cst::shift(&xi, op, s.min(100_000));
            res.mode = OpMode::Constant(ConstValue::Int(v));
            res.ty = x.ty;
            self.check_overflow(&mut res, op.as_str());
            return res;
        }
        // A non-constant shift of an untyped constant stays untyped: the constant takes
        // the type the context gives the whole expression (update_expr_type checks that it
        // is an integer type then).
        res.mode = OpMode::Value;
        res.ty = x.ty;
        res
    }

    /// Typed constants must be representable; untyped ones within the size limit.
    pub(super) fn check_overflow(&mut self, x: &mut Operand, op: &str) {
        let Some(v) = x.val().cloned() else { return };
        if !self.is_untyped(x.ty) {
            let k = self.basic(x.ty).unwrap_or(BasicKind::Invalid);
            match cst::representable(&v, k) {
                Ok(nv) => x.mode = OpMode::Constant(nv),
                Err(_) => {
                    let d = self.describe(x);
                    let ts = self.type_string(x.ty);
                    self.error(x.pos, format!("{d} overflows {ts}"));
                    x.mode = OpMode::Invalid;
                }
            }
            return;
        }
        if let ConstValue::Int(i) = &v {
            if i.bits() > cst::MAX_INT_BITS {
                let name = op_name(op);
                self.error(x.pos, format!("constant {name} overflow"));
                x.mode = OpMode::Invalid;
            }
        }
    }
}
