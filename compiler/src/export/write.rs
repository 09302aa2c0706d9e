//! Export data writer. Deterministic: objects sorted by name, types numbered in the order
//! a depth-first walk from those objects first reaches them; no positions, so edits to
//! function bodies (which can move lines) leave the output byte-identical.

use std::collections::HashMap;

use super::enc::*;
use super::*;
use crate::types::{is_exported, Info, ObjId, ObjKind, Type, TypeId};

struct Writer<'a> {
    info: &'a Info,
    prefix: &'a str,
    /// Encoded type entries, by index.
    entries: Vec<Vec<u8>>,
    index: HashMap<TypeId, u64>,
}

/// Export data of the checked package in `info`; `prefix` is its link-symbol prefix
/// (`main` for package main, else the import path).
pub fn write(info: &Info, prefix: &str) -> Vec<u8> {
    let mut w = Writer {
        info,
        prefix,
        entries: Vec::new(),
        index: HashMap::new(),
    };
    let Some(pkg) = info.pkg else {
        return Vec::new();
    };
    let p = info.package(pkg);
    let scope = info.scope(p.scope);
    // Exported package-level objects, by name (BTreeMap order).
    let objs: Vec<ObjId> = scope
        .names
        .iter()
        .filter(|(n, _)| is_exported(n))
        .map(|(_, o)| *o)
        .collect();
    let mut body = Vec::new();
    put_uv(&mut body, objs.len() as u64);
    for o in objs {
        w.object(o, &mut body);
    }
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&VERSION.to_le_bytes());
    put_str(&mut out, &p.path);
    put_str(&mut out, &p.name);
    let mut imports = p.imports.clone();
    imports.sort();
    put_uv(&mut out, imports.len() as u64);
    for i in &imports {
        put_str(&mut out, i);
    }
    put_uv(&mut out, w.entries.len() as u64);
    for e in &w.entries {
        out.extend_from_slice(e);
    }
    out.extend_from_slice(&body);
    out
}

