//! Sizes, alignments, field offsets and Wasm value representation of Go
//! types, per the data layout of CONTEXT.md (wasm32 addresses, 64-bit `int`).

use wasm_encoder::ValType;

use crate::types::{BasicKind, Type, TypeId, TypeTable};

/// How a value of a Go type lives in Wasm locals, parameters and results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Repr {
    /// One Wasm value (integers, bools, floats, pointers, maps, chans, funcs).
    Scalar(ValType),
    /// `(data i32, len i64)`.
    String,
    /// `(data i32, len i64, cap i64)`.
    Slice,
    /// `(type-or-itab i32, data i32)`.
    Iface,
    /// Structs and arrays: in memory; as a value, an i32 address.
    Mem,
    /// No value (a call without results; invalid types).
    Void,
}

impl Repr {
    /// The flattened Wasm value types.
    pub fn vals(self) -> &'static [ValType] {
        match self {
            Repr::Scalar(ValType::I32) | Repr::Mem => &[ValType::I32],
            Repr::Scalar(ValType::I64) => &[ValType::I64],
            Repr::Scalar(ValType::F32) => &[ValType::F32],
            Repr::Scalar(ValType::F64) => &[ValType::F64],
            Repr::Scalar(_) => &[ValType::I32],
            Repr::String => &[ValType::I32, ValType::I64],
            Repr::Slice => &[ValType::I32, ValType::I64, ValType::I64],
            Repr::Iface => &[ValType::I32, ValType::I32],
            Repr::Void => &[],
        }
    }
}

/// Shape of an integer type held in a Wasm value: `bits` is the Go width,
/// small widths (8, 16) live normalised in an i32.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IntShape {
    pub bits: u32,
    pub signed: bool,
}

impl IntShape {
    /// Whether the Wasm carrier is i64.
    pub fn wide(self) -> bool {
        self.bits == 64
    }
}

/// Layout queries over one package's type table.
#[derive(Clone, Copy)]
pub struct Layout<'a> {
    pub table: &'a TypeTable,
}

impl<'a> Layout<'a> {
    pub fn new(table: &'a TypeTable) -> Layout<'a> {
        Layout { table }
    }

    /// The underlying type's structure.
    pub fn under(&self, ty: TypeId) -> &'a Type {
        self.table.get(self.table.underlying(ty))
    }

    pub fn basic(&self, ty: TypeId) -> Option<BasicKind> {
        match self.under(ty) {
            Type::Basic(k) => Some(*k),
            _ => None,
        }
    }

    pub fn repr(&self, ty: TypeId) -> Repr {
        match self.under(ty) {
            Type::Basic(k) => basic_repr(*k),
            Type::Pointer(_) | Type::Map { .. } | Type::Chan { .. } | Type::Signature(_) => {
                Repr::Scalar(ValType::I32)
            }
            Type::Slice(_) => Repr::Slice,
            Type::Interface(_) => Repr::Iface,
            Type::Struct(_) | Type::Array { .. } => Repr::Mem,
            Type::Named(_) | Type::Tuple(_) | Type::TypeParam { .. } => Repr::Void,
        }
    }

    /// Integer shape of integer, pointer-like and bool types (pointers and
    /// uintptr are unsigned 32-bit).
    pub fn int_shape(&self, ty: TypeId) -> Option<IntShape> {
        use BasicKind::*;
        let (bits, signed) = match self.under(ty) {
            Type::Basic(k) => match k {
                Int8 => (8, true),
                Int16 => (16, true),
                Int32 | UntypedRune => (32, true),
                Int | Int64 | UntypedInt => (64, true),
                Uint8 | Bool | UntypedBool => (8, false),
                Uint16 => (16, false),
                Uint32 | Uintptr | UnsafePointer => (32, false),
                Uint | Uint64 => (64, false),
                _ => return None,
            },
            Type::Pointer(_) | Type::Map { .. } | Type::Chan { .. } | Type::Signature(_) => {
                (32, false)
            }
            _ => return None,
        };
        Some(IntShape { bits, signed })
    }

    /// (size, align) in bytes. Sizes saturate far above what a wasm32
    /// program can allocate; the checker reports oversized types.
    pub fn size_align(&self, ty: TypeId) -> (u64, u32) {
        match self.under(ty) {
            Type::Basic(k) => basic_size(*k),
            Type::Pointer(_) | Type::Map { .. } | Type::Chan { .. } | Type::Signature(_) => (4, 4),
            Type::Slice(_) => (24, 8),
            Type::Interface(_) => (8, 4),
            Type::Array { len, elem } => {
                let (s, a) = self.size_align(*elem);
                (s.saturating_mul(*len), a)
            }
            Type::Struct(st) => {
                let mut off = 0u64;
                let mut align = 1u32;
                for f in &st.fields {
                    let (s, a) = self.size_align(f.ty);
                    off = off.next_multiple_of(a as u64).saturating_add(s);
                    align = align.max(a);
                }
                (off.next_multiple_of(align as u64), align)
            }
            Type::Named(_) | Type::Tuple(_) | Type::TypeParam { .. } => (0, 1),
        }
    }

