//! Maps, through runtime calls. A map value is a pointer to the runtime's
//! hash map (nil for a nil map; its first field is the `int` count, so
//! `len` is inline). Keys are passed by address (a frame temporary), and
//! the runtime returns element addresses.
//!
//! Map type descriptor (`PREFIX..maptype.N`, read-only, 28 bytes):
//! `@0` key type descriptor, `@4` element type descriptor, `@8` key size,
//! `@12` element size, `@16` max(key, element) alignment, `@20` hasher
//! `func(p unsafe.Pointer, seed uintptr) uintptr` and `@24` key equality
//! `func(a, b unsafe.Pointer) bool`, both func values (closure records)
//! generated here, so the runtime (in Go) calls them as ordinary funcs.

use wasm_encoder::{BlockType, Instruction as I, ValType};

use super::func::{Ctl, Fx, Target, Var};
use super::layout::Repr;
use super::runtime::Rt;
use super::Pkg;
use crate::emit::code::{memarg, Op};
use crate::emit::object::{DataKind, DataReloc, DataSym, FuncSym, RelocTarget};
use crate::syntax::ast::{BinaryOp, Expr, ExprKind, Stmt};
use crate::types::{BasicKind, Type, TypeId};

impl Pkg<'_> {
    /// Whether maps with key type `k` are supported (interface keys are not yet).
    fn key_supported(&self, k: TypeId) -> bool {
        match self.lay.under(k) {
            Type::Array { elem, .. } => self.key_supported(*elem),
            Type::Struct(st) => st.fields.iter().all(|f| self.key_supported(f.ty)),
            _ => true,
        }
    }

    /// The map type descriptor of map type `mt`.
    pub fn map_desc(&mut self, mt: TypeId) -> Option<DataSym> {
        if let Some(d) = self.rtti_maps.get(&mt) {
            return Some(*d);
        }
        let (k, v) = match self.lay.under(mt) {
            Type::Map { key, value } => (*key, *value),
            _ => return None,
        };
        if !self.key_supported(k) {
            return None;
        }
        let kd = self.type_desc(k);
        let vd = self.type_desc(v);
        let hasher = self.key_func(k, true);
        let equal = self.key_func(k, false);
        let hrec = self.closure_record(hasher);
        let erec = self.closure_record(equal);
        let mut bytes = vec![0u8; 28];
        bytes[8..12].copy_from_slice(&self.lay.size(k).to_le_bytes());
        bytes[12..16].copy_from_slice(&self.lay.size(v).to_le_bytes());
        let align = self.lay.align(k).max(self.lay.align(v));
        bytes[16..20].copy_from_slice(&align.to_le_bytes());
        let relocs = [(0, kd), (4, vd), (20, hrec), (24, erec)]
            .into_iter()
            .map(|(offset, d)| DataReloc {
                offset,
                target: RelocTarget::DataAddr(d, 0),
            })
            .collect();
        let name = format!("{}..maptype.{}", self.prefix, self.rtti_maps.len());
        let d = self
            .obj
            .define_data(&name, DataKind::ReadOnly, 4, bytes, 28, relocs);
        self.obj.set_local_data(d);
        self.rtti_maps.insert(mt, d);
        Some(d)
    }

    /// The hasher of `ty` as a func value (closure record).
    pub fn key_hasher_record(&mut self, ty: TypeId) -> DataSym {
        let f = self.key_func(ty, true);
        self.closure_record(f)
    }

    /// A static closure record for a context-taking function.
    fn closure_record(&mut self, f: FuncSym) -> DataSym {
        let n = self.rtti_method_tables();
        let name = format!("{}..fnrec.{n}", self.prefix);
        let d = self.obj.define_data(
            &name,
            DataKind::ReadOnly,
            4,
            vec![0; 4],
            4,
            vec![DataReloc {
                offset: 0,
                target: RelocTarget::FuncTableIndex(f),
            }],
        );
        self.obj.set_local_data(d);
        d
    }

    /// The key hasher (`hash`) or key equality function for key type `k`,
    /// with the closure calling convention (context last, ignored).
    fn key_func(&mut self, k: TypeId, hash: bool) -> FuncSym {
        if let Some(f) = self.rtti_keyfns.get(&(k, hash)) {
            return *f;
        }
        let what = if hash { "hash" } else { "keyeq" };
        let name = format!("{}..{what}.{}", self.prefix, self.rtti_keyfns.len());
        let params = [ValType::I32; 3];
        let fty = self.obj.func_type(&params, &[ValType::I32]);
        let sym = self.obj.declare_func(&name, fty, None);
        self.obj.set_local_func(sym);
        self.rtti_keyfns.insert((k, hash), sym);
        let mut fx = Fx::new(self, &params);
        if hash {
            fx.c.ins(I::LocalGet(1));
            fx.hash_value(k, 0, 0);
        } else if fx.lay.repr(k) == Repr::Mem {
            fx.equal_mem(k, 0, 0, 1, 0);
        } else {
            fx.c.ins(I::LocalGet(0));
            fx.load(k, 0);
            fx.c.ins(I::LocalGet(1));
            fx.load(k, 0);
            fx.compare_values(BinaryOp::Eq, k);
        }
        fx.release_frame();
        let code = fx.finish();
        self.obj.define_func(sym, code.into_writer());
        sym
    }
}

