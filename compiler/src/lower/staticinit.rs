//! Static initialisation of package variables: a variable whose
//! initialiser is a constant, or a composite literal of constants (structs
//! and arrays, recursively), starts in a `.data` segment with its value
//! instead of being assigned by the package initialiser. Cheaper at start,
//! and such variables already hold their values before any `init` runs
//! (the runtime's own variables are used by code that runs before
//! `runtime.init`).

use super::consts::low_bits;
use super::layout::Repr;
use super::Pkg;
use crate::constant::ConstValue;
use crate::emit::object::{DataReloc, RelocTarget};
use crate::syntax::ast::{Expr, ExprKind};
use crate::types::{BasicKind, Mode, Type, TypeId};

/// Bytes and relocations of a statically known value.
pub(crate) struct StaticValue {
    pub bytes: Vec<u8>,
    pub relocs: Vec<DataReloc>,
}

impl Pkg<'_> {
    /// The initial contents for a variable of type `ty` initialised with
    /// `e`, if they can be computed at compile time.
    pub fn static_value(&mut self, e: &Expr, ty: TypeId) -> Option<StaticValue> {
        let size = self.lay.size(ty) as usize;
        if size > 1 << 20 {
            return None;
        }
        let mut v = StaticValue {
            bytes: vec![0; size],
            relocs: Vec::new(),
        };
        self.fill_static(e, ty, 0, &mut v)?;
        Some(v)
    }

    fn fill_static(&mut self, e: &Expr, ty: TypeId, off: usize, v: &mut StaticValue) -> Option<()> {
        let tv = self.info.types.get(&e.id)?;
        if let Mode::Constant(c) = &tv.mode {
            let c = c.clone();
            return self.fill_const(&c, ty, off, v);
        }
        match &e.kind {
            ExprKind::Paren(x) => self.fill_static(x, ty, off, v),
            ExprKind::CompositeLit { elts, .. } => match self.lay.under(ty).clone() {
                Type::Struct(st) => {
                    for (i, el) in elts.iter().enumerate() {
                        let idx = match el.key.as_ref().map(|k| &k.kind) {
                            Some(ExprKind::Ident(name)) => {
                                st.fields.iter().position(|f| &f.name == name)?
                            }
                            Some(_) => return None,
                            None => i,
                        };
                        let (foff, fty) = self.lay.field(ty, idx);
                        self.fill_static(&el.value, fty, off + foff as usize, v)?;
                    }
                    Some(())
                }
                Type::Array { len, elem } => {
                    let es = self.lay.size(elem) as usize;
                    let mut next = 0u64;
                    for el in elts {
                        if let Some(k) = &el.key {
                            match self.info.types.get(&k.id).map(|t| &t.mode) {
                                Some(Mode::Constant(c)) => next = c.as_u64()?,
                                _ => return None,
                            }
                        }
                        if next >= len {
                            return None;
                        }
                        self.fill_static(&el.value, elem, off + next as usize * es, v)?;
                        next += 1;
                    }
                    Some(())
                }
                _ => None,
            },
            // nil of pointer-like types is all zeros.
            ExprKind::Ident(_) if self.lay.basic(tv.ty) == Some(BasicKind::UntypedNil) => Some(()),
            _ => None,
        }
    }

    fn fill_const(
        &mut self,
        c: &ConstValue,
        ty: TypeId,
        off: usize,
        v: &mut StaticValue,
    ) -> Option<()> {
        let size = self.lay.size(ty) as usize;
        match self.lay.repr(ty) {
            Repr::Scalar(wasm_encoder::ValType::F32) => {
                let b = (c.as_f64() as f32).to_le_bytes();
                v.bytes[off..off + 4].copy_from_slice(&b);
            }
            Repr::Scalar(wasm_encoder::ValType::F64) => {
                let b = c.as_f64().to_le_bytes();
                v.bytes[off..off + 8].copy_from_slice(&b);
            }
            Repr::Scalar(_) => {
                let x = match c {
                    ConstValue::Bool(b) => *b as i64,
                    _ => low_bits(&c.to_int()?),
                };
                let b = x.to_le_bytes();
                v.bytes[off..off + size].copy_from_slice(&b[..size]);
            }
            Repr::String => {
                let s = c.as_bytes()?.to_vec();
                if !s.is_empty() {
                    let sym = self.string_sym(&s);
                    v.relocs.push(DataReloc {
                        offset: off as u32,
                        target: RelocTarget::DataAddr(sym, 0),
                    });
                }
                v.bytes[off + 8..off + 16].copy_from_slice(&(s.len() as u64).to_le_bytes());
            }
            _ => return None,
        }
        Some(())
    }
}
