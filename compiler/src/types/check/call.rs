//! Calls, conversions, selectors, index and slice expressions, composite literals.

use super::lookup::{Found, LookupResult};
use super::*;

use crate::syntax::ast::ExprKind;
use crate::types::exprstring::expr_string;

impl<'a> Checker<'a> {
    pub(super) fn call_expr(&mut self, e: &'a ast::Expr) -> Operand {
        let ExprKind::Call {
            fun, args, dots, ..
        } = &e.kind
        else {
            unreachable!()
        };
        let mut res = Operand::invalid(e.start_pos());
        res.expr = expr_string(e);
        let f = self.expr_or_type(fun);
        match f.mode.clone() {
            OpMode::Invalid => {
                for a in args {
                    self.expr_or_type(a);
                }
                res
            }
            OpMode::TypeExpr => {
                let t = f.ty;
                if args.len() != 1 || *dots {
                    let ts = self.type_string(t);
                    if args.is_empty() {
                        self.error(
                            e.start_pos(),
                            format!("missing argument in conversion to {ts}"),
                        );
                    } else {
                        let at = args[args.len().min(2) - 1].start_pos();
                        let at = if args.len() > 1 {
                            args[1].start_pos()
                        } else {
                            at
                        };
                        self.error(at, format!("too many arguments in conversion to {ts}"));
                    }
                    for a in args {
                        self.expr(a);
                    }
                    return res;
                }
                let mut x = self.expr(&args[0]);
                if x.is_invalid() {
                    return res;
                }
                self.note_alias_display(Some(fun), Some(t));
                self.conversion(&mut x, t, &args[0]);
                self.alias_display = None;
                x.expr = res.expr.clone();
                x.pos = res.pos;
                x
            }
            OpMode::Builtin(b) => self.builtin(e, b, args, *dots),
            _ => {
                let fu = self.under(f.ty);
                let Some(sig) = self.t().signature(fu).cloned() else {
                    let d = self.describe(&f);
                    self.error(
                        res.pos,
                        format!("invalid operation: cannot call non-function {d}"),
                    );
                    for a in args {
                        self.expr(a);
                    }
                    return res;
                };
                let fname = expr_string(fun);
                let (xs, exprs) = self.eval_args(args);
                // A generic function: infer the missing type arguments and instantiate.
                let mut sig = sig;
                let generic = match &super::expr::strip_parens(fun).kind {
                    ExprKind::Index { x: base, .. } => self
                        .partial_targs
                        .get(&super::expr::strip_parens(fun).id)
                        .cloned()
                        .and_then(|given| self.generic_func_of(base).map(|g| (g, given))),
                    _ => self.generic_func_of(fun).map(|g| (g, Vec::new())),
                };
                if let Some(((obj, ident), given)) = generic {
                    if xs.iter().any(|x| x.is_invalid()) {
                        return res;
                    }
                    match self.infer_call(fun, e.pos, obj, ident, given, &xs, *dots) {
                        Some(t) => {
                            sig = self.t().signature(t).cloned().unwrap();
                            let fid = super::expr::strip_parens(fun).id;
                            if let Some(tv) = self.info.types.get_mut(&fid) {
                                tv.ty = t;
                            }
                        }
                        None => return res,
                    }
                }
                self.arguments(e, &sig, args, *dots, &fname, xs, exprs);
                match sig.results.len() {
                    0 => {
                        res.mode = OpMode::NoValue;
                        res.ty = self.tt().tuple(vec![]);
                    }
                    1 => {
                        res.mode = OpMode::Value;
                        res.ty = sig.results[0];
                    }
                    _ => {
                        res.mode = OpMode::Value;
                        res.ty = self.tt().tuple(sig.results.clone());
                    }
                }
                res
            }
        }
    }

