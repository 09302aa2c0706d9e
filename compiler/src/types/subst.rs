//! Type substitution after checking: replaces type parameters by type
//! arguments in a finished `TypeTable`. Codegen uses it to stencil generic
//! bodies (one copy per instantiation), so it must not need the checker.

use std::collections::HashMap;

use super::model::{Type, TypeId, TypeTable};

/// Bound on nesting, as the checker's: instantiations that keep growing
/// (`type T[P any] [1]T[*P]`) are rejected there, but stay finite here.
const MAX_DEPTH: u32 = 64;

/// `t` with every type parameter in `m` replaced by its argument.
pub fn subst(table: &mut TypeTable, t: TypeId, m: &HashMap<TypeId, TypeId>) -> TypeId {
    if m.is_empty() {
        return t;
    }
    subst_depth(table, t, m, 0)
}

fn subst_depth(tt: &mut TypeTable, t: TypeId, m: &HashMap<TypeId, TypeId>, d: u32) -> TypeId {
    if d > MAX_DEPTH {
        return t;
    }
    let d = d + 1;
    if let Some(r) = m.get(&t) {
        return *r;
    }
    match tt.get(t).clone() {
        Type::Basic(_) | Type::TypeParam { .. } => t,
        Type::Pointer(e) => {
            let e = subst_depth(tt, e, m, d);
            tt.pointer(e)
        }
        Type::Slice(e) => {
            let e = subst_depth(tt, e, m, d);
            tt.slice(e)
        }
        Type::Array { len, elem } => {
            let e = subst_depth(tt, elem, m, d);
            tt.array(len, e)
        }
        Type::Map { key, value } => {
            let k = subst_depth(tt, key, m, d);
            let v = subst_depth(tt, value, m, d);
            tt.map(k, v)
        }
        Type::Chan { dir, elem } => {
            let e = subst_depth(tt, elem, m, d);
            tt.chan(dir, e)
        }
        Type::Struct(mut s) => {
            for f in &mut s.fields {
                f.ty = subst_depth(tt, f.ty, m, d);
            }
            tt.intern(Type::Struct(s))
        }
        Type::Signature(mut s) => {
            for p in &mut s.params {
                *p = subst_depth(tt, *p, m, d);
            }
            for r in &mut s.results {
                *r = subst_depth(tt, *r, m, d);
            }
            if let Some(r) = s.recv {
                s.recv = Some(subst_depth(tt, r, m, d));
            }
            tt.intern(Type::Signature(s))
        }
        Type::Interface(mut it) => {
            for x in &mut it.methods {
                x.sig = subst_depth(tt, x.sig, m, d);
            }
            if let Some(ts) = &mut it.terms {
                for x in ts.iter_mut() {
                    x.ty = subst_depth(tt, x.ty, m, d);
                }
            }
            tt.intern(Type::Interface(it))
        }
        Type::Tuple(v) => {
            let v: Vec<TypeId> = v.iter().map(|x| subst_depth(tt, *x, m, d)).collect();
            tt.tuple(v)
        }
        Type::Named(n) => {
            // A generic type used inside its own declaration stands for itself
            // instantiated with its own parameters.
            let (origin, cur) = match n.origin {
                Some(o) => (o, n.targs.clone()),
                None if !n.tparams.is_empty() => (t, n.tparams.clone()),
                None => return t,
            };
            let targs: Vec<TypeId> = cur.iter().map(|x| subst_depth(tt, *x, m, d)).collect();
            if targs == cur {
                return t;
            }
            instantiate_named(tt, origin, targs, d)
        }
    }
}

/// The instance of generic named type `origin` with `targs`, created with
/// its substituted underlying type when the checker never needed it.
fn instantiate_named(tt: &mut TypeTable, origin: TypeId, targs: Vec<TypeId>, d: u32) -> TypeId {
    let Some(on) = tt.named(origin).cloned() else {
        return origin;
    };
    if targs == on.tparams {
        return origin;
    }
    if let Some(i) = tt.instance(origin, &targs) {
        return i;
    }
    let inst = tt.new_instance(origin, targs.clone());
    let m: HashMap<TypeId, TypeId> = on.tparams.iter().copied().zip(targs).collect();
    let u = subst_depth(tt, on.underlying, &m, d);
    let u = tt.underlying(u);
    tt.set_underlying(inst, u);
    inst
}

/// Whether `t` mentions a type parameter (so it differs per instantiation).
pub fn mentions_tparam(tt: &TypeTable, t: TypeId) -> bool {
    mentions(tt, t, 0)
}

fn mentions(tt: &TypeTable, t: TypeId, d: u32) -> bool {
    if d > MAX_DEPTH {
        return false;
    }
    let d = d + 1;
    match tt.get(t) {
        Type::Basic(_) => false,
        Type::TypeParam { .. } => true,
        Type::Pointer(e) | Type::Slice(e) | Type::Array { elem: e, .. } => mentions(tt, *e, d),
        Type::Chan { elem, .. } => mentions(tt, *elem, d),
        Type::Map { key, value } => mentions(tt, *key, d) || mentions(tt, *value, d),
        Type::Struct(s) => s.fields.iter().any(|f| mentions(tt, f.ty, d)),
        Type::Signature(s) => {
            s.params.iter().any(|x| mentions(tt, *x, d))
                || s.results.iter().any(|x| mentions(tt, *x, d))
                || s.recv.is_some_and(|r| mentions(tt, r, d))
        }
        Type::Interface(it) => {
            it.methods.iter().any(|x| mentions(tt, x.sig, d))
                || it
                    .terms
                    .as_ref()
                    .is_some_and(|ts| ts.iter().any(|x| mentions(tt, x.ty, d)))
        }
        Type::Tuple(v) => v.iter().any(|x| mentions(tt, *x, d)),
        Type::Named(n) => {
            n.targs.iter().any(|x| mentions(tt, *x, d))
                || (n.origin.is_none() && !n.tparams.is_empty())
        }
    }
}
