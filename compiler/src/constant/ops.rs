//! Exact arithmetic on constant values.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{Signed, Zero};

use super::ConstValue;
use crate::syntax::ast::{BinaryOp, UnaryOp};

/// Operators on constants are the source operators.
pub type ConstOp = BinaryOp;

/// Why a constant operation failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpError {
    DivByZero,
    /// Operand kinds don't fit the operator (the checker normally rejects these first).
    Invalid,
}

/// `x op y` for operands of the same kind (the caller promotes mixed numeric kinds with
/// `ConstValue::promote`). `int_div` requests truncated integer division for `/` on ints
/// (typed integer operands and untyped int operands); otherwise `/` of ints is exact.
pub fn binary_op(
    x: &ConstValue,
    op: BinaryOp,
    y: &ConstValue,
    int_div: bool,
) -> Result<ConstValue, OpError> {
    use ConstValue as V;
    let r = x.rank().max(y.rank());
    let (x, y) = if r > 0 {
        (x.promote(r), y.promote(r))
    } else {
        (x.clone(), y.clone())
    };
    Ok(match (&x, &y) {
        (V::Bool(a), V::Bool(b)) => match op {
            BinaryOp::LAnd => V::Bool(*a && *b),
            BinaryOp::LOr => V::Bool(*a || *b),
            _ => return Err(OpError::Invalid),
        },
        (V::String(a), V::String(b)) => match op {
            BinaryOp::Add => {
                let mut s = a.clone();
                s.extend_from_slice(b);
                V::String(s)
            }
            _ => return Err(OpError::Invalid),
        },
        (V::Int(a), V::Int(b)) => match op {
            BinaryOp::Add => V::Int(a + b),
            BinaryOp::Sub => V::Int(a - b),
            BinaryOp::Mul => V::Int(a * b),
            BinaryOp::Div => {
                if b.is_zero() {
                    return Err(OpError::DivByZero);
                }
                if int_div {
                    V::Int(a / b)
                } else {
                    V::Float(BigRational::new(a.clone(), b.clone()))
                }
            }
            BinaryOp::Rem => {
                if b.is_zero() {
                    return Err(OpError::DivByZero);
                }
                V::Int(a % b)
            }
            BinaryOp::And => V::Int(a & b),
            BinaryOp::Or => V::Int(a | b),
            BinaryOp::Xor => V::Int(a ^ b),
            BinaryOp::AndNot => V::Int(a & !b),
            _ => return Err(OpError::Invalid),
        },
        (V::Float(a), V::Float(b)) => match op {
            BinaryOp::Add => V::Float(a + b),
            BinaryOp::Sub => V::Float(a - b),
            BinaryOp::Mul => V::Float(a * b),
            BinaryOp::Div => {
                if b.is_zero() {
                    return Err(OpError::DivByZero);
                }
                V::Float(a / b)
            }
            _ => return Err(OpError::Invalid),
        },
        (V::Complex(a, b), V::Complex(c, d)) => match op {
            BinaryOp::Add => V::Complex(a + c, b + d),
            BinaryOp::Sub => V::Complex(a - c, b - d),
            BinaryOp::Mul => V::Complex(a * c - b * d, b * c + a * d),
            BinaryOp::Div => {
                let den = c * c + d * d;
                if den.is_zero() {
                    return Err(OpError::DivByZero);
                }
                V::Complex((a * c + b * d) / &den, (b * c - a * d) / &den)
            }
            _ => return Err(OpError::Invalid),
        },
        _ => return Err(OpError::Invalid),
    })
}

/// `x op y` for a comparison operator.
pub fn compare(x: &ConstValue, op: BinaryOp, y: &ConstValue) -> Option<bool> {
    use std::cmp::Ordering;
    use ConstValue as V;
    let r = x.rank().max(y.rank());
    let (x, y) = if r > 0 {
        (x.promote(r), y.promote(r))
    } else {
        (x.clone(), y.clone())
    };
    let ord: Option<Ordering> = match (&x, &y) {
        (V::Bool(a), V::Bool(b)) => {
            return match op {
                BinaryOp::Eq => Some(a == b),
                BinaryOp::Ne => Some(a != b),
                _ => None,
            }
        }
        (V::Complex(..), V::Complex(..)) => {
            return match op {
                BinaryOp::Eq => Some(x == y),
                BinaryOp::Ne => Some(x != y),
                _ => None,
            }
        }
        (V::String(a), V::String(b)) => Some(a.cmp(b)),
        (V::Int(a), V::Int(b)) => Some(a.cmp(b)),
        (V::Float(a), V::Float(b)) => Some(a.cmp(b)),
        _ => None,
    };
    let o = ord?;
    Some(match op {
        BinaryOp::Eq => o == Ordering::Equal,
        BinaryOp::Ne => o != Ordering::Equal,
        BinaryOp::Lt => o == Ordering::Less,
        BinaryOp::Le => o != Ordering::Greater,
        BinaryOp::Gt => o == Ordering::Greater,
        BinaryOp::Ge => o != Ordering::Less,
        _ => return None,
    })
}

/// `x << s` / `x >> s` on an integer value (`>>` rounds toward negative infinity, as an
/// arithmetic shift does).
pub fn shift(x: &BigInt, op: BinaryOp, s: u64) -> BigInt {
    match op {
        BinaryOp::Shl => x << s,
        _ => {
            if x.is_negative() {
                // floor division by 2^s
                let d = super::pow2(s);
                let (q, r) = (x / &d, x % &d);
                if r.is_zero() {
                    q
                } else {
                    q - 1
                }
            } else {
                x >> s
            }
        }
    }
}

/// `op x`. `unsigned_bits` is the size of a typed unsigned operand: `^x` is then the
/// bitwise complement within that size, otherwise `-x-1`.
pub fn unary_op(op: UnaryOp, x: &ConstValue, unsigned_bits: Option<u32>) -> Option<ConstValue> {
    use ConstValue as V;
    Some(match (op, x) {
        (UnaryOp::Plus, V::Int(_) | V::Float(_) | V::Complex(..)) => x.clone(),
        (UnaryOp::Neg, V::Int(a)) => V::Int(-a),
        (UnaryOp::Neg, V::Float(a)) => V::Float(-a),
        (UnaryOp::Neg, V::Complex(a, b)) => V::Complex(-a, -b),
        (UnaryOp::Not, V::Bool(b)) => V::Bool(!b),
        (UnaryOp::Xor, V::Int(a)) => match unsigned_bits {
            Some(n) => V::Int(a ^ (super::pow2(n as u64) - 1)),
            None => V::Int(!a),
        },
        _ => return None,
    })
}