    /// Evaluates call arguments; a single multi-valued call is spread.
    pub fn eval_args(
        &mut self,
        args: &'a [ast::Expr],
    ) -> (Vec<Operand>, Vec<Option<&'a ast::Expr>>) {
        if args.len() == 1 {
            let xs = self.multi_expr(&args[0]);
            let n = xs.len();
            let exprs = if n == 1 {
                vec![Some(&args[0])]
            } else {
                vec![None; n]
            };
            return (xs, exprs);
        }
        let mut out = Vec::new();
        let mut exprs = Vec::new();
        for a in args {
            out.push(self.expr(a));
            exprs.push(Some(a));
        }
        (out, exprs)
    }

    #[allow(clippy::too_many_arguments)]
    fn arguments(
        &mut self,
        call: &'a ast::Expr,
        sig: &Signature,
        args: &'a [ast::Expr],
        dots: bool,
        fname: &str,
        mut xs: Vec<Operand>,
        exprs: Vec<Option<&'a ast::Expr>>,
    ) {
        if xs.iter().any(|x| x.is_invalid()) {
            // still check counts below only when all valid
            return;
        }
        let npars = sig.params.len();
        let nargs = xs.len();
        let mut params = sig.params.clone();
        if sig.variadic {
            if dots {
                if nargs != npars {
                    // fallthrough to count error
                } else if args.len() == 1 && nargs > 1 {
                    self.error(
                        args[0].start_pos(),
                        format!(
                            "cannot use ... with {}-valued {}",
                            nargs,
                            expr_string(&args[0])
                        ),
                    );
                    return;
                }
            } else if nargs >= npars - 1 {
                let last = params.pop().unwrap();
                let elem = match self.t().get(last) {
                    Type::Slice(e) => *e,
                    _ => last,
                };
                while params.len() < nargs {
                    params.push(elem);
                }
            }
        } else if dots {
            if let Some(a) = args.first() {
                self.error(
                    a.start_pos(),
                    format!("have (...) but function is not variadic: {fname}"),
                );
                return;
            }
        }
        if nargs != params.len() {
            let (at, q) = if nargs > params.len() {
                (xs[params.len()].pos, "too many")
            } else if nargs > 0 {
                (xs[nargs - 1].pos, "not enough")
            } else {
                (call.start_pos(), "not enough")
            };
            let have: Vec<TypeId> = xs.iter().map(|x| x.ty).collect();
            let have = self.types_summary(&have, false, dots);
            let want = self.types_summary(&sig.params, sig.variadic, false);
            self.error(
                at,
                format!("{q} arguments in call to {fname}\n\thave {have}\n\twant {want}"),
            );
            return;
        }
        let ctx = format!("argument to {fname}");
        for (i, x) in xs.iter_mut().enumerate() {
            self.assignment(x, Some(params[i]), &ctx, exprs[i]);
        }
    }

    pub fn types_summary(&self, list: &[TypeId], variadic: bool, dots: bool) -> String {
        let mut res = Vec::new();
        for (i, t) in list.iter().enumerate() {
            let mut s = if *t == self.invalid() {
                "unknown type".to_string()
            } else if let Some(k) = self.basic(*t).filter(|k| k.is_untyped()) {
                if k.is_numeric() {
                    "number".into()
                } else {
                    k.name().replace("untyped ", "")
                }
            } else {
                self.type_string(*t)
            };
            if i + 1 == list.len() {
                if variadic {
                    if let Type::Slice(e) = self.t().get(*t) {
                        s = self.type_string(*e);
                    }
                    s = format!("...{s}");
                } else if dots {
                    s.push_str("...");
                }
            }
            res.push(s);
        }
        format!("({})", res.join(", "))
    }

