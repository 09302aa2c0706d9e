//! Method tables in type descriptors, for conversions to interfaces that
//! are only decided at run time (`x.(I)`, `case I:` in a type switch,
//! assigning an interface to a smaller one). The runtime's
//! `getitab(iface, typ, canfail)` builds an itab by matching the
//! interface's methods against the dynamic type's table.
//!
//! Table entry (24 bytes, sorted by key): `@0` key string (ptr, i64 len):
//! the method name, prefixed with the package path and a `.` for
//! unexported names; `@16` u32 signature hash; `@20` u32 table index of the
//! interface-callable code (0 in interface descriptors).
//! Descriptor fields: `@32` u32 method count, `@36` u32 address of the table.

use std::collections::BTreeMap;

use super::Pkg;
use crate::emit::object::{DataKind, DataReloc, DataSym, RelocTarget};
use crate::types::{is_exported, PkgId, Type, TypeId};

/// FNV-1a, 32-bit.
fn fnv(bytes: &[u8], mut h: u32) -> u32 {
    for b in bytes {
        h ^= *b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

impl Pkg<'_> {
    /// The matching key of a method name.
    fn method_key(&self, name: &str, pkg: Option<PkgId>) -> String {
        match pkg {
            Some(p) if !is_exported(name) => {
                format!("{}.{name}", self.info.package(p).path)
            }
            _ => name.to_string(),
        }
    }

    /// Hash of a method signature (parameters, results, variadic), the
    /// receiver excluded.
    fn sig_hash(&self, sig_ty: TypeId) -> u32 {
        let Some(sig) = self.info.table.signature(sig_ty) else {
            return 0;
        };
        let mut h = fnv(if sig.variadic { b"v(" } else { b"(" }, 0x811c_9dc5);
        for &p in &sig.params {
            h = fnv(&self.type_identity_hash(p).to_le_bytes(), h);
        }
        h = fnv(b")(", h);
        for &r in &sig.results {
            h = fnv(&self.type_identity_hash(r).to_le_bytes(), h);
        }
        h
    }

    /// The method set of a concrete type: key → method name.
    fn method_set(&self, ty: TypeId) -> BTreeMap<String, String> {
        let info = self.info;
        let is_ptr = matches!(info.table.get(ty), Type::Pointer(_));
        let base = self.lay.elem_ptr(ty);
        let mut names = Vec::new();
        let mut iface_names = Vec::new();
        // Names of all methods reachable through embedding.
        let mut level = vec![base];
        for _ in 0..8 {
            let mut next = Vec::new();
            for t in level {
                let t = self.lay.elem_ptr(t);
                if let Type::Named(n) = info.table.get(t) {
                    for &m in &n.methods {
                        names.push(m);
                    }
                }
                if let Some(st) = info.table.struct_type(t) {
                    for f in st.fields.iter().filter(|f| f.embedded) {
                        next.push(f.ty);
                        if let Some(it) = info.table.interface(f.ty) {
                            for m in &it.methods {
                                iface_names.push((m.name.clone(), m.pkg));
                            }
                        }
                    }
                }
            }
            if next.is_empty() {
                break;
            }
            level = next;
        }
        let mut out = BTreeMap::new();
        for m in names {
            let name = info.obj(m).name.clone();
            let Some((found, path)) = self.find_method(ty, &name) else {
                continue;
            };
            let o = info.obj(found);
            let through_ptr = {
                let mut cur = base;
                let mut any = false;
                for &i in &path {
                    cur = self.lay.elem_ptr(cur);
                    cur = self.lay.field(cur, i).1;
                    any |= matches!(self.lay.under(cur), Type::Pointer(_));
                }
                any
            };
            if is_ptr || !o.ptr_recv || through_ptr {
                out.insert(self.method_key(&name, o.pkg), name);
            }
        }
        // Methods promoted from embedded interface fields.
        for (name, pkg) in iface_names {
            if self.find_method(ty, &name).is_none() && self.find_iface_method(ty, &name).is_some()
            {
                out.insert(self.method_key(&name, pkg), name);
            }
        }
        out
    }

    /// Finds method `name` promoted from an embedded interface field of
    /// `ty`: (field path, interface type, method index, signature).
    pub fn find_iface_method(
        &self,
        ty: TypeId,
        name: &str,
    ) -> Option<(Vec<usize>, TypeId, usize, TypeId)> {
        let info = self.info;
        let mut level: Vec<(TypeId, Vec<usize>)> = vec![(self.lay.elem_ptr(ty), Vec::new())];
        for _ in 0..8 {
            let mut next = Vec::new();
            for (t, path) in &level {
                let t = self.lay.elem_ptr(*t);
                let Some(st) = info.table.struct_type(t) else {
                    continue;
                };
                for (i, f) in st.fields.iter().enumerate() {
                    if !f.embedded {
                        continue;
                    }
                    let mut p = path.clone();
                    p.push(i);
                    if let Some(it) = info.table.interface(f.ty) {
                        if let Some(k) = it.methods.iter().position(|m| m.name == name) {
                            return Some((p, f.ty, k, it.methods[k].sig));
                        }
                    } else {
                        next.push((f.ty, p));
                    }
                }
            }
            if next.is_empty() {
                return None;
            }
            level = next;
        }
        None
    }

    /// The method table of a type descriptor: (symbol, count), or None.
    pub fn method_table(&mut self, ty: TypeId) -> Option<(DataSym, u32)> {
        // (key, signature type, code)
        let mut entries = Vec::new();
        if let Some(it) = self.info.table.interface(ty) {
            for m in it.methods.clone() {
                entries.push((self.method_key(&m.name, m.pkg), m.sig, None));
            }
        } else {
            for (key, name) in self.method_set(ty) {
                let sig = match self.find_method(ty, &name) {
                    Some((m, _)) => self.info.obj(m).ty,
                    None => match self.find_iface_method(ty, &name) {
                        Some((_, _, _, sig)) => sig,
                        None => continue,
                    },
                };
                let Some(code) = self.itab_code(ty, &name) else {
                    continue;
                };
                entries.push((key, sig, Some(code)));
            }
        }
        if entries.is_empty() {
            return None;
        }
        let n = entries.len() as u32;
        let mut bytes = vec![0u8; 24 * n as usize];
        let mut relocs = Vec::new();
        for (k, (key, sig, code)) in entries.iter().enumerate() {
            let at = 24 * k;
            let s = self.string_sym(key.as_bytes());
            relocs.push(DataReloc {
                offset: at as u32,
                target: RelocTarget::DataAddr(s, 0),
            });
            bytes[at + 8..at + 16].copy_from_slice(&(key.len() as u64).to_le_bytes());
            bytes[at + 16..at + 20].copy_from_slice(&self.sig_hash(*sig).to_le_bytes());
            if let Some(f) = code {
                relocs.push(DataReloc {
                    offset: at as u32 + 20,
                    target: RelocTarget::FuncTableIndex(*f),
                });
            }
        }
        let k = self.rtti_method_tables();
        let name = format!("{}..methods.{k}", self.prefix);
        let d = self
            .obj
            .define_data(&name, DataKind::ReadOnly, 8, bytes, 24 * n, relocs);
        self.obj.set_local_data(d);
        Some((d, n))
    }
}
