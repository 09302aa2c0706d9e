//! Expressions: operands, untyped conversion and defaulting, unary/binary operators,
//! comparisons, shifts, constants.

use num_bigint::BigInt;

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
                return elems
                    .iter()
                    .map(|t| Operand {
                        mode: OpMode::Value,
                        ty: *t,
                        id: x.id,
                        pos: x.pos,
                        expr: x.expr.clone(),
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

    /// Typed constants must be representable; untyped ones within the size limit.
    fn check_overflow(&mut self, x: &mut Operand, op: &str) {
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

    // ----- binary -----

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

    fn comparison(
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

    fn incomparable_cause(&self, t: TypeId) -> String {
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

    fn shift(
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

/// Largest constant string we build (bytes).
const MAX_CONST_STRING: u64 = 1 << 26;

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

fn op_name(op: &str) -> &'static str {
    match op {
        "+" => "addition",
        "-" => "subtraction",
        "^" => "bitwise complement",
        "*" => "multiplication",
        "<<" => "shift",
        _ => "operation",
    }
}
