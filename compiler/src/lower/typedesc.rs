//! Run-time type information for interfaces: type descriptors, itabs, the
//! method wrappers itabs point at, and per-type equality functions.
//!
//! Type descriptor (read-only, 48 bytes, align 8; one per type per object,
//! package-local `PREFIX..type.N`):
//! ```text
//! @0  size u32      @4  hash u32 (FNV-1a of the type's identity)
//! @8  kind u8 (gc's reflect.Kind numbers)   @9 direct u8 (data word holds the value)
//! @10 comparable u8 @12 equal: table index of func(a, b unsafe.Pointer) bool
//! @16 string: the type as gc's runtime prints it (ptr @16, len @24)
//! @32 method count u32   @36 method table address (see methods.rs)
//! @40 hasher: func value `func(p unsafe.Pointer, seed uintptr) uintptr`
//!     hashing a value of the type at p (0 when not comparable); used for
//!     interface-typed map keys
//! @44 elem: descriptor of the element type of a pointer, slice, array,
//!     channel or map (its value type); 0 otherwise, or when the element is
//!     the type itself through element links only (`type S []S`). Used by
//!     internal/reflectlite (`Type.Elem`, errors.As).
//! ```
//! Descriptors are not deduplicated across objects, so type identity is
//! "same pointer, or same hash and same string" (`Fx::type_eq`).
//!
//! Itab (read-only, package-local `PREFIX..itab.N`): `@0` type descriptor,
//! `@4 + 4k` table index of the code for the interface's k-th method (in
//! the interface's sorted method order). That code takes the receiver as
//! the interface's data word: pointer-receiver methods of `*T` directly,
//! everything else through a wrapper that loads / walks to the receiver.

use std::collections::HashMap;

use wasm_encoder::{Instruction as I, ValType};

use super::func::Fx;
use super::layout::Repr;
use super::Pkg;
use crate::emit::code::{memarg, Op};
use crate::emit::object::{DataKind, DataReloc, DataSym, FuncSym, RelocTarget};
use crate::syntax::ast::BinaryOp;
use crate::types::typestring::type_string;
use crate::types::{BasicKind, ObjId, Type, TypeId};

/// Interning tables for run-time type information of one package.
#[derive(Default)]
pub(crate) struct TypeInfoTables {
    descs: HashMap<TypeId, DataSym>,
    itabs: HashMap<(TypeId, TypeId), DataSym>,
    wrappers: HashMap<(TypeId, String), FuncSym>,
    eqs: HashMap<TypeId, FuncSym>,
    /// Descriptors started (names are numbered by this, so nested
    /// creation never reuses a name).
    pub descs_pending: usize,
    method_tables: usize,
    /// Descriptors whose element descriptor is being built (cycle guard).
    building: Vec<TypeId>,
}

impl Pkg<'_> {
    /// A fresh number for a method table symbol.
    pub fn rtti_method_tables(&mut self) -> usize {
        self.rtti.method_tables += 1;
        self.rtti.method_tables - 1
    }
}

/// gc's reflect.Kind numbering.
fn kind_of(p: &Pkg<'_>, ty: TypeId) -> u8 {
    use BasicKind::*;
    match p.lay.under(ty) {
        Type::Basic(k) => match k {
            Bool | UntypedBool => 1,
            Int | UntypedInt => 2,
            Int8 => 3,
            Int16 => 4,
            Int32 | UntypedRune => 5,
            Int64 => 6,
            Uint => 7,
            Uint8 => 8,
            Uint16 => 9,
            Uint32 => 10,
            Uint64 => 11,
            Uintptr => 12,
            Float32 => 13,
            Float64 | UntypedFloat => 14,
            Complex64 => 15,
            Complex128 | UntypedComplex => 16,
            String | UntypedString => 24,
            UnsafePointer => 26,
            _ => 0,
        },
        Type::Array { .. } => 17,
        Type::Chan { .. } => 18,
        Type::Signature(_) => 19,
        Type::Interface(_) => 20,
        Type::Map { .. } => 21,
        Type::Pointer(_) => 22,
        Type::Slice(_) => 23,
        Type::Struct(_) => 25,
        _ => 0,
    }
}