    /// Explicit conversion `T(x)`.
    pub fn conversion(&mut self, x: &mut Operand, t: TypeId, arg: &ast::Expr) {
        let tk = self.basic(t);
        let const_conv = x.is_const()
            && tk.map(|k| k.is_const_type()).unwrap_or(false)
            && !self.is_type_param(t);
        if const_conv {
            let k = tk.unwrap();
            let xk = self.basic(x.ty).unwrap_or(BasicKind::Invalid);
            // int constant → string
            if k.is_string() && xk.is_integer() {
                let v = x.val().and_then(|v| v.to_int());
                let s = v
                    .and_then(|i| u32::try_from(i).ok())
                    .and_then(char::from_u32)
                    .unwrap_or('\u{FFFD}');
                x.mode = OpMode::Constant(ConstValue::String(s.to_string().into_bytes()));
                x.ty = t;
                self.update_expr_type(arg, BasicKind::Int.id().max(self.default_type(x.ty)));
                return;
            }
            match self.representation(x, k) {
                Ok(v) => {
                    x.mode = OpMode::Constant(v);
                    self.update_expr_type(arg, if self.is_untyped(x.ty) { t } else { x.ty });
                    x.ty = t;
                    return;
                }
                Err(_) => {
                    // types2: integer → integer overflow gets a concise message, any other
                    // failed constant conversion the general one.
                    let xk2 = self.basic(x.ty).unwrap_or(BasicKind::Invalid);
                    let ts = self.target_string(t);
                    if xk2.is_integer() && k.is_integer() {
                        let d = x.val().map(|v| v.to_display()).unwrap_or_default();
                        self.error(x.pos, format!("constant {d} overflows {ts}"));
                    } else {
                        let dd = self.describe(x);
                        self.error(x.pos, format!("cannot convert {dd} to type {ts}"));
                    }
                    x.mode = OpMode::Invalid;
                    return;
                }
            }
        }
        if !self.convertible(x, t) {
            let d = self.describe(x);
            let ts = self.target_string(t);
            self.error(x.pos, format!("cannot convert {d} to type {ts}"));
            x.mode = OpMode::Invalid;
            return;
        }
        if self.is_untyped(x.ty) {
            // The argument takes the target type if it is a basic/const type, else its
            // default type.
            let final_t = if x.is_nil() {
                t
            } else if self.is_interface(t) || !tk.map(|k| k.is_const_type()).unwrap_or(false) {
                self.default_type(x.ty)
            } else {
                t
            };
            self.update_expr_type(arg, final_t);
        }
        x.mode = OpMode::Value;
        x.ty = t;
    }

    // ----- selectors -----