impl Fx<'_, '_> {
    /// Seed on the stack → hash of the value of type `k` at `p + off`
    /// (`p` an i32 local).
    fn hash_value(&mut self, k: TypeId, p: u32, off: u32) {
        let addr = |fx: &mut Self| {
            fx.c.ins(I::LocalGet(p));
            fx.add_offset(off);
        };
        match self.lay.under(k).clone() {
            Type::Basic(BasicKind::String) => {
                let seed = self.local(ValType::I32);
                self.c.ins(I::LocalSet(seed));
                addr(self);
                self.c.ins(I::LocalGet(seed));
                self.call_rt(Rt::Strhash);
            }
            Type::Basic(BasicKind::Float32) | Type::Basic(BasicKind::Float64) => {
                let f = if self.lay.size(k) == 4 {
                    Rt::F32hash
                } else {
                    Rt::F64hash
                };
                let seed = self.local(ValType::I32);
                self.c.ins(I::LocalSet(seed));
                addr(self);
                self.c.ins(I::LocalGet(seed));
                self.call_rt(f);
            }
            Type::Interface(_) => {
                // interhash(dynamic type, data word, seed)
                let seed = self.local(ValType::I32);
                self.c.ins(I::LocalSet(seed));
                let tab = self.local(ValType::I32);
                self.c.ins(I::LocalGet(p));
                self.c.ins(I::I32Load(memarg(off, 4)));
                self.c.ins(I::LocalSet(tab));
                self.dyn_type(k, tab);
                self.c.ins(I::LocalGet(p));
                self.c.ins(I::I32Load(memarg(off + 4, 4)));
                self.c.ins(I::LocalGet(seed));
                self.call_rt(Rt::Interhash);
            }
            Type::Struct(st) => {
                for (i, f) in st.fields.iter().enumerate() {
                    if f.name == "_" {
                        continue;
                    }
                    let (foff, fty) = self.lay.field(k, i);
                    self.hash_value(fty, p, off + foff);
                }
            }
            Type::Array { len, elem } => {
                let es = self.lay.size(elem);
                for i in 0..len.min(64) as u32 {
                    self.hash_value(elem, p, off + i * es);
                }
            }
            _ => {
                let seed = self.local(ValType::I32);
                self.c.ins(I::LocalSet(seed));
                addr(self);
                self.c.ins(I::LocalGet(seed));
                self.c.ins(I::I32Const(self.lay.size(k) as i32));
                self.call_rt(Rt::Memhash);
            }
        }
    }

    fn map_desc_or_fail(&mut self, mt: TypeId, e: &Expr) -> Option<DataSym> {
        let d = self.p.map_desc(mt);
        if d.is_none() {
            self.unsupported(e.pos, "maps with this key type");
        }
        d
    }

    /// `make(map[K]V[, hint])`.
    pub fn make_map(&mut self, e: &Expr, args: &[Expr], mt: TypeId) {
        let Some(d) = self.map_desc_or_fail(mt, e) else {
            return;
        };
        self.c.op(Op::DataAddr(d, 0));
        match args.get(1) {
            Some(h) => {
                let l = self.index_i64(h);
                self.c.ins(I::LocalGet(l));
            }
            None => self.c.ins(I::I64Const(0)),
        }
        self.call_rt(Rt::Makemap);
    }

