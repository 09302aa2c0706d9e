//! Built-in functions (universe and package unsafe).

use super::*;
use crate::types::exprstring::expr_string;
use crate::types::layout;

impl<'a> Checker<'a> {
    pub(super) fn builtin(
        &mut self,
        e: &'a ast::Expr,
        b: Builtin,
        args: &'a [ast::Expr],
        dots: bool,
    ) -> Operand {
        let mut res = Operand::invalid(e.start_pos());
        res.expr = expr_string(e);
        let name = b.name();
        let (min, max): (usize, Option<usize>) = match b {
            Builtin::Append => (1, None),
            Builtin::Cap
            | Builtin::Len
            | Builtin::Clear
            | Builtin::Close
            | Builtin::Imag
            | Builtin::Real
            | Builtin::New
            | Builtin::Panic => (1, Some(1)),
            Builtin::Complex | Builtin::Copy | Builtin::Delete => (2, Some(2)),
            Builtin::Make => (1, Some(3)),
            Builtin::Max | Builtin::Min => (1, None),
            Builtin::Print | Builtin::Println => (0, None),
            Builtin::Recover => (0, Some(0)),
            Builtin::Alignof
            | Builtin::Offsetof
            | Builtin::Sizeof
            | Builtin::SliceData
            | Builtin::StringData => (1, Some(1)),
            Builtin::Add | Builtin::Slice | Builtin::String => (2, Some(2)),
        };
        if dots && b != Builtin::Append {
            self.error(
                e.start_pos(),
                format!("invalid operation: invalid use of ... with built-in {name}"),
            );
            for a in args {
                self.expr(a);
            }
            return res;
        }
        // Arguments are evaluated first (a single multi-valued call is spread), except
        // for the builtins whose first argument is a type or a selector.
        let pre = !matches!(b, Builtin::Make | Builtin::New | Builtin::Offsetof);
        let (xs, exs): (Vec<Operand>, Vec<Option<&'a ast::Expr>>) = if pre {
            let (xs, exs) = self.eval_args(args);
            if xs.iter().any(|x| x.is_invalid()) {
                return res;
            }
            (xs, exs)
        } else {
            (Vec::new(), Vec::new())
        };
        let n = if pre { xs.len() } else { args.len() };
        if n < min || max.map(|m| n > m).unwrap_or(false) {
            let (q, want) = if n < min {
                ("not enough", min)
            } else {
                ("too many", max.unwrap())
            };
            if !pre {
                for a in args {
                    self.expr_or_type(a);
                }
            }
            self.error(
                e.start_pos(),
                format!(
                    "invalid operation: {q} arguments for {} (expected {want}, found {n})",
                    res.expr
                ),
            );
            return res;
        }
        let arg = |k: usize| xs[k].clone();
        let bfn = || format!("built-in {name}");
        match b {
            Builtin::Len | Builtin::Cap => {
                let x = arg(0);
                if x.is_invalid() {
                    return res;
                }
                let u = self.under(x.ty);
                let u = match self.t().get(u) {
                    Type::Pointer(p)
                        if matches!(self.t().get(self.under(*p)), Type::Array { .. }) =>
                    {
                        self.under(*p)
                    }
                    _ => u,
                };
                let mut cval = None;
                let ok = match self.t().get(u).clone() {
                    Type::TypeParam { .. } => self.type_set_all(u, |c, t| {
                        matches!(c.t().get(c.t().underlying(t)), Type::Basic(k) if k.is_string() && b == Builtin::Len)
                            || matches!(c.t().get(c.t().underlying(t)), Type::Slice(_) | Type::Array { .. } | Type::Chan { .. })
                            || (b == Builtin::Len && matches!(c.t().get(c.t().underlying(t)), Type::Map { .. }))
                    }),
                    Type::Basic(k) if k.is_string() && b == Builtin::Len => {
                        if let Some(ConstValue::String(s)) = x.val() {
                            cval = Some(ConstValue::int(s.len() as i64));
                        }
                        true
                    }
                    Type::Array { len, .. } => {
                        if exs[0].map(|a| !self.contains_call_or_recv(a)).unwrap_or(false) {
                            cval = Some(ConstValue::int(len as i64));
                        }
                        true
                    }
                    Type::Slice(_) | Type::Chan { .. } => true,
                    Type::Map { .. } => b == Builtin::Len,
                    _ => false,
                };
                if !ok {
                    let d = self.describe(&x);
                    self.error(x.pos, format!("invalid argument: {d} for {}", bfn()));
                    return res;
                }
                if self.is_untyped(x.ty) {
                    let mut x = x;
                    let st = BasicKind::String.id();
                    self.convert_untyped(&mut x, st, exs[0]);
                }
                res.ty = BasicKind::Int.id();
                res.mode = match cval {
                    Some(v) => OpMode::Constant(v),
                    None => OpMode::Value,
                };
            }
            Builtin::Append => {
                let s = arg(0);
                let elem = match self.t().get(self.under(s.ty)) {
                    Type::Slice(el) => *el,
                    _ => {
                        let have = if s.is_nil() {
                            "untyped nil".to_string()
                        } else {
                            self.describe(&s)
                        };
                        self.error(
                            s.pos,
                            format!("invalid append: argument must be a slice; have {have}"),
                        );
                        return res;
                    }
                };
                if dots {
                    if n != 2 {
                        self.error(
                            e.start_pos(),
                            "can only use ... with final argument in list",
                        );
                        return res;
                    }
                    let mut y = arg(1);
                    // append([]byte, string...) is allowed
                    let is_bytes = self.basic(elem) == Some(BasicKind::Uint8);
                    let stringish = self.basic(y.ty).map(|k| k.is_string()).unwrap_or(false)
                        || (self.is_type_param(y.ty)
                            && self.type_set_all(y.ty, |c, t| {
                                match c.t().get(c.t().underlying(t)) {
                                    Type::Basic(k) => k.is_string(),
                                    Type::Slice(e) => c.basic(*e) == Some(BasicKind::Uint8),
                                    _ => false,
                                }
                            }));
                    if is_bytes && stringish {
                        let st = BasicKind::String.id();
                        self.convert_untyped(&mut y, st, exs[1]);
                    } else {
                        let st = s.ty;
                        let ctx = "argument to append".to_string();
                        let want = self.under(st);
                        let _ = want;
                        let slice_t = self.tt().slice(elem);
                        self.assignment(&mut y, Some(slice_t), &ctx, exs[1]);
                    }
                } else {
                    for (k, ex) in exs.iter().enumerate().skip(1) {
                        let mut y = arg(k);
                        self.assignment(&mut y, Some(elem), "argument to append", *ex);
                    }
                }
                res.mode = OpMode::Value;
                res.ty = s.ty;
            }
            Builtin::Make => {
                let t = self.typ(&args[0]);
                if t == self.invalid() {
                    for a in &args[1..] {
                        self.expr(a);
                    }
                    return res;
                }
                let min_args = match self.t().get(self.under(t)) {
                    Type::Slice(_) => 2,
                    Type::Map { .. } | Type::Chan { .. } => 1,
                    _ => {
                        let ts = expr_string(&args[0]);
                        self.error(args[0].start_pos(), format!("invalid argument: cannot make {ts}: type must be slice, map, or channel"));
                        for a in &args[1..] {
                            self.expr(a);
                        }
                        return res;
                    }
                };
                if n < min_args || (min_args == 1 && n > 2) {
                    let ts = self.type_string(t);
                    let msg = format!(
                        "invalid operation: {} expects {min_args} or {} arguments; found {n}",
                        res.expr,
                        min_args + 1
                    );
                    let _ = ts;
                    self.error(e.start_pos(), msg);
                    for a in &args[1..] {
                        self.expr(a);
                    }
                    return res;
                }
                let mut sizes = Vec::new();
                for a in &args[1..] {
                    {
                        let x = self.expr(a);
                        sizes.push(self.size_arg(x, Some(a)));
                    }
                }
                if let (Some(Some(l)), Some(Some(c))) = (sizes.first(), sizes.get(1)) {
                    if l > c {
                        self.error(
                            args[1].start_pos(),
                            "invalid argument: length and capacity swapped",
                        );
                    }
                }
                res.mode = OpMode::Value;
                res.ty = t;
            }
            Builtin::New => {
                // new(T), or (Go 1.26) new(expr): a pointer to a copy of the value.
                let mut x = self.expr_or_type(&args[0]);
                let t = match x.mode {
                    OpMode::Invalid => return res,
                    OpMode::TypeExpr => x.ty,
                    _ => {
                        self.assignment(&mut x, None, "argument to new", Some(&args[0]));
                        if x.is_invalid() {
                            return res;
                        }
                        x.ty
                    }
                };
                res.mode = OpMode::Value;
                res.ty = self.tt().pointer(t);
            }
            Builtin::Copy => {
                let x = arg(0);
                let mut y = arg(1);
                let must_be_slice = |c: &Self, o: &Operand| {
                    let have = if o.is_nil() {
                        "untyped nil".to_string()
                    } else {
                        c.describe(o)
                    };
                    format!("invalid copy: argument must be a slice; have {have}")
                };
                let de = match self.t().get(self.under(x.ty)) {
                    Type::Slice(e) => *e,
                    _ => {
                        let m = must_be_slice(self, &x);
                        self.error(x.pos, m);
                        return res;
                    }
                };
                let bytes = self.basic(de) == Some(BasicKind::Uint8);
                let se = match self.t().get(self.under(y.ty)).clone() {
                    Type::Slice(e) => e,
                    Type::Basic(k) if k.is_string() => BasicKind::Uint8.id(),
                    _ => {
                        let m = must_be_slice(self, &y);
                        self.error(y.pos, m);
                        return res;
                    }
                };
                if !self.identical(de, se) {
                    let (a, bb) = (self.describe(&x), self.describe(&y));
                    let es = self.target_string(se);
                    let es = if self.basic(y.ty).map(|k| k.is_string()).unwrap_or(false) {
                        "byte".to_string()
                    } else {
                        es
                    };
                    self.error(
                        x.pos,
                        format!("invalid copy: arguments {a} and {bb} have different element types {} and {es}", self.type_string(de)),
                    );
                    return res;
                }
                if bytes && self.is_untyped(y.ty) {
                    let st = BasicKind::String.id();
                    self.convert_untyped(&mut y, st, exs[1]);
                }
                res.mode = OpMode::Value;
                res.ty = BasicKind::Int.id();
            }
            Builtin::Delete => {
                let m = arg(0);
                let mut k = arg(1);
                if m.is_invalid() || k.is_invalid() {
                    return res;
                }
                let Type::Map { key, .. } = self.t().get(self.under(m.ty)).clone() else {
                    let d = self.describe(&m);
                    self.error(m.pos, format!("invalid argument: {d} is not a map"));
                    return res;
                };
                self.assignment(&mut k, Some(key), "argument to delete", exs[1]);
                res.mode = OpMode::NoValue;
                res.ty = self.tt().tuple(vec![]);
            }
            Builtin::Clear => {
                let x = arg(0);
                if x.is_invalid() {
                    return res;
                }
                if !matches!(
                    self.t().get(self.under(x.ty)),
                    Type::Map { .. } | Type::Slice(_)
                ) {
                    let d = self.describe(&x);
                    self.error(
                        x.pos,
                        format!("invalid argument: cannot clear {d}: argument must be (or constrained by) map or slice"),
                    );
                    return res;
                }
                res.mode = OpMode::NoValue;
                res.ty = self.tt().tuple(vec![]);
            }
            Builtin::Close => {
                let x = arg(0);
                if x.is_invalid() {
                    return res;
                }
                match self.t().get(self.under(x.ty)) {
                    Type::Chan { dir, .. } if *dir != ChanDir::Recv => {}
                    Type::Chan { .. } => {
                        let d = self.describe(&x);
                        self.error(
                            x.pos,
                            format!("invalid operation: cannot close receive-only channel {d}"),
                        );
                        return res;
                    }
                    _ => {
                        let d = self.describe(&x);
                        self.error(
                            x.pos,
                            format!("invalid operation: cannot close non-channel {d}"),
                        );
                        return res;
                    }
                }
                res.mode = OpMode::NoValue;
                res.ty = self.tt().tuple(vec![]);
            }
            Builtin::Panic => {
                let mut x = arg(0);
                let any = self.empty_interface();
                self.assignment(&mut x, Some(any), "argument to panic", exs[0]);
                res.mode = OpMode::NoValue;
                res.ty = self.tt().tuple(vec![]);
            }
            Builtin::Print | Builtin::Println => {
                let (xs, es) = self.eval_args(args);
                for (mut x, e) in xs.into_iter().zip(es) {
                    self.assignment(&mut x, None, &format!("argument to {}", bfn()), e);
                }
                res.mode = OpMode::NoValue;
                res.ty = self.tt().tuple(vec![]);
            }
            Builtin::Recover => {
                res.mode = OpMode::Value;
                res.ty = self.empty_interface();
            }
            Builtin::Max | Builtin::Min => {
                let mut ops: Vec<Operand> = Vec::new();
                for x in xs.iter().cloned() {
                    if !self.all_kinds(x.ty, |k| k.is_ordered()) {
                        let d = self.describe(&x);
                        self.error(x.pos, format!("invalid argument: {d} cannot be ordered"));
                        return res;
                    }
                    ops.push(x);
                }
                let mut acc = ops[0].clone();
                for (i, x) in ops.iter().enumerate().skip(1) {
                    let mut y = x.clone();
                    let (l, r) = (exs[0].unwrap_or(e), exs[i].unwrap_or(e));
                    self.match_types(&mut acc, &mut y, l, r);
                    if acc.is_invalid() || y.is_invalid() {
                        return res;
                    }
                    if !self.identical(acc.ty, y.ty) {
                        let (a, bb) = (self.type_string(acc.ty), self.type_string(y.ty));
                        self.error(y.pos, format!("invalid argument: mismatched types {a} (previous argument) and {bb} (type of {})", y.expr));
                        return res;
                    }
                    if let (Some(av), Some(bv)) = (acc.val(), y.val()) {
                        let take = if b == Builtin::Max {
                            crate::constant::compare(bv, ast::BinaryOp::Gt, av).unwrap_or(false)
                        } else {
                            crate::constant::compare(bv, ast::BinaryOp::Lt, av).unwrap_or(false)
                        };
                        if take {
                            acc.mode = y.mode.clone();
                        }
                    } else {
                        acc.mode = OpMode::Value;
                    }
                    acc.ty = y.ty;
                }
                if !acc.is_const() {
                    acc.mode = OpMode::Value;
                    for a in exs.iter().flatten() {
                        let t = acc.ty;
                        if self.is_untyped(t) {
                            break;
                        }
                        self.update_expr_type(a, t);
                    }
                }
                res.mode = acc.mode;
                res.ty = acc.ty;
            }
            Builtin::Complex | Builtin::Real | Builtin::Imag => {
                // Basic support: typed/untyped floats and complexes.
                let k = self.basic(xs[0].ty).unwrap_or(BasicKind::Invalid);
                res.mode = OpMode::Value;
                res.ty = match (b, k) {
                    (Builtin::Complex, BasicKind::Float32) => BasicKind::Complex64.id(),
                    (Builtin::Complex, _) => BasicKind::Complex128.id(),
                    (_, BasicKind::Complex64) => BasicKind::Float32.id(),
                    _ => BasicKind::Float64.id(),
                };
            }
            Builtin::Sizeof | Builtin::Alignof => {
                let mut x = arg(0);
                if x.is_invalid() {
                    return res;
                }
                self.assignment(&mut x, None, &format!("argument to unsafe.{name}"), exs[0]);
                let v = if b == Builtin::Sizeof {
                    layout::sizeof(self.t(), x.ty)
                } else {
                    layout::alignof(self.t(), x.ty)
                };
                res.mode = OpMode::Constant(ConstValue::int(v as i64));
                res.ty = BasicKind::Uintptr.id();
            }
            Builtin::Offsetof => {
                let a = super::expr::strip_parens(&args[0]);
                let ast::ExprKind::Selector { x: base, .. } = &a.kind else {
                    self.error(
                        a.start_pos(),
                        format!(
                            "invalid argument: {} is not a selector expression",
                            expr_string(a)
                        ),
                    );
                    return res;
                };
                let x = self.expr(a);
                if x.is_invalid() {
                    return res;
                }
                let Some(sel) = self.info.selections.get(&a.id).cloned() else {
                    return res;
                };
                if sel.kind != SelectionKind::FieldVal || sel.indirect {
                    self.error(
                        a.start_pos(),
                        format!("invalid argument: {} is a method value", expr_string(a)),
                    );
                    return res;
                }
                let bt = self
                    .info
                    .types
                    .get(&base.id)
                    .map(|t| t.ty)
                    .unwrap_or(self.invalid());
                let mut off = 0u64;
                let mut t = bt;
                for i in &sel.index {
                    off += layout::field_offset(self.t(), t, *i);
                    t = self
                        .t()
                        .struct_type(t)
                        .map(|s| s.fields[*i].ty)
                        .unwrap_or(t);
                }
                res.mode = OpMode::Constant(ConstValue::int(off as i64));
                res.ty = BasicKind::Uintptr.id();
            }
            Builtin::Add => {
                let mut p = arg(0);
                let up = BasicKind::UnsafePointer.id();
                self.assignment(&mut p, Some(up), "argument to unsafe.Add", exs[0]);
                self.size_arg(arg(1), exs[1]);
                res.mode = OpMode::Value;
                res.ty = up;
            }
            Builtin::Slice => {
                let p = arg(0);
                self.size_arg(arg(1), exs[1]);
                if p.is_invalid() {
                    return res;
                }
                let Type::Pointer(el) = self.t().get(self.under(p.ty)).clone() else {
                    let d = self.describe(&p);
                    self.error(p.pos, format!("invalid argument: {d} is not a pointer"));
                    return res;
                };
                res.mode = OpMode::Value;
                res.ty = self.tt().slice(el);
            }
            Builtin::String => {
                let mut p = arg(0);
                let bp = self.tt().pointer(BasicKind::Uint8.id());
                self.assignment(&mut p, Some(bp), "argument to unsafe.String", exs[0]);
                self.size_arg(arg(1), exs[1]);
                res.mode = OpMode::Value;
                res.ty = BasicKind::String.id();
            }
            Builtin::StringData => {
                let mut s = arg(0);
                let st = BasicKind::String.id();
                self.assignment(&mut s, Some(st), "argument to unsafe.StringData", exs[0]);
                res.mode = OpMode::Value;
                res.ty = self.tt().pointer(BasicKind::Uint8.id());
            }
            Builtin::SliceData => {
                let s = arg(0);
                if s.is_invalid() {
                    return res;
                }
                let Type::Slice(el) = self.t().get(self.under(s.ty)).clone() else {
                    let d = self.describe(&s);
                    self.error(s.pos, format!("invalid argument: {d} is not a slice"));
                    return res;
                };
                res.mode = OpMode::Value;
                res.ty = self.tt().pointer(el);
            }
        }
        res
    }