    pub fn selector(&mut self, e: &'a ast::Expr, want_type: bool) -> Operand {
        let ExprKind::Selector { x: base, sel } = &e.kind else {
            unreachable!()
        };
        let mut res = Operand::invalid(e.start_pos());
        res.expr = expr_string(e);
        res.id = Some(e.id);
        // Qualified identifier?
        if let ExprKind::Ident(pname) = &base.kind {
            if let Some(o) = self.lookup(pname) {
                if let ObjKind::PkgName(pkg) = self.info.obj(o).kind {
                    self.info.uses.insert(base.id, o);
                    self.used_imports.insert(o);
                    let scope = self.info.package(pkg).scope;
                    let found = self.info.scope(scope).names.get(&sel.name).copied();
                    let pkgname = self.info.package(pkg).name.clone();
                    let Some(obj) = found.filter(|_| is_exported(&sel.name)) else {
                        if !is_exported(&sel.name) && found.is_some() {
                            self.error(
                                sel.pos,
                                format!("name {} not exported by package {pkgname}", sel.name),
                            );
                        } else {
                            self.error(sel.pos, format!("undefined: {pname}.{}", sel.name));
                        }
                        return res;
                    };
                    self.info.uses.insert(sel.id, obj);
                    let ob = self.info.obj(obj).clone();
                    res.ty = ob.ty;
                    res.mode = match ob.kind {
                        ObjKind::Const(v) => OpMode::Constant(v),
                        ObjKind::TypeName => OpMode::TypeExpr,
                        ObjKind::Var { .. } => OpMode::Variable,
                        ObjKind::Func => OpMode::Value,
                        ObjKind::Builtin(b) => OpMode::Builtin(b),
                        _ => OpMode::Invalid,
                    };
                    if want_type && res.mode != OpMode::TypeExpr && res.mode != OpMode::Invalid {
                        self.error(e.start_pos(), format!("{} is not a type", res.expr));
                        res.mode = OpMode::Invalid;
                    }
                    if !res.is_invalid() {
                        self.record(e, &res);
                    }
                    return res;
                }
            }
        }
        let x = self.expr_or_type(base);
        if x.is_invalid() {
            return res;
        }
        if x.mode == OpMode::TypeExpr {
            return self.method_expr(e, &x, sel);
        }
        if x.is_nil() {
            self.error(e.start_pos(), "use of untyped nil in selector expression");
            return res;
        }
        match self.lookup_field_or_method(x.ty, &sel.name) {
            LookupResult::Found(Found::Field {
                obj,
                ty,
                index,
                indirect,
            }) => {
                self.info.uses.insert(sel.id, obj);
                res.mode = if x.mode == OpMode::Variable || indirect {
                    OpMode::Variable
                } else {
                    OpMode::Value
                };
                res.ty = ty;
                self.info.selections.insert(
                    e.id,
                    Selection {
                        kind: SelectionKind::FieldVal,
                        recv: x.ty,
                        obj,
                        index,
                        indirect,
                        ty,
                    },
                );
            }
            LookupResult::Found(Found::Method {
                obj,
                sig,
                index,
                indirect,
                ptr_recv,
            }) => {
                let (_, is_ptr) = self.deref(x.ty);
                if ptr_recv && !indirect && !is_ptr && x.mode != OpMode::Variable {
                    let ts = self.type_string(x.ty);
                    self.error(
                        sel.pos,
                        format!("cannot call pointer method {} on {ts}", sel.name),
                    );
                    return res;
                }
                self.info.uses.insert(sel.id, obj);
                self.add_dep(obj);
                res.mode = OpMode::Value;
                res.ty = sig;
                self.info.selections.insert(
                    e.id,
                    Selection {
                        kind: SelectionKind::MethodVal,
                        recv: x.ty,
                        obj,
                        index,
                        indirect,
                        ty: sig,
                    },
                );
            }
            LookupResult::Ambiguous => {
                self.error(sel.pos, format!("ambiguous selector {}", res.expr));
            }
            LookupResult::NotFound => {
                let ts = self.type_string(x.ty);
                let why = if self.is_interface(self.deref(x.ty).0) && self.deref(x.ty).1 {
                    format!("type {ts} is pointer to interface, not interface")
                } else {
                    self.lookup_error(x.ty, &sel.name, false)
                };
                self.error(sel.pos, format!("{} undefined ({why})", res.expr));
            }
        }
        res
    }

    fn method_expr(&mut self, e: &ast::Expr, x: &Operand, sel: &ast::Ident) -> Operand {
        let mut res = Operand::invalid(e.start_pos());
        res.expr = expr_string(e);
        match self.lookup_field_or_method(x.ty, &sel.name) {
            LookupResult::Found(Found::Method {
                obj,
                sig,
                index,
                indirect,
                ptr_recv,
            }) => {
                let (_, is_ptr) = self.deref(x.ty);
                if ptr_recv && !is_ptr && !indirect && !self.is_interface(x.ty) {
                    let ts = self.type_string(x.ty);
                    self.error(
                        e.start_pos(),
                        format!(
                            "invalid method expression {} (needs pointer receiver (*{ts}).{})",
                            res.expr, sel.name
                        ),
                    );
                    return res;
                }
                self.info.uses.insert(sel.id, obj);
                self.add_dep(obj);
                let Some(s) = self.t().signature(sig).cloned() else {
                    return res;
                };
                let mut params = vec![x.ty];
                params.extend(s.params.iter().copied());
                let t = self.tt().intern(Type::Signature(Signature {
                    params,
                    results: s.results.clone(),
                    variadic: s.variadic,
                    recv: None,
                }));
                res.mode = OpMode::Value;
                res.ty = t;
                self.info.selections.insert(
                    e.id,
                    Selection {
                        kind: SelectionKind::MethodExpr,
                        recv: x.ty,
                        obj,
                        index,
                        indirect,
                        ty: t,
                    },
                );
            }
            _ => {
                let ts = self.type_string(x.ty);
                self.error(
                    sel.pos,
                    format!(
                        "{} undefined (type {ts} has no method {})",
                        res.expr, sel.name
                    ),
                );
            }
        }
        res
    }

