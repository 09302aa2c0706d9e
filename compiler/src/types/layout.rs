//! Sizes, alignments and field offsets (CONTEXT.md's data layout: wasm32 addresses,
//! 64-bit `int`).

use super::model::*;

/// Size in bytes of a value of type `t`.
pub fn sizeof(t: &TypeTable, ty: TypeId) -> u64 {
    use BasicKind::*;
    match t.get(t.underlying(ty)) {
        Type::Basic(k) => match k {
            Bool | Int8 | Uint8 | UntypedBool => 1,
            Int16 | Uint16 => 2,
            Int32 | Uint32 | Float32 | UntypedRune => 4,
            Int | Uint | Int64 | Uint64 | Float64 | UntypedInt | UntypedFloat => 8,
            Uintptr | UnsafePointer | UntypedNil => 4,
            Complex64 => 8,
            Complex128 | UntypedComplex => 16,
            String | UntypedString => 16,
            Invalid => 1,
        },
        Type::Pointer(_) | Type::Map { .. } | Type::Chan { .. } | Type::Signature(_) => 4,
        Type::Slice(_) => 24,
        Type::Interface(_) => 8,
        Type::Array { len, elem } => len.saturating_mul(sizeof(t, *elem)),
        Type::Struct(s) => {
            let tys: Vec<TypeId> = s.fields.iter().map(|f| f.ty).collect();
            let (offs, end) = offsets_of(t, &tys);
            let _ = offs;
            let a = alignof(t, ty);
            round_up(end, a)
        }
        Type::Tuple(v) => {
            let (_, end) = offsets_of(t, v);
            round_up(end, 8)
        }
        Type::TypeParam { .. } | Type::Named(_) => 0,
    }
}

/// Alignment in bytes of `ty`.
pub fn alignof(t: &TypeTable, ty: TypeId) -> u64 {
    use BasicKind::*;
    match t.get(t.underlying(ty)) {
        Type::Basic(k) => match k {
            Complex64 => 4,
            Complex128 | UntypedComplex | String | UntypedString => 8,
            _ => sizeof(t, ty).max(1),
        },
        Type::Slice(_) => 8,
        Type::Interface(_) => 4,
        Type::Array { elem, .. } => alignof(t, *elem),
        Type::Struct(s) => s.fields.iter().map(|f| alignof(t, f.ty)).max().unwrap_or(1),
        Type::Tuple(v) => v.iter().map(|e| alignof(t, *e)).max().unwrap_or(1),
        _ => 4,
    }
}

fn round_up(x: u64, a: u64) -> u64 {
    if a <= 1 {
        x
    } else {
        x.div_ceil(a).saturating_mul(a)
    }
}

/// Offsets of consecutive fields of the given types, and the end of the last field.
fn offsets_of(t: &TypeTable, tys: &[TypeId]) -> (Vec<u64>, u64) {
    let mut off = 0u64;
    let mut out = Vec::with_capacity(tys.len());
    for ty in tys {
        off = round_up(off, alignof(t, *ty));
        out.push(off);
        off = off.saturating_add(sizeof(t, *ty));
    }
    (out, off)
}

/// Byte offsets of the fields of struct type `ty` (empty if not a struct).
pub fn field_offsets(t: &TypeTable, ty: TypeId) -> Vec<u64> {
    match t.struct_type(ty) {
        Some(s) => {
            let tys: Vec<TypeId> = s.fields.iter().map(|f| f.ty).collect();
            offsets_of(t, &tys).0
        }
        None => Vec::new(),
    }
}

/// Offset of field `i` of struct type `ty`.
pub fn field_offset(t: &TypeTable, ty: TypeId, i: usize) -> u64 {
    field_offsets(t, ty).get(i).copied().unwrap_or(0)
}
