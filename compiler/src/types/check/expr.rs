//! Expressions: operands, untyped conversion and defaulting, unary/binary operators,
//! comparisons, shifts, constants.

use super::*;
use crate::constant::{self as cst, ReprError};
use crate::syntax::ast::{BinaryOp, ExprKind, UnaryOp};
use crate::types::exprstring::expr_string;

impl<'a> Checker<'a> {
    pub fn describe(&self, x: &Operand) -> String {
        x.describe_as(
            &self.info,
            Some(self.pkg),
            self.operand_tyname(x).as_deref(),
        )
    }

    /// The byte/rune spelling of a variable operand's declared type, if any.
    pub fn operand_tyname(&self, x: &Operand) -> Option<String> {
        let id = x.id?;
        let o = self.info.uses.get(&id)?;
        let (t, s) = self.obj_display.get(o)?;
        (*t == x.ty).then(|| s.clone())
    }

    /// An operand's type as gc names it (see `operand_tyname`).
    pub fn operand_type_string(&self, x: &Operand) -> String {
        self.operand_tyname(x)
            .unwrap_or_else(|| self.type_string(x.ty))
    }

    /// A single-valued expression.
    pub fn expr(&mut self, e: &'a ast::Expr) -> Operand {
        self.expr_hint(e, None)
    }

    /// A single-valued expression; `hint` is the expected type for untyped composite
    /// literal elements (elided types).
    pub fn expr_hint(&mut self, e: &'a ast::Expr, hint: Option<TypeId>) -> Operand {
        let mut x = self.raw_expr(e, hint, false);
        self.exclude(&mut x, true);
        self.single_value(&mut x);
        x
    }

    /// An expression or a type.
    pub fn expr_or_type(&mut self, e: &'a ast::Expr) -> Operand {
        let mut x = self.raw_expr(e, None, true);
        if x.mode == OpMode::NoValue {
            let d = self.describe(&x);
            self.error(x.pos, format!("{d} used as value or type"));
            x.mode = OpMode::Invalid;
        }
        self.single_value(&mut x);
        x
    }

    /// Like `expr` but a call may return several values (returned as a Tuple type).
    pub fn multi_expr(&mut self, e: &'a ast::Expr) -> Vec<Operand> {
        let mut x = self.raw_expr(e, None, false);
        self.exclude(&mut x, true);
        if let Type::Tuple(elems) = self.t().get(x.ty).clone() {
            if !x.is_invalid() {
                // Each result is described as "2nd function result" in messages (types2).
                return elems
                    .iter()
                    .enumerate()
                    .map(|(i, t)| Operand {
                        mode: OpMode::Value,
                        ty: *t,
                        id: None,
                        pos: x.pos,
                        expr: nth(i + 1, "function result"),
                    })
                    .collect();
            }
        }
        vec![x]
    }

    fn exclude(&mut self, x: &mut Operand, value_only: bool) {
        let msg = match x.mode {
            OpMode::NoValue => Some(format!("{} (no value) used as value", x.expr)),
            OpMode::Builtin(_) => Some(format!("{} (built-in) must be called", x.expr)),
            OpMode::TypeExpr if value_only => {
                Some(format!("{} (type) is not an expression", x.expr))
            }
            _ => None,
        };
        if let Some(m) = msg {
            self.error(x.pos, m);
            x.mode = OpMode::Invalid;
        }
    }

    pub fn single_value(&mut self, x: &mut Operand) {
        if x.is_value() {
            if let Type::Tuple(v) = self.t().get(x.ty) {
                let n = v.len();
                self.error(
                    x.pos,
                    format!(
                        "multiple-value {} (value of type {}) in single-value context",
                        x.expr,
                        self.type_string(x.ty)
                    ),
                );
                let _ = n;
                x.mode = OpMode::Invalid;
            }
        }
    }

    /// Checks `e` and records its type. `allow_generic`: type expressions allowed.
    pub fn raw_expr(&mut self, e: &'a ast::Expr, hint: Option<TypeId>, _types_ok: bool) -> Operand {
        let mut x = self.expr_internal(e, hint);
        x.id = Some(e.id);
        x.pos = e.start_pos();
        if x.expr.is_empty() {
            x.expr = expr_string(e);
        }
        if !x.is_invalid() {
            self.record(e, &x);
        }
        x
    }