    /// A map composite literal.
    pub fn map_literal(&mut self, e: &Expr, mt: TypeId) {
        let ExprKind::CompositeLit { elts, .. } = &e.kind else {
            return;
        };
        let Some(d) = self.map_desc_or_fail(mt, e) else {
            return;
        };
        let (k, v) = match self.lay.under(mt) {
            Type::Map { key, value } => (*key, *value),
            _ => return,
        };
        let m = self.local(ValType::I32);
        self.c.op(Op::DataAddr(d, 0));
        self.c.ins(I::I64Const(elts.len() as i64));
        self.call_rt(Rt::Makemap);
        self.c.ins(I::LocalSet(m));
        for el in elts {
            let Some(key) = &el.key else { continue };
            let mark = self.temp_mark();
            self.key_to_temp(key, k);
            let kp = self.local(ValType::I32);
            self.c.ins(I::LocalSet(kp));
            self.elem_value_into_map(d, m, kp, &el.value, v);
            self.temp_release(mark);
        }
        self.c.ins(I::LocalGet(m));
    }

    /// Evaluates `value` (an element, possibly an elided composite literal)
    /// and stores it at mapassign(m, kp).
    fn elem_value_into_map(&mut self, d: DataSym, m: u32, kp: u32, value: &Expr, v: TypeId) {
        self.expr_as(value, v);
        let vals = self.spill(v);
        let slot = self.local(ValType::I32);
        self.c.op(Op::DataAddr(d, 0));
        self.c.ins(I::LocalGet(m));
        self.c.ins(I::LocalGet(kp));
        self.call_rt(Rt::Mapassign);
        self.c.ins(I::LocalSet(slot));
        self.store_vals(slot, 0, v, &vals);
    }

    /// Evaluates a key into a fresh frame temporary; pushes its address.
    fn key_to_temp(&mut self, key: &Expr, k: TypeId) {
        self.expr_as(key, k);
        let vals = self.spill(k);
        let off = self.temp_slot(k);
        let base = self.local(ValType::I32);
        self.frame_addr(off);
        self.c.ins(I::LocalSet(base));
        self.store_vals(base, 0, k, &vals);
        self.c.ins(I::LocalGet(base));
    }

    /// `m[k]` as a value (`comma_ok`: pushes (value, ok)).
    pub fn map_index(&mut self, e: &Expr, x: &Expr, key: &Expr, comma_ok: bool) {
        let mt = self.type_of(x);
        let Some(d) = self.map_desc_or_fail(mt, e) else {
            return;
        };
        let (k, v) = match self.lay.under(mt) {
            Type::Map { key, value } => (*key, *value),
            _ => return,
        };
        let m = self.local(ValType::I32);
        self.expr(x);
        self.c.ins(I::LocalSet(m));
        self.key_to_temp(key, k);
        let kp = self.local(ValType::I32);
        self.c.ins(I::LocalSet(kp));
        self.c.op(Op::DataAddr(d, 0));
        self.c.ins(I::LocalGet(m));
        self.c.ins(I::LocalGet(kp));
        if comma_ok {
            self.call_rt(Rt::Mapaccess2);
            let ok = self.local(ValType::I32);
            self.c.ins(I::LocalSet(ok));
            self.load(v, 0);
            if self.lay.repr(v) == Repr::Mem {
                self.copy_to_temp(v);
            }
            self.c.ins(I::LocalGet(ok));
        } else {
            self.call_rt(Rt::Mapaccess1);
            self.load(v, 0);
            if self.lay.repr(v) == Repr::Mem {
                self.copy_to_temp(v);
            }
        }
    }

    /// `m[k]` as an assignment target: evaluates m and k (phase 1) and
    /// returns (descriptor, map local, key-address local); the slot is
    /// obtained with `map_slot` when storing.
    pub fn map_place(&mut self, x: &Expr, key: &Expr) -> Option<(DataSym, u32, u32)> {
        let mt = self.type_of(x);
        let d = self.map_desc_or_fail(mt, x)?;
        let k = match self.lay.under(mt) {
            Type::Map { key, .. } => *key,
            _ => return None,
        };
        let m = self.local(ValType::I32);
        self.expr(x);
        self.c.ins(I::LocalSet(m));
        self.key_to_temp(key, k);
        let kp = self.local(ValType::I32);
        self.c.ins(I::LocalSet(kp));
        Some((d, m, kp))
    }

