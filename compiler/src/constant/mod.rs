//! Arbitrary-precision constant values and arithmetic (the spec's "exact" constants).
//!
//! Integers are `BigInt`; floats are exact rationals (`BigRational`) — every float
//! literal is a finite decimal or hex fraction, and `+ - * /` keep rationals exact, so
//! there is no rounding until a value is converted to a typed float. Complex values are
//! a pair of rationals. Representability checks (`representable`) implement the spec's
//! rules and gc's overflow/truncation verdicts.

mod lit;
mod ops;
mod repr;

pub use lit::{parse_char, parse_float, parse_imag, parse_int, parse_string};
pub use ops::{binary_op, compare, shift, unary_op, ConstOp};
pub use repr::{representable, ReprError};

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// A constant value. The variant is the value's *kind*; which Go type it has is
/// recorded separately by the checker.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ConstValue {
    Bool(bool),
    /// The bytes of a string constant (Go strings may hold invalid UTF-8, e.g. "\xff").
    String(Vec<u8>),
    Int(BigInt),
    /// Exact rational value of a float constant.
    Float(BigRational),
    /// Real and imaginary parts.
    Complex(BigRational, BigRational),
}

/// Limit on the size of untyped integer constants, as gc (types2 uses 512 bits).
pub const MAX_INT_BITS: u64 = 512;

impl ConstValue {
    pub fn int(v: i64) -> ConstValue {
        ConstValue::Int(BigInt::from(v))
    }

    /// Rank for implicit promotion in mixed untyped arithmetic: int < float < complex.
    pub fn rank(&self) -> u8 {
        match self {
            ConstValue::Bool(_) | ConstValue::String(_) => 0,
            ConstValue::Int(_) => 1,
            ConstValue::Float(_) => 2,
            ConstValue::Complex(..) => 3,
        }
    }

    /// Converts a numeric value to at least rank `r` (1 int, 2 float, 3 complex).
    pub fn promote(&self, r: u8) -> ConstValue {
        match (self, r) {
            (ConstValue::Int(i), 2) => ConstValue::Float(BigRational::from_integer(i.clone())),
            (ConstValue::Int(i), 3) => {
                ConstValue::Complex(BigRational::from_integer(i.clone()), BigRational::zero())
            }
            (ConstValue::Float(f), 3) => ConstValue::Complex(f.clone(), BigRational::zero()),
            _ => self.clone(),
        }
    }

    /// The value as an exact integer, if it is one (floats with integral value and
    /// complex values with zero imaginary part included).
    pub fn to_int(&self) -> Option<BigInt> {
        match self {
            ConstValue::Int(i) => Some(i.clone()),
            ConstValue::Float(f) if f.is_integer() => Some(f.to_integer()),
            ConstValue::Complex(re, im) if im.is_zero() && re.is_integer() => Some(re.to_integer()),
            _ => None,
        }
    }

    /// The value as an exact rational, if real.
    pub fn to_rat(&self) -> Option<BigRational> {
        match self {
            ConstValue::Int(i) => Some(BigRational::from_integer(i.clone())),
            ConstValue::Float(f) => Some(f.clone()),
            ConstValue::Complex(re, im) if im.is_zero() => Some(re.clone()),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        self.to_int().and_then(|i| i.to_i64())
    }

    pub fn as_u64(&self) -> Option<u64> {
        self.to_int().and_then(|i| i.to_u64())
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            ConstValue::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            ConstValue::String(s) => Some(s),
            _ => None,
        }
    }

    /// Nearest f64 (for codegen of float constants after representability checks).
    pub fn as_f64(&self) -> f64 {
        match self {
            ConstValue::Int(i) => i.to_f64().unwrap_or(f64::INFINITY),
            ConstValue::Float(f) => rat_to_f64(f),
            ConstValue::Complex(re, _) => rat_to_f64(re),
            ConstValue::Bool(b) => *b as u8 as f64,
            ConstValue::String(_) => 0.0,
        }
    }

    /// Real and imaginary parts as f64.
    pub fn as_complex(&self) -> (f64, f64) {
        match self {
            ConstValue::Complex(re, im) => (rat_to_f64(re), rat_to_f64(im)),
            v => (v.as_f64(), 0.0),
        }
    }

    pub fn is_zero(&self) -> bool {
        match self {
            ConstValue::Int(i) => i.is_zero(),
            ConstValue::Float(f) => f.is_zero(),
            ConstValue::Complex(re, im) => re.is_zero() && im.is_zero(),
            _ => false,
        }
    }

    /// Is a real value negative?
    pub fn is_negative(&self) -> bool {
        match self {
            ConstValue::Int(i) => i.is_negative(),
            ConstValue::Float(f) => f.is_negative(),
            _ => false,
        }
    }

    /// Short form as gc prints constant values in messages (go/constant's `String`):
    /// floats with 6 significant digits, strings quoted and shortened.
    pub fn to_display(&self) -> String {
        match self {
            ConstValue::Bool(b) => b.to_string(),
            ConstValue::String(s) => {
                let q = quote(s);
                // go/constant shortens long strings to 72 characters ending in "...".
                if q.chars().count() > 72 {
                    let mut t: String = q.chars().take(72 - 3).collect();
                    t.push_str("...");
                    t
                } else {
                    q
                }
            }
            ConstValue::Int(i) => i.to_string(),
            ConstValue::Float(f) => format_float(f),
            ConstValue::Complex(re, im) => {
                format!("({} + {}i)", format_float(re), format_float(im))
            }
        }
    }
}

/// Nearest f64 of an exact rational (round to nearest even, via num's conversion which
/// handles big numerators/denominators).
pub fn rat_to_f64(r: &BigRational) -> f64 {
    if r.is_integer() {
        return r.to_integer().to_f64().unwrap_or(f64::INFINITY);
    }
    r.to_f64().unwrap_or_else(|| {
        if r.is_negative() {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        }
    })
}

/// Exact rational of a finite f64.
pub fn f64_to_rat(f: f64) -> BigRational {
    BigRational::from_float(f).unwrap_or_else(BigRational::zero)
}

/// go/constant prints floats like `%.6g`, with integral values of small size printed as
/// integers (`1e+06` style for big ones).
fn format_float(r: &BigRational) -> String {
    let f = rat_to_f64(r);
    format_g6(f)
}

/// C-style `%.6g` (trailing zeros removed), as Go's fmt prints it.
pub fn format_g6(f: f64) -> String {
    if f == 0.0 {
        return "0".into();
    }
    if !f.is_finite() {
        return if f > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    let exp = f.abs().log10().floor() as i32;
    // Round to 6 significant digits first, then decide the exponent from the rounded value.
    let s = format!("{:.5e}", f);
    let (mant, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(exp);
    if !(-4..6).contains(&e) {
        let mant = trim_zeros(mant);
        let sign = if e < 0 { '-' } else { '+' };
        format!("{mant}e{sign}{:02}", e.abs())
    } else {
        let decimals = (5 - e).max(0) as usize;
        trim_zeros(&format!("{:.*}", decimals, f)).to_string()
    }
}

fn trim_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}

/// Go-syntax quoted string (strconv.Quote-like).
pub fn quote(b: &[u8]) -> String {
    let s = String::from_utf8_lossy(b);
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\x07' => out.push_str("\\a"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '\x0b' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// 2^n as a BigInt.
pub(crate) fn pow2(n: u64) -> BigInt {
    BigInt::one() << n
}
