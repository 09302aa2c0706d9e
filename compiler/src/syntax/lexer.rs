//! The scanner: bytes → tokens, with automatic semicolon insertion and gc's
//! lexical error messages and positions.
//!
//! Positions are 1-based lines and 1-based *byte* columns. Like gc, the
//! scanner reports an error and keeps going (a bad literal is still returned
//! as a literal token, flagged `bad`), so the parser sees a plausible stream.

use super::token::{keyword, Op, Tok};
use super::unicode;
use crate::syntax::ast::LitKind;

/// A lexical error or a directive comment, at a 1-based line and column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexError {
    pub line: u32,
    pub col: u32,
    pub msg: String,
}

/// A `//go:` directive comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Directive {
    /// Line of the comment.
    pub line: u32,
    /// Column just after the `//` (where gc positions pragmas).
    pub col: u32,
    /// Comment text without the `//` (and without a trailing `\r`).
    pub text: String,
    /// Whether the comment is alone on its line (gc requires directives
    /// to be).
    pub blank: bool,
}

pub struct Lexer<'a> {
    src: &'a [u8],
    /// Offset of the byte after the current character.
    r: usize,
    /// Current character (-1 at EOF) and its width in bytes.
    ch: i32,
    chw: usize,
    /// 0-based line and byte column of `ch`.
    line0: u32,
    col0: u32,
    /// Start offset of the current token's text.
    seg: usize,
    /// Whether a newline or EOF now becomes a semicolon.
    nlsemi: bool,

    // The current token.
    pub tok: Tok,
    pub line: u32,
    pub col: u32,
    /// Text of a Name or Literal; "semicolon", "newline" or "EOF" for Semi.
    pub lit: String,
    /// Literal kind (valid when `tok == Literal`).
    pub kind: LitKind,
    /// True if the literal had a lexical error.
    pub bad: bool,
    /// Operator (valid for Operator, AssignOp, IncOp, Star).
    pub op: Op,
    /// Binary precedence of `op`.
    pub prec: u8,
    /// Whether the line is blank up to the current token (or comment).
    pub blank: bool,

    /// Lexical errors in source order.
    pub errors: Vec<LexError>,
    /// `//go:` directives not yet claimed by the parser.
    pub pending: Vec<Directive>,
    /// Every `//go:` directive seen.
    pub directives: Vec<Directive>,
}

fn lower(c: i32) -> i32 {
    ('a' as i32 - 'A' as i32) | c
}
fn is_letter(c: i32) -> bool {
    ('a' as i32..='z' as i32).contains(&lower(c)) || c == '_' as i32
}
fn is_decimal(c: i32) -> bool {
    ('0' as i32..='9' as i32).contains(&c)
}
fn is_hex(c: i32) -> bool {
    is_decimal(c) || ('a' as i32..='f' as i32).contains(&lower(c))
}

/// Name of a number base as gc spells it in messages.
fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

/// Go's `%#U` formatting of a code point: `U+0041 'A'`.
pub fn fmt_unicode(c: u32) -> String {
    let mut s = format!("U+{c:04X}");
    if let Some(ch) = char::from_u32(c) {
        if is_print(ch) {
            s.push_str(&format!(" '{ch}'"));
        }
    }
    s
}

/// Approximates Go's `strconv.IsPrint`.
fn is_print(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    !(c.is_control()
        || c.is_whitespace()
        || ('\u{E000}'..='\u{F8FF}').contains(&c)
        || c == '\u{FEFF}'
        || ('\u{200B}'..='\u{200F}').contains(&c)
        || ('\u{2028}'..='\u{202E}').contains(&c)
        || ('\u{2060}'..='\u{206F}').contains(&c))
}

/// Go's `%q` formatting of a rune (`strconv.QuoteRune`).
pub fn quote_rune(c: i32) -> String {
    let ch = match u32::try_from(c).ok().and_then(char::from_u32) {
        Some(ch) => ch,
        None => return "'\u{FFFD}'".to_string(),
    };
    let body = match ch {
        '\x07' => "\\a".to_string(),
        '\x08' => "\\b".to_string(),
        '\x0c' => "\\f".to_string(),
        '\n' => "\\n".to_string(),
        '\r' => "\\r".to_string(),
        '\t' => "\\t".to_string(),
        '\x0b' => "\\v".to_string(),
        '\\' => "\\\\".to_string(),
        '\'' => "\\'".to_string(),
        c if is_print(c) => c.to_string(),
        c if (c as u32) < 0x80 => format!("\\x{:02x}", c as u32),
        c if (c as u32) < 0x10000 => format!("\\u{:04x}", c as u32),
        c => format!("\\U{:08x}", c as u32),
    };
    format!("'{body}'")
}

