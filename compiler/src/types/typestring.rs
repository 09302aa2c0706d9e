//! Type strings as gc prints them in messages (types2's TypeString with a qualifier that
//! leaves the package being compiled unqualified).

use super::model::*;

/// `qual`: types of this package print unqualified; others as `pkgname.T`.
pub fn type_string(info: &Info, t: TypeId, qual: Option<PkgId>) -> String {
    let mut s = String::new();
    write_type(info, t, qual, &mut s, 0);
    s
}

fn write_type(info: &Info, t: TypeId, qual: Option<PkgId>, out: &mut String, depth: u32) {
    if depth > 50 {
        out.push_str("...");
        return;
    }
    let d = depth + 1;
    match info.table.get(t) {
        Type::Basic(k) => out.push_str(k.name()),
        Type::Pointer(e) => {
            out.push('*');
            write_type(info, *e, qual, out, d);
        }
        Type::Slice(e) => {
            out.push_str("[]");
            write_type(info, *e, qual, out, d);
        }
        Type::Array { len, elem } => {
            out.push_str(&format!("[{len}]"));
            write_type(info, *elem, qual, out, d);
        }
        Type::Map { key, value } => {
            out.push_str("map[");
            write_type(info, *key, qual, out, d);
            out.push(']');
            write_type(info, *value, qual, out, d);
        }
        Type::Chan { dir, elem } => {
            let paren = matches!(dir, ChanDir::Both)
                && matches!(
                    info.table.get(*elem),
                    Type::Chan {
                        dir: ChanDir::Recv,
                        ..
                    }
                );
            out.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            if paren {
                out.push('(');
            }
            write_type(info, *elem, qual, out, d);
            if paren {
                out.push(')');
            }
        }
        Type::Struct(st) => {
            out.push_str("struct{");
            for (i, f) in st.fields.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                if !f.embedded {
                    out.push_str(&f.name);
                    out.push(' ');
                }
                write_type(info, f.ty, qual, out, d);
                if let Some(tag) = &f.tag {
                    out.push(' ');
                    out.push_str(&crate::constant::quote(tag.as_bytes()));
                }
            }
            out.push('}');
        }
        Type::Signature(sig) => {
            out.push_str("func");
            write_signature(info, sig, qual, out, d);
        }
        Type::Interface(it) => {
            if it.methods.is_empty() && it.terms.is_none() && !it.comparable {
                // The universe's `any` and `interface{}` are one type here; modern code
                // spells it `any`, as gc prints the alias.
                out.push_str("any");
                return;
            }
            // A constraint written as a bare union (`[T ~int | ~float64]`) is an implicit
            // interface: gc prints just the union. (An explicit unnamed `interface{ ~int }`
            // is rare; named constraints print by name.)
            if let (true, false, Some(terms)) = (it.methods.is_empty(), it.comparable, &it.terms) {
                for (i, term) in terms.iter().enumerate() {
                    if i > 0 {
                        out.push_str(" | ");
                    }
                    if term.tilde {
                        out.push('~');
                    }
                    write_type(info, term.ty, qual, out, d);
                }
                return;
            }
            out.push_str("interface{");
            let mut first = true;
            if it.comparable {
                out.push_str("comparable");
                first = false;
            }
            for m in &it.methods {
                if !first {
                    out.push(';');
                }
                first = false;
                out.push_str(&m.name);
                if let Type::Signature(sig) = info.table.get(m.sig) {
                    write_signature(info, sig, qual, out, d);
                }
            }
            if let Some(terms) = &it.terms {
                if !first {
                    out.push(';');
                }
                for (i, term) in terms.iter().enumerate() {
                    if i > 0 {
                        out.push_str(" | ");
                    }
                    if term.tilde {
                        out.push('~');
                    }
                    write_type(info, term.ty, qual, out, d);
                }
            }
            out.push('}');
        }
        Type::Named(n) => {
            let o = info.obj(n.obj);
            if let Some(p) = o.pkg {
                if Some(p) != qual && info.universe_obj(n.obj).is_none() {
                    out.push_str(&info.package(p).name);
                    out.push('.');
                }
            }
            out.push_str(&o.name);
            if n.targs.is_empty() && !n.tparams.is_empty() {
                // An uninstantiated generic type prints with its type parameter list.
                out.push('[');
                for (i, tp) in n.tparams.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    write_type(info, *tp, qual, out, d);
                    if let Type::TypeParam { constraint, .. } = info.table.get(*tp) {
                        out.push(' ');
                        write_type(info, *constraint, qual, out, d);
                    }
                }
                out.push(']');
            }
            if !n.targs.is_empty() {
                out.push('[');
                for (i, a) in n.targs.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_type(info, *a, qual, out, d);
                }
                out.push(']');
            }
        }
        Type::Tuple(v) => {
            out.push('(');
            for (i, e) in v.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_type(info, *e, qual, out, d);
            }
            out.push(')');
        }
        Type::TypeParam { obj, .. } => out.push_str(&info.obj(*obj).name),
    }
}

fn write_signature(info: &Info, sig: &Signature, qual: Option<PkgId>, out: &mut String, d: u32) {
    out.push('(');
    let n = sig.params.len();
    for (i, p) in sig.params.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if sig.variadic && i + 1 == n {
            out.push_str("...");
            if let Type::Slice(e) = info.table.get(*p) {
                write_type(info, *e, qual, out, d);
                continue;
            }
        }
        write_type(info, *p, qual, out, d);
    }
    out.push(')');
    match sig.results.len() {
        0 => {}
        1 if !matches!(info.table.get(sig.results[0]), Type::Tuple(_)) => {
            out.push(' ');
            write_type(info, sig.results[0], qual, out, d);
        }
        _ => {
            out.push_str(" (");
            for (i, r) in sig.results.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_type(info, *r, qual, out, d);
            }
            out.push(')');
        }
    }
}

impl Info {
    /// Is `obj` an object of the universe scope (e.g. `error`, `comparable`)?
    pub fn universe_obj(&self, obj: ObjId) -> Option<()> {
        if self.obj(obj).pkg.is_none() {
            Some(())
        } else {
            None
        }
    }
}
