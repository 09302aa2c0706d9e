//! `==` on structs and arrays in memory: field by field (padding is never
//! compared; floats compare as floats, strings through runtime.eqstring),
//! with runtime.memequal for runs of plain integer memory.

use wasm_encoder::{BlockType, Instruction as I, ValType};

use super::func::{Ctl, Fx};
use super::layout::Repr;
use super::runtime::Rt;
use crate::emit::code::memarg;
use crate::types::{BasicKind, Type, TypeId};

impl Fx<'_, '_> {
    /// Whether values of `ty` are equal exactly when their bytes are
    /// (integers, bools, pointers; no padding, floats or strings).
    fn plain_memory(&self, ty: TypeId) -> bool {
        match self.lay.under(ty) {
            Type::Basic(k) => !matches!(
                k,
                BasicKind::Float32
                    | BasicKind::Float64
                    | BasicKind::Complex64
                    | BasicKind::Complex128
                    | BasicKind::String
            ),
            Type::Pointer(_) | Type::Chan { .. } => true,
            Type::Array { elem, .. } => self.plain_memory(*elem),
            Type::Struct(st) => {
                let mut end = 0u64;
                for (i, f) in st.fields.iter().enumerate() {
                    let (off, _) = self.lay.field(ty, i);
                    if off as u64 != end || !self.plain_memory(f.ty) {
                        return false;
                    }
                    end = off as u64 + self.lay.size(f.ty) as u64;
                }
                end == self.lay.size(ty) as u64
            }
            _ => false,
        }
    }

    /// Pushes (i32) whether the values of type `ty` at `a + ao` and
    /// `b + bo` are equal (`a`, `b` are i32 locals).
    pub fn equal_mem(&mut self, ty: TypeId, a: u32, ao: u32, b: u32, bo: u32) {
        if self.is_complex(ty) {
            return self.complex_equal(ty, a, ao, b, bo);
        }
        let size = self.lay.size(ty);
        if self.plain_memory(ty) {
            match size {
                0 => self.c.ins(I::I32Const(1)),
                1 | 2 | 4 | 8 => {
                    let (load, eq) = match size {
                        1 => (I::I32Load8U(memarg(ao, 1)), I::I32Eq),
                        2 => (I::I32Load16U(memarg(ao, 1)), I::I32Eq),
                        4 => (I::I32Load(memarg(ao, 1)), I::I32Eq),
                        _ => (I::I64Load(memarg(ao, 1)), I::I64Eq),
                    };
                    let load_b = match size {
                        1 => I::I32Load8U(memarg(bo, 1)),
                        2 => I::I32Load16U(memarg(bo, 1)),
                        4 => I::I32Load(memarg(bo, 1)),
                        _ => I::I64Load(memarg(bo, 1)),
                    };
                    self.c.ins(I::LocalGet(a));
                    self.c.ins(load);
                    self.c.ins(I::LocalGet(b));
                    self.c.ins(load_b);
                    self.c.ins(eq);
                }
                _ => {
                    self.addr_plus(a, ao);
                    self.addr_plus(b, bo);
                    self.c.ins(I::I32Const(size as i32));
                    self.call_rt(Rt::Memequal);
                }
            }
            return;
        }
        match self.lay.under(ty).clone() {
            Type::Struct(st) => {
                self.c.ins(I::I32Const(1));
                for (i, f) in st.fields.iter().enumerate() {
                    if f.name == "_" {
                        continue;
                    }
                    let (off, fty) = self.lay.field(ty, i);
                    self.equal_at(fty, a, ao + off, b, bo + off);
                    self.c.ins(I::I32And);
                }
            }
            Type::Array { len, elem } => {
                let esize = self.lay.size(elem);
                if len <= 4 {
                    self.c.ins(I::I32Const(1));
                    for k in 0..len as u32 {
                        self.equal_at(elem, a, ao + k * esize, b, bo + k * esize);
                        self.c.ins(I::I32And);
                    }
                } else {
                    self.equal_array_loop(elem, len, a, ao, b, bo);
                }
            }
            // (Other aggregates do not exist; never recurse on them.)
            _ => self.c.ins(I::I32Const(0)),
        }
    }

    /// Equality of one component (any type) at the given places.
    fn equal_at(&mut self, ty: TypeId, a: u32, ao: u32, b: u32, bo: u32) {
        match self.lay.repr(ty) {
            Repr::Mem => self.equal_mem(ty, a, ao, b, bo),
            _ => {
                self.c.ins(I::LocalGet(a));
                self.load(ty, ao);
                self.c.ins(I::LocalGet(b));
                self.load(ty, bo);
                self.compare_values(crate::syntax::ast::BinaryOp::Eq, ty);
            }
        }
    }

    fn addr_plus(&mut self, l: u32, off: u32) {
        self.c.ins(I::LocalGet(l));
        if off != 0 {
            self.c.ins(I::I32Const(off as i32));
            self.c.ins(I::I32Add);
        }
    }

    /// A loop over the elements of a long array, stopping at the first
    /// difference.
    fn equal_array_loop(&mut self, elem: TypeId, len: u64, a: u32, ao: u32, b: u32, bo: u32) {
        let esize = self.lay.size(elem);
        let r = self.local(ValType::I32);
        let i = self.local(ValType::I32);
        let pa = self.local(ValType::I32);
        let pb = self.local(ValType::I32);
        self.c.ins(I::I32Const(1));
        self.c.ins(I::LocalSet(r));
        self.c.ins(I::I32Const(0));
        self.c.ins(I::LocalSet(i));
        let done = self.open(Ctl::Block, BlockType::Empty);
        let top = self.open(Ctl::Loop, BlockType::Empty);
        self.c.ins(I::LocalGet(i));
        self.c.ins(I::I32Const(len as i32));
        self.c.ins(I::I32GeU);
        self.br_if(done);
        for (p, base, off) in [(pa, a, ao), (pb, b, bo)] {
            self.addr_plus(base, off);
            self.c.ins(I::LocalGet(i));
            self.c.ins(I::I32Const(esize as i32));
            self.c.ins(I::I32Mul);
            self.c.ins(I::I32Add);
            self.c.ins(I::LocalSet(p));
        }
        self.equal_at(elem, pa, 0, pb, 0);
        self.c.ins(I::I32Eqz);
        self.open(Ctl::If, BlockType::Empty);
        self.c.ins(I::I32Const(0));
        self.c.ins(I::LocalSet(r));
        self.br(done);
        self.close();
        self.c.ins(I::LocalGet(i));
        self.c.ins(I::I32Const(1));
        self.c.ins(I::I32Add);
        self.c.ins(I::LocalSet(i));
        self.br(top);
        self.close();
        self.close();
        self.c.ins(I::LocalGet(r));
    }
}