    // ----- index and slice -----

    pub(super) fn index_expr(
        &mut self,
        e: &'a ast::Expr,
        base: &'a ast::Expr,
        indices: &'a [ast::Expr],
    ) -> Operand {
        let mut res = Operand::invalid(e.start_pos());
        res.expr = expr_string(e);
        let x = self.expr_or_type(base);
        if x.is_invalid() {
            for i in indices {
                self.expr(i);
            }
            return res;
        }
        if x.mode == OpMode::TypeExpr {
            let t = self.instantiate_type(e, base, indices);
            if t != self.invalid() {
                res.mode = OpMode::TypeExpr;
                res.ty = t;
            }
            return res;
        }
        if x.mode == OpMode::Value && self.generic_func_of(base).is_some() {
            if let Some(r) = self.explicit_func_instance(e, &x, indices, base) {
                return r;
            }
        }
        if indices.len() != 1 {
            self.error(e.start_pos(), "invalid operation: more than one index");
            return res;
        }
        let idx = &indices[0];
        let u = self.under(x.ty);
        match self.t().get(u).clone() {
            Type::TypeParam { .. } => {
                // All types in the type set must be indexable with the same element type.
                let elems: Vec<Option<TypeId>> = self
                    .tparam_constraint(u)
                    .and_then(|i| i.terms.clone())
                    .unwrap_or_default()
                    .iter()
                    .map(|t| match self.t().get(self.t().underlying(t.ty)) {
                        Type::Basic(k) if k.is_string() => Some(BasicKind::Uint8.id()),
                        Type::Slice(e) | Type::Array { elem: e, .. } => Some(*e),
                        _ => None,
                    })
                    .collect();
                let first = elems.first().copied().flatten();
                if first.is_none() || elems.iter().any(|e| *e != first) {
                    let d = self.describe(&x);
                    self.error(e.pos, format!("cannot index {d}"));
                    self.expr(idx);
                    return res;
                }
                self.index(idx, None);
                res.mode = OpMode::Value;
                res.ty = first.unwrap();
            }
            Type::Basic(k) if k.is_string() => {
                let len = x.val().and_then(|v| v.as_bytes().map(|b| b.len() as u64));
                let i = self.index(idx, len);
                res.mode = OpMode::Value;
                res.ty = BasicKind::Uint8.id();
                if let (Some(ConstValue::String(s)), Some(i)) = (x.val(), i) {
                    if let Some(b) = s.get(i as usize) {
                        res.mode = OpMode::Constant(ConstValue::int(*b as i64));
                    }
                }
                if x.is_const() && self.is_untyped(x.ty) {
                    // indexing an untyped string constant: the constant becomes a string
                }
            }
            Type::Slice(elem) => {
                self.index(idx, None);
                res.mode = OpMode::Variable;
                res.ty = elem;
            }
            Type::Array { len, elem } => {
                self.index(idx, Some(len));
                res.mode = if x.mode == OpMode::Variable {
                    OpMode::Variable
                } else {
                    OpMode::Value
                };
                res.ty = elem;
            }
            Type::Pointer(p) => match self.t().get(self.under(p)).clone() {
                Type::Array { len, elem } => {
                    self.index(idx, Some(len));
                    res.mode = OpMode::Variable;
                    res.ty = elem;
                }
                _ => {
                    let d = self.describe(&x);
                    self.error(e.pos, format!("cannot index {d}"));
                    self.expr(idx);
                }
            },
            Type::Map { key, value } => {
                let mut k = self.expr(idx);
                if !k.is_invalid() {
                    self.assignment(&mut k, Some(key), "map index", Some(idx));
                }
                res.mode = OpMode::MapIndex;
                res.ty = value;
            }
            _ => {
                let d = self.describe(&x);
                self.error(e.pos, format!("cannot index {d}"));
                self.expr(idx);
            }
        }
        res
    }