    fn expr_internal(&mut self, e: &'a ast::Expr, hint: Option<TypeId>) -> Operand {
        let mut x = Operand::invalid(e.start_pos());
        x.expr = expr_string(e);
        match &e.kind {
            ExprKind::Bad => {}
            ExprKind::Ident(name) => return self.ident(e, name, false),
            ExprKind::BasicLit { kind, raw } => return self.basic_lit(e, *kind, raw),
            ExprKind::Paren(inner) => {
                let mut y = self.raw_expr(inner, hint, true);
                y.expr = expr_string(e);
                return y;
            }
            ExprKind::FuncLit { ty, body } => {
                let (sig, objs) = self.signature(ty, None, None, true);
                self.sig_objs.insert(e.id, objs.clone());
                self.func_body(sig, &objs, body, Some(e.id));
                x.mode = OpMode::Value;
                x.ty = sig;
            }
            ExprKind::CompositeLit { ty, elts, .. } => {
                return self.composite_lit(e, ty.as_deref(), elts, hint)
            }
            ExprKind::Selector { .. } => return self.selector(e, false),
            ExprKind::Index { x: base, indices } => return self.index_expr(e, base, indices),
            ExprKind::Slice {
                x: base,
                lo,
                hi,
                max,
                three,
            } => {
                return self.slice_expr(
                    e,
                    base,
                    lo.as_deref(),
                    hi.as_deref(),
                    max.as_deref(),
                    *three,
                )
            }
            ExprKind::TypeAssert { x: base, ty } => {
                let y = self.expr(base);
                if y.is_invalid() {
                    return x;
                }
                let Some(ty) = ty else {
                    self.error(
                        e.start_pos(),
                        "invalid syntax tree: use of .(type) outside type switch",
                    );
                    return x;
                };
                if !self.is_interface(y.ty) {
                    let d = self.describe(&y);
                    self.error(y.pos, format!("invalid operation: {d} is not an interface"));
                    return x;
                }
                let t = self.typ(ty);
                if t == self.invalid() {
                    return x;
                }
                self.type_assertion(&y, t, e);
                x.mode = OpMode::CommaOk;
                x.ty = t;
            }
            ExprKind::Call { .. } => return self.call_expr(e),
            ExprKind::Star(inner) => {
                let y = self.expr_or_type(inner);
                match y.mode {
                    OpMode::Invalid => {}
                    OpMode::TypeExpr => {
                        x.mode = OpMode::TypeExpr;
                        x.ty = self.tt().pointer(y.ty);
                    }
                    _ => {
                        if y.is_nil() {
                            self.error(y.pos, "invalid operation: cannot indirect nil");
                            return x;
                        }
                        match self.t().get(self.under(y.ty)).clone() {
                            Type::Pointer(b) => {
                                x.mode = OpMode::Variable;
                                x.ty = b;
                            }
                            _ => {
                                let d = self.describe(&y);
                                self.error(
                                    e.pos,
                                    format!("invalid operation: cannot indirect {d}"),
                                );
                            }
                        }
                    }
                }
            }
            ExprKind::Unary { op, x: inner } => return self.unary(e, *op, inner, hint),
            ExprKind::Binary { op, x: l, y: r } => {
                return self.binary(e.start_pos(), expr_string(e), *op, l, r)
            }
            ExprKind::KeyValue { .. } => {
                self.error(e.start_pos(), "unexpected key:value expression");
            }
            ExprKind::ArrayType { .. }
            | ExprKind::StructType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. } => {
                let t = self.typ(e);
                if t != self.invalid() {
                    x.mode = OpMode::TypeExpr;
                    x.ty = t;
                }
            }
            ExprKind::Ellipsis(_) => {
                self.error(e.pos, "invalid use of ...");
            }
        }
        x
    }

    fn basic_lit(&mut self, e: &ast::Expr, kind: ast::LitKind, raw: &str) -> Operand {
        let mut x = Operand::invalid(e.pos);
        x.expr = raw.to_string();
        let (v, t) = match kind {
            ast::LitKind::Int => (
                cst::parse_int(raw).map(ConstValue::Int),
                BasicKind::UntypedInt,
            ),
            ast::LitKind::Float => (
                cst::parse_float(raw).map(ConstValue::Float),
                BasicKind::UntypedFloat,
            ),
            ast::LitKind::Imag => (cst::parse_imag(raw), BasicKind::UntypedComplex),
            ast::LitKind::Char => (
                cst::parse_char(raw).map(ConstValue::Int),
                BasicKind::UntypedRune,
            ),
            ast::LitKind::String => (
                cst::parse_string(raw).map(ConstValue::String),
                BasicKind::UntypedString,
            ),
        };
        match v {
            Some(v) => {
                if let ConstValue::Int(i) = &v {
                    if i.bits() > cst::MAX_INT_BITS {
                        self.error(e.pos, format!("integer constant overflow: {raw}"));
                        return x;
                    }
                }
                x.mode = OpMode::Constant(v);
                x.ty = t.id();
            }
            None => self.error(e.pos, format!("malformed constant: {raw}")),
        }
        x
    }

    // ----- untyped conversion -----

    /// Default type of an untyped type (types2's Default).
    pub fn default_type(&self, t: TypeId) -> TypeId {
        match self.t().get(t) {
            Type::Basic(k) => match k {
                BasicKind::UntypedBool => BasicKind::Bool.id(),
                BasicKind::UntypedInt => BasicKind::Int.id(),
                BasicKind::UntypedRune => BasicKind::Int32.id(),
                BasicKind::UntypedFloat => BasicKind::Float64.id(),
                BasicKind::UntypedComplex => BasicKind::Complex128.id(),
                BasicKind::UntypedString => BasicKind::String.id(),
                _ => t,
            },
            _ => t,
        }
    }

    /// Updates the recorded type of an untyped expression tree to `t`.
    pub fn update_expr_type(&mut self, e: &ast::Expr, t: TypeId) {
        let Some(tv) = self.info.types.get(&e.id) else {
            return;
        };
        if !self.is_untyped(tv.ty) {
            return;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.update_expr_type(x, t),
            ExprKind::Unary { op, x } if *op != UnaryOp::Recv && *op != UnaryOp::Addr => {
                self.update_expr_type(x, t)
            }
            ExprKind::Binary { op, x, y } => {
                let cmp = matches!(
                    op,
                    BinaryOp::Eq
                        | BinaryOp::Ne
                        | BinaryOp::Lt
                        | BinaryOp::Le
                        | BinaryOp::Gt
                        | BinaryOp::Ge
                );
                if !cmp {
                    if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
                        let is_const = matches!(
                            self.info.types.get(&e.id).map(|tv| &tv.mode),
                            Some(Mode::Constant(_))
                        );
                        if !is_const && !self.basic(t).map(|k| k.is_integer()).unwrap_or(false) {
                            let xs = expr_string(x);
                            let ts = self.type_string(t);
                            self.error(x.start_pos(), format!("invalid operation: shifted operand {xs} (type {ts}) must be integer"));
                        }
                        self.update_expr_type(x, t);
                    } else {
                        self.update_expr_type(x, t);
                        self.update_expr_type(y, t);
                    }
                }
            }
            _ => {}
        }
        if let Some(tv) = self.info.types.get_mut(&e.id) {
            // Constant values are converted to the representation of `t`.
            if let (Mode::Constant(v), Some(k)) = (&tv.mode, self.info.table.basic_kind(t)) {
                if let Ok(nv) = cst::representable(v, k) {
                    tv.mode = Mode::Constant(nv);
                }
            }
            tv.ty = t;
        }
    }

    /// Implicit conversion of an untyped operand to `target` (types2's convertUntyped).
    pub fn convert_untyped(&mut self, x: &mut Operand, target: TypeId, e: Option<&ast::Expr>) {
        if x.is_invalid() || !self.is_untyped(x.ty) || target == self.invalid() {
            return;
        }
        match self.implicit_type(x, target) {
            Ok((t, v)) => {
                if let Some(v) = v {
                    x.mode = OpMode::Constant(v);
                }
                if x.is_const() && self.is_type_param(t) {
                    x.mode = OpMode::Value;
                }
                if t != x.ty {
                    x.ty = t;
                    if let Some(e) = e {
                        self.update_expr_type(e, t);
                    }
                }
            }
            Err(code) => {
                let tu = self.under(target);
                self.invalid_conversion(code, x, tu);
                x.mode = OpMode::Invalid;
            }
        }
    }

    pub fn invalid_conversion(&mut self, code: ReprError, x: &Operand, t: TypeId) {
        let d = self.describe(x);
        let ts = self.type_string(t);
        let msg = match code {
            ReprError::Truncated => format!("{d} truncated to {ts}"),
            ReprError::Overflows => format!("{d} overflows {ts}"),
            ReprError::Mismatch => format!("cannot convert {d} to type {ts}"),
        };
        self.error(x.pos, msg);
    }

    /// Representation of constant `x` in basic kind `k`, classified as types2 does.
    pub fn representation(&self, x: &Operand, k: BasicKind) -> Result<ConstValue, ReprError> {
        let v = x.val().cloned().unwrap_or(ConstValue::int(0));
        match cst::representable(&v, k) {
            Ok(v) => Ok(v),
            Err(_) => {
                let xk = self.basic(x.ty).unwrap_or(BasicKind::Invalid);
                if xk.is_numeric() && k.is_numeric() {
                    if !xk.is_integer() && k.is_integer() {
                        Err(ReprError::Truncated)
                    } else {
                        Err(ReprError::Overflows)
                    }
                } else {
                    Err(ReprError::Mismatch)
                }
            }
        }
    }

    fn implicit_type(
        &mut self,
        x: &Operand,
        target: TypeId,
    ) -> Result<(TypeId, Option<ConstValue>), ReprError> {
        if self.is_untyped(target) {
            // both untyped: the "larger" kind
            let (a, b) = (self.basic(x.ty).unwrap(), self.basic(target).unwrap());
            if a.is_numeric() && b.is_numeric() {
                let rank = |k: BasicKind| match k {
                    BasicKind::UntypedInt => 1,
                    BasicKind::UntypedRune => 2,
                    BasicKind::UntypedFloat => 3,
                    _ => 4,
                };
                return Ok((if rank(a) >= rank(b) { x.ty } else { target }, None));
            }
            if a == b {
                return Ok((target, None));
            }
            return Err(ReprError::Mismatch);
        }
        if x.is_nil() {
            return if self.has_nil(target) {
                Ok((target, None))
            } else {
                Err(ReprError::Mismatch)
            };
        }
        let tu = self.under(target);
        match self.t().get(tu).clone() {
            Type::Basic(k) => {
                if x.is_const() {
                    let v = self.representation(x, k)?;
                    return Ok((target, Some(v)));
                }
                let xk = self.basic(x.ty).unwrap();
                let ok = match xk {
                    BasicKind::UntypedBool => k.is_boolean(),
                    BasicKind::UntypedInt
                    | BasicKind::UntypedRune
                    | BasicKind::UntypedFloat
                    | BasicKind::UntypedComplex => k.is_numeric(),
                    BasicKind::UntypedString => k.is_string(),
                    _ => false,
                };
                if ok {
                    Ok((target, None))
                } else {
                    Err(ReprError::Mismatch)
                }
            }
            Type::Interface(it) => {
                if self.is_type_param(target) {
                    return Ok((target, None));
                }
                if !it.methods.is_empty() || it.terms.is_some() {
                    return Err(ReprError::Mismatch);
                }
                Ok((self.default_type(x.ty), None))
            }
            Type::TypeParam { .. } => {
                // Must fit every type of the type set; the result is not a constant.
                if x.is_const() {
                    let terms = self
                        .tparam_constraint(tu)
                        .and_then(|i| i.terms.clone())
                        .unwrap_or_default();
                    for term in terms {
                        if let Some(k) = self.basic(term.ty) {
                            self.representation(x, k)?;
                        }
                    }
                }
                Ok((target, None))
            }
            _ => Err(ReprError::Mismatch),
        }
    }

    // ----- unary -----

    fn unary(
        &mut self,
        e: &'a ast::Expr,
        op: UnaryOp,
        inner: &'a ast::Expr,
        hint: Option<TypeId>,
    ) -> Operand {
        let mut x = Operand::invalid(e.start_pos());
        x.expr = expr_string(e);
        if op == UnaryOp::Addr {
            // &T{...} composite literal: the hint is the pointer's base.
            let h = hint.and_then(|h| match self.t().get(self.under(h)) {
                Type::Pointer(b) => Some(*b),
                _ => None,
            });
            let y = self.expr_hint(inner, h);
            if y.is_invalid() {
                return x;
            }
            let is_lit = matches!(strip_parens(inner).kind, ExprKind::CompositeLit { .. });
            if y.mode != OpMode::Variable && !is_lit {
                let d = self.describe(&y);
                self.error(
                    x.pos,
                    format!("invalid operation: cannot take address of {d}"),
                );
                return x;
            }
            x.mode = OpMode::Value;
            x.ty = self.tt().pointer(y.ty);
            return x;
        }
        if op == UnaryOp::Recv {
            let y = self.expr(inner);
            if y.is_invalid() {
                return x;
            }
            match self.t().get(self.under(y.ty)).clone() {
                Type::Chan { dir, elem } => {
                    if dir == ChanDir::Send {
                        let d = self.describe(&y);
                        self.error(
                            x.pos,
                            format!("invalid operation: cannot receive from send-only channel {d}"),
                        );
                        return x;
                    }
                    x.mode = OpMode::CommaOk;
                    x.ty = elem;
                }
                _ => {
                    let d = self.describe(&y);
                    self.error(
                        x.pos,
                        format!("invalid operation: cannot receive from non-channel {d}"),
                    );
                }
            }
            return x;
        }
        if op == UnaryOp::Tilde {
            self.error(
                e.pos,
                "cannot use ~ outside of interface or type constraint",
            );
            self.expr(inner);
            return x;
        }
        let y = self.expr(inner);
        if y.is_invalid() {
            return x;
        }
        let k = self.basic(y.ty).unwrap_or(BasicKind::Invalid);
        let ok = match op {
            UnaryOp::Plus | UnaryOp::Neg => self.all_kinds(y.ty, |k| k.is_numeric()),
            UnaryOp::Xor => self.all_kinds(y.ty, |k| k.is_integer()),
            UnaryOp::Not => self.all_kinds(y.ty, |k| k.is_boolean()),
            _ => false,
        };
        if !ok {
            let d = self.describe(&y);
            self.error(
                y.pos,
                format!(
                    "invalid operation: operator {} not defined on {d}",
                    op.as_str()
                ),
            );
            return x;
        }
        x.ty = y.ty;
        if let Some(v) = y.val() {
            let bits = if k.is_unsigned() {
                Some(crate::types::layout::sizeof(self.t(), y.ty) as u32 * 8)
            } else {
                None
            };
            match cst::unary_op(op, v, bits) {
                Some(nv) => {
                    x.mode = OpMode::Constant(nv);
                    self.check_overflow(&mut x, op.as_str());
                }
                None => x.mode = OpMode::Value,
            }
            return x;
        }
        x.mode = OpMode::Value;
        x
    }

    // ----- binary -----

    /// Reports an impossible type assertion `x.(T)` for concrete T.
    fn type_assertion(&mut self, x: &Operand, t: TypeId, e: &ast::Expr) {
        if self.is_interface(t) || self.is_type_param(t) {
            return;
        }
        if let Some(reason) = self.missing_method(t, x.ty) {
            let ts = self.type_string(t);
            let xs = self.describe(x);
            let _ = e;
            let why = reason
                .split_once('(')
                .map(|(_, r)| r.trim_end_matches(')').to_string())
                .unwrap_or_default();
            self.error(
                x.pos,
                format!(
                    "impossible type assertion: {}\n\t{ts} does not implement {} ({why})",
                    expr_string(e),
                    self.type_string(x.ty)
                ),
            );
            let _ = xs;
        }
    }

    /// Replaces the remaining untyped types in `info.types` with their defaults.
    pub(super) fn default_untyped(&mut self) {
        let ids: Vec<NodeId> = self
            .info
            .types
            .iter()
            .filter(|(_, tv)| self.is_untyped(tv.ty) && tv.ty != BasicKind::UntypedNil.id())
            .map(|(k, _)| *k)
            .collect();
        for id in ids {
            let tv = self.info.types.get(&id).unwrap().clone();
            let t = self.default_type(tv.ty);
            let mut nv = tv.clone();
            nv.ty = t;
            if let (Mode::Constant(v), Some(k)) = (&tv.mode, self.info.table.basic_kind(t)) {
                if let Ok(v2) = cst::representable(v, k) {
                    nv.mode = Mode::Constant(v2);
                }
            }
            self.info.types.insert(id, nv);
        }
    }
}

/// "1st", "2nd", "3rd", "4th" ... `what`.
fn nth(n: usize, what: &str) -> String {
    let ext = match n {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    };
    format!("{n}{ext} {what}")
}

/// Largest constant string we build (bytes).
pub(super) const MAX_CONST_STRING: u64 = 1 << 26;

pub(crate) fn is_comparison(op: BinaryOp) -> bool {
    matches!(
        op,
        BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge
    )
}

pub(crate) fn strip_parens(e: &ast::Expr) -> &ast::Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip_parens(x),
        _ => e,
    }
}

pub(super) fn op_name(op: &str) -> &'static str {
    match op {
        "+" => "addition",
        "-" => "subtraction",
        "^" => "bitwise complement",
        "*" => "multiplication",
        "<<" => "shift",
        _ => "operation",
    }
}