impl Writer<'_> {
    fn object(&mut self, o: ObjId, out: &mut Vec<u8>) {
        let ob = self.info.obj(o);
        match &ob.kind {
            ObjKind::Const(v) => {
                out.push(O_CONST);
                put_str(out, &ob.name);
                let t = self.ty(ob.ty);
                put_uv(out, t);
                put_const(out, v);
            }
            ObjKind::Var { .. } => {
                out.push(O_VAR);
                put_str(out, &ob.name);
                let t = self.ty(ob.ty);
                put_uv(out, t);
                put_str(out, &self.info.link_name(o, self.prefix));
            }
            ObjKind::Func => {
                out.push(O_FUNC);
                put_str(out, &ob.name);
                let t = self.ty(ob.ty);
                put_uv(out, t);
                put_str(out, &self.info.link_name(o, self.prefix));
                let tps = self.info.tparams.get(&o).cloned().unwrap_or_default();
                put_uv(out, tps.len() as u64);
                for tp in tps {
                    let x = self.ty(tp);
                    put_uv(out, x);
                }
            }
            ObjKind::TypeName => {
                let is_def = matches!(self.info.table.get(ob.ty), Type::Named(n) if n.obj == o);
                out.push(if is_def { O_TYPE } else { O_ALIAS });
                put_str(out, &ob.name);
                let t = self.ty(ob.ty);
                put_uv(out, t);
            }
            _ => {
                // Not expected at package level; keep the count right with a harmless alias.
                out.push(O_ALIAS);
                put_str(out, &ob.name);
                let t = self.ty(crate::types::BasicKind::Invalid.id());
                put_uv(out, t);
            }
        }
    }

    /// Index of type `t`, encoding it (and what it refers to) on first use.
    fn ty(&mut self, t: TypeId) -> u64 {
        if let Some(i) = self.index.get(&t) {
            return *i;
        }
        let i = self.entries.len() as u64;
        self.index.insert(t, i);
        self.entries.push(Vec::new());
        let mut e = Vec::new();
        let info = self.info;
        match info.table.get(t) {
            Type::Basic(k) => {
                e.push(T_BASIC);
                e.push(*k as u8);
            }
            Type::Named(n) if n.origin.is_some() => {
                // An instance: origin, type arguments and its (substituted) underlying type.
                e.push(T_INSTANCE);
                let n = n.clone();
                let o = self.ty(n.origin.unwrap());
                put_uv(&mut e, o);
                put_uv(&mut e, n.targs.len() as u64);
                for a in &n.targs {
                    let x = self.ty(*a);
                    put_uv(&mut e, x);
                }
                let u = self.ty(n.underlying);
                put_uv(&mut e, u);
            }
            Type::Named(n) => {
                let o = info.obj(n.obj);
                match o.pkg {
                    None => {
                        e.push(T_NAMED_UNIVERSE);
                        put_str(&mut e, &o.name);
                    }
                    Some(p) if Some(p) != info.pkg => {
                        e.push(T_NAMED_REF);
                        put_str(&mut e, &info.package(p).path);
                        put_str(&mut e, &o.name);
                    }
                    Some(_) => {
                        e.push(T_NAMED_LOCAL);
                        put_str(&mut e, &o.name);
                        let u = self.ty(n.underlying);
                        put_uv(&mut e, u);
                        let mut ms: Vec<ObjId> = n.methods.clone();
                        ms.sort_by(|a, b| info.obj(*a).name.cmp(&info.obj(*b).name));
                        put_uv(&mut e, ms.len() as u64);
                        for m in ms {
                            let mo = info.obj(m);
                            put_str(&mut e, &mo.name);
                            e.push(mo.ptr_recv as u8);
                            // signature without receiver
                            let sig = match info.table.get(mo.ty) {
                                Type::Signature(s) => s.clone(),
                                _ => crate::types::Signature {
                                    params: vec![],
                                    results: vec![],
                                    variadic: false,
                                    recv: None,
                                },
                            };
                            self.sig(&sig, &mut e);
                            put_str(&mut e, &info.link_name(m, self.prefix));
                            // Own type parameters of a generic method (Go 1.27); methods of
                            // generic types list their receiver's in `Info::tparams` instead.
                            let own = if n.tparams.is_empty() {
                                info.tparams.get(&m).cloned().unwrap_or_default()
                            } else {
                                Vec::new()
                            };
                            put_uv(&mut e, own.len() as u64);
                            for tp in own {
                                let x = self.ty(tp);
                                put_uv(&mut e, x);
                            }
                        }
                        put_uv(&mut e, n.tparams.len() as u64);
                        for tp in n.tparams.clone() {
                            let x = self.ty(tp);
                            put_uv(&mut e, x);
                        }
                    }
                }
            }
            Type::Pointer(x) => {
                e.push(T_POINTER);
                let x = self.ty(*x);
                put_uv(&mut e, x);
            }
            Type::Slice(x) => {
                e.push(T_SLICE);
                let x = self.ty(*x);
                put_uv(&mut e, x);
            }
            Type::Array { len, elem } => {
                e.push(T_ARRAY);
                put_uv(&mut e, *len);
                let x = self.ty(*elem);
                put_uv(&mut e, x);
            }
            Type::Map { key, value } => {
                e.push(T_MAP);
                let k = self.ty(*key);
                let v = self.ty(*value);
                put_uv(&mut e, k);
                put_uv(&mut e, v);
            }
            Type::Chan { dir, elem } => {
                e.push(T_CHAN);
                e.push(*dir as u8);
                let x = self.ty(*elem);
                put_uv(&mut e, x);
            }
            Type::Struct(s) => {
                e.push(T_STRUCT);
                put_uv(&mut e, s.fields.len() as u64);
                for f in &s.fields {
                    put_str(&mut e, &f.name);
                    let x = self.ty(f.ty);
                    put_uv(&mut e, x);
                    e.push(f.embedded as u8);
                    match &f.tag {
                        Some(tg) => {
                            e.push(1);
                            put_str(&mut e, tg);
                        }
                        None => e.push(0),
                    }
                    let pkg = f.pkg.filter(|_| !is_exported(&f.name));
                    put_str(
                        &mut e,
                        pkg.map(|p| info.package(p).path.as_str()).unwrap_or(""),
                    );
                }
            }
            Type::Signature(s) => {
                e.push(T_SIGNATURE);
                let s = s.clone();
                self.sig(&s, &mut e);
            }
            Type::Interface(it) => {
                e.push(T_INTERFACE);
                let it = it.clone();
                put_uv(&mut e, it.methods.len() as u64);
                for m in &it.methods {
                    put_str(&mut e, &m.name);
                    let x = self.ty(m.sig);
                    put_uv(&mut e, x);
                    put_str(
                        &mut e,
                        m.pkg.map(|p| info.package(p).path.as_str()).unwrap_or(""),
                    );
                }
                e.push(it.comparable as u8);
                match &it.terms {
                    None => e.push(0),
                    Some(ts) => {
                        e.push(1);
                        put_uv(&mut e, ts.len() as u64);
                        for term in ts {
                            e.push(term.tilde as u8);
                            let x = self.ty(term.ty);
                            put_uv(&mut e, x);
                        }
                    }
                }
            }
            Type::Tuple(v) => {
                e.push(T_TUPLE);
                let v = v.clone();
                put_uv(&mut e, v.len() as u64);
                for x in v {
                    let x = self.ty(x);
                    put_uv(&mut e, x);
                }
            }
            Type::TypeParam {
                obj,
                index,
                constraint,
            } => {
                e.push(T_TYPEPARAM);
                put_str(&mut e, &info.obj(*obj).name);
                put_uv(&mut e, *index as u64);
                let c = self.ty(*constraint);
                put_uv(&mut e, c);
            }
        }
        self.entries[i as usize] = e;
        i
    }

    /// params, results, variadic flag (receivers are not part of the encoding).
    fn sig(&mut self, s: &crate::types::Signature, e: &mut Vec<u8>) {
        put_uv(e, s.params.len() as u64);
        for p in &s.params {
            let x = self.ty(*p);
            put_uv(e, x);
        }
        put_uv(e, s.results.len() as u64);
        for r in &s.results {
            let x = self.ty(*r);
            put_uv(e, x);
        }
        e.push(s.variadic as u8);
    }
}