    /// Checks an index; returns its constant value if any. `len`: known length.
    fn index(&mut self, idx: &'a ast::Expr, len: Option<u64>) -> Option<u64> {
        let mut x = self.expr(idx);
        if x.is_invalid() {
            return None;
        }
        let it = BasicKind::Int.id();
        self.convert_untyped(&mut x, it, Some(idx));
        if x.is_invalid() {
            return None;
        }
        if !self.all_kinds(x.ty, |k| k.is_integer()) {
            let d = self.describe(&x);
            self.error(
                x.pos,
                format!("invalid argument: index {d} must be integer"),
            );
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
            let n = v.as_u64()?;
            if let Some(l) = len {
                if n >= l {
                    let vs = v.to_display();
                    self.error(
                        x.pos,
                        format!("invalid argument: index {vs} out of bounds [0:{l}]"),
                    );
                    return None;
                }
            }
            return Some(n);
        }
        None
    }

    pub(super) fn slice_expr(
        &mut self,
        e: &'a ast::Expr,
        base: &'a ast::Expr,
        lo: Option<&'a ast::Expr>,
        hi: Option<&'a ast::Expr>,
        max: Option<&'a ast::Expr>,
        three: bool,
    ) -> Operand {
        let mut res = Operand::invalid(e.start_pos());
        res.expr = expr_string(e);
        let x = self.expr(base);
        if x.is_invalid() {
            for i in [lo, hi, max].into_iter().flatten() {
                self.expr(i);
            }
            return res;
        }
        let mut len: Option<u64> = None;
        let u = self.under(x.ty);
        match self.t().get(u).clone() {
            Type::TypeParam { .. } => {
                // string | []byte type sets slice to the type parameter itself.
                let ok = self.type_set_all(u, |c, t| match c.t().get(c.t().underlying(t)) {
                    Type::Basic(k) => k.is_string(),
                    Type::Slice(e) => c.basic(*e) == Some(BasicKind::Uint8),
                    _ => false,
                });
                if !ok {
                    let d = self.describe(&x);
                    self.error(x.pos, format!("cannot slice {d}"));
                    return res;
                }
                res.ty = x.ty;
                res.mode = OpMode::Value;
            }
            Type::Basic(k) if k.is_string() => {
                if three {
                    self.error(e.start_pos(), "invalid operation: 3-index slice of string");
                    return res;
                }
                len = x.val().and_then(|v| v.as_bytes().map(|b| b.len() as u64));
                res.ty = if self.is_untyped(x.ty) {
                    BasicKind::String.id()
                } else {
                    x.ty
                };
                res.mode = OpMode::Value;
            }
            Type::Slice(_) => {
                res.ty = x.ty;
                res.mode = OpMode::Value;
            }
            Type::Array { len: n, elem } => {
                if x.mode != OpMode::Variable {
                    let d = self.describe(&x);
                    self.error(x.pos, format!("cannot slice unaddressable value {d}"));
                    return res;
                }
                len = Some(n);
                res.ty = self.tt().slice(elem);
                res.mode = OpMode::Value;
            }
            Type::Pointer(p) => match self.t().get(self.under(p)).clone() {
                Type::Array { len: n, elem } => {
                    len = Some(n);
                    res.ty = self.tt().slice(elem);
                    res.mode = OpMode::Value;
                }
                _ => {
                    let d = self.describe(&x);
                    self.error(x.pos, format!("cannot slice {d}"));
                    return res;
                }
            },
            _ => {
                let d = self.describe(&x);
                self.error(x.pos, format!("cannot slice {d}"));
                return res;
            }
        }
        let cap = len.map(|l| l + 1);
        let mut vals: Vec<(Option<u64>, Pos)> = Vec::new();
        for i in [lo, hi, max].into_iter().flatten() {
            let v = self.index(i, cap);
            vals.push((v, i.start_pos()));
        }
        // constant indices must be non-decreasing
        for a in 0..vals.len() {
            for b in a + 1..vals.len() {
                if let (Some(x1), Some(x2)) = (vals[a].0, vals[b].0) {
                    if x1 > x2 {
                        self.error(vals[b].1, format!("invalid slice indices: {x2} < {x1}"));
                        return res;
                    }
                }
            }
        }
        res
    }

    // ----- composite literals -----
}