/// Decodes one UTF-8 sequence; None if invalid (Go's RuneError, width 1).
fn decode_utf8(b: &[u8]) -> Option<(char, usize)> {
    let n = match b[0] {
        0x00..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return None,
    };
    if b.len() < n {
        return None;
    }
    let s = std::str::from_utf8(&b[..n]).ok()?;
    s.chars().next().map(|c| (c, n))
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a [u8]) -> Lexer<'a> {
        let mut lx = Lexer {
            src,
            r: 0,
            ch: ' ' as i32,
            chw: 0,
            line0: 0,
            col0: 0,
            seg: 0,
            nlsemi: false,
            tok: Tok::Eof,
            line: 1,
            col: 1,
            lit: String::new(),
            kind: LitKind::Int,
            bad: false,
            op: Op::Add,
            prec: 0,
            blank: true,
            errors: Vec::new(),
            pending: Vec::new(),
            directives: Vec::new(),
        };
        lx.nextch();
        lx
    }

    /// 1-based position of the current character.
    fn pos(&self) -> (u32, u32) {
        (self.line0 + 1, self.col0 + 1)
    }

    /// Reports an error at the current character.
    fn error(&mut self, msg: String) {
        let (line, col) = self.pos();
        self.errors.push(LexError { line, col, msg });
    }

    /// Reports an error at a byte offset from the current token's start.
    fn error_at(&mut self, offset: u32, msg: String) {
        self.errors.push(LexError {
            line: self.line,
            col: self.col + offset,
            msg,
        });
    }

    fn nextch(&mut self) {
        loop {
            self.col0 += self.chw as u32;
            if self.ch == '\n' as i32 {
                self.line0 += 1;
                self.col0 = 0;
            }
            if self.r >= self.src.len() {
                self.ch = -1;
                self.chw = 0;
                return;
            }
            let b = self.src[self.r];
            if b < 0x80 {
                self.r += 1;
                self.ch = b as i32;
                self.chw = 1;
                if b == 0 {
                    self.error("invalid NUL character".into());
                    continue;
                }
                return;
            }
            match decode_utf8(&self.src[self.r..]) {
                None => {
                    self.r += 1;
                    self.ch = 0xFFFD;
                    self.chw = 1;
                    self.error("invalid UTF-8 encoding".into());
                    continue;
                }
                Some((c, w)) => {
                    self.r += w;
                    self.ch = c as i32;
                    self.chw = w;
                    if c == '\u{FEFF}' {
                        // A byte order mark is only allowed first in the file.
                        if self.line0 > 0 || self.col0 > 0 {
                            self.error("invalid BOM in the middle of the file".into());
                        }
                        continue;
                    }
                    return;
                }
            }
        }
    }

    fn start(&mut self) {
        self.seg = self.r - self.chw;
    }

    fn segment(&self) -> &'a [u8] {
        &self.src[self.seg..self.r - self.chw]
    }

    fn set_lit(&mut self, kind: LitKind, ok: bool) {
        self.nlsemi = true;
        self.tok = Tok::Literal;
        self.lit = String::from_utf8_lossy(self.segment()).into_owned();
        self.bad = !ok;
        self.kind = kind;
    }

    /// Stops scanning: every later call returns EOF (used when the parser
    /// gives up, e.g. on too deep nesting).
    pub fn abort(&mut self) {
        self.r = self.src.len();
        self.ch = -1;
        self.chw = 0;
        self.nlsemi = false;
    }

    /// Advances to the next token.
    pub fn next(&mut self) {
        let nlsemi = self.nlsemi;
        self.nlsemi = false;
        loop {
            let (start_line, start_col) = self.pos();
            while self.ch == ' ' as i32
                || self.ch == '\t' as i32
                || (self.ch == '\n' as i32 && !nlsemi)
                || self.ch == '\r' as i32
            {
                self.nextch();
            }
            let (line, col) = self.pos();
            self.line = line;
            self.col = col;
            self.blank = line > start_line || start_col == 1;
            self.start();
            if self.scan_token(nlsemi) {
                return;
            }
        }
    }

    /// Scans one token starting at `ch`; false if it was a comment or an
    /// invalid character and scanning must continue.
    fn scan_token(&mut self, nlsemi: bool) -> bool {
        let c = self.ch;
        if is_letter(c) || (c >= 0x80 && self.at_ident_char(true)) {
            self.nextch();
            self.ident();
            return true;
        }
        let simple = |lx: &mut Lexer, t: Tok| {
            lx.nextch();
            lx.tok = t;
        };
        match c {
            -1 => {
                if nlsemi {
                    self.lit = "EOF".into();
                    self.tok = Tok::Semi;
                } else {
                    self.tok = Tok::Eof;
                }
            }
            0x0a => {
                self.nextch();
                self.lit = "newline".into();
                self.tok = Tok::Semi;
            }
            0x30..=0x39 => self.number(false),
            0x22 => self.std_string(),
            0x60 => self.raw_string(),
            0x27 => self.rune_lit(),
            0x28 => simple(self, Tok::Lparen),
            0x5b => simple(self, Tok::Lbrack),
            0x7b => simple(self, Tok::Lbrace),
            0x2c => simple(self, Tok::Comma),
            0x3b => {
                self.nextch();
                self.lit = "semicolon".into();
                self.tok = Tok::Semi;
            }
            0x29 => {
                simple(self, Tok::Rparen);
                self.nlsemi = true;
            }
            0x5d => {
                simple(self, Tok::Rbrack);
                self.nlsemi = true;
            }
            0x7d => {
                simple(self, Tok::Rbrace);
                self.nlsemi = true;
            }
            0x3a => {
                self.nextch();
                if self.ch == '=' as i32 {
                    self.nextch();
                    self.tok = Tok::Define;
                } else {
                    self.tok = Tok::Colon;
                }
            }
            0x2e => {
                self.nextch();
                if is_decimal(self.ch) {
                    self.number(true);
                } else if self.ch == '.' as i32
                    && self.r < self.src.len()
                    && self.src[self.r] == b'.'
                {
                    self.nextch();
                    self.nextch();
                    self.tok = Tok::DotDotDot;
                } else {
                    self.tok = Tok::Dot;
                }
            }
            0x2b | 0x2d => {
                let op = if c == '+' as i32 { Op::Add } else { Op::Sub };
                self.nextch();
                if self.ch == c {
                    self.nextch();
                    self.set_op(Tok::IncOp, op);
                    self.nlsemi = true;
                } else {
                    self.assign_op(op);
                }
            }
            0x2a => {
                self.nextch();
                if self.ch == '=' as i32 {
                    self.nextch();
                    self.set_op(Tok::AssignOp, Op::Mul);
                } else {
                    self.set_op(Tok::Star, Op::Mul);
                }
            }
            0x2f => {
                self.nextch();
                if self.ch == '/' as i32 {
                    self.nextch();
                    self.line_comment();
                    return false;
                }
                if self.ch == '*' as i32 {
                    self.nextch();
                    self.skip_comment();
                    if self.pos().0 > self.line && nlsemi {
                        // A multi-line comment acts like a newline.
                        self.lit = "newline".into();
                        self.tok = Tok::Semi;
                        return true;
                    }
                    return false;
                }
                self.assign_op(Op::Div);
            }
            0x25 => {
                self.nextch();
                self.assign_op(Op::Rem);
            }
            0x26 => {
                self.nextch();
                if self.ch == '&' as i32 {
                    self.nextch();
                    self.set_op(Tok::Operator, Op::AndAnd);
                } else if self.ch == '^' as i32 {
                    self.nextch();
                    self.assign_op(Op::AndNot);
                } else {
                    self.assign_op(Op::And);
                }
            }
            0x7c => {
                self.nextch();
                if self.ch == '|' as i32 {
                    self.nextch();
                    self.set_op(Tok::Operator, Op::OrOr);
                } else {
                    self.assign_op(Op::Or);
                }
            }
            0x5e => {
                self.nextch();
                self.assign_op(Op::Xor);
            }
            0x3c => {
                self.nextch();
                if self.ch == '=' as i32 {
                    self.nextch();
                    self.set_op(Tok::Operator, Op::Leq);
                } else if self.ch == '<' as i32 {
                    self.nextch();
                    self.assign_op(Op::Shl);
                } else if self.ch == '-' as i32 {
                    self.nextch();
                    self.tok = Tok::Arrow;
                } else {
                    self.set_op(Tok::Operator, Op::Lss);
                }
            }
            0x3e => {
                self.nextch();
                if self.ch == '=' as i32 {
                    self.nextch();
                    self.set_op(Tok::Operator, Op::Geq);
                } else if self.ch == '>' as i32 {
                    self.nextch();
                    self.assign_op(Op::Shr);
                } else {
                    self.set_op(Tok::Operator, Op::Gtr);
                }
            }
            0x3d => {
                self.nextch();
                if self.ch == '=' as i32 {
                    self.nextch();
                    self.set_op(Tok::Operator, Op::Eql);
                } else {
                    self.tok = Tok::Assign;
                }
            }
            0x21 => {
                self.nextch();
                if self.ch == '=' as i32 {
                    self.nextch();
                    self.set_op(Tok::Operator, Op::Neq);
                } else {
                    self.set_op(Tok::Operator, Op::Not);
                }
            }
            0x7e => {
                self.nextch();
                self.set_op(Tok::Operator, Op::Tilde);
            }
            _ => {
                self.error(format!("invalid character {}", fmt_unicode(c as u32)));
                self.nextch();
                return false;
            }
        }
        true
    }

    fn set_op(&mut self, tok: Tok, op: Op) {
        self.tok = tok;
        self.op = op;
        self.prec = op.prec();
    }

    /// `op` or `op=`.
    fn assign_op(&mut self, op: Op) {
        if self.ch == '=' as i32 {
            self.nextch();
            self.set_op(Tok::AssignOp, op);
        } else {
            self.set_op(Tok::Operator, op);
        }
    }

    fn ident(&mut self) {
        while is_letter(self.ch) || is_decimal(self.ch) {
            self.nextch();
        }
        if self.ch >= 0x80 {
            while self.at_ident_char(false) {
                self.nextch();
            }
        }
        let lit = self.segment();
        if let Some(t) = keyword(lit) {
            self.nlsemi = matches!(
                t,
                Tok::Break | Tok::Continue | Tok::Fallthrough | Tok::Return
            );
            self.tok = t;
            return;
        }
        self.nlsemi = true;
        self.lit = String::from_utf8_lossy(lit).into_owned();
        self.tok = Tok::Name;
    }

    /// Whether `ch` may continue (or, if `first`, start) an identifier;
    /// reports gc's errors for digits and other characters that are
    /// accepted into the identifier for recovery.
    fn at_ident_char(&mut self, first: bool) -> bool {
        let c = self.ch;
        let Some(ch) = u32::try_from(c).ok().and_then(char::from_u32) else {
            return false;
        };
        if unicode::is_letter(ch) || ch == '_' {
            return true;
        }
        if unicode::is_digit(ch) {
            if first {
                self.error(format!(
                    "identifier cannot begin with digit {}",
                    fmt_unicode(c as u32)
                ));
            }
            return true;
        }
        if c >= 0x80 {
            self.error(format!(
                "invalid character {} in identifier",
                fmt_unicode(c as u32)
            ));
            return true;
        }
        false
    }

    /// Accepts `{ digit | '_' }`; returns bit 0 if digits were seen and bit 1
    /// if separators were. For bases <= 10 all decimal digits are accepted
    /// and the first one >= base is recorded in `invalid`.
    fn digits(&mut self, base: u32, invalid: &mut Option<u32>) -> u32 {
        let mut digsep = 0;
        if base <= 10 {
            let max = '0' as i32 + base as i32;
            while is_decimal(self.ch) || self.ch == '_' as i32 {
                let mut ds = 1;
                if self.ch == '_' as i32 {
                    ds = 2;
                } else if self.ch >= max && invalid.is_none() {
                    *invalid = Some(self.pos().1 - self.col);
                }
                digsep |= ds;
                self.nextch();
            }
        } else {
            while is_hex(self.ch) || self.ch == '_' as i32 {
                digsep |= if self.ch == '_' as i32 { 2 } else { 1 };
                self.nextch();
            }
        }
        digsep
    }

    fn number(&mut self, mut seen_point: bool) {
        let mut ok = true;
        let mut kind = LitKind::Int;
        let mut base = 10;
        let mut prefix = 0u8; // 0, b'0' (legacy octal), b'x', b'o', b'b'
        let mut digsep = 0;
        let mut invalid = None;

        if !seen_point {
            if self.ch == '0' as i32 {
                self.nextch();
                match lower(self.ch) {
                    0x78 => {
                        self.nextch();
                        base = 16;
                        prefix = b'x';
                    }
                    0x6f => {
                        self.nextch();
                        base = 8;
                        prefix = b'o';
                    }
                    0x62 => {
                        self.nextch();
                        base = 2;
                        prefix = b'b';
                    }
                    _ => {
                        base = 8;
                        prefix = b'0';
                        digsep = 1; // the leading 0
                    }
                }
            }
            digsep |= self.digits(base, &mut invalid);
            if self.ch == '.' as i32 {
                if prefix == b'o' || prefix == b'b' {
                    self.error(format!(
                        "invalid radix point in {} literal",
                        base_name(base)
                    ));
                    ok = false;
                }
                self.nextch();
                seen_point = true;
            }
        }
        if seen_point {
            kind = LitKind::Float;
            digsep |= self.digits(base, &mut invalid);
        }
        if digsep & 1 == 0 && ok {
            self.error(format!("{} literal has no digits", base_name(base)));
            ok = false;
        }
        let e = lower(self.ch);
        if e == 'e' as i32 || e == 'p' as i32 {
            if ok {
                if e == 'e' as i32 && prefix != 0 && prefix != b'0' {
                    self.error(format!(
                        "{} exponent requires decimal mantissa",
                        quote_rune(self.ch)
                    ));
                    ok = false;
                } else if e == 'p' as i32 && prefix != b'x' {
                    self.error(format!(
                        "{} exponent requires hexadecimal mantissa",
                        quote_rune(self.ch)
                    ));
                    ok = false;
                }
            }
            self.nextch();
            kind = LitKind::Float;
            if self.ch == '+' as i32 || self.ch == '-' as i32 {
                self.nextch();
            }
            let mut none = None;
            digsep = self.digits(10, &mut none) | (digsep & 2);
            if digsep & 1 == 0 && ok {
                self.error("exponent has no digits".into());
                ok = false;
            }
        } else if prefix == b'x' && kind == LitKind::Float && ok {
            self.error("hexadecimal mantissa requires a 'p' exponent".into());
            ok = false;
        }
        if self.ch == 'i' as i32 {
            kind = LitKind::Imag;
            self.nextch();
        }
        self.set_lit(kind, ok);
        if kind == LitKind::Int && ok {
            if let Some(i) = invalid {
                let d = self.lit.as_bytes()[i as usize];
                self.error_at(
                    i,
                    format!(
                        "invalid digit {} in {} literal",
                        quote_rune(d as i32),
                        base_name(base)
                    ),
                );
                ok = false;
            }
        }
        if digsep & 2 != 0 && ok {
            if let Some(i) = invalid_sep(self.lit.as_bytes()) {
                self.error_at(i as u32, "'_' must separate successive digits".into());
                ok = false;
            }
        }
        self.bad = !ok;
    }

    fn rune_lit(&mut self) {
        let mut ok = true;
        self.nextch();
        let mut n = 0;
        loop {
            if self.ch == '\'' as i32 {
                if ok {
                    if n == 0 {
                        self.error("empty rune literal or unescaped '".into());
                        ok = false;
                    } else if n != 1 {
                        self.error_at(0, "more than one character in rune literal".into());
                        ok = false;
                    }
                }
                self.nextch();
                break;
            }
            if self.ch == '\\' as i32 {
                self.nextch();
                if !self.escape('\'' as i32) {
                    ok = false;
                }
                n += 1;
                continue;
            }
            if self.ch == '\n' as i32 {
                if ok {
                    self.error("newline in rune literal".into());
                    ok = false;
                }
                break;
            }
            if self.ch < 0 {
                if ok {
                    self.error_at(0, "rune literal not terminated".into());
                    ok = false;
                }
                break;
            }
            self.nextch();
            n += 1;
        }
        self.set_lit(LitKind::Char, ok);
    }

    fn std_string(&mut self) {
        let mut ok = true;
        self.nextch();
        loop {
            if self.ch == '"' as i32 {
                self.nextch();
                break;
            }
            if self.ch == '\\' as i32 {
                self.nextch();
                if !self.escape('"' as i32) {
                    ok = false;
                }
                continue;
            }
            if self.ch == '\n' as i32 {
                self.error("newline in string".into());
                ok = false;
                break;
            }
            if self.ch < 0 {
                self.error_at(0, "string not terminated".into());
                ok = false;
                break;
            }
            self.nextch();
        }
        self.set_lit(LitKind::String, ok);
    }

    fn raw_string(&mut self) {
        let mut ok = true;
        self.nextch();
        loop {
            if self.ch == '`' as i32 {
                self.nextch();
                break;
            }
            if self.ch < 0 {
                self.error_at(0, "string not terminated".into());
                ok = false;
                break;
            }
            self.nextch();
        }
        self.set_lit(LitKind::String, ok);
    }

    /// A `//` comment; the opening has been consumed. The newline is left
    /// for semicolon insertion. `//go:` lines are recorded as directives.
    fn line_comment(&mut self) {
        let start = self.seg;
        while self.ch >= 0 && self.ch != '\n' as i32 {
            self.nextch();
        }
        let end = self.r - self.chw;
        let body = &self.src[start + 2..end];
        if body.starts_with(b"go:") {
            let mut text = String::from_utf8_lossy(body).into_owned();
            if text.ends_with('\r') {
                text.pop();
            }
            let d = Directive {
                line: self.line,
                col: self.col + 2,
                text,
                blank: self.blank,
            };
            self.pending.push(d.clone());
            self.directives.push(d);
        }
    }

    /// A `/*` comment; the opening has been consumed.
    fn skip_comment(&mut self) {
        while self.ch >= 0 {
            while self.ch == '*' as i32 {
                self.nextch();
                if self.ch == '/' as i32 {
                    self.nextch();
                    return;
                }
            }
            self.nextch();
        }
        self.error_at(0, "comment not terminated".into());
    }

    /// An escape after `\`; false (after reporting) if invalid.
    fn escape(&mut self, quote: i32) -> bool {
        let (n, base, max): (u32, u32, u32);
        match self.ch {
            c if c == quote => {
                self.nextch();
                return true;
            }
            0x61 | 0x62 | 0x66 | 0x6e | 0x72 | 0x74 | 0x76 | 0x5c => {
                self.nextch();
                return true;
            }
            0x30..=0x37 => {
                (n, base, max) = (3, 8, 255);
            }
            0x78 => {
                self.nextch();
                (n, base, max) = (2, 16, 255);
            }
            0x75 => {
                self.nextch();
                (n, base, max) = (4, 16, 0x10FFFF);
            }
            0x55 => {
                self.nextch();
                (n, base, max) = (8, 16, 0x10FFFF);
            }
            c => {
                if c < 0 {
                    return true; // the caller complains about EOF
                }
                self.error("unknown escape".into());
                return false;
            }
        }
        let mut x: u32 = 0;
        for _ in 0..n {
            if self.ch < 0 {
                return true;
            }
            let d = if is_decimal(self.ch) {
                (self.ch - '0' as i32) as u32
            } else if ('a' as i32..='f' as i32).contains(&lower(self.ch)) {
                (lower(self.ch) - 'a' as i32 + 10) as u32
            } else {
                base
            };
            if d >= base {
                self.error(format!(
                    "invalid character {} in {} escape",
                    quote_rune(self.ch),
                    base_name(base)
                ));
                return false;
            }
            x = x.wrapping_mul(base).wrapping_add(d);
            self.nextch();
        }
        if x > max && base == 8 {
            self.error(format!("octal escape value {x} > 255"));
            return false;
        }
        if x > max || (0xD800..0xE000).contains(&x) {
            self.error(format!(
                "escape is invalid Unicode code point {}",
                fmt_unicode(x)
            ));
            return false;
        }
        true
    }
}

/// Index of the first misplaced `_` in a number literal, if any.
fn invalid_sep(x: &[u8]) -> Option<usize> {
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = x[1] | 0x20;
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (x1 == b'x' && d.is_ascii_hexdigit()) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' {
        return Some(x.len() - 1);
    }
    None
}
