//! Memory access: loads and stores by type, aggregate copies and zeroing
//! (bulk-memory `memory.copy` / `memory.fill`), nil checks, and the
//! addresses of addressable expressions (variables, `*p`, fields, array and
//! slice elements).
//!
//! Addresses are produced as a dynamic base on the Wasm stack plus a static
//! offset returned to the caller, so field offsets fold into the offset
//! immediate of the final load or store.

use wasm_encoder::{Instruction as I, ValType};

use super::func::{Fx, Var};
use super::layout::Repr;
use super::runtime::Rt;
use crate::emit::code::{memarg, Op};
use crate::syntax::ast::{Expr, ExprKind};
use crate::types::{BasicKind, Mode, ObjKind, SelectionKind, Type, TypeId};

/// Offsets of the components of multi-word values in memory.
const STRING_OFFS: [u32; 2] = [0, 8];
const SLICE_OFFS: [u32; 3] = [0, 8, 16];
const IFACE_OFFS: [u32; 2] = [0, 4];

impl Fx<'_, '_> {
    /// Scalar load instruction for a value of `ty` at `off`.
    fn scalar_load(&self, ty: TypeId, off: u32) -> I<'static> {
        use BasicKind::*;
        match self.lay.basic(ty) {
            Some(Bool | Uint8) => I::I32Load8U(memarg(off, 1)),
            Some(Int8) => I::I32Load8S(memarg(off, 1)),
            Some(Int16) => I::I32Load16S(memarg(off, 2)),
            Some(Uint16) => I::I32Load16U(memarg(off, 2)),
            Some(Int | Uint | Int64 | Uint64) => I::I64Load(memarg(off, 8)),
            Some(Float32) => I::F32Load(memarg(off, 4)),
            Some(Float64) => I::F64Load(memarg(off, 8)),
            _ => I::I32Load(memarg(off, 4)),
        }
    }

    fn scalar_store(&self, ty: TypeId, off: u32) -> I<'static> {
        use BasicKind::*;
        match self.lay.basic(ty) {
            Some(Bool | Uint8 | Int8) => I::I32Store8(memarg(off, 1)),
            Some(Int16 | Uint16) => I::I32Store16(memarg(off, 2)),
            Some(Int | Uint | Int64 | Uint64) => I::I64Store(memarg(off, 8)),
            Some(Float32) => I::F32Store(memarg(off, 4)),
            Some(Float64) => I::F64Store(memarg(off, 8)),
            _ => I::I32Store(memarg(off, 4)),
        }
    }

    fn parts(rep: Repr) -> &'static [u32] {
        match rep {
            Repr::String => &STRING_OFFS,
            Repr::Slice => &SLICE_OFFS,
            Repr::Iface => &IFACE_OFFS,
            _ => &[0],
        }
    }

    fn part_load(t: ValType, off: u32) -> I<'static> {
        match t {
            ValType::I64 => I::I64Load(memarg(off, 8)),
            _ => I::I32Load(memarg(off, 4)),
        }
    }

    fn part_store(t: ValType, off: u32) -> I<'static> {
        match t {
            ValType::I64 => I::I64Store(memarg(off, 8)),
            _ => I::I32Store(memarg(off, 4)),
        }
    }

    /// Base address on the stack → the value of type `ty` at `base + off`
    /// (for aggregates: the address itself).
    pub fn load(&mut self, ty: TypeId, off: u32) {
        let rep = self.lay.repr(ty);
        match rep {
            Repr::Void => {
                self.c.ins(I::Drop);
            }
            Repr::Scalar(_) => {
                let i = self.scalar_load(ty, off);
                self.c.ins(i);
            }
            Repr::Mem => {
                if off != 0 {
                    self.c.ins(I::I32Const(off as i32));
                    self.c.ins(I::I32Add);
                }
            }
            Repr::String | Repr::Slice | Repr::Iface => {
                let base = self.local(ValType::I32);
                self.c.ins(I::LocalSet(base));
                for (k, &t) in rep.vals().iter().enumerate() {
                    self.c.ins(I::LocalGet(base));
                    self.c.ins(Self::part_load(t, off + Self::parts(rep)[k]));
                }
            }
        }
    }

    /// Stores the value held in `vals` (flattened; for aggregates one local
    /// with the source address) at `base_local + off`.
    pub fn store_vals(&mut self, base_local: u32, off: u32, ty: TypeId, vals: &[u32]) {
        let rep = self.lay.repr(ty);
        match rep {
            Repr::Void => {}
            Repr::Scalar(_) => {
                self.c.ins(I::LocalGet(base_local));
                self.c.ins(I::LocalGet(vals[0]));
                let i = self.scalar_store(ty, off);
                self.c.ins(i);
            }
            Repr::Mem => {
                self.c.ins(I::LocalGet(base_local));
                if off != 0 {
                    self.c.ins(I::I32Const(off as i32));
                    self.c.ins(I::I32Add);
                }
                self.c.ins(I::LocalGet(vals[0]));
                self.copy_mem(ty);
            }
            Repr::String | Repr::Slice | Repr::Iface => {
                for (k, &t) in rep.vals().iter().enumerate() {
                    self.c.ins(I::LocalGet(base_local));
                    self.c.ins(I::LocalGet(vals[k]));
                    self.c.ins(Self::part_store(t, off + Self::parts(rep)[k]));
                }
            }
        }
    }

    /// Value of `ty` on the stack → stored at `base_local + off`.
    pub fn store_to_ptr_local(&mut self, base_local: u32, off: u32, ty: TypeId) {
        let vals = self.spill(ty);
        self.store_vals(base_local, off, ty, &vals);
    }

    /// `dst, src` on the stack → copies a value of aggregate type `ty`.
    pub fn copy_mem(&mut self, ty: TypeId) {
        let size = self.lay.size(ty);
        self.c.ins(I::I32Const(size as i32));
        self.c.ins(I::MemoryCopy {
            src_mem: 0,
            dst_mem: 0,
        });
    }

    /// Address on the stack → zeroes a value of type `ty` there.
    pub fn zero_mem(&mut self, ty: TypeId) {
        let size = self.lay.size(ty);
        self.c.ins(I::I32Const(0));
        self.c.ins(I::I32Const(size as i32));
        self.c.ins(I::MemoryFill(0));
    }

    /// Pointer on the stack stays there; panics (runtime.panicmem) if nil.
    pub fn nil_check(&mut self) {
        let t = self.local(ValType::I32);
        self.c.ins(I::LocalTee(t));
        self.c.ins(I::I32Eqz);
        self.trap_if(Rt::Panicmem);
        self.c.ins(I::LocalGet(t));
    }

    /// Pushes the base address of an addressable expression and returns the
    /// static offset to add to it.
    pub fn addr_of(&mut self, e: &Expr) -> u32 {
        match &e.kind {
            ExprKind::Paren(x) => self.addr_of(x),
            ExprKind::Ident(_) => {
                let Some(obj) = self.info.object_of(e.id) else {
                    self.unsupported(e.pos, "address of this expression");
                    return 0;
                };
                self.var_addr(obj, e)
            }
            ExprKind::Star(p) => {
                self.expr(p);
                self.nil_check();
                0
            }
            ExprKind::Selector { x, sel } => {
                if self.sel(&e.id).is_none() {
                    // Qualified identifier pkg.Var.
                    if let Some(obj) = self.info.uses.get(&sel.id).copied() {
                        return self.var_addr(obj, e);
                    }
                }
                self.field_addr(e, x)
            }
            ExprKind::Index { x, indices } if indices.len() == 1 => self.elem_addr(x, &indices[0]),
            ExprKind::CompositeLit { .. } => {
                // Addressable only as &T{...}; lowered into a temporary here.
                self.expr(e);
                0
            }
            _ => {
                self.unsupported(e.pos, "address of this expression");
                self.c.ins(I::I32Const(0));
                0
            }
        }
    }

    /// Base address and offset of a variable in memory.
    fn var_addr(&mut self, obj: crate::types::ObjId, e: &Expr) -> u32 {
        let o = self.info.obj(obj);
        if o.parent_is_package && matches!(o.kind, ObjKind::Var { .. }) {
            let sym = self.p.global_sym(obj);
            self.c.op(Op::DataAddr(sym, 0));
            return 0;
        }
        match self.vars.get(&obj).cloned() {
            Some(Var::Frame(off)) => {
                self.c.ins(I::LocalGet(self.fp));
                off
            }
            Some(Var::Ptr(l)) => {
                self.c.ins(I::LocalGet(l));
                0
            }
            _ => {
                self.unsupported(e.pos, "address of a register variable");
                self.c.ins(I::I32Const(0));
                0
            }
        }
    }

    /// For an expression of aggregate type: pushes a base address and
    /// returns an offset; addressable operands are used in place, others
    /// are evaluated (into a temporary).
    pub fn mem_base(&mut self, x: &Expr) -> u32 {
        let addressable = self.tv(&x.id).is_some_and(|tv| tv.mode == Mode::Variable);
        if addressable {
            self.addr_of(x)
        } else {
            self.expr(x);
            0
        }
    }

    /// `x.f` (through embedded fields and pointers) as base + offset.
    pub fn field_addr(&mut self, e: &Expr, x: &Expr) -> u32 {
        let Some(sel) = self.sel(&e.id).cloned() else {
            self.unsupported(e.pos, "this selector");
            self.c.ins(I::I32Const(0));
            return 0;
        };
        if sel.kind != SelectionKind::FieldVal {
            self.unsupported(e.pos, "method value");
            self.c.ins(I::I32Const(0));
            return 0;
        }
        self.walk_fields(x, &sel.index).0
    }

    /// Pushes a base and returns (offset, type) of the field reached from
    /// `x` through the field indices `path` (dereferencing pointers on the
    /// way, with nil checks). An empty path addresses `x` itself (which
    /// must then be a struct, or a pointer to one).
    pub fn walk_fields(&mut self, x: &Expr, path: &[usize]) -> (u32, TypeId) {
        let mut cur = self.type_of(x);
        let mut off;
        if let Type::Pointer(elem) = self.lay.under(cur) {
            self.expr(x);
            self.nil_check();
            off = 0;
            cur = *elem;
        } else {
            off = self.mem_base(x);
        }
        for &idx in path {
            if let Type::Pointer(elem) = self.lay.under(cur) {
                let elem = *elem;
                self.c.ins(I::I32Load(memarg(off, 4)));
                self.nil_check();
                off = 0;
                cur = elem;
            }
            let (foff, fty) = self.lay.field(cur, idx);
            off += foff;
            cur = fty;
        }
        (off, cur)
    }

    /// `x[i]` for arrays, pointers to arrays and slices, as base + offset
    /// (bounds-checked).
    pub fn elem_addr(&mut self, x: &Expr, index: &Expr) -> u32 {
        let xt = self.type_of(x);
        let elem = self.lay.elem(xt);
        let esize = self.lay.size(elem);
        match self.lay.under(xt).clone() {
            Type::Array { len, .. } => {
                let off = self.mem_base(x);
                self.array_index(off, len, esize, index)
            }
            Type::Pointer(_) => {
                let len = match self.lay.under(self.lay.elem_ptr(xt)) {
                    Type::Array { len, .. } => *len,
                    _ => 0,
                };
                self.expr(x);
                self.nil_check();
                self.array_index(0, len, esize, index)
            }
            Type::Slice(_) => {
                self.expr(x);
                let s = self.spill_vals(&[ValType::I32, ValType::I64, ValType::I64]);
                let i = self.index_i64(index);
                self.bounds_check(i, s[1]);
                self.c.ins(I::LocalGet(s[0]));
                self.scaled_offset(i, esize);
                0
            }
            _ => {
                self.unsupported(x.pos, "indexing this type");
                self.c.ins(I::I32Const(0));
                0
            }
        }
    }

    /// Base already on the stack (plus `off`): adds a checked element
    /// offset for an array of `len` elements.
    fn array_index(&mut self, off: u32, len: u64, esize: u32, index: &Expr) -> u32 {
        if let Some(k) = self.const_int(index) {
            if k >= 0 && (k as u64) < len {
                return off + (k as u32) * esize;
            }
        }
        let i = self.index_i64(index);
        let l = self.local(ValType::I64);
        self.c.ins(I::I64Const(len as i64));
        self.c.ins(I::LocalSet(l));
        self.bounds_check(i, l);
        self.scaled_offset(i, esize);
        off
    }

    /// Adds `wrap(i) * esize` to the address on the stack.
    pub fn scaled_offset(&mut self, i: u32, esize: u32) {
        self.c.ins(I::LocalGet(i));
        self.c.ins(I::I32WrapI64);
        if esize != 1 {
            self.c.ins(I::I32Const(esize as i32));
            self.c.ins(I::I32Mul);
        }
        self.c.ins(I::I32Add);
    }

    /// `if uint(i) >= uint(len) { panicIndex(i, len) }`.
    pub fn bounds_check(&mut self, i: u32, len: u32) {
        self.c.ins(I::LocalGet(i));
        self.c.ins(I::LocalGet(len));
        self.c.ins(I::I64GeU);
        self.open(super::func::Ctl::If, wasm_encoder::BlockType::Empty);
        self.c.ins(I::LocalGet(i));
        self.c.ins(I::LocalGet(len));
        self.call_rt(Rt::PanicIndex);
        self.close();
    }

    /// Evaluates an integer index into a fresh i64 local (sign- or
    /// zero-extended per its type).
    pub fn index_i64(&mut self, index: &Expr) -> u32 {
        let ty = self.type_of(index);
        self.expr(index);
        self.widen_i64(ty);
        let l = self.local(ValType::I64);
        self.c.ins(I::LocalSet(l));
        l
    }

    /// Integer of type `ty` on the stack → i64 (sign- or zero-extended).
    pub fn widen_i64(&mut self, ty: TypeId) {
        match self.lay.int_shape(ty) {
            Some(s) if s.wide() => {}
            Some(s) if s.signed => self.c.ins(I::I64ExtendI32S),
            _ => self.c.ins(I::I64ExtendI32U),
        }
    }
}
