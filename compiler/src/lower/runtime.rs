//! The runtime functions generated code calls, with their Go signatures and
//! the Wasm signatures those have under the Go ABI. They live in package
//! `runtime` (stdlib/runtime, written in Go): in every other package they are
//! undefined function symbols `runtime.NAME`; while compiling package runtime
//! they resolve to its own definitions, and `check_runtime_signatures` makes
//! sure the Go declarations agree with this table.

use wasm_encoder::ValType;

const I: ValType = ValType::I32;
const L: ValType = ValType::I64;
const D: ValType = ValType::F64;
const F: ValType = ValType::F32;

/// A runtime function the compiler calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rt {
    Alloc,
    Memequal,
    Concatstring2,
    Concatstrings,
    Cmpstring,
    Eqstring,
    Growslice,
    Makeslice,
    Stringtoslicebyte,
    Slicebytetostring,
    Stringtoslicerune,
    Slicerunetostring,
    Intstring,
    Decoderune,
    Printbool,
    Printint,
    Printuint,
    Printhex,
    Printpointer,
    Printstring,
    Printsp,
    Printnl,
    Printfloat,
    Printfloat32,
    PanicIndex,
    PanicSliceAlen,
    PanicSliceAcap,
    PanicSliceB,
    PanicSlice3Alen,
    PanicSlice3Acap,
    PanicSlice3B,
    PanicSlice3C,
    Panicdivide,
    Panicshift,
    Panicmem,
    Panicstring,
    Panicdottype,
    Panicuncomparable,
    Getitab,
    Gopanic,
    Makemap,
    Mapaccess1,
    Mapaccess2,
    Mapassign,
    Mapdelete,
    Mapclear,
    Mapiterinit,
    Mapiternext,
    Memhash,
    Strhash,
    F32hash,
    F64hash,
    Gorecover,
    Interhash,
    Printcomplex128,
    Printcomplex64,
    PanicSliceConvert,
    Printslice,
}

