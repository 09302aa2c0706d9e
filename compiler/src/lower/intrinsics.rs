//! Runtime intrinsics: bodiless functions of package runtime that the
//! compiler expands inline instead of calling.

use wasm_encoder::Instruction as I;

use super::func::Fx;
use crate::emit::code::Op;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Intrinsic {
    /// `wasmMemorySize() int32`: memory.size in pages.
    MemorySize,
    /// `wasmMemoryGrow(pages int32) int32`: memory.grow, old size or -1.
    MemoryGrow,
    /// `wasmUnreachable()`: trap.
    Unreachable,
    /// `heapBase() uintptr`: the address of linker symbol `__heap_base`.
    HeapBase,
}

/// The intrinsic a bodiless runtime function stands for.
pub(crate) fn lookup(name: &str) -> Option<Intrinsic> {
    Some(match name {
        "wasmMemorySize" => Intrinsic::MemorySize,
        "wasmMemoryGrow" => Intrinsic::MemoryGrow,
        "wasmUnreachable" => Intrinsic::Unreachable,
        "heapBase" => Intrinsic::HeapBase,
        _ => return None,
    })
}

impl Fx<'_, '_> {
    /// Expands an intrinsic; its arguments are already on the stack.
    pub fn intrinsic(&mut self, i: Intrinsic) {
        match i {
            Intrinsic::MemorySize => self.c.ins(I::MemorySize(0)),
            Intrinsic::MemoryGrow => self.c.ins(I::MemoryGrow(0)),
            Intrinsic::Unreachable => self.c.ins(I::Unreachable),
            Intrinsic::HeapBase => {
                let sym = self.p.obj.import_data("__heap_base");
                self.c.op(Op::DataAddr(sym, 0));
            }
        }
    }
}
