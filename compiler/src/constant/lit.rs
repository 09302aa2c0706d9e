//! Values of basic literals. The lexer has validated the syntax already; these return
//! None only for input it would have rejected.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{Num, Zero};

use super::ConstValue;

fn strip_underscores(s: &str) -> String {
    s.chars().filter(|&c| c != '_').collect()
}

/// Integer literal: decimal, `0x`, `0o`/legacy `0` octal, `0b`.
pub fn parse_int(raw: &str) -> Option<BigInt> {
    let s = strip_underscores(raw);
    let lower = s.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_string(), 2)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (lower[1..].to_string(), 8)
    } else {
        (lower, 10)
    };
    BigInt::from_str_radix(&digits, radix).ok()
}

/// Float literal (decimal with optional exponent, or hex mantissa with `p` exponent),
/// as an exact rational.
pub fn parse_float(raw: &str) -> Option<BigRational> {
    let s = strip_underscores(raw).to_ascii_lowercase();
    if let Some(h) = s.strip_prefix("0x") {
        let (mant, exp) = h.split_once('p')?;
        let exp: i64 = exp.parse().ok()?;
        let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
        let digits = format!("{ip}{fp}");
        let m = if digits.is_empty() {
            BigInt::zero()
        } else {
            BigInt::from_str_radix(&digits, 16).ok()?
        };
        let e2 = exp - 4 * fp.len() as i64;
        return Some(scale(BigRational::from_integer(m), 2, e2));
    }
    let (mant, exp) = match s.split_once('e') {
        Some((m, e)) => (m, e.parse::<i64>().ok()?),
        None => (s.as_str(), 0),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{ip}{fp}");
    let m = if digits.is_empty() {
        BigInt::zero()
    } else {
        BigInt::from_str_radix(&digits, 10).ok()?
    };
    let e10 = exp - fp.len() as i64;
    // gc refuses absurd exponents; keep memory bounded the same way.
    if e10.abs() > 100_000 {
        return None;
    }
    Some(scale(BigRational::from_integer(m), 10, e10))
}

fn scale(m: BigRational, base: u32, e: i64) -> BigRational {
    if m.is_zero() {
        return m;
    }
    let p = num_traits::pow(BigInt::from(base), e.unsigned_abs() as usize);
    if e >= 0 {
        m * BigRational::from_integer(p)
    } else {
        m / BigRational::from_integer(p)
    }
}

/// Imaginary literal `123i`, `1.5i`, `0x1p3i`: a complex value with zero real part.
pub fn parse_imag(raw: &str) -> Option<ConstValue> {
    let body = raw.strip_suffix('i')?;
    let lower = body.to_ascii_lowercase();
    // `0123i` is decimal for backward compatibility; ints and floats both allowed.
    let is_int_like = !lower.contains('.')
        && !lower.contains('p')
        && (lower.starts_with("0x") || !lower.contains('e'));
    let v = if is_int_like {
        if lower.starts_with("0x") || lower.starts_with("0b") || lower.starts_with("0o") {
            BigRational::from_integer(parse_int(body)?)
        } else {
            BigRational::from_integer(BigInt::from_str_radix(&strip_underscores(body), 10).ok()?)
        }
    } else {
        parse_float(body)?
    };
    Some(ConstValue::Complex(BigRational::zero(), v))
}

/// Rune literal `'x'`, `'\n'`, `'\u1234'`, `'\377'`: the code point.
pub fn parse_char(raw: &str) -> Option<BigInt> {
    let inner = raw.strip_prefix('\'')?.strip_suffix('\'')?;
    let mut out = Vec::new();
    let mut runes = Vec::new();
    decode_escapes(inner, '\'', &mut out, &mut runes)?;
    if runes.len() != 1 {
        return None;
    }
    Some(BigInt::from(runes[0]))
}

/// String literal (interpreted `"..."` or raw `` `...` ``): its bytes.
pub fn parse_string(raw: &str) -> Option<Vec<u8>> {
    if let Some(r) = raw.strip_prefix('`') {
        let r = r.strip_suffix('`')?;
        // Carriage returns are discarded from raw strings.
        return Some(r.bytes().filter(|&b| b != b'\r').collect());
    }
    let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = Vec::new();
    let mut runes = Vec::new();
    decode_escapes(inner, '"', &mut out, &mut runes)?;
    Some(out)
}

/// Decodes escapes into bytes (`out`) and, for rune literals, code points (`runes`:
/// `\x`/octal escapes give one byte value each).
fn decode_escapes(s: &str, quote: char, out: &mut Vec<u8>, runes: &mut Vec<u32>) -> Option<()> {
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\\' {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            runes.push(c as u32);
            continue;
        }
        let e = it.next()?;
        let simple = match e {
            'a' => Some(7u32),
            'b' => Some(8),
            'f' => Some(12),
            'n' => Some(10),
            'r' => Some(13),
            't' => Some(9),
            'v' => Some(11),
            '\\' => Some('\\' as u32),
            '\'' if quote == '\'' => Some('\'' as u32),
            '"' if quote == '"' => Some('"' as u32),
            _ => None,
        };
        if let Some(v) = simple {
            out.push(v as u8);
            runes.push(v);
            continue;
        }
        let (n, radix, is_byte) = match e {
            'x' => (2, 16, true),
            'u' => (4, 16, false),
            'U' => (8, 16, false),
            '0'..='7' => (2, 8, true),
            _ => return None,
        };
        let mut digits = String::new();
        if radix == 8 {
            digits.push(e);
        }
        for _ in 0..n {
            digits.push(it.next()?);
        }
        let v = u32::from_str_radix(&digits, radix).ok()?;
        if is_byte {
            if v > 255 {
                return None;
            }
            out.push(v as u8);
            runes.push(v);
        } else {
            let ch = char::from_u32(v)?;
            let mut buf = [0u8; 4];
            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
            runes.push(v);
        }
    }
    Some(())
}
