//! Type predicates: identity, assignability, comparability, convertibility.

use super::*;

impl Checker<'_> {
    /// Type identity. Composite types are hash-consed, so mostly id equality; function
    /// types ignore receivers.
    pub fn identical(&self, a: TypeId, b: TypeId) -> bool {
        if a == b {
            return true;
        }
        match (self.t().get(a), self.t().get(b)) {
            (Type::Signature(x), Type::Signature(y)) => {
                x.variadic == y.variadic
                    && x.params.len() == y.params.len()
                    && x.results.len() == y.results.len()
                    && x.params
                        .iter()
                        .zip(&y.params)
                        .all(|(p, q)| self.identical(*p, *q))
                    && x.results
                        .iter()
                        .zip(&y.results)
                        .all(|(p, q)| self.identical(*p, *q))
            }
            _ => false,
        }
    }

    pub fn is_type_param(&self, t: TypeId) -> bool {
        matches!(self.t().get(t), Type::TypeParam { .. })
    }

    /// Named in the spec's sense for assignability: defined types, basic types, type params.
    pub fn has_name(&self, t: TypeId) -> bool {
        self.t().is_named(t)
    }

    /// Underlying type; for a type parameter its core type if it has one (so indexing,
    /// ranging, arithmetic... work on type parameters with a single underlying type).
    pub fn under(&self, t: TypeId) -> TypeId {
        if let Type::TypeParam { .. } = self.t().get(t) {
            return self.core_type(t).unwrap_or(t);
        }
        self.t().underlying(t)
    }

    pub fn basic(&self, t: TypeId) -> Option<BasicKind> {
        match self.t().get(self.under(t)) {
            Type::Basic(k) => Some(*k),
            _ => None,
        }
    }

    pub fn is_untyped(&self, t: TypeId) -> bool {
        self.t().is_untyped(t)
    }

    pub fn is_interface(&self, t: TypeId) -> bool {
        self.t().is_interface(t)
    }

    /// Type can hold nil.
    pub fn has_nil(&self, t: TypeId) -> bool {
        // A type parameter: every type in its type set must have nil.
        if self.is_type_param(t) && self.core_type(t).is_none() {
            return self.type_set_all(t, |c, x| c.has_nil(x));
        }
        matches!(
            self.t().get(self.under(t)),
            Type::Pointer(_)
                | Type::Slice(_)
                | Type::Map { .. }
                | Type::Chan { .. }
                | Type::Signature(_)
                | Type::Interface(_)
                | Type::Basic(BasicKind::UnsafePointer)
        )
    }

    /// Values of `t` can be compared with `==`.
    pub fn comparable(&self, t: TypeId) -> bool {
        self.comparable_depth(t, 0)
    }

    fn comparable_depth(&self, t: TypeId, d: u32) -> bool {
        if d > 30 {
            return true;
        }
        match self.t().get(self.under(t)) {
            Type::Basic(k) => *k != BasicKind::UntypedNil,
            Type::Pointer(_) | Type::Chan { .. } | Type::Interface(_) => true,
            Type::Struct(s) => s.fields.iter().all(|f| self.comparable_depth(f.ty, d + 1)),
            Type::Array { elem, .. } => self.comparable_depth(*elem, d + 1),
            Type::TypeParam { constraint, .. } => self
                .t()
                .interface(*constraint)
                .map(|i| i.comparable || self.terms_all(i, |c, ty| c.comparable(ty)))
                .unwrap_or(false),
            _ => false,
        }
    }

    fn terms_all(&self, i: &Interface, f: impl Fn(&Self, TypeId) -> bool) -> bool {
        match &i.terms {
            Some(ts) => !ts.is_empty() && ts.iter().all(|t| f(self, t.ty)),
            None => false,
        }
    }

    /// Is `x` assignable to `t`? On failure, an optional reason suffix for the message.
    pub fn assignable_to(&mut self, x: &Operand, t: TypeId) -> (bool, Option<String>) {
        let v = x.ty;
        if x.is_invalid() || t == self.invalid() || v == self.invalid() {
            return (true, None);
        }
        if self.identical(v, t) {
            return (true, None);
        }
        let (vu, tu) = (self.under(v), self.under(t));
        if self.is_untyped(v) {
            if x.is_nil() {
                return (self.has_nil(t) || self.is_type_param(t), None);
            }
            // untyped constant or value: representable / compatible kind
            if let Some(tk) = self.basic(t) {
                if let Some(val) = x.val() {
                    return (crate::constant::representable(val, tk).is_ok(), None);
                }
                let vk = self.basic(v).unwrap_or(BasicKind::Invalid);
                if vk == BasicKind::UntypedBool {
                    return (tk.is_boolean(), None);
                }
                return (
                    vk.is_numeric() && tk.is_numeric() || vk.is_string() && tk.is_string(),
                    None,
                );
            }
            if self.is_interface(t) {
                let iface = self.t().interface(t).cloned();
                return (
                    iface
                        .map(|i| i.methods.is_empty() && i.terms.is_none())
                        .unwrap_or(false),
                    None,
                );
            }
            return (false, None);
        }
        if self.identical(vu, tu)
            && (!self.has_name(v) || !self.has_name(t))
            && !self.is_type_param(v)
            && !self.is_type_param(t)
        {
            return (true, None);
        }
        // Type parameters: assignable if assignable for every type in the type set (the
        // other side must not be a named type).
        if self.is_type_param(v) && !self.has_name(t) {
            if let Some(ts) = self.tparam_constraint(v).and_then(|i| i.terms.clone()) {
                let ok = !ts.is_empty()
                    && ts.iter().all(|term| {
                        let mut y = x.clone();
                        y.ty = term.ty;
                        self.assignable_to(&y, t).0
                    });
                return (ok, None);
            }
        }
        if self.is_type_param(t) && !self.has_name(v) {
            if let Some(ts) = self.tparam_constraint(t).and_then(|i| i.terms.clone()) {
                let ok = !ts.is_empty() && ts.iter().all(|term| self.assignable_to(x, term.ty).0);
                return (ok, None);
            }
        }
        if self.is_interface(t) && !self.is_type_param(t) {
            return match self.missing_method(v, t) {
                None => (true, None),
                Some(reason) => (false, Some(reason)),
            };
        }
        if self.is_interface(v) && !self.is_type_param(v) && self.missing_method(t, v).is_none() {
            // t implements v: gc hints at a type assertion.
            return (false, Some("need type assertion".to_string()));
        }
        if let (
            Type::Chan {
                dir: ChanDir::Both,
                elem: ve,
            },
            Type::Chan { elem: te, .. },
        ) = (self.t().get(vu), self.t().get(tu))
        {
            if self.identical(*ve, *te) && (!self.has_name(v) || !self.has_name(t)) {
                return (true, None);
            }
        }
        (false, None)
    }

    /// Reason why `v` does not implement interface `t`, or None if it does.
    pub fn missing_method(&mut self, v: TypeId, t: TypeId) -> Option<String> {
        let iface = self.t().interface(t).cloned()?;
        let vs = self.type_string(v);
        let ts = self.type_string(t);
        if iface.comparable && !self.comparable(v) {
            return Some(format!("{vs} does not implement comparable"));
        }
        for m in &iface.methods {
            // An unexported interface method matches methods of its own package.
            let saved = self.lookup_pkg;
            self.lookup_pkg = m.pkg;
            let found = self.lookup_method_for_iface(v, &m.name);
            self.lookup_pkg = saved;
            match found {
                Some((sig, ptr_only)) => {
                    if ptr_only {
                        return Some(format!(
                            "{vs} does not implement {ts} (method {} has pointer receiver)",
                            m.name
                        ));
                    }
                    if !self.identical(sig, m.sig) {
                        let have = self.type_string(sig);
                        let want = self.type_string(m.sig);
                        return Some(format!(
                            "{vs} does not implement {ts} (wrong type for method {})\n\t\thave {}{}\n\t\twant {}{}",
                            m.name,
                            m.name,
                            have.trim_start_matches("func"),
                            m.name,
                            want.trim_start_matches("func")
                        ));
                    }
                }
                None => {
                    return Some(format!(
                        "{vs} does not implement {ts} (missing method {})",
                        m.name
                    ))
                }
            }
        }
        None
    }

    /// Can `x` be converted to `t`?
    pub fn convertible(&mut self, x: &Operand, t: TypeId) -> bool {
        if self.assignable_to(x, t).0 {
            return true;
        }
        // Type parameters: convertible to/from every type in the type set.
        let terms_of = |c: &Self, t: TypeId| -> Option<Vec<TypeId>> {
            if !c.is_type_param(t) {
                return None;
            }
            c.tparam_constraint(t)
                .and_then(|i| i.terms.clone())
                .map(|ts| ts.iter().map(|x| x.ty).collect())
        };
        if let Some(ts) = terms_of(self, t) {
            return !ts.is_empty() && ts.iter().all(|tt| self.convertible(x, *tt));
        }
        if let Some(ts) = terms_of(self, x.ty) {
            return !ts.is_empty()
                && ts.iter().all(|tt| {
                    let mut y = x.clone();
                    y.ty = *tt;
                    y.mode = OpMode::Value;
                    self.convertible(&y, t)
                });
        }
        let v = x.ty;
        let (vu, tu) = (self.under(v), self.under(t));
        if self.identical(vu, tu) {
            return true;
        }
        if let (Type::Pointer(a), Type::Pointer(b)) = (self.t().get(vu), self.t().get(tu)) {
            if self.identical(self.under(*a), self.under(*b)) {
                return true;
            }
        }
        let vk = self.basic(v);
        let tk = self.basic(t);
        if let (Some(a), Some(b)) = (vk, tk) {
            if (a.is_integer() || a.is_float()) && (b.is_integer() || b.is_float()) {
                return true;
            }
            if a.is_complex() && b.is_complex() {
                return true;
            }
            if a.is_integer() && b.is_string() {
                return true;
            }
            if (a == BasicKind::UnsafePointer && (b == BasicKind::Uintptr))
                || (b == BasicKind::UnsafePointer && a == BasicKind::Uintptr)
            {
                return true;
            }
        }
        // pointer <-> unsafe.Pointer
        if tk == Some(BasicKind::UnsafePointer) && matches!(self.t().get(vu), Type::Pointer(_)) {
            return true;
        }
        if vk == Some(BasicKind::UnsafePointer) && matches!(self.t().get(tu), Type::Pointer(_)) {
            return true;
        }
        // string <-> []byte, []rune
        let is_bytes_or_runes = |c: &Self, ty: TypeId| match c.t().get(c.under(ty)) {
            Type::Slice(e) => {
                matches!(c.basic(*e), Some(BasicKind::Uint8) | Some(BasicKind::Int32))
            }
            _ => false,
        };
        if tk.map(|k| k.is_string()).unwrap_or(false) && is_bytes_or_runes(self, v) {
            return true;
        }
        if vk.map(|k| k.is_string()).unwrap_or(false) && is_bytes_or_runes(self, t) {
            return true;
        }
        // slice -> array or array pointer
        if let Type::Slice(se) = self.t().get(vu) {
            let se = *se;
            match self.t().get(tu) {
                Type::Array { elem, .. } if self.identical(*elem, se) => return true,
                Type::Pointer(p) => {
                    if let Type::Array { elem, .. } = self.t().get(self.under(*p)) {
                        if self.identical(*elem, se) {
                            return true;
                        }
                    }
                }
                _ => {}
            }
        }
        false
    }
}
