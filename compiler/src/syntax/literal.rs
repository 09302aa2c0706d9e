//! Values of string and rune literals (already validated by the lexer).

/// Decodes a string literal (interpreted `"..."` or raw `` `...` ``) into
/// its bytes. Go strings are byte sequences, so `\xff` yields one byte and
/// the result need not be UTF-8. Carriage returns are dropped from raw
/// strings, as the spec requires. None if `raw` is malformed.
pub fn unquote_bytes(raw: &str) -> Option<Vec<u8>> {
    let b = raw.as_bytes();
    if b.len() < 2 {
        return None;
    }
    let (q, body) = (b[0], &b[1..b.len() - 1]);
    if b[b.len() - 1] != q {
        return None;
    }
    match q {
        b'`' => Some(body.iter().copied().filter(|&c| c != b'\r').collect()),
        b'"' => {
            let mut out = Vec::with_capacity(body.len());
            let mut i = 0;
            while i < body.len() {
                if body[i] != b'\\' {
                    out.push(body[i]);
                    i += 1;
                    continue;
                }
                let (v, n) = escape(&body[i + 1..], b'"')?;
                push_value(&mut out, v)?;
                i += 1 + n;
            }
            Some(out)
        }
        _ => None,
    }
}

/// Like [`unquote_bytes`] but as a String (invalid UTF-8 replaced); meant for
/// import paths and struct tags.
pub fn unquote(raw: &str) -> Option<String> {
    unquote_bytes(raw).map(|v| String::from_utf8_lossy(&v).into_owned())
}

/// The value of a rune literal `'x'`; None if malformed.
pub fn rune_value(raw: &str) -> Option<u32> {
    let b = raw.as_bytes();
    if b.len() < 3 || b[0] != b'\'' || b[b.len() - 1] != b'\'' {
        return None;
    }
    let body = &b[1..b.len() - 1];
    let (v, n) = if body[0] == b'\\' {
        let (v, n) = escape(&body[1..], b'\'')?;
        let v = match v {
            Value::Byte(x) => x as u32,
            Value::Rune(r) => r,
        };
        (v, n + 1)
    } else {
        let s = std::str::from_utf8(body).ok()?;
        let c = s.chars().next()?;
        (c as u32, c.len_utf8())
    };
    if n != body.len() {
        return None;
    }
    Some(v)
}

enum Value {
    /// `\x`/octal escapes: one raw byte.
    Byte(u8),
    /// Everything else: a code point, UTF-8 encoded in strings.
    Rune(u32),
}

fn push_value(out: &mut Vec<u8>, v: Value) -> Option<()> {
    match v {
        Value::Byte(b) => out.push(b),
        Value::Rune(r) => {
            let c = char::from_u32(r)?;
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
    }
    Some(())
}

/// Decodes the escape after a backslash; returns the value and the number of
/// bytes consumed.
fn escape(b: &[u8], quote: u8) -> Option<(Value, usize)> {
    let c = *b.first()?;
    let simple = |v: u8| Some((Value::Rune(v as u32), 1));
    match c {
        b'a' => simple(7),
        b'b' => simple(8),
        b'f' => simple(12),
        b'n' => simple(b'\n'),
        b'r' => simple(b'\r'),
        b't' => simple(b'\t'),
        b'v' => simple(11),
        b'\\' => simple(b'\\'),
        c if c == quote => simple(c),
        b'0'..=b'7' => {
            let d = b.get(..3)?;
            let mut x: u32 = 0;
            for &c in d {
                if !(b'0'..=b'7').contains(&c) {
                    return None;
                }
                x = x * 8 + (c - b'0') as u32;
            }
            (x <= 255).then_some((Value::Byte(x as u8), 3))
        }
        b'x' | b'u' | b'U' => {
            let n = match c {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            let d = b.get(1..1 + n)?;
            let s = std::str::from_utf8(d).ok()?;
            let x = u32::from_str_radix(s, 16).ok()?;
            if c == b'x' {
                Some((Value::Byte(x as u8), 1 + n))
            } else if x > 0x10FFFF || (0xD800..0xE000).contains(&x) {
                None
            } else {
                Some((Value::Rune(x), 1 + n))
            }
        }
        _ => None,
    }
}