    pub fn size(&self, ty: TypeId) -> u32 {
        self.size_align(ty).0.min(u32::MAX as u64) as u32
    }

    pub fn align(&self, ty: TypeId) -> u32 {
        self.size_align(ty).1
    }

    /// Byte offsets of the fields of a struct type.
    pub fn field_offsets(&self, ty: TypeId) -> Vec<u32> {
        let Type::Struct(st) = self.under(ty) else {
            return Vec::new();
        };
        let mut off = 0u64;
        let mut out = Vec::with_capacity(st.fields.len());
        for f in &st.fields {
            let (s, a) = self.size_align(f.ty);
            off = off.next_multiple_of(a as u64);
            out.push(off.min(u32::MAX as u64) as u32);
            off = off.saturating_add(s);
        }
        out
    }

    /// Offset and type of field `index` of struct type `ty`.
    pub fn field(&self, ty: TypeId, index: usize) -> (u32, TypeId) {
        let Type::Struct(st) = self.under(ty) else {
            return (0, ty);
        };
        (self.field_offsets(ty)[index], st.fields[index].ty)
    }

    /// The pointee of a pointer type (the type itself otherwise).
    pub fn elem_ptr(&self, ty: TypeId) -> TypeId {
        match self.under(ty) {
            Type::Pointer(p) => *p,
            _ => ty,
        }
    }

    /// Element type of arrays, slices, pointers-to-array and strings (byte).
    pub fn elem(&self, ty: TypeId) -> TypeId {
        match self.under(ty) {
            Type::Array { elem, .. } | Type::Slice(elem) => *elem,
            Type::Pointer(p) => match self.under(*p) {
                Type::Array { elem, .. } => *elem,
                _ => *p,
            },
            Type::Basic(_) => BasicKind::Uint8.id(),
            Type::Map { value, .. } => *value,
            Type::Chan { elem, .. } => *elem,
            _ => ty,
        }
    }

    /// Flattened Wasm signature of a Go function type under the Go ABI
    /// (CONTEXT.md): receiver, params, then struct/array results through a
    /// hidden first pointer parameter.
    pub fn go_signature(&self, sig_ty: TypeId) -> (Vec<ValType>, Vec<ValType>) {
        let Some(sig) = self.table.signature(sig_ty) else {
            return (Vec::new(), Vec::new());
        };
        let mut params = Vec::new();
        let mut results = Vec::new();
        for &r in &sig.results {
            match self.repr(r) {
                Repr::Mem => params.push(ValType::I32),
                rep => results.extend_from_slice(rep.vals()),
            }
        }
        if let Some(r) = sig.recv {
            params.extend_from_slice(self.repr(r).vals());
        }
        for &p in &sig.params {
            params.extend_from_slice(self.repr(p).vals());
        }
        (params, results)
    }
}

fn basic_repr(k: BasicKind) -> Repr {
    use BasicKind::*;
    match k {
        Bool | Int8 | Int16 | Int32 | Uint8 | Uint16 | Uint32 | Uintptr | UnsafePointer
        | UntypedBool | UntypedRune | UntypedNil => Repr::Scalar(ValType::I32),
        Int | Int64 | Uint | Uint64 | UntypedInt => Repr::Scalar(ValType::I64),
        Float32 => Repr::Scalar(ValType::F32),
        Float64 | UntypedFloat => Repr::Scalar(ValType::F64),
        String | UntypedString => Repr::String,
        Complex64 | Complex128 | UntypedComplex => Repr::Mem,
        Invalid => Repr::Void,
    }
}

fn basic_size(k: BasicKind) -> (u64, u32) {
    use BasicKind::*;
    match k {
        Bool | Int8 | Uint8 | UntypedBool => (1, 1),
        Int16 | Uint16 => (2, 2),
        Int32 | Uint32 | UntypedRune | Float32 | Uintptr | UnsafePointer | UntypedNil => (4, 4),
        Int | Int64 | Uint | Uint64 | UntypedInt | Float64 | UntypedFloat => (8, 8),
        Complex64 => (8, 4),
        Complex128 | UntypedComplex => (16, 8),
        String | UntypedString => (16, 8),
        Invalid => (0, 1),
    }
}