    /// Pushes the element slot address `mapassign(d, m, kp)`.
    pub fn map_slot(&mut self, d: DataSym, m: u32, kp: u32) {
        self.c.op(Op::DataAddr(d, 0));
        self.c.ins(I::LocalGet(m));
        self.c.ins(I::LocalGet(kp));
        self.call_rt(Rt::Mapassign);
    }

    /// `delete(m, k)`.
    pub fn map_delete(&mut self, e: &Expr, x: &Expr, key: &Expr) {
        if let Some((d, m, kp)) = self.map_place(x, key) {
            self.c.op(Op::DataAddr(d, 0));
            self.c.ins(I::LocalGet(m));
            self.c.ins(I::LocalGet(kp));
            self.call_rt(Rt::Mapdelete);
        } else {
            let _ = e;
        }
    }

    /// `clear(m)`.
    pub fn map_clear(&mut self, x: &Expr) {
        let mt = self.type_of(x);
        let Some(d) = self.map_desc_or_fail(mt, x) else {
            return;
        };
        self.c.op(Op::DataAddr(d, 0));
        self.expr(x);
        self.call_rt(Rt::Mapclear);
    }

    /// `len(m)` with the map pointer on the stack.
    pub fn map_len(&mut self) {
        let m = self.local(ValType::I32);
        self.c.ins(I::LocalTee(m));
        self.open(Ctl::If, BlockType::Result(ValType::I64));
        self.c.ins(I::LocalGet(m));
        self.c.ins(I::I64Load(memarg(0, 8)));
        self.c.ins(I::Else);
        self.c.ins(I::I64Const(0));
        self.close();
    }

    /// `for k, v := range m`.
    pub fn range_map(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &[Stmt],
        label: Option<String>,
    ) {
        let mt = self.type_of(x);
        let Some(d) = self.map_desc_or_fail(mt, x) else {
            return;
        };
        let (k, v) = match self.lay.under(mt) {
            Type::Map { key, value } => (*key, *value),
            _ => return,
        };
        // The iterator: 32 bytes of frame the runtime owns.
        let it = self.frame_slot(32, 8);
        self.frame_addr(it);
        self.zero_mem_bytes(32);
        self.c.op(Op::DataAddr(d, 0));
        self.expr(x);
        self.frame_addr(it);
        self.call_rt(Rt::Mapiterinit);
        self.shared_range_vars(key, value, define);
        let kp = self.local(ValType::I32);
        let vp = self.local(ValType::I32);
        let brk = self.open(Ctl::Block, BlockType::Empty);
        let top = self.open(Ctl::Loop, BlockType::Empty);
        self.frame_addr(it);
        self.call_rt(Rt::Mapiternext);
        self.c.ins(I::LocalSet(vp));
        self.c.ins(I::LocalTee(kp));
        self.c.ins(I::I32Eqz);
        self.br_if(brk);
        for (target, ty, p) in [(key, k, kp), (value, v, vp)] {
            let Some(t) = target else { continue };
            self.c.ins(I::LocalGet(p));
            self.load(ty, 0);
            if self.lay.repr(ty) == Repr::Mem {
                self.copy_to_temp(ty);
            }
            let vals = self.spill(ty);
            self.range_assign_pub(Some(t), define, ty, &vals);
        }
        let cont = self.open(Ctl::Block, BlockType::Empty);
        self.targets.push(Target {
            label,
            brk,
            cont: Some(cont),
        });
        self.block_stmts(body);
        self.targets.pop();
        self.close();
        self.br(top);
        self.close();
        self.close();
        let _ = Var::Locals(Vec::new());
    }

    /// Zeroes `n` bytes at the address on the stack.
    fn zero_mem_bytes(&mut self, n: u32) {
        self.c.ins(I::I32Const(0));
        self.c.ins(I::I32Const(n as i32));
        self.c.ins(I::MemoryFill(0));
    }
}
