//! Field and method lookup through embedded fields; method sets.

use super::*;

/// What a selector found.
#[derive(Clone, Debug)]
pub(crate) enum Found {
    Field {
        obj: ObjId,
        ty: TypeId,
        index: Vec<usize>,
        indirect: bool,
    },
    Method {
        obj: ObjId,
        /// Signature without receiver.
        sig: TypeId,
        index: Vec<usize>,
        indirect: bool,
        ptr_recv: bool,
    },
}

pub(crate) enum LookupResult {
    Found(Found),
    NotFound,
    Ambiguous,
}

impl Checker<'_> {
    /// Pointer base: `*T` → (T, true), otherwise (t, false).
    pub fn deref(&self, t: TypeId) -> (TypeId, bool) {
        match self.t().get(t) {
            Type::Pointer(e) => (*e, true),
            _ => (t, false),
        }
    }

    /// Signature of a method object without its receiver.
    pub fn method_sig(&mut self, m: ObjId) -> TypeId {
        let ty = self.info.obj(m).ty;
        match self.t().get(ty).clone() {
            Type::Signature(mut s) if s.recv.is_some() => {
                s.recv = None;
                self.tt().intern(Type::Signature(s))
            }
            _ => ty,
        }
    }

    fn name_matches(&self, have: &str, have_pkg: Option<PkgId>, name: &str) -> bool {
        if self.fold_lookup {
            return have.to_lowercase() == name.to_lowercase();
        }
        let pkg = self.lookup_pkg.unwrap_or(self.pkg);
        have == name && (is_exported(name) || have_pkg.is_none() || have_pkg == Some(pkg))
    }

    /// An object standing for interface method `name` of interface type `iface`.
    pub fn iface_method_obj(&mut self, iface: TypeId, m: &Method) -> ObjId {
        let key = (iface, m.name.clone());
        if let Some(o) = self.iface_methods.get(&key) {
            return *o;
        }
        let o = self.info.new_object(Object {
            name: m.name.clone(),
            kind: ObjKind::Func,
            ty: m.sig,
            pkg: m.pkg,
            pos: Pos::default(),
            parent_is_package: false,
            link_name: None,
            ptr_recv: false,
            no_body: true,
        });
        self.iface_methods.insert(key, o);
        o
    }

    /// types2's lookupFieldOrMethod.
    pub fn lookup_field_or_method(&mut self, t: TypeId, name: &str) -> LookupResult {
        if name == "_" {
            return LookupResult::NotFound;
        }
        let (typ, is_ptr) = self.deref(t);
        // A pointer to an interface has no methods.
        if is_ptr && self.is_interface(typ) {
            return LookupResult::NotFound;
        }
        let mut current: Vec<(TypeId, Vec<usize>, bool)> = vec![(typ, vec![], is_ptr)];
        let mut seen: HashSet<TypeId> = HashSet::new();
        while !current.is_empty() {
            let mut next = Vec::new();
            let mut found: Vec<Found> = Vec::new();
            for (typ, index, indirect) in current {
                let mut u = typ;
                // A type parameter has the methods of its constraint.
                if let Type::TypeParam { constraint, .. } = self.t().get(typ).clone() {
                    u = self.t().underlying(constraint);
                }
                if let Type::Named(n) = self.t().get(typ).clone() {
                    if !seen.insert(typ) {
                        continue;
                    }
                    let methods = self.named_methods(typ, &n);
                    for (i, m) in methods.iter().enumerate() {
                        let (mname, mpkg) = {
                            let o = self.info.obj(*m);
                            (o.name.clone(), o.pkg)
                        };
                        if self.name_matches(&mname, mpkg, name) {
                            let mut sig = self.method_sig(*m);
                            if n.origin.is_some() {
                                let mp = self.instance_map(typ);
                                sig = self.subst(sig, &mp);
                            }
                            let ptr_recv = self.info.obj(*m).ptr_recv;
                            let mut idx = index.clone();
                            idx.push(i);
                            found.push(Found::Method {
                                obj: *m,
                                sig,
                                index: idx,
                                indirect,
                                ptr_recv,
                            });
                        }
                    }
                    u = self.under(typ);
                }
                match self.t().get(u).clone() {
                    Type::Struct(s) => {
                        for (i, f) in s.fields.iter().enumerate() {
                            if self.name_matches(&f.name, f.pkg, name) {
                                let mut idx = index.clone();
                                idx.push(i);
                                found.push(Found::Field {
                                    obj: f.obj.unwrap_or(ObjId(0)),
                                    ty: f.ty,
                                    index: idx,
                                    indirect,
                                });
                                continue;
                            }
                            if f.embedded {
                                let (et, p) = self.deref(f.ty);
                                let mut idx = index.clone();
                                idx.push(i);
                                next.push((et, idx, indirect || p));
                            }
                        }
                    }
                    Type::Interface(it) => {
                        for (i, m) in it.methods.iter().enumerate() {
                            if self.name_matches(&m.name, m.pkg, name) {
                                let obj = self.iface_method_obj(u, m);
                                let mut idx = index.clone();
                                idx.push(i);
                                found.push(Found::Method {
                                    obj,
                                    sig: m.sig,
                                    index: idx,
                                    indirect,
                                    ptr_recv: false,
                                });
                            }
                        }
                    }
                    _ => {}
                }
            }
            match found.len() {
                0 => current = next,
                1 => return LookupResult::Found(found.pop().unwrap()),
                _ => return LookupResult::Ambiguous,
            }
        }
        LookupResult::NotFound
    }

    /// Declared methods of named type `t` (an instance uses its origin's methods).
    pub fn named_methods(&mut self, t: TypeId, n: &Named) -> Vec<ObjId> {
        let _ = t;
        let ms = match n.origin {
            Some(o) => self
                .t()
                .named(o)
                .map(|n| n.methods.clone())
                .unwrap_or_default(),
            None => n.methods.clone(),
        };
        // Method signatures are checked on demand (a use may precede the declaration).
        for m in &ms {
            if self.decls.contains_key(m) {
                self.obj_decl(*m);
            }
        }
        ms
    }

    /// For interface satisfaction: the signature of method `name` in the method set of
    /// `v`, and whether it is only in the method set of `*v` (pointer receiver).
    pub fn lookup_method_for_iface(&mut self, v: TypeId, name: &str) -> Option<(TypeId, bool)> {
        match self.lookup_field_or_method(v, name) {
            LookupResult::Found(Found::Method {
                sig,
                indirect,
                ptr_recv,
                ..
            }) => {
                let (_, is_ptr) = self.deref(v);
                Some((sig, ptr_recv && !indirect && !is_ptr))
            }
            _ => None,
        }
    }

    /// types2's lookupError: why `sel` was not found in `typ` (with hints about
    /// unexported or differently capitalised names). `struct_lit`: field in a literal.
    pub fn lookup_error(&mut self, typ: TypeId, sel: &str, struct_lit: bool) -> String {
        self.fold_lookup = true;
        let r = self.lookup_field_or_method(typ, sel);
        self.fold_lookup = false;
        let ts = self.type_string(typ);
        let (alt, what, alt_pkg) = match r {
            LookupResult::Found(Found::Field { obj, .. }) => {
                let o = self.info.obj(obj);
                (Some(o.name.clone()), "field", o.pkg)
            }
            LookupResult::Found(Found::Method { obj, .. }) => {
                let o = self.info.obj(obj);
                (Some(o.name.clone()), "method", o.pkg)
            }
            _ => (None, "object", None),
        };
        let tail = |s: &str| s.chars().skip(1).collect::<String>();
        // 0 missing, 1 misspelled, 2 unexported, 3 inaccessible
        let mut e = 0;
        if let Some(alt) = &alt {
            if alt_pkg == Some(self.pkg) {
                e = 1;
            } else if is_exported(sel) {
                if is_exported(alt) {
                    e = 1;
                } else if tail(sel) == tail(alt) {
                    e = 2;
                }
            } else if is_exported(alt) {
                if tail(sel) == tail(alt) {
                    e = 1;
                }
            } else if sel == alt {
                e = 3;
            }
        }
        let alt = alt.unwrap_or_default();
        if struct_lit {
            match e {
                1 => format!("unknown field {sel} in struct literal of type {ts}, but does have {alt}"),
                2 => format!("unknown field {sel} in struct literal of type {ts}, but does have unexported {alt}"),
                3 => format!("cannot refer to unexported field {alt} in struct literal of type {ts}"),
                _ => format!("unknown field {sel} in struct literal of type {ts}"),
            }
        } else {
            match e {
                1 => format!("type {ts} has no field or method {sel}, but does have {what} {alt}"),
                2 => format!(
                    "type {ts} has no field or method {sel}, but does have unexported {what} {alt}"
                ),
                3 => format!("cannot refer to unexported {what} {alt}"),
                _ => format!("type {ts} has no field or method {sel}"),
            }
        }
    }
}
