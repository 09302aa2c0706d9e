//! Primitive encoding shared by reader and writer: unsigned LEB128 integers, byte
//! strings (length + bytes), constant values.

use num_bigint::{BigInt, Sign};
use num_rational::BigRational;

use crate::constant::ConstValue;

pub(crate) fn put_uv(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

pub(crate) fn put_bytes(out: &mut Vec<u8>, b: &[u8]) {
    put_uv(out, b.len() as u64);
    out.extend_from_slice(b);
}

pub(crate) fn put_str(out: &mut Vec<u8>, s: &str) {
    put_bytes(out, s.as_bytes());
}

fn put_int(out: &mut Vec<u8>, i: &BigInt) {
    let (sign, mag) = i.to_bytes_le();
    out.push(match sign {
        Sign::Minus => 1,
        _ => 0,
    });
    put_bytes(out, &mag);
}

/// Constant: tag byte (0 bool, 1 string, 2 int, 3 float, 4 complex) then payload.
pub(crate) fn put_const(out: &mut Vec<u8>, v: &ConstValue) {
    match v {
        ConstValue::Bool(b) => {
            out.push(0);
            out.push(*b as u8);
        }
        ConstValue::String(s) => {
            out.push(1);
            put_bytes(out, s);
        }
        ConstValue::Int(i) => {
            out.push(2);
            put_int(out, i);
        }
        ConstValue::Float(f) => {
            out.push(3);
            put_int(out, f.numer());
            put_int(out, f.denom());
        }
        ConstValue::Complex(re, im) => {
            out.push(4);
            put_int(out, re.numer());
            put_int(out, re.denom());
            put_int(out, im.numer());
            put_int(out, im.denom());
        }
    }
}

/// Cursor over export data; every read checks bounds (bad input never panics).
pub(crate) struct Reader<'a> {
    pub data: &'a [u8],
    pub pos: usize,
}

pub(crate) type R<T> = Result<T, String>;

impl<'a> Reader<'a> {
    pub fn byte(&mut self) -> R<u8> {
        let b = *self.data.get(self.pos).ok_or("truncated export data")?;
        self.pos += 1;
        Ok(b)
    }

    pub fn uv(&mut self) -> R<u64> {
        let mut v: u64 = 0;
        let mut shift = 0;
        loop {
            let b = self.byte()?;
            if shift >= 64 {
                return Err("bad varint in export data".into());
            }
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
            shift += 7;
        }
    }

    pub fn len(&mut self) -> R<usize> {
        let n = self.uv()? as usize;
        if n > self.data.len() {
            return Err("bad length in export data".into());
        }
        Ok(n)
    }

    pub fn bytes(&mut self) -> R<&'a [u8]> {
        let n = self.len()?;
        let end = self.pos.checked_add(n).ok_or("bad length")?;
        let s = self
            .data
            .get(self.pos..end)
            .ok_or("truncated export data")?;
        self.pos = end;
        Ok(s)
    }

    pub fn str(&mut self) -> R<String> {
        let b = self.bytes()?;
        String::from_utf8(b.to_vec()).map_err(|_| "bad string in export data".to_string())
    }

    fn int(&mut self) -> R<BigInt> {
        let neg = self.byte()? == 1;
        let mag = self.bytes()?;
        let sign = if neg { Sign::Minus } else { Sign::Plus };
        Ok(BigInt::from_bytes_le(sign, mag))
    }

    fn rat(&mut self) -> R<BigRational> {
        let n = self.int()?;
        let d = self.int()?;
        if d == BigInt::from(0) {
            return Err("bad rational in export data".into());
        }
        Ok(BigRational::new(n, d))
    }

    pub fn constant(&mut self) -> R<ConstValue> {
        Ok(match self.byte()? {
            0 => ConstValue::Bool(self.byte()? != 0),
            1 => ConstValue::String(self.bytes()?.to_vec()),
            2 => ConstValue::Int(self.int()?),
            3 => ConstValue::Float(self.rat()?),
            4 => ConstValue::Complex(self.rat()?, self.rat()?),
            t => return Err(format!("bad constant tag {t} in export data")),
        })
    }
}
