//! Composite literals: structs, arrays, slices, maps.

use super::*;
use crate::syntax::ast::ExprKind;
use crate::types::exprstring::expr_string;

impl<'a> Checker<'a> {
    pub(super) fn composite_lit(
        &mut self,
        e: &'a ast::Expr,
        ty: Option<&'a ast::Expr>,
        elts: &'a [ast::Element],
        hint: Option<TypeId>,
    ) -> Operand {
        let mut res = Operand::invalid(e.start_pos());
        res.expr = expr_string(e);
        let t = match ty {
            Some(te) => {
                if let ExprKind::ArrayType { len: Some(l), elem } = &te.kind {
                    if let ExprKind::Ellipsis(None) = l.kind {
                        // [...]T{...}: length from the elements
                        let et = self.typ(elem);
                        let n = self.indexed_elts(elts, et, None);
                        let at = self.tt().array(n, et);
                        self.info.types.insert(
                            te.id,
                            TypeAndValue {
                                mode: Mode::TypeExpr,
                                ty: at,
                            },
                        );
                        res.mode = OpMode::Value;
                        res.ty = at;
                        return res;
                    }
                }
                self.typ(te)
            }
            None => match hint {
                Some(h) => {
                    // &T elision: pointer hint to its base
                    h
                }
                None => {
                    self.error(e.pos, "invalid composite literal type: missing type");
                    return res;
                }
            },
        };
        if t == self.invalid() {
            for el in elts {
                if let Some(k) = &el.key {
                    let _ = k;
                }
                self.expr_hint(&el.value, None);
            }
            return res;
        }
        let (base, is_ptr_elided) = match (ty, self.t().get(self.under(t)).clone()) {
            (None, Type::Pointer(b)) => (b, true),
            _ => (t, false),
        };
        let u = self.under(base);
        match self.t().get(u).clone() {
            Type::Struct(st) => {
                if elts.is_empty() {
                } else if elts[0].key.is_some() {
                    let mut seen = HashSet::new();
                    for el in elts {
                        let Some(k) = &el.key else {
                            self.error(
                                el.value.start_pos(),
                                "mixture of field:value and value elements in struct literal",
                            );
                            self.expr(&el.value);
                            continue;
                        };
                        let ExprKind::Ident(fname) = &k.kind else {
                            self.error(
                                k.start_pos(),
                                format!("invalid field name {} in struct literal", expr_string(k)),
                            );
                            self.expr(&el.value);
                            continue;
                        };
                        let Some(i) = st.fields.iter().position(|f| &f.name == fname) else {
                            let ts = self.type_string(base);
                            self.error(
                                k.pos,
                                format!("unknown field {fname} in struct literal of type {ts}"),
                            );
                            self.expr(&el.value);
                            continue;
                        };
                        if let Some(o) = st.fields[i].obj {
                            self.info.uses.insert(k.id, o);
                        }
                        if !seen.insert(i) {
                            self.error(
                                k.pos,
                                format!("duplicate field name {fname} in struct literal"),
                            );
                            self.expr(&el.value);
                            continue;
                        }
                        let ft = st.fields[i].ty;
                        let mut x = self.expr_hint(&el.value, Some(ft));
                        let ctx = "struct literal".to_string();
                        self.assignment(&mut x, Some(ft), &ctx, Some(&el.value));
                    }
                } else {
                    for (i, el) in elts.iter().enumerate() {
                        if let Some(k) = &el.key {
                            self.error(
                                k.start_pos(),
                                "mixture of field:value and value elements in struct literal",
                            );
                            self.expr(&el.value);
                            continue;
                        }
                        let Some(f) = st.fields.get(i) else {
                            let ts = self.type_string(base);
                            self.error(
                                el.value.start_pos(),
                                format!("too many values in struct literal of type {ts}"),
                            );
                            break;
                        };
                        let ft = f.ty;
                        let mut x = self.expr_hint(&el.value, Some(ft));
                        self.assignment(&mut x, Some(ft), "struct literal", Some(&el.value));
                    }
                    if elts.len() < st.fields.len() {
                        let ts = self.type_string(base);
                        let rb = match &e.kind {
                            ExprKind::CompositeLit { rbrace, .. } => *rbrace,
                            _ => e.pos,
                        };
                        self.error(rb, format!("too few values in struct literal of type {ts}"));
                    }
                }
            }
            Type::Array { len, elem } => {
                self.indexed_elts(elts, elem, Some(len));
            }
            Type::Slice(elem) => {
                self.indexed_elts(elts, elem, None);
            }
            Type::Map { key, value } => {
                for el in elts {
                    match &el.key {
                        Some(k) => {
                            let mut kx = self.expr_hint(k, Some(key));
                            self.assignment(&mut kx, Some(key), "map literal", Some(k));
                        }
                        None => {
                            self.error(el.value.start_pos(), "missing key in map literal");
                            continue;
                        }
                    }
                    let mut vx = self.expr_hint(&el.value, Some(value));
                    self.assignment(&mut vx, Some(value), "map literal", Some(&el.value));
                }
            }
            _ => {
                let ts = self.type_string(t);
                self.error(e.pos, format!("invalid composite literal type {ts}"));
                return res;
            }
        }
        if is_ptr_elided {
            // Element `{...}` of type *T: the literal is &T{...}.
            res.mode = OpMode::Value;
            res.ty = t;
            return res;
        }
        res.mode = OpMode::Value;
        res.ty = t;
        res
    }

    /// Elements of an array/slice literal; returns the length (max index + 1).
    pub(super) fn indexed_elts(
        &mut self,
        elts: &'a [ast::Element],
        elem: TypeId,
        len: Option<u64>,
    ) -> u64 {
        let mut idx: u64 = 0;
        let mut max: u64 = 0;
        let mut seen = HashSet::new();
        for el in elts {
            if let Some(k) = &el.key {
                let mut kx = self.expr(k);
                let it = BasicKind::Int.id();
                self.convert_untyped(&mut kx, it, Some(k));
                match kx.val().and_then(|v| v.as_u64()) {
                    Some(n) => idx = n,
                    None => {
                        if !kx.is_invalid() {
                            let d = self.describe(&kx);
                            self.error(kx.pos, format!("index {d} must be integer constant"));
                        }
                    }
                }
            }
            if let Some(l) = len {
                if idx >= l {
                    self.error(
                        el.value.start_pos(),
                        format!("index {idx} is out of bounds (>= {l})"),
                    );
                }
            }
            if !seen.insert(idx) {
                self.error(
                    el.key
                        .as_ref()
                        .map(|k| k.start_pos())
                        .unwrap_or(el.value.start_pos()),
                    format!("duplicate index {idx} in array or slice literal"),
                );
            }
            let mut x = self.expr_hint(&el.value, Some(elem));
            self.assignment(
                &mut x,
                Some(elem),
                "array or slice literal",
                Some(&el.value),
            );
            idx += 1;
            max = max.max(idx);
        }
        max
    }
}
