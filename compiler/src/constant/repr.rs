//! Representability of constants in Go types (spec "Representability").

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::Zero;

use super::{f64_to_rat, pow2, rat_to_f64, ConstValue};
use crate::types::BasicKind;

/// Why a value is not representable, in gc's terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReprError {
    /// A non-integral value for an integer type: gc says "(truncated)".
    Truncated,
    /// Too large for the type: "(overflows)".
    Overflows,
    /// Wrong kind altogether (e.g. a string for an int).
    Mismatch,
}

/// Integer range of a basic kind (our data layout: int/uint 64-bit, uintptr 32-bit).
pub fn int_range(k: BasicKind) -> Option<(BigInt, BigInt)> {
    use BasicKind::*;
    let (signed, bits) = match k {
        Int8 => (true, 8),
        Int16 => (true, 16),
        Int32 => (true, 32),
        Int | Int64 => (true, 64),
        Uint8 => (false, 8),
        Uint16 => (false, 16),
        Uint32 | Uintptr => (false, 32),
        Uint | Uint64 => (false, 64),
        _ => return None,
    };
    Some(if signed {
        (-pow2(bits - 1), pow2(bits - 1) - 1)
    } else {
        (BigInt::zero(), pow2(bits) - 1)
    })
}

/// Checks that `v` is representable by a value of basic kind `k` and returns it converted
/// to `k`'s representation (floats rounded to float32/float64 precision, ints as Int).
pub fn representable(v: &ConstValue, k: BasicKind) -> Result<ConstValue, ReprError> {
    use BasicKind::*;
    match k {
        Bool | UntypedBool => match v {
            ConstValue::Bool(_) => Ok(v.clone()),
            _ => Err(ReprError::Mismatch),
        },
        String | UntypedString => match v {
            ConstValue::String(_) => Ok(v.clone()),
            _ => Err(ReprError::Mismatch),
        },
        _ if k.is_integer() => {
            let i = match v {
                ConstValue::Int(i) => i.clone(),
                ConstValue::Float(_) | ConstValue::Complex(..) => match v.to_int() {
                    Some(i) => i,
                    None => {
                        return Err(match v {
                            ConstValue::Complex(_, im) if !im.is_zero() => ReprError::Mismatch,
                            _ => ReprError::Truncated,
                        })
                    }
                },
                _ => return Err(ReprError::Mismatch),
            };
            if let Some((lo, hi)) = int_range(k) {
                if i < lo || i > hi {
                    return Err(ReprError::Overflows);
                }
            } else if i.bits() > super::MAX_INT_BITS {
                return Err(ReprError::Overflows);
            }
            Ok(ConstValue::Int(i))
        }
        Float32 | Float64 | UntypedFloat => {
            let r = match v.to_rat() {
                Some(r) => r,
                None => return Err(ReprError::Mismatch),
            };
            Ok(ConstValue::Float(round_float(&r, k)?))
        }
        Complex64 | Complex128 | UntypedComplex => {
            let (re, im) = match v.promote(3) {
                ConstValue::Complex(re, im) => (re, im),
                _ => return Err(ReprError::Mismatch),
            };
            let fk = match k {
                Complex64 => Float32,
                Complex128 => Float64,
                _ => UntypedFloat,
            };
            Ok(ConstValue::Complex(
                round_float(&re, fk)?,
                round_float(&im, fk)?,
            ))
        }
        _ => Err(ReprError::Mismatch),
    }
}

fn round_float(r: &BigRational, k: BasicKind) -> Result<BigRational, ReprError> {
    match k {
        BasicKind::Float64 => {
            let f = rat_to_f64(r);
            if !f.is_finite() {
                return Err(ReprError::Overflows);
            }
            Ok(f64_to_rat(f))
        }
        BasicKind::Float32 => {
            let f = rat_to_f64(r);
            let g = f as f32;
            if !g.is_finite() {
                return Err(ReprError::Overflows);
            }
            Ok(f64_to_rat(g as f64))
        }
        _ => Ok(r.clone()),
    }
}