/// FNV-1a, 32-bit.
fn fnv(bytes: &[u8], mut h: u32) -> u32 {
    for b in bytes {
        h ^= *b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

impl Pkg<'_> {
    /// Whether interface values hold a value of `ty` in the data word itself.
    pub fn is_direct(&self, ty: TypeId) -> bool {
        matches!(
            self.lay.under(ty),
            Type::Pointer(_) | Type::Map { .. } | Type::Chan { .. } | Type::Signature(_)
        ) || self.lay.basic(ty) == Some(BasicKind::UnsafePointer)
    }

    /// Whether `==` is defined on `ty`.
    pub fn comparable(&self, ty: TypeId) -> bool {
        match self.lay.under(ty) {
            Type::Slice(_) | Type::Map { .. } | Type::Signature(_) => false,
            Type::Array { elem, .. } => self.comparable(*elem),
            Type::Struct(st) => st.fields.iter().all(|f| self.comparable(f.ty)),
            _ => true,
        }
    }

    /// The type as gc's runtime prints it (`main.T`, `*main.T`, `[]int`,
    /// `interface {}`).
    pub fn runtime_type_string(&self, ty: TypeId) -> String {
        let s = type_string(self.info, ty, None);
        s.replace("interface{}", "interface {}")
            .replace("any", "interface {}")
    }

    /// Identity hash: the printed type plus, for every named type in it,
    /// its package path and (for local types) declaration position, so
    /// equal strings of different types hash differently.
    pub fn type_identity_hash(&self, ty: TypeId) -> u32 {
        let mut h = fnv(self.runtime_type_string(ty).as_bytes(), 0x811c_9dc5);
        let mut seen = Vec::new();
        self.hash_named(ty, &mut h, &mut seen, 0);
        h
    }

    fn hash_named(&self, ty: TypeId, h: &mut u32, seen: &mut Vec<TypeId>, depth: u32) {
        if depth > 20 || seen.contains(&ty) {
            return;
        }
        seen.push(ty);
        let info = self.info;
        match info.table.get(ty) {
            Type::Named(n) => {
                let o = info.obj(n.obj);
                if let Some(pk) = o.pkg {
                    *h = fnv(info.package(pk).path.as_bytes(), *h);
                }
                if !o.parent_is_package {
                    let pos = format!("@{}:{}:{}", o.pos.file, o.pos.line, o.pos.col);
                    *h = fnv(pos.as_bytes(), *h);
                }
                for &a in &n.targs {
                    self.hash_named(a, h, seen, depth + 1);
                }
            }
            Type::Pointer(e) | Type::Slice(e) => self.hash_named(*e, h, seen, depth + 1),
            Type::Array { elem, .. } | Type::Chan { elem, .. } => {
                self.hash_named(*elem, h, seen, depth + 1)
            }
            Type::Map { key, value } => {
                self.hash_named(*key, h, seen, depth + 1);
                self.hash_named(*value, h, seen, depth + 1);
            }
            Type::Struct(st) => {
                for f in &st.fields {
                    self.hash_named(f.ty, h, seen, depth + 1);
                }
            }
            Type::Signature(s) => {
                for &t in s.params.iter().chain(&s.results) {
                    self.hash_named(t, h, seen, depth + 1);
                }
            }
            _ => {}
        }
    }

    /// The type descriptor of `ty`.
    pub fn type_desc(&mut self, ty: TypeId) -> DataSym {
        if let Some(d) = self.rtti.descs.get(&ty) {
            return *d;
        }
        let elem = match self.lay.under(ty) {
            Type::Pointer(e) | Type::Slice(e) => Some(*e),
            Type::Array { elem, .. } | Type::Chan { elem, .. } => Some(*elem),
            Type::Map { value, .. } => Some(*value),
            _ => None,
        };
        let elem_desc = match elem {
            Some(e) if !self.rtti.building.contains(&ty) => {
                self.rtti.building.push(ty);
                let d = self.type_desc(e);
                self.rtti.building.pop();
                if let Some(d) = self.rtti.descs.get(&ty) {
                    // Built meanwhile through a cycle.
                    return *d;
                }
                Some(d)
            }
            _ => None,
        };
        let name = self.runtime_type_string(ty);
        let str_sym = self.string_sym(name.as_bytes());
        let mut bytes = vec![0u8; 48];
        bytes[0..4].copy_from_slice(&self.lay.size(ty).to_le_bytes());
        bytes[4..8].copy_from_slice(&self.type_identity_hash(ty).to_le_bytes());
        bytes[8] = kind_of(self, ty);
        bytes[9] = self.is_direct(ty) as u8;
        let comparable = self.comparable(ty);
        bytes[10] = comparable as u8;
        bytes[24..32].copy_from_slice(&(name.len() as u64).to_le_bytes());
        let mut relocs = vec![DataReloc {
            offset: 16,
            target: RelocTarget::DataAddr(str_sym, 0),
        }];
        if let Some(d) = elem_desc {
            relocs.push(DataReloc {
                offset: 44,
                target: RelocTarget::DataAddr(d, 0),
            });
        }
        if comparable && !self.is_direct(ty) {
            let eq = self.eq_func(ty);
            relocs.push(DataReloc {
                offset: 12,
                target: RelocTarget::FuncTableIndex(eq),
            });
        }
        let sym_name = format!("{}..type.{}", self.prefix, self.rtti.descs_pending);
        // Reserve the name before building the method table (which may
        // need other descriptors).
        self.rtti.descs_pending += 1;
        if comparable && self.lay.repr(ty) != Repr::Iface {
            // For interface-typed map keys: the hasher as a func value.
            let rec = self.key_hasher_record(ty);
            relocs.push(DataReloc {
                offset: 40,
                target: RelocTarget::DataAddr(rec, 0),
            });
        }
        if let Some((mt, n)) = self.method_table(ty) {
            bytes[32..36].copy_from_slice(&n.to_le_bytes());
            relocs.push(DataReloc {
                offset: 36,
                target: RelocTarget::DataAddr(mt, 0),
            });
        }
        if let Some(d) = self.rtti.descs.get(&ty) {
            return *d;
        }
        let d = self
            .obj
            .define_data(&sym_name, DataKind::ReadOnly, 8, bytes, 48, relocs);
        self.obj.set_local_data(d);
        self.rtti.descs.insert(ty, d);
        d
    }

    /// `func(a, b unsafe.Pointer) bool` comparing two values of `ty` in memory.
    fn eq_func(&mut self, ty: TypeId) -> FuncSym {
        if let Some(f) = self.rtti.eqs.get(&ty) {
            return *f;
        }
        let name = format!("{}..eq.{}", self.prefix, self.rtti.eqs.len());
        let fty = self
            .obj
            .func_type(&[ValType::I32, ValType::I32], &[ValType::I32]);
        let sym = self.obj.declare_func(&name, fty, None);
        self.obj.set_local_func(sym);
        self.rtti.eqs.insert(ty, sym);
        let mut fx = Fx::new(self, &[ValType::I32, ValType::I32]);
        if fx.lay.repr(ty) == Repr::Mem {
            fx.equal_mem(ty, 0, 0, 1, 0);
        } else {
            fx.c.ins(I::LocalGet(0));
            fx.load(ty, 0);
            fx.c.ins(I::LocalGet(1));
            fx.load(ty, 0);
            fx.compare_values(BinaryOp::Eq, ty);
        }
        fx.release_frame();
        let code = fx.finish();
        self.obj.define_func(sym, code.into_writer());
        sym
    }

    /// Finds method `name` of concrete type `ty`: the method object and
    /// the embedded-field path leading to its receiver.
    pub fn find_method(&self, ty: TypeId, name: &str) -> Option<(ObjId, Vec<usize>)> {
        let info = self.info;
        let base = match info.table.get(ty) {
            Type::Pointer(e) => *e,
            _ => ty,
        };
        // Breadth-first over embedded fields (shallowest wins).
        let mut level: Vec<(TypeId, Vec<usize>)> = vec![(base, Vec::new())];
        for _ in 0..8 {
            let mut next = Vec::new();
            for (t, path) in &level {
                let t = match info.table.get(*t) {
                    Type::Pointer(e) => *e,
                    _ => *t,
                };
                if let Type::Named(n) = info.table.get(t) {
                    if let Some(&m) = n.methods.iter().find(|&&m| info.obj(m).name == name) {
                        return Some((m, path.clone()));
                    }
                }
                if let Some(st) = info.table.struct_type(t) {
                    for (i, f) in st.fields.iter().enumerate() {
                        if f.embedded {
                            let mut p = path.clone();
                            p.push(i);
                            next.push((f.ty, p));
                        }
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

    /// The itab for concrete type `ty` implementing interface `iface`.
    pub fn itab(&mut self, ty: TypeId, iface: TypeId) -> Option<DataSym> {
        if let Some(d) = self.rtti.itabs.get(&(ty, iface)) {
            return Some(*d);
        }
        let methods = self.info.table.interface(iface)?.methods.clone();
        let desc = self.type_desc(ty);
        let mut relocs = vec![DataReloc {
            offset: 0,
            target: RelocTarget::DataAddr(desc, 0),
        }];
        for (k, m) in methods.iter().enumerate() {
            let f = self.itab_code(ty, &m.name)?;
            relocs.push(DataReloc {
                offset: 4 + 4 * k as u32,
                target: RelocTarget::FuncTableIndex(f),
            });
        }
        let size = 4 + 4 * methods.len() as u32;
        let name = format!("{}..itab.{}", self.prefix, self.rtti.itabs.len());
        let d = self.obj.define_data(
            &name,
            DataKind::ReadOnly,
            4,
            vec![0; size as usize],
            size,
            relocs,
        );
        self.obj.set_local_data(d);
        self.rtti.itabs.insert((ty, iface), d);
        Some(d)
    }

    /// The code an itab holds for method `name` of dynamic type `ty`.
    pub fn itab_code(&mut self, ty: TypeId, name: &str) -> Option<FuncSym> {
        let Some((m, path)) = self.find_method(ty, name) else {
            if let Some(f) = self.rtti.wrappers.get(&(ty, name.to_string())) {
                return Some(*f);
            }
            let (path, _, k, sig) = self.find_iface_method(ty, name)?;
            let f = self.iface_promote_wrapper(ty, &path, k, sig)?;
            self.rtti.wrappers.insert((ty, name.to_string()), f);
            return Some(f);
        };
        let direct_ptr = matches!(self.info.table.get(ty), Type::Pointer(_));
        let m_ptr = self.info.obj(m).ptr_recv;
        let exact = if direct_ptr {
            m_ptr
        } else {
            self.is_direct(ty) && !m_ptr
        };
        if path.is_empty() && exact {
            // The data word is exactly the receiver.
            return match self.func_kind(m) {
                super::FuncKind::Go(s) => Some(s),
                _ => None,
            };
        }
        if let Some(f) = self.rtti.wrappers.get(&(ty, name.to_string())) {
            return Some(*f);
        }
        let f = self.method_wrapper(ty, m, &path)?;
        self.rtti.wrappers.insert((ty, name.to_string()), f);
        Some(f)
    }

    /// A function with the interface-call signature (receiver = data word)
    /// that finds the real receiver of `m` in a `ty` and calls `m`.
    fn method_wrapper(&mut self, ty: TypeId, m: ObjId, path: &[usize]) -> Option<FuncSym> {
        let sig_ty = self.info.obj(m).ty;
        let sig = self.info.table.signature(sig_ty)?.clone();
        let recv_ty = sig.recv?;
        let target = match self.func_kind(m) {
            super::FuncKind::Go(s) => s,
            _ => return None,
        };
        // Wasm params: hidden result pointers, data word, params.
        let nres = sig
            .results
            .iter()
            .filter(|&&r| self.lay.repr(r) == Repr::Mem)
            .count() as u32;
        let mut params: Vec<ValType> = vec![ValType::I32; nres as usize + 1];
        for &p in &sig.params {
            params.extend_from_slice(self.lay.repr(p).vals());
        }
        let mut results = Vec::new();
        for &r in &sig.results {
            if self.lay.repr(r) != Repr::Mem {
                results.extend_from_slice(self.lay.repr(r).vals());
            }
        }
        let fty = self.obj.func_type(&params, &results);
        let name = format!("{}..iw.{}", self.prefix, self.rtti.wrappers.len());
        let sym = self.obj.declare_func(&name, fty, None);
        self.obj.set_local_func(sym);
        let mut fx = Fx::new(self, &params);
        for i in 0..nres {
            fx.c.ins(I::LocalGet(i));
        }
        // Position: an address (local + offset) of a value of type `cur`.
        let data = nres;
        let (mut cur, addr) = match fx.info.table.get(ty) {
            Type::Pointer(e) => (*e, data),
            _ if fx.p.is_direct(ty) => {
                // A direct non-pointer type has only value methods, no path.
                fx.c.ins(I::LocalGet(data));
                fx.finish_wrapper(target, &params, nres + 1);
                let code = fx.finish();
                self.obj.define_func(sym, code.into_writer());
                return Some(sym);
            }
            _ => (ty, data),
        };
        let base = fx.local(ValType::I32);
        fx.c.ins(I::LocalGet(addr));
        fx.c.ins(I::LocalSet(base));
        let mut off = 0u32;
        let needs_nil_check = matches!(fx.info.table.get(ty), Type::Pointer(_));
        if needs_nil_check {
            fx.c.ins(I::LocalGet(base));
            fx.nil_check();
            fx.c.ins(I::Drop);
        }
        for &idx in path {
            if let Type::Pointer(e) = fx.lay.under(cur) {
                let e = *e;
                fx.c.ins(I::LocalGet(base));
                fx.c.ins(I::I32Load(memarg(off, 4)));
                fx.nil_check();
                fx.c.ins(I::LocalSet(base));
                off = 0;
                cur = e;
            }
            let (foff, fty) = fx.lay.field(cur, idx);
            off += foff;
            cur = fty;
        }
        let cur_is_ptr = matches!(fx.lay.under(cur), Type::Pointer(_));
        let ptr_recv = matches!(fx.lay.under(recv_ty), Type::Pointer(_));
        fx.c.ins(I::LocalGet(base));
        match (ptr_recv, cur_is_ptr) {
            (true, true) => fx.c.ins(I::I32Load(memarg(off, 4))),
            (true, false) => fx.add_offset(off),
            (false, true) => {
                fx.c.ins(I::I32Load(memarg(off, 4)));
                fx.nil_check();
                fx.load(recv_ty, 0);
                if fx.lay.repr(recv_ty) == Repr::Mem {
                    fx.copy_to_temp(recv_ty);
                }
            }
            (false, false) => {
                fx.load(recv_ty, off);
                if fx.lay.repr(recv_ty) == Repr::Mem {
                    fx.copy_to_temp(recv_ty);
                }
            }
        }
        fx.finish_wrapper(target, &params, nres + 1);
        let code = fx.finish();
        self.obj.define_func(sym, code.into_writer());
        Some(sym)
    }
}

impl Pkg<'_> {
    /// Interface-call code for a method promoted from an embedded interface
    /// field: finds the field's (tab, data) and calls through its itab.
    fn iface_promote_wrapper(
        &mut self,
        ty: TypeId,
        path: &[usize],
        k: usize,
        sig_ty: TypeId,
    ) -> Option<FuncSym> {
        let sig = self.info.table.signature(sig_ty)?.clone();
        let nres = sig
            .results
            .iter()
            .filter(|&&r| self.lay.repr(r) == Repr::Mem)
            .count() as u32;
        let mut params: Vec<ValType> = vec![ValType::I32; nres as usize + 1];
        for &p in &sig.params {
            params.extend_from_slice(self.lay.repr(p).vals());
        }
        let mut results = Vec::new();
        for &r in &sig.results {
            if self.lay.repr(r) != Repr::Mem {
                results.extend_from_slice(self.lay.repr(r).vals());
            }
        }
        let fty = self.obj.func_type(&params, &results);
        let name = format!("{}..iw.{}", self.prefix, self.rtti.wrappers.len());
        let sym = self.obj.declare_func(&name, fty, None);
        self.obj.set_local_func(sym);
        let mut fx = Fx::new(self, &params);
        let data = nres;
        let base = fx.local(ValType::I32);
        fx.c.ins(I::LocalGet(data));
        if matches!(fx.info.table.get(ty), Type::Pointer(_)) {
            fx.nil_check();
        }
        fx.c.ins(I::LocalSet(base));
        let mut cur = fx.lay.elem_ptr(ty);
        let mut off = 0u32;
        for (j, &idx) in path.iter().enumerate() {
            if j > 0 {
                if let Type::Pointer(e) = fx.lay.under(cur) {
                    let e = *e;
                    fx.c.ins(I::LocalGet(base));
                    fx.c.ins(I::I32Load(memarg(off, 4)));
                    fx.nil_check();
                    fx.c.ins(I::LocalSet(base));
                    off = 0;
                    cur = e;
                }
            }
            let (foff, fty) = fx.lay.field(cur, idx);
            off += foff;
            cur = fty;
        }
        let tab = fx.local(ValType::I32);
        fx.c.ins(I::LocalGet(base));
        fx.c.ins(I::I32Load(memarg(off, 4)));
        fx.nil_check();
        fx.c.ins(I::LocalSet(tab));
        for i in 0..nres {
            fx.c.ins(I::LocalGet(i));
        }
        fx.c.ins(I::LocalGet(base));
        fx.c.ins(I::I32Load(memarg(off + 4, 4)));
        for i in nres + 1..params.len() as u32 {
            fx.c.ins(I::LocalGet(i));
        }
        fx.c.ins(I::LocalGet(tab));
        fx.c.ins(I::I32Load(memarg(4 + 4 * k as u32, 4)));
        fx.c.op(Op::CallIndirect(fty));
        fx.release_frame();
        let code = fx.finish();
        self.obj.define_func(sym, code.into_writer());
        Some(sym)
    }
}

impl Fx<'_, '_> {
    /// Pushes the remaining parameters from `first` on and calls `target`.
    fn finish_wrapper(&mut self, target: FuncSym, params: &[ValType], first: u32) {
        for i in first..params.len() as u32 {
            self.c.ins(I::LocalGet(i));
        }
        self.c.op(Op::Call(target));
        self.release_frame();
    }

    /// Pushes (i32) whether the type descriptors in locals `a` and `b`
    /// denote the same type (either may be 0 for nil).
    pub fn type_eq(&mut self, a: u32, b: u32) {
        use wasm_encoder::BlockType;
        let r = BlockType::Result(ValType::I32);
        self.c.ins(I::LocalGet(a));
        self.c.ins(I::LocalGet(b));
        self.c.ins(I::I32Eq);
        self.c.ins(I::If(r));
        self.c.ins(I::I32Const(1));
        self.c.ins(I::Else);
        self.c.ins(I::LocalGet(a));
        self.c.ins(I::I32Eqz);
        self.c.ins(I::LocalGet(b));
        self.c.ins(I::I32Eqz);
        self.c.ins(I::I32Or);
        self.c.ins(I::If(r));
        self.c.ins(I::I32Const(0));
        self.c.ins(I::Else);
        self.c.ins(I::LocalGet(a));
        self.c.ins(I::I32Load(memarg(4, 4)));
        self.c.ins(I::LocalGet(b));
        self.c.ins(I::I32Load(memarg(4, 4)));
        self.c.ins(I::I32Ne);
        self.c.ins(I::If(r));
        self.c.ins(I::I32Const(0));
        self.c.ins(I::Else);
        for t in [a, b] {
            self.c.ins(I::LocalGet(t));
            self.c.ins(I::I32Load(memarg(16, 4)));
            self.c.ins(I::LocalGet(t));
            self.c.ins(I::I64Load(memarg(24, 8)));
        }
        self.call_rt(super::runtime::Rt::Eqstring);
        self.c.ins(I::End);
        self.c.ins(I::End);
        self.c.ins(I::End);
    }
}