/// (name, params, results); the Go signature is in the comment of each row.
pub fn signature(f: Rt) -> (&'static str, &'static [ValType], &'static [ValType]) {
    use Rt::*;
    match f {
        // alloc(size, align uintptr) unsafe.Pointer — zeroed memory
        Alloc => ("alloc", &[I, I], &[I]),
        // memequal(a, b unsafe.Pointer, n uintptr) bool
        Memequal => ("memequal", &[I, I, I], &[I]),
        // concatstring2(a, b string) string
        Concatstring2 => ("concatstring2", &[I, L, I, L], &[I, L]),
        // concatstrings(parts []string) string
        Concatstrings => ("concatstrings", &[I, L, L], &[I, L]),
        // cmpstring(a, b string) int
        Cmpstring => ("cmpstring", &[I, L, I, L], &[L]),
        // eqstring(a, b string) bool
        Eqstring => ("eqstring", &[I, L, I, L], &[I]),
        // growslice(old unsafe.Pointer, oldLen, oldCap, newLen int, elemSize, elemAlign uintptr) (unsafe.Pointer, int)
        Growslice => ("growslice", &[I, L, L, L, I, I], &[I, L]),
        // makeslice(len, cap int, elemSize uintptr) unsafe.Pointer
        Makeslice => ("makeslice", &[L, L, I], &[I]),
        // stringtoslicebyte(s string) []byte
        Stringtoslicebyte => ("stringtoslicebyte", &[I, L], &[I, L, L]),
        // slicebytetostring(p unsafe.Pointer, n int) string
        Slicebytetostring => ("slicebytetostring", &[I, L], &[I, L]),
        // stringtoslicerune(s string) []rune
        Stringtoslicerune => ("stringtoslicerune", &[I, L], &[I, L, L]),
        // slicerunetostring(p unsafe.Pointer, n int) string
        Slicerunetostring => ("slicerunetostring", &[I, L], &[I, L]),
        // intstring(v int64) string
        Intstring => ("intstring", &[L], &[I, L]),
        // decoderune(s string, k int) (rune, int): the rune at s[k] (k < len(s),
        // s[k] >= 0x80) and the index after it; RuneError and k+1 when invalid.
        Decoderune => ("decoderune", &[I, L, L], &[I, L]),
        // printbool(bool)
        Printbool => ("printbool", &[I], &[]),
        // printint(int64)
        Printint => ("printint", &[L], &[]),
        // printuint(uint64)
        Printuint => ("printuint", &[L], &[]),
        // printhex(uint64)
        Printhex => ("printhex", &[L], &[]),
        // printpointer(unsafe.Pointer)
        Printpointer => ("printpointer", &[I], &[]),
        // printstring(string)
        Printstring => ("printstring", &[I, L], &[]),
        // printsp()
        Printsp => ("printsp", &[], &[]),
        // printnl()
        Printnl => ("printnl", &[], &[]),
        // printfloat64(float64) and printfloat32(float32): Go 1.27 prints the
        // shortest representation ('g', -1) at the operand's own precision.
        Printfloat => ("printfloat64", &[D], &[]),
        Printfloat32 => ("printfloat32", &[F], &[]),
        // panicIndex(x int, y int): "index out of range [x] with length y"
        PanicIndex => ("panicIndex", &[L, L], &[]),
        // panicSliceAlen(x int, y int): "slice bounds out of range [:x] with length y"
        PanicSliceAlen => ("panicSliceAlen", &[L, L], &[]),
        // panicSliceAcap(x int, y int): "slice bounds out of range [:x] with capacity y"
        PanicSliceAcap => ("panicSliceAcap", &[L, L], &[]),
        // panicSliceB(x int, y int): "slice bounds out of range [x:y]"
        PanicSliceB => ("panicSliceB", &[L, L], &[]),
        // panicSlice3Alen(x int, y int): "slice bounds out of range [::x] with length y"
        PanicSlice3Alen => ("panicSlice3Alen", &[L, L], &[]),
        // panicSlice3Acap(x int, y int): "slice bounds out of range [::x] with capacity y"
        PanicSlice3Acap => ("panicSlice3Acap", &[L, L], &[]),
        // panicSlice3B(x int, y int): "slice bounds out of range [:x:y]"
        PanicSlice3B => ("panicSlice3B", &[L, L], &[]),
        // panicSlice3C(x int, y int): "slice bounds out of range [x:y:]"
        PanicSlice3C => ("panicSlice3C", &[L, L], &[]),
        // panicdivide(): "integer divide by zero"
        Panicdivide => ("panicdivide", &[], &[]),
        // panicshift(): "negative shift amount"
        Panicshift => ("panicshift", &[], &[]),
        // panicmem(): "invalid memory address or nil pointer dereference"
        Panicmem => ("panicmem", &[], &[]),
        // panicstring(msg string): panic("...") with a string until interfaces exist
        Panicstring => ("panicstring", &[I, L], &[]),
        // panicdottype(have, want, iface unsafe.Pointer): failed x.(T):
        // "interface conversion: IFACE is HAVE, not WANT" (HAVE "nil" when
        // have == nil); arguments are type descriptors (lower/typedesc.rs).
        Panicdottype => ("panicdottype", &[I, I, I], &[]),
        // panicuncomparable(t unsafe.Pointer): == on interfaces holding an
        // uncomparable type T: "runtime error: comparing uncomparable type T".
        Panicuncomparable => ("panicuncomparable", &[I], &[]),
        // getitab(iface, typ unsafe.Pointer, canfail bool) unsafe.Pointer:
        // the itab of dynamic type typ for interface iface (descriptors with
        // method tables, lower/methods.rs); nil if a method is missing and
        // canfail, else panics "interface conversion: T is not I: missing
        // method M".
        Getitab => ("getitab", &[I, I, I], &[I]),
        // gopanic(v any): panic(v) for a value that is not a string: prints
        // "panic: " and the value as gc does (Error()/String() methods,
        // basic kinds, "(T) addr" otherwise), then exits with status 2.
        Gopanic => ("gopanic", &[I, I], &[]),
        // Maps (lower/maps.rs; mt is the compiler's map type descriptor, keys
        // and elements are passed by address):
        // makemap(mt unsafe.Pointer, hint int) unsafe.Pointer
        Makemap => ("makemap", &[I, L], &[I]),
        // mapaccess1(mt, m, key unsafe.Pointer) unsafe.Pointer: the element,
        // or zeroed memory when absent (m may be nil)
        Mapaccess1 => ("mapaccess1", &[I, I, I], &[I]),
        // mapaccess2(mt, m, key unsafe.Pointer) (unsafe.Pointer, bool)
        Mapaccess2 => ("mapaccess2", &[I, I, I], &[I, I]),
        // mapassign(mt, m, key unsafe.Pointer) unsafe.Pointer: the element slot
        // (inserted zeroed if absent); nil m panics "assignment to entry in nil map"
        Mapassign => ("mapassign", &[I, I, I], &[I]),
        // mapdelete(mt, m, key unsafe.Pointer)
        Mapdelete => ("mapdelete", &[I, I, I], &[]),
        // mapclear(mt, m unsafe.Pointer)
        Mapclear => ("mapclear", &[I, I], &[]),
        // mapiterinit(mt, m, it unsafe.Pointer): it is 32 zeroed bytes of the caller
        Mapiterinit => ("mapiterinit", &[I, I, I], &[]),
        // mapiternext(it unsafe.Pointer) (key, elem unsafe.Pointer): key nil at the end
        Mapiternext => ("mapiternext", &[I], &[I, I]),
        // memhash(p unsafe.Pointer, seed, n uintptr) uintptr
        Memhash => ("memhash", &[I, I, I], &[I]),
        // strhash(p unsafe.Pointer, seed uintptr) uintptr: p points to a string
        Strhash => ("strhash", &[I, I], &[I]),
        // f32hash / f64hash(p unsafe.Pointer, seed uintptr) uintptr (+0 == -0)
        F32hash => ("f32hash", &[I, I], &[I]),
        F64hash => ("f64hash", &[I, I], &[I]),
        // gorecover() any: recover(); nil unless a panic is running deferred calls.
        Gorecover => ("gorecover", &[I], &[I, I]),
        // interhash(t, data unsafe.Pointer, seed uintptr) uintptr: hash of an
        // interface map key with dynamic type t (nil: seed) through the
        // descriptor's hasher; panics "runtime error: hash of unhashable type T".
        Interhash => ("interhash", &[I, I, I], &[I]),
        // printcomplex128(c complex128) / printcomplex64(c complex64): the
        // value passed by address, as every complex value (Go ABI).
        Printcomplex128 => ("printcomplex128", &[I], &[]),
        Printcomplex64 => ("printcomplex64", &[I], &[]),
        // panicSliceConvert(x int, y int): "cannot convert slice with length x
        // to array or pointer to array with length y"
        PanicSliceConvert => ("panicSliceConvert", &[L, L], &[]),
        // printslice(p unsafe.Pointer, n int, c int): "[n/c]0xp"
        Printslice => ("printslice", &[I, L, L], &[]),
    }
}