    /// A size/index argument (make, unsafe.Add/Slice/String): integer, non-negative.
    fn size_arg(&mut self, mut x: Operand, a: Option<&'a ast::Expr>) -> Option<u64> {
        if x.is_invalid() {
            return None;
        }
        let it = BasicKind::Int.id();
        self.convert_untyped(&mut x, it, a);
        if x.is_invalid() {
            return None;
        }
        if !self.basic(x.ty).map(|k| k.is_integer()).unwrap_or(false) {
            let d = self.describe(&x);
            self.error(x.pos, format!("cannot convert {d} to type int"));
            return None;
        }
        if let Some(v) = x.val() {
            if v.is_negative() {
                let d = self.describe(&x);
                self.error(
                    x.pos,
                    format!("invalid argument: index {d} must not be negative"),
                );
                return None;
            }
            return v.as_u64();
        }
        None
    }

    pub fn empty_interface(&mut self) -> TypeId {
        self.tt().intern(Type::Interface(Interface {
            methods: vec![],
            terms: None,
            comparable: false,
        }))
    }
}

impl Checker<'_> {
    /// len/cap of an array is constant unless the argument contains a receive or a
    /// non-constant function call (conversions and constant calls don't count).
    fn contains_call_or_recv(&self, e: &ast::Expr) -> bool {
        use ast::ExprKind as K;
        match &e.kind {
            K::Call { fun, args, .. } => {
                let is_conv = self
                    .info
                    .types
                    .get(&super::expr::strip_parens(fun).id)
                    .map(|t| t.mode == Mode::TypeExpr)
                    .unwrap_or(false);
                let is_const = self
                    .info
                    .types
                    .get(&e.id)
                    .map(|t| t.is_const())
                    .unwrap_or(false);
                if is_const {
                    return false;
                }
                !is_conv || args.iter().any(|a| self.contains_call_or_recv(a))
            }
            K::Unary {
                op: ast::UnaryOp::Recv,
                ..
            } => true,
            K::Paren(x) | K::Star(x) | K::Unary { x, .. } => self.contains_call_or_recv(x),
            K::Selector { x, .. } => self.contains_call_or_recv(x),
            K::Index { x, indices } => {
                self.contains_call_or_recv(x)
                    || indices.iter().any(|i| self.contains_call_or_recv(i))
            }
            K::Binary { x, y, .. } => {
                self.contains_call_or_recv(x) || self.contains_call_or_recv(y)
            }
            _ => false,
        }
    }
}
