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
    /// `dataEnd() uintptr`: the address of linker symbol `__data_end` (end
    /// of data and bss: the collector's static roots).
    DataEnd,
    /// `stackPointer() uintptr`: the current `__stack_pointer` (the low end
    /// of the live shadow stack, scanned by the collector).
    StackPointer,
}

/// The intrinsic a bodiless runtime function stands for.
pub(crate) fn lookup(name: &str) -> Option<Intrinsic> {
    Some(match name {
        "wasmMemorySize" => Intrinsic::MemorySize,
        "wasmMemoryGrow" => Intrinsic::MemoryGrow,
        "wasmUnreachable" => Intrinsic::Unreachable,
        "heapBase" => Intrinsic::HeapBase,
        "dataEnd" => Intrinsic::DataEnd,
        "stackPointer" => Intrinsic::StackPointer,
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
            Intrinsic::DataEnd => {
                let sym = self.p.obj.import_data("__data_end");
                self.c.op(Op::DataAddr(sym, 0));
            }
            Intrinsic::StackPointer => self.c.op(Op::StackPointerGet),
        }
    }
}

/// A standard library function gc compiles to instructions.
pub(crate) struct MathIntrinsic {
    pub arity: usize,
    /// Operands of an `int` count (rotation) are widened to i64 first.
    pub widen_count: bool,
    pub code: &'static [I<'static>],
}

/// Calls of these functions (by link name) become Wasm instructions, as gc
/// intrinsifies them: same results, no call, and no heap cell for the
/// `unsafe.Pointer(&f)` the Go bodies of the bit casts use.
pub(crate) fn math_intrinsic(link: &str) -> Option<MathIntrinsic> {
    let m = |arity, code: &'static [I<'static>]| {
        Some(MathIntrinsic {
            arity,
            widen_count: false,
            code,
        })
    };
    match link {
        "math.Sqrt" => m(1, &[I::F64Sqrt]),
        "math.Floor" => m(1, &[I::F64Floor]),
        "math.Ceil" => m(1, &[I::F64Ceil]),
        "math.Trunc" => m(1, &[I::F64Trunc]),
        // GOROOT's math/floor_asm.go declares these without bodies for
        // GOARCH=wasm (gc implements them in floor_wasm.s with the same
        // instructions); math.Floor and friends call them.
        "math.archFloor" => m(1, &[I::F64Floor]),
        "math.archCeil" => m(1, &[I::F64Ceil]),
        "math.archTrunc" => m(1, &[I::F64Trunc]),
        "math.RoundToEven" => m(1, &[I::F64Nearest]),
        "math.Abs" => m(1, &[I::F64Abs]),
        "math.Copysign" => m(2, &[I::F64Copysign]),
        "math.Float64bits" => m(1, &[I::I64ReinterpretF64]),
        "math.Float64frombits" => m(1, &[I::F64ReinterpretI64]),
        "math.Float32bits" => m(1, &[I::I32ReinterpretF32]),
        "math.Float32frombits" => m(1, &[I::F32ReinterpretI32]),
        "math/bits.LeadingZeros64" => m(1, &[I::I64Clz]),
        "math/bits.TrailingZeros64" => m(1, &[I::I64Ctz]),
        "math/bits.OnesCount64" => m(1, &[I::I64Popcnt]),
        "math/bits.LeadingZeros32" => m(1, &[I::I32Clz, I::I64ExtendI32U]),
        "math/bits.TrailingZeros32" => m(1, &[I::I32Ctz, I::I64ExtendI32U]),
        "math/bits.OnesCount32" => m(1, &[I::I32Popcnt, I::I64ExtendI32U]),
        "math/bits.Len64" => m(
            1,
            &[
                I::I64Clz,
                I::I64Const(-1),
                I::I64Mul,
                I::I64Const(64),
                I::I64Add,
            ],
        ),
        "math/bits.RotateLeft64" => Some(MathIntrinsic {
            arity: 2,
            widen_count: true,
            code: &[I::I64Rotl],
        }),
        _ => None,
    }
}