/// Every runtime function, for signature checks.
pub const ALL: &[Rt] = &[
    Rt::Alloc,
    Rt::Memequal,
    Rt::Concatstring2,
    Rt::Concatstrings,
    Rt::Cmpstring,
    Rt::Eqstring,
    Rt::Growslice,
    Rt::Makeslice,
    Rt::Stringtoslicebyte,
    Rt::Slicebytetostring,
    Rt::Stringtoslicerune,
    Rt::Slicerunetostring,
    Rt::Intstring,
    Rt::Decoderune,
    Rt::Printbool,
    Rt::Printint,
    Rt::Printuint,
    Rt::Printhex,
    Rt::Printpointer,
    Rt::Printstring,
    Rt::Printsp,
    Rt::Printnl,
    Rt::Printfloat,
    Rt::Printfloat32,
    Rt::PanicIndex,
    Rt::PanicSliceAlen,
    Rt::PanicSliceAcap,
    Rt::PanicSliceB,
    Rt::PanicSlice3Alen,
    Rt::PanicSlice3Acap,
    Rt::PanicSlice3B,
    Rt::PanicSlice3C,
    Rt::Panicdivide,
    Rt::Panicshift,
    Rt::Panicmem,
    Rt::Panicstring,
    Rt::Panicdottype,
    Rt::Panicuncomparable,
    Rt::Getitab,
    Rt::Gopanic,
    Rt::Makemap,
    Rt::Mapaccess1,
    Rt::Mapaccess2,
    Rt::Mapassign,
    Rt::Mapdelete,
    Rt::Mapclear,
    Rt::Mapiterinit,
    Rt::Mapiternext,
    Rt::Memhash,
    Rt::Strhash,
    Rt::F32hash,
    Rt::F64hash,
    Rt::Gorecover,
    Rt::Interhash,
    Rt::Printcomplex128,
    Rt::Printcomplex64,
    Rt::PanicSliceConvert,
    Rt::Printslice,
];

/// Whether a call of `f` may panic (and so, once recovered further up,
/// return with `runtime.unwinding` set): the panics and the helpers that
/// report errors.
pub fn may_panic(f: Rt) -> bool {
    use Rt::*;
    noreturn(f)
        || matches!(
            f,
            Makeslice
                | Growslice
                | Mapassign
                | Getitab
                | Makemap
                | Interhash
                | Mapaccess1
                | Mapaccess2
                | Mapdelete
        )
}

/// Whether calls to `f` never return normally (the panics).
pub fn noreturn(f: Rt) -> bool {
    use Rt::*;
    matches!(
        f,
        PanicIndex
            | PanicSliceAlen
            | PanicSliceAcap
            | PanicSliceB
            | PanicSlice3Alen
            | PanicSlice3Acap
            | PanicSlice3B
            | PanicSlice3C
            | Panicdivide
            | Panicshift
            | Panicmem
            | Panicstring
            | Panicdottype
            | Panicuncomparable
            | Gopanic
            | PanicSliceConvert
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_complete_and_sorted() {
        // ALL lists every variant once, in declaration order.
        assert!(ALL.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(*ALL.last().unwrap(), Rt::Printslice);
        let names: std::collections::BTreeSet<_> = ALL.iter().map(|f| signature(*f).0).collect();
        assert_eq!(names.len(), ALL.len());
    }
}
